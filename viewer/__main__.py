"""Command line: `lagebild [FILE]` opens the viewer; subcommands work headless."""

from __future__ import annotations

import sys

COMMANDS = {
    "validate": "viewer.cli.validate",
    "inspect": "viewer.cli.inspect",
    "screenshot": "viewer.cli.screenshot",
    "export": "viewer.cli.export",
}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        from importlib import import_module

        return import_module(COMMANDS[args[0]]).main(args[1:])
    from .cli.gui import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())

"""Command line: `lagebild [FILE]` opens the viewer; subcommands work headless."""

from __future__ import annotations

import os
import sys

COMMANDS = {
    "validate": "viewer.cli.validate",
    "inspect": "viewer.cli.inspect",
    "screenshot": "viewer.cli.screenshot",
    "export": "viewer.cli.export",
    "import": "viewer.cli.importing",
    "convert": "viewer.cli.convert",
    "open": "viewer.cli.open_table",  # a deck (DECK.pptx) goes on to viewer.cli.open_deck
}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        from importlib import import_module

        try:
            code = import_module(COMMANDS[args[0]]).main(args[1:])
            sys.stdout.flush()
            return code
        except BrokenPipeError:
            # The reader went away (`lagebild inspect --json | head`): stop quietly, and
            # point stdout at nothing so that the flush at exit does not complain again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
    from .cli.gui import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())

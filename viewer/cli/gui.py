"""`lagebild [FILE]`: open the viewer (on the built-in sample when no file is given)."""

from __future__ import annotations

import argparse
import os
import sys

from . import options
from .display import NO_DISPLAY, has_display


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild",
        description="Lagebild: a timeline viewer for analysts. Without FILE it opens the built-in sample.",
        epilog="Commands: lagebild validate FILE..., lagebild inspect FILE, "
               "lagebild screenshot FILE -o OUT.png, lagebild export FILE --view ... --out OUT, "
               "lagebild open DECK.pptx, lagebild import SRC... --out FILE.json "
               "(each with --help).",
    )
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="event file (JSON or YAML), another tool's file to import (see lagebild import --help), "
                             "or a deck Lagebild made (.pptx), which offers its event file at one of its views")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    options.add_language(parser)
    return parser


def make_application(argv: list[str]):
    """The QApplication with Lagebild's name and bundled font."""
    from PySide6.QtWidgets import QApplication

    from ..style.fonts import ui_font

    app = QApplication.instance()
    if app is None:
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            from ..export.render import ignore_qt_notices

            ignore_qt_notices()
        app = QApplication(["lagebild", *argv])
    app.setApplicationName("Lagebild")
    app.setOrganizationName("Lagebild")
    app.setDesktopFileName("lagebild")
    app.setFont(ui_font(13))
    return app


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.version:
        from .. import __version__

        print(f"lagebild {__version__}")
        return 0
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from ..resources_path import sample_path

    app = make_application([])
    from ..app.language_menu import chosen_language, speak
    from ..app.main_window import MainWindow
    from ..app.settings import open_settings
    from ..app.store_window import is_store_path, open_store_window

    # --lang for this run, else the language chosen in View > Language, else the desktop's.
    speak(args.lang or chosen_language(open_settings()) or None)

    if args.file and is_store_path(args.file):  # a store opens in its own window, queried where it lies
        store = open_store_window(args.file)
        return app.exec() if store is not None else 2
    window = MainWindow()
    window.show_on_screen()
    window.open_path(args.file or str(sample_path()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`lagebild open DECK.pptx`: say which event file and views a deck was made from, and open it at one."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild open",
        description="Find the event file a Lagebild deck was made from (beside the deck, else at the path the "
                    "deck recorded), check its SHA-256 against the deck's, and open it in the viewer at a view "
                    "of the deck.")
    parser.add_argument("deck", metavar="DECK.pptx")
    parser.add_argument("--list", action="store_true",
                        help="only print the event file and the views, open nothing; exits 0 when the file is the "
                             "one the deck was made from, 3 when it has changed since, 1 when it is not found")
    return parser


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from ..story.deck_reading import DeckError, deck_offer

    try:
        offer = deck_offer(args.deck)
    except (DeckError, OSError) as exc:
        print(f"lagebild open: {exc}", file=sys.stderr)
        return 1
    print(f"{offer.located.message}")
    for number, name in offer.views:
        print(f"  slide {number}: {name}")
    if offer.located.path is None:
        return 1
    if args.list:
        return 0 if offer.located.matches else 3
    from .display import NO_DISPLAY, has_display

    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from .gui import make_application

    app = make_application([])
    from ..app.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.open_path(args.deck)
    return app.exec()

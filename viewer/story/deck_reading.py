"""The links back in a PowerPoint deck made by Lagebild: which view of which event file each slide shows.

Read from the slides' speaker notes (links.py says what they hold), so a deck
edited in PowerPoint still leads back as long as its notes keep those lines.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from .links import Located, SlideLink, locate, read_link


class DeckError(Exception):
    """A plain reason why a deck's links cannot be read."""


@dataclass(frozen=True)
class DeckOffer:
    """What a deck leads back to: the event file as found, and the views of its slides in order."""

    located: Located
    file_name: str
    views: list[tuple[int, str]]  # (slide number from 1, view name)


def slide_links(deck: str | os.PathLike) -> list[tuple[int, SlideLink]]:
    try:
        from pptx import Presentation
        from pptx.exc import PackageNotFoundError
    except ImportError as exc:
        raise DeckError("reading PowerPoint decks needs python-pptx: pip install 'lagebild[deck]'") from exc
    try:
        presentation = Presentation(str(deck))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DeckError(f"{deck}: not a PowerPoint deck that can be read ({exc})") from None
    except Exception as exc:  # a damaged zip or the XML inside it: said plainly, never a crash
        raise DeckError(f"{deck}: not a PowerPoint deck that can be read ({type(exc).__name__})") from None
    found = []
    for number, slide in enumerate(presentation.slides, 1):
        if not slide.has_notes_slide:
            continue
        link = read_link(slide.notes_slide.notes_text_frame.text)
        if link is not None and link.view:
            found.append((number, link))
    return found


def deck_offer(deck: str | os.PathLike) -> DeckOffer:
    """The event file the deck was made from, found beside it or at its recorded path, with its views."""
    links = slide_links(deck)
    if not links:
        raise DeckError(f"{deck}: no slide names a Lagebild view and event file in its notes")
    first = links[0][1]
    return DeckOffer(locate(first, deck), first.file_name,
                     [(number, link.view) for number, link in links if link.file_name == first.file_name])

"""What ties a deck's slide back to its event file and view: written into each slide's notes, read back.

    Lagebild view: The busy week
    Event file: coalition-july-2025.json
    Event file SHA-256: 3f2a...
    Event file path: /home/analyst/cases/coalition-july-2025.json

The hash says whether the file at hand is the one the slide was made from.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

VIEW, FILE, HASH, PATH = "Lagebild view: ", "Event file: ", "Event file SHA-256: ", "Event file path: "
_LINE = re.compile(rf"^({re.escape(VIEW)}|{re.escape(FILE)}|{re.escape(HASH)}|{re.escape(PATH)})(.*)$", re.M)


@dataclass(frozen=True)
class SlideLink:
    view: str
    file_name: str
    sha256: str
    path: str  # as recorded when the deck was made


def content_hash(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def link_lines(link: SlideLink) -> list[str]:
    return [VIEW + link.view, FILE + link.file_name, HASH + link.sha256, PATH + link.path]


def read_link(notes: str) -> SlideLink | None:
    """The link in a slide's notes, or None when the notes carry none."""
    found = {key: value.strip() for key, value in _LINE.findall(notes)}
    if FILE not in found or HASH not in found:
        return None
    return SlideLink(found.get(VIEW, ""), found[FILE], found[HASH], found.get(PATH, ""))


@dataclass(frozen=True)
class Located:
    path: Path | None  # the event file found, or None
    matches: bool  # its content is the one the deck was made from
    message: str  # what to tell the user


def locate(link: SlideLink, deck: str | os.PathLike) -> Located:
    """The event file beside the deck (by its name), else at the recorded path, with its hash checked."""
    beside = Path(deck).resolve().parent / link.file_name
    candidates = [beside] + ([Path(link.path)] if link.path else [])
    found = [p for p in candidates if p.is_file()]
    if not found:
        where = f"beside {Path(deck).name}" + (f" or at {link.path}" if link.path else "")
        return Located(None, False, f"{link.file_name} was not found {where}")
    for path in found:
        if content_hash(path) == link.sha256:
            return Located(path, True, f"{path} is the file the deck was made from")
    return Located(found[0], False, f"{found[0]} has changed since the deck was made (its SHA-256 differs); "
                                    "the views are shown on the file as it is now")

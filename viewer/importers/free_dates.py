"""Dates written as free text (StoryMapJS, spreadsheets) read into EDTF only where they say one
thing; anything else is left undated, never guessed."""

from __future__ import annotations

import re

from ..model.date_advice import suggestion
from ..model.dates import DateError, resolve

_CIRCA = re.compile(r"^(?:c\.|ca\.?|circa|about|approx\.?)\s*(\d{1,4})$", re.IGNORECASE)
_ONE_ANSWER = re.compile(r"write (\[[^\]]+\]|-?\d[\d:T+Z-]*)")


def read_free_date(text: str) -> str | None:
    """EDTF for text that can mean only one date (or one-of set), else None."""
    written = " ".join(text.split())
    if not written:
        return None
    try:
        resolve(written)
        return written
    except DateError:
        pass
    circa = _CIRCA.match(written)
    if circa:
        return f"{int(circa.group(1)):04d}~"
    advice = suggestion(written)
    if not advice or "if you mean" in advice:
        return None
    found = _ONE_ANSWER.search(advice)
    if not found:
        return None
    try:
        resolve(found.group(1))
    except DateError:
        return None
    return found.group(1)

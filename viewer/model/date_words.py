"""Dates as the reader's language writes them: "29. März 2025 (ca.)" for "29 Mar 2025 (approx.)".

The date resolver words its dates in English once per distinct text and keeps them; this turns
such a text into the current language where it is shown. Its vocabulary is the resolver's own
(months, seasons, "since", "open end", "approx." ...), each word a text to translate.
"""

from __future__ import annotations

import re
from functools import cache

from .translation import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, language, tr

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Each English word of a date and its translation; longer phrases are matched first.
WORDS = {
    "Jan": QT_TRANSLATE_NOOP("Dates", "Jan"), "Feb": QT_TRANSLATE_NOOP("Dates", "Feb"),
    "Mar": QT_TRANSLATE_NOOP("Dates", "Mar"), "Apr": QT_TRANSLATE_NOOP("Dates", "Apr"),
    "May": QT_TRANSLATE_NOOP("Dates", "May"), "Jun": QT_TRANSLATE_NOOP("Dates", "Jun"),
    "Jul": QT_TRANSLATE_NOOP("Dates", "Jul"), "Aug": QT_TRANSLATE_NOOP("Dates", "Aug"),
    "Sep": QT_TRANSLATE_NOOP("Dates", "Sep"), "Oct": QT_TRANSLATE_NOOP("Dates", "Oct"),
    "Nov": QT_TRANSLATE_NOOP("Dates", "Nov"), "Dec": QT_TRANSLATE_NOOP("Dates", "Dec"),
    "spring": QT_TRANSLATE_NOOP("Dates", "spring"), "summer": QT_TRANSLATE_NOOP("Dates", "summer"),
    "autumn": QT_TRANSLATE_NOOP("Dates", "autumn"), "winter": QT_TRANSLATE_NOOP("Dates", "winter"),
    "northern": QT_TRANSLATE_NOOP("Dates", "northern"), "southern": QT_TRANSLATE_NOOP("Dates", "southern"),
    "first half": QT_TRANSLATE_NOOP("Dates", "first half"), "second half": QT_TRANSLATE_NOOP("Dates", "second half"),
    "since": QT_TRANSLATE_NOOP("Dates", "since"), "from": QT_TRANSLATE_NOOP("Dates", "from"),
    "until": QT_TRANSLATE_NOOP("Dates", "until"), "to": QT_TRANSLATE_NOOP("Dates", "to"),
    "open end": QT_TRANSLATE_NOOP("Dates", "open end"), "open start": QT_TRANSLATE_NOOP("Dates", "open start"),
    "end unknown": QT_TRANSLATE_NOOP("Dates", "end unknown"),
    "start unknown": QT_TRANSLATE_NOOP("Dates", "start unknown"),
    "uncertain": QT_TRANSLATE_NOOP("Dates", "uncertain"), "approx.": QT_TRANSLATE_NOOP("Dates", "approx."),
    "one of": QT_TRANSLATE_NOOP("Dates", "one of"), "all of": QT_TRANSLATE_NOOP("Dates", "all of"),
    "or": QT_TRANSLATE_NOOP("Dates", "or"), "and": QT_TRANSLATE_NOOP("Dates", "and"),
    "BCE": QT_TRANSLATE_NOOP("Dates", "BCE"), "local time": QT_TRANSLATE_NOOP("Dates", "local time"),
    "as written": QT_TRANSLATE_NOOP("Dates", "as written"),
    "this computer's zone": QT_TRANSLATE_NOOP("Dates", "this computer's zone"),
    "start": QT_TRANSLATE_NOOP("Dates", "start"), "end": QT_TRANSLATE_NOOP("Dates", "end"),
    "year": QT_TRANSLATE_NOOP("Dates", "year"), "month": QT_TRANSLATE_NOOP("Dates", "month"),
    "day": QT_TRANSLATE_NOOP("Dates", "day"), "not a valid date": QT_TRANSLATE_NOOP("Dates", "not a valid date"),
}
DAY_MONTH = QT_TRANSLATE_NOOP("Dates", "{day} {month}")  # German: "{day}. {month}"
_WORD = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True))
                   + r")(?![A-Za-z])")
_DAY_MONTH = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")(?![A-Za-z])")


def localized(text: str) -> str:
    """`text`, a date worded by the resolver, in the current language."""
    if language() == SOURCE_LANGUAGE or not text:
        return text
    return _localized(text, language())


@cache
def _localized(text: str, code: str) -> str:
    text = _DAY_MONTH.sub(lambda m: tr(DAY_MONTH).format(day=m.group(1), month=m.group(2)), text)
    return _WORD.sub(lambda m: tr(WORDS[m.group(1)]), text)

"""What to write instead of a date that is not EDTF, for the forms people type.

``10/07/2025`` is day-first in Europe and month-first in the US, so both ISO
forms are offered; ``25/07/2025`` can only be one. Month words, in English or
German ("end of February 2025", "Anfang März 2025"), are answered with the EDTF
form that says the same. Only consulted for a text that did not resolve, so it
costs nothing on a clean file.
"""

from __future__ import annotations

import calendar
import re

_MONTHS = {
    name: number
    for number, names in enumerate([
        (), ("january", "jan", "januar", "jänner", "jan."), ("february", "feb", "februar", "feb."),
        ("march", "mar", "märz", "maerz", "mär"), ("april", "apr"), ("may", "mai"),
        ("june", "jun", "juni"), ("july", "jul", "juli"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct", "oktober", "okt"),
        ("november", "nov"), ("december", "dec", "dezember", "dez"),
    ])
    for name in names
}
_MONTH_NAME = [""] + [calendar.month_name[m] for m in range(1, 13)]
_MONTH = "|".join(sorted((re.escape(n) for n in _MONTHS), key=len, reverse=True))

# part of the month -> (first day, last day or None for the month's end, the words)
_PARTS = {
    "early": (1, 10, "the first ten days of"), "beginning of": (1, 10, "the first ten days of"),
    "start of": (1, 10, "the first ten days of"), "anfang": (1, 10, "the first ten days of"),
    "mid": (11, 20, "the middle ten days of"), "middle of": (11, 20, "the middle ten days of"),
    "mitte": (11, 20, "the middle ten days of"),
    "late": (21, None, "the last days of"), "end of": (21, None, "the last days of"),
    "ende": (21, None, "the last days of"),
}
_PART = "|".join(sorted((re.escape(p) for p in _PARTS), key=len, reverse=True))

_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})([./])(\d{1,2})\2(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SPACE_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[ _](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)")
_MONTH_YEAR = re.compile(rf"(?:(?P<part>{_PART})[\s-]+(?:of\s+)?)?(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})",
                         re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<month>{_MONTH})\.?,?\s+"
                             rf"(?P<year>\d{{4}})", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})",
                             re.IGNORECASE)


def _day(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _words(iso: str) -> str:
    y, m, d = (int(p) for p in iso.split("-"))
    return f"{d} {_MONTH_NAME[m]} {y}"


def suggestion(text: str) -> str | None:
    """The advice for a text that is not a date, or None when no common form is recognised."""
    s = text.strip() if isinstance(text, str) else ""
    match = _NUMERIC.fullmatch(s)
    if match:
        a, sep, b, y = int(match.group(1)), match.group(2), int(match.group(3)), int(match.group(4))
        day_first, month_first = _day(y, b, a), _day(y, a, b)
        if sep == "." and day_first:  # 10.07.2025 is written day first wherever dots are used
            month_first = None
        if day_first and month_first and day_first != month_first:
            return (f"dates are written year-month-day: write {day_first} if you mean {_words(day_first)}, "
                    f"or {month_first} if you mean {_words(month_first)}")
        if iso := day_first or month_first:
            return f"dates are written year-month-day: write {iso} ({_words(iso)})"
        return None
    match = _YEAR_FIRST.fullmatch(s)
    if match and (iso := _day(int(match.group(1)), int(match.group(3)), int(match.group(4)))):
        return f"the parts of a date are joined with hyphens: write {iso}"
    match = _COMPACT.fullmatch(s)
    if match and (iso := _day(*(int(g) for g in match.groups()))):
        return f"the parts of a date are joined with hyphens: write {iso} ({_words(iso)})"
    match = _SPACE_TIME.fullmatch(s)
    if match:
        return f"a time of day follows the date after a capital T: write {match.group(1)}T{match.group(2)}"
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.fullmatch(s)
        if match:
            iso = _day(int(match.group("year")), _MONTHS[match.group("month").lower().rstrip(".")],
                       int(match.group("day")))
            if iso:
                return f"dates are written in digits, year-month-day: write {iso}"
    match = _MONTH_YEAR.fullmatch(s)
    if match:
        y, m = int(match.group("year")), _MONTHS[match.group("month").lower().rstrip(".")]
        month = f"{y:04d}-{m:02d}"
        part = match.group("part")
        if not part:
            return f"a month is written year-month: write {month} ({_MONTH_NAME[m]} {y})"
        first, last, words = _PARTS[part.lower()]
        last = last or calendar.monthrange(y, m)[1]
        return (f"write [{month}-{first:02d}..{month}-{last:02d}] (one day in {words} {_MONTH_NAME[m]} {y}), "
                f"or {month}~ (about {_MONTH_NAME[m]} {y})")
    return None


def date_message(text: object, message: str) -> str:
    """The resolver's message, or a plainer one that says what to write."""
    advice = suggestion(text) if isinstance(text, str) else None
    return f"{text!r} is not a date: {advice}" if advice else message

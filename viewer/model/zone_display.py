"""Times of day shown in UTC, in this computer's zone, or as written, always saying which.

The resolver places every time on the axis in UTC and keeps the offset it was
written with (``ResolvedWhen.offset``). How a time reads is a display setting:

- ``utc``: "10 Jul 2025 11:00 UTC" (the resolver's own text);
- ``local``: "10 Jul 2025 13:00 (UTC+02:00, this computer's zone)";
- ``written``: "10 Jul 2025 14:00 (UTC+03:00 as written)".

A time written without a zone ("local time" in EDTF) has no known offset and
reads the same in every setting; dates without a time of day are unaffected.
The timeline's time axis is drawn in the same setting (:func:`axis_zone`) and says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from .date_words import localized
from .dates import HAS_TIME, NO_OFFSET, SET, DateError, ResolvedWhen, format_instant, resolve_cached
from .translation import QT_TRANSLATE_NOOP, translate

TIME_ZONES = ("utc", "local", "written")
ZONE_TEXT = {"utc": QT_TRANSLATE_NOOP("TimeZones", "UTC"),
             "local": QT_TRANSLATE_NOOP("TimeZones", "this computer's time zone"),
             "written": QT_TRANSLATE_NOOP("TimeZones", "the time zone each time is written in")}


def offset_text(minutes: int) -> str:
    """"UTC+02:00", "UTC-05:30", "UTC" for zero."""
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def local_offset_minutes(seconds: float) -> int | None:
    """This computer's offset from UTC at that instant, or None where the system cannot tell
    (years beyond what the C library handles)."""
    try:
        moment = datetime.fromtimestamp(seconds, UTC).astimezone()
    except (OverflowError, OSError, ValueError):
        return None
    offset = moment.utcoffset()
    return None if offset is None else int(offset.total_seconds() // 60)


def _point(when: ResolvedWhen, zone: str) -> tuple[str, str]:
    """(the time, the note saying which zone) for a resolved time of day."""
    lo, precision = when.start_lo, when.precision
    if zone == "written" and when.offset != NO_OFFSET:
        if when.offset == 0:
            return format_instant(lo, precision) + " UTC", "as written"
        return format_instant(lo + when.offset * 60, precision), offset_text(when.offset) + " as written"
    if zone == "local":
        minutes = local_offset_minutes(lo)
        if minutes is not None:
            return format_instant(lo + minutes * 60, precision), offset_text(minutes) + ", this computer's zone"
    return format_instant(lo, precision) + " UTC", ""


def _with_note(text: str, *notes: str) -> str:
    kept = "; ".join(n for n in notes if n)
    return f"{text} ({kept})" if kept else text


def _side(text: str, zone: str) -> tuple[str, str] | None:
    """One end of an interval: (text, zone note), or None when it is not written ("" or "..")."""
    if text in ("", "..", "open", "unknown"):
        return None
    when = resolve_cached(text)
    if when.flags & HAS_TIME and when.offset != NO_OFFSET:
        return _point(when, zone)
    return when.display, ""


def date_display(text: str, zone: str = "utc") -> str:
    """How the date ``text`` reads with its times shown in ``zone`` (see TIME_ZONES), in the
    current language.

    Raises DateError like :func:`viewer.model.dates.resolve` when it is not a date."""
    return localized(_english_display(text, zone))


def _english_display(text: str, zone: str) -> str:
    if zone not in TIME_ZONES:
        raise ValueError(f"unknown time zone setting {zone!r}; expected one of {', '.join(TIME_ZONES)}")
    when = resolve_cached(text)
    if zone == "utc" or not when.flags & HAS_TIME or when.flags & SET or when.offset == NO_OFFSET:
        return when.display
    body = text.strip()
    if "/" not in body:
        return _with_note(*_point(when, zone))
    a, _, b = body.partition("/")
    try:
        start, end = _side(a, zone), _side(b, zone)
    except DateError:
        return when.display
    if start is not None and end is not None:
        if start[1] == end[1]:
            return _with_note(f"{start[0]} – {end[0]}", start[1])
        return f"{_with_note(*start)} – {_with_note(*end)}"
    if start is not None:
        word, note = ("since", "open end") if b in ("..", "open") else ("from", "end unknown")
        return _with_note(f"{word} {start[0]}", start[1], note)
    if end is None:  # neither end is a date: show it as written
        return when.display
    word, note = ("until", "open start") if a in ("..", "open") else ("until", "start unknown")
    return _with_note(f"{word} {end[0]}", end[1], note)


# -- the time axis -----------------------------------------------------------------------------
@dataclass(frozen=True)
class AxisZone:
    """The zone the time axis is drawn in: a fixed offset in minutes east of UTC, or (``offset``
    None) this computer's zone, whose offset can change within the view (summer time)."""

    setting: str
    offset: int | None
    mixed: bool = False  # "written": times are written with several offsets; the commonest is drawn

    def offset_at(self, seconds: float) -> int:
        if self.offset is not None:
            return self.offset
        minutes = local_offset_minutes(seconds)
        return 0 if minutes is None else minutes

    def caption(self, seconds: float) -> str:
        """What the axis says about its zone at the instant ``seconds``: "Times in UTC+03:00 as written"."""
        zone = offset_text(self.offset_at(seconds))
        if self.setting == "local":
            return translate("TimeZones", "Times in {zone}, this computer's zone").format(zone=zone)
        if self.setting == "written":
            return (translate("TimeZones", "Times in {zone}, as most are written") if self.mixed
                    else translate("TimeZones", "Times in {zone} as written")).format(zone=zone)
        return translate("TimeZones", "Times in UTC")


def axis_zone(setting: str, offsets: np.ndarray | None = None) -> AxisZone:
    """The zone to draw the axis in for the display ``setting`` (TIME_ZONES). ``written`` takes
    the offset the events' times are written with (``offsets``, minutes, NO_OFFSET where none),
    the commonest where they differ, and UTC where no time is written with a zone."""
    if setting == "local":
        return AxisZone("local", None)
    if setting == "written" and offsets is not None:
        written = np.asarray(offsets)
        written = written[written != NO_OFFSET]
        if len(written):
            values, counts = np.unique(written, return_counts=True)
            return AxisZone("written", int(values[int(np.argmax(counts))]), mixed=len(values) > 1)
    if setting not in TIME_ZONES:
        raise ValueError(f"unknown time zone setting {setting!r}; expected one of {', '.join(TIME_ZONES)}")
    return AxisZone("utc", 0)  # no time is written with a zone: UTC, and the caption says so

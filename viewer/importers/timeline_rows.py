"""Forensic timeline rows (Timesketch, Plaso) as events: a message at a time with its meaning.

Times keep the zone they are written with: an offset stays that offset, a time without one
stays a local time (its zone not known). A row's other columns are kept in its notes, one
``name: value`` line each, so nothing in the row is lost.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from viewer.model.date_columns import resolve_column

from .base import ImportReport

TITLE_LIMIT = 200
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*"
                  r"(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$", re.IGNORECASE)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
FIRST_SECOND, LAST_SECOND = -62135596800, 253402300799  # 0001-01-01 and 9999-12-31 23:59:59 UTC


def edtf_datetime(text: str) -> str | None:
    """An ISO 8601 date-time as EDTF, its zone as written ('+0000' as '+00:00', a space as 'T');
    None when the text is no such date-time."""
    match = _ISO.match(text)
    if not match:
        return None
    y, mo, d, h, mi, s, frac, zone = match.groups()
    if h is None:
        return f"{y}-{mo}-{d}"
    clock = f"{h}:{mi}" + (f":{s}" if s else "") + (f".{frac}" if frac and s else "")
    return f"{y}-{mo}-{d}T{clock}{_zone(zone)}"


def _zone(zone: str | None) -> str:
    if not zone:
        return ""
    if zone.upper() in ("Z", "UTC", "GMT"):
        return "Z"
    digits = zone[1:].replace(":", "")
    return f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"


def timestamp_seconds(text: str) -> float | None:
    """Seconds since 1970 from a Timesketch timestamp: microseconds as the format says; written
    with fewer digits it is read as seconds or milliseconds, with more as nanoseconds, as
    Timesketch reads them."""
    text = text.strip()
    if not text or not text.lstrip("-").isdigit():
        return None
    if len(text) > 20:
        return None
    value = int(text)
    size = abs(value)
    seconds = float(value) if size < 10**11 else value / 1e3 if size < 10**14 else \
        value / 1e6 if size < 10**17 else value / 1e9
    return seconds if FIRST_SECOND <= seconds <= LAST_SECOND else None


def utc_text(seconds: float) -> str:
    moment = EPOCH + timedelta(seconds=seconds)
    fraction = f"{moment.microsecond:06d}".rstrip("0")
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}:"
            f"{moment.second:02d}" + (f".{fraction}" if fraction else "") + "Z")


def seconds_of(edtf: str) -> float | None:
    """UTC seconds of an EDTF date-time that has a zone; None for a local time or a day."""
    try:
        moment = datetime.fromisoformat(edtf.replace("Z", "+00:00"))
    except ValueError:
        return None
    return None if moment.tzinfo is None else (moment - EPOCH).total_seconds()


def check_dates(events: list[dict], report: ImportReport, field_name: str) -> list[dict]:
    """The events whose date the resolver reads; the others are findings at their line."""
    distinct = list({event["when"] for event in events})
    errors = resolve_column(distinct).errors
    if not errors:
        return events
    bad = {distinct[k]: message for k, message in errors.items()}
    kept = []
    for event in events:
        message = bad.get(event["when"])
        if message is None:
            kept.append(event)
        else:
            report.finding(event["origin"]["line"], field_name, f"{message}: the row is left out")
    return kept


def title_and_description(message: str) -> tuple[str, str]:
    """The message as the title, or its start when it is long (the whole of it is the description)."""
    message = message.strip()
    first = message.split("\n", 1)[0]
    if len(first) <= TITLE_LIMIT and first == message:
        return message, ""
    return (first[:TITLE_LIMIT - 1] + "…" if len(first) > TITLE_LIMIT else first), message


def notes_from(names: list[str], values: list[str], empty: frozenset = frozenset({""})) -> str:
    return "\n".join(f"{name}: {value}" for name, value in zip(names, values) if value not in empty)


def document(title: str, description: str, events: list[dict]) -> dict:
    return {"format": "lagebild-events", "version": "1.1",
            "document": {"title": title, "description": description}, "events": events}

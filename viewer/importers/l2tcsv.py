"""Plaso's l2tcsv timelines (the log2timeline CSV of 17 columns): ``date`` (MM/DD/YYYY),
``time`` (HH:MM:SS) and the ``timezone`` they are written in, ``-`` where a field is empty.

The time keeps its zone as an offset (``CET`` in winter +01:00, ``CEST`` +02:00, a zone
name such as ``Europe/Berlin`` with the offset it had on that day); a zone Lagebild cannot
place leaves the time local and is reported once with a count. ``desc`` is the title (its
start when long, ``short`` where it is empty), ``type`` (the time meaning) and ``sourcetype``
are tags, and the other fields are kept in the notes.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .base import ImportOptions, ImportRefused, ImportReport
from .column_tools import no_collection, unique_event_ids
from .delimited import RowReader, header_names, line_text, open_source
from .timeline_rows import check_dates, document, notes_from, title_and_description

NAME = "l2tcsv"
LABEL = "Plaso l2tcsv timeline"
COLUMNS = ("date", "time", "timezone", "macb", "source", "sourcetype", "type", "user", "host", "short", "desc",
           "version", "filename", "inode", "notes", "format", "extra")
NOTED = ("macb", "source", "user", "host", "filename", "inode", "notes", "format", "extra", "version")
DASH = frozenset({"", "-"})
# Zone abbreviations that name one offset (minutes east of UTC); ambiguous ones (CST, IST) are not here
ABBREVIATIONS = {"UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120,
                 "MET": 60, "MEST": 120, "EET": 120, "EEST": 180, "MSK": 180, "EST": -300, "EDT": -240,
                 "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480,
                 "HST": -600, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480, "ACST": 570,
                 "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "SAST": 120}
_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?$")
_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$")


def detect(head: bytes, path: str) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].strip().lower()
    return first.startswith(b"date,time,timezone,macb,source,sourcetype,type,")


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict:
    with no_collection():
        return _read(Path(path), report, options)


def _read(path: Path, report: ImportReport, options: ImportOptions) -> dict:
    source = open_source(Path(path))
    for line, message in source.notes:
        report.warning(line, "", message)
    names = [name.lower() for name in header_names(source, ",", False)]
    if not {"date", "time"} <= set(names):
        raise ImportRefused("the header has no date and time columns: an l2tcsv timeline starts with "
                            "date,time,timezone,MACB,source,…", 1)
    reader = RowReader(source, names, delimiter=",", quoting=False)  # Plaso writes commas in values as spaces
    file_name = Path(path).name
    events: list[dict] = []
    unplaced: dict[str, int] = {}
    offsets: dict[tuple[str, str, str], str | None] = {}
    tag_lists: dict[tuple[str, str], list[str]] = {}
    extra = [name for name in names if name in NOTED or name not in COLUMNS]
    for batch in reader.batches():
        values = {name: batch.text(name).to_pylist() for name in names}
        for k, line in enumerate(batch.lines.tolist()):
            row = {name: values[name][k].strip() for name in names}
            when = _when(row["date"], row["time"], row.get("timezone", ""), offsets, unplaced)
            if when is None:
                report.finding(line, "date", f"'{row['date']} {row['time']}' is not a date MM/DD/YYYY and a time "
                                             "HH:MM:SS: the row is left out")
                continue
            text = row.get("desc", "") if row.get("desc", "") not in DASH else row.get("short", "")
            title, description = title_and_description(text) if text not in DASH else ("(no description)", "")
            event: dict = {"id": f"line-{line}", "title": title, "when": when}
            if description:
                event["description"] = description
            key = (row.get("type", ""), row.get("sourcetype", ""))
            tags = tag_lists.get(key)
            if tags is None:
                tags = tag_lists[key] = [tag for tag in dict.fromkeys(key) if tag not in DASH]
            if tags:
                event["tags"] = tags
            notes = notes_from(extra, [row[name] for name in extra], DASH)
            if notes:
                event["notes"] = notes
            event["origin"] = {"file": file_name, "line": line, "format": NAME}
            events.append(event)
    for bad in reader.bad_rows:
        report.finding(bad.line, "", f"this row has {bad.fields} fields where the header has {len(names)}: "
                                       f"it is left out ({line_text(bad.text)})")
    for zone, count in unplaced.items():
        report.warning(None, "timezone", f"the time zone '{zone}' is not one Lagebild can place: "
                                         f"{count} times are kept as local times")
    events = check_dates(events, report, "date")
    unique_event_ids(events, report, "id")
    return document(f"Plaso: {file_name}", f"Imported from the Plaso l2tcsv timeline {file_name}.", events)


def _when(date: str, time: str, zone: str, offsets: dict, unplaced: dict) -> str | None:
    day, clock = _DATE.match(date), _TIME.match(time)
    if not day or not clock:
        return None
    month, mday, year = day.groups()
    hour, minute, second, fraction = clock.groups()
    local = f"{year}-{int(month):02d}-{int(mday):02d}T{int(hour):02d}:{minute}:{second}" + \
        (f".{fraction}" if fraction else "")
    key = (zone, local[:13])  # the offset of a named zone can change only on the hour
    if key not in offsets:
        offsets[key] = _offset(zone, local)
    offset = offsets[key]
    if offset is None:
        if zone not in DASH:
            unplaced[zone] = unplaced.get(zone, 0) + 1
        return local
    return local + offset


def _offset(zone: str, local: str) -> str | None:
    zone = zone.strip()
    minutes = ABBREVIATIONS.get(zone.upper())
    if minutes is None:
        written = _OFFSET.match(zone)
        if written:
            sign, hours, mins = written.groups()
            minutes = (int(hours) * 60 + int(mins or 0)) * (-1 if sign == "-" else 1)
    if minutes is None and "/" in zone:
        try:
            moment = datetime.fromisoformat(local[:19]).replace(tzinfo=ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            return None
        delta = moment.utcoffset()
        minutes = int(delta.total_seconds() // 60) if delta is not None else None
    if minutes is None:
        return None
    if minutes == 0:
        return "Z"
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

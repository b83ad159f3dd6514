"""Any CSV, TSV or XLSX file, read through a column mapping (``--map MAPPING.toml``, or built in
File > Import...). The mapping names the column for each field; every other column is left out
and counted::

    [columns]
    title = "Headline"        # required
    when = "Date"             # EDTF or ISO dates; or year/month/day (and time) in columns of their own
    end = "End date"
    description = "Text"
    place = "Location"
    lat = "Latitude"
    lon = "Longitude"
    segments = "Group"        # several values split by list_separator
    tags = "Tags"
    actors = "Actors"
    source = "Outlet"         # the source of a citation, with url and quote
    url = "Link"
    quote = "Quote"           # only a column that holds quoted words
    id = "ID"

    [options]
    sheet = "Events"          # XLSX: which sheet (default: the first)
    list_separator = ";"
    day_first = true          # 10/07/2025 is 10 July (false: 7 October; absent: such dates are refused)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..model.dates import DateError, resolve
from .base import (
    ImportOptions,
    ImportRefused,
    ImportReport,
    NativeBuilder,
    coordinate,
    interval,
    object_at,
    origin,
    title_from_path,
)
from .free_dates import read_free_date
from .table import Table, read_table

NAME = "generic"
LABEL = "CSV or XLSX with a column mapping"

FIELDS = ("title", "when", "end", "year", "month", "day", "time", "description", "place", "lat", "lon",
          "segments", "tags", "actors", "source", "url", "quote", "id", "notes")
_NUMERIC = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_SPACE_TIME = re.compile(r"^(-?\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$")


def detect(head: bytes, path: str) -> bool:
    return False  # any table at all: only with a mapping


def check_mapping(mapping: dict[str, Any], names: list[str]) -> list[str]:
    """Plain problems of a mapping against a table's column names."""
    columns = mapping.get("columns") if isinstance(mapping.get("columns"), dict) else None
    if columns is None:
        return ['the mapping needs a [columns] table, e.g. title = "Headline" and when = "Date"']
    problems = []
    for field, column in columns.items():
        if field not in FIELDS:
            problems.append(f"unknown field '{field}' in [columns]; the fields are {', '.join(FIELDS)}")
        elif not isinstance(column, str) or column not in names:
            problems.append(f"{field} = {column!r}: there is no such column; the columns are {', '.join(names)}")
    if "title" not in columns:
        problems.append('map a column to title (title = "Headline")')
    if "when" not in columns and "year" not in columns:
        problems.append('map a column to when (when = "Date") or to year (with month and day)')
    return problems


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict[str, Any]:
    mapping = options.mapping or {}
    settings = object_at(mapping, "options")
    table = read_table(path, report, sheet=settings.get("sheet"))
    problems = check_mapping(mapping, table.names)
    if problems:
        raise ImportRefused("; ".join(problems))
    return convert(table, mapping, report, str(path), options)


def convert(table: Table, mapping: dict[str, Any], report: ImportReport, file: str,
            options: ImportOptions) -> dict[str, Any]:
    columns: dict[str, str] = mapping["columns"]
    settings = object_at(mapping, "options")
    separator = str(settings.get("list_separator", ";")) or ";"
    day_first = settings.get("day_first")
    builder = NativeBuilder(title_from_path(Path(file)))
    values = {field: table.column(name) or [] for field, name in columns.items()}
    used = set(columns.values())
    for name in table.names:
        if name and name not in used:
            filled = sum(1 for v in (table.column(name) or []) if v.strip())
            report.not_imported(f"column '{name}'", filled)

    def cell(field: str, i: int) -> str:
        column = values.get(field)
        return column[i].strip() if column else ""

    cache: dict[tuple, str | None] = {}
    for i, line in enumerate(table.lines):
        if not any(cell(f, i) for f in columns):
            continue
        try:
            start = _when(cell, i, day_first, cache, "when")
            end = _date_text(cell("end", i), day_first, cache) if "end" in columns else None
        except ValueError as exc:
            report.finding(line, columns.get("when") or columns.get("year", ""), f"{exc}; the row is left out")
            continue
        if start is None:
            report.finding(line, columns.get("when") or columns.get("year", ""), "the row has no date; write one "
                                                                               "such as 2025-04-04; it is left out")
            continue
        event: dict[str, Any] = {"title": " ".join(cell("title", i).split())[:2000] or "(untitled)",
                                 "when": interval(start, end)}
        for field in ("description", "notes"):
            if cell(field, i):
                event[field] = cell(field, i)
        lat, lon = coordinate(cell("lat", i), -90, 90), coordinate(cell("lon", i), -180, 180)
        if (cell("lat", i) and lat is None) or (cell("lon", i) and lon is None):
            report.warning(line, columns.get("lat", columns.get("lon", "")),
                           "latitude and longitude are degrees (-90..90, -180..180); the row keeps no coordinates")
            lat = lon = None
        if cell("place", i) or (lat is not None and lon is not None):
            event["place"] = builder.place(cell("place", i), lat if lon is not None else None,
                                           lon if lat is not None else None)
        groups = [g.strip() for g in cell("segments", i).split(separator) if g.strip()]
        tags = [t.strip() for t in cell("tags", i).split(separator) if t.strip()]
        if options.groups_as == "tags":
            tags = groups + tags
        elif groups:
            event["segments"] = [builder.segment(g) for g in dict.fromkeys(groups)]
        if tags:
            event["tags"] = list(dict.fromkeys(tags))
        actors = [a.strip() for a in cell("actors", i).split(separator) if a.strip()]
        if actors:
            event["actors"] = [builder.actor(a) for a in dict.fromkeys(actors)]
        citation: dict[str, Any] = {}
        if cell("source", i):
            citation["source"] = builder.source(cell("source", i))
        if cell("url", i):
            citation["url"] = cell("url", i)
        if cell("quote", i):
            citation["quote"] = cell("quote", i)
        if citation:
            event["citations"] = [citation]
        ident = cell("id", i) or None
        event["origin"] = origin(file, line, ident, NAME)
        builder.event(event, ident)
    return builder.build()


def _when(cell, i: int, day_first, cache: dict, field: str) -> str | None:
    if cell("when", i):
        return _date_text(cell("when", i), day_first, cache)
    if not cell("year", i):
        return None
    from .base import edtf_from_parts

    try:
        parts = [int(cell(p, i)) if cell(p, i) else None for p in ("year", "month", "day")]
    except ValueError:
        raise ValueError(f"year, month and day are whole numbers, not "
                         f"{' '.join(cell(p, i) for p in ('year', 'month', 'day')).strip()!r}") from None
    text = edtf_from_parts(parts[0] or 0, parts[1], parts[2] if parts[1] else None)
    if cell("time", i) and parts[2]:
        return _date_text(f"{text}T{cell('time', i)}", day_first, cache)
    return text


def _date_text(text: str, day_first, cache: dict) -> str | None:
    """EDTF of a date cell: EDTF itself, ISO with a space before the time, d/m/y when the mapping says
    which comes first, or a free-text date that can mean only one date."""
    if not text:
        return None
    key = (text, day_first)
    if key in cache:
        found = cache[key]
        if found is None:
            raise ValueError(f"{text[:60]!r} is not a date that can be read")
        return found
    result = _read_date(text, day_first)
    cache[key] = result
    if result is None:
        raise ValueError(f"{text[:60]!r} is not a date that can be read (write 2025-04-04, or set day_first "
                         "in the mapping for dates like 10/07/2025)")
    return result


def _read_date(text: str, day_first) -> str | None:
    try:
        resolve(text)
        return text
    except DateError:
        pass
    spaced = _SPACE_TIME.match(text)
    if spaced:
        zone = spaced.group(3) or ""
        if zone and zone != "Z":
            zone = f"{zone[:3]}:{zone[-2:]}"
        candidate = f"{spaced.group(1)}T{spaced.group(2)}{zone}"
        try:
            resolve(candidate)
            return candidate
        except DateError:
            return None
    numeric = _NUMERIC.match(text)
    if numeric and day_first is not None:
        a, b, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
        day, month = (a, b) if day_first else (b, a)
        candidate = f"{year:04d}-{month:02d}-{day:02d}"
        try:
            resolve(candidate)
            return candidate
        except DateError:
            return None
    return read_free_date(text)


def guess_mapping(names: list[str]) -> dict[str, str]:
    """A first mapping from column names that say what they hold (Date, Headline, Latitude, ...)."""
    hints = {
        "title": ("title", "headline", "event", "name", "summary"),
        "when": ("date", "when", "datetime", "start", "start date", "event_date", "time stamp", "timestamp"),
        "end": ("end", "end date", "until", "to"),
        "year": ("year",), "month": ("month",), "day": ("day",), "time": ("time",),
        "description": ("description", "text", "details", "notes", "content"),
        "place": ("place", "location", "where", "city", "site"),
        "lat": ("lat", "latitude"), "lon": ("lon", "lng", "long", "longitude"),
        "segments": ("group", "category", "segment", "lane"),
        "tags": ("tags", "tag", "labels", "keywords"),
        "actors": ("actor", "actors", "who"),
        "source": ("source", "outlet", "publisher", "credit"),
        "url": ("url", "link", "source url", "href"),
        "quote": ("quote", "quotation"),
        "id": ("id", "identifier", "event id", "uid"),
    }
    keyed = {" ".join(n.lower().replace("_", " ").split()): n for n in names}
    mapping: dict[str, str] = {}
    for field, words in hints.items():
        for word in words:
            if word in keyed and keyed[word] not in mapping.values():
                mapping[field] = keyed[word]
                break
    if "when" in mapping:
        for part in ("year", "month", "day", "time"):
            mapping.pop(part, None)
    return mapping


def mapping_toml(mapping: dict[str, Any]) -> str:
    """The mapping written as TOML for --map (strings in JSON's escapes, which TOML reads alike)."""
    import json

    lines = ["# Column mapping for lagebild import --map", "[columns]"]
    for field, column in (mapping.get("columns") or {}).items():
        lines.append(f"{field} = {json.dumps(str(column), ensure_ascii=False)}")
    settings = mapping.get("options") or {}
    if settings:
        lines += ["", "[options]"]
        for key, value in settings.items():
            text = ("true" if value else "false") if isinstance(value, bool) else json.dumps(str(value),
                                                                                             ensure_ascii=False)
            lines.append(f"{key} = {text}")
    return "\n".join(lines) + "\n"

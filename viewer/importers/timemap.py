"""Forensic Architecture TimeMap spreadsheets: tabs of events, sources, sites and associations.

Events name their site (``Location``, placed by the Sites tab), associations (``Association 1``,
``Association 2`` ...: CATEGORY ones become segments or tags, FILTER ones tags by their filter
path, NARRATIVE ones tags) and sources (``Source``, the id of a row of the Sources tab). Dates are
date cells or ``MM/DD/YYYY`` text; times ``HH:mm``. The EXPORT_ tabs hold formulas, which are
never evaluated, so they are not read."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .base import ImportOptions, ImportRefused, ImportReport, NativeBuilder, coordinate, origin, title_from_path
from .table import Table, is_xlsx, read_table, sheet_names

NAME = "timemap"
LABEL = "TimeMap spreadsheet (Forensic Architecture)"

_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO_DATE = re.compile(r"^(-?\d{4})-(\d{2})-(\d{2})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def _tabs(names: list[str]) -> dict[str, str]:
    return {n.strip().lower(): n for n in names}


def detect(head: bytes, path: str) -> bool:
    if not is_xlsx(head):
        return False
    try:
        tabs = _tabs(sheet_names(Path(path)))
    except Exception:  # noqa: BLE001 - not a readable workbook
        return False
    return "events" in tabs and bool({"sources", "sites", "associations"} & tabs.keys())


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict[str, Any]:
    tabs = _tabs(sheet_names(path))
    if "events" not in tabs:
        raise ImportRefused("a TimeMap spreadsheet has an Events tab")
    events = read_table(path, report, sheet=tabs["events"])
    builder = NativeBuilder(title_from_path(path))
    sites = _sites(read_table(path, report, sheet=tabs["sites"])) if "sites" in tabs else {}
    associations = _associations(read_table(path, report, sheet=tabs["associations"])) \
        if "associations" in tabs else {}
    sources = _sources(read_table(path, report, sheet=tabs["sources"]), builder, report) if "sources" in tabs else {}
    skipped = [name for key, name in tabs.items() if key.startswith("export")]
    if skipped:
        report.not_imported("tabs of formulas (EXPORT_...; formulas are never evaluated)", len(skipped))
    _events(events, builder, report, options, sites, associations, sources, str(path))
    return builder.build()


def _sites(table: Table) -> dict[str, tuple[float | None, float | None]]:
    names = table.column("Location", "Name", "Site") or []
    lats = table.column("Lat", "Latitude") or [""] * len(names)
    lons = table.column("Long", "Lon", "Longitude") or [""] * len(names)
    return {n.strip(): (coordinate(a, -90, 90), coordinate(o, -180, 180))
            for n, a, o in zip(names, lats, lons) if n.strip()}


def _associations(table: Table) -> dict[str, tuple[str, str]]:
    """id -> (mode, label): the label of a FILTER is its filter path."""
    ids = table.column("ID") or []
    descriptions = table.column("Description", "Desc", "Title") or [""] * len(ids)
    modes = table.column("Mode") or [""] * len(ids)
    start = next((i for i, n in enumerate(table.names) if n.strip().lower().startswith("filter path")), None)
    found = {}
    for row, ident in enumerate(ids):
        if not ident.strip():
            continue
        mode = modes[row].strip().upper() or "FILTER"
        if mode == "FILTER" and start is not None:
            path = [table.columns[c][row].strip() for c in range(start, len(table.names))
                    if table.columns[c][row].strip()]
            label = " / ".join(path) or ident.strip()
        else:
            label = descriptions[row].strip() or ident.strip()
        found[ident.strip()] = (mode, label)
    return found


def _sources(table: Table, builder: NativeBuilder, report: ImportReport) -> dict[str, str]:
    ids = table.column("ID") or []
    titles = table.column("Title") or [""] * len(ids)
    descriptions = table.column("Description") or [""] * len(ids)
    kinds = table.column("Type") or [""] * len(ids)
    paths = [c for n, c in zip(table.names, table.columns) if n.strip().lower().startswith("path")]
    thumbnails = table.column("Thumbnail") or []
    found = {}
    for row, ident in enumerate(ids):
        if not ident.strip():
            continue
        links = [p[row].strip() for p in paths if p[row].strip()]
        web = [link for link in links if link.startswith(("http://", "https://"))]
        source_id = builder.source(titles[row] or ident, web[0] if web else None)
        record = next(s for s in builder.lists["sources"] if s["id"] == source_id)
        words = " ".join(part for part in (descriptions[row].strip(), f"({kinds[row].strip()})"
                                           if kinds[row].strip() else "") if part)
        if words:
            record["description"] = words
        report.not_imported("further source paths", max(len(links) - 1, 0))
        if thumbnails and thumbnails[row].strip():
            report.not_imported("source thumbnails")
        found[ident.strip()] = source_id
    return found


def _events(table: Table, builder: NativeBuilder, report: ImportReport, options: ImportOptions,
            sites: dict, associations: dict, sources: dict[str, str], file: str) -> None:
    def column(*names):
        return table.column(*names) or [""] * len(table)

    descriptions, dates, times = column("Description"), column("Date"), column("Time")
    locations, comments = column("Location"), column("Comments", "Notes")
    ids, lats, lons = column("ID"), column("Latitude", "Lat"), column("Longitude", "Long", "Lon")
    association_columns = [c for n, c in zip(table.names, table.columns)
                           if n.strip().lower().replace(" ", "").rstrip("0123456789") == "association"]
    source_columns = [c for n, c in zip(table.names, table.columns)
                      if n.strip().lower().replace(" ", "").rstrip("0123456789") == "source"]
    unknown: set[str] = set()
    for row, line in enumerate(table.lines):
        day = _day(dates[row].strip())
        if day is None:
            report.finding(line, "Date", f"{dates[row].strip()[:40]!r} is not a date; TimeMap writes MM/DD/YYYY "
                                         "(10/21/2015); the event is left out" if dates[row].strip() else
                           "the event has no date; it is left out")
            continue
        when = day
        written = times[row].strip()
        if written:
            clock = _TIME.match(written)
            if clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60:
                when = f"{day}T{int(clock.group(1)):02d}:{clock.group(2)}"
            else:
                report.warning(line, "Time", f"{written[:40]!r} is not a time of day (write HH:mm, as 13:45); "
                                             "the event keeps only its day")
        text = " ".join(descriptions[row].split())
        event: dict[str, Any] = {"title": text[:120] + ("…" if len(text) > 120 else "") or "(untitled)",
                                 "when": when}
        if len(text) > 120:
            event["description"] = descriptions[row].strip()
        if comments[row].strip():
            event["notes"] = comments[row].strip()
        site = locations[row].strip()
        lat, lon = coordinate(lats[row], -90, 90), coordinate(lons[row], -180, 180)
        if site and (lat is None or lon is None):
            lat, lon = sites.get(site, (None, None))
        if site or (lat is not None and lon is not None):
            event["place"] = builder.place(site, lat if lon is not None else None, lon if lat is not None else None)
        segments, tags = [], []
        for values in association_columns:
            ident = values[row].strip()
            if not ident:
                continue
            mode, label = associations.get(ident, ("", ident))
            if ident not in associations:
                unknown.add(ident)
            if mode == "CATEGORY" and options.groups_as == "segments":
                segments.append(builder.segment(label))
            elif mode == "NARRATIVE":
                tags.append(f"narrative: {label}")
            else:
                tags.append(label)
        if segments:
            event["segments"] = list(dict.fromkeys(segments))
        if tags:
            event["tags"] = list(dict.fromkeys(tags))
        citations = []
        for values in source_columns:
            for ident in (i.strip() for i in values[row].split(",")):
                if not ident:
                    continue
                if ident in sources:
                    citations.append({"source": sources[ident]})
                else:
                    report.warning(line, "Source", f"source '{ident[:60]}' is not on the Sources tab")
        if citations:
            event["citations"] = citations
        event["origin"] = origin(file, line, ids[row].strip() or None, NAME)
        builder.event(event, ids[row].strip() or None)
    if unknown:
        report.warning(None, "Associations", f"associations used by events but not on the Associations tab "
                                             f"(kept as tags): {', '.join(sorted(unknown))}")


def _day(text: str) -> str | None:
    from .base import edtf_from_parts

    found = _US_DATE.match(text)
    if found:
        month, day, year = (int(g) for g in found.groups())
    else:
        found = _ISO_DATE.match(text)
        if not found:
            return None
        year, month, day = (int(g) for g in found.groups())
    try:
        return edtf_from_parts(year, month, day)
    except ValueError:
        return None

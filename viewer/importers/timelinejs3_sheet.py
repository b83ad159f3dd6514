"""The TimelineJS3 spreadsheet template (Google Sheets saved as CSV or XLSX).

Each row is a slide read as the JSON format reads it (see timelinejs3); the ``Type`` column
marks the ``title`` row (the document) and ``era`` rows. Problems name the row's line and the
column, e.g. ``Month``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .base import ImportOptions, ImportRefused, ImportReport, headline, html_text
from .table import Table, is_xlsx, read_table
from .timelinejs3 import _Reader, _Skip

NAME = "timelinejs3-sheet"
LABEL = "TimelineJS3 spreadsheet (CSV or XLSX)"

_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:\.(\d+))?)?\s*([AaPp]\.?[Mm]\.?)?$")
_COLUMNS = {"start_date/year": "Year", "start_date/month": "Month", "start_date/day": "Day",
            "start_date/hour": "Time", "start_date/minute": "Time", "start_date/second": "Time",
            "end_date/year": "End Year", "end_date/month": "End Month", "end_date/day": "End Day",
            "end_date/hour": "End Time", "end_date/minute": "End Time", "end_date/second": "End Time",
            "start_date": "Year", "end_date": "End Year"}


def _looks_like_template(first_line: str) -> bool:
    key = first_line.lower()
    return "year" in key and "headline" in key and ("display date" in key or "media" in key)


def detect(head: bytes, path: str) -> bool:
    if is_xlsx(head):
        try:
            from .table import read_xlsx

            table = read_xlsx(Path(path), ImportReport(path), max_rows=0)
            return _looks_like_template(",".join(table.names))
        except Exception:  # noqa: BLE001 - not a readable workbook: not this format
            return False
    text = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace")
    return _looks_like_template(text)


class _RowLines:
    def __init__(self, lines: dict[str, int]):
        self._lines = lines

    def lines_of(self, pointers) -> None:
        pass

    def line(self, where: str) -> int:
        return self._lines.get(where, 0)


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict[str, Any]:
    table = read_table(path, report)
    if table.column("Year") is None or table.column("Headline") is None:
        raise ImportRefused("the first row needs the template's columns Year and Headline "
                            "(Year, Month, Day, Time, End Year, ..., Headline, Text, Media, ...)", 1)
    pointers = {f"/rows/{i}": line for i, line in enumerate(table.lines)}
    reader = _Reader(path, _RowLines(pointers), report, options)  # type: ignore[arg-type]
    from_here = len(report.findings)
    cells = _cells(table)
    for i, row in enumerate(cells):
        where = f"/rows/{i}"
        kind = row("Type").strip().lower()
        if kind == "title":
            if headline(row("Headline")):
                reader.builder.document["title"] = headline(row("Headline"))
            if html_text(row("Text")):
                reader.builder.document["description"] = html_text(row("Text"))
            continue
        try:
            slide = _slide(row, report, table.lines[i])
        except _Skip:
            continue
        if kind == "era":
            try:
                start = reader._date(slide["start_date"], where + "/start_date")
                end = reader._date(slide.get("end_date"), where + "/end_date")
            except _Skip:
                continue
            if start:
                reader.builder.era(headline(row("Headline")) or f"Era {i + 1}", f"{start}/{end}" if end else start)
            continue
        if not any(row(c).strip() for c in ("Year", "Headline", "Text", "Media")):
            continue  # an empty row between slides
        reader._slide_safe(slide, where)
    for finding in report.findings[from_here:]:
        if finding.pointer.startswith("/rows/"):
            rest = finding.pointer.split("/", 3)[3] if finding.pointer.count("/") >= 3 else ""
            column = _COLUMNS.get(rest, rest.split("/")[-1] or "row")
            end = "End " if column.startswith("End") else ""
            for word, part in (("no month", "Month"), ("no day", "Day"), ("time of day", "Time"),
                               ("no second", "Time")):
                if rest in ("start_date", "end_date") and word in finding.message:
                    column = end + part
            finding.pointer = "/" + column if rest else ""
    return reader.builder.build()


def _cells(table: Table):
    index = {"".join(n.lower().split()): i for i, n in reversed(list(enumerate(table.names)))}
    rows = list(zip(*table.columns)) if table.columns else []

    def getter(values):
        def row(name: str) -> str:
            i = index.get("".join(name.lower().split()))
            return values[i] if i is not None else ""
        return row
    return [getter(values) for values in rows]


def _slide(row, report: ImportReport, line: int) -> dict[str, Any]:
    slide: dict[str, Any] = {
        "start_date": _date_parts(row, "", report, line),
        "text": {"headline": row("Headline"), "text": row("Text")},
        "media": {"url": row("Media"), "credit": row("Media Credit"), "caption": row("Media Caption"),
                  "thumbnail": row("Media Thumbnail")},
        "group": row("Group"),
        "display_date": row("Display Date"),
    }
    if row("Background").strip():
        slide["background"] = {"url": row("Background")}
    end = _date_parts(row, "End ", report, line)
    if any(v for v in end.values()):
        slide["end_date"] = end
    return slide


def _date_parts(row, prefix: str, report: ImportReport, line: int) -> dict[str, Any]:
    parts: dict[str, Any] = {"year": row(prefix + "Year"), "month": row(prefix + "Month"), "day": row(prefix + "Day")}
    written = row(prefix + "Time").strip()
    if written:
        found = _TIME.match(written)
        if not found:
            report.finding(line, prefix + "Time", f"{written[:40]!r} is not a time of day; write 14:30 or "
                                                  "2:30 PM; the slide is left out")
            raise _Skip
        hour, minute, second, fraction, half = found.groups()
        hour_value = int(hour)
        if half:
            if not 1 <= hour_value <= 12:
                report.finding(line, prefix + "Time", f"{written!r}: with AM or PM the hour is 1 to 12; "
                                                      "the slide is left out")
                raise _Skip
            hour_value = hour_value % 12 + (12 if half[0].lower() == "p" else 0)
        parts.update(hour=hour_value, minute=int(minute or 0), second=int(second) if second else None,
                     millisecond=int((fraction or "0")[:3].ljust(3, "0")) if fraction else None)
    return parts

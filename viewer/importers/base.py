"""What every importer shares: its report of problems, its options, and helpers that map
dates, places, ids and origins into the native format honestly."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal

from ..model.findings import Finding, pointer
from ..model.records import FORMAT_NAME, FORMAT_VERSION
from ..model.wording import counted

HEAD_BYTES = 64 * 1024  # what detect() is given of a file
GroupsAs = Literal["segments", "tags"]


@dataclass
class ImportOptions:
    groups_as: GroupsAs = "segments"  # categories and groups become segments, or tags
    mapping: dict[str, Any] | None = None  # generic CSV/XLSX: native field -> column (see generic_csv)


@dataclass
class ImportReport:
    """The findings of one import, each at a line and field of the source file, and a count
    of each kind of data the native format cannot hold."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    left_out: dict[str, int] = field(default_factory=dict)

    def finding(self, line: int | None, field_name: str | Sequence[str | int], message: str,
                severity: Literal["error", "warning"] = "error", column: int = 0) -> None:
        if isinstance(field_name, str):
            where = field_name if field_name.startswith("/") else (pointer(field_name) if field_name else "")
        else:
            where = pointer(*field_name)
        self.findings.append(Finding(severity, message, where, self.path, line or 0, column))

    def warning(self, line: int | None, field_name: str | Sequence[str | int], message: str) -> None:
        self.finding(line, field_name, message, "warning")

    def not_imported(self, kind: str, count: int = 1) -> None:
        """Data the native format cannot hold; reported once per kind, with its count."""
        if count > 0:
            self.left_out[kind] = self.left_out.get(kind, 0) + count

    def close(self) -> None:
        for kind, count in self.left_out.items():
            self.findings.append(Finding("warning", f"{kind}: {counted(count, 'item')} not imported",
                                         "", self.path))
        self.left_out = {}

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


class ImportRefused(Exception):
    """The whole file cannot be imported (a numeric timeline, not the format at all)."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


# -- dates ------------------------------------------------------------------

def _year_text(year: int) -> str:
    if -9999 <= year <= 9999:
        return f"-{-year:04d}" if year < 0 else f"{year:04d}"
    return f"Y{year}"


def edtf_from_parts(year: int, month: int | None = None, day: int | None = None, hour: int | None = None,
                    minute: int | None = None, second: float | None = None, zone: str = "") -> str:
    """An EDTF date no sharper than its parts: a year alone stays a year, a month a month.

    ``zone`` is ``Z``, ``+HH:MM`` or empty for a local time whose zone is not known. Raises
    ValueError with a sentence when a part is out of range."""
    text = _year_text(year)
    if month is None:
        return text
    if not 1 <= month <= 12:
        raise ValueError(f"there is no month {month}")
    text += f"-{month:02d}"
    if day is None:
        return text
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError(f"there is no day {day} in month {month} of {year}")
    text += f"-{day:02d}"
    if hour is None or abs(year) > 9999:
        return text
    if not 0 <= hour <= 23 or not 0 <= (minute or 0) <= 59:
        raise ValueError(f"{hour}:{minute or 0:02d} is not a time of day")
    text += f"T{hour:02d}:{minute or 0:02d}"
    if second is not None and second:
        if not 0 <= second < 61:
            raise ValueError(f"there is no second {second}")
        whole = int(second)
        text += f":{whole:02d}"
        fraction = round(second - whole, 6)
        if fraction:
            text += f"{fraction:.6f}"[1:].rstrip("0")
    return text + zone


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def interval(start: str | None, end: str | None) -> str | None:
    """One date, or start/end; None when neither is known."""
    if start and end and end != start:
        return f"{start}/{end}"
    return start or (f"/{end}" if end else None)


UNDATED = "XXXX"  # EDTF for "the year is not known": drawn across the whole range, never a guess


def object_at(value: object, key: str) -> dict:
    """value[key] when value is an object holding an object there, else an empty one."""
    found = value.get(key) if isinstance(value, dict) else None
    return found if isinstance(found, dict) else {}


def text_at(value: object, key: str) -> str:
    found = value.get(key) if isinstance(value, dict) else None
    return found if isinstance(found, str) else ""


# -- text -------------------------------------------------------------------

class _TextOnly(HTMLParser):
    _BREAKS = {"p", "br", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


def html_text(value: object) -> str:
    """The words of an HTML fragment: tags dropped, entities decoded, paragraphs as new lines."""
    if not isinstance(value, str) or not value:
        return ""
    if "<" not in value and "&" not in value:
        return value.strip()
    parser = _TextOnly()
    try:
        parser.feed(value)
        parser.close()
        text = "".join(parser.parts)
    except Exception:  # noqa: BLE001 - malformed markup: keep its text with the tags as written
        text = html.unescape(value)
    return _BLANK_LINES.sub("\n", _SPACES.sub(" ", text)).strip()


def headline(value: object) -> str:
    """An HTML headline as one line of text."""
    return " ".join(html_text(value).split())[:2000]


def blockquote(value: object) -> tuple[str, str] | None:
    """(quote, who) when the HTML marks a quote with <blockquote>, the speaker from <cite>."""
    if not isinstance(value, str) or "<blockquote" not in value.lower():
        return None
    match = re.search(r"<blockquote[^>]*>(.*?)</blockquote>", value, re.IGNORECASE | re.DOTALL)
    if not match:
        return None
    inner = match.group(1)
    who = ""
    cite = re.search(r"<cite[^>]*>(.*?)</cite>", inner, re.IGNORECASE | re.DOTALL)
    if cite:
        who = html_text(cite.group(1))
        inner = inner[:cite.start()] + inner[cite.end():]
    quote = html_text(inner)
    return (quote, who) if quote else None


def decode_text(data: bytes, report: ImportReport) -> str:
    """Text of a file: UTF-8 (with or without a byte order mark), UTF-16 by its mark, or cp1252
    with a finding that says so."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            report.finding(1, "", f"the file says it is UTF-16 but byte {exc.start} is not; save it as UTF-8")
            return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        report.warning(line, "", f"the file is not UTF-8 (byte {exc.start}); it was read as Windows-1252 "
                                 "(cp1252): check accented letters, or save it as UTF-8")
        return data.decode("cp1252", errors="replace")


# -- ids, places, sources and the document ----------------------------------

_NOT_ID = re.compile(r"[^0-9A-Za-z._-]+")


def slug(text: str, fallback: str = "item") -> str:
    made = _NOT_ID.sub("-", text.strip().lower()).strip("-.")[:60]
    return made or fallback


def origin(file: str, line: int | None, ident: object, format_name: str) -> dict[str, Any]:
    record: dict[str, Any] = {"file": file, "format": format_name}
    if line:
        record["line"] = int(line)
    if ident not in (None, ""):
        record["id"] = str(ident)[:500]
    return record


def coordinate(value: object, low: float, high: float) -> float | None:
    """A latitude or longitude from a number or a number written as text; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.strip().replace(",", ".") if value.count(",") == 1 and "." not in value else value.strip()
        if not value:
            return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and low <= number <= high else None


class NativeBuilder:
    """Collects records with unique ids and makes the native event file as a plain dict."""

    def __init__(self, title: str, description: str = ""):
        self.document: dict[str, Any] = {"title": title.strip() or "Imported events"}
        if description:
            self.document["description"] = description
        self.lists: dict[str, list[dict[str, Any]]] = {
            "segments": [], "actors": [], "places": [], "sources": [], "eras": [], "events": []}
        self._ids: dict[str, set[str]] = {key: set() for key in self.lists}
        self._by_key: dict[tuple[str, object], str] = {}

    def unique_id(self, kind: str, wanted: object, fallback: str) -> str:
        base = str(wanted).strip()[:190] if wanted not in (None, "") else fallback
        base = base or fallback
        ident, n = base, 1
        while ident in self._ids[kind]:
            n += 1
            ident = f"{base}-{n}"
        self._ids[kind].add(ident)
        return ident

    def _once(self, kind: str, key: object, make) -> str:
        found = self._by_key.get((kind, key))
        if found is None:
            record = make()
            self.lists[kind].append(record)
            found = self._by_key[(kind, key)] = record["id"]
        return found

    def segment(self, label: str, color: str | None = None, description: str = "") -> str:
        label = label.strip()

        def make():
            record: dict[str, Any] = {"id": self.unique_id("segments", slug(label, "segment"), "segment"),
                                      "label": label}
            if color:
                record["color"] = color
            if description:
                record["description"] = description
            return record
        return self._once("segments", label, make)

    def actor(self, name: str, kind: str = "other", description: str = "") -> str:
        name = name.strip()

        def make():
            record: dict[str, Any] = {"id": self.unique_id("actors", slug(name, "actor"), "actor"), "name": name}
            if kind != "other":
                record["kind"] = kind
            if description:
                record["description"] = description
            return record
        return self._once("actors", name, make)

    def place(self, name: str, lat: float | None = None, lon: float | None = None) -> str:
        name = name.strip() or (f"{lat:.5f}, {lon:.5f}" if lat is not None and lon is not None else "place")

        def make():
            record: dict[str, Any] = {"id": self.unique_id("places", slug(name, "place"), "place"), "name": name}
            if lat is not None and lon is not None:
                record["lat"], record["lon"] = lat, lon
            return record
        return self._once("places", (name, lat, lon), make)

    def source(self, name: str, url: str | None = None, kind: str = "other") -> str:
        name = name.strip()[:500] or (url or "source")

        def make():
            record: dict[str, Any] = {"id": self.unique_id("sources", slug(name, "source"), "source"), "name": name}
            if kind != "other":
                record["kind"] = kind
            if url:
                record["url"] = url
            return record
        return self._once("sources", (name, url), make)

    def era(self, label: str, when: str, color: str | None = None) -> None:
        record: dict[str, Any] = {"id": self.unique_id("eras", slug(label, "era"), "era"),
                                  "label": label.strip() or "Era", "when": when}
        if color:
            record["color"] = color
        self.lists["eras"].append(record)

    def event(self, record: dict[str, Any], wanted_id: object = None) -> dict[str, Any]:
        """Adds an event (title, when and the rest already set); gives it a unique id."""
        ident = self.unique_id("events", wanted_id, f"event-{len(self.lists['events']) + 1}")
        record = {"id": ident, **record}
        if not str(record.get("title") or "").strip():
            record["title"] = "(untitled)"
        self.lists["events"].append(record)
        return record

    def build(self) -> dict[str, Any]:
        result: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "document": self.document}
        for key, records in self.lists.items():
            if records:
                result[key] = records
        return result


def title_from_path(path: Path) -> str:
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name

"""Timesketch timelines as CSV or JSON Lines: ``message``, ``datetime`` (ISO 8601),
``timestamp_desc`` and ``timestamp`` (microseconds since 1970), and any other columns.

The message is the title, the time meaning (``timestamp_desc``) and Timesketch's tags are
tags, and every other column is kept in the notes. ``datetime`` is the time, with its zone as
written; where it is missing or unreadable the ``timestamp`` gives the time in UTC, and where
the two disagree the datetime is kept and the disagreement reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import msgspec

from .base import ImportOptions, ImportRefused, ImportReport
from .column_tools import no_collection, unique_event_ids
from .delimited import RowReader, header_names, line_text, open_source
from .timeline_rows import (
    check_dates,
    document,
    edtf_datetime,
    notes_from,
    seconds_of,
    timestamp_seconds,
    title_and_description,
    utc_text,
)

NAME = "timesketch"
LABEL = "Timesketch CSV or JSONL timeline"

REQUIRED = ("message", "timestamp_desc")
OWN = {"message", "datetime", "timestamp", "timestamp_desc", "tag"}


def detect(head: bytes, path: str) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].strip()
    if first.startswith(b"{"):
        try:
            row = json.loads(first)
        except ValueError:  # a first line longer than the head: look for the keys themselves
            return b'"message"' in first and (b'"datetime"' in first or b'"timestamp"' in first)
        return isinstance(row, dict) and "message" in row and ("datetime" in row or "timestamp" in row)
    names = {name.strip().strip('"').lower() for name in first.decode("utf-8", "replace").split(",")}
    return {"message", "timestamp_desc"} <= names and bool(names & {"datetime", "timestamp"})


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict:
    with no_collection():
        return _read(Path(path), report, options)


def _read(path: Path, report: ImportReport, options: ImportOptions) -> dict:
    source = open_source(Path(path))
    for line, message in source.notes:
        report.warning(line, "", message)
    rows = Rows(Path(path).name, NAME, report)
    if source.head(64 * 1024).lstrip(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        _read_jsonl(source, rows, report)
    else:
        read_csv(source, rows, report, quoting=True)
    return rows.document(f"Timesketch: {Path(path).name}", f"Imported from the Timesketch timeline {Path(path).name}.")


def read_csv(source, rows: Rows, report: ImportReport, *, quoting: bool, empty: frozenset = frozenset({""})) -> None:
    names = header_names(source, ",", quoting)
    lower = [name.lower() for name in names]
    for required in REQUIRED:
        if required not in lower:
            raise ImportRefused(f"the header has no {required} column: a timeline has the columns message, "
                                "datetime (or timestamp) and timestamp_desc", 1)
    reader = RowReader(source, lower, delimiter=",", quoting=quoting)
    for batch in reader.batches():
        values = {name: batch.text(name).to_pylist() for name in lower}
        extra = [name for name in lower if name not in OWN]
        for k, line in enumerate(batch.lines.tolist()):
            rows.add(line, {name: values[name][k] for name in lower}, extra, empty)
    for bad in reader.bad_rows:
        report.finding(bad.line, "", f"this row has {bad.fields} fields where the header has {len(names)}: "
                                       f"it is left out ({line_text(bad.text)})")


def _read_jsonl(source, rows: Rows, report: ImportReport) -> None:
    data = source.data if source.data is not None else source.path.read_bytes()
    decoder = msgspec.json.Decoder()
    for number, raw in enumerate(data.split(b"\n"), start=1):
        raw = raw.strip().lstrip(b"\xef\xbb\xbf") if number == 1 else raw.strip()
        if not raw:
            continue
        try:
            row = decoder.decode(raw)
        except msgspec.DecodeError as problem:
            report.finding(number, "", f"this line is not a JSON object ({problem}): it is left out")
            continue
        if not isinstance(row, dict):
            report.finding(number, "", "this line is not a JSON object with message, datetime and "
                                         "timestamp_desc: it is left out")
            continue
        values = {str(key).lower(): _text(value) for key, value in row.items()}
        tags = row.get("tag")
        if isinstance(tags, list):
            values["tag"] = ";".join(str(tag) for tag in tags)
        rows.add(number, values, [name for name in values if name not in OWN], frozenset({""}))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False)


class Rows:
    """Builds events from timeline rows, one at a time, reporting what each row gets wrong."""

    def __init__(self, file_name: str, format_name: str, report: ImportReport):
        self.file_name = file_name
        self.format_name = format_name
        self.report = report
        self.events: list[dict] = []
        self.tag_lists: dict[tuple, list[str]] = {}

    def add(self, line: int, values: dict[str, str], extra: list[str], empty: frozenset) -> None:
        report = self.report
        written = values.get("datetime", "").strip()
        stamp = values.get("timestamp", "").strip()
        written = "" if written in empty else written
        stamp = "" if stamp in empty else stamp
        when = edtf_datetime(written) if written else None
        stamp_seconds = timestamp_seconds(stamp) if stamp else None
        if stamp and stamp_seconds is None:
            report.warning(line, "timestamp", f"'{stamp}' is not a time: a timestamp is a whole number of microseconds "
                                                "since 1970 (years 1 to 9999)")
        if when is None:
            if stamp_seconds is None:
                report.finding(line, "datetime", f"'{written}' is not an ISO 8601 date-time, e.g. "
                                                 "2015-07-24T19:01:01+00:00, and there is no timestamp: "
                                                 "the row is left out" if written else
                               "the row has neither a datetime nor a timestamp: it is left out")
                return
            when = utc_text(stamp_seconds)
            if written:
                report.warning(line, "datetime", f"'{written}' is not an ISO 8601 date-time: the time is "
                                                 f"taken from the timestamp ({when})")
        elif stamp_seconds is not None:
            seconds = seconds_of(when)
            if seconds is not None and abs(seconds - stamp_seconds) >= 1:
                report.warning(line, "timestamp", f"the timestamp {stamp} is {utc_text(stamp_seconds)} but the "
                                                  f"datetime says {written}: the datetime is kept")
        message = values.get("message", "")
        message = "" if message in empty else message
        meaning = values.get("timestamp_desc", "").strip()
        meaning = "" if meaning in empty else meaning
        if message.strip():
            title, description = title_and_description(message)
        else:
            title, description = meaning or "(no message)", ""
            report.warning(line, "message", "the message is empty")
        event: dict = {"id": f"line-{line}", "title": title, "when": when}
        if description:
            event["description"] = description
        tags = self._tags(meaning, values.get("tag", ""), empty)
        if tags:
            event["tags"] = tags
        notes = notes_from(extra, [values[name].strip() for name in extra], empty)
        if notes:
            event["notes"] = notes
        event["origin"] = {"file": self.file_name, "line": line, "format": self.format_name}
        self.events.append(event)

    def _tags(self, meaning: str, tag_text: str, empty: frozenset) -> list[str]:
        key = (meaning, tag_text)
        known = self.tag_lists.get(key)
        if known is None:
            tags = [meaning] if meaning else []
            text = tag_text.strip()
            if text and text not in empty and text != "[]":
                if text.startswith("["):
                    try:
                        tags += [str(tag) for tag in json.loads(text)]
                    except ValueError:
                        tags.append(text)
                else:
                    tags += text.replace(";", " ").split()
            known = self.tag_lists[key] = list(dict.fromkeys(tag for tag in tags if tag.strip()))
        return known

    def document(self, title: str, description: str) -> dict:
        events = check_dates(self.events, self.report, "datetime")
        unique_event_ids(events, self.report, "id")
        return document(title, description, events)

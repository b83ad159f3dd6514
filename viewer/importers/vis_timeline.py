"""vis-timeline data as JSON: an array of items, or an object with ``items`` and ``groups``.

Items' ``start``/``end`` are ISO texts (a date stays a day; a time without a zone stays a local
time), numbers (milliseconds since 1970, UTC) or ASP.NET's ``/Date(ms)/``. ``type: background``
items are shaded periods and become eras. Groups become segments or tags by their ``content``;
a nested group notes its parent."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..model.dates import DateError, resolve
from .base import (
    ImportOptions,
    ImportRefused,
    ImportReport,
    NativeBuilder,
    headline,
    html_text,
    origin,
    title_from_path,
)
from .json_source import JsonSource

NAME = "vis-timeline"
LABEL = "vis-timeline items and groups (JSON)"

_ISO = re.compile(r"^(-?\d{4,})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?"
                  r"\s*(Z|[+-]\d{2}:?\d{2})?$")
_ASP = re.compile(r"^/Date\((-?\d+)\)/$")


def detect(head: bytes, path: str) -> bool:
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body.startswith(b"{"):
        return b'"items"' in head and b'"start"' in head and b'"content"' in head
    return body.startswith(b"[") and b'"start"' in head and (b'"content"' in head or b'"group"' in head) \
        and b'"start_date"' not in head


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict[str, Any]:
    source = JsonSource(path, report)
    raw = source.value
    if isinstance(raw, list):
        items, groups, prefix = raw, [], ""
    elif isinstance(raw, dict) and isinstance(raw.get("items"), list):
        found = raw.get("groups")
        items, groups, prefix = raw["items"], found if isinstance(found, list) else [], "/items"
    else:
        raise ImportRefused('vis-timeline data is an array of items, or {"items": [...], "groups": [...]}', 1)
    source.lines_of([f"{prefix}/{i}" for i in range(len(items))] + [f"/groups/{i}" for i in range(len(groups))])
    builder = NativeBuilder(title_from_path(path))
    labels = _groups(groups, builder, options, report, source)
    for i, item in enumerate(items):
        where = f"{prefix}/{i}"
        _item(item, where, source.line(where), builder, labels, options, report, str(path))
    return builder.build()


def _groups(groups: list, builder: NativeBuilder, options: ImportOptions, report: ImportReport,
            source: JsonSource) -> dict[str, str]:
    """Group id (as text) -> segment id, or the label itself when groups become tags."""
    names: dict[str, str] = {}
    for i, group in enumerate(groups):
        if isinstance(group, dict) and group.get("id") is not None:
            names[str(group["id"])] = headline(group.get("content")) or str(group["id"])
        else:
            report.finding(source.line(f"/groups/{i}"), f"/groups/{i}", "a group is an object with id and content; "
                                                                          "it is left out")
    parents = {str(child): names.get(str(g["id"]), "") for g in groups if isinstance(g, dict)
               for child in (g.get("nestedGroups") or []) if isinstance(g.get("nestedGroups"), list)}
    labels = {}
    for ident, name in names.items():
        if options.groups_as == "tags":
            labels[ident] = name
        else:
            parent = parents.get(ident)
            labels[ident] = builder.segment(name, description=f"Within {parent}" if parent else "")
    return labels


def _item(item: object, where: str, line: int, builder: NativeBuilder, labels: dict[str, str],
          options: ImportOptions, report: ImportReport, file: str) -> None:
    if not isinstance(item, dict):
        report.finding(line, where, "an item is an object with start and content; it is left out")
        return
    try:
        start = vis_date(item.get("start"))
        end = vis_date(item.get("end")) if item.get("end") not in (None, "") else None
    except ValueError as exc:
        report.finding(line, where + "/start", f"{exc}; write an ISO date such as 2014-04-20 or "
                                               "2014-04-20T13:00; the item is left out")
        return
    if start is None:
        report.finding(line, where + "/start", "the item has no start; it is left out")
        return
    when = f"{start}/{end}" if end and end != start else start
    title = headline(item.get("content")) or f"Item {item.get('id', '')}".strip()
    if item.get("type") == "background":
        builder.era(title, when)
        return
    event: dict[str, Any] = {"title": title, "when": when}
    if html_text(item.get("title")):
        event["description"] = html_text(item.get("title"))
    group = item.get("group")
    if group is not None:
        label = labels.get(str(group))
        if label is None:
            if labels:
                report.warning(line, where + "/group", f"group {str(group)[:60]!r} is not among the groups; "
                                                       "it is kept under its id")
            label = str(group) if options.groups_as == "tags" else builder.segment(str(group))
        event["tags" if options.groups_as == "tags" else "segments"] = [label]
    if item.get("subgroup") is not None:
        report.not_imported("subgroups")
    if item.get("className") or item.get("style"):
        report.not_imported("class names and styles")
    event["origin"] = origin(file, line, item.get("id"), NAME)
    builder.event(event, item.get("id"))


def vis_date(value: object) -> str | None:
    """EDTF of a vis-timeline date, or None; ValueError when it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a date")
    if isinstance(value, int | float):
        return _from_millis(value)
    if not isinstance(value, str):
        raise ValueError("a date is written as text or a number of milliseconds")
    text = value.strip()
    asp = _ASP.match(text)
    if asp:
        return _from_millis(int(asp.group(1)))
    found = _ISO.match(text)
    if not found:
        raise ValueError(f"{text[:60]!r} is not an ISO date")
    year, month, day, hour, minute, second, fraction, zone = found.groups()
    edtf = f"{year}-{month}" + (f"-{day}" if day else "")
    if hour is not None and day:
        edtf += f"T{hour}:{minute}" + (f":{second}{fraction or ''}" if second is not None else "")
        if zone:
            edtf += "Z" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
    try:
        resolve(edtf)
    except DateError as exc:
        raise ValueError(str(exc)) from None
    return edtf


def _from_millis(value: float) -> str:
    try:
        moment = datetime.fromtimestamp(value / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"{value} milliseconds is outside the calendar") from None
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond // 1000:03d}"
    return text + "Z"

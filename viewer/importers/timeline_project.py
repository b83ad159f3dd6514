"""The Timeline Project's `.timeline` XML, versions 1.x and 2.x.

Categories (colours, parents) become segments or tags; eras become eras; ``fuzzy`` becomes
approximate (``~``) at the end it is set for; ``ends_today`` an open end; containers
(``[3]Name`` and ``(3)Name`` in the text) a tag on the container and each of its events;
``hyperlink`` a citation of the linked site. A time of 00:00:00 is the tool's default for an
event without a time and is read as the day. Timelines of plain numbers (``numtime``) hold no
dates and are refused.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .base import ImportOptions, ImportRefused, ImportReport, NativeBuilder, edtf_from_parts, origin, title_from_path
from .xml_tree import Node, XmlProblem, parse

NAME = "timeline"
LABEL = "The Timeline Project (.timeline XML)"

_TIME = re.compile(r"^\s*(-?\d+)-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?\s*$")
_CONTAINER = re.compile(r"^\[(\d+)\](.*)$", re.S)
_SUBEVENT = re.compile(r"^\((\d+)\)(.*)$", re.S)
_RGB = re.compile(r"^\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*$")


def detect(head: bytes, path: str) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"<"):
        return False
    start = re.search(rb"<([A-Za-z_][\w.-]*)", re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", text[:4096],
                                                        flags=re.S))
    return bool(start and start.group(1) == b"timeline" and (b"<events" in head or b"<version>" in head))


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict[str, Any]:
    try:
        root = parse(path.read_bytes())
    except XmlProblem as exc:
        raise ImportRefused(str(exc), exc.line) from None
    if root.tag != "timeline":
        raise ImportRefused(f"the root element is <{root.tag}>, not <timeline>", root.line)
    timetype = root.value("timetype") or "gregoriantime"
    if timetype != "gregoriantime":
        kind = "plain numbers" if timetype == "numtime" else f"the '{timetype}' calendar"
        raise ImportRefused(f"this timeline measures time in {kind} ({timetype}), not in Gregorian dates; "
                            "Lagebild reads dated timelines only: in The Timeline Project make a new dated "
                            "timeline and copy the events into it", _line_of(root, "timetype"))
    return _Reader(path, report, options).read(root)


class _Reader:
    def __init__(self, path: Path, report: ImportReport, options: ImportOptions):
        self.file, self.report, self.options = str(path), report, options
        self.builder = NativeBuilder(title_from_path(path))
        self.categories: dict[str, str] = {}  # category name -> segment id (or the name, as a tag)

    def read(self, root: Node) -> dict[str, Any]:
        version = root.value("version")
        if version:
            self.builder.document["description"] = f"Imported from The Timeline Project {version}"
        categories = root.find("categories")
        for node in categories.findall("category") if categories is not None else []:
            self._category(node)
        eras = root.find("eras")
        for node in eras.findall("era") if eras is not None else []:
            self._era(node)
        events = root.find("events")
        nodes = events.findall("event") if events is not None else []
        containers = {}
        for node in nodes:
            found = _CONTAINER.match(node.value("text"))
            if found:
                containers[found.group(1)] = found.group(2).strip() or f"Container {found.group(1)}"
        for node in nodes:
            self._event(node, containers)
        view = root.find("view")
        hidden = view.find("hidden_categories") if view is not None else None
        if hidden is not None and hidden.findall("name"):
            self.report.not_imported("hidden categories of the view", len(hidden.findall("name")))
        return self.builder.build()

    def _category(self, node: Node) -> None:
        name = node.value("name")
        if not name:
            self.report.finding(node.line, "category/name", "a category without a name is left out")
            return
        if self.options.groups_as == "tags":
            self.categories[name] = name
            return
        parent = node.value("parent")
        self.categories[name] = self.builder.segment(name, _colour(node.value("color")),
                                                     f"Sub-category of {parent}" if parent else "")

    def _era(self, node: Node) -> None:
        try:
            start = _time(node.value("start"))
            end = _time(node.value("end"))
        except ValueError as exc:
            self.report.finding(node.line, "era", f"{exc}; the era is left out")
            return
        if start is None:
            self.report.finding(node.line, "era/start", "the era has no start; it is left out")
            return
        when = f"{start}/.." if _true(node.value("ends_today")) else (f"{start}/{end}" if end and end != start
                                                                      else start)
        self.builder.era(node.value("name") or "Era", when, _colour(node.value("color")))

    def _event(self, node: Node, containers: dict[str, str]) -> None:
        text = node.value("text")
        container = _CONTAINER.match(text) or _SUBEVENT.match(text)
        if container:
            text = container.group(2).strip()
        try:
            start = _time(node.value("start"))
            end = _time(node.value("end"))
        except ValueError as exc:
            self.report.finding(node.line, "event/start", f"{exc}; write times as 2013-03-30 11:16:00; "
                                                          "the event is left out")
            return
        if start is None:
            self.report.finding(node.line, "event/start", "the event has no start; it is left out")
            return
        fuzzy = _true(node.value("fuzzy"))
        fuzzy_start = fuzzy or _true(node.value("fuzzy_start"))
        fuzzy_end = fuzzy or _true(node.value("fuzzy_end"))
        if (fuzzy_start and "T" in start) or (fuzzy_end and end and "T" in end):
            self.report.not_imported("times of day of fuzzy events (kept as approximate days)")
        if fuzzy_start:
            start = start.split("T")[0] + "~"
        if end is not None and fuzzy_end:
            end = end.split("T")[0] + "~"
        if _true(node.value("ends_today")):
            when = f"{start}/.."
        elif end and end != start:
            when = f"{start}/{end}"
        else:
            when = start
        event: dict[str, Any] = {"title": " ".join(text.split())[:2000] or "(untitled)", "when": when}
        description = node.value("description")
        if description:
            event["description"] = description
        names = [node.value("category")] if node.value("category") else []
        many = node.find("categories")
        names += [c.text for c in many.findall("category")] if many is not None else []
        known = [self.categories[n] for n in dict.fromkeys(names) if n in self.categories]
        for missing in [n for n in dict.fromkeys(names) if n not in self.categories]:
            self.report.warning(node.line, "event/category", f"category '{missing}' is not among the "
                                                             "categories; the event keeps its other ones")
        tags = [t.strip() for t in node.value("labels").split(",") if t.strip()]
        if container:
            tags.append(containers.get(container.group(1), f"Container {container.group(1)}"))
        if self.options.groups_as == "tags":
            tags = known + tags
        elif known:
            event["segments"] = known
        if tags:
            event["tags"] = list(dict.fromkeys(tags))
        self._links(event, node.value("hyperlink"))
        for field, kind in (("icon", "icons"), ("alert", "alerts")):
            if node.value(field):
                self.report.not_imported(kind)
        if node.value("progress") not in ("", "0"):
            self.report.not_imported("progress values")
        event["origin"] = origin(self.file, node.line, None, NAME)
        self.builder.event(event)

    def _links(self, event: dict[str, Any], hyperlink: str) -> None:
        citations = []
        for link in re.split(r"[\s;]+", hyperlink):
            if not link:
                continue
            host = urlsplit(link).hostname if link.startswith(("http://", "https://")) else None
            if host:
                citations.append({"source": self.builder.source(host, f"{urlsplit(link).scheme}://{host}"),
                                  "url": link})
            else:
                self.report.not_imported("hyperlinks that are not web addresses")
        if citations:
            event["citations"] = citations


def _line_of(node: Node, tag: str) -> int:
    child = node.find(tag)
    return child.line if child is not None else node.line


def _true(text: str) -> bool:
    return text.strip().lower() == "true"


def _colour(text: str) -> str | None:
    found = _RGB.match(text or "")
    if not found:
        return None
    parts = [min(int(v), 255) for v in found.groups()]
    return "#" + "".join(f"{v:02X}" for v in parts)


def _time(text: str) -> str | None:
    """EDTF of a Timeline time; midnight is the tool's 'no time' and reads as the day."""
    if not text.strip():
        return None
    found = _TIME.match(text)
    if not found:
        raise ValueError(f"{text.strip()!r} is not a Timeline time")
    year, month, day, hour, minute, second = (int(g) if g is not None else None for g in found.groups())
    if not hour and not minute and not second:
        hour = minute = second = None
    return edtf_from_parts(year or 0, month, day, hour, minute, second)

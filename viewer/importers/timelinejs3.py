"""TimelineJS3 JSON (Knight Lab), the current format and the legacy v2 format.

Date parts are often written as strings, and an empty string means the part is absent:
``{"year": "2014", "month": ""}`` is the year 2014, never 1 January. Times carry no zone
(the browser's), so they stay local times. ``group`` (v2: the comma list ``tag``) becomes a
segment or a tag; a ``<blockquote>`` in ``media.url`` is a quote, ``media.credit`` its source.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .base import (
    ImportOptions,
    ImportRefused,
    ImportReport,
    NativeBuilder,
    blockquote,
    edtf_from_parts,
    headline,
    html_text,
    interval,
    origin,
    title_from_path,
)
from .json_source import JsonSource

NAME = "timelinejs3"
LABEL = "TimelineJS3 JSON"

_EVENTS = re.compile(rb'"events"\s*:\s*\[')
_V2 = re.compile(rb'"timeline"\s*:\s*\{')
_V2_DATES = re.compile(rb'"(date|startDate|headline)"\s*:')
_SLIDE_KEYS = re.compile(rb'"(start_date|text|headline|media|unique_id)"\s*:')
_NATIVE = re.compile(rb'"format"\s*:\s*"lagebild-events"')


def detect(head: bytes, path: str) -> bool:
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body.startswith(b"{") or _NATIVE.search(head):
        return False
    if _EVENTS.search(head) and b'"start_date"' in head:
        return True
    return bool(_V2.search(head) and len(set(_V2_DATES.findall(head))) >= 2)


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict[str, Any]:
    source = JsonSource(path, report)
    raw = source.value
    if not isinstance(raw, dict):
        raise ImportRefused("a TimelineJS3 file is one JSON object with 'events' (or 'timeline' in v2)", 1)
    if isinstance(raw.get("timeline"), dict):
        return _Reader(path, source, report, options).legacy(raw["timeline"])
    return _Reader(path, source, report, options).current(raw)


class _Reader:
    def __init__(self, path: Path, source: JsonSource, report: ImportReport, options: ImportOptions):
        self.source, self.report, self.options = source, report, options
        self.file = str(path)
        self.builder = NativeBuilder(title_from_path(path))
        self.lines_of, self.line = source.lines_of, source.line

    # -- the current format ---------------------------------------------------
    def current(self, raw: dict) -> dict[str, Any]:
        events = raw.get("events")
        if not isinstance(events, list):
            raise ImportRefused("a TimelineJS3 file needs an 'events' list", 1)
        eras = _list(raw, "eras")
        self.lines_of([f"/events/{i}" for i in range(len(events))] + [f"/eras/{i}" for i in range(len(eras))])
        title = raw.get("title")
        if isinstance(title, dict):
            self._title_slide(title.get("text"), title.get("media"), title.get("background"))
        for i, slide in enumerate(events):
            self._slide_safe(slide, f"/events/{i}")
        for i, era in enumerate(eras):
            where = f"/eras/{i}"
            if not isinstance(era, dict):
                self.report.finding(self.line(where), where, "an era is an object with start_date, end_date "
                                                             "and text; it is left out")
                continue
            try:
                start = self._date(era.get("start_date"), where + "/start_date")
                end = self._date(era.get("end_date"), where + "/end_date")
            except _Skip:
                continue
            when = interval(start, end)
            if when is None:
                self.report.finding(self.line(where), where + "/start_date", "the era has no date; it is left out")
                continue
            text = _dict(era, "text")
            self.builder.era(headline(text.get("headline")) or f"Era {i + 1}", when)
        return self.builder.build()

    def _title_slide(self, text: object, media: object, background: object) -> None:
        if isinstance(text, dict):
            title = headline(text.get("headline"))
            if title:
                self.builder.document["title"] = title
            description = html_text(text.get("text"))
            if description:
                self.builder.document["description"] = description
        if isinstance(media, dict) and media.get("url"):
            self.report.not_imported("title slide media")
        if background:
            self.report.not_imported("backgrounds")

    def _slide(self, slide: object, where: str) -> None:
        line = self.line(where)
        if not isinstance(slide, dict):
            self.report.finding(line, where, "a slide is an object with start_date and text; it is left out")
            return
        start = self._date(slide.get("start_date"), where + "/start_date")
        if start is None:
            if "start_date" not in slide:
                self.report.finding(line, where + "/start_date", "the slide has no start_date (write "
                                    '{"year": "2025", "month": "4"}); it is left out')
            return
        end = self._date(slide.get("end_date"), where + "/end_date") if slide.get("end_date") else None
        text = _dict(slide, "text")
        event: dict[str, Any] = {"title": headline(text.get("headline")) or "(untitled)",
                                 "when": interval(start, end)}
        description = html_text(text.get("text"))
        if description:
            event["description"] = description
        display = slide.get("display_date") or _part(slide.get("start_date"), "display_date")
        if isinstance(display, str) and display.strip():
            event["notes"] = f"Date as shown in the timeline: {html_text(display)}"
        self._group(event, slide.get("group"))
        self._media(event, slide.get("media"))
        if slide.get("background"):
            self.report.not_imported("backgrounds")
        ident = slide.get("unique_id")
        event["origin"] = origin(self.file, line, ident, NAME)
        self.builder.event(event, ident if isinstance(ident, str) else None)

    def _group(self, event: dict[str, Any], group: object) -> None:
        names = [g.strip() for g in (group if isinstance(group, list) else [group])
                 if isinstance(g, str) and g.strip()]
        if not names:
            return
        if self.options.groups_as == "tags":
            event["tags"] = names
        else:
            event["segments"] = [self.builder.segment(name) for name in names]

    def _media(self, event: dict[str, Any], media: object, url_key: str = "url") -> None:
        citation = media_citation(self.builder, self.report, media, url_key)
        if citation:
            event["citations"] = [citation]

    def _date(self, value: object, where: str) -> str | None:
        """EDTF from a date object; None (with a finding when it is not merely absent)."""
        if value in (None, "", {}):
            return None
        if not isinstance(value, dict):
            self.report.finding(self.line(where.rsplit("/", 1)[0]), where,
                                'a date is an object such as {"year": "2025", "month": "4", "day": "9"}')
            return None
        parts: dict[str, int | None] = {}
        for key in ("year", "month", "day", "hour", "minute", "second", "millisecond"):
            try:
                parts[key] = _number(value.get(key))
            except ValueError:
                self.report.finding(self.line(where.rsplit("/", 1)[0]), f"{where}/{key}",
                                    f"{value.get(key)!r} is not a whole number; the slide is left out")
                raise _Skip from None
        if parts["year"] is None:
            self.report.finding(self.line(where.rsplit("/", 1)[0]), f"{where}/year",
                                "the date has no year (TimelineJS3 needs one); the slide is left out")
            raise _Skip
        return self._edtf(parts, where)

    def _edtf(self, parts: dict[str, int | None], where: str) -> str:
        whole = parts.get("second")
        second = None if whole is None else whole + (parts.get("millisecond") or 0) / 1000
        try:
            return edtf_from_parts(parts["year"] or 0, parts.get("month"),
                                   parts.get("day") if parts.get("month") is not None else None,
                                   parts.get("hour") if parts.get("day") is not None else None,
                                   parts.get("minute"), second)
        except ValueError as exc:
            self.report.finding(self.line(where.rsplit("/", 1)[0]), where, f"{exc}; the slide is left out")
            raise _Skip from None

    # -- the legacy v2 format ---------------------------------------------------
    def legacy(self, timeline: dict) -> dict[str, Any]:
        dates = _list(timeline, "date")
        eras = _list(timeline, "era")
        self.lines_of([f"/timeline/date/{i}" for i in range(len(dates))]
                      + [f"/timeline/era/{i}" for i in range(len(eras))])
        title = headline(timeline.get("headline"))
        if title:
            self.builder.document["title"] = title
        if html_text(timeline.get("text")):
            self.builder.document["description"] = html_text(timeline.get("text"))
        if isinstance(timeline.get("asset"), dict) and timeline["asset"].get("media"):
            self.report.not_imported("title slide media")
        for i, item in enumerate(dates):
            where = f"/timeline/date/{i}"
            try:
                self._legacy_slide(item, where)
            except _Skip:
                continue
        for i, era in enumerate(eras):
            where = f"/timeline/era/{i}"
            try:
                start = self._legacy_date(era.get("startDate") if isinstance(era, dict) else None, where + "/startDate")
                end = self._legacy_date(era.get("endDate"), where + "/endDate") if start else None
            except _Skip:
                continue
            if start is None:
                self.report.finding(self.line(where), where, "the era has no startDate; it is left out")
                continue
            self.builder.era(headline(era.get("headline")) or f"Era {i + 1}", interval(start, end) or start)
        return self.builder.build()

    def _legacy_slide(self, item: object, where: str) -> None:
        line = self.line(where)
        if not isinstance(item, dict):
            self.report.finding(line, where, "a date entry is an object with startDate and headline; it is left out")
            return
        start = self._legacy_date(item.get("startDate"), where + "/startDate")
        if start is None:
            self.report.finding(line, where + "/startDate", 'the entry has no startDate (write "2011,3,23"); '
                                                            "it is left out")
            return
        end = self._legacy_date(item.get("endDate"), where + "/endDate")
        event: dict[str, Any] = {"title": headline(item.get("headline")) or "(untitled)",
                                 "when": interval(start, end)}
        if html_text(item.get("text")):
            event["description"] = html_text(item.get("text"))
        tags = item.get("tag")
        if isinstance(tags, str):
            self._group(event, [t for t in tags.split(",")])
        self._media(event, item.get("asset"), url_key="media")
        if item.get("classname"):
            self.report.not_imported("class names")
        event["origin"] = origin(self.file, line, None, NAME)
        self.builder.event(event)

    def _legacy_date(self, value: object, where: str) -> str | None:
        if value in (None, ""):
            return None
        text = str(value).strip()
        match = re.fullmatch(r"(-?\d+)(?:[,/](\d*))?(?:[,/](\d*))?(?:[,/](\d*))?(?:[,/](\d*))?(?:[,/](\d*))?", text)
        if not match:
            self.report.finding(self.line(where.rsplit("/", 1)[0]), where,
                                f"{text!r} is not a TimelineJS date; write year,month,day as in \"2011,3,23\"")
            raise _Skip
        numbers = [int(g) if g else None for g in match.groups()]
        parts = dict(zip(("year", "month", "day", "hour", "minute", "second"), numbers))
        return self._edtf(parts, where)

    def _slide_safe(self, slide: object, where: str) -> None:
        try:
            self._slide(slide, where)
        except _Skip:
            pass


def media_citation(builder: NativeBuilder, report: ImportReport, media: object,
                   url_key: str = "url") -> dict[str, Any] | None:
    """A citation from a Knight Lab media object: a <blockquote> is the quote, the credit its source,
    a web link its address; other media (images, videos without a credit) are counted."""
    if not isinstance(media, dict):
        return None
    url = media.get(url_key)
    url = url if isinstance(url, str) else ""
    credit = html_text(media.get("credit"))
    quoted = blockquote(url)
    citation: dict[str, Any] = {}
    if credit:
        citation["source"] = builder.source(credit)
    if quoted:
        citation["quote"], speaker = quoted
        if speaker:
            citation["speaker"] = speaker
    elif credit and url.startswith(("http://", "https://")):
        citation["url"] = url
    elif url.strip():
        report.not_imported("media")
    if html_text(media.get("caption")):
        report.not_imported("media captions")
    if media.get("thumbnail"):
        report.not_imported("media thumbnails")
    return citation or None


class _Skip(Exception):
    """This slide is left out; its finding is already reported."""


def _list(value: dict, key: str) -> list:
    found = value.get(key)
    return found if isinstance(found, list) else []


def _dict(value: dict, key: str) -> dict:
    found = value.get(key)
    return found if isinstance(found, dict) else {}


def _part(value: object, key: str) -> object:
    return value.get(key) if isinstance(value, dict) else None


def _number(value: object) -> int | None:
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise ValueError
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        if re.fullmatch(r"[+-]?\d+\.0*", text):
            return int(float(text))
    raise ValueError

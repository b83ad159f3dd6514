"""StoryMapJS stories (Knight Lab): slides in order, each with at most one location.

The slide's ``date`` is free display text: it becomes a date only where it can mean one date
(``29 August 2005``, ``2013``); otherwise the event is undated (``XXXX``) and the text is kept
in its note. The overview slide is the document's title."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .base import (
    UNDATED,
    ImportOptions,
    ImportRefused,
    ImportReport,
    NativeBuilder,
    coordinate,
    headline,
    html_text,
    object_at,
    origin,
    text_at,
    title_from_path,
)
from .free_dates import read_free_date
from .json_source import JsonSource
from .timelinejs3 import media_citation

NAME = "storymapjs"
LABEL = "StoryMapJS JSON"


def detect(head: bytes, path: str) -> bool:
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return body.startswith(b"{") and b'"storymap"' in head and b'"slides"' in head


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict[str, Any]:
    source = JsonSource(path, report)
    raw = source.value
    story = raw.get("storymap") if isinstance(raw, dict) else None
    if not isinstance(story, dict) or not isinstance(story.get("slides"), list):
        raise ImportRefused("a StoryMapJS file is an object with 'storymap' holding a 'slides' list", 1)
    slides = story["slides"]
    source.lines_of([f"/storymap/slides/{i}" for i in range(len(slides))])
    builder = NativeBuilder(title_from_path(path))
    # A story told on an image (a painting, a floor plan) places its slides in pixels, not degrees.
    on_image = bool(story.get("map_as_image")) or story.get("map_type") == "zoomify"
    undated = 0
    for i, slide in enumerate(slides):
        where = f"/storymap/slides/{i}"
        line = source.line(where)
        if not isinstance(slide, dict):
            report.finding(line, where, "a slide is an object with text, date and location; it is left out")
            continue
        text = object_at(slide, "text")
        if i == 0 and slide.get("type") == "overview":  # the title slide; a later overview is a slide
            if headline(text.get("headline")):
                builder.document["title"] = headline(text.get("headline"))
            if html_text(text.get("text")):
                builder.document["description"] = html_text(text.get("text"))
            continue
        event: dict[str, Any] = {"title": headline(text.get("headline")) or f"Slide {i + 1}"}
        written = text_at(slide, "date")
        when = read_free_date(written)
        event["when"] = when or UNDATED
        if when is None:
            undated += 1
        if written.strip() and written.strip() != when:
            event["notes"] = f"Date as written: {' '.join(written.split())}"
        if html_text(text.get("text")):
            event["description"] = html_text(text.get("text"))
        if on_image:
            if isinstance(slide.get("location"), dict) and slide["location"].get("lat") is not None:
                report.not_imported("positions on the story's image (not places on a map)")
        else:
            _location(builder, event, slide.get("location"), report, line, where)
        citation = media_citation(builder, report, slide.get("media"))
        if citation:
            event["citations"] = [citation]
        if slide.get("background"):
            report.not_imported("backgrounds")
        event["origin"] = origin(str(path), line, None, NAME)
        builder.event(event)
    if undated:
        report.warning(None, "", f"{undated:,} slides have no date that can be read; they are undated (XXXX) "
                                 "and keep their date text in the note")
    return builder.build()


def _location(builder: NativeBuilder, event: dict[str, Any], location: object, report: ImportReport,
              line: int, where: str) -> None:
    if not isinstance(location, dict):
        return
    lat = coordinate(location.get("lat"), -90, 90)
    lon = coordinate(location.get("lon"), -180, 180)
    name = str(location.get("name") or "").strip()
    if (location.get("lat") not in (None, "") and lat is None) or (location.get("lon") not in (None, "")
                                                                     and lon is None):
        report.finding(line, where + "/location", "lat and lon are degrees (-90..90, -180..180); the slide "
                                                  "keeps no coordinates", "warning")
        lat = lon = None
    if lat is None or lon is None:
        if not name:
            return
        lat = lon = None
    event["place"] = builder.place(name, lat, lon)
    if location.get("zoom") is not None or location.get("line") is not None or location.get("icon"):
        report.not_imported("map zoom levels, lines and icons")

"""The views sidecar, ``<event file>.views.json``: read with located findings, written diffable and atomically.

The event file is never touched: evidence and analysis stay in separate files,
each under version control. Keys are sorted and indented two spaces, one value
per line where lists of ids are concerned, so a change to one view is a small
diff. A broken view is reported at its line and field and left out; the others
still open.
"""

from __future__ import annotations

import json
import math
import os
from functools import cache
from pathlib import Path

from ..model import json_positions as positions
from ..model.findings import Finding
from ..output.atomic import write_bytes_atomically
from ..resources_path import resource
from .views import FACETS, SavedView, Story, StoryFile, parse_time, time_text

FORMAT = "lagebild-views"
VERSION = 1
SUFFIX = ".views.json"


def sidecar_path(event_file: str | os.PathLike) -> Path:
    path = Path(event_file)
    return path.with_name(path.name + SUFFIX)


def schema_path() -> Path:
    return resource("schema", "lagebild-views-1.schema.json")


@cache
def _validator():
    import jsonschema

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


# -- writing ---------------------------------------------------------------------
def view_as_dict(view: SavedView) -> dict:
    return {
        "name": view.name,
        "title": view.title,
        "caption": view.caption,
        "picture": view.picture,
        "from": time_text(view.start),
        "to": time_text(view.end),
        "lanes": view.lanes,
        "filter": _filter_dict(view),
        "search": view.search,
        "selected": list(view.selected),
        "highlighted": list(view.highlighted),
        "highlight_label": view.highlight_label,
        "map_extent": list(view.map_extent) if view.map_extent is not None else None,
        "theme": view.theme,
        "time_zone": view.time_zone,
        "panes": list(view.panes),
    }


def _filter_dict(view: SavedView) -> dict:
    out: dict = {facet: sorted(values) for facet, values in view.filters if values}
    for key, value in (("from", view.filter_start), ("to", view.filter_end)):
        if math.isfinite(value):
            out[key] = time_text(value)
    return out


def as_dict(stories: StoryFile, event_file: str = "") -> dict:
    out: dict = {"format": FORMAT, "version": VERSION,
                 "stories": [{"name": s.name, "views": [view_as_dict(v) for v in s.views]} for s in stories.stories]}
    if event_file:
        out["event_file"] = event_file
    return out


def as_bytes(stories: StoryFile, event_file: str = "") -> bytes:
    text = json.dumps(as_dict(stories, event_file), indent=2, sort_keys=True, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def write(event_file: str | os.PathLike, stories: StoryFile) -> Path:
    """Write the sidecar of ``event_file`` atomically; the event file itself is refused as a target."""
    return write_bytes_atomically(sidecar_path(event_file), as_bytes(stories, Path(event_file).name),
                                  inputs=(event_file,))


# -- reading ---------------------------------------------------------------------
class _Reader:
    def __init__(self, path: str, data: bytes):
        self.path, self.data = path, data
        self.findings: list[Finding] = []
        self._pointers: list[tuple[Finding, str]] = []

    def add(self, severity, pointer: str, message: str, at_key: bool = False) -> None:
        finding = Finding(severity, message, pointer, self.path, at_key=at_key)
        self.findings.append(finding)
        self._pointers.append((finding, (positions.KEY_MARK if at_key else "") + pointer))

    def locate(self) -> None:
        """Put line and column on every finding, in one pass over the text."""
        wanted = {pointer for _, pointer in self._pointers}
        offsets = positions.locate_offsets(self.data, wanted)
        places = positions.line_columns(self.data, offsets.values())
        for finding, pointer in self._pointers:
            offset = offsets.get(pointer)
            if offset is None and pointer.startswith(positions.KEY_MARK):
                offset = offsets.get(pointer[1:])
            if offset is not None:
                finding.line, finding.column = places[offset]


def _pointer(parts) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _schema_message(error) -> tuple[str, str, bool]:
    """(pointer, message, at_key) for a schema error, worded as what to write."""
    pointer = _pointer(error.absolute_path)
    if error.validator == "additionalProperties":
        known = sorted(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in error.schema.get("properties", {})]
        key = extra[0] if extra else ""
        return (f"{pointer}/{key}", f"unknown field {key!r}; known fields: {', '.join(known)}", True)
    if error.validator == "required":
        return pointer, f"{error.message}; add it", False
    if error.validator == "enum":
        choices = ", ".join(str(c) for c in error.validator_value)
        return pointer, f"{error.instance!r} is not one of {choices}", False
    if error.validator == "const":
        return pointer, f"write {json.dumps(error.validator_value)} here", False
    return pointer, error.message, False


def _time(reader: _Reader, raw: dict, key: str, pointer: str, default: float) -> float:
    value = raw.get(key)
    if value is None:
        return default
    try:
        return parse_time(value)
    except ValueError:
        reader.add("error", f"{pointer}/{key}",
                   f"{value!r} is not a date or time; write e.g. 2025-07-10 or 2025-07-10T14:00:00Z, or null")
        raise


def _view(reader: _Reader, raw: dict, pointer: str) -> SavedView | None:
    try:
        start = _time(reader, raw, "from", pointer, -math.inf)
        end = _time(reader, raw, "to", pointer, math.inf)
    except ValueError:
        return None
    if start >= end:
        reader.add("error", f"{pointer}/to", "the view ends before it starts; write a later 'to' or swap them")
        return None
    chosen = raw.get("filter", {})
    try:
        filter_start = _time(reader, chosen, "from", f"{pointer}/filter", -math.inf)
        filter_end = _time(reader, chosen, "to", f"{pointer}/filter", math.inf)
    except ValueError:
        return None
    filters = tuple((facet, tuple(sorted(set(chosen[facet])))) for facet in FACETS if chosen.get(facet))
    extent = raw.get("map_extent")
    if extent is not None:
        west, south, east, north = (float(v) for v in extent)
        if not (-180 <= west < east <= 180 and -85 <= south < north <= 85):
            reader.add("error", f"{pointer}/map_extent", "write west, south, east, north in degrees, west before "
                       "east and south before north (e.g. [-12, 35, 40, 60]), or null to fit the events")
            extent = None
        else:
            extent = (west, south, east, north)
    return SavedView(
        name=raw["name"], title=raw.get("title", ""), caption=raw.get("caption", ""),
        picture=raw.get("picture", "page"), start=start, end=end, lanes=raw.get("lanes", "segment"),
        filters=filters, search=raw.get("search", ""), filter_start=filter_start, filter_end=filter_end,
        selected=tuple(raw.get("selected", ())),
        highlighted=tuple(raw.get("highlighted", ())), highlight_label=raw.get("highlight_label", ""),
        map_extent=extent, theme=raw.get("theme", "light"), time_zone=raw.get("time_zone", "utc"),
        panes=tuple(raw.get("panes", ())))


def parse(data: bytes, path: str = "<memory>") -> tuple[StoryFile, list[Finding]]:
    """The stories of a sidecar's bytes and what is wrong with them, each finding at its line and field.
    A view with an error is left out; a file that is not a views file gives no stories."""
    reader = _Reader(path, data)
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        line, column = positions.line_column(data, exc.start)
        return StoryFile(), [Finding("error", "not UTF-8 text; save the file as UTF-8", "", path, line, column)]
    except json.JSONDecodeError as exc:
        return StoryFile(), [Finding("error", f"not valid JSON: {exc.msg}", "", path, exc.lineno, exc.colno)]
    broken: set[tuple] = set()  # (story index,) or (story index, view index) with a schema error
    for error in sorted(_validator().iter_errors(raw), key=lambda e: list(map(str, e.absolute_path))):
        pointer, message, at_key = _schema_message(error)
        reader.add("error", pointer, message, at_key)
        where = list(error.absolute_path)
        if len(where) >= 2 and where[0] == "stories":
            broken.add(tuple(where[1:4:2]) if len(where) >= 4 and where[2] == "views" else (where[1],))
    stories = StoryFile()
    if isinstance(raw, dict) and isinstance(raw.get("stories"), list):
        for i, story in enumerate(raw["stories"]):
            if (i,) in broken or not isinstance(story, dict):
                continue
            views = []
            for j, item in enumerate(story.get("views", [])):
                if (i, j) in broken:
                    continue
                view = _view(reader, item, f"/stories/{i}/views/{j}")
                if view is not None:
                    views.append(view)
            stories.stories.append(Story(story["name"], tuple(views)))
    reader.locate()
    return stories, reader.findings


def read(event_file: str | os.PathLike) -> tuple[StoryFile, list[Finding]]:
    """The sidecar of ``event_file``: no file is no stories and no findings."""
    path = sidecar_path(event_file)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return StoryFile(), []
    except OSError as exc:
        return StoryFile(), [Finding("error", f"cannot be read: {exc.strerror or exc}", "", str(path))]
    return parse(data, str(path))

"""ACLED CSV exports (Armed Conflict Location & Event Data), the 2023 columns and the older ones.

Each row becomes an event: its date as precise as ACLED codes it (``time_precision`` 1 a day,
2 one day in the week around the coded date, 3 the month), its actors and associated actors
with their ACLED actor type, the place with its administrative levels and coordinates (and
how precise ACLED says they are), the event type as a segment or a tag, the sub-event type,
disorder type and ACLED's tags as tags, every named source as a cited source, ACLED's notes
as the description and the fatalities in the notes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .base import ImportOptions, ImportRefused, ImportReport
from .column_tools import (
    NO_DAY,
    Ids,
    days_from_text,
    iso_days,
    no_collection,
    numbers,
    shared,
    shared_rows,
    unique_event_ids,
)
from .delimited import RowReader, header_names, line_text, open_source

NAME = "acled"
LABEL = "ACLED CSV export"

DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d %B %Y", "%d-%B-%Y", "%d-%b-%Y", "%d %b %Y", "%d/%m/%Y")
# ACLED's actor types (inter codes); exports since 2024 may write the words instead of the digit
INTER = {"1": "State forces", "2": "Rebel group", "3": "Political militia", "4": "Identity militia",
         "5": "Rioters", "6": "Protesters", "7": "Civilians", "8": "External/Other forces"}
INTER_KIND = {"1": "organisation", "2": "group", "3": "group", "4": "group", "5": "group", "6": "group",
              "7": "group", "8": "other"}
GEO_PRECISION = {"2": "near this place or in part of its region (ACLED geo_precision 2)",
                 "3": "somewhere in this larger region (ACLED geo_precision 3)"}
USED = {"event_id_cnty", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "civilian_targeting",
        "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags"}
# Columns that say again what the event already holds
DERIVED = {"year", "interaction", "event_id_no_cnty", "iso3"}
NOT_HELD = {"iso": "country codes (iso)", "region": "world regions (region)",
            "timestamp": "times ACLED last changed the event (timestamp)", "data_id": "ACLED row ids (data_id)"}


def detect(head: bytes, path: str) -> bool:
    first = head.split(b"\n", 1)[0].lower()
    return b"event_id_cnty" in first and b"event_date" in first and b"," in first


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict:
    with no_collection():
        return _read(Path(path), report, options)


def _read(path: Path, report: ImportReport, options: ImportOptions) -> dict:
    source = open_source(Path(path))
    for line, message in source.notes:
        report.warning(line, "", message)
    names = header_names(source, ",", True)
    lower = [name.lower() for name in names]
    missing = [name for name in ("event_date",) if name not in lower]
    if missing:
        raise ImportRefused("the header has no event_date column: an ACLED export starts with "
                            "event_id_cnty,event_date,year,time_precision,…", 1)
    reader = RowReader(source, lower, delimiter=",")
    state = _State(Path(path).name, options)
    for batch in reader.batches():
        state.add(batch, report)
    for bad in reader.bad_rows:
        report.finding(bad.line, "", f"this row has {bad.fields} fields where the header has {len(names)}: "
                                       f"it is left out ({line_text(bad.text)})")
    for name in lower:
        if name in USED or name in DERIVED or not name:
            continue
        kind = NOT_HELD.get(name, f"column '{name}'")
        report.not_imported(kind, state.written.get(name, 0))
    unique_event_ids(state.events, report, "event_id_cnty")
    return _document(path, state.events, state.segments, state.actors, state.places, state.sources, options)


class _State:
    """What the batches build up: events and the records they refer to, each made once."""

    def __init__(self, file_name: str, options: ImportOptions):
        self.file_name = file_name
        self.as_segments = options.groups_as != "tags"
        self.events: list[dict] = []
        self.segments: dict[str, dict] = {}
        self.actors: dict[str, dict] = {}
        self.places: dict[str, dict] = {}
        self.sources: dict[str, dict] = {}
        self.written: dict[str, int] = {}
        self.ids = {kind: Ids(prefix) for kind, prefix in
                    (("actor", ""), ("place", ""), ("source", ""), ("segment", ""))}
        self.caches: dict[str, dict] = {kind: {} for kind in
                                        ("actor", "assoc", "pairs", "place", "citations", "segments", "tags", "notes")}

    def add(self, batch, report: ImportReport) -> None:
        for name, column in batch.columns.items():
            if name not in USED:
                self.written[name] = self.written.get(name, 0) + int(pc.sum(pc.not_equal(column, "")).as_py() or 0)
        days = days_from_text(batch.text("event_date"), DATE_FORMATS)
        undated = days == NO_DAY
        if undated.any():
            dates = batch.text("event_date").to_pylist()
            for k in np.flatnonzero(undated).tolist():
                written = dates[k].strip()
                report.finding(int(batch.lines[k]), "event_date",
                               f"'{written}' is not a date: write it as YYYY-MM-DD, e.g. 2022-06-30; the row is "
                               "left out" if written else "the date is empty: the row is left out")
            batch, days = batch.filter(~undated), days[~undated]
            if not len(batch):
                return
        col = batch.text
        when = _when(days, col("time_precision"), batch.lines, report)
        title = _titles(col("sub_event_type"), col("event_type"), col("location"), col("event_id_cnty"))
        ids = pc.utf8_trim_whitespace(col("event_id_cnty")).to_pylist()
        description = col("notes").to_pylist()
        notes = self._notes(batch, report)
        place = self._places(batch, report)
        actors = self._actors(batch)
        segments, tags = self._groups(batch)
        citations = shared(col("source"), self._citations, self.caches["citations"])
        file_name = self.file_name
        events = [{"id": ident, "title": head, "when": day, "description": text, "place": where, "actors": who,
                   "segments": group, "tags": labels, "citations": cited, "notes": note,
                   "origin": {"file": file_name, "line": line, "id": ident, "format": NAME}}
                  for ident, head, day, text, where, who, group, labels, cited, note, line
                  in zip(ids, title, when, description, place, actors, segments, tags, citations, notes,
                         batch.lines.tolist())]
        for event in events:  # leave out what a row does not have, as a written file would
            if not (event["description"] and event["place"] and event["actors"] and event["segments"]
                    and event["tags"] and event["citations"] and event["notes"] and event["id"]):
                for key in ("description", "place", "actors", "segments", "tags", "citations", "notes"):
                    if not event[key]:
                        del event[key]
                if not event["id"]:
                    event["id"], event["origin"]["id"] = f"line-{event['origin']['line']}", None
        self.events.extend(events)

    def _notes(self, batch, report: ImportReport) -> list[str]:
        """Fatalities, how precise the place is and the scale of the sources, one line each; rows that
        say the same share one text."""
        fatalities, bad = numbers(batch.text("fatalities"))
        for k in np.flatnonzero(bad).tolist():
            report.warning(int(batch.lines[k]), "fatalities",
                           f"'{batch.text('fatalities')[k].as_py()}' is not a number: the fatalities are left out")
        counted = pc.if_else(pa.array(np.isnan(fatalities)), "", pc.utf8_trim_whitespace(batch.text("fatalities")))
        return shared_rows([counted, pc.utf8_trim_whitespace(batch.text("geo_precision")), batch.text("source_scale")],
                           _note, self.caches["notes"])

    def _places(self, batch, report: ImportReport) -> list[str | None]:
        lat, bad_lat = numbers(batch.text("latitude"))
        lon, bad_lon = numbers(batch.text("longitude"))
        outside = (np.abs(lat) > 90) | (np.abs(lon) > 180)
        for k in np.flatnonzero(bad_lat | bad_lon | outside).tolist():
            report.warning(int(batch.lines[k]), "latitude" if bad_lat[k] or abs(lat[k]) > 90 else "longitude",
                           f"the coordinates {batch.text('latitude')[k].as_py()}, "
                           f"{batch.text('longitude')[k].as_py()} are not a latitude and a longitude: "
                           "the place is kept without them")
        usable = pa.array(~(np.isnan(lat) | np.isnan(lon) | outside))
        nothing = pa.scalar("", pa.string())
        lat_text = pc.if_else(usable, pc.utf8_trim_whitespace(batch.text("latitude")), nothing)
        lon_text = pc.if_else(usable, pc.utf8_trim_whitespace(batch.text("longitude")), nothing)
        parts = [batch.text(name) for name in ("location", "admin3", "admin2", "admin1", "country")]
        return shared_rows([*parts, lat_text, lon_text], self._place, self.caches["place"])

    def _place(self, location: str, admin3: str, admin2: str, admin1: str, country: str, lat: str,
               lon: str) -> str | None:
        names = []
        for part in (location, admin3, admin2, admin1, country):
            part = part.strip()
            if part and part not in names:
                names.append(part)
        if not names and not lat:
            return None
        name = ", ".join(names) or f"{lat}, {lon}"
        ident = self.ids["place"].new(", ".join(names[:1] + names[-1:]) or name)
        record: dict = {"id": ident, "name": name}
        if lat:
            record["lat"], record["lon"] = float(lat), float(lon)
        self.places[ident] = record
        return ident

    def _actors(self, batch) -> list[list[str]]:
        """Actor 1, its associated actors, actor 2 and its associated actors, each once; rows with
        the same two actors and no associated ones share one list."""
        col = batch.text
        ones = shared_rows([col("actor1"), col("inter1")], self._actor, self.caches["actor"])
        twos = shared_rows([col("actor2"), col("inter2")], self._actor, self.caches["actor"])
        assoc1 = shared(col("assoc_actor_1"), self._associated, self.caches["assoc"])
        assoc2 = shared(col("assoc_actor_2"), self._associated, self.caches["assoc"])
        pairs = self.caches["pairs"]
        out = []
        for one, with_one, two, with_two in zip(ones, assoc1, twos, assoc2):
            if with_one or with_two:
                ids = [ident for ident in (one, *with_one, two, *with_two) if ident]
                out.append(list(dict.fromkeys(ids)))
                continue
            known = pairs.get((one, two))
            if known is None:
                known = pairs[(one, two)] = list(dict.fromkeys(ident for ident in (one, two) if ident))
            out.append(known)
        return out

    def _actor(self, name: str, inter: str) -> str | None:
        return self._actor_named(name.strip(), inter.strip())

    def _actor_named(self, name: str, inter: str = "") -> str | None:
        if not name:
            return None
        known = self.actors.get(name)
        if known is None:
            known = {"id": self.ids["actor"].new(name), "name": name}
            self.actors[name] = known
        if inter and "description" not in known:
            label = INTER.get(inter, inter)
            known["description"] = f"ACLED actor type: {label}" + (f" (inter code {inter})" if inter in INTER else "")
            kind = INTER_KIND.get(inter) or _kind_of_label(inter)
            if kind != "other":
                known["kind"] = kind
        return known["id"]

    def _associated(self, text: str) -> list[str]:
        ids = [self._actor_named(part.strip()) for part in text.split(";")]
        return [ident for ident in ids if ident]

    def _groups(self, batch) -> tuple[list, list]:
        event_type = batch.text("event_type")
        columns = [event_type, batch.text("sub_event_type"), batch.text("disorder_type"),
                   batch.text("civilian_targeting"), batch.text("tags")]
        segments = shared(event_type, self._segment, self.caches["segments"]) if self.as_segments \
            else [[] for _ in range(len(batch))]
        tags = shared_rows(columns, self._tags, self.caches["tags"])
        return segments, tags

    def _segment(self, event_type: str) -> list[str]:
        event_type = event_type.strip()
        if not event_type:
            return []
        if event_type not in self.segments:
            self.segments[event_type] = {"id": self.ids["segment"].new(event_type), "label": event_type}
        return [self.segments[event_type]["id"]]

    def _tags(self, event_type: str, sub_event_type: str, disorder_type: str, civilian_targeting: str,
              acled_tags: str) -> list[str]:
        tags = [] if self.as_segments else [event_type]
        tags += [sub_event_type, disorder_type, civilian_targeting]
        tags += acled_tags.split(";")
        return list(dict.fromkeys(tag.strip() for tag in tags if tag.strip()))

    def _citations(self, text: str) -> list[dict]:
        citations = []
        for name in dict.fromkeys(part.strip() for part in text.split(";")):
            if not name:
                continue
            if name not in self.sources:
                self.sources[name] = {"id": self.ids["source"].new(name), "name": name}
            citations.append({"source": self.sources[name]["id"]})
        return citations


def _note(fatalities: str, geo_precision: str, scale: str) -> str:
    parts = []
    if fatalities:
        parts.append(f"Fatalities reported (ACLED): {int(float(fatalities))}")
    if geo_precision in GEO_PRECISION:
        parts.append(f"Location: {GEO_PRECISION[geo_precision]}")
    if scale:
        parts.append(f"Scale of the sources (ACLED): {scale}")
    return "\n".join(parts)


def _kind_of_label(label: str) -> str:
    low = label.lower()
    if low.startswith("state"):
        return "organisation"
    if low.startswith(("external", "other")):
        return "other"
    return "group"


def _when(days: np.ndarray, precision: pa.Array, lines: np.ndarray, report: ImportReport) -> list[str]:
    """EDTF for each row: the day, one day of the seven around it, or the month."""
    # 1, 2, 3 (a spreadsheet may have written 1.0)
    code = pc.replace_substring_regex(pc.utf8_trim_whitespace(precision), r"^([0-9]+)\.0*$", r"\1")
    code = code.to_numpy(zero_copy_only=False).astype(str)
    when = iso_days(days)
    week = np.flatnonzero(code == "2")
    if len(week):
        first, last = iso_days(days[week] - 3), iso_days(days[week] + 3)
        for k, start, end in zip(week.tolist(), first, last):
            when[k] = f"[{start}..{end}]"
    for k in np.flatnonzero(code == "3").tolist():
        when[k] = when[k][:7]
    for k in np.flatnonzero(~np.isin(code, ("", "1", "2", "3"))).tolist():
        report.warning(int(lines[k]), "time_precision",
                       f"'{code[k]}' is not an ACLED time precision (1, 2 or 3): the date is kept as a day")
    return when


def _titles(sub_event_type, event_type, location, ids) -> list[str]:
    """'Peaceful protest in Buenos Aires': what happened and where, as ACLED names them."""
    what = pc.if_else(pc.equal(sub_event_type, ""), event_type, sub_event_type)
    what = pc.if_else(pc.equal(what, ""), pc.binary_join_element_wise("ACLED event", ids, " "), what)
    joined = pc.binary_join_element_wise(what, location, " in ")
    return pc.if_else(pc.equal(location, ""), what, joined).to_pylist()


def _document(path, events, segments, actors, places, sources, options) -> dict:
    name = Path(path).name
    document: dict = {"format": "lagebild-events", "version": "1.1",
                      "document": {"title": f"ACLED: {name}",
                                   "description": f"Imported from the ACLED export {name}."}}
    for key, records in (("segments", segments), ("actors", actors), ("places", places), ("sources", sources)):
        if records:
            document[key] = list(records.values())
    document["events"] = events
    return document

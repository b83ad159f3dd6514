"""GDELT event files: 1.0 (57 columns, 58 with the source address since April 2013) and 2.0
(61 columns), tab-separated without a header, plain or zipped, widths mixed in one file.

Each row becomes an event on its day (``SQLDATE``), titled by its actors and its CAMEO root
event; the CAMEO codes are tags (the root code a segment or a tag), the action's place is the
event's place, the article (``SOURCEURL``) is its citation from a source named by the web
site, and GDELT's measures (Goldstein scale, mentions, tone), where the actors were and when
GDELT added the event are written in the notes.
"""

from __future__ import annotations

import re
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
    joined_lines,
    lookup,
    no_collection,
    phrase,
    present,
    shared,
    shared_rows,
    unique_event_ids,
)
from .delimited import Batch, RowReader, line_text, open_source

NAME = "gdelt"
LABEL = "GDELT event file"

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_EVENT = ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
          "NumMentions", "NumSources", "NumArticles", "AvgTone")


def _columns(version: int, with_url: bool) -> list[str]:
    geo = ["Type", "FullName", "CountryCode", "ADM1Code"] + (["ADM2Code"] if version == 2 else []) + \
        ["Lat", "Long", "FeatureID"]
    names = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    names += [f"Actor1{part}" for part in _ACTOR] + [f"Actor2{part}" for part in _ACTOR] + list(_EVENT)
    for block in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
        names += [f"{block}_{part}" for part in geo]
    return names + ["DATEADDED"] + (["SOURCEURL"] if with_url else [])


WIDTHS = {57: _columns(1, False), 58: _columns(1, True), 61: _columns(2, True)}
CAMEO_ROOT = {"01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
              "04": "Consult", "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation",
              "07": "Provide aid", "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove",
              "12": "Reject", "13": "Threaten", "14": "Protest", "15": "Exhibit force posture",
              "16": "Reduce relations", "17": "Coerce", "18": "Assault", "19": "Fight",
              "20": "Use unconventional mass violence"}
QUAD_CLASS = {"1": "Verbal cooperation", "2": "Material cooperation", "3": "Verbal conflict",
              "4": "Material conflict"}
GEO_EXTENT = {"1": "the country as a whole", "2": "a US state as a whole", "5": "a state or province as a whole"}
_ROW_START = re.compile(rb"^\d+\t\d{8}\t")


def detect(head: bytes, path: str) -> bool:
    if head.startswith(b"PK\x03\x04"):
        name = Path(path).name.lower()
        return name.endswith((".export.csv.zip", ".csv.zip")) and name[:8].isdigit()
    first = head.split(b"\n", 1)[0].rstrip(b"\r")
    return bool(_ROW_START.match(first)) and first.count(b"\t") + 1 in WIDTHS


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict:
    with no_collection():
        return _read(Path(path), report, options)


def _read(path: Path, report: ImportReport, options: ImportOptions) -> dict:
    try:
        source = open_source(Path(path))
    except (ValueError, OSError) as problem:  # a zip of several files, or a broken zip
        raise ImportRefused(f"the file cannot be read as a GDELT zip: {problem}") from problem
    for line, message in source.notes:
        report.warning(line, "", message)
    first = source.head(1 << 20).split(b"\n", 1)[0].rstrip(b"\r")
    width = first.count(b"\t") + 1
    state = _State(Path(path).name, options)
    if width not in WIDTHS:
        raise ImportRefused(f"the first row has {width} fields: a GDELT event file has 57, 58 or 61 "
                            "tab-separated fields per row", 1)
    reader = RowReader(source, WIDTHS[width], delimiter="\t", quoting=False, header=False, keep_bad_text=True)
    for batch in reader.batches():
        state.add(batch, report)
    others: dict[int, list] = {}
    for bad in reader.bad_rows:
        if bad.fields in WIDTHS:
            others.setdefault(bad.fields, []).append(bad)
        else:
            report.finding(bad.line, "", f"this row has {bad.fields} fields; GDELT rows have 57, 58 or 61: "
                                           f"it is left out ({line_text(bad.text)})")
    for fields, rows in others.items():  # a file that mixes 1.0 and 2.0 rows
        cells = [bad.text.rstrip("\r").split("\t") for bad in rows]
        columns = {name: pa.array([row[k] for row in cells], pa.string()) for k, name in enumerate(WIDTHS[fields])}
        state.add(Batch(columns, np.array([bad.line for bad in rows], np.int64)), report)
    if others:
        state.events.sort(key=lambda event: event["origin"]["line"])
    report.not_imported("GDELT administrative codes of places (ADM1Code, ADM2Code)", state.admin_codes)
    unique_event_ids(state.events, report, "GLOBALEVENTID")
    return _document(path, state)


class _State:
    def __init__(self, file_name: str, options: ImportOptions):
        self.file_name = file_name
        self.as_segments = options.groups_as != "tags"
        self.events: list[dict] = []
        self.segments: dict[str, dict] = {}
        self.actors: dict[tuple[str, str], dict] = {}  # keyed by CAMEO code and name
        self.places: dict[str, dict] = {}
        self.sources: dict[str, dict] = {}
        self.admin_codes = 0
        self.ids = {kind: Ids("") for kind in ("actor", "place", "source", "segment")}
        self.caches: dict[str, dict] = {kind: {} for kind in ("actor", "place", "groups", "source", "title")}

    def add(self, batch: Batch, report: ImportReport) -> None:
        col = batch.text
        days = days_from_text(col("SQLDATE"), ("%Y%m%d",))
        undated = days == NO_DAY
        if undated.any():
            for k in np.flatnonzero(undated).tolist():
                report.finding(int(batch.lines[k]), "SQLDATE", f"'{col('SQLDATE')[k].as_py()}' is not a date "
                                                               "written YYYYMMDD: the row is left out")
            batch, days = batch.filter(~undated), days[~undated]
            if not len(batch):
                return
            col = batch.text
        when = iso_days(days)
        for name in ("ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "Actor1Geo_ADM1Code", "Actor2Geo_ADM1Code"):
            if name in batch.columns:
                self.admin_codes += int(pc.sum(pc.not_equal(col(name), "")).as_py() or 0)
        actors = list(map(_pair, self._actor_column(batch, "Actor1"), self._actor_column(batch, "Actor2")))
        place = self._place_column(batch, "ActionGeo")
        groups = shared_rows([col("EventCode"), col("EventRootCode"), col("QuadClass"), col("IsRootEvent"),
                              col("ActionGeo_Type")], self._groups, self.caches["groups"])
        titles = self._titles(batch)
        citations = self._citations(batch)
        notes = self._notes(batch, report)
        ids = pc.utf8_trim_whitespace(col("GLOBALEVENTID")).to_pylist()
        lines = batch.lines.tolist()
        file_name = self.file_name
        events = [{"id": ident, "title": title, "when": day, "place": where, "actors": who, "segments": group[0],
                   "tags": group[1], "citations": cited, "notes": note,
                   "origin": {"file": file_name, "line": line, "id": ident, "format": NAME}}
                  for ident, title, day, where, who, group, cited, note, line
                  in zip(ids, titles, when, place, actors, groups, citations, notes, lines)]
        for event in events:  # leave out what a row does not have, as a written file would
            if not (event["place"] and event["actors"] and event["segments"] and event["tags"] and event["citations"]
                    and event["notes"] and event["id"]):
                for key in ("place", "actors", "segments", "tags", "citations", "notes"):
                    if not event[key]:
                        del event[key]
                if not event["id"]:
                    event["id"], event["origin"]["id"] = f"line-{event['origin']['line']}", None
        self.events.extend(events)

    def _actor_column(self, batch: Batch, prefix: str) -> list[str | None]:
        """An actor is its CAMEO code and name; the code's parts are read from the first row that has it."""
        parts = [batch.text(f"{prefix}{part}") for part in _ACTOR]
        return shared_rows(parts[:2], self._actor, self.caches["actor"], tuple(parts[2:]))

    def _actor(self, code: str, name: str, country: str, group: str, ethnic: str, religion1: str, religion2: str,
               type1: str, type2: str, type3: str) -> str | None:
        key = (code, name)
        if not (code or name):
            return None
        record: dict = {"id": self.ids["actor"].new(f"{name} {code}" if name and code else name or code),
                        "name": name or code}
        details = [f"CAMEO actor code {code}" if code else ""]
        for label, value in (("country", country), ("known group", group), ("ethnic group", ethnic),
                             ("religion", " ".join(filter(None, (religion1, religion2)))),
                             ("type", " ".join(filter(None, (type1, type2, type3))))):
            if value:
                details.append(f"{label} {value}")
        record["description"] = "; ".join(filter(None, details)) + " (GDELT)"
        if code and code == country and not (group or type1):
            record["kind"] = "state"
        self.actors[key] = record
        return record["id"]

    def _place_column(self, batch: Batch, block: str) -> list[str | None]:
        columns = [batch.text(f"{block}_{part}") for part in ("FullName", "Lat", "Long", "Type")]
        return shared_rows(columns[:3], self._place, self.caches["place"], (columns[3],))

    def _place(self, name: str, lat: str, lon: str, kind: str) -> str | None:
        if kind in ("", "0") or not name:
            return None
        record: dict = {"id": self.ids["place"].new(name), "name": name}
        try:
            lat_value, lon_value = float(lat), float(lon)
        except ValueError:
            lat_value = lon_value = float("nan")
        if abs(lat_value) <= 90 and abs(lon_value) <= 180:
            record["lat"], record["lon"] = lat_value, lon_value
        self.places[record["id"]] = record
        return record["id"]

    def _groups(self, code: str, root: str, quad: str, is_root: str, extent: str) -> tuple[list[str], list[str]]:
        code, root, quad = code.strip(), root.strip(), quad.strip()
        tags = [f"CAMEO {code}"] if code else []
        segments: list[str] = []
        root_label = f"CAMEO {root} {CAMEO_ROOT[root]}" if root in CAMEO_ROOT else (f"CAMEO {root}" if root else "")
        if root_label:
            if self.as_segments:
                if root_label not in self.segments:
                    self.segments[root_label] = {"id": self.ids["segment"].new(root_label), "label": root_label}
                segments = [self.segments[root_label]["id"]]
            else:
                tags.append(root_label)
        if quad in QUAD_CLASS:
            tags.append(QUAD_CLASS[quad])
        if is_root.strip() == "1":
            tags.append("GDELT root event")  # reported in a lead paragraph
        if extent.strip() in GEO_EXTENT:
            tags.append(f"place: {GEO_EXTENT[extent.strip()]}")
        return segments, tags

    def _titles(self, batch: Batch) -> list[str]:
        """'UNITED STATES → CHINA: Consult (040)': the actors as GDELT names them and the CAMEO root event."""
        col = batch.text
        who1 = pc.coalesce(present(col("Actor1Name")), present(col("Actor1Code")))
        who2 = pc.coalesce(present(col("Actor2Name")), present(col("Actor2Code")))
        what = pc.coalesce(lookup(col("EventRootCode"), CAMEO_ROOT), "Event")
        what = pc.coalesce(phrase(what, " (", present(col("EventCode")), ")"), what)
        title = pc.coalesce(phrase(who1, " → ", who2, ": ", what), phrase(pc.coalesce(who1, who2), ": ", what), what)
        return title.to_pylist()

    def _citations(self, batch: Batch) -> list[list[dict]]:
        """The article as a citation of the web site that published it."""
        urls = batch.text("SOURCEURL")
        linked = pc.match_substring_regex(urls, r"^https?://[^/?#]")
        parts = pc.split_pattern(pc.binary_join_element_wise(pc.utf8_lower(urls), "///", ""), "/", max_splits=3)
        host = pc.list_element(parts, 2)  # https: / (empty) / host / the rest
        host = pc.replace_substring_regex(host, r"^(?:[^@]*@)?(?:www\.)?([^:]*).*$", r"\1")
        site = pc.if_else(linked, host, urls)
        source = shared(site, self._source, self.caches["source"])
        links = urls.to_pylist()
        return [([{"source": ident, "url": link}] if is_link else [{"source": ident}]) if ident else []
                for ident, link, is_link in zip(source, links, linked.to_numpy(zero_copy_only=False).tolist())]

    def _source(self, site: str) -> str | None:
        site = site.strip()
        if not site:
            return None
        record = {"id": self.ids["source"].new(site), "name": site}
        self.sources[site] = record
        return record["id"]

    def _notes(self, batch: Batch, report: ImportReport) -> list[str]:
        """GDELT's measures, where the actors were and when GDELT added the event, one line each,
        built a column at a time."""
        col = batch.text
        measures = phrase("GDELT: Goldstein ", col("GoldsteinScale"), "; ", col("NumMentions"), " mentions, ",
                          col("NumSources"), " sources, ", col("NumArticles"), " articles; tone ", col("AvgTone"))
        added = pc.replace_substring_regex(pc.utf8_trim_whitespace(col("DATEADDED")),
                                           r"^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$", r"\1-\2-\3 \4:\5:\6 UTC")
        added = pc.replace_substring_regex(added, r"^(\d{4})(\d{2})(\d{2})$", r"\1-\2-\3")
        return joined_lines(measures, self._where(batch, "Actor1"), self._where(batch, "Actor2"),
                            phrase("Added: ", present(added)))

    def _where(self, batch: Batch, actor: str) -> pa.Array:
        block = f"{actor}Geo"
        col = batch.text
        located = pc.and_(pc.not_equal(col(f"{block}_Type"), "0"), pc.not_equal(col(f"{block}_FullName"), ""))
        name = pc.if_else(located, col(f"{block}_FullName"), pa.scalar(None, pa.string()))
        return phrase(f"Actor {actor[-1]} in ", name, " (", col(f"{block}_Lat"), ", ", col(f"{block}_Long"), ")")


def _pair(one: str | None, two: str | None) -> list[str]:
    if one and two:
        return [one, two] if one != two else [one]
    return [one or two] if (one or two) else []  # type: ignore[list-item]


def _document(path, state: _State) -> dict:
    name = Path(path).name
    document: dict = {"format": "lagebild-events", "version": "1.1",
                      "document": {"title": f"GDELT: {name}",
                                   "description": f"Imported from the GDELT event file {name}. "
                                                  "Source: the GDELT Project, https://www.gdeltproject.org/"}}
    for key, records in (("segments", state.segments), ("actors", state.actors), ("places", state.places),
                         ("sources", state.sources)):
        if records:
            document[key] = list(records.values())
    document["events"] = state.events
    return document

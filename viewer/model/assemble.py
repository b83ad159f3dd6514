"""Turn checked records into a Document: unique ids, references, geometry, columns."""

from __future__ import annotations

from typing import Any

from .date_advice import date_message
from .dates import DateError, resolve_cached
from .document import Document
from .event_fields import BATCH, EventFields
from .event_table import build_event_table
from .event_texts import EventRecords, IdIndex
from .findings import Findings, pointer
from .progress import CancelFn, LoadCancelled, ProgressFn, Stages
from .records import DocumentInfo
from .wording import counted

__all__ = ["LoadCancelled", "assemble"]


def _unique(key: str, records: list, findings: Findings) -> tuple[list, list[int], dict[str, int]]:
    """Records with unique ids, their positions in the file, and id -> row."""
    kept: list = []
    origins: list[int] = []
    index: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    for position, record in enumerate(records):
        if record is None:
            continue
        if record.id in index:
            findings.error(pointer(key, position, "id"),
                           f"duplicate id '{record.id}' (first used at {key}[{first_seen[record.id]}]); "
                           "this one is ignored")
            continue
        index[record.id] = len(kept)
        first_seen[record.id] = position
        kept.append(record)
        origins.append(position)
    return kept, origins, index


def _check_geometry(key: str, records: list, origins: list[int], findings: Findings) -> None:
    from .geo import validate_geometry

    for record, position in zip(records, origins):
        if record.geometry is None:
            continue
        problems = validate_geometry(record.geometry)
        for problem in problems:
            findings.error(pointer(key, position, "geometry"), f"{problem}; the geometry is not drawn")
        if problems:
            record.geometry = None


def assemble(info: DocumentInfo, lists: dict[str, Any], path: str, findings: Findings,
             progress: ProgressFn | None = None, is_cancelled: CancelFn | None = None) -> Document:
    stages = Stages(progress, is_cancelled)
    stages.report(0.3, "Checking records")
    segments, segment_origins, segment_index = _unique("segments", lists["segments"], findings)
    actors, actor_origins, actor_index = _unique("actors", lists["actors"], findings)
    places, place_origins, place_index = _unique("places", lists["places"], findings)
    sources, source_origins, source_index = _unique("sources", lists["sources"], findings)
    eras_all, era_origins, _ = _unique("eras", lists["eras"], findings)

    _check_geometry("segments", segments, segment_origins, findings)
    _check_geometry("places", places, place_origins, findings)
    for place, position in zip(places, place_origins):
        if (place.lat is None) != (place.lon is None):
            findings.warning(pointer("places", position), "has only one of 'lat' and 'lon'; it is not placed")
    for segment, position in zip(segments, segment_origins):
        for j, actor_id in enumerate(segment.actors):
            if actor_id not in actor_index:
                findings.unknown_reference(pointer("segments", position, "actors", j), "actor", actor_id,
                                           actor_index)
    for source, position in zip(sources, source_origins):
        for j, origin in enumerate(source.derived_from):
            if origin == source.id:
                findings.warning(pointer("sources", position, "derived_from", j),
                                 "a source cannot rely on itself; list the sources it carries or retells")
            elif origin not in source_index:
                findings.unknown_reference(pointer("sources", position, "derived_from", j), "source", origin,
                                           source_index)
    for actor, position in zip(actors, actor_origins):
        if actor.parent and actor.parent not in actor_index:
            findings.unknown_reference(pointer("actors", position, "parent"), "actor", actor.parent, actor_index)

    eras = []
    for era, position in zip(eras_all, era_origins):
        try:
            resolve_cached(era.when)
            eras.append(era)
        except DateError as exc:
            findings.error(pointer("eras", position, "when"),
                           f"{date_message(era.when, str(exc))}; the era is left out")

    written = lists["events"]
    if isinstance(written, EventFields):
        events_read = written
    else:  # records checked one by one: read them in batches too
        events_read = EventFields()
        for start in range(0, len(written), BATCH):
            events_read.add(written[start:start + BATCH], start)
    columns, texts, tags = build_event_table(events_read, {
        "segments": segment_index, "actors": actor_index, "places": place_index, "sources": source_index,
    }, sources, findings, stages)
    events = EventRecords(texts, columns, [s.id for s in segments], [a.id for a in actors], tags)
    stages.report(1.0, f"Read {counted(len(events), 'event')}")
    return Document(
        path=path,
        info=info,
        segments=segments,
        actors=actors,
        places=places,
        sources=sources,
        eras=eras,
        events=events,
        columns=columns,
        texts=texts,
        tags=tags,
        segment_index=segment_index,
        actor_index=actor_index,
        place_index=place_index,
        source_index=source_index,
        event_index=IdIndex(texts.id),
    )

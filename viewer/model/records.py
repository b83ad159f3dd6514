"""The records of a Lagebild event file, as typed structures.

These classes are the single definition of the native format: the loader
decodes straight into them, and the JSON Schema in ``resources/schema`` is
generated from them (``python -m viewer.model.schema``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from .translation import QT_TRANSLATE_NOOP

FORMAT_NAME = "lagebild-events"
FORMAT_VERSION = "1.1"

Id = Annotated[str, Meta(min_length=1, max_length=200,
                         description="Identifier, unique within its list.")]
Colour = Annotated[str, Meta(pattern=r"^#[0-9A-Fa-f]{6}$", description="Colour as #RRGGBB.")]
EdtfText = Annotated[str, Meta(min_length=1, max_length=500,
                               description="A date in the Extended Date/Time Format (EDTF, ISO 8601-2).")]
Latitude = Annotated[float, Meta(ge=-90, le=90)]
Longitude = Annotated[float, Meta(ge=-180, le=180)]

ActorKind = Literal["state", "organisation", "person", "group", "other"]
SourceKind = Literal["newspaper", "agency", "broadcaster", "official", "anonymous",
                     "social-media", "expert", "ngo", "other"]
EventStatus = Literal["occurred", "reported", "planned", "hypothetical", "disputed"]
Reliability = Literal["A", "B", "C", "D", "E", "F"]
Credibility = Annotated[int, Meta(ge=1, le=6)]

# Records are frozen-free but never mutated after loading; gc=False because they
# hold no reference cycles, which keeps a million of them cheap for the collector.
_record = dict(kw_only=True, forbid_unknown_fields=True, omit_defaults=True, gc=False)


class DocumentInfo(msgspec.Struct, **_record):
    title: Annotated[str, Meta(min_length=1)]
    description: str = ""
    language: str | None = None
    authors: list[str] = []
    created: EdtfText | None = None
    updated: EdtfText | None = None


class Segment(msgspec.Struct, **_record):
    id: Id
    label: Annotated[str, Meta(min_length=1)]
    color: Colour | None = None
    description: str = ""
    actors: list[Id] = []
    geometry: dict[str, Any] | None = None


class Actor(msgspec.Struct, **_record):
    id: Id
    name: Annotated[str, Meta(min_length=1)]
    kind: ActorKind = "other"
    parent: Id | None = None
    description: str = ""


class Place(msgspec.Struct, **_record):
    id: Id
    name: Annotated[str, Meta(min_length=1)]
    lat: Latitude | None = None
    lon: Longitude | None = None
    geometry: dict[str, Any] | None = None


class Source(msgspec.Struct, **_record):
    id: Id
    name: Annotated[str, Meta(min_length=1)]
    kind: SourceKind = "other"
    url: str | None = None
    language: str | None = None
    reliability: Reliability | None = None
    description: str = ""
    # 1.1: ids of the sources this one carries or relies on (wire copy, a report it retells);
    # corroboration counts a source and those it relies on as one.
    derived_from: list[Id] = []


class Citation(msgspec.Struct, **_record):
    source: Id | None = None
    quote: str = ""
    language: str | None = None
    translation: str | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    published: EdtfText | None = None
    url: str | None = None
    accessed: EdtfText | None = None
    location: str | None = None
    credibility: Credibility | None = None


class Origin(msgspec.Struct, **_record):
    """Where an imported event came from: the file, its line or row, its id there, its format."""

    file: Annotated[str, Meta(min_length=1)]
    format: Annotated[str, Meta(min_length=1)]
    line: Annotated[int, Meta(ge=1)] | None = None
    id: str | None = None


class Event(msgspec.Struct, **_record):
    id: Id
    title: Annotated[str, Meta(min_length=1)]
    when: EdtfText
    description: str = ""
    place: Id | None = None
    # Tuples: an absent list is then the one shared empty tuple, not a new list per event.
    actors: tuple[Id, ...] = ()
    segments: tuple[Id, ...] = ()
    tags: tuple[str, ...] = ()
    status: EventStatus = "occurred"
    citations: tuple[Citation, ...] = ()
    notes: str = ""
    # 1.1: the words of the condition the event depends on ("after a ceasefire"), instead of a date
    condition: Annotated[str, Meta(min_length=1)] | None = None
    # 1.1: who disputes the event or why; true when that is not known. Independent of status,
    # so an event can be planned and disputed; status "disputed" (1.0) means disputed with no text.
    disputed: Annotated[str, Meta(min_length=1)] | bool | None = None
    # 1.1: set by `lagebild import` (and when another tool's file is opened): where the event came from
    origin: Origin | None = None


class Era(msgspec.Struct, **_record):
    id: Id
    label: Annotated[str, Meta(min_length=1)]
    when: EdtfText
    color: Colour | None = None


class EventFile(msgspec.Struct, **_record):
    """The whole file as it is written."""

    format: Literal["lagebild-events"]
    version: Annotated[str, Meta(pattern=r"^1\.\d+$")]
    document: DocumentInfo
    segments: list[Segment] = []
    actors: list[Actor] = []
    places: list[Place] = []
    sources: list[Source] = []
    eras: list[Era] = []
    events: list[Event] = []


# Lists of records at the top level, in the order the loader checks them.
RECORD_LISTS: dict[str, type[msgspec.Struct]] = {
    "segments": Segment,
    "actors": Actor,
    "places": Place,
    "sources": Source,
    "eras": Era,
    "events": Event,
}

STATUSES: tuple[str, ...] = ("occurred", "reported", "planned", "hypothetical", "disputed")
# Status names and the Admiralty code's words, in English; tr() gives them in the reader's language.
STATUS_TEXT = {
    "occurred": QT_TRANSLATE_NOOP("Status", "occurred"),
    "reported": QT_TRANSLATE_NOOP("Status", "reported"),
    "planned": QT_TRANSLATE_NOOP("Status", "planned"),
    "hypothetical": QT_TRANSLATE_NOOP("Status", "hypothetical"),
    "disputed": QT_TRANSLATE_NOOP("Status", "disputed"),
}
RELIABILITY_TEXT = {
    "A": QT_TRANSLATE_NOOP("Admiralty", "completely reliable"),
    "B": QT_TRANSLATE_NOOP("Admiralty", "usually reliable"),
    "C": QT_TRANSLATE_NOOP("Admiralty", "fairly reliable"),
    "D": QT_TRANSLATE_NOOP("Admiralty", "not usually reliable"),
    "E": QT_TRANSLATE_NOOP("Admiralty", "unreliable"),
    "F": QT_TRANSLATE_NOOP("Admiralty", "reliability cannot be judged"),
}
CREDIBILITY_TEXT = {
    1: QT_TRANSLATE_NOOP("Admiralty", "confirmed by other sources"),
    2: QT_TRANSLATE_NOOP("Admiralty", "probably true"),
    3: QT_TRANSLATE_NOOP("Admiralty", "possibly true"),
    4: QT_TRANSLATE_NOOP("Admiralty", "doubtful"),
    5: QT_TRANSLATE_NOOP("Admiralty", "improbable"),
    6: QT_TRANSLATE_NOOP("Admiralty", "truth cannot be judged"),
}

"""A loaded event file: its records, lookups by id, and the event columns.

The few records of the small lists (segments, actors, places, sources, eras)
are kept as they are; the events are held as columns (``columns`` for what is
counted and drawn, ``texts`` for what is read), and ``events[row]`` makes one
event's record from them when it is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .columns import EventColumns
from .event_texts import EventTexts
from .records import Actor, DocumentInfo, Era, Event, Place, Segment, Source


@dataclass
class Document:
    path: str
    info: DocumentInfo
    segments: list[Segment]
    actors: list[Actor]
    places: list[Place]
    sources: list[Source]
    eras: list[Era]
    events: Sequence[Event]  # event_texts.EventRecords
    columns: EventColumns
    texts: EventTexts
    tags: list[str] = field(default_factory=list)
    # id -> position in the lists above
    segment_index: dict[str, int] = field(default_factory=dict)
    actor_index: dict[str, int] = field(default_factory=dict)
    place_index: dict[str, int] = field(default_factory=dict)
    source_index: dict[str, int] = field(default_factory=dict)
    event_index: Mapping[str, int] = field(default_factory=dict)  # event_texts.IdIndex

    @property
    def title(self) -> str:
        return self.info.title

    def __len__(self) -> int:
        return len(self.events)

    def event_title(self, row: int) -> str:
        """An event's title, read from its column (cheaper than making its whole record)."""
        return self.texts.title[row].as_py()

    def event_when(self, row: int) -> str:
        """An event's date as written, read from its column."""
        return self.texts.when[row].as_py()

    def event(self, event_id: str) -> Event | None:
        row = self.event_index.get(event_id)
        return None if row is None else self.events[row]

    def source(self, source_id: str | None) -> Source | None:
        row = self.source_index.get(source_id) if source_id else None
        return None if row is None else self.sources[row]

    def segment(self, segment_id: str) -> Segment | None:
        row = self.segment_index.get(segment_id)
        return None if row is None else self.segments[row]

    def actor(self, actor_id: str) -> Actor | None:
        row = self.actor_index.get(actor_id)
        return None if row is None else self.actors[row]

    def place(self, place_id: str | None) -> Place | None:
        row = self.place_index.get(place_id) if place_id else None
        return None if row is None else self.places[row]

"""Writes one event, its analyst note and every citation into a document."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...model.citations import (
    bidi_control_names,
    bounds_text,
    citation_url,
    corroboration,
    date_display,
    grade_parts,
    grade_text,
    isolate,
    source_name,
    status_text,
)
from ...model.translation import number as grouped
from ...model.translation import translate
from ...style.theme import OKABE_ITO, credibility_colour, reliability_colour
from .doc_writer import DocumentWriter


def write_event(writer: DocumentWriter, document, event, zone: str = "utc") -> list[tuple[int, int]]:
    """Write the event, its times read in ``zone`` (model.zone_display.TIME_ZONES); returns the
    (start, end) document positions of each citation."""
    small = writer.char(size=writer.pixel_size - 1, colour=writer.colours.muted)
    writer.heading(event.title)
    _direction_warning(writer, event.title, event.description, event.notes)
    writer.new_block(writer.block(bottom=2))
    writer.text(date_display(event.when, zone), writer.char(bold=True), what=translate("Details", "Date"))
    writer.label("   ", writer.char(colour=writer.colours.muted, italic=True))
    writer.text(status_text(event), writer.char(colour=writer.colours.muted, italic=True),
                what=translate("Details", "Status"))
    writer.new_block()
    writer.label("EDTF ", small)
    writer.text(event.when, small, what=translate("Details", "EDTF date"))
    writer.new_block(writer.block(bottom=6))
    writer.label(translate("Details", "Bounds {bounds}").format(bounds=bounds_text(event.when)), small)
    if event.condition:
        writer.field(translate("Details", "Condition"), event.condition)
    if event.place:
        place = document.place(event.place)
        writer.field(translate("Details", "Place"), place.name if place else translate("Details", "{id} (unknown "
                                                                                                  "place)").format(id=event.place))
    if event.actors:
        names = [getattr(document.actor(a), "name", None) or translate("Details", "{id} (unknown actor)").format(id=a)
                 for a in event.actors]
        writer.field(translate("Details", "Actors"), ", ".join(names))
    if event.segments:
        _segments(writer, document, event)
    if event.tags:
        writer.field(translate("Details", "Tags"), ", ".join(event.tags))
    if event.origin is not None:
        writer.field(translate("Details", "Imported from"), origin_text(event.origin))
    if event.description:
        writer.new_block(writer.block(top=8, bottom=2))
        writer.text(event.description, what=translate("Details", "Description"))
    if event.notes:
        with writer.framed(writer.colours.note_back, top=10):
            writer.new_block(writer.block(bottom=2))
            writer.label(translate("Details", "Analyst note"), writer.char(size=writer.pixel_size - 1, bold=True))
            writer.new_block()
            writer.text(event.notes, what=translate("Details", "Analyst note"))
    writer.section(translate("Details", "Sources"), corroboration(document, event))
    spans = []
    for number, citation in enumerate(event.citations, 1):
        start = writer.cursor.position()
        _citation(writer, document, event, citation, number, zone)
        spans.append((start, writer.cursor.position()))
    return spans


def origin_text(origin) -> str:
    """'women.json, line 12, id ada (timelinejs3)'."""
    parts = [origin.file]
    if origin.line:
        parts.append(translate("Details", "line {n}").format(n=grouped(origin.line)))
    if origin.id:
        parts.append(translate("Details", "id {id}").format(id=origin.id))
    return ", ".join(parts) + f" ({origin.format})"


def _segments(writer: DocumentWriter, document, event) -> None:
    writer.new_block(writer.block(top=1))
    writer.label(translate("Details", "Segments: "), writer.char(colour=writer.colours.muted))
    for i, segment_id in enumerate(event.segments):
        segment = document.segment(segment_id)
        position = document.segment_index.get(segment_id, i)
        colour = QColor(segment.color) if segment and segment.color else None
        if colour is None:
            colour = QColor(OKABE_ITO[position % len(OKABE_ITO)])
        if i:
            writer.label("   ")
        writer.swatch(colour)
        writer.label("\u00a0")
        writer.text(segment.label if segment else translate("Details", "{id} (unknown segment)").format(id=segment_id),
                    what=translate("Details", "Segment"))


def _citation(writer: DocumentWriter, document, event, citation, number: int, zone: str) -> None:
    colours = writer.colours
    writer.new_block(writer.block(top=10, bottom=2))
    heading = translate("Details", "Citation {n} of {count}").format(n=number, count=len(event.citations))
    writer.label(heading, writer.char(bold=True))
    with writer.framed(colours.quote_back, border=colours.quote_bar):
        writer.new_block(writer.block(bottom=2))
        writer.text(citation.quote or translate("Details", "(no quote)"), writer.char(size=writer.pixel_size + 1),
                    what=translate("Details", "Quote of citation {n}").format(n=number))
        if citation.language:
            writer.text(f"  [{citation.language}]", writer.char(size=writer.pixel_size - 2, colour=colours.muted),
                        what=translate("Details", "Language"))
        if citation.translation:
            writer.new_block(writer.block(top=4))
            writer.text(citation.translation, writer.char(italic=True, colour=colours.muted),
                        what=translate("Details", "Translation of citation {n}").format(n=number))
        _direction_warning(writer, citation.quote, citation.translation, citation.speaker,
                           citation.speaker_role, citation.location, source_name(document, citation.source))
    indent = 7  # details line up with the text inside the quote box (padding + border)
    speaker = ", ".join(isolate(part) for part in (citation.speaker, citation.speaker_role) if part)
    if speaker:
        writer.field(translate("Details", "Speaker"), speaker, indent=indent)
    writer.field(translate("Details", "Publisher"), source_name(document, citation.source), indent=indent)
    if citation.published:
        writer.field(translate("Details", "Published"), date_display(citation.published, zone), indent=indent)
    url, of_source = citation_url(document, citation)
    if url:
        writer.new_block(writer.block(top=1, indent=indent))
        writer.label(translate("Details", "URL: "), writer.char(colour=colours.muted))
        writer.link(url)
        if of_source:
            writer.label(translate("Details", "  (the source's address)"), writer.char(colour=colours.muted))
    if citation.location:
        writer.field(translate("Details", "Where"), citation.location, indent=indent)
    if citation.accessed:
        writer.field(translate("Details", "Accessed"), date_display(citation.accessed, zone), indent=indent)
    _grade(writer, document, citation, indent)


def _grade(writer: DocumentWriter, document, citation, indent: float) -> None:
    letter, digit = grade_parts(document.source(citation.source), citation)
    writer.new_block(writer.block(top=3, indent=indent))
    writer.label(translate("Details", "Grade: "), writer.char(colour=writer.colours.muted))
    # A half that is not graded gets no chip: a "-" beside a digit would read as a negative number.
    if letter:
        writer.chip(letter, QColor(reliability_colour(letter)))
    if digit:
        writer.chip(str(digit), QColor(credibility_colour(digit)))
    writer.label(("  " if letter or digit else "") + grade_text(letter, digit))


def _direction_warning(writer: DocumentWriter, *texts: str | None) -> None:
    """Say so when text holds invisible direction controls that make it read unlike its stored order."""
    names = bidi_control_names(*texts)
    if names:
        writer.new_block(writer.block(top=3, bottom=2))
        writer.label(translate("Details", "Holds invisible direction-control characters ({names}); some text may read "
                                          "differently "
                        "from how it is stored.").format(names=", ".join(names)),
                     writer.char(size=writer.pixel_size - 2, italic=True, colour=writer.colours.muted))

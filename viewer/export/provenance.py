"""Provenance on the page: the strongest quotes behind the shown events, and the analyst's notes.

Quotes are chosen by grade (the source's reliability letter, then the
information's credibility digit: A1 first, ungraded last), then by date, and
given verbatim with speaker, outlet, publication date and grade. Analyst
notes are the desk's own assessment, not reporting, and are headed and set
apart as such. Both come as page_more.Section blocks, which the page draws in
a band below the views and a PDF continues on further pages.
"""

from __future__ import annotations

import numpy as np

from ..model.citations import (
    date_display,
    grade_parts,
    grade_short,
    grade_sort_key,
    one_line,
    source_name,
    speaker_text,
)
from ..model.translation import QT_TRANSLATE_NOOP, tr, translate
from .page_more import Section

QUOTES_HEADING = QT_TRANSLATE_NOOP("Page", "Quotes, strongest first by grade (verbatim)")
NOTES_HEADING = QT_TRANSLATE_NOOP("Page", "Analyst notes \u2013 assessment, not reporting")
QUOTE_CHARS = 600  # a longer quote is given whole in the annex; the page says so


def whole_line(text: str) -> str:
    """File text on one line, as one_line makes it, but never cut."""
    return one_line(text, max(len(text), 1))


def strongest_quotes(document, mask: np.ndarray, count: int, zone: str = "utc") -> list[str]:
    """Up to ``count`` paragraphs: “quote” – speaker, outlet, date · grade · on: event titles. The same
    words quoted for several events are given once, naming each."""
    if count <= 0:
        return []
    found: dict[tuple, list] = {}
    for row in np.flatnonzero(mask).tolist():
        event = document.events[row]
        for citation in event.citations:
            if not citation.quote.strip():
                continue
            letter, digit = grade_parts(document.source(citation.source), citation)
            key = (citation.source, citation.quote, citation.speaker, citation.published)
            if key in found:
                found[key][-1].append(row)
                continue
            found[key] = [grade_sort_key(letter, digit), document.columns.start_lo[row], event.id, citation,
                          letter, digit, [row]]
    ordered = sorted(found.values(), key=lambda item: (item[0], item[1], item[2]))
    paragraphs = []
    for _, _, _, citation, letter, digit, rows in ordered[:count]:
        quote = whole_line(citation.quote)
        if len(quote) > QUOTE_CHARS:  # said plainly rather than cut silently
            quote = quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + translate("Page", " [quote continues in the sources annex]")
        who = [part for part in (speaker_text(citation), source_name(document, citation.source),
                                 date_display(citation.published, zone)) if part]
        titles = "; ".join(whole_line(document.events[row].title) for row in rows)
        text = translate("Page", "\u201c{quote}\u201d \u2013 {who} \u00b7 grade {grade} \u00b7 on: {titles}").format(
            quote=quote, who=", ".join(whole_line(p) for p in who), grade=grade_short(letter, digit), titles=titles)
        if citation.translation:
            text += translate("Page", " \u00b7 translation: \u201c{translation}\u201d").format(
                translation=whole_line(citation.translation))
        paragraphs.append(text)
    return paragraphs


def analyst_notes(document, mask: np.ndarray, zone: str = "utc") -> list[str]:
    """One paragraph per shown event with a note, in time order: date · title: note."""
    rows = np.flatnonzero(mask)
    rows = rows[np.argsort(document.columns.start_lo[rows], kind="stable")]
    paragraphs = []
    for row in rows.tolist():
        event = document.events[row]
        if event.notes.strip():
            paragraphs.append(f"{date_display(event.when, zone)} \u00b7 {whole_line(event.title)}: "
                              f"{whole_line(event.notes)}")
    return paragraphs


def sections(document, mask: np.ndarray, quotes: int, notes: bool, zone: str = "utc") -> list[Section]:
    out = []
    chosen = strongest_quotes(document, mask, quotes, zone)
    if chosen:
        out.append(Section(tr(QUOTES_HEADING), chosen))
    if notes:
        written = analyst_notes(document, mask, zone)
        if written:
            out.append(Section(tr(NOTES_HEADING), written, muted=True))
    return out

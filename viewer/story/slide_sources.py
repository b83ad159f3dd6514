"""The sources behind the events a slide shows, as the speaker notes and the closing sources list give them.

Every source cited by a shown event is listed once, publishers of the strongest
grade first, with its kind, reliability and address, then each citation: date
published, grade, address, the event it supports and the quote verbatim. The
briefer reads from it when asked "where is this from".
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..model.citations import (
    citation_url,
    date_display,
    grade_parts,
    grade_short,
    grade_sort_key,
    one_line,
    reliability_words,
    speaker_text,
)

RELIABILITY_ORDER = "ABCDEF"


def whole(text: str) -> str:
    """File text on one line, never cut (control characters shown, as everywhere)."""
    return one_line(text, max(len(text), 1))


@dataclass
class CitedLine:
    published: str  # as the date reads in the chosen zone; "" when not given
    grade: str  # "B2", "B, not graded"
    url: str
    event: str  # the title of the event it supports
    quote: str
    speaker: str
    sort: tuple = ()


@dataclass
class SourceEntry:
    id: str
    name: str
    kind: str
    reliability: str  # "B - usually reliable" or "not graded"
    url: str
    citations: list[CitedLine] = field(default_factory=list)
    sort: tuple = ()


def sources_behind(document, mask: np.ndarray, zone: str = "utc") -> list[SourceEntry]:
    """Each source the masked events cite, with those citations; events in time order."""
    rows = np.flatnonzero(mask)
    rows = rows[np.argsort(document.columns.start_lo[rows], kind="stable")]
    entries: dict[str, SourceEntry] = {}
    for row in rows.tolist():
        event = document.events[row]
        for citation in event.citations:
            key = citation.source or ""
            source = document.source(citation.source)
            entry = entries.get(key)
            if entry is None:
                letter = getattr(source, "reliability", None)
                if source is not None:
                    name, kind = source.name, source.kind
                else:
                    name = f"{key} (unknown source)" if key else "no source given"
                    kind = ""
                entry = entries[key] = SourceEntry(
                    key, whole(name), kind, f"{letter} \u2013 {reliability_words(letter)}" if letter else "not graded",
                    whole(getattr(source, "url", None) or ""),
                    sort=(RELIABILITY_ORDER.index(letter) if letter else 9, name.casefold()))
            letter, digit = grade_parts(source, citation)
            url, _ = citation_url(document, citation)
            entry.citations.append(CitedLine(
                whole(date_display(citation.published, zone)), grade_short(letter, digit), whole(url or ""),
                whole(event.title), whole(citation.quote), whole(speaker_text(citation)),
                sort=(grade_sort_key(letter, digit),)))
    return sorted(entries.values(), key=lambda e: e.sort)


def source_heading(entry: SourceEntry) -> str:
    parts = [entry.name + (f" ({entry.kind})" if entry.kind else ""), f"reliability {entry.reliability}"]
    if entry.url:
        parts.append(entry.url)
    return " \u00b7 ".join(parts)


def citation_lines(line: CitedLine) -> list[str]:
    head = [part for part in (line.published or "date not given", f"grade {line.grade}", line.url) if part]
    lines = [" \u00b7 ".join(head) + f" \u00b7 on: {line.event}"]
    if line.quote:
        lines.append(f"\u201c{line.quote}\u201d" + (f" \u2013 {line.speaker}" if line.speaker else ""))
    return lines


def notes_lines(entries: list[SourceEntry]) -> list[str]:
    """The speaker notes' sources, one paragraph per line."""
    if not entries:
        return ["No source is cited by the events on this slide."]
    count = len(entries)
    out = [f"Sources behind the events on this slide ({count} {'source' if count == 1 else 'sources'}):"]
    for entry in entries:
        out.append("")
        out.append(source_heading(entry))
        for line in entry.citations:
            out += ["  - " + text if i == 0 else "    " + text for i, text in enumerate(citation_lines(line))]
    return out


def merged(per_slide: list[list[SourceEntry]]) -> list[SourceEntry]:
    """Every source of the deck once, with how often it is cited (for the closing sources slide)."""
    seen: dict[str, SourceEntry] = {}
    for entries in per_slide:
        for entry in entries:
            if entry.id not in seen:
                seen[entry.id] = SourceEntry(entry.id, entry.name, entry.kind, entry.reliability, entry.url,
                                             sort=entry.sort)
            known = {(c.event, c.quote, c.published) for c in seen[entry.id].citations}
            seen[entry.id].citations += [c for c in entry.citations if (c.event, c.quote, c.published) not in known]
    return sorted(seen.values(), key=lambda e: e.sort)


def summary_line(entry: SourceEntry) -> str:
    """One line of the sources slide: name (kind) · reliability · address · N citations."""
    count = len(entry.citations)
    return f"{source_heading(entry)} \u00b7 {count} {'citation' if count == 1 else 'citations'}"

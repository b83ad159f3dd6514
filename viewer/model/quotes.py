"""Every quote of a document as columns: which event and citation it is, its
publisher, date and grade as sort keys, and its texts to search.

Built once per document from the citation columns the loader made (the loading
worker builds them before the document is shown); the quote table reads these
columns and makes a row only when one is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from .citations import LETTERS, date_display, grade_short, grade_sort_key, speaker_text
from .event_texts import plain
from .per_document import derived
from .text_scan import Searchable, subset


class Quotes:
    """The citations of a document, flattened in file order (read from ``document.texts``)."""

    def __init__(self, document):
        citations = self.citations = document.texts.citations
        self.owner = citations.owner  # event row
        self.first = citations.first  # first quote of each event
        self.source = citations.source  # -1: none or unknown
        self._searched = [Searchable(citations.texts[name]) for name in _SEARCHED]
        self.source_names = [s.name.casefold() for s in document.sources]
        self.published_key = citations.published_key
        letter = np.array([LETTERS.index(s.reliability) if s.reliability else 6 for s in document.sources] + [6],
                          dtype=np.int16)  # the extra entry serves quotes without a known source
        digit = np.where(citations.credibility > 0, citations.credibility, 7).astype(np.int16)
        self.grade_key = letter[self.source] * 10 + digit  # see citations.grade_sort_key

    def __len__(self) -> int:
        return len(self.owner)

    def word_mask(self, word: str, among: np.ndarray | None = None) -> np.ndarray:
        """Boolean per quote: does its text or publisher contain ``word``? (Only quotes ``among``, if given.)"""
        mask = np.zeros(len(self), dtype=bool)
        for searched in self._searched:
            mask |= searched.mask(word, among)
        publishers = [i for i, name in enumerate(self.source_names) if word in name]
        if publishers:
            by_publisher = np.isin(self.source, publishers)
            if among is not None:
                by_publisher &= subset(among, len(mask))
            mask |= by_publisher
        return mask

    def matching(self, words: list[str]) -> np.ndarray:
        """Indices of the quotes that contain every word, ascending."""
        found = None
        for word in words:
            found = np.flatnonzero(self.word_mask(word, found))
        return np.arange(len(self)) if found is None else found

    def texts(self, document, field: str) -> list[str]:
        """One text per quote for sorting by a column: "quote", "speaker", "publisher" or "event"."""
        texts = self.citations.texts
        if field == "quote":
            return plain(texts["quote"]).to_pylist()
        if field == "speaker":
            return list(map(_speaker, plain(texts["speaker"]).to_pylist(), plain(texts["speaker_role"]).to_pylist()))
        if field == "publisher":
            names = [s.name for s in document.sources]
            written = plain(texts["source"]).to_pylist()
            return [names[s] if s >= 0 else (w or "") for s, w in zip(self.source.tolist(), written)]
        if field == "event":
            return document.texts.title.take(pa.array(self.owner)).to_pylist()
        raise ValueError(f"no quote text {field!r}")


_SEARCHED = ("quote", "translation", "speaker", "speaker_role")


def _speaker(speaker: str | None, role: str | None) -> str:
    if speaker and role:
        return f"{speaker}, {role}"
    return speaker or role or ""


def quotes_of(document) -> Quotes:
    """The document's quote columns, built on first use and kept while the document lives."""
    return derived(document, "quotes", Quotes)


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quote as a table row shows it."""

    row: int  # event row
    index: int  # citation index within the event
    quote: str
    translation: str
    speaker: str
    publisher: str
    source_id: str
    published: str  # display text
    published_key: float  # seconds, inf when missing
    grade: str  # "B2"
    grade_key: int


def quote_row(document, quotes: Quotes, k: int) -> QuoteRow:
    """Quote ``k`` of the document (file order), made when it is shown."""
    citation = quotes.citations.record(k)
    row = int(quotes.owner[k])
    source = document.sources[quotes.source[k]] if quotes.source[k] >= 0 else None
    letter = source.reliability if source is not None else None
    return QuoteRow(row=row, index=k - int(quotes.first[row]), quote=citation.quote,
                    translation=citation.translation or "", speaker=speaker_text(citation),
                    publisher=source.name if source else (citation.source or ""), source_id=citation.source or "",
                    published=date_display(citation.published), published_key=float(quotes.published_key[k]),
                    grade=grade_short(letter, citation.credibility),
                    grade_key=grade_sort_key(letter, citation.credibility))


def all_quotes(document) -> list[QuoteRow]:
    """Every quote as a row, in file order (for small documents and checks; the table makes rows on demand)."""
    quotes = quotes_of(document)
    return [quote_row(document, quotes, k) for k in range(len(quotes))]


def quotes_by_source(document, mask: np.ndarray) -> dict[str, int]:
    """Source id -> number of quotes citing it among the events ``mask`` keeps, for the sources
    the document defines, in the order they are first cited (read from the columns)."""
    quotes = quotes_of(document)
    cited = quotes.source[np.asarray(mask, dtype=bool)[quotes.owner]] if len(quotes) else quotes.source
    cited = cited[cited >= 0]
    if not len(cited):
        return {}
    found, first, counts = np.unique(cited, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return {document.sources[int(found[k])].id: int(counts[k]) for k in order.tolist()}


def source_stats(document) -> list[tuple[object, int, int]]:
    """(source, number of quotes citing it, number of events citing it), in file order."""
    size = len(document.sources)
    cited = quotes_of(document).source
    quotes = np.bincount(cited[cited >= 0], minlength=size)[:size] if size else np.zeros(0, np.int64)
    events = document.columns.sources.counts(size)
    return [(source, int(quotes[i]), int(events[i])) for i, source in enumerate(document.sources)]


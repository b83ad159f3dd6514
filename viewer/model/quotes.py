"""Every quote of a document as columns: which event and citation it is, its
publisher, date and grade as sort keys, and its folded search text.

Built once per document, a column at a time (the loading worker builds them
before the document is shown); the quote table reads these columns and makes
a row only when one is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain, repeat
from operator import attrgetter, itemgetter

import numpy as np

from .citations import LETTERS, date_display, grade_short, grade_sort_key, speaker_text
from .date_columns import sort_keys
from .per_document import derived
from .text_scan import fold_joined, present, subset, word_hits


class Quotes:
    """The citations of a document, flattened in file order."""

    def __init__(self, document):
        citation_lists = list(map(attrgetter("citations"), document.events))
        lengths = np.fromiter(map(len, citation_lists), dtype=np.int64, count=len(citation_lists))
        citations = self.citations = list(chain.from_iterable(citation_lists))
        self.owner = np.repeat(np.arange(len(citation_lists), dtype=np.int64), lengths)  # event row
        self.first = np.zeros(len(citation_lists) + 1, dtype=np.int64)  # first quote of each event
        np.cumsum(lengths, out=self.first[1:])
        self.source = np.fromiter(map(document.source_index.get, map(attrgetter("source"), citations), repeat(-1)),
                                  dtype=np.int32, count=len(citations))  # -1: none or unknown
        self.folded = fold_joined(map(attrgetter("quote"), citations),
                                  present(map(attrgetter("translation"), citations)),
                                  present(map(attrgetter("speaker"), citations)),
                                  present(map(attrgetter("speaker_role"), citations)))
        self.source_names = [s.name.casefold() for s in document.sources]

        self.published_key = sort_keys(list(map(attrgetter("published"), citations)))
        letter = np.array([LETTERS.index(s.reliability) if s.reliability else 6 for s in document.sources] + [6],
                          dtype=np.int16)  # the extra entry serves quotes without a known source
        credibility = np.array(list(map(attrgetter("credibility"), citations)), dtype=np.float64)
        digit = np.where(np.isfinite(credibility), credibility, 7).astype(np.int16)
        self.grade_key = letter[self.source] * 10 + digit  # see citations.grade_sort_key

    def __len__(self) -> int:
        return len(self.citations)

    def word_mask(self, word: str, among: np.ndarray | None = None) -> np.ndarray:
        """Boolean per quote: does its text or publisher contain ``word``? (Only quotes ``among``, if given.)"""
        mask = np.zeros(len(self.citations), dtype=bool)
        mask[word_hits(self.folded, word, among)] = True
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
        return np.arange(len(self.citations)) if found is None else found

    def texts(self, document, field: str) -> list[str]:
        """One text per quote for sorting by a column: "quote", "speaker", "publisher" or "event"."""
        citations = self.citations
        if field == "quote":
            return list(map(attrgetter("quote"), citations))
        if field == "speaker":
            return list(map(speaker_text, citations))
        if field == "publisher":
            names = [s.name for s in document.sources]
            return [names[s] if s >= 0 else (c.source or "") for s, c in zip(self.source.tolist(), citations)]
        if field == "event":
            owners = self.owner.tolist()
            events = itemgetter(*owners)(document.events) if len(owners) > 1 else [document.events[i] for i in owners]
            return list(map(attrgetter("title"), events))
        raise ValueError(f"no quote text {field!r}")


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
    citation = quotes.citations[k]
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


def source_stats(document) -> list[tuple[object, int, int]]:
    """(source, number of quotes citing it, number of events citing it), in file order."""
    size = len(document.sources)
    cited = quotes_of(document).source
    quotes = np.bincount(cited[cited >= 0], minlength=size)[:size] if size else np.zeros(0, np.int64)
    events = document.columns.sources.counts(size)
    return [(source, int(quotes[i]), int(events[i])) for i, source in enumerate(document.sources)]


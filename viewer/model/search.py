"""Text search over a document: every word must appear somewhere in an event.

A query is a C-level substring scan of the document's text columns, ignoring
case as case folding does (``text_scan``); what the scan needs is made once per
document by the loading worker, before the document is shown. Names of segments, actors, places and sources are
searched once each and reach the events through their membership columns.
A query that only refines the previous one (typing on) scans just the events
the previous one matched, when they are few.
"""

from __future__ import annotations

import numpy as np

from .per_document import derived
from .quotes import quotes_of
from .text_scan import Searchable, subset


class SearchIndex:
    """The texts of each event (title, description, notes, tags), of its quotes
    (text, translation, speaker, publisher), and the names it refers to."""

    def __init__(self, document):
        texts = document.texts
        self.count = len(texts)
        self.columns = document.columns
        self.texts = [Searchable(column) for column in (texts.title, texts.description, texts.notes)]
        self.tags = [tag.casefold() for tag in document.tags]
        self.quotes = quotes_of(document)
        self.names = {
            "segments": [s.label.casefold() for s in document.segments],
            "actors": [a.name.casefold() for a in document.actors],
            "places": [p.name.casefold() for p in document.places],
            "sources": self.quotes.source_names,
        }
        self._last: tuple[list[str], np.ndarray] | None = None

    @classmethod
    def build(cls, document) -> SearchIndex:
        """The document's index, built on first use and kept while the document lives."""
        return derived(document, "search-index", cls)

    def _named(self, word: str) -> np.ndarray:
        """Boolean per event: does it refer to a segment, actor, place or source whose name has the word?"""
        cols = self.columns
        result = np.zeros(self.count, dtype=bool)
        for kind, membership in (("segments", cols.segments), ("actors", cols.actors), ("sources", cols.sources)):
            named = [i for i, name in enumerate(self.names[kind]) if word in name]
            if named:
                result |= membership.mask_any(np.asarray(named))
        places = [i for i, name in enumerate(self.names["places"]) if word in name]
        if places:
            result |= np.isin(cols.place, places)
        return result

    def _word_mask(self, word: str, among: np.ndarray | None) -> np.ndarray:
        """Boolean per event: does the word appear in it? (Decided only for the rows ``among``, if given.)"""
        mask = np.zeros(self.count, dtype=bool)
        for column in self.texts:
            mask |= column.mask(word, among)
        tagged = [i for i, tag in enumerate(self.tags) if word in tag]
        if tagged:
            mask |= self.columns.tags.mask_any(np.asarray(tagged))
        quotes = self.quotes
        scope = None
        if among is not None:  # the quotes of those rows
            counts = quotes.first[among + 1] - quotes.first[among]
            scope = np.repeat(quotes.first[among] - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
        mask[quotes.owner[quotes.word_mask(word, scope)]] = True
        mask |= self._named(word)
        if among is not None:
            mask &= subset(among, self.count)
        return mask

    def _rows(self, words: list[str]) -> np.ndarray:
        rows: np.ndarray | None = None  # the events matching so far; None: all
        last = self._last
        if last is not None and last[0] == words:  # the same query again (each pane filtering by it)
            return last[1]
        # Words that only lengthen the previous query's words match a subset of its events.
        if last is not None and all(any(old in new for new in words) for old in last[0]):
            rows = last[1]
        for word in words:
            # Scanning only the rows matched so far pays unless they are nearly all (copying
            # their texts out costs far less than scanning them).
            among = rows if rows is not None and len(rows) * 4 < self.count * 3 else None
            found = self._word_mask(word, among)
            if rows is not None and among is None:
                found &= subset(rows, self.count)
            rows = np.flatnonzero(found)
        if rows is None:
            rows = np.arange(self.count)
        self._last = (words, rows)
        return rows

    def matches(self, query: str) -> np.ndarray:
        """Boolean per event: does every word of the query appear in it?"""
        words = list(dict.fromkeys(query.casefold().split()))
        mask = np.zeros(self.count, dtype=bool)
        if not words:
            mask[:] = True
            return mask
        mask[self._rows(words)] = True
        return mask

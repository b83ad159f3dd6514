"""Every quote of the document in one table, searchable and sortable."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QModelIndex, Qt

from ...model.citations import all_quotes
from .plain import one_line
from .row_table import RowTableModel

EVENT_ROW_ROLE = Qt.UserRole + 12
COLUMNS = ("Published", "Quote", "Speaker", "Publisher", "Grade", "Event")
DATE, QUOTE, SPEAKER, PUBLISHER, GRADE, EVENT = range(len(COLUMNS))


class QuoteTableModel(RowTableModel):
    """All quotes; shows those matching the search, in the chosen order.

    Sorting and searching work on whole columns (numpy argsort, one pass over
    folded texts) inside the model, because a sort proxy would call back into
    Python for every comparison: minutes for a few hundred thousand quotes.
    """

    columns = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = None
        self.haystacks: list[str] = []  # folded text the search looks in, per quote
        self.words: list[str] = []
        self.order = np.zeros(0, dtype=np.int64)  # quote index of each shown row
        self._sorted = np.zeros(0, dtype=np.int64)  # every quote, in the chosen order
        self._sort = (DATE, Qt.SortOrder.AscendingOrder)

    @property
    def quotes(self) -> list:
        return self.rows

    @property
    def total(self) -> int:
        return len(self.rows)

    def set_document(self, document) -> None:
        self.document = document
        quotes = all_quotes(document) if document is not None else []
        self.haystacks = ["\n".join((q.quote, q.translation, q.speaker, q.publisher)).casefold() for q in quotes]
        self.beginResetModel()
        self.rows = quotes
        self._sorted = self._sorted_indices(*self._sort)
        self.order = self._matching(self._sorted)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.order)

    # -- search and order ---------------------------------------------------------
    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self.words:
            return
        self.beginResetModel()
        self.words = words
        self.order = self._matching(self._sorted)
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # Qt override
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sorted = self._sorted_indices(column, order)
        self.order = self._matching(self._sorted)
        self.layoutChanged.emit()

    def _matching(self, indices: np.ndarray) -> np.ndarray:
        if not self.words:
            return indices
        keep = np.fromiter((all(w in h for w in self.words) for h in self.haystacks), dtype=bool,
                           count=len(self.haystacks))
        return indices[keep[indices]]

    def _sorted_indices(self, column: int, order) -> np.ndarray:
        quotes = self.rows
        if column == DATE:
            keys = np.array([q.published_key for q in quotes], dtype=np.float64)
        elif column == GRADE:
            keys = np.array([q.grade_key for q in quotes])
        else:
            if column == EVENT:
                texts = [self.document.events[q.row].title for q in quotes]
            else:
                texts = [(q.quote, q.speaker, q.publisher)[column - QUOTE] for q in quotes]
            # Empty cells sort after filled ones in either direction of the text.
            keys = np.array([("1" if not t else "0" + t.casefold()) for t in texts], dtype=str)
        ranking = np.argsort(keys, kind="stable") if len(quotes) else np.zeros(0, dtype=np.int64)
        if order == Qt.SortOrder.DescendingOrder:
            # Reverse the ranking but keep ties in file order.
            ranking = ranking[::-1]
            _, starts = np.unique(keys[ranking], return_index=True)
            groups = np.split(ranking, np.sort(starts)[1:])
            ranking = np.concatenate([g[::-1] for g in groups]) if groups else ranking
        return ranking.astype(np.int64)

    # -- cells ------------------------------------------------------------------------
    def quote_at(self, row: int):
        return self.rows[int(self.order[row])]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        quote = self.quote_at(index.row())
        column = index.column()
        if role == Qt.DisplayRole:
            if column == EVENT:
                return one_line(self.document.events[quote.row].title, 120)
            return one_line((quote.published, quote.quote, quote.speaker, quote.publisher, quote.grade)[column],
                            300 if column == QUOTE else 120)
        if role == EVENT_ROW_ROLE:
            return quote.row
        return None

"""Every quote of the document in one table, searchable and sortable."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QModelIndex, Qt

from ...model.per_document import derived
from ...model.quotes import QuoteRow, Quotes, quote_row, quotes_of
from ...model.translation import QT_TRANSLATE_NOOP
from ..plain_text import one_line, tooltip
from .row_table import FULL_TEXT_ROLE, ColumnsModel

EVENT_ROW_ROLE = Qt.UserRole + 12
COLUMNS = (QT_TRANSLATE_NOOP("Details", "Published"), QT_TRANSLATE_NOOP("Details", "Quote"),
           QT_TRANSLATE_NOOP("Details", "Speaker"), QT_TRANSLATE_NOOP("Details", "Publisher"),
           QT_TRANSLATE_NOOP("Details", "Grade"), QT_TRANSLATE_NOOP("Details", "Event"))
DATE, QUOTE, SPEAKER, PUBLISHER, GRADE, EVENT = range(len(COLUMNS))
_TEXT_FIELDS = {QUOTE: "quote", SPEAKER: "speaker", PUBLISHER: "publisher", EVENT: "event"}
_ROWS_KEPT = 4096  # rows made for display, kept while they are likely to be shown again


def date_order(document) -> np.ndarray:
    """Every quote by publication date, the table's first order: sorted once per document
    (by the loading worker, see ui/warm.py)."""
    return derived(document, "quote-order-by-date",
                   lambda d: np.argsort(quotes_of(d).published_key, kind="stable").astype(np.int64))


class QuoteTableModel(ColumnsModel):
    """All quotes; shows those matching the search, in the chosen order.

    The model reads the document's quote columns: sorting is a numpy argsort of
    a key column, searching a scan of the folded texts, and a row's cells are
    made only when the view asks for them, so opening a file with a million
    quotes costs no Python object per quote.
    """

    columns = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = None
        self._quotes: Quotes | None = None
        self.words: list[str] = []
        self.order = np.zeros(0, dtype=np.int64)  # quote index of each shown row
        self._sorted = np.zeros(0, dtype=np.int64)  # every quote, in the chosen order
        self._sort = (DATE, Qt.SortOrder.AscendingOrder)
        self._text_keys: dict[int, list[str]] = {}
        self._made: OrderedDict[int, QuoteRow] = OrderedDict()

    @property
    def total(self) -> int:
        return len(self._quotes) if self._quotes is not None else 0

    def set_document(self, document) -> None:
        self.beginResetModel()
        self.document = document
        self._quotes = quotes_of(document) if document is not None else None
        self._text_keys.clear()
        self._made.clear()
        self._sorted = self._sorted_indices(*self._sort)
        self.order = self._matching(self._sorted)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.order)

    # -- search and order ---------------------------------------------------------
    def set_search(self, text: str) -> None:
        words = list(dict.fromkeys(text.casefold().split()))
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
        if not self.words or self._quotes is None:
            return indices
        keep = np.zeros(len(self._quotes), dtype=bool)
        keep[self._quotes.matching(self.words)] = True
        return indices[keep[indices]]

    def _text_keys_of(self, column: int) -> list[str]:
        if column not in self._text_keys:
            # Made when the column is first sorted by. Empty cells sort after filled ones.
            texts = self._quotes.texts(self.document, _TEXT_FIELDS[column])
            self._text_keys[column] = [("0" + t.casefold()) if t else "1" for t in texts]
        return self._text_keys[column]

    def _sorted_indices(self, column: int, order) -> np.ndarray:
        quotes = self._quotes
        if quotes is None or len(quotes) == 0:
            return np.zeros(0, dtype=np.int64)
        descending = order == Qt.SortOrder.DescendingOrder
        if column in (DATE, GRADE):
            keys = quotes.published_key if column == DATE else quotes.grade_key
            if descending:  # largest key first, ties kept in file order
                return np.lexsort((np.arange(len(keys)), -keys)).astype(np.int64)
            if column == DATE:
                return date_order(self.document)
            return np.argsort(keys, kind="stable").astype(np.int64)
        texts = self._text_keys_of(column)
        # Python's sort is stable in both directions and compares str in C; numpy's
        # fixed-width text arrays would take the longest quote's width per quote.
        ranking = sorted(range(len(texts)), key=texts.__getitem__, reverse=descending)
        return np.array(ranking, dtype=np.int64)

    # -- cells ------------------------------------------------------------------------
    def full_text(self, row: int, column: int) -> str:
        """The whole text of a cell, which the cell may show cut short (hover and copy give this)."""
        quote = self.quote_at(row)
        if column == EVENT:
            return self.document.events[quote.row].title
        if column == QUOTE and quote.translation:
            return f"{quote.quote}\n\nTranslation: {quote.translation}"
        return (quote.published, quote.quote, quote.speaker, quote.publisher, quote.grade)[column]

    def quote_at(self, row: int) -> QuoteRow:
        k = int(self.order[row])
        made = self._made.get(k)
        if made is None:
            made = self._made[k] = quote_row(self.document, self._quotes, k)
            if len(self._made) > _ROWS_KEPT:
                self._made.popitem(last=False)
        return made

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == EVENT_ROW_ROLE:
            return int(self._quotes.owner[self.order[index.row()]])
        if role in (FULL_TEXT_ROLE, Qt.ToolTipRole):
            text = self.full_text(index.row(), index.column())
            return text if role == FULL_TEXT_ROLE else tooltip(text)
        if role != Qt.DisplayRole:
            return None
        quote = self.quote_at(index.row())
        column = index.column()
        if column == EVENT:
            return one_line(self.document.event_title(quote.row), 120)
        return one_line((quote.published, quote.quote, quote.speaker, quote.publisher, quote.grade)[column],
                        300 if column == QUOTE else 120)

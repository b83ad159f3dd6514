"""Every quote of the document in one table, searchable and sortable."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from ...model.citations import all_quotes
from .plain import one_line
from .row_table import SORT_ROLE, RowTableModel

EVENT_ROW_ROLE = Qt.UserRole + 12
COLUMNS = ("Published", "Quote", "Speaker", "Publisher", "Grade", "Event")
DATE, QUOTE, SPEAKER, PUBLISHER, GRADE, EVENT = range(len(COLUMNS))


class QuoteTableModel(RowTableModel):
    columns = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = None
        self.haystacks: list[str] = []  # folded text the search looks in, per quote

    @property
    def quotes(self) -> list:
        return self.rows

    def set_document(self, document) -> None:
        self.document = document
        quotes = all_quotes(document) if document is not None else []
        self.haystacks = ["\n".join((q.quote, q.translation, q.speaker, q.publisher)).casefold() for q in quotes]
        self.replace_rows(quotes)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        quote = self.quotes[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            if column == EVENT:
                return one_line(self.document.events[quote.row].title, 120)
            return one_line((quote.published, quote.quote, quote.speaker, quote.publisher, quote.grade)[column],
                            300 if column == QUOTE else 120)
        if role == SORT_ROLE:
            if column == DATE:
                return quote.published_key
            if column == GRADE:
                return quote.grade_key
            if column == EVENT:
                return self.document.events[quote.row].title.casefold()
            # empty speakers sort after named ones
            text = (None, quote.quote, quote.speaker, quote.publisher)[column]
            return ("1" if not text else "0" + text.casefold())
        if role == EVENT_ROW_ROLE:
            return quote.row
        return None


class QuoteFilterProxy(QSortFilterProxyModel):
    """Keeps the quotes holding every word typed (quote, translation, speaker, publisher)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 - Qt override
        if not self.words:
            return True
        haystack = self.sourceModel().haystacks[source_row]
        return all(word in haystack for word in self.words)

    def lessThan(self, left, right):  # noqa: N802 - Qt override
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a == b:  # ties keep the file's order
            return left.row() < right.row()
        return a < b

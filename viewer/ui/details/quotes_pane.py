"""All quotes of the document, to search across sources and jump to the event
each one supports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...model.translation import number, translate
from ...model.wording import counted
from ...state import Change, Commands
from .quote_table import DATE, EVENT, EVENT_ROW_ROLE, GRADE, PUBLISHER, QUOTE, SPEAKER, QuoteTableModel
from .row_table import row_table_view


class QuotesPane(QWidget):
    def __init__(self, state, commands: Commands | None = None, parent=None):
        super().__init__(parent)
        self.state = state
        self.commands = commands if commands is not None else Commands()
        self.model = QuoteTableModel(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Details", "Search quotes, translations, speakers, publishers"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("Details", "Search quotes"))
        self.search.textChanged.connect(self._search_changed)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.PlainText)
        self.table = row_table_view(self.model, translate("Details", "Quotes"), self)
        self.table.sortByColumn(DATE, Qt.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setResizeContentsPrecision(0)  # fit the date and grade columns to the rows on screen only
        for column in (DATE, GRADE):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(QUOTE, QHeaderView.Stretch)
        for column, width in ((SPEAKER, 100), (PUBLISHER, 100), (EVENT, 110)):
            header.resizeSection(column, width)
        self.table.clicked.connect(self.jump_to)
        self.table.activated.connect(self.jump_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        state.changed.connect(self._state_changed)
        self._document_changed()

    def _state_changed(self, change: Change) -> None:
        if change & Change.DOCUMENT:
            self._document_changed()

    def _document_changed(self) -> None:
        self.model.set_document(self.state.document)
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(translate("Details", "{shown} of {quotes}").format(
            shown=number(self.model.rowCount()), quotes=counted(total, "quote")))

    def jump_to(self, index) -> None:
        """Select and show the event a quote supports."""
        row = index.data(EVENT_ROW_ROLE) if index.isValid() else None
        if row is None:
            return
        self.state.select([row])
        self.commands.show_details.emit()

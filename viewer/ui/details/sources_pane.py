"""The sources of the document: who is quoted how often, and how reliable they are.

Choosing a source highlights the events that cite it, clicking it again (or
Esc in the window) takes the highlight off; double-clicking filters the
timeline to them. Only a choice highlights: moving the focus into the table
does not."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ...model.citations import source_event_rows
from ...model.translation import translate
from ...model.wording import counted
from ...state import Change, Commands
from ..plain_text import one_line
from .quotes_pane import QuotesPane
from .row_table import row_table_view
from .source_table import SORT_ROLE, SOURCE_ID_ROLE, SourceTableModel

__all__ = ["QuotesPane", "SourcesPane"]


class SourcesPane(QWidget):
    def __init__(self, state, commands: Commands | None = None, parent=None):
        super().__init__(parent)
        self.state = state
        self.commands = commands if commands is not None else Commands()
        self.model = SourceTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = row_table_view(self.proxy, translate("Details", "Sources"), self)
        self.table.sortByColumn(3, Qt.DescendingOrder)  # most quoted first
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.Interactive, QHeaderView.ResizeToContents, QHeaderView.Stretch,
                                       QHeaderView.ResizeToContents, QHeaderView.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(0, 190)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._filter_to)
        self.table.installEventFilter(self)  # Enter filters, like a double-click
        self.table.viewport().installEventFilter(self)  # what was highlighted before a click
        self._highlighted_source: str | None = None
        self._before_press: str | None = None
        self.hint = QLabel(translate("Details", "Select a source to highlight its events; double-click or press Enter "
                                          "to show only them."), self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        state.changed.connect(self._state_changed)
        self._document_changed()

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if (watched is self.table and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.table.currentIndex().isValid()):
            self._filter_to(self.table.currentIndex())
            return True
        if watched is self.table.viewport() and event.type() == QEvent.MouseButtonPress:
            self._before_press = self._highlighted_source
        return super().eventFilter(watched, event)

    def _state_changed(self, change: Change) -> None:
        if change & Change.DOCUMENT:
            self._document_changed()
        if change & Change.HIGHLIGHT and self._highlighted_source is not None \
                and self.state.highlight_label != self._label(self._highlighted_source):
            # the highlight was taken off or replaced elsewhere: the table no longer shows a choice
            self._highlighted_source = None
            self.table.selectionModel().clearSelection()

    def _document_changed(self) -> None:
        self._highlighted_source = None
        self.model.set_document(self.state.document)

    def source_id_at(self, proxy_row: int) -> str | None:
        return self.proxy.index(proxy_row, 0).data(SOURCE_ID_ROLE)

    def _label(self, source_id: str) -> str:
        name = one_line(self.state.document.source(source_id).name, 80)
        return translate("Details", "citing {source}").format(source=name)

    def _selection_changed(self, *_args) -> None:
        chosen = self.table.selectionModel().selectedRows()
        source_id = chosen[0].data(SOURCE_ID_ROLE) if chosen else None
        if source_id == self._highlighted_source or self.state.document is None:
            return
        self._highlighted_source = source_id
        if source_id is None:
            self.state.clear_highlight()
            self.commands.message.emit(translate("Details", "Highlight cleared"))
            return
        rows = source_event_rows(self.state.document, source_id)
        self.state.highlight(rows, self._label(source_id))
        message = translate("Details", "Highlighted {events} {citing}; click again or Esc to clear")
        self.commands.message.emit(message.format(events=counted(len(rows), "event"), citing=self._label(source_id)))

    def _clicked(self, index) -> None:
        """A click on the source that was already highlighted takes the highlight off."""
        source_id = index.data(SOURCE_ID_ROLE) if index.isValid() else None
        if source_id is not None and source_id == self._before_press:
            self.table.selectionModel().clearSelection()
        self._before_press = None

    def _filter_to(self, index) -> None:
        source_id = index.data(SOURCE_ID_ROLE) if index.isValid() else None
        if source_id is None:
            return
        self.state.set_filter(self.state.filter.with_(sources=frozenset({source_id})))
        name = one_line(self.state.document.source(source_id).name, 80)
        message = translate("Details", "Showing only events citing {source}: {events}")
        self.commands.message.emit(message.format(source=name, events=counted(self.state.visible_count, "event")))

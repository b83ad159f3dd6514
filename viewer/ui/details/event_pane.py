"""The selected event in full: dates with their uncertainty, place, actors,
segments, the analyst's note and every quoted source with its grade."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QMenu, QToolButton, QVBoxLayout, QWidget

from ...model.citations import citation_as_text, event_as_text, link_scheme, safe_link, source_name
from ...model.translation import number, translate
from ...model.wording import counted
from ...state import Change, Commands
from ...style.fonts import ui_font
from ..plain_text import add_menu_action, one_line
from .doc_writer import Colours, DocumentWriter
from .event_render import write_event
from .full_text_dialog import FullTextDialog
from .safe_browser import SafeTextBrowser
from .selection_list import ROW_ROLE, SelectedEventsModel


class EventDetailPane(QWidget):
    def __init__(self, state, commands: Commands | None = None, parent=None):
        super().__init__(parent)
        self.state = state
        self.commands = commands if commands is not None else Commands()
        self._row = -1
        self._spans: list[tuple[int, int]] = []
        self._full_texts: list[tuple[str, str]] = []
        self.full_text_dialog: FullTextDialog | None = None

        self.copy_event_button = QToolButton(self)
        self.copy_event_button.setText(translate("Details", "Copy event"))
        self.copy_event_button.setToolTip(translate("Details", "Copy the event and all its citations as plain text"))
        self.copy_event_button.clicked.connect(self.copy_event)
        self.copy_citation_button = QToolButton(self)
        self.copy_citation_button.setText(translate("Details", "Copy citation"))
        self.copy_citation_button.setToolTip(translate("Details", "Copy the citation at the text cursor (the arrow "
                                                                  "lists all)"))
        self.copy_citation_button.setPopupMode(QToolButton.MenuButtonPopup)
        self.copy_citation_button.setMenu(QMenu(self.copy_citation_button))
        self.copy_citation_button.clicked.connect(lambda: self.copy_citation())
        self.full_text_button = QToolButton(self)
        self.full_text_button.setText(translate("Details", "Show full text"))
        self.full_text_button.setToolTip(translate("Details", "Texts too long to show here, in a plain-text viewer"))
        self.full_text_button.setPopupMode(QToolButton.InstantPopup)
        self.full_text_button.setMenu(QMenu(self.full_text_button))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.copy_event_button, self.copy_citation_button, self.full_text_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.selection_label = QLabel(self)
        self.selection_label.setTextFormat(Qt.PlainText)
        self.selection_model = SelectedEventsModel(self)
        self.selection_view = QListView(self)
        self.selection_view.setModel(self.selection_model)
        self.selection_view.setUniformItemSizes(True)
        self.selection_view.setAccessibleName(translate("Details", "Selected events"))
        self.selection_view.activated.connect(self._list_activated)
        self.selection_view.clicked.connect(self._list_activated)

        self.browser = SafeTextBrowser(self)
        self.browser.setAccessibleName(translate("Details", "Event details"))
        self.browser.document().setDocumentMargin(10)
        self.browser.document().setDefaultFont(ui_font(13))
        self.browser.anchorClicked.connect(self.open_link)
        self.browser.elisionActivated.connect(self.show_full_text)
        self.browser.setContextMenuPolicy(Qt.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(self._context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.selection_label)
        layout.addWidget(self.selection_view)
        layout.addWidget(self.browser, 1)
        self.setFocusProxy(self.browser)

        state.changed.connect(self._state_changed)
        self._selection_changed()

    # -- for tests and other panes ---------------------------------------
    def plain_text(self) -> str:
        return self.browser.document().toPlainText()

    def document(self):
        return self.browser.document()

    @property
    def event(self):
        document = self.state.document
        return document.events[self._row] if document is not None and self._row >= 0 else None

    # -- following the state --------------------------------------------
    def _state_changed(self, change: Change) -> None:
        if change & (Change.DOCUMENT | Change.SELECTION | Change.TIME_ZONE):
            self._selection_changed()

    def _selection_changed(self) -> None:
        selected = self.state.selected if self.state.document is not None else []
        several = len(selected) > 1
        self.selection_model.set_rows(self.state.document, selected if several else [])
        self.selection_label.setText(f"{len(selected):,} events selected \u2013 choose one to read it"
                                     if several else "")
        self.selection_label.setVisible(several)
        self.selection_view.setVisible(several)
        if several:  # as tall as its rows, up to six
            row_height = max(self.selection_view.sizeHintForRow(0), 16)
            self.selection_view.setFixedHeight(min(len(selected), 6) * row_height
                                               + 2 * self.selection_view.frameWidth() + 2)
        self._current_changed(self.state.current)

    def _current_changed(self, row: int) -> None:
        document = self.state.document
        self._row = row if document is not None and 0 <= row < len(document.events) else -1
        position = self.selection_model.position_of(self._row)
        if position >= 0:
            self.selection_view.setCurrentIndex(self.selection_model.index(position))
        self._render()

    def _list_activated(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.state.set_current(int(row))

    def changeEvent(self, event):  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            self._render()  # colours come from the palette

    # -- building the document ------------------------------------------
    def _render(self) -> None:
        text_document = self.browser.document()
        text_document.clear()
        writer = DocumentWriter(text_document, Colours.from_palette(self.browser.palette()))
        event = self.event
        if event is None:
            self._spans = []
            count = len(self.state.selected) if self.state.document is not None else 0
            writer.new_block(writer.block(top=6))
            writer.label(translate("Details", "Choose one of the selected events above.") if count > 1 else
                         translate("Details", "No event selected. Click an event on the timeline to read its details "
                                               "and quoted sources here."), writer.char(colour=writer.colours.muted))
        else:
            self._spans = write_event(writer, self.state.document, event, self.state.time_zone)
        self._full_texts = writer.full_texts
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        self._update_buttons()

    def _update_buttons(self) -> None:
        event = self.event
        self.copy_event_button.setEnabled(event is not None)
        citations = event.citations if event is not None else []
        self.copy_citation_button.setEnabled(bool(citations))
        menu = self.copy_citation_button.menu()
        menu.clear()
        for i, citation in enumerate(citations):
            label = f"{i + 1}. {source_name(self.state.document, citation.source)}: {citation.quote}"
            action = add_menu_action(menu, label)
            action.triggered.connect(lambda _=False, i=i: self.copy_citation(i))
        menu = self.full_text_button.menu()
        menu.clear()
        for i, (what, text) in enumerate(self._full_texts):
            action = menu.addAction(f"{what} ({len(text):,} characters)")
            action.triggered.connect(lambda _=False, i=i: self.show_full_text(i))
        self.full_text_button.setVisible(bool(self._full_texts))

    # -- actions ----------------------------------------------------------
    def citation_at(self, position: int) -> int:
        """Index of the citation written around a document position, or -1."""
        for index, (start, end) in enumerate(self._spans):
            if start <= position <= end:
                return index
        return -1

    def copy_citation(self, index: int | None = None) -> None:
        event = self.event
        if event is None or not event.citations:
            self.commands.message.emit(translate("Details", "This event quotes no source; nothing to copy"))
            return
        if index is None:
            index = max(self.citation_at(self.browser.textCursor().position()), 0)
        citation = event.citations[index]
        QGuiApplication.clipboard().setText(citation_as_text(self.state.document, event, citation))
        message = translate("Details", "Copied citation {n} of {count} ({source}) to the clipboard")
        source = one_line(source_name(self.state.document, citation.source), 60)
        self.commands.message.emit(message.format(n=index + 1, count=len(event.citations), source=source))

    def copy_event(self) -> None:
        event = self.event
        if event is None:
            return
        QGuiApplication.clipboard().setText(event_as_text(self.state.document, event))
        message = translate("Details", "Copied \u201c{title}\u201d with {citations} to the clipboard")
        self.commands.message.emit(message.format(title=one_line(event.title, 60),
                                                  citations=counted(len(event.citations), "citation")))

    def show_full_text(self, index: int) -> FullTextDialog | None:
        if not 0 <= index < len(self._full_texts):
            return None
        what, text = self._full_texts[index]
        self.full_text_dialog = FullTextDialog(what, text, self)
        self.full_text_dialog.show()
        return self.full_text_dialog

    def open_link(self, url) -> bool:
        """Open a clicked link in the browser, only when it is a plain web link."""
        text = url.toString() if isinstance(url, QUrl) else str(url)
        target = safe_link(text)
        if target is None:
            message = translate("Details", "Refused to open link with scheme '{scheme}': "
                                           "only http and https links open")
            self.commands.message.emit(message.format(scheme=one_line(link_scheme(text), 40)))
            return False
        QDesktopServices.openUrl(QUrl(target))
        message = translate("Details", "Opening {link} in the web browser")
        self.commands.message.emit(message.format(link=one_line(target, 120)))
        return True

    def _context_menu(self, point) -> None:
        menu = self.browser.createStandardContextMenu(point)  # Copy, Select All (read-only)
        menu.addSeparator()
        position = self.browser.cursorForPosition(point).position()
        index = self.citation_at(position)
        if index >= 0:
            action = QAction(translate("Details", "Copy citation {n}").format(n=index + 1), menu)
            action.triggered.connect(lambda: self.copy_citation(index))
            menu.addAction(action)
        action = menu.addAction(translate("Details", "Copy event"))
        action.setEnabled(self.event is not None)
        action.triggered.connect(self.copy_event)
        elided = self.browser.elision_at(point)
        if elided >= 0:
            label = translate("Details", "Show all {n} characters")
            action = menu.addAction(label.format(n=number(len(self._full_texts[elided][1]))))
            action.triggered.connect(lambda: self.show_full_text(elided))
        menu.exec(self.browser.viewport().mapToGlobal(point))
        menu.deleteLater()

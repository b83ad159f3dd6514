"""The storyboard: the saved views of the open event file as a story to capture, edit, step through and present.

Views are recipes, not images: choosing one (a click, Page Up / Page Down)
applies it to the one state, and every pane draws it from the file as it is
now. Every change is written at once to the sidecar beside the event file
(story.sidecar), never into the event file.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.geo import unproject
from ..model.translation import QT_TRANSLATE_NOOP, tr, translate
from ..output.atomic import OutputError
from ..resources_path import sample_path
from ..state import Change
from ..story import restore, sidecar
from ..story.views import PICTURES, SavedView, Story, StoryFile, unique_name
from ..ui.plain_text import cell, plain_label, set_plain, status_text

DEFAULT_STORY = "Briefing"
PICTURE_TEXT = {"page": QT_TRANSLATE_NOOP("Storyboard", "Timeline above map"),
                "timeline": QT_TRANSLATE_NOOP("Storyboard", "Timeline"), "map": QT_TRANSLATE_NOOP("Storyboard", "Map"),
                "board": QT_TRANSLATE_NOOP("Storyboard", "Segment board")}
TOKEN = Qt.ItemDataRole.UserRole


class StoryboardPane(QWidget):
    """The views of one story; ``window`` is the main window whose state, docks and map a view captures."""

    message = Signal(str)  # what the status bar should say

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.state = window.state
        self.setAccessibleName(translate("Storyboard", "Storyboard"))
        self.event_file: str | None = None
        self.stories = StoryFile()
        self.story = Story(DEFAULT_STORY)
        self._tokens: dict[int, SavedView] = {}
        self._next_token = 0
        self._filling = False

        self.list = QListWidget()
        self.list.setAccessibleName(translate("Storyboard", "Views of the story"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(lambda *_: self._order_changed())
        self.list.currentRowChanged.connect(self._row_chosen)
        self.list.itemActivated.connect(lambda _item: self.show_view(self.list.currentRow()))

        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("Storyboard", "Name of the view"))
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(translate("Storyboard", "One sentence for the slide"))
        self.picture = QComboBox()
        for key in PICTURES:
            self.picture.addItem(tr(PICTURE_TEXT[key]), key)
        self.name.editingFinished.connect(self._edited)
        self.caption.editingFinished.connect(self._edited)
        self.picture.activated.connect(lambda _i: self._edited())
        form = QFormLayout()
        form.addRow(translate("Storyboard", "&Name"), self.name)
        form.addRow(translate("Storyboard", "Ca&ption"), self.caption)
        form.addRow(translate("Storyboard", "Pict&ure"), self.picture)

        buttons = QHBoxLayout()
        self.capture_button = QPushButton(translate("Storyboard", "Capture"))
        self.capture_button.setToolTip(translate("Storyboard", "Keep the view on screen as the next view of the story "
                                                               "(Ctrl+K)"))
        self.capture_button.clicked.connect(self.capture)
        self.duplicate_button = QPushButton(translate("Storyboard", "Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button = QPushButton(translate("Storyboard", "Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.present_button = QPushButton(translate("Storyboard", "Present"))
        self.present_button.setToolTip(translate("Storyboard", "Show the story full screen, a slide at a time (F11)"))
        self.present_button.clicked.connect(self.present)
        for button in (self.capture_button, self.duplicate_button, self.delete_button, self.present_button):
            buttons.addWidget(button)
        self.note = plain_label()
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.state.changed.connect(self._state_changed)
        self._enable()

    # -- the file beside the event file ---------------------------------------------
    def _state_changed(self, change: Change) -> None:
        if not change & Change.DOCUMENT:
            return
        path = getattr(self.state.document, "path", None)
        path = str(path) if path else None
        if path == self.event_file:
            return  # a reload: the views stay, and show the file as it is now when next chosen
        self.load(path)

    def load(self, event_file: str | None) -> None:
        """Read the stories beside ``event_file``; the first one is shown."""
        self.event_file = event_file
        self.stories, findings = sidecar.read(event_file) if event_file else (StoryFile(), [])
        self.story = self.stories.story() or Story(DEFAULT_STORY)
        self._fill()
        if findings:
            self._say(f"{len(findings)} problem(s) in {sidecar.sidecar_path(event_file).name}: "
                      f"{findings[0].format()}")
        else:
            set_plain(self.note, "")

    def _save(self) -> str:
        """Write the stories beside the event file; returns why they were not written, or ""."""
        self.stories.replace_story(self.story)
        if not self.event_file:
            return ""
        if Path(self.event_file).resolve() == sample_path().resolve():
            # the built-in sample is part of the program: its views last while it is open
            return "views of the built-in sample are not saved; save the sample as your own file to keep them"
        try:
            sidecar.write(self.event_file, self.stories)
        except (OutputError, OSError) as exc:
            return f"the views could not be saved: {exc}"
        return ""

    # -- the list ---------------------------------------------------------------------
    def views(self) -> list[SavedView]:
        return list(self.story.views)

    def _set_views(self, views: list[SavedView], current: int | None = None) -> str:
        self.story = Story(self.story.name, tuple(views))
        problem = self._save()
        self._fill(current)
        if problem:
            self._say(problem[0].upper() + problem[1:])
        return problem

    def _fill(self, current: int | None = None) -> None:
        self._filling = True
        try:
            self.list.clear()
            self._tokens.clear()
            for view in self.story.views:
                item = QListWidgetItem(cell(view.name))
                item.setToolTip(status_text(view.caption))
                item.setData(TOKEN, self._next_token)
                self._tokens[self._next_token] = view
                self._next_token += 1
                self.list.addItem(item)
            if current is not None and 0 <= current < self.list.count():
                self.list.setCurrentRow(current)
        finally:
            self._filling = False
        self._show_fields()
        self._enable()

    def _order_changed(self) -> None:
        order = [self._tokens[self.list.item(i).data(TOKEN)] for i in range(self.list.count())]
        self.story = Story(self.story.name, tuple(order))
        problem = self._save()
        if problem:
            self._say(problem[0].upper() + problem[1:])

    def _enable(self) -> None:
        chosen = self.list.currentRow() >= 0
        for widget in (self.name, self.caption, self.picture, self.duplicate_button, self.delete_button):
            widget.setEnabled(chosen)
        self.present_button.setEnabled(bool(self.story.views) and self.state.document is not None)
        self.capture_button.setEnabled(self.state.document is not None)

    def _show_fields(self) -> None:
        row = self.list.currentRow()
        view = self.story.views[row] if 0 <= row < len(self.story.views) else None
        self.name.setText(view.name if view else "")
        self.caption.setText(view.caption if view else "")
        self.picture.setCurrentIndex(PICTURES.index(view.picture) if view else 0)

    def _row_chosen(self, row: int) -> None:
        if self._filling:
            return
        self._show_fields()
        self._enable()
        if row >= 0:
            self.show_view(row)

    def _edited(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.story.views):
            return
        view = self.story.views[row]
        others = [v.name for i, v in enumerate(self.story.views) if i != row]
        name = unique_name(self.name.text().strip() or view.name, others)
        changed = view.with_(name=name, caption=self.caption.text().strip(),
                             picture=self.picture.currentData() or view.picture)
        if changed != view:
            views = self.views()
            views[row] = changed
            self._set_views(views, row)

    # -- capture, duplicate, delete -----------------------------------------------------
    def capture(self) -> None:
        """Keep what the window shows now as a new view after the current one."""
        if self.state.document is None:
            return
        views = self.views()
        name = unique_name(f"View {len(views) + 1}", [v.name for v in views])
        window = self.window
        shown = [n for n, dock in window.docks.items() if not dock.isHidden()]
        view = restore.capture(self.state, name, panes=shown, map_extent=self._map_extent(shown))
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(views)
        views.insert(row, view)
        self._filling = True  # the new view is what is shown already
        problem = self._set_views(views, row)
        self._filling = False
        self._show_fields()
        self._enable()
        self._say(f"Captured {name}; {len(views)} view(s) in {self.story.name}" + (f"; {problem}" if problem else ""))
        self.name.setFocus()
        self.name.selectAll()

    def _map_extent(self, shown) -> tuple[float, float, float, float] | None:
        """The map's area when the map is on screen, in degrees; None lets the picture fit the events."""
        if "map" not in shown:
            return None
        rect = self.window.map.plot_widget.view_rect()
        west, south = unproject(rect.left(), rect.top())
        east, north = unproject(rect.right(), rect.bottom())
        values = (float(west), float(min(south, north)), float(east), float(max(south, north)))
        if not all(math.isfinite(v) for v in values) or values[0] >= values[2] or values[1] >= values[3]:
            return None
        return tuple(round(v, 4) for v in values)  # type: ignore[return-value]

    def duplicate(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        views = self.views()
        copy = views[row].with_(name=unique_name(views[row].name, [v.name for v in views]))
        views.insert(row + 1, copy)
        self._set_views(views, row + 1)

    def delete(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        views = self.views()
        gone = views.pop(row)
        self._set_views(views, min(row, len(views) - 1) if views else None)
        self._say(translate("Storyboard", "Deleted {name}").format(name=gone.name))

    # -- stepping and presenting -------------------------------------------------------------
    def step(self, by: int) -> None:
        """The next (1) or previous (-1) view of the story, shown in the window."""
        count = len(self.story.views)
        if not count:
            self._say(translate("Storyboard", "The story has no views yet: Ctrl+K captures the one on screen"))
            return
        row = self.list.currentRow()
        row = 0 if row < 0 else min(max(row + by, 0), count - 1)
        self.list.setCurrentRow(row)  # shows it

    def show_view(self, row: int) -> None:
        if not 0 <= row < len(self.story.views) or self.state.document is None:
            return
        view = self.story.views[row]
        notes = restore.apply(self.state, view)
        window = self.window
        if view.panes:
            for name, dock in window.docks.items():
                dock.setVisible(name in view.panes or name == "storyboard")
        if not view.has_range:
            window.timeline.fit_all()
        if view.map_extent is not None:
            window.map.plot_widget.show_extent(*view.map_extent)
        else:
            window.map.fit()
        text = f"{view.name} ({row + 1} of {len(self.story.views)})"
        self._say(text + (": " + "; ".join(notes) if notes else ""))

    def present(self) -> None:
        if not self.story.views or self.state.document is None:
            return
        from .export_memory import document_choices
        from .presentation import Presentation

        start = max(self.list.currentRow(), 0)
        caveat = document_choices(self.window.settings, self.event_file).get("caveat", "").strip() or None
        self._presentation = Presentation(self.state.document, self.story, start, self.window, caveat)
        self._presentation.showFullScreen()

    def _say(self, text: str) -> None:
        set_plain(self.note, status_text(text))
        self.message.emit(text)


def install(window) -> StoryboardPane:
    """Add the storyboard to the main window: its dock (Ctrl+9) and the story's actions in View > Story."""
    pane = StoryboardPane(window)
    window._add_dock("storyboard", translate("Storyboard", "Storyboard"), pane, "details", "Ctrl+9")
    window.docks["storyboard"].hide()  # until asked for; the window remembers it from then on
    pane.message.connect(window.commands.message.emit)
    title = translate("MainWindow", "&View")
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() is not None and a.text() == title)
    menu = view_menu.addMenu(translate("Storyboard", "St&ory"))
    window._action(menu, translate("Storyboard", "&Capture View"), lambda: (_show(window), pane.capture()), "Ctrl+K",
                   translate("Storyboard", "Keep the view on screen as the next view of the story"))
    window._action(menu, translate("Storyboard", "&Next View"), lambda: pane.step(1), "PgDown",
                   translate("Storyboard", "Show the next view of the story"))
    window._action(menu, translate("Storyboard", "&Previous View"), lambda: pane.step(-1), "PgUp",
                   translate("Storyboard", "Show the previous view of the story"))
    window._action(menu, translate("Storyboard", "P&resent"), pane.present, "F11", translate("Storyboard", "Show the "
                                                                                                           "story "
                                                                                                           "full "
                                                                                                           "screen, a "
                                                                                                           "slide at "
                                                                                                           "a time"))
    title = translate("MainWindow", "&File")
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() is not None and a.text() == title)
    deck_action = window._action(file_menu, translate("Storyboard", "Export &Deck..."),
                                 lambda: export_deck_dialog(window, pane), None,
                                 translate("Storyboard", "Write the story as a PowerPoint or PDF deck with the "
                                                         "sources in the notes"))
    following = file_menu.actions()[file_menu.actions().index(window.export_action) + 1]
    file_menu.insertAction(following, deck_action)  # beside Export...
    return pane


def _show(window) -> None:
    window.docks["storyboard"].show()
    window.docks["storyboard"].raise_()


def export_deck_dialog(window, pane: StoryboardPane) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ..ui.plain_text import show_message
    from .export_memory import document_choices

    if not pane.story.views or window.state.document is None:
        show_message(window, QMessageBox.Icon.Information, "Export deck",
                     "The story has no views yet. Capture the view on screen with Ctrl+K first.")
        return
    start = Path(pane.event_file or Path.home()).with_suffix(".pptx")
    path, _ = QFileDialog.getSaveFileName(window, "Export deck", str(start),
                                          "PowerPoint (*.pptx);;PDF (*.pdf)")
    if not path:
        return
    from ..export.deck import DeckOptions, build_deck, export_deck

    caveat = document_choices(window.settings, pane.event_file).get("caveat", "").strip() or None
    try:
        deck = build_deck(window.state.document, pane.story, DeckOptions(caveat=caveat))
        written = export_deck(deck, window.state.document, path)
    except (OutputError, OSError) as exc:
        show_message(window, QMessageBox.Icon.Warning, "Export deck", str(exc))
        return
    window.commands.message.emit(translate("Storyboard", "Wrote {path}").format(path=written))

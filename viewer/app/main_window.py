"""The main window: timeline in the centre, panes in docks, menus, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from .. import __version__
from ..model.lanes import LANE_MODE_TEXT, LANE_MODES
from ..model.translation import QT_TRANSLATE_NOOP, number, tr, translate
from ..model.wording import counted
from ..model.zone_display import TIME_ZONES, ZONE_TEXT
from ..resources_path import resource, sample_path
from ..state import Change, Commands, ViewState
from ..style.theme import THEME_TITLES, THEMES, apply_palette
from ..ui.board import BoardPane
from ..ui.details import EventDetailPane, QuotesPane, SourcesPane
from ..ui.filter_panel import FilterPanel
from ..ui.findings_pane import FindingsPane
from ..ui.focus_ring import FocusRing
from ..ui.lanes_ahead import LanesAhead
from ..ui.legend_pane import LegendPane
from ..ui.map import MapPane
from ..ui.plain_text import one_line, plain_label, show_message, show_status, status_text, window_title
from ..ui.timeline import TimelineView
from .deck_opening import is_deck, open_deck
from .dock_room import first_layout, make_room
from .focus_order import first_stop, next_stop, on_screen, reading_order
from .help import show_about, show_format_help, show_shortcuts
from .language_menu import add_language_menu
from .loading import BackgroundLoad
from .pane_texts import PANE_DESCRIPTIONS
from .screen_fit import DEFAULT_SIZE, fit_to_screen
from .settings import forget_file, open_settings, recent_files, remember_file
from .store_window import is_store_path, open_store_window
from .storyboard import install as install_storyboard


# Other tools' files are recognised by their content; these names only help the dialog list them.
def file_filter() -> str:
    return (translate("MainWindow", "Event files and files to import")
            + " (*.json *.yaml *.yml *.csv *.tsv *.txt *.xlsx *.timeline *.jsonl);;"
            + translate("MainWindow", "Event stores") + " (*.parquet *.duckdb);;"
            + translate("MainWindow", "Lagebild event files") + " (*.json *.yaml *.yml);;"
            + translate("MainWindow", "Decks made by Lagebild") + " (*.pptx);;"
            + translate("MainWindow", "All files") + " (*)")


READ_SHARE = 0.9  # of the progress bar: reading the file; the rest is showing it
LANE_LABELS = {"segment": QT_TRANSLATE_NOOP("MainWindow", "By segment"),
               "actor": QT_TRANSLATE_NOOP("MainWindow", "By actor"),
               "place": QT_TRANSLATE_NOOP("MainWindow", "By place"),
               "source": QT_TRANSLATE_NOOP("MainWindow", "By source"),
               "status": QT_TRANSLATE_NOOP("MainWindow", "By status"),
               "single": QT_TRANSLATE_NOOP("MainWindow", "One lane")}
ZONE_LABELS = {"utc": QT_TRANSLATE_NOOP("MainWindow", "In &UTC"),
               "local": QT_TRANSLATE_NOOP("MainWindow", "In This Computer's &Zone"),
               "written": QT_TRANSLATE_NOOP("MainWindow", "As &Written in the File")}


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = open_settings()
        self.state = ViewState()
        self.lanes_ahead = LanesAhead(self.state, self)
        self.commands = Commands()
        self.path: str | None = None
        self._load: BackgroundLoad | None = None
        self.store_windows: list = []
        self._keep_view_on_load = False
        self._showing = False  # a loaded file is being shown; the progress bar ends when it is
        self.setWindowTitle("Lagebild")
        self.setWindowIcon(QIcon(str(resource("icons", "lagebild.svg"))))
        self.setAcceptDrops(True)

        # Every pane follows the state and sends requests through the commands; none calls another.
        state, commands = self.state, self.commands
        self.timeline = TimelineView(state, commands)
        self.setCentralWidget(self.timeline)
        self.timeline.setAccessibleName(translate("Timeline", "Timeline"))
        self.timeline.setAccessibleDescription(tr(PANE_DESCRIPTIONS["timeline"]))
        self.details = EventDetailPane(state, commands)
        self.filters = FilterPanel(state)
        self.sources = SourcesPane(state, commands)
        self.quotes = QuotesPane(state, commands)
        self.map = MapPane(state, commands)
        self.board = BoardPane(state, commands)
        self.findings = FindingsPane()
        self.legend = LegendPane(state)
        self.docks: dict[str, QDockWidget] = {}
        self.pane_actions: dict[str, QAction] = {}
        self._tab_with: dict[str, str] = {}  # dock -> the dock it shares tabs with on first run
        self._first_run_layout = False
        left, right, bottom = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                               Qt.DockWidgetArea.BottomDockWidgetArea)
        # (name, title, pane, area or the dock it shares tabs with, shortcut)
        for name, title, widget, place, shortcut in (
            ("filters", translate("MainWindow", "Filters"), self.filters, left, "Ctrl+1"),
            ("details", translate("MainWindow", "Details"), self.details, right, "Ctrl+2"),
            ("sources", translate("MainWindow", "Sources"), self.sources, "details", "Ctrl+3"),
            ("quotes", translate("MainWindow", "Quotes"), self.quotes, "details", "Ctrl+4"),
            ("map", translate("MainWindow", "Map"), self.map, bottom, "Ctrl+5"),
            ("board", translate("MainWindow", "Segment board"), self.board, "map", "Ctrl+6"),
            ("findings", translate("MainWindow", "Problems"), self.findings, "map", "Ctrl+7"),
            ("legend", translate("MainWindow", "Legend"), self.legend, "filters", "Ctrl+8"),
        ):
            self._add_dock(name, title, widget, place, shortcut)

        self._build_status_bar()
        self._build_menus()
        self.storyboard = install_storyboard(self)  # its dock, Ctrl+K, Page Up/Down, F11, Export Deck
        self.focus_ring = FocusRing(self)
        # Esc steps back: a load, then the selection, then the highlight, then the focus goes to the timeline.
        self.escape_action = self._action(self, translate("MainWindow", "Step Back"), self.escape, "Esc",
                                          translate("MainWindow", "Step back: cancel a load, clear the selection, "
                                                    "then the highlight, then return the focus to the timeline"))
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=400)
        self._reload_timer.timeout.connect(lambda: self.reload(keep_view=True))
        # After a resize, once Qt has laid the window out: the docks give way to the timeline.
        self._room_timer = QTimer(self, singleShot=True, interval=0)
        self._room_timer.timeout.connect(lambda: make_room(self, self.timeline, self.docks.values()))

        state.changed.connect(self._state_changed)
        commands.message.connect(self._show_message)
        commands.show_details.connect(self._show_details)
        self._restore_layout()

    # -- construction ------------------------------------------------------
    def _add_dock(self, name, title, widget, place, shortcut) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        widget.setAccessibleName(title)
        widget.setAccessibleDescription(tr(PANE_DESCRIPTIONS[name]))
        if isinstance(place, str):
            self._tab_with[name] = place
            place = self.dockWidgetArea(self.docks[place])
        self.addDockWidget(place, dock)
        self.docks[name] = dock
        # The shortcut brings a pane to the front and into focus, and hides it when it is in front already
        # (the dock's own toggle would hide a pane that is a tab behind another).
        action = QAction(title, self, checkable=True)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(status_text(translate(
            "MainWindow", "Show the pane {pane} and move the keyboard focus there, or hide it").format(pane=title)))
        action.triggered.connect(lambda _=False, n=name: self.toggle_pane(n))
        dock.visibilityChanged.connect(lambda _=False, d=dock, a=action: a.setChecked(not d.isHidden()))
        action.setChecked(True)
        self.addAction(action)
        self.pane_actions[name] = action

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = plain_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(translate("MainWindow", "Cancel"))
        self.cancel_button.setToolTip(translate("MainWindow", "Stop loading (Esc)"))
        self.cancel_button.clicked.connect(self._cancel_by_user)
        for widget in (self.progress, self.cancel_button):
            widget.hide()
            bar.addPermanentWidget(widget)
        bar.addPermanentWidget(self.count_label)

    def _action(self, menu, text, slot, shortcut=None, tip=None) -> QAction:
        """An action in ``menu`` (or on the window itself, when ``menu`` is the window)."""
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(status_text(tip))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self._action(file_menu, translate("MainWindow", "&Open..."), self.open_dialog,
                     QKeySequence.StandardKey.Open,
                     translate("MainWindow", "Open an event file (JSON or YAML), or another tool's file, "
                                             "imported on the way"))
        self._action(file_menu, translate("MainWindow", "&Import..."), self.import_dialog, None,
                     translate("MainWindow", "Import another tool's file or any CSV or XLSX table, "
                                             "with a preview and a column mapping"))
        self._action(file_menu, translate("MainWindow", "Open &Connection..."), self._open_connection, None,
                     translate("MainWindow", "Open a table in a warehouse or a distributed engine "
                                             "(Spark, Trino, BigQuery, Postgres, DuckDB)"))
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self._action(file_menu, translate("MainWindow", "Open &Sample"), lambda: self.open_path(str(sample_path())),
                     None, translate("MainWindow", "Open the built-in sample"))
        self.reload_action = self._action(file_menu, translate("MainWindow", "&Reload"),
                                          lambda: self.reload(keep_view=True), QKeySequence.StandardKey.Refresh,
                                          translate("MainWindow", "Read the file again"))
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, translate("MainWindow", "&Export..."), self.export_dialog,
                                          "Ctrl+E", translate("MainWindow", "Export the timeline, map or board "
                                                                            "as PNG, SVG or PDF"))
        file_menu.addSeparator()
        self._action(file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self._fill_recent_menu()

        view = bar.addMenu(translate("MainWindow", "&View"))
        self.lane_actions = self._choices(view.addMenu(translate("MainWindow", "&Lanes")), LANE_MODES, LANE_LABELS,
                                          self._choose_lane_mode, [f"Alt+{i + 1}" for i in range(len(LANE_MODES))])
        self.theme_actions = self._choices(view.addMenu(translate("MainWindow", "&Theme")), THEMES, THEME_TITLES,
                                           self.set_theme)
        self.zone_actions = self._choices(view.addMenu(translate("MainWindow", "Times of &Day")), TIME_ZONES,
                                          ZONE_LABELS, self.set_time_zone)
        self.language_actions = add_language_menu(self, view)
        panes = view.addMenu(translate("MainWindow", "&Panes"))
        for action in self.pane_actions.values():
            panes.addAction(action)
        view.addSeparator()
        self._action(view, translate("MainWindow", "&Fit All"), self.timeline.fit_all, "Home",
                     translate("MainWindow", "Show the whole time range"))
        self._action(view, translate("MainWindow", "Zoom &In"), lambda: self.timeline.zoom(0.5),
                     QKeySequence.StandardKey.ZoomIn)
        self._action(view, translate("MainWindow", "Zoom &Out"), lambda: self.timeline.zoom(2.0),
                     QKeySequence.StandardKey.ZoomOut)
        self._action(view, translate("MainWindow", "&Search"), self._focus_search, QKeySequence.StandardKey.Find)
        self._action(view, translate("MainWindow", "&Clear Filters"), self.filters.clear, "Ctrl+Shift+L")

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self._action(help_menu, translate("MainWindow", "&Keyboard Shortcuts"), lambda: show_shortcuts(self), "Ctrl+/",
                     translate("MainWindow", "Every shortcut of the window, read from its menus and panes"))
        self._action(help_menu, translate("MainWindow", "Event File &Format"), lambda: show_format_help(self), "F1")
        self._action(help_menu, translate("MainWindow", "&About Lagebild"), lambda: show_about(self, __version__))

    def _choices(self, menu, keys, labels, slot, shortcuts=()) -> dict[str, QAction]:
        """One checkable action per choice in ``menu``, one of them checked at a time."""
        group = QActionGroup(self)
        actions = {}
        for i, key in enumerate(keys):
            action = QAction(tr(labels.get(key, key)), self, checkable=True)
            if i < len(shortcuts):
                action.setShortcut(QKeySequence(shortcuts[i]))
            action.triggered.connect(lambda _=False, k=key: slot(k))
            group.addAction(action)
            menu.addAction(action)
            actions[key] = action
        return actions

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self.settings)
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(files))

    # -- layout memory -----------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        fit_to_screen(self)  # a size remembered from a larger screen, or the default on a small one
        state = self.settings.value("window/state")
        self._first_run_layout = state is None or not self.restoreState(state)
        self.set_theme(str(self.settings.value("view/theme", "light")))
        mode = str(self.settings.value("view/lanes", "segment"))
        self.set_lane_mode(mode if mode in LANE_MODES else "segment")
        self.set_time_zone(str(self.settings.value("view/time_zone", "utc")))
        self._show_theme()  # also when the remembered choices are the defaults
        self.lane_actions[self.state.lane_mode].setChecked(True)
        self.zone_actions[self.state.time_zone].setChecked(True)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._first_run_layout:
            self._first_run_layout = False
            self._lay_out_docks()

    def show_on_screen(self) -> None:
        """Show the window, then fit it to its screen again with its frame and its laid-out panes,
        known once it is shown (some platforms tell the frame only after the first events)."""
        self.show()
        fit_to_screen(self)
        QTimer.singleShot(0, lambda: fit_to_screen(self))

    def _lay_out_docks(self) -> None:
        """The first-run layout: tabbed panes, the timeline with most of the room.

        Tabs are made once the window is shown, since Qt 6.11 leaves a stray tab
        bar on screen when several dock groups are tabified before that.
        """
        for name, first in self._tab_with.items():
            self.tabifyDockWidget(self.docks[first], self.docks[name])
        for name in ("filters", "details", "map"):
            self.docks[name].raise_()
        first_layout(self, self.docks)
        self._room_timer.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._room_timer.start()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.cancel_load()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        super().closeEvent(event)

    # -- view choices ------------------------------------------------------
    def set_lane_mode(self, mode: str) -> None:
        self.lanes_ahead.switch(mode)  # a large document is laid out in a thread

    def _choose_lane_mode(self, mode: str) -> None:
        self.lanes_ahead.switch(mode)
        self.commands.message.emit(translate("MainWindow", "Timeline lanes: {lanes}").format(
            lanes=tr(LANE_MODE_TEXT[mode])))

    def set_theme(self, name: str) -> None:
        self.state.set_theme(name if name in THEMES else "light")

    def set_time_zone(self, zone: str) -> None:
        """How times of day read in the details and tooltips: "utc", "local" or "written"."""
        self.state.set_time_zone(zone if zone in TIME_ZONES else "utc")

    @property
    def theme(self):
        return THEMES[self.state.theme]

    def _state_changed(self, change: Change) -> None:
        if change & (Change.FILTER | Change.HIGHLIGHT) and not change & Change.DOCUMENT:
            self.statusBar().clearMessage()  # a line about the previous filter or highlight is no longer true
        if change & (Change.DOCUMENT | Change.FILTER | Change.SELECTION | Change.HIGHLIGHT):
            self._update_counts()
        if change & Change.LANE_MODE:
            self.lane_actions[self.state.lane_mode].setChecked(True)
            self.settings.setValue("view/lanes", self.state.lane_mode)
        if change & Change.THEME:
            self._show_theme()
        if change & Change.TIME_ZONE:
            self.zone_actions[self.state.time_zone].setChecked(True)
            self.settings.setValue("view/time_zone", self.state.time_zone)
            self.commands.message.emit(translate("MainWindow", "Times of day shown in {zone}").format(
                zone=tr(ZONE_TEXT[self.state.time_zone])))

    def _show_theme(self) -> None:
        apply_palette(QApplication.instance(), self.theme)
        self.theme_actions[self.state.theme].setChecked(True)
        self.settings.setValue("view/theme", self.state.theme)

    def _show_message(self, text: str) -> None:
        show_status(self.statusBar(), text, 8000)

    def _focus_search(self) -> None:
        self.docks["filters"].show()
        self.docks["filters"].raise_()
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _show_details(self) -> None:
        self.docks["details"].show()
        self.docks["details"].raise_()
        self.details.setFocus()

    def _update_counts(self) -> None:
        """What the timeline really shows: how many events, which filter, highlight and selection."""
        state = self.state
        total, shown = state.event_count, state.visible_count
        text = translate("MainWindow", "{shown} of {total} shown").format(shown=number(shown),
                                                                         total=counted(total, "event"))
        if state.document is not None and not state.filter.is_empty:
            text += translate("MainWindow", " (only {filter})").format(
                filter=one_line(state.filter.describe(state.document), 80))
        if len(state.highlighted):
            text += translate("MainWindow", "  ·  {n} highlighted").format(n=number(len(state.highlighted)))
            if state.highlight_label:
                text += f" ({state.highlight_label})"
        if len(state.selected):
            text += translate("MainWindow", "  ·  {n} selected").format(n=number(len(state.selected)))
        self.count_label.setText(text)

    # -- keyboard ------------------------------------------------------------
    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt name)
        """Tab follows the reading order of what is on screen (see focus_order.py)."""
        panes = [dock.widget() for dock in self.docks.values()]
        target = next_stop(reading_order(self, self.timeline, panes), QApplication.focusWidget(), forward)
        if target is None:
            return super().focusNextPrevChild(forward)
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True

    def focus_timeline(self) -> None:
        self.timeline.plot_widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def escape(self) -> None:
        """One step back: cancel a load, else clear the selection, else the highlight, else focus the timeline."""
        if self._load is not None:
            self._cancel_by_user()
        elif len(self.state.selected):
            self.state.clear_selection()
            show_status(self.statusBar(), translate("MainWindow", "Selection cleared"), 4000)
        elif len(self.state.highlighted):
            self.state.clear_highlight()
            show_status(self.statusBar(), translate("MainWindow", "Highlight cleared"), 4000)
        else:
            self.focus_timeline()

    def toggle_pane(self, name: str) -> None:
        """Bring a pane to the front with the focus in it; hide it when it is in front and has the focus."""
        dock = self.docks[name]
        stop = first_stop(dock.widget())
        focus = QApplication.focusWidget()
        in_front = on_screen(dock)
        if in_front and (stop is None or (focus is not None and dock.isAncestorOf(focus))):
            dock.hide()
            self.focus_timeline()
            return
        dock.show()
        dock.raise_()
        self._room_timer.start()
        if stop is not None:
            stop.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- opening -----------------------------------------------------------
    def open_dialog(self) -> None:
        start = str(Path(self.path).parent) if self.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open event file"), start, file_filter())
        if path:
            self.open_path(path)

    def _open_connection(self) -> None:
        from .connection_dialog import open_connection

        window = open_connection(self)
        if window is not None:
            self.store_windows.append(window)

    def import_dialog(self) -> None:
        """File > Import...: choose a file, see what it becomes, then load it."""
        start = str(Path(self.path).parent) if self.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Import a file"), start, file_filter())
        if path:
            from .import_dialog import run_import

            result = run_import(path, self)
            if result is not None:
                self.show_loaded(path, result)

    def open_path(self, path: str, background: bool = True) -> None:
        """Open a file; large files load in a worker thread with progress and Cancel. A deck
        offers its event file at one of its views."""
        if is_store_path(path):  # queried where it lies, in a window of its own
            self.store_windows.append(open_store_window(path, self))
            return
        if is_deck(path):
            open_deck(self, path)
            return
        self._start_load(path, keep_view=False, background=background)

    def reload(self, keep_view: bool = True) -> None:
        if self.path:
            self._start_load(self.path, keep_view=keep_view, background=True)

    def _start_load(self, path: str, keep_view: bool, background: bool) -> None:
        self.cancel_load()
        self._keep_view_on_load = keep_view
        if not background:
            from ..importers.opening import open_file

            self._loaded(path, open_file(path))
            return
        self._load = BackgroundLoad(path, self, lane_mode=self.state.lane_mode)
        self._load.progress.connect(self._on_progress)
        self._load.finished.connect(lambda result, load=self._load: self._finished(load, path, result))
        self.progress.setValue(0)
        self._show_busy(True)
        show_status(self.statusBar(), translate("MainWindow", "Opening {path}...").format(path=path))
        self._load.start()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def cancel_load(self) -> None:
        """Stop a background load, if any; the open document stays."""
        if self._load is not None:
            self._load.abandon()
        self._load = None
        self._show_busy(False)

    def _cancel_by_user(self) -> None:
        if self._load is not None:
            self.cancel_load()
            show_status(self.statusBar(), translate("MainWindow", "Loading cancelled"), 5000)

    def wait_for_load(self, msecs: int = 60_000) -> None:
        """Block until a background load has finished (for scripts and tests)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(msecs)
        while (self._load is not None or self._showing) and not deadline.hasExpired():
            QCoreApplication.processEvents()
            if self._load is not None:
                self._load.wait(20)

    def _on_progress(self, fraction: float, text: str) -> None:
        # Reading the file is the first 90 %; showing it in every pane is the rest.
        self.progress.setValue(int(fraction * READ_SHARE * 1000))
        show_status(self.statusBar(), text)

    def _finished(self, load: BackgroundLoad, path: str, result) -> None:
        if load is not self._load:  # a load that was replaced or cancelled meanwhile
            return
        load.wait()  # its thread is ending: let it end before the object goes
        load.deleteLater()
        self._loaded(path, result, background=True)

    def show_loaded(self, path: str, result) -> None:
        """Show an already loaded file, as if it had been opened."""
        self._keep_view_on_load = False
        self._loaded(path, result)

    def _loaded(self, path: str, result, background: bool = False) -> None:
        self._load = None
        reloading = self._keep_view_on_load and path == self.path and self.state.document is not None
        if result.document is None or (reloading and result.errors):
            self._show_busy(False)
            self._not_opened(path, result, reloading)
            return
        name = Path(path).name
        if background:
            # The panes are filled next, in one step on this thread: say so while it lasts.
            self.progress.setValue(int(READ_SHARE * 1000))
            show_status(self.statusBar(), translate("MainWindow", "Showing {name}: {events}...").format(
                name=name, events=counted(len(result.document.events), "event")))
            self.statusBar().repaint()
        self._watch(path)
        self.path = path
        self.state.set_document(result.document, keep_view=reloading)  # the timeline keeps a reload's range
        self.findings.show_findings(path, result.findings)
        if result.findings:
            self.docks["findings"].show()
        self.setWindowTitle(window_title(f"{result.document.title} — {name} — Lagebild"))
        if Path(path).resolve() != sample_path().resolve():
            remember_file(self.settings, path)
            self._fill_recent_menu()
        problems = (f", {counted(len(result.errors), 'error')}, {counted(len(result.warnings), 'warning')}"
                    if result.findings else "")
        done = (translate("MainWindow", "Reloaded {name}: {events}{problems}") if reloading
                else translate("MainWindow", "Opened {name}: {events}{problems}")).format(
            name=name, events=counted(len(result.document.events), "event"), problems=problems)
        if background:
            # 100 % once the panes have painted what they were just given.
            self._showing = True
            QTimer.singleShot(0, lambda: self._ready(done))
        else:
            self._show_busy(False)
            show_status(self.statusBar(), done, 8000)

    def _ready(self, text: str) -> None:
        self._showing = False
        if self._load is not None:
            return  # another load started meanwhile and shows its own progress
        self.progress.setValue(1000)
        self._show_busy(False)
        show_status(self.statusBar(), text, 8000)

    def _not_opened(self, path: str, result, reloading: bool) -> None:
        """Say what did not open and what is still shown; the file's problems are listed."""
        name = Path(path).name
        first = result.findings[0].format() if result.findings else path
        if self.state.document is None:
            note = ""
            status = translate("MainWindow", "Could not open {name}: {first}").format(name=name, first=first)
        elif path == self.path:
            note = translate("MainWindow", "Showing the last good version of the file.")
            status = (translate("MainWindow", "{name} has errors; showing its last good version. {first}")
                      if reloading else
                      translate("MainWindow", "{name} could not be read; showing its last good version. {first}")
                      ).format(name=name, first=first)
        else:
            shown = Path(self.path).name if self.path else translate("MainWindow", "the open file")
            note = translate("MainWindow", "{name} was not opened; {shown} is still shown.").format(
                name=name, shown=shown)
            status = translate("MainWindow", "Did not open {name}, {shown} is still shown: {first}").format(
                name=name, shown=shown, first=first)
        self.findings.show_findings(path, result.findings, note)
        self.docks["findings"].show()
        self.docks["findings"].raise_()
        if not Path(path).exists():
            self.forget_recent(str(Path(path).resolve()))
        show_status(self.statusBar(), status, 15000)
        if self.state.document is None:
            show_message(self, QMessageBox.Icon.Warning, translate("MainWindow", "Cannot open file"),
                         "\n".join(f.format() for f in result.findings[:20]))

    def _watch(self, path: str) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._watcher.addPath(path)

    def _file_changed(self, path: str) -> None:
        # Editors often replace the file, which drops it from the watcher: add it back.
        if Path(path).exists() and path not in self._watcher.files():
            self._watcher.addPath(path)
        self._reload_timer.start()

    # -- recent files that vanished -----------------------------------------
    def forget_recent(self, path: str) -> None:
        forget_file(self.settings, path)
        self._fill_recent_menu()

    # -- export --------------------------------------------------------------
    def export_dialog(self) -> None:
        from .export_dialog import ExportDialog

        ExportDialog(self.state, self.commands, self.settings, self).exec()

    # -- drag and drop -------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_path(urls[0].toLocalFile())
            event.acceptProposedAction()



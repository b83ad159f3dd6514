"""The window of an event store: its timeline, status and segment filters, search and one event's details.

Every pane asks the store through one query runner, off the GUI thread; the
window never holds the events, so a store of any size opens in the time its
summary takes to read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QToolBar,
)

from ..model.filters import FilterSpec
from ..store.source import EventSource, Hit, ViewQuery
from ..ui.plain_text import cell, show_message, show_status, window_title
from ..ui.store_view.canvas import StoreTimeline
from ..ui.store_view.details import record_text
from ..ui.store_view.queries import StoreQueries

SEARCH_HITS = 200
COLUMN_EVENTS = 50  # events listed for a click on a density column
MODES = (("segment", "Segments"), ("status", "Status"), ("single", "Single lane"))


class StoreWindow(QMainWindow):
    def __init__(self, source: EventSource, parent=None):
        super().__init__(parent)
        self.source = source
        meta = getattr(source, "meta", {}) or {}
        self.names = {key: {r["id"]: r.get("label") or r.get("name") or r["id"] for r in meta.get(key, [])}
                      for key in ("segments", "actors", "places", "sources")}
        title = (meta.get("info") or {}).get("title") or source.name
        self.setWindowTitle(window_title(f"{title} \u2013 Lagebild"))
        self.queries = StoreQueries(source, self)
        self.timeline = StoreTimeline(self.queries)
        self.setCentralWidget(self.timeline)
        self._asked: dict[int, str] = {}  # request number -> what the answer is for
        self._build_toolbar()
        self._build_docks()
        self.queries.answer_ready.connect(self._answered)
        self.queries.failed.connect(lambda _n, text: show_status(self.statusBar(), f"Query failed: {text}"))
        self.timeline.event_clicked.connect(self.show_event)
        self.timeline.column_clicked.connect(self.show_column)
        self.resize(1400, 800)
        show_status(self.statusBar(), f"{len(source):,} events in {source.name}")
        self._ask_facets()

    def _build_toolbar(self) -> None:
        bar = QToolBar("Store", self)
        bar.setObjectName("store-toolbar")
        self.addToolBar(bar)
        self.lanes_box = QComboBox(bar)
        for mode, text in MODES:
            self.lanes_box.addItem(text, mode)
        self.lanes_box.currentIndexChanged.connect(lambda _i: self.timeline.set_mode(self.lanes_box.currentData()))
        bar.addWidget(self.lanes_box)
        bar.addAction("Fit", self.timeline.fit)
        self.search_field = QLineEdit(bar)
        self.search_field.setPlaceholderText("Search titles, texts, quotes and names")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(self.search)
        bar.addWidget(self.search_field)

    def _dock(self, title: str, widget, area=Qt.DockWidgetArea.RightDockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"store-{title.lower()}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)

    def _build_docks(self) -> None:
        self.facets = QListWidget(self)
        self.facets.itemChanged.connect(self._facet_ticked)
        self._dock("Filters", self.facets)
        self.hits = QListWidget(self)
        self.hits.itemActivated.connect(self._hit_chosen)
        self.hits.itemClicked.connect(self._hit_chosen)
        self._dock("Events", self.hits)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self._dock("Details", self.details)

    # -- questions ----------------------------------------------------------
    def _ask(self, what: str, question) -> int:
        topic = "details" if what == "column" else what  # a click on a column replaces a click on an event
        number = self.queries.ask(topic, question)
        self._asked[number] = what
        return number

    def _ask_facets(self) -> None:
        spec = self.timeline.spec
        self._ask("facets", lambda source: source.facet_counts(spec))

    def show_event(self, event_id: str, known_lo: float) -> int:
        self.details.setPlainText("Reading the event\u2026")
        return self._ask("details", lambda source: source.record(event_id, known_lo))

    def show_column(self, lane: str, lo: float, hi: float) -> int:
        """The events of one lane that begin in a density column, listed, and the first one's details
        (those begun before it are listed from the column where they begin)."""
        query = ViewQuery(lo, hi, 1, self.timeline.mode, self.timeline.spec, starting=True)

        def question(source):
            events = source.events(query, COLUMN_EVENTS * 8)
            hits = [Hit(i, t, w, float(at)) for i, t, w, at, key in
                    zip(events.ids, events.titles, events.whens, events.lo, events.lanes) if key == lane]
            hits = hits[:COLUMN_EVENTS]
            return hits, (source.record(hits[0].id, hits[0].lo) if hits else None)

        self.details.setPlainText("Reading the events\u2026")
        return self._ask("column", question)

    def search(self) -> int:
        text = self.search_field.text()
        return self._ask("search", lambda source: source.search(text, SEARCH_HITS))

    def _answered(self, number: int, answer) -> None:
        what = self._asked.pop(number, None)
        if what is None or not self.queries.is_current(number, "details" if what == "column" else what):
            return
        if what == "details":
            self.details.setPlainText(record_text(answer, self.names))
        elif what == "search":
            self._show_hits(answer)
        elif what == "column":
            hits, record = answer
            self._show_hits(hits, f"{len(hits):,} events listed in the column")
            if hits:
                self.timeline.selected = hits[0].id
                self.details.setPlainText(record_text(record, self.names))
            else:
                self.details.setPlainText("No event of this lane in the column.")
        elif what == "facets":
            self._show_facets(answer)

    def _show_hits(self, hits, summary: str | None = None) -> None:
        self.hits.clear()
        for hit in hits:
            item = QListWidgetItem(cell(f"{hit.when}  {hit.title}"))
            item.setData(Qt.ItemDataRole.UserRole, (hit.id, hit.lo))
            self.hits.addItem(item)
        more = " or more" if len(hits) >= SEARCH_HITS else ""
        show_status(self.statusBar(), summary or f"{len(hits):,}{more} events found")

    def _hit_chosen(self, item: QListWidgetItem) -> None:
        event_id, known_lo = item.data(Qt.ItemDataRole.UserRole)
        if known_lo == known_lo:  # a dated event: the view goes to it
            self.timeline.go_to(known_lo)
        self.timeline.select(event_id, known_lo)

    def _show_facets(self, counts: dict[str, dict[str, int]]) -> None:
        spec = self.timeline.spec
        self.facets.blockSignals(True)
        self.facets.clear()
        for facet, chosen, names in (("statuses", spec.statuses, {}), ("segments", spec.segments,
                                                                       self.names["segments"])):
            for key, count in counts.get(facet, {}).items():
                label = names.get(key, key) or "No segment"
                item = QListWidgetItem(cell(f"{label} ({count:,})"))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, (facet, key))
                self.facets.addItem(item)
        self.facets.blockSignals(False)

    def _facet_ticked(self, _item) -> None:
        chosen: dict[str, set[str]] = {"statuses": set(), "segments": set()}
        for row in range(self.facets.count()):
            item = self.facets.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                facet, key = item.data(Qt.ItemDataRole.UserRole)
                chosen[facet].add(key)
        self.set_filter(FilterSpec(statuses=frozenset(chosen["statuses"]), segments=frozenset(chosen["segments"])))

    def set_filter(self, spec: FilterSpec) -> int:
        number = self.timeline.set_filter(spec)
        self._ask_facets()
        return number

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.queries.close()
        self.source.close()
        super().closeEvent(event)


STORE_SUFFIXES = (".parquet", ".duckdb")


def is_store_path(path: str) -> bool:
    """A Parquet file or folder or a DuckDB database (decided without loading the store's libraries)."""
    import os

    return path.endswith(STORE_SUFFIXES) or os.path.isfile(os.path.join(path, "_lagebild.json"))


def open_store_window(path: str, parent=None) -> StoreWindow | None:
    """A window on the store at ``path``, shown; a store that cannot be opened is a message naming it."""
    try:
        from ..store.duck import DuckSource, StoreError
    except ImportError:  # a program built without the store libraries
        show_message(parent, QMessageBox.Icon.Warning, "Cannot open the store",
                     f"{path}: opening a store needs DuckDB and pyarrow's Parquet reader: "
                     "pip install 'lagebild[store]'")
        return None
    try:
        source = DuckSource(path)
    except StoreError as exc:
        show_message(parent, QMessageBox.Icon.Warning, "Cannot open the store", str(exc))
        return None
    window = StoreWindow(source)
    window.show()
    window.timeline.refresh()
    return window

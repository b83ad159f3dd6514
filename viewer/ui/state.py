"""The one shared state every pane follows: document, selection, filters, range.

Panes never talk to each other; they change this state and listen to it.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QObject, Signal

from ..model.filters import FilterSpec, SearchIndex, filter_mask


class ViewState(QObject):
    documentChanged = Signal()
    filterChanged = Signal()  # visible mask changed
    selectionChanged = Signal()
    currentChanged = Signal(int)  # row of the focused event, -1 for none
    rangeChanged = Signal(float, float)  # the timeline's visible time range
    highlightChanged = Signal()  # rows emphasised without being selected (e.g. a source's events)
    detailsRequested = Signal()  # the user asked to look at the current event's details
    message = Signal(str)  # for the status bar

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.document = None
        self.filter = FilterSpec()
        self.visible = np.zeros(0, dtype=bool)
        self.selected = np.zeros(0, dtype=np.int64)
        self.current = -1
        self.highlighted = np.zeros(0, dtype=np.int64)
        self.time_range = (-math.inf, math.inf)
        self._search: SearchIndex | None = None

    # -- document ---------------------------------------------------------
    def set_document(self, document, keep_view: bool = False) -> None:
        """Show a new document; with keep_view, keep filter and select the same ids."""
        previous_ids = self.selected_ids() if keep_view else []
        self.document = document
        self._search = None
        if not keep_view:
            self.filter = FilterSpec()
        self.highlighted = np.zeros(0, dtype=np.int64)
        self._recompute_visible()
        self.documentChanged.emit()
        self.filterChanged.emit()
        rows = [document.event_index[i] for i in previous_ids if i in document.event_index]
        self.select(rows)

    @property
    def event_count(self) -> int:
        return len(self.document.events) if self.document is not None else 0

    # -- filter -----------------------------------------------------------
    def search_index(self) -> SearchIndex:
        if self._search is None:
            self._search = SearchIndex.build(self.document)
        return self._search

    def set_filter(self, spec: FilterSpec) -> None:
        if spec == self.filter:
            return
        self.filter = spec
        self._recompute_visible()
        self.filterChanged.emit()

    def _recompute_visible(self) -> None:
        if self.document is None:
            self.visible = np.zeros(0, dtype=bool)
            return
        search = self.search_index() if self.filter.text else None
        self.visible = filter_mask(self.document, self.filter, search)

    @property
    def visible_count(self) -> int:
        return int(self.visible.sum())

    # -- selection --------------------------------------------------------
    def select(self, rows, add: bool = False) -> None:
        rows = np.unique(np.asarray(rows, dtype=np.int64))
        if add:
            rows = np.union1d(self.selected, rows)
        if np.array_equal(rows, self.selected):
            return
        self.selected = rows
        self.selectionChanged.emit()
        self.set_current(int(rows[-1]) if len(rows) == 1 else (self.current if self.current in rows else
                                                                (int(rows[0]) if len(rows) else -1)))

    def toggle(self, row: int) -> None:
        if row in self.selected:
            self.select(self.selected[self.selected != row])
        else:
            self.select([row], add=True)

    def clear_selection(self) -> None:
        self.select([])

    def set_current(self, row: int) -> None:
        if row != self.current:
            self.current = row
            self.currentChanged.emit(row)

    def selected_ids(self) -> list[str]:
        if self.document is None:
            return []
        return [self.document.events[int(r)].id for r in self.selected]

    def select_ids(self, ids) -> None:
        index = self.document.event_index if self.document else {}
        self.select([index[i] for i in ids if i in index])

    # -- time range and highlight ------------------------------------------
    def set_time_range(self, start: float, end: float) -> None:
        if (start, end) != self.time_range:
            self.time_range = (start, end)
            self.rangeChanged.emit(start, end)

    def highlight(self, rows) -> None:
        self.highlighted = np.unique(np.asarray(rows, dtype=np.int64))
        self.highlightChanged.emit()

"""A filter of a large document worked out in a thread before it is applied, so the window never freezes on it.

Searching a large document scans every text column, and any filter lays out the
lanes anew: Arrow's scan and most of numpy's work let go of the interpreter, so a
thread does them while the window keeps answering. The thread makes the new
filter's mask, its lanes and its overview (kept per document and filter), and only
then is the filter set on the state, on the GUI thread, where every pane finds
what it needs ready. A change made before the previous one is done is added to it
and replaces its thread; small documents are filtered at once, where a thread
would only add its start-up.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ..model.filters import FilterSpec
from ..state import ViewState
from .timeline import document_data

IN_THREAD_FROM = 50_000  # events: below this a filter is applied at once


class FilterAhead(QObject):
    _ready = Signal(object, object)  # (request number, document)

    def __init__(self, state: ViewState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self._asked = 0  # number of the latest request
        self._changes: dict[str, object] = {}  # facets changed and not applied yet
        self._ready.connect(self._apply)

    @property
    def busy(self) -> bool:
        return bool(self._changes)

    @property
    def spec(self) -> FilterSpec:
        """The filter as the user has set it: the state's, with the changes still being worked out."""
        return self.state.filter.with_(**self._changes) if self._changes else self.state.filter

    def search(self, query: str) -> None:
        """Show the events matching ``query`` (with the other facets as they are)."""
        self.change(text=query)

    def change(self, **facets) -> None:
        """Set facets of the filter (FilterSpec fields), in a thread for a large document."""
        state = self.state
        self._asked += 1
        changes = {**self._changes, **facets}
        spec = state.filter.with_(**changes)
        if state.document is None or state.event_count < IN_THREAD_FROM or spec == state.filter:
            self._changes = {}
            state.set_filter(spec)
            return
        self._changes = changes
        asked, document, work = self._asked, state.document, state.filter_work(spec)

        def run() -> None:
            visible = work()
            document_data.overview_profile(document, visible, key=spec)
            try:
                self._ready.emit(asked, document)
            except RuntimeError:  # the window went away meanwhile
                pass

        threading.Thread(target=run, name="filter", daemon=True).start()

    def cancel(self) -> None:
        """Drop the changes still being worked out (they are not applied)."""
        self._asked += 1
        self._changes = {}

    def _apply(self, asked: int, document) -> None:
        if asked != self._asked or not self._changes:
            return  # a later request, or one applied at once, replaced this one
        changes, self._changes = self._changes, {}
        if document is self.state.document:
            self.state.set_filter(self.state.filter.with_(**changes))

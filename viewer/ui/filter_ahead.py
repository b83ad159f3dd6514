"""A search worked out in a thread before it is applied, so the window never freezes on it.

Searching a large document scans every text column: Arrow's scan lets go of the
interpreter, so a thread does it while the window keeps answering. The thread
also lays out the lanes and the overview the new filter shows (kept per document
and filter), and only then is the filter set on the state, on the GUI thread, where
every pane finds what it needs ready. A search typed on before the previous one is
done replaces it; small documents are searched at once, where a thread would only
add its start-up.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ..state import ViewState
from .timeline import document_data

IN_THREAD_FROM = 50_000  # events: below this a search is applied at once


class FilterAhead(QObject):
    _ready = Signal(object, object)  # (request number, document)

    def __init__(self, state: ViewState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self._asked = 0  # number of the latest request
        self._pending: tuple[str, object] | None = None  # (query, document) of the latest request
        self._ready.connect(self._apply)

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def search(self, query: str) -> None:
        """Show the events matching ``query`` (with the other facets as they are then)."""
        state = self.state
        self._asked += 1
        if state.document is None or state.event_count < IN_THREAD_FROM or query == state.filter.text:
            self._pending = None
            state.set_filter(state.filter.with_(text=query))
            return
        spec = state.filter.with_(text=query)
        asked, document, work = self._asked, state.document, state.filter_work(spec)
        self._pending = (query, document)

        def run() -> None:
            visible = work()
            document_data.overview_profile(document, visible, key=spec)
            try:
                self._ready.emit(asked, document)
            except RuntimeError:  # the window went away meanwhile
                pass

        threading.Thread(target=run, name="search", daemon=True).start()

    def cancel(self) -> None:
        """Drop the search still running (its result is not applied)."""
        self._asked += 1
        self._pending = None

    def _apply(self, asked: int, document) -> None:
        if asked != self._asked or self._pending is None:
            return  # a later request, or one applied at once, replaced this one
        query, _ = self._pending
        self._pending = None
        if document is self.state.document:
            self.state.set_filter(self.state.filter.with_(text=query))

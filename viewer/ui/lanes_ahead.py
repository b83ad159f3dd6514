"""A lane switch of a large document laid out in a thread before it is applied.

Laying out a million events by a new lane mode is a few passes over every
event; a thread does them (numpy lets go of the interpreter for most) while the
window keeps answering, and only then does the state change its lane mode, on
the GUI thread, where the timeline finds the layout ready. A later switch
replaces one still being laid out; small documents switch at once.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ..state import ViewState
from .filter_ahead import IN_THREAD_FROM


class LanesAhead(QObject):
    _ready = Signal(object, object)  # (request number, document)

    def __init__(self, state: ViewState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self._asked = 0
        self._mode: str | None = None  # the mode being laid out
        self._ready.connect(self._apply)

    @property
    def busy(self) -> bool:
        return self._mode is not None

    def switch(self, mode: str) -> None:
        """Show the lanes of ``mode``."""
        state = self.state
        self._asked += 1
        if state.document is None or state.event_count < IN_THREAD_FROM or mode == state.lane_mode:
            self._mode = None
            state.set_lane_mode(mode)
            return
        self._mode = mode
        asked, document, work = self._asked, state.document, state.lanes_work(mode)

        def run() -> None:
            work()
            try:
                self._ready.emit(asked, document)
            except RuntimeError:  # the window went away meanwhile
                pass

        threading.Thread(target=run, name="lanes", daemon=True).start()

    def _apply(self, asked: int, document) -> None:
        if asked != self._asked or self._mode is None:
            return  # a later switch replaced this one
        mode, self._mode = self._mode, None
        if document is self.state.document:
            self.state.set_lane_mode(mode)

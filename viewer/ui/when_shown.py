"""Refreshing a pane only once it can be seen.

A pane docked behind another's tab cannot be seen, so the work of following a
new document or filter waits until it is shown: a filter change then costs
only the panes on screen. A pane on its own (not in a shown window) refreshes
at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    def __init__(self, pane: QWidget, refresh: Callable[[], None]):
        super().__init__(pane)
        self._pane = pane
        self._refresh = refresh
        self.pending = False
        pane.installEventFilter(self)

    def request(self) -> None:
        """Refresh now if the pane can be seen, else when it is next shown."""
        pane = self._pane
        if pane.window().isVisible() and not pane.isVisible():
            self.pending = True
        else:
            self.pending = False
            self._refresh()

    def flush(self) -> None:
        """Do a refresh that is waiting (before reading what the pane shows)."""
        if self.pending:
            self.pending = False
            self._refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self._pane and event.type() == QEvent.Type.Show:
            self.flush()
        return False

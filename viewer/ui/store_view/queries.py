"""Queries of a store run off the GUI thread, the newest view first and only the newest answered.

One worker thread holds at most one waiting request: a newer view replaces it, and
the query running for an older view is interrupted. For each view the worker asks
for the counts first (the density paints at once), then, when few enough events
are in view, for the events. Every answer carries the number of the request it
answers, so a late answer to an old view is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ...store.source import EventSource, ViewQuery

EVENTS_IN_VIEW = 1500  # events drawn one by one; a view with more shows density only


class StoreQueries(QObject):
    density_ready = Signal(int, object)  # request number, Density
    events_ready = Signal(int, object)  # request number, ViewEvents
    answer_ready = Signal(int, object)  # request number, the value of a one-off question
    failed = Signal(int, str)
    busy_changed = Signal(bool)

    def __init__(self, source: EventSource, parent=None):
        super().__init__(parent)
        self.source = source
        self.latest: dict[str, int] = {"view": 0}  # per topic, the newest request's number
        self._count = 0
        self._waiting: dict[str, tuple[int, object]] = {}
        self._running: str | None = None
        self._wake = threading.Condition()
        self._closing = False
        self._busy = False  # as the worker knows it
        self._shown_busy = False  # as the GUI thread has heard it, in order with the answers
        self.busy_changed.connect(self._heard_busy)
        self._thread = threading.Thread(target=self._loop, name="store-queries", daemon=True)
        self._thread.start()

    def view(self, query: ViewQuery) -> int:
        """Ask for the counts and events of a view; returns the request's number."""
        return self._ask("view", query)

    def ask(self, topic: str, question: Callable[[EventSource], object]) -> int:
        """Ask a one-off question (details, search, facets); its answer comes as answer_ready.
        It goes before a waiting view; a newer question of the same topic replaces one still waiting."""
        return self._ask(topic, question)

    def _ask(self, topic: str, payload) -> int:
        with self._wake:
            self._count += 1
            number = self.latest[topic] = self._count
            self._waiting[topic] = (number, payload)
            self._wake.notify()
            replaced = self._running == topic
            self._set_busy(True)
        if replaced:
            self.source.interrupt()  # what runs now answers an older request of the same topic
        return number

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _heard_busy(self, busy: bool) -> None:
        self._shown_busy = busy or self._busy  # a "done" heard after a newer request was made is old news

    @property
    def busy(self) -> bool:
        """Whether an answer is still to come: True from the request on, False once the GUI
        thread has received the last answer (the answers arrive before this turns False)."""
        return self._shown_busy

    def is_current(self, number: int, topic: str = "view") -> bool:
        return number == self.latest.get(topic)

    def _loop(self) -> None:
        while True:
            with self._wake:
                while not self._waiting and not self._closing:
                    self._wake.wait()
                if self._closing:
                    return
                kind = next((t for t in self._waiting if t != "view"), "view")
                number, payload = self._waiting.pop(kind)
                self._running = kind
            try:
                if kind == "view":
                    self._answer_view(number, payload)
                else:
                    answer = payload(self.source)
                    if self.is_current(number, kind):
                        self.answer_ready.emit(number, answer)
            except Exception as exc:  # noqa: BLE001 - an interrupted or failed query is reported, never raised
                if self.is_current(number, kind) and not self._waiting.get(kind):
                    self.failed.emit(number, f"{type(exc).__name__}: {str(exc)[:300]}")
            with self._wake:
                self._running = None
                if not self._waiting:
                    self._set_busy(False)

    def _answer_view(self, number: int, query: ViewQuery) -> None:
        density = self.source.density(query)
        if not self.is_current(number):
            return
        self.density_ready.emit(number, density)
        if density.in_view > EVENTS_IN_VIEW:  # more than are drawn one by one: the density shows them
            return
        events = self.source.events(query, EVENTS_IN_VIEW)
        if self.is_current(number):
            self.events_ready.emit(number, events)

    def close(self) -> None:
        with self._wake:
            self._closing = True
            self._wake.notify()
        self.source.interrupt()
        self._thread.join(timeout=5)

"""Progress reporting and cancellation shared by the loading stages."""

from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


class LoadCancelled(Exception):
    """Raised inside the loader when the caller asked to stop."""


class Stages:
    """Reports named stages as fractions of the whole and honours Cancel between them."""

    def __init__(self, progress: ProgressFn | None, is_cancelled: CancelFn | None):
        self._progress = progress
        self._is_cancelled = is_cancelled

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise LoadCancelled()

    def report(self, fraction: float, text: str) -> None:
        self.check()
        if self._progress is not None:
            self._progress(fraction, text)

"""Loading event files off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from ..model.loader import LoadCancelled, LoadResult, load_file


class _LoadWorker(QObject):
    progress = Signal(float, str)
    finished = Signal(object)  # LoadResult
    cancelled = Signal()

    def __init__(self, path: str):
        super().__init__()
        self.path = path
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = load_file(self.path, progress=self.progress.emit, is_cancelled=self.stop.is_set)
        except LoadCancelled:
            self.cancelled.emit()
            return
        self.finished.emit(result)


class BackgroundLoad(QObject):
    """One load in a worker thread. Signals arrive on the GUI thread."""

    progress = Signal(float, str)
    finished = Signal(object)
    cancelled = Signal()

    def __init__(self, path: str, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._thread = QThread()
        self._worker = _LoadWorker(path)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._done)
        self._worker.cancelled.connect(self._was_cancelled)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._worker.stop.set()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _done(self, result: LoadResult) -> None:
        self._stop_thread()
        self.finished.emit(result)

    def _was_cancelled(self) -> None:
        self._stop_thread()
        self.cancelled.emit()

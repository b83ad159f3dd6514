"""Loading event files off the GUI thread, with progress and Cancel; other tools' files are imported on the way."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal

from ..importers.opening import open_file
from ..model.findings import Finding
from ..model.loader import LoadCancelled, LoadResult
from ..model.prepare import prepare as prepare_model
from ..model.progress import CancelFn, ProgressFn, Stages
from ..state.lane_cache import unfiltered_layout
from ..ui.warm import warm_panes


def prepare(document, progress: ProgressFn | None = None, is_cancelled: CancelFn | None = None,
            lane_mode: str = "segment") -> None:
    """Everything the window derives from a whole document, built here so that showing it
    costs the GUI thread no pass over every event: the model's columns and indexes, the
    lanes of the window's lane mode, and what the panes count over the unfiltered document."""
    prepare_model(document, progress, is_cancelled)
    stages = Stages(progress, is_cancelled)
    stages.report(0.99, "Laying out lanes")
    unfiltered_layout(document, lane_mode).finite_bounds()
    stages.report(0.995, "Counting for the panes")
    warm_panes(document)


class _LoadWorker(QObject):
    progress = Signal(float, str)
    finished = Signal(object)  # LoadResult

    def __init__(self, path: str, lane_mode: str):
        super().__init__()
        self.path = path
        self.lane_mode = lane_mode
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = open_file(self.path, progress=self.progress.emit, is_cancelled=self.stop.is_set)
            if result.document is not None:
                prepare(result.document, self.progress.emit, self.stop.is_set, self.lane_mode)
        except LoadCancelled:
            pass  # whoever cancelled has stopped listening
        except Exception as exc:  # noqa: BLE001 - a load always ends, with its message
            self.finished.emit(LoadResult(self.path, None, [Finding(
                "error", f"the file could not be read ({type(exc).__name__}: {str(exc)[:200]})",
                "", self.path, 1, 1)]))
        else:
            self.finished.emit(result)
        finally:
            # Ends the thread from inside it, so that waiting for it never depends on
            # the GUI thread getting round to a queued quit.
            QThread.currentThread().quit()


class BackgroundLoad(QObject):
    """One load in a worker thread. Signals arrive on the GUI thread."""

    progress = Signal(float, str)
    finished = Signal(object)

    def __init__(self, path: str, parent: QObject | None = None, lane_mode: str = "segment"):
        super().__init__(parent)
        self.path = path
        self._thread = QThread()
        self._worker = _LoadWorker(path, lane_mode)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        queued = Qt.ConnectionType.QueuedConnection
        self._worker.progress.connect(self.progress, queued)
        self._worker.finished.connect(self.finished, queued)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._worker.stop.set()

    def wait(self, msecs: int = 60_000) -> bool:
        return self._thread.wait(msecs)

    def abandon(self) -> None:
        """Stop the load, wait for its thread, and drop whatever it still sends."""
        self.blockSignals(True)
        self.cancel()
        self._thread.wait()
        self.deleteLater()

"""The selected events as a compact list (date and title), read lazily so a
selection of a million rows costs nothing until scrolled."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ...model.citations import date_display
from ..plain_text import one_line

ROW_ROLE = Qt.UserRole + 1


class SelectedEventsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = None
        self.rows = np.zeros(0, dtype=np.int64)

    def set_rows(self, document, rows: np.ndarray) -> None:
        self.beginResetModel()
        self.document = document
        self.rows = np.asarray(rows, dtype=np.int64)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self.document is None:
            return None
        row = int(self.rows[index.row()])
        if role == Qt.DisplayRole:
            document = self.document
            return (f"{one_line(date_display(document.event_when(row)), 60)}  \u2013  "
                    f"{one_line(document.event_title(row), 200)}")
        if role == ROW_ROLE:
            return row
        return None

    def position_of(self, row: int) -> int:
        hits = np.flatnonzero(self.rows == row)
        return int(hits[0]) if len(hits) else -1

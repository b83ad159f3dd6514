"""The actors x segments table: events per pair, cells shaded by count."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView

from ...model.translation import translate
from ...model.wording import counted
from ...style.fonts import ui_font
from ...style.theme import LIGHT, Theme
from ..plain_text import cell, tooltip

SHADE = "#2f6f9f"  # cells run from the background to this blue as counts grow
SHADE_DARK = "#5fa8dc"
CELL_WIDTH = 96
MARK_PX = 7


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def _events(n: int) -> str:
    return counted(n, "event")


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.actor_ids: list[str] = []
        self.actor_names: list[str] = []
        self.segment_ids: list[str] = []
        self.segment_labels: list[str] = []
        self.counts = np.zeros((0, 0), dtype=np.int64)
        self.responsible = np.zeros((0, 0), dtype=bool)
        self.active: set[tuple[str, str]] = set()
        self.theme: Theme = LIGHT

    def set_data(self, actor_ids, actor_names, segment_ids, segment_labels, counts, responsible,
                 active: set[tuple[str, str]], theme: Theme) -> None:
        self.beginResetModel()
        self.actor_ids, self.actor_names = list(actor_ids), list(actor_names)
        self.segment_ids, self.segment_labels = list(segment_ids), list(segment_labels)
        self.counts, self.responsible, self.active, self.theme = counts, responsible, active, theme
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.actor_ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.segment_ids)

    def pair(self, index: QModelIndex) -> tuple[str, str]:
        return self.actor_ids[index.row()], self.segment_ids[index.column()]

    def shade(self, count: int) -> QColor:
        peak = int(self.counts.max()) if self.counts.size else 0
        if not count or not peak:
            return QColor(self.theme.background)
        top = QColor(SHADE_DARK if self.theme.dark else SHADE)
        if self.theme.greyscale:
            top = QColor("#555555")
        # Square root, so that one event still shows against a busy column.
        return _blend(QColor(self.theme.background), top, 0.12 + 0.78 * math.sqrt(count / peak))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        count = int(self.counts[r, c])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.shade(count)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#ffffff") if self.shade(count).lightnessF() < 0.55 else QColor(self.theme.foreground)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.describe(r, c))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell(self.describe(r, c), 600)
        return None

    def describe(self, r: int, c: int) -> str:
        actor, segment = cell(self.actor_names[r], 200), cell(self.segment_labels[c], 200)
        text = translate("Board", "{actor} in {segment}: {events}").format(actor=actor, segment=segment,
                                                           events=_events(int(self.counts[r, c])))
        if self.responsible[r, c]:
            text += f"; named responsible for {segment}"
        return text + ". Click to filter to this actor and segment."

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            names = self.segment_labels if orientation == Qt.Orientation.Horizontal else self.actor_names
            return cell(names[section], 120)
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Horizontal:
                return translate("Board", "Click to filter the timeline to this segment")
            return translate("Board", "Click to filter the timeline to this actor")
        return None


class CellDelegate(QStyledItemDelegate):
    """Adds a corner mark for responsibility and a frame for the active filter."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        model: MatrixModel = index.model()
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if model.responsible[index.row(), index.column()]:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(model.theme.muted))
            right, top = rect.right() + 1, rect.top()
            painter.drawPolygon(QPolygonF([QPointF(right - MARK_PX, top), QPointF(right, top),
                                           QPointF(right, top + MARK_PX)]))
        if model.pair(index) in model.active:
            painter.setPen(QColor(model.theme.selection))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = painter.pen()
            pen.setWidthF(2.5)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()


def make_matrix_view(model: MatrixModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(CellDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFont(ui_font(12))
    view.setShowGrid(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setDefaultSectionSize(CELL_WIDTH)
    view.horizontalHeader().setSectionsClickable(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionsClickable(True)
    view.setWordWrap(False)
    return view

"""A thin bar of status proportions and its legend, painted as plain text."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...model.records import STATUS_TEXT, STATUSES
from ...model.translation import number, tr, translate
from ...style.fonts import ui_font
from ...style.theme import LIGHT, Theme
from ..plain_text import tooltip
from .status_colours import status_colour

BAR_HEIGHT = 8
SWATCH = 9


class StatusMix(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.mix: dict[str, int] = {}
        self.theme: Theme = LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(BAR_HEIGHT + 6 + int(QFontMetricsF(ui_font(11)).height()))

    def set_mix(self, mix: dict[str, int], theme: Theme) -> None:
        self.mix, self.theme = mix, theme
        total = sum(mix.values())
        self.setToolTip(tooltip("\n".join(f"{tr(STATUS_TEXT.get(s, s))}: {number(n)}" for s, n in mix.items() if n))
                        if total else translate("Board", "No events"))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = sum(self.mix.values())
        width = self.width()
        track = QColor(self.theme.grid)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(0, 0, width, BAR_HEIGHT), 3, 3)
        x = 0.0
        present = [s for s in STATUSES if self.mix.get(s)]
        for status in present:
            part = width * self.mix[status] / total
            painter.setBrush(status_colour(status, self.theme))
            painter.drawRect(QRectF(x, 0, part, BAR_HEIGHT))
            x += part
        # Legend: swatch and "status n" for each status present.
        font = ui_font(11)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        x, top = 0.0, BAR_HEIGHT + 4
        for status in present:
            text = f"{status} {self.mix[status]}"
            needed = SWATCH + 4 + metrics.horizontalAdvance(text)
            if x + needed > width:
                break
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(status_colour(status, self.theme))
            painter.drawRect(QRectF(x, top + (metrics.height() - SWATCH) / 2, SWATCH, SWATCH))
            painter.setPen(QPen(QColor(self.theme.muted)))
            painter.drawText(QRectF(x + SWATCH + 4, top, needed, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += needed + 12
        painter.end()

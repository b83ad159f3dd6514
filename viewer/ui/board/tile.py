"""One segment's tile: colour band, name, description, responsible actors,
event count, latest event and status mix. Click or Enter filters to it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout

from ...model.board import SegmentTile
from ...model.date_words import localized
from ...model.translation import translate
from ...model.wording import counted
from ...style.fonts import ui_font
from ...style.theme import LIGHT, Theme
from ..plain_text import cell, plain_label, tooltip
from .elided_label import ElidedLabel
from .status_mix import StatusMix

BAND_PX = 6
TILE_MIN_WIDTH = 260
TILE_MAX_WIDTH = 460  # a lone tile stays a tile, not a banner


def _events(n: int) -> str:
    return counted(n, "event")


class TileWidget(QFrame):
    clicked = Signal(str)  # segment id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.segment_id = ""
        self.colour = QColor("#888888")
        self.theme: Theme = LIGHT
        self.active = False
        self.empty = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(TILE_MIN_WIDTH)
        self.setMaximumWidth(TILE_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.title = ElidedLabel()
        self.title.setFont(ui_font(15, bold=True))
        self.count = plain_label()
        self.count.setFont(ui_font(13, bold=True))
        self.description = ElidedLabel(lines=2)
        self.responsible = ElidedLabel()
        self.latest = ElidedLabel(lines=2)
        self.mix = StatusMix()
        for label in (self.description, self.responsible, self.latest):
            label.setFont(ui_font(12))

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(BAND_PX + 10, 8, 10, 8)
        layout.setSpacing(3)
        layout.addLayout(head)
        for widget in (self.description, self.responsible, self.latest, self.mix):
            layout.addWidget(widget)

    def set_tile(self, tile: SegmentTile, colour: str, latest_title: str, active: bool, theme: Theme) -> None:
        segment = tile.segment
        self.segment_id = segment.id
        self.colour = QColor(colour)
        self.theme = theme
        self.active = active
        self.empty = tile.event_count == 0
        self.title.set_full_text(segment.label)
        self.count.setText(_events(tile.event_count))
        self.description.set_full_text(segment.description or translate("Board", "No description"))
        names = ", ".join(tile.responsible)
        self.responsible.set_full_text(translate("Board", "Responsible: {names}").format(names=names) if names
                                        else translate("Board", "Responsible: not named"))
        if tile.latest_event_row >= 0:
            # Date first: elision may shorten the title but never the date.
            latest = translate("Board", "Latest, {when}: {title}")
            self.latest.set_full_text(latest.format(when=localized(tile.latest_when_text), title=latest_title))
        else:
            self.latest.set_full_text(translate("Board", "Latest: none shown"))
        self.mix.set_mix(tile.status_mix, theme)
        state = (translate("Board", "active filter; click to clear") if active
                 else translate("Board", "click to filter the timeline to this segment"))
        self.setAccessibleName(translate("Board", "Segment {name}, {events}, {state}").format(
            name=cell(segment.label), events=_events(tile.event_count), state=state))
        self.setToolTip(tooltip(f"{segment.label}: {state}"))
        self._apply_colours()

    def _apply_colours(self) -> None:
        theme = self.theme
        text = QColor(theme.muted if self.empty else theme.foreground)
        muted = QColor(theme.muted)
        for label, colour in ((self.title, text), (self.count, text), (self.description, muted),
                              (self.responsible, text), (self.latest, text)):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(palette)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        border = QColor(self.theme.selection if self.active else self.theme.border)
        painter.setPen(QPen(border, 2.5 if self.active else 1))
        painter.setBrush(QColor(self.theme.lane_band))
        painter.drawRoundedRect(box, 5, 5)
        band = QColor(self.colour)
        if self.empty:
            band.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        painter.drawRoundedRect(QRectF(box.left() + 2, box.top() + 2, BAND_PX, box.height() - 4), 2, 2)
        if self.hasFocus():
            pen = QPen(QColor(self.theme.foreground), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(3, 3, -3, -3), 4, 4)
        painter.end()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()  # so that the release comes here too
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.segment_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.segment_id)
            event.accept()
            return
        super().keyPressEvent(event)

"""The line under the overview: the density legend on the left, mouse and key help on the right.

Both texts shorten with an ellipsis when the pane is narrow instead of
forcing it wider; the full help is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...model.translation import QT_TRANSLATE_NOOP, tr, translate
from ...style.fonts import ui_font
from ..plain_text import tooltip
from .keys import key_help

# Most useful first: a narrow pane shows the first ones that fit, the tooltip has them all.
HINT_ITEMS = (QT_TRANSLATE_NOOP("Timeline", "Wheel: zoom"), QT_TRANSLATE_NOOP("Timeline", "Drag: pan"),
              QT_TRANSLATE_NOOP("Timeline", "Up/Down: scroll lanes"), QT_TRANSLATE_NOOP("Timeline", "Click: select"),
              QT_TRANSLATE_NOOP("Timeline", "Shift+drag: select a range"),
              QT_TRANSLATE_NOOP("Timeline", "Ctrl+click: add"), QT_TRANSLATE_NOOP("Timeline", "N/P: next/previous"),
              QT_TRANSLATE_NOOP("Timeline", "Enter or double-click: details"),
              QT_TRANSLATE_NOOP("Timeline", "Home: fit all"))


def hint_full() -> str:
    return "\n".join([
        translate("Timeline", "Mouse wheel: zoom around the pointer; Shift+wheel, Up/Down or the scroll bar: "
                              "scroll the lanes"),
        translate("Timeline", "Drag: pan; Shift+drag: select every event the band touches (Ctrl+Shift+drag adds)"),
        translate("Timeline", "Click: select an event; Ctrl+click: add or remove it; click on empty space: clear"),
        translate("Timeline", "Double-click or Enter: show the details"),
        translate("Timeline", "Keys: {keys}").format(keys=key_help()),
    ])


class Footer(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.density_text = ""
        self.font_ = ui_font(11)
        self.colour = QColor("#5f6368")
        self.setFixedHeight(int(QFontMetricsF(self.font_).height()) + 6)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setToolTip(tooltip(hint_full()))

    def set_colour(self, colour: str) -> None:
        self.colour = QColor(colour)
        self.update()

    def set_density_text(self, text: str) -> None:
        if text != self.density_text:
            self.density_text = text
            self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setFont(self.font_)
        p.setPen(self.colour)
        metrics = QFontMetricsF(self.font_)
        area = QRectF(self.rect()).adjusted(8, 0, -8, 0)
        left = metrics.elidedText(self.density_text, Qt.TextElideMode.ElideRight, area.width() * 0.5)
        used = metrics.horizontalAdvance(left) + (24 if left else 0)
        right = fitting_hint(metrics, max(area.width() - used, 0))
        p.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
        p.drawText(area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
        p.end()


def fitting_hint(metrics: QFontMetricsF, width: float) -> str:
    """As many whole hints as fit, from the first, and an ellipsis when some are left out."""
    items = [tr(item) for item in HINT_ITEMS]
    for count in range(len(items), 0, -1):
        text = " · ".join(items[:count]) + ("" if count == len(items) else " · \u2026")
        if metrics.horizontalAdvance(text) <= width:
            return text
    return ""

"""A plain-text label of at most a few lines that wraps at words and ends
with an ellipsis when the text does not fit; the full text is its tooltip.
In an export (``set_whole``) it takes the lines its whole text needs instead:
nothing on a page is shortened."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from ...model.label_layout import wrap_long
from ..plain_text import tooltip


def wrap_and_elide(text: str, metrics, width: int, lines: int) -> list[str]:
    words = text.split()
    result: list[str] = []
    line = ""
    for i, word in enumerate(words):
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) <= width or not line:
            line = candidate
            continue
        if len(result) == lines - 1:
            rest = " ".join([line, *words[i:]])
            result.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return result
        result.append(line)
        line = word
    if line:
        result.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return result


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", lines: int = 1, parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._lines = lines
        self._whole = False
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())  # line breaks from a file would spoil the layout
        self.setToolTip(tooltip(self._full))
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 1)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def set_whole(self, whole: bool) -> None:
        """Whole: as many lines as the text needs at the current width, never shortened (exports)."""
        self._whole = whole
        if not whole:
            self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 1)
        self._elide()

    def setFont(self, font) -> None:
        super().setFont(font)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 1)

    def minimumSizeHint(self) -> QSize:
        return QSize(20, self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 20)
        if self._whole:
            metrics = self.fontMetrics()
            lines = wrap_long(self._full, metrics.horizontalAdvance, width) or [""]
            height = metrics.lineSpacing() * max(len(lines), self._lines) + 1
            if self.height() != height:
                self.setFixedHeight(height)
            super().setText("\n".join(lines))
            return
        super().setText("\n".join(wrap_and_elide(self._full, self.fontMetrics(), width, self._lines)))

"""Measuring, shortening and caching the event titles the timeline writes next to glyphs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from ...model.citations import one_line
from .frame import TextTools

TITLE_CHARS = 160  # longer titles are cut before measuring; no label has room for more


class LabelText:
    """Title widths and one-line titles, cached per document (layouts measure the same text often)."""

    def __init__(self, font: QFont):
        self._metrics = QFontMetricsF(font)
        self._widths: dict[str, float] = {}
        self._titles: dict[int, str] = {}

    def clear(self) -> None:
        self._widths.clear()
        self._titles.clear()

    def tools(self, title_of: Callable[[int], str]) -> TextTools:
        """Text tools for a frame; ``title_of(row)`` gives the event's full title."""
        metrics, widths, titles = self._metrics, self._widths, self._titles

        def width(text: str) -> float:
            w = widths.get(text)
            if w is None:
                w = widths[text] = metrics.horizontalAdvance(text)
            return w

        def elide(text: str, room: float) -> str:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)

        def title(row: int) -> str:
            text = titles.get(row)
            if text is None:
                text = titles[row] = one_line(title_of(row), TITLE_CHARS)
            return text

        return TextTools(width, elide, metrics.ascent() / 2 - 1.5, title, metrics.ascent(), metrics.descent())

"""The board as a briefing page shows it: no on-screen hints, and when the
board is taller than its place, the rows that do not fit are left out and a
line says how many, rather than the picture ending mid-table.

Type keeps its size (nothing on a page is under 11 px), so the board is
shortened rather than shrunk.
"""

from __future__ import annotations

import math
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'s' if n != 1 else ''}"


def _settle(pane) -> None:
    for layout in (pane.tile_area.layout(), pane.page_layout):
        if layout is not None:
            layout.invalidate()
            layout.activate()
    QApplication.sendPostedEvents(None, 0)  # pending layout requests, so sizes below are current


def needed_height(pane) -> int:
    _settle(pane)
    return pane.page_layout.totalSizeHint().height()


def _hide_matrix_rows(pane, hidden: int) -> None:
    rows = pane.matrix_model.rowCount()
    for row in range(rows):
        pane.matrix.setRowHidden(row, row >= rows - hidden)
    pane._fit_matrix()


def _shorten(pane, height: int) -> str:
    """Leave out what does not fit in ``height``; returns the line that says so, or ""."""
    if needed_height(pane) <= height:
        return ""
    actors = pane.matrix_model.rowCount()
    pane.more_label.setText("\u2026 more not shown")  # room for the line, before it is measured
    pane.more_label.show()
    row_height = max(pane.matrix.verticalHeader().defaultSectionSize(), 1)
    hidden = min(actors, math.ceil((needed_height(pane) - height) / row_height))
    while True:
        _hide_matrix_rows(pane, hidden)
        if needed_height(pane) <= height or hidden >= actors:
            break
        hidden += 1
    if needed_height(pane) <= height and hidden < actors:
        pane.more_label.setText(f"\u2026 {_plural(hidden, 'more actor')} not shown in the table ({actors:,} in all)")
        return pane.more_label.text()
    # Not even the table's heading fits: leave the table out, then tiles from the end.
    for widget in (pane.matrix_title, pane.matrix):
        widget.hide()
    shown = [tile for tile in pane.tiles if tile.isVisible()]
    while len(shown) > 1 and needed_height(pane) > height:
        shown.pop().hide()
    left_out = len(pane.tiles) - len(shown)
    table = f"the actors \u00d7 segments table ({_plural(actors, 'actor')})" if actors else ""
    parts = [p for p in (_plural(left_out, "more segment") if left_out else "", table) if p]
    pane.more_label.setText(f"\u2026 {' and '.join(parts)} not shown")
    return pane.more_label.text()


def _whole_texts(pane, whole: bool) -> None:
    """On a page a tile's texts are whole (wrapped onto more lines), never shortened."""
    for tile in pane.tiles:
        for label in (tile.title, tile.description, tile.responsible, tile.latest):
            label.set_whole(whole)
    _settle(pane)


@contextmanager
def fitted_for_export(pane, height: int):
    """Within the block the pane is laid out for a page ``height`` units tall;
    yields the line about what was left out ("" when everything fits)."""
    scrollbar = pane.scroll.verticalScrollBarPolicy()
    pane.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    pane.for_export = True
    pane.matrix_note.hide()  # "click a cell to filter" means nothing on paper
    _whole_texts(pane, True)
    try:
        yield _shorten(pane, height)
    finally:
        _whole_texts(pane, False)
        pane.for_export = False
        pane.more_label.hide()
        for tile in pane.tiles:
            tile.show()
        _hide_matrix_rows(pane, 0)
        pane.scroll.setVerticalScrollBarPolicy(scrollbar)

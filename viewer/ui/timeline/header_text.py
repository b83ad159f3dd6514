"""What a lane's header writes: its name whole, on one line or wrapped onto two, and its count.

Tried in turn: the name on one line with the count below it; on two lines with the count below;
on two lines with the count beside the last line (or, where neither fits, left to the hover
text and the legend); in a short lane, one line with the count at the right, then one line
alone. Where the name fits none of them, the window cuts it short with an ellipsis (its hover
text gives it whole); a page, which has no hover, leaves it out rather than print it cut.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from ...model.label_layout import fit_lines

NAME_X = 32  # after the colour swatch
RIGHT_PAD = 10
GAP = 14
TOP_PAD = 7
BOTTOM_PAD = 3
LINE_GAP = 2  # between the lines of a wrapped name, so that they never touch


@dataclass(frozen=True)
class HeaderText:
    lines: tuple[str, ...]  # the name's lines (none when it is left out)
    count: str  # the count as written (below the name, or beside it), "" when left out
    beside: bool  # the count at the right of a single line, vertically centred in the lane


def header_text(name: str, count_below: str, count_beside: str, name_metrics: QFontMetricsF,
                count_metrics: QFontMetricsF, width: float, lane_px: float, whole_only: bool) -> HeaderText:
    """``count_below`` is the count with its word ("7 events"), ``count_beside`` the bare number."""
    line_h, count_h = name_metrics.height(), count_metrics.height()
    room = width - NAME_X - RIGHT_PAD

    def measure(text: str) -> float:
        return name_metrics.horizontalAdvance(text)

    for count_line in (True, False):
        for lines in (1, 2):
            needed = TOP_PAD + lines * line_h + (lines - 1) * LINE_GAP + (count_h + 2 if count_line else 0) \
                + BOTTOM_PAD
            if lane_px < needed:
                continue
            fitted = fit_lines(name, measure, room, lines)
            if fitted is None:
                continue
            if count_line:
                return HeaderText(fitted, _fitting(count_below, count_metrics, room), False)
            last = measure(fitted[-1])
            beside = count_metrics.horizontalAdvance(count_beside)
            shown = count_beside if NAME_X + last + GAP + beside <= width - RIGHT_PAD and len(fitted) == 1 else ""
            return HeaderText(fitted, shown, bool(shown))
    beside = count_metrics.horizontalAdvance(count_beside)
    one = fit_lines(name, measure, room - beside - GAP, 1)
    if one is not None:
        return HeaderText(one, count_beside, True)
    one = fit_lines(name, measure, room, 1)
    if one is not None:
        return HeaderText(one, "", True)
    if whole_only:
        return HeaderText((), count_beside, True)
    cut = name_metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(room - beside - GAP, 10))
    return HeaderText((cut,), count_beside, True)


def _fitting(text: str, metrics: QFontMetricsF, room: float) -> str:
    return text if metrics.horizontalAdvance(text) <= room else text.split(" ", 1)[0]

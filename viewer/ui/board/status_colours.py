"""Colours of the event statuses in the board's status-mix bars."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...model.records import STATUSES
from ...style.theme import Theme

# Firm to tentative: what happened stands out most from the page, what might happen least;
# disputed stands apart in red. Each set keeps every pair apart under colour-vision
# deficiency and in greyscale (tests/test_theme_colours.py), greys on paper.
STATUS_COLOURS = {
    "occurred": "#1f3b57",
    "reported": "#6f8fb0",
    "planned": "#e6a100",
    "hypothetical": "#e8e8e8",
    "disputed": "#b2182b",
}
ON_DARK = {"occurred": "#ffffff", "reported": "#8aa1b8", "planned": "#ffc20a", "hypothetical": "#4a4a4a",
           "disputed": "#c0392b"}
ON_PAPER = {"occurred": "#333333", "reported": "#666666", "planned": "#999999", "hypothetical": "#e6e6e6",
            "disputed": "#000000"}
assert set(STATUS_COLOURS) == set(ON_DARK) == set(ON_PAPER) == set(STATUSES)


def status_colour(status: str, theme: Theme) -> QColor:
    if theme.greyscale:
        return QColor(ON_PAPER[status])
    return QColor((ON_DARK if theme.dark else STATUS_COLOURS)[status])

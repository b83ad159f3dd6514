"""Colours of the event statuses in the board's status-mix bars."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...model.records import STATUSES
from ...style.theme import Theme, to_grey

# Firm to tentative: what happened is dark, what might happen is pale;
# disputed stands apart in red.
STATUS_COLOURS = {
    "occurred": "#33475b",
    "reported": "#8aa1b8",
    "planned": "#e6a100",
    "hypothetical": "#c9c9c9",
    "disputed": "#c0392b",
}
assert set(STATUS_COLOURS) == set(STATUSES)


def status_colour(status: str, theme: Theme) -> QColor:
    colour = STATUS_COLOURS[status]
    if theme.name == "dark" and status == "occurred":
        colour = "#9fb3c8"  # the slate would vanish on a dark background
    return QColor(to_grey(colour) if theme.greyscale else colour)

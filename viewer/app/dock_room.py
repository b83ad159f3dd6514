"""Keeping most of the window for the timeline: side and bottom panes give way first.

Qt's main window shrinks the central widget when the window gets smaller and
keeps every dock at its width, so a small window left the timeline a sliver.
After each resize the docks beside and below the timeline shrink towards their
smallest useful size until the timeline has its share again; where even that is
not enough, the left column joins the right one as tabs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget

from .focus_order import on_screen

TIMELINE_WIDTH_SHARE = 0.55  # of the window's width
TIMELINE_HEIGHT_SHARE = 0.6  # of the height between the menu bar and the status bar
NARROW_PX = 1280  # a first window narrower than this starts with one column of panes beside the timeline

Area = Qt.DockWidgetArea


def shown_docks(window: QMainWindow, docks, area: Area) -> list[QDockWidget]:
    """Docks docked in ``area`` whose content is on screen (not a tab behind another)."""
    return [dock for dock in docks
            if dock.isVisible() and not dock.isFloating() and window.dockWidgetArea(dock) == area
            and on_screen(dock)]


def _shrink(window: QMainWindow, docks: list[QDockWidget], deficit: int, orientation: Qt.Orientation) -> int:
    """Shrink ``docks`` by up to ``deficit`` pixels in all, each in proportion to its spare room;
    returns what is still missing."""
    horizontal = orientation == Qt.Orientation.Horizontal

    def extent(size) -> int:
        return size.width() if horizontal else size.height()

    sizes = [extent(d.size()) for d in docks]
    spare = [max(0, s - extent(d.minimumSizeHint())) for s, d in zip(sizes, docks, strict=True)]
    room = sum(spare)
    if deficit <= 0 or room <= 0:
        return max(0, deficit)
    take = min(deficit, room)
    new = [s - round(take * free / room) for s, free in zip(sizes, spare, strict=True)]
    window.resizeDocks(docks, new, orientation)
    return deficit - take


def _one_per_column(docks: list[QDockWidget], horizontal: bool) -> list[QDockWidget]:
    """Docks stacked in one column (or row) resize together: keep one of each."""
    seen, chosen = set(), []
    for dock in docks:
        key = dock.x() if horizontal else dock.y()
        if key not in seen:
            seen.add(key)
            chosen.append(dock)
    return chosen


def make_room(window: QMainWindow, timeline: QWidget, docks) -> None:
    """Give the timeline its share of the window, taking it from the docks around it."""
    docks = list(docks)
    width_wanted = round(window.width() * TIMELINE_WIDTH_SHARE)
    deficit = width_wanted - timeline.width()
    if deficit > 0:
        sides = [d for area in (Area.LeftDockWidgetArea, Area.RightDockWidgetArea)
                 for d in _one_per_column(shown_docks(window, docks, area), True)]
        missing = _shrink(window, sides, deficit, Qt.Orientation.Horizontal)
        if missing > 0:
            _stack_left_into_right(window, docks)
    central_height = window.height() - window.menuBar().height() - window.statusBar().height()
    deficit = round(central_height * TIMELINE_HEIGHT_SHARE) - timeline.height()
    if deficit > 0:
        rows = [d for area in (Area.TopDockWidgetArea, Area.BottomDockWidgetArea)
                for d in _one_per_column(shown_docks(window, docks, area), False)]
        _shrink(window, rows, deficit, Qt.Orientation.Vertical)


def _stack_left_into_right(window: QMainWindow, docks) -> None:
    left = shown_docks(window, docks, Area.LeftDockWidgetArea)
    right = shown_docks(window, docks, Area.RightDockWidgetArea)
    if not left or not right:
        return
    for dock in [d for d in docks if window.dockWidgetArea(d) == Area.LeftDockWidgetArea and not d.isFloating()]:
        window.tabifyDockWidget(right[0], dock)
    right[0].raise_()


def first_layout(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """The first run's sizes: side columns and the bottom row at a modest share of the window;
    a narrow window starts with the filters and the legend as tabs beside the details (the details
    in front)."""
    width, height = window.width(), window.height()
    if width < NARROW_PX:
        window.tabifyDockWidget(docks["quotes"], docks["filters"])
        window.tabifyDockWidget(docks["filters"], docks["legend"])
        docks["details"].raise_()
        window.resizeDocks([docks["details"]], [max(280, int(width * 0.28))], Qt.Orientation.Horizontal)
        for bar in window.findChildren(QTabBar):  # five tabs in one column: whole names, scrolled
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
    else:
        window.resizeDocks([docks["filters"], docks["details"]],
                           [max(200, int(width * 0.17)), max(280, int(width * 0.27))], Qt.Orientation.Horizontal)
    share = 0.36 if height >= 900 else 0.3
    window.resizeDocks([docks["map"]], [int(height * share)], Qt.Orientation.Vertical)

"""Keeping the window on its screen: a remembered or default size larger than the screen
(a laptop after a desktop monitor, a projector) is cut down to the screen's free area, and
the window is moved back onto it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle, QWidget

DEFAULT_SIZE = (1500, 950)


def screen_area(window: QWidget) -> QRect:
    """The free area (without task bars and docks) of the screen the window is on, or will be on."""
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen() \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move the window so that it lies wholly within its screen's free area."""
    area = screen_area(window)
    frame, inner = window.frameGeometry(), window.geometry()
    # The window manager's frame around the window, known once the window is shown.
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    if (extra_w, extra_h) == (0, 0) and not window.isVisible():
        # Not shown yet, so its frame is unknown: leave room for a title bar.
        extra_h = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    width = min(inner.width(), area.width() - extra_w)
    height = min(inner.height(), area.height() - extra_h)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(max(width, 1), max(height, 1))
    outer_w, outer_h = window.width() + extra_w, window.height() + extra_h
    x = min(max(frame.x(), area.left()), area.left() + area.width() - outer_w)
    y = min(max(frame.y(), area.top()), area.top() + area.height() - outer_h)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)

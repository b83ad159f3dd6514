"""Tab and Shift+Tab through the window in reading order, skipping what is not shown.

Qt's own focus chain follows the order widgets were made and walks into panes
that are tabs behind others (Qt moves those off screen but keeps them
"visible"). Here the panes on screen are taken left to right, the ones below
the timeline after it, and the focusable widgets of each in Qt's order.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget


def on_screen(widget: QWidget) -> bool:
    """Shown inside its window (a tab behind another is "visible" but placed outside)."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    window = widget.window()
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).intersects(window.rect())


def _on_screen(widget: QWidget) -> bool:
    return widget.isEnabled() and on_screen(widget)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def reading_order(window: QWidget, centre: QWidget, panes: list[QWidget]) -> list[QWidget]:
    """Every widget Tab stops at, in the order a reader meets them."""
    shown = [p for p in [centre, *panes] if _on_screen(p)]
    below = centre.mapTo(window, centre.rect().bottomLeft()).y()

    def place(pane: QWidget) -> tuple[int, int, int]:
        top_left = pane.mapTo(window, pane.rect().topLeft())
        return (1 if top_left.y() >= below else 0, top_left.x(), top_left.y())

    shown.sort(key=place)
    members: dict[int, list[QWidget]] = {id(p): [] for p in shown}
    widget = window.nextInFocusChain()
    for _ in range(10_000):  # the chain is a ring; stop once round it
        if widget is window:
            break
        if _takes_tab(widget) and _on_screen(widget):
            owner = widget
            while owner is not None and id(owner) not in members:
                owner = owner.parentWidget()
            if owner is not None:
                members[id(owner)].append(widget)
        widget = widget.nextInFocusChain()
    return [w for p in shown for w in members[id(p)]]


def next_stop(chain: list[QWidget], current: QWidget | None, forward: bool) -> QWidget | None:
    if not chain:
        return None
    here = current
    while here is not None and here not in chain:
        here = here.parentWidget()
    if here is None:
        return chain[0] if forward else chain[-1]
    i = chain.index(here)
    return chain[(i + (1 if forward else -1)) % len(chain)]


def first_stop(pane: QWidget) -> QWidget | None:
    """The first widget inside ``pane`` that Tab would stop at, shown or not."""
    if _takes_tab(pane) and pane.isEnabled():
        return pane
    widget = pane.nextInFocusChain()
    for _ in range(10_000):  # once round the ring at most
        if widget is pane:
            return None
        if pane.isAncestorOf(widget) and _takes_tab(widget) and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    return None

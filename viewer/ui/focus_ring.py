"""A ring around the pane that has the keyboard focus.

Fields and buttons show their own focus; the panes (the timeline, tables, trees,
the detail text, the map) are scroll areas that the style leaves unmarked. The
ring is four thin opaque strips laid over the edges of the focused pane, so the
pane never repaints for it and it follows the pane wherever the pane moves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

RING_PX = 2


def ring_target(widget: QWidget | None, window: QWidget) -> QWidget | None:
    """The pane the ring goes round when ``widget`` has the focus, or None."""
    while widget is not None and widget is not window:
        if isinstance(widget, QAbstractScrollArea) or widget.property("focus_ring"):
            return widget
        widget = widget.parentWidget()
    return None


class FocusRing(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.target: QWidget | None = None
        self.edges = []
        for _ in range(4):
            edge = QWidget()
            edge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            edge.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            edge.setAutoFillBackground(True)
            edge.hide()
            self.edges.append(edge)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        window.destroyed.connect(self._disconnect)

    def _disconnect(self) -> None:
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
        except (RuntimeError, TypeError):
            pass

    def _focus_changed(self, _old, new) -> None:
        if new is not None and new.window() is not self.window:
            return  # a popup or dialog: the ring stays where the window's focus is
        self.attach(ring_target(new, self.window) if new is not None else None)

    def attach(self, target: QWidget | None) -> None:
        if self.target is not None and self.target is not target:
            self.target.removeEventFilter(self)
        self.target = target
        if target is None:
            for edge in self.edges:
                edge.hide()
            return
        target.installEventFilter(self)
        colours = QPalette(target.palette())
        colours.setColor(QPalette.ColorRole.Window, target.palette().color(QPalette.ColorRole.Highlight))
        for edge in self.edges:
            if edge.parentWidget() is not target:
                edge.setParent(target)
            edge.setPalette(colours)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.target and event.type() in (QEvent.Type.Resize, QEvent.Type.PaletteChange):
            self.attach(self.target)
        return False

    def _place(self) -> None:
        target = self.target
        w, h = target.width(), target.height()
        for edge, (x, y, ew, eh) in zip(self.edges, ((0, 0, w, RING_PX), (0, h - RING_PX, w, RING_PX),
                                                     (0, 0, RING_PX, h), (w - RING_PX, 0, RING_PX, h)), strict=True):
            edge.setGeometry(x, y, ew, eh)
            edge.show()
            edge.raise_()

    @property
    def shown(self) -> bool:
        return self.target is not None and all(edge.isVisible() for edge in self.edges)

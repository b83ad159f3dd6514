"""A slider with Play under the map: steps a time window through the
document's span so the map shows what was active when."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from ...model.date_words import localized
from ...model.dates import Precision, format_instant
from ...model.translation import translate

STEPS = 60
WINDOW_FRACTION = 0.1  # the window covers the last tenth of the span before the cursor
MIN_WINDOW = 86400.0
BASE_INTERVAL_MS = 400
SPEEDS = (("0.5×", 0.5), ("1×", 1.0), ("2×", 2.0), ("4×", 4.0))
ICON_PX = 16


def media_icon(playing: bool, colour: QColor, ratio: float = 1.0) -> QIcon:
    """Pause bars or a play triangle in the text's colour, so that the
    button reads on a light and a dark bar alike."""
    pixmap = QPixmap(round(ICON_PX * ratio), round(ICON_PX * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if playing:
        painter.drawRect(QRectF(3.5, 3, 3, 10))
        painter.drawRect(QRectF(9.5, 3, 3, 10))
    else:
        painter.drawPolygon(QPolygonF([QPointF(4, 2.5), QPointF(13, 8), QPointF(4, 13.5)]))
    painter.end()
    return QIcon(pixmap)


class TimeSlider(QWidget):
    """Emits ``windowChanged(start, end)`` while on and ``windowCleared()`` when off."""

    windowChanged = Signal(float, float)
    windowCleared = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.extent: tuple[float, float] | None = None
        self.active = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)

        self.play_button = QToolButton()
        self.play_button.setToolTip(translate("Map", "Step through time (Space when the slider has focus)"))
        self.play_button.clicked.connect(self.toggle_play)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(translate("Map", "Time on the map"))
        self.slider.setRange(0, STEPS)
        self.slider.setPageStep(6)
        self.slider.setToolTip(translate("Map", "Move through time: the map shows what was active in the window before "
                                          "this date"))
        self.slider.valueChanged.connect(self._moved)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setMinimumWidth(190)
        self.speed = QComboBox()
        self.speed.setToolTip(translate("Map", "Playback speed"))
        for text, factor in SPEEDS:
            self.speed.addItem(text, factor)
        self.speed.setCurrentIndex(1)
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.all_button = QToolButton()
        self.all_button.setText(translate("Map", "All times"))
        self.all_button.setToolTip(translate("Map", "Stop and show every time at full strength"))
        self.all_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.play_button, self.slider, self.label, self.speed, self.all_button):
            layout.addWidget(widget, 1 if widget is self.slider else 0)
        self._show_play(False)
        self.set_extent(None)

    # -- public ---------------------------------------------------------------
    def set_extent(self, extent: tuple[float, float] | None) -> None:
        """The span to step through; None when the document has no dated events."""
        if extent is not None and extent[1] <= extent[0]:
            extent = (extent[0] - MIN_WINDOW / 2, extent[0] + MIN_WINDOW / 2)
        self.extent = extent
        for widget in (self.play_button, self.slider, self.speed, self.all_button):
            widget.setEnabled(extent is not None)
        self.clear()

    def time_window(self) -> tuple[float, float] | None:
        if not self.active or self.extent is None:
            return None
        start, end = self.extent
        cursor = start + (end - start) * self.slider.value() / STEPS
        width = max((end - start) * WINDOW_FRACTION, MIN_WINDOW)
        return cursor - width, cursor

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._show_play(False)
            return
        if self.extent is None:
            return
        if not self.active or self.slider.value() >= STEPS:
            self._set_value(0)
        self._activate()
        self.timer.start(self._interval())
        self._show_play(True)

    def clear(self) -> None:
        self.timer.stop()
        self._show_play(False)
        self.active = False
        self._set_value(STEPS)
        self.label.setText(translate("Map", "All times") if self.extent is not None
                           else translate("Map", "No dated events"))
        self.windowCleared.emit()

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    # -- internals --------------------------------------------------------------
    def _interval(self) -> int:
        return int(BASE_INTERVAL_MS / float(self.speed.currentData()))

    def _speed_changed(self) -> None:
        if self.timer.isActive():
            self.timer.setInterval(self._interval())

    def _show_play(self, playing: bool) -> None:
        # The slider's own palette: when the theme changes it hears of it before its buttons do.
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        self.play_button.setIcon(media_icon(playing, colour, self.devicePixelRatioF()))
        self.play_button.setText(translate("Map", "Pause") if playing else translate("Map", "Play"))
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _set_value(self, value: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(value)
        self.slider.blockSignals(False)

    def _moved(self) -> None:
        self._activate()

    def _activate(self) -> None:
        self.active = True
        start, end = self.time_window()
        days = round((end - start) / 86400)
        window = (translate("Map", "{date} · previous {days} day") if days == 1
                  else translate("Map", "{date} · previous {days} days"))
        self.label.setText(window.format(date=localized(format_instant(end, Precision.DAY)), days=days))
        self.windowChanged.emit(start, end)

    def _tick(self) -> None:
        if self.slider.value() >= STEPS:
            self.timer.stop()
            self._show_play(False)
            return
        self._set_value(self.slider.value() + 1)
        self._activate()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_play(self.playing)  # the icon takes the new text colour

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.toggle_play()
            event.accept()
            return
        super().keyPressEvent(event)

"""The map pane: segments and places of the shown events, linked both ways
with the shared state (selection, filter, time range)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ...model import board
from ...model.translation import translate
from ...model.wording import counted
from ...state import Change, Commands
from ...style.theme import THEMES, Theme, widget_palette
from .canvas import MapCanvas
from .content import MapContent
from .look import compute_look, place_dimming, time_extent_of
from .time_slider import TimeSlider


def _events(n: int) -> str:
    return counted(n, "event")


class MapPane(QWidget):
    def __init__(self, state, commands: Commands | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.commands = commands if commands is not None else Commands()
        self.theme = theme = THEMES[state.theme]
        self.content = MapContent()
        self._shown_path: str | None = None
        self.plot_widget = MapCanvas(theme)
        self.plot_widget.setAccessibleName(translate("Map", "Map of the segments and places"))
        self.time_slider = TimeSlider()
        self.fit_button = QToolButton()
        self.fit_button.setText(translate("Map", "Fit"))
        self.fit_button.setToolTip(translate("Map", "Show the document's area (Home); Shift+Home shows every place"))
        self.fit_button.clicked.connect(lambda: self.fit())

        self.controls = QWidget()  # the bar under the map: Play, slider, speed, Fit
        self.controls.setAutoFillBackground(True)
        bar = QHBoxLayout(self.controls)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.time_slider, 1)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.controls)

        self.plot_widget.clicked.connect(self._clicked)
        self.time_slider.windowChanged.connect(self._follow)
        self.time_slider.windowCleared.connect(self._follow)
        state.changed.connect(self._state_changed)
        self.controls.setPalette(widget_palette(theme, self.controls.palette()))
        if state.document is not None:
            self._document_changed()

    # -- following the state ----------------------------------------------------
    def _state_changed(self, change: Change) -> None:
        if change & Change.THEME:
            self.set_theme(THEMES[self.state.theme])
        if change & Change.DOCUMENT:
            self._document_changed()
        elif change & (Change.FILTER | Change.SELECTION | Change.HIGHLIGHT):
            self.refresh()
        elif change & Change.TIME_RANGE:
            self._range_changed()

    def _document_changed(self) -> None:
        document = self.state.document
        self.content = MapContent.from_document(document)
        self.plot_widget.set_content(self.content)
        self.time_slider.set_extent(time_extent_of(document) if document is not None else None)
        self.refresh()
        # A reload of the same file keeps the user's view; a new file opens on its area.
        path = getattr(document, "path", None)
        if path is None or path != self._shown_path:
            self.fit()
        self._shown_path = path

    def _range_changed(self) -> None:
        """A pan or zoom of the timeline changes only which places are dimmed: repaint only if it did."""
        look = self.plot_widget.look
        dimmed = place_dimming(self.state, self.content, self.time_slider.time_window())
        if not np.array_equal(dimmed, look.place_dimmed):
            self.plot_widget.set_look(replace(look, place_dimmed=dimmed))

    def _follow(self, *_args) -> None:
        self.state.set_play_window(self.time_slider.time_window())  # the timeline marks the play time
        self.refresh()

    def refresh(self) -> None:
        self.plot_widget.set_look(compute_look(self.state, self.content, self.time_slider.time_window()))

    def fit(self, everything: bool = False) -> None:
        self.plot_widget.fit(everything)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.plot_widget.set_theme(theme)
        self.controls.setPalette(widget_palette(theme, self.controls.palette()))

    # -- what is emphasised (for other code and tests) -----------------------------
    def highlighted_segments(self) -> set[str]:
        lit = self.plot_widget.look.segment_highlighted
        document = self.state.document
        return {document.segments[int(i)].id for i in np.flatnonzero(lit)} if document else set()

    def highlighted_places(self) -> set[str]:
        look, marks = self.plot_widget.look, self.content.places
        document = self.state.document
        if document is None or len(look.place_highlighted) != len(marks.rows):
            return set()
        return {document.places[int(r)].id for r in marks.rows[look.place_highlighted]}

    def not_on_map_count(self) -> int:
        return self.plot_widget.look.not_on_map

    # -- clicks -------------------------------------------------------------------------
    def _clicked(self, kind: str, key, modifiers) -> None:
        state, document = self.state, self.state.document
        if document is None:
            return
        ctrl = bool(modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if kind == "empty":
            if len(state.selected):
                state.clear_selection()
            return
        if kind == "segment":
            self._segment_clicked(key, ctrl, shift)
        elif kind == "place":
            self._place_clicked(document.places[key].id, ctrl, shift)
        elif kind == "unplaced":
            rows = board.not_on_map_rows(document, state.visible)
            state.select(rows, add=shift)
            self.commands.message.emit(translate("Map", "Selected {events} that are not on the map").format(
                events=_events(len(rows))))

    def _segment_clicked(self, segment_id: str, ctrl: bool, shift: bool) -> None:
        document = self.state.document
        members = document.columns.segments.mask_any(np.array([document.segment_index[segment_id]]))
        self._pick("segments", segment_id, f"segment {document.segment(segment_id).label}", members, ctrl, shift)

    def _place_clicked(self, place_id: str, ctrl: bool, shift: bool) -> None:
        document = self.state.document
        members = document.columns.place == document.place_index[place_id]
        self._pick("places", place_id, f"place {document.place(place_id).name}", members, ctrl, shift)

    def _pick(self, facet: str, key: str, what: str, members: np.ndarray, ctrl: bool, shift: bool) -> None:
        """Ctrl-click filters the timeline to one segment or place (again: clears it); a click selects."""
        state = self.state
        if ctrl:
            wanted = frozenset() if getattr(state.filter, facet) == {key} else frozenset({key})
            state.set_filter(state.filter.with_(**{facet: wanted}))
            self.commands.message.emit((translate("Map", "Timeline filtered to {what}") if wanted
                                        else translate("Map", "Filter on {what} cleared")).format(what=what))
            return
        rows = np.flatnonzero(members & state.visible)
        state.select(rows, add=shift)
        message = translate("Map", "Selected {events} in {what}")
        self.commands.message.emit(message.format(events=_events(len(rows)), what=what))

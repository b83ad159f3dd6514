"""The segment board pane: tiles per segment above, the actors x segments
matrix below. Both follow the filter and set it when clicked."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QRegion
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...model.translation import QT_TRANSLATE_NOOP, tr, translate
from ...model.wording import counted
from ...state import Change, Commands
from ...style.fonts import ui_font
from ...style.theme import THEMES, Theme
from ..when_shown import RefreshWhenShown
from . import counts as board_counts
from .export_fit import fitted_for_export
from .matrix import MatrixModel, make_matrix_view
from .tile import TILE_MIN_WIDTH, TileWidget

GRID_SPACING = 10
MATRIX_NOTE = QT_TRANSLATE_NOOP("Board", "Events per actor and segment under the current filter. "
                                         "A corner mark: the segment names the actor as responsible. "
                                         "Click a cell to filter to both, a heading to filter to one.")


def _plain_label(text: str = "", size: int = 12, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(ui_font(size, bold))
    return label


class BoardPane(QWidget):
    def __init__(self, state, commands: Commands | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.commands = commands if commands is not None else Commands()
        self.theme = theme = THEMES[state.theme]
        self.tiles: list[TileWidget] = []
        self._columns = 0
        self.for_export = False  # laid out for a briefing page: no on-screen hints

        # One scrolling page: tiles, then the matrix at its natural height.
        self.page = QWidget()
        self.tile_area = QWidget()
        self.empty_label = _plain_label(translate("Board", "No document open"), 13)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.matrix_model = MatrixModel(self)
        self.matrix = make_matrix_view(self.matrix_model)
        self.matrix.setAccessibleName(translate("Board", "Actors by segments"))
        self.matrix.clicked.connect(self._cell_clicked)
        self.matrix.activated.connect(self._cell_clicked)
        self.matrix.horizontalHeader().sectionClicked.connect(self._segment_heading_clicked)
        self.matrix.verticalHeader().sectionClicked.connect(self._actor_heading_clicked)
        self.matrix_title = _plain_label(translate("Board", "Actors × segments"), 13, bold=True)
        self.matrix_note = _plain_label(tr(MATRIX_NOTE), 11)
        self.matrix_note.setWordWrap(True)
        self.more_label = _plain_label("", 12)  # on a page: what did not fit
        self.more_label.setWordWrap(True)
        self.more_label.hide()

        self.page_layout = page_layout = QVBoxLayout(self.page)
        page_layout.setContentsMargins(GRID_SPACING, GRID_SPACING, GRID_SPACING, GRID_SPACING)
        page_layout.setSpacing(6)
        page_layout.addWidget(self.tile_area)
        page_layout.addSpacing(8)
        page_layout.addWidget(self.matrix_title)
        page_layout.addWidget(self.matrix)
        page_layout.addWidget(self.matrix_note)
        page_layout.addWidget(self.more_label)
        page_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(translate("Board", "Segment tiles"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.page)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        self._when_shown = RefreshWhenShown(self, self.refresh)
        state.changed.connect(self._state_changed)
        self.set_theme(theme)

    def _state_changed(self, change: Change) -> None:
        if change & Change.THEME:
            self.set_theme(THEMES[self.state.theme])  # refreshes
        elif change & (Change.DOCUMENT | Change.FILTER):
            self._when_shown.request()

    # -- following the state ----------------------------------------------------
    def _mask_without(self, *facets: str):
        """Visible events if the named facets were not filtered, so that their
        other values keep their counts while one of them is active."""
        return self.state.mask_without(*facets)

    def refresh(self) -> None:
        document = self.state.document
        if document is None or not document.segments:
            self._set_tiles([])
            self.empty_label.setText(translate("Board", "No document open") if document is None else
                                     translate("Board", "This document has no segments. Events can name segments "
                                                        "(for example Sky, Sea, Land) to be grouped here."))
            empty = np.zeros((0, 0), dtype=np.int64)
            self.matrix_model.set_data([], [], [], [], empty, empty.astype(bool), set(), self.theme)
            self._fit_matrix()
            return
        self._refresh_tiles(document)
        self._refresh_matrix(document)

    def _refresh_tiles(self, document) -> None:
        tiles = board_counts.tiles(document, self._mask_without("segments"))
        active = self.state.filter.segments
        while len(self.tiles) < len(tiles):
            tile = TileWidget()
            tile.clicked.connect(self._tile_clicked)
            self.tiles.append(tile)
        while len(self.tiles) > len(tiles):
            self.tiles.pop().deleteLater()
        for widget, tile in zip(self.tiles, tiles):
            colour = self.theme.lane_colour(tile.segment.color, document.segment_index[tile.segment.id])
            row = tile.latest_event_row
            title = (document.texts.title[row].as_py() or "") if row >= 0 else ""
            widget.set_tile(tile, colour, title, tile.segment.id in active, self.theme)
        self._set_tiles(self.tiles)

    def _refresh_matrix(self, document) -> None:
        actor_ids, segment_ids, counts, responsible = board_counts.matrix(
            document, self._mask_without("actors", "segments"))
        spec = self.state.filter
        active = {(a, s) for a in spec.actors for s in spec.segments}
        self.matrix_model.set_data(
            actor_ids, [document.actor(a).name for a in actor_ids],
            segment_ids, [document.segment(s).label for s in segment_ids],
            counts, responsible, active, self.theme)
        self.matrix.verticalHeader().setMinimumWidth(0)
        self.matrix.resizeColumnsToContents()
        header = self.matrix.horizontalHeader()
        for column in range(len(segment_ids)):
            header.resizeSection(column, max(header.sectionSize(column), 90))
        self._fit_matrix()

    def _fit_matrix(self) -> None:
        """Size the table to its cells, so the page scrolls rather than the table."""
        view = self.matrix
        frame = 2 * view.frameWidth()
        height = view.horizontalHeader().height() + view.verticalHeader().length() + frame
        width = view.verticalHeader().width() + view.horizontalHeader().length() + frame
        view.setFixedHeight(height + (2 if self.matrix_model.rowCount() else 0))
        view.setMaximumWidth(width + 2)
        has_rows = self.matrix_model.rowCount() > 0
        for widget in (self.matrix_title, self.matrix):
            widget.setVisible(has_rows)
        self.matrix_note.setVisible(has_rows and not self.for_export)

    def _set_tiles(self, tiles: list[TileWidget]) -> None:
        """Lay the tiles out in as many columns as fit the width.

        A fresh grid each time: a QGridLayout keeps the rows and columns it
        once had, which would leave gaps after the width changes.
        """
        area = QWidget()
        grid = QGridLayout(area)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(GRID_SPACING)
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if tiles:
            self.empty_label.setParent(area)  # kept out of the old area, which is deleted
            self.empty_label.hide()
        else:
            grid.addWidget(self.empty_label, 0, 0)
            self.empty_label.show()
        columns = self._column_count(len(tiles)) if tiles else 1
        self._columns = columns
        for i, tile in enumerate(tiles):
            grid.addWidget(tile, i // columns, i % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.page_layout.replaceWidget(self.tile_area, area)
        self.tile_area.deleteLater()
        self.tile_area = area
        for tile in tiles:
            tile.show()

    def _column_count(self, n: int) -> int:
        width = self.width() - 2 * GRID_SPACING - self.scroll.verticalScrollBar().sizeHint().width()
        return max(1, min(n, (width + GRID_SPACING) // (TILE_MIN_WIDTH + GRID_SPACING)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.tiles and self._column_count(len(self.tiles)) != self._columns:
            self._set_tiles(self.tiles)

    # -- clicks -----------------------------------------------------------------------
    def _toggle(self, **facets: frozenset) -> None:
        """Set the facets, or clear them when they are already exactly this."""
        state = self.state
        current = {name: getattr(state.filter, name) for name in facets}
        wanted = {name: frozenset() for name in facets} if current == facets else facets
        state.set_filter(state.filter.with_(**wanted))
        document = state.document
        if all(not v for v in wanted.values()):
            self.commands.message.emit(translate("Board", "Board filter cleared"))
            return
        names = [document.segment(s).label for s in wanted.get("segments", ())]
        names += [document.actor(a).name for a in wanted.get("actors", ())]
        shown = counted(state.visible_count, "event")
        message = translate("Board", "Timeline filtered to {names}: {events}")
        self.commands.message.emit(message.format(names=translate("Board", " and ").join(names), events=shown))

    def _tile_clicked(self, segment_id: str) -> None:
        self._toggle(segments=frozenset({segment_id}))

    def _cell_clicked(self, index) -> None:
        if index.isValid():
            actor_id, segment_id = self.matrix_model.pair(index)
            self._toggle(actors=frozenset({actor_id}), segments=frozenset({segment_id}))

    def _segment_heading_clicked(self, column: int) -> None:
        self._toggle(segments=frozenset({self.matrix_model.segment_ids[column]}))

    def _actor_heading_clicked(self, row: int) -> None:
        self._toggle(actors=frozenset({self.matrix_model.actor_ids[row]}))

    # -- look and export ------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        palette = self.palette()
        for role, colour in ((QPalette.ColorRole.Window, theme.background),
                             (QPalette.ColorRole.Base, theme.background),
                             (QPalette.ColorRole.AlternateBase, theme.lane_band),
                             (QPalette.ColorRole.WindowText, theme.foreground),
                             (QPalette.ColorRole.Text, theme.foreground),
                             (QPalette.ColorRole.Button, theme.lane_band),
                             (QPalette.ColorRole.ButtonText, theme.foreground),
                             (QPalette.ColorRole.Mid, theme.border)):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.page.setAutoFillBackground(True)
        muted = self.matrix_note.palette()
        muted.setColor(QPalette.ColorRole.WindowText, QColor(theme.muted))
        for label in (self.matrix_note, self.empty_label, self.more_label):
            label.setPalette(muted)
        self.refresh()

    def render_for_export(self, painter: QPainter, rect: QRectF) -> str:
        """Draw the board into ``rect`` of the painter for a briefing page, as
        laid out at that size: without on-screen hints, and with a closing
        line naming what did not fit. Returns that line ("" when all fits)."""
        self._when_shown.flush()
        width, height = int(rect.width()), int(rect.height())
        with fitted_for_export(self, height) as left_out:
            painter.save()
            painter.translate(rect.topLeft())
            self.page.render(painter, QPoint(0, 0), QRegion(QRect(0, 0, width, height)),
                             QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren)
            painter.restore()
        return left_out

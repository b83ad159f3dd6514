"""Every source of the document with its grade and how often it is quoted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ...model.citations import NOT_GRADED
from ...model.quotes import source_stats
from ...model.records import RELIABILITY_TEXT
from ...model.translation import QT_TRANSLATE_NOOP, tr
from ...style.theme import reliability_colour
from ..plain_text import one_line, tooltip
from .row_table import FULL_TEXT_ROLE, SORT_ROLE, RowTableModel

SOURCE_ID_ROLE = Qt.UserRole + 11
COLUMNS = (QT_TRANSLATE_NOOP("Details", "Source"), QT_TRANSLATE_NOOP("Details", "Kind"),
           QT_TRANSLATE_NOOP("Details", "Reliability"), QT_TRANSLATE_NOOP("Details", "Quotes"),
           QT_TRANSLATE_NOOP("Details", "Events"))


class SourceTableModel(RowTableModel):
    columns = COLUMNS

    @property
    def stats(self) -> list[tuple[object, int, int]]:
        return self.rows

    def set_document(self, document) -> None:
        self.replace_rows(source_stats(document) if document is not None else [])

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        source, quotes, events = self.stats[index.row()]
        column = index.column()
        letter = source.reliability
        grade = f"{letter} \u2013 {tr(RELIABILITY_TEXT[letter])}" if letter else tr(NOT_GRADED)
        if role == Qt.DisplayRole:
            return (one_line(source.name, 200), source.kind, grade, str(quotes), str(events))[column]
        if role in (FULL_TEXT_ROLE, Qt.ToolTipRole) and column in (0, 2):
            text = source.name if column == 0 else grade
            return text if role == FULL_TEXT_ROLE else tooltip(text)
        if role == SORT_ROLE:
            return (source.name.casefold(), source.kind, "ABCDEF".find(letter) if letter else 6,
                    quotes, events)[column]
        if role == Qt.DecorationRole and column == 2:
            return QColor(reliability_colour(letter))
        if role == Qt.TextAlignmentRole and column >= 3:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == SOURCE_ID_ROLE:
            return source.id
        return None

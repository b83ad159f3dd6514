"""Read-only table models with fixed column titles, and the table view that shows them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ...model.translation import tr, translate

SORT_ROLE = Qt.UserRole + 10  # a number or folded text that sorts the column sensibly
FULL_TEXT_ROLE = Qt.UserRole + 20  # a cell's whole text, where the cell shows it cut short


class ColumnsModel(QAbstractTableModel):
    """A read-only table with fixed column titles; subclasses say how many rows and what is in them."""

    columns: tuple[str, ...] = ()

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return tr(self.columns[section])
        return None


class RowTableModel(ColumnsModel):
    """Rows held in a Python list."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def replace_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)


def row_table_view(model, name: str, parent: QWidget) -> QTableView:
    """A read-only, sortable table that selects whole rows, one at a time."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next pane, as everywhere else
    table.verticalHeader().hide()
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    copy = QAction(translate("Details", "Copy Row"), table)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    copy.triggered.connect(lambda: copy_current_row(table))
    table.addAction(copy)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return table


def row_text(table: QTableView, row: int) -> str:
    """A row's cells, whole and tab-separated, as the clipboard gets them."""
    model = table.model()
    cells = []
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        index = model.index(row, column)
        text = index.data(FULL_TEXT_ROLE)
        cells.append(str(text if text is not None else index.data(Qt.ItemDataRole.DisplayRole) or ""))
    return "\t".join(cells)


def copy_current_row(table: QTableView) -> None:
    index = table.currentIndex()
    if index.isValid():
        QGuiApplication.clipboard().setText(row_text(table, index.row()))

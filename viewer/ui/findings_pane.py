"""The problems found in the open file, one row each, with line and field."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..model.translation import translate
from ..model.wording import counted
from .plain_text import cell, plain_label, tooltip

_COLOURS = {"error": "#c62828", "warning": "#a86400"}


def _row(finding) -> QTreeWidgetItem:
    severity = translate("Problems", "error") if finding.severity == "error" else translate("Problems", "warning")
    item = QTreeWidgetItem([severity, f"{finding.line}:{finding.column}" if finding.line else "",
                            cell(finding.field_path), cell(finding.message)])
    item.setForeground(0, QBrush(QColor(_COLOURS[finding.severity])))
    item.setToolTip(3, tooltip(finding.format()))
    return item


class FindingsPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = plain_label(translate("Problems", "No problems"))
        self.summary.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setAccessibleName(translate("Problems", "Problems of the file"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([translate("Problems", "Severity"), translate("Problems", "Line"),
                                    translate("Problems", "Field"), translate("Problems", "Problem")])
        self.table.setSortingEnabled(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_findings(self, path: str, findings, note: str = "") -> None:
        self.table.clear()
        rows = []
        for finding in findings:
            item = _row(finding)
            # Problems that only follow from this one sit under it, folded away.
            item.addChildren([_row(follow_on) for follow_on in finding.follow_ons])
            rows.append(item)
        self.table.setRootIsDecorated(any(f.follow_ons for f in findings))
        self.table.addTopLevelItems(rows)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        errors = sum(f.severity == "error" for f in findings)
        warnings = len(findings) - errors
        text = (f"{path}: {counted(errors, 'error')}, {counted(warnings, 'warning')}" if findings
                else translate("Problems", "{path}: no problems").format(path=path))
        self.summary.setText(f"{text}\n{note}" if note else text)

    @property
    def count(self) -> int:
        return self.table.topLevelItemCount()

"""File > Import...: what a file holds and what it becomes, shown before anything is loaded.

A file of a known kind shows the events it gives and what could not be carried over. Any CSV
or XLSX file can be read with a column mapping built here: each field picks a column, the
preview follows every change, and the mapping can be saved as TOML for ``lagebild import --map``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..importers import generic
from ..importers.base import ImportOptions, ImportRefused, ImportReport
from ..importers.registry import detect, import_file, keep_valid
from ..importers.table import Table, read_table
from ..output.atomic import OutputError, write_bytes_atomically
from ..ui.plain_text import cell, plain_label, set_plain, show_message

PREVIEW_ROWS = 20
NOT_MAPPED = "(not used)"
FIELD_LABELS = {
    "title": "Title", "when": "Date", "end": "End date", "year": "Year", "month": "Month", "day": "Day",
    "time": "Time", "description": "Description", "place": "Place name", "lat": "Latitude", "lon": "Longitude",
    "segments": "Segments (groups)", "tags": "Tags", "actors": "Actors", "source": "Source (outlet)",
    "url": "Source address", "quote": "Quote", "id": "Id", "notes": "Analyst note",
}


class ImportDialog(QDialog):
    def __init__(self, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.setWindowTitle("Import")
        self.resize(1000, 760)
        self.module = detect(path)
        self.table: Table | None = None
        self.table_problem = ""
        self.result: tuple[dict | None, ImportReport] | None = None
        self._whole: tuple[dict | None, ImportReport] | None = None
        self.head_lines = _first_lines(path)
        try:
            if self.head_lines and self.head_lines[0].lstrip("\ufeff \t")[:1] in ("{", "[", "<"):
                raise ImportRefused("JSON or XML, not a table")
            self.table = read_table(Path(path), ImportReport(path), max_rows=PREVIEW_ROWS)
        except (ImportRefused, OSError, UnicodeError, ValueError) as exc:
            self.table_problem = str(exc)
        except Exception as exc:  # noqa: BLE001 - not a table: only a recognised kind can be imported
            self.table_problem = f"{type(exc).__name__}: {exc}"

        layout = QVBoxLayout(self)
        kind = self.module.LABEL if self.module is not None else "no known kind"
        self.kind_label = plain_label(f"{Path(path).name}: {kind}", self)
        layout.addWidget(self.kind_label)
        options = QHBoxLayout()
        options.addWidget(QLabel("Groups and categories become"))
        self.groups_as = QComboBox()
        self.groups_as.addItems(["segments", "tags"])
        options.addWidget(self.groups_as)
        self.use_mapping = QCheckBox("Read with a column mapping")
        options.addWidget(self.use_mapping)
        options.addStretch(1)
        layout.addLayout(options)

        self.source_view = QTableWidget()
        self.source_view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.source_view.setMinimumHeight(180)
        source_box = QGroupBox(f"The file's first {PREVIEW_ROWS} rows or lines")
        QVBoxLayout(source_box).addWidget(self.source_view)
        layout.addWidget(source_box, 2)

        self.mapping_box = QGroupBox("Column for each field")
        self.mapping_form = QFormLayout(self.mapping_box)
        self.pickers: dict[str, QComboBox] = {}
        names = self.table.names if self.table is not None else []
        guessed = generic.guess_mapping(names)
        for field in generic.FIELDS:
            picker = QComboBox()
            picker.addItem(NOT_MAPPED)
            for name in names:
                picker.addItem(cell(name), name)
            if field in guessed:
                picker.setCurrentIndex(names.index(guessed[field]) + 1)
            picker.currentIndexChanged.connect(self.refresh)
            self.pickers[field] = picker
            self.mapping_form.addRow(FIELD_LABELS[field], picker)
        self.day_first = QComboBox()
        self.day_first.addItems(["refused", "day first (10/07 is 10 July)", "month first (10/07 is 7 October)"])
        self.day_first.currentIndexChanged.connect(self.refresh)
        self.mapping_form.addRow("Dates like 10/07/2025", self.day_first)
        middle = QHBoxLayout()
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.mapping_box)
        scroller.setMinimumWidth(360)
        self.mapping_scroller = scroller
        middle.addWidget(scroller, 1)
        result_box = QGroupBox("What is imported (first rows)")
        result_layout = QVBoxLayout(result_box)
        self.summary = plain_label("", self)
        self.summary.setWordWrap(True)
        result_layout.addWidget(self.summary)
        self.result_view = QTableWidget()
        self.result_view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        result_layout.addWidget(self.result_view, 3)
        self.problems = QListWidget()
        result_layout.addWidget(self.problems, 1)
        middle.addWidget(result_box, 2)
        layout.addLayout(middle, 3)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton("Save Mapping...")
        self.save_button.clicked.connect(self.save_mapping_dialog)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.use_mapping.setEnabled(self.table is not None)
        self.use_mapping.setChecked(self.module is None and self.table is not None)
        self.use_mapping.toggled.connect(self.refresh)
        self.groups_as.currentIndexChanged.connect(self.refresh)
        self._show_source()
        self.refresh()

    # -- what the analyst chose ------------------------------------------------
    def options(self) -> ImportOptions:
        mapping = self.mapping() if self.use_mapping.isChecked() else None
        return ImportOptions(groups_as="tags" if self.groups_as.currentIndex() else "segments", mapping=mapping)

    def mapping(self) -> dict:
        columns = {field: picker.currentData() for field, picker in self.pickers.items()
                   if picker.currentIndex() > 0}
        mapping: dict = {"columns": columns}
        if self.table is not None and self.table.sheet:
            mapping["options"] = {"sheet": self.table.sheet}
        if self.day_first.currentIndex():
            mapping.setdefault("options", {})["day_first"] = self.day_first.currentIndex() == 1
        return mapping

    # -- previews ---------------------------------------------------------------
    def _show_source(self) -> None:
        table = self.table
        if table is None:  # JSON, XML or unreadable: its first lines as written
            self.source_view.setColumnCount(1)
            self.source_view.setHorizontalHeaderLabels(["text"])
            self.source_view.setRowCount(len(self.head_lines))
            for r, line in enumerate(self.head_lines):
                self.source_view.setItem(r, 0, QTableWidgetItem(cell(line)))
            self.source_view.horizontalHeader().setStretchLastSection(True)
            return
        self.source_view.setColumnCount(len(table.names))
        self.source_view.setHorizontalHeaderLabels([cell(n) for n in table.names])
        self.source_view.setRowCount(len(table))
        self.source_view.setVerticalHeaderLabels([str(line) for line in table.lines])
        for c, values in enumerate(table.columns):
            for r, value in enumerate(values):
                self.source_view.setItem(r, c, QTableWidgetItem(cell(value)))

    def refresh(self) -> None:
        mapped = self.use_mapping.isChecked()
        self.mapping_scroller.setVisible(mapped)
        self.save_button.setEnabled(mapped)
        native, report = self._preview(mapped)
        events = (native or {}).get("events") or []
        self.problems.clear()
        for finding in report.findings:
            self.problems.addItem(cell(finding.format()))
        errors = len(report.errors)
        if native is None:
            text = "Nothing can be imported: " + (report.findings[0].message if report.findings else "unknown kind")
        else:
            scope = f"the first {PREVIEW_ROWS} rows give" if mapped else "the file gives"
            text = f"{scope} {len(events):,} events, {errors:,} errors, {len(report.findings) - errors:,} warnings"
        set_plain(self.summary, text)
        self.import_button.setEnabled(native is not None)
        self.result_view.setColumnCount(5)
        self.result_view.setHorizontalHeaderLabels(["Date (EDTF)", "Title", "Segments or tags", "Place", "From line"])
        shown = events[:PREVIEW_ROWS]
        places = {p["id"]: p["name"] for p in (native or {}).get("places") or []}
        self.result_view.setRowCount(len(shown))
        for r, event in enumerate(shown):
            groups = ", ".join([*event.get("segments", []), *event.get("tags", [])])
            line = str((event.get("origin") or {}).get("line") or "")
            for c, value in enumerate((event["when"], event["title"], groups,
                                         places.get(event.get("place") or "", ""), line)):
                self.result_view.setItem(r, c, QTableWidgetItem(cell(value)))
        self.result_view.resizeColumnsToContents()

    def _preview(self, mapped: bool) -> tuple[dict | None, ImportReport]:
        options = self.options()
        if mapped and self.table is not None:
            report = ImportReport(self.path)
            problems = generic.check_mapping(options.mapping or {}, self.table.names)
            if problems:
                for problem in problems:
                    report.finding(0, "", problem)
                return None, report
            native = keep_valid(generic.convert(self.table, options.mapping or {}, report, self.path, options),
                                report)
            report.close()
            return native, report
        if self._whole is None or self._whole[0] is not None and self._groups_changed():
            self._whole = import_file(self.path, options)
            self._whole_groups = options.groups_as
        return self._whole

    def _groups_changed(self) -> bool:
        return getattr(self, "_whole_groups", None) != self.options().groups_as

    # -- results ----------------------------------------------------------------
    def imported(self) -> tuple[dict | None, ImportReport]:
        """The whole file imported as chosen (call after the dialog was accepted)."""
        if self.use_mapping.isChecked():
            return import_file(self.path, self.options())
        return self._preview(False)

    def save_mapping(self, target: str) -> None:
        write_bytes_atomically(target, generic.mapping_toml(self.mapping()).encode("utf-8"), inputs=(self.path,))

    def save_mapping_dialog(self) -> None:
        start = str(Path(self.path).with_suffix(".toml"))
        target, _ = QFileDialog.getSaveFileName(self, "Save column mapping", start, "TOML mapping (*.toml)")
        if not target:
            return
        try:
            self.save_mapping(target)
        except (OutputError, OSError) as exc:
            show_message(self, QMessageBox.Icon.Warning, "Cannot save the mapping", str(exc))


def run_import(path: str, parent: QWidget | None = None):
    """Show the dialog; the imported file as a LoadResult when the analyst chose Import, else None."""
    from ..importers.opening import load_imported

    dialog = ImportDialog(path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    native, report = dialog.imported()
    if native is None:
        first = report.findings[0].message if report.findings else "nothing could be imported"
        show_message(parent, QMessageBox.Icon.Warning, "Cannot import", first)
        return None
    return load_imported(native, report.findings, path)


def _first_lines(path: str) -> list[str]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(16 * 1024)
    except OSError:
        return []
    if head.startswith(b"PK"):
        return []
    return head.decode("utf-8", "replace").splitlines()[:PREVIEW_ROWS]

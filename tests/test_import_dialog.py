"""File > Import... shows the file's first rows and what they become before anything loads, and
saves the column mapping for `lagebild import --map`."""

import json
import tomllib
from pathlib import Path

from viewer.__main__ import main
from viewer.app.import_dialog import ImportDialog
from viewer.app.main_window import MainWindow
from viewer.importers.opening import load_imported

DATA = Path(__file__).parent / "data" / "import"
EDGE = DATA / "generic" / "edge-cases.csv"


def test_any_csv_gets_a_guessed_mapping_and_a_live_preview(qtbot, tmp_path):
    dialog = ImportDialog(str(EDGE))
    qtbot.addWidget(dialog)
    assert "no known kind" in dialog.kind_label.text()
    assert dialog.use_mapping.isChecked()
    assert dialog.source_view.rowCount() == 9 and dialog.source_view.item(0, 3).text() == "Chiefs visit Kyiv"
    assert dialog.mapping()["columns"]["title"] == "Headline" and dialog.mapping()["columns"]["when"] == "Date"
    assert dialog.result_view.item(0, 0).text() == "2025-04-04"
    assert "errors" in dialog.summary.text()
    # choosing another column for the title changes the preview at once
    picker = dialog.pickers["title"]
    picker.setCurrentIndex(picker.findData("Notes"))
    assert dialog.result_view.item(0, 1).text() == "First visit"
    picker.setCurrentIndex(0)
    assert not dialog.import_button.isEnabled() and "map a column to title" in dialog.summary.text()
    picker.setCurrentIndex(picker.findData("Headline"))
    target = tmp_path / "mapping.toml"
    dialog.save_mapping(str(target))
    saved = tomllib.loads(target.read_text(encoding="utf-8"))
    assert saved == dialog.mapping()
    out = tmp_path / "out.json"
    assert main(["import", str(EDGE), "--map", str(target), "--out", str(out)]) == 1  # the broken rows
    native, report = dialog.imported()
    assert json.loads(out.read_text())["events"] == native["events"]


def test_a_known_kind_shows_its_events_and_loads_into_the_window(qtbot):
    path = DATA / "timelinejs3" / "women_in_computing.json"
    dialog = ImportDialog(str(path))
    qtbot.addWidget(dialog)
    assert "TimelineJS3 JSON" in dialog.kind_label.text() and not dialog.use_mapping.isChecked()
    assert dialog.result_view.rowCount() == 10 and dialog.import_button.isEnabled()
    assert "media captions: 6 items not imported" in [dialog.problems.item(i).text().split("warning: ")[-1]
                                                      for i in range(dialog.problems.count())]
    dialog.groups_as.setCurrentIndex(1)
    native, report = dialog.imported()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_loaded(str(path), load_imported(native, report.findings, str(path)))
    assert window.state.event_count == 10


def test_file_import_menu_loads_what_the_dialog_shows(qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(EDGE), ""))
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Import...")
    action.trigger()
    assert window.state.event_count == 6
    assert window.state.document.events[0].origin.format == "generic"

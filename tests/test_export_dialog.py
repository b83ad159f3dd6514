"""File > Export: the dialog's preview, choices, saving and remembered settings."""

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from viewer.resources_path import sample_path


@pytest.fixture
def window(qtbot):
    from viewer.app.main_window import MainWindow
    from viewer.cli.gui import make_application

    make_application([])
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    main.open_path(str(sample_path()), background=False)
    return main


def open_dialog(window, qtbot):
    from viewer.app.export_dialog import ExportDialog

    dialog = ExportDialog(window.state, window.commands, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def activate(dialog, qtbot) -> None:
    """Make the dialog the active window, as a user's click would, so that keys reach it."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)


def choose(box, key) -> None:
    box.setCurrentIndex(box.findData(key))


def preview_array(dialog) -> np.ndarray:
    image = dialog.preview.pixmap().toImage().convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 3].copy()


def test_file_menu_opens_the_dialog_with_a_preview(window, qtbot, monkeypatch):
    from viewer.app import export_dialog

    shown = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: shown.append(self) or 0)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.export_action.trigger()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() == 640 and pixmap.height() == 360  # a 16:9 page, scaled to fit
    assert dialog.title.text() == window.state.document.info.title
    assert dialog.path.text().endswith("coalition-guarantees-2025-timeline.png")


def test_preview_follows_the_view_choice(window, qtbot):
    dialog = open_dialog(window, qtbot)
    before = preview_array(dialog)
    choose(dialog.view, "map")
    assert dialog.path.text().endswith("coalition-guarantees-2025-map.png")  # the proposed name follows
    qtbot.waitUntil(lambda: not np.array_equal(preview_array(dialog), before), timeout=3000)
    map_preview = preview_array(dialog)
    choose(dialog.view, "board")
    qtbot.waitUntil(lambda: not np.array_equal(preview_array(dialog), map_preview), timeout=3000)


def test_caveat_appears_in_the_preview(window, qtbot):
    dialog = open_dialog(window, qtbot)
    dialog.caveat.setText("SECRET//NOFORN")
    dialog.refresh_preview()
    top = preview_array(dialog)[1:5].reshape(-1, 3).mean(axis=0)
    assert top[0] > 150 and top[1] < 80, top


def test_export_writes_the_chosen_format_and_reports_it(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    choose(dialog.size, "4:3")
    target = tmp_path / "brief.pdf"
    dialog.path.setText(str(target))
    assert dialog.export()
    assert target.read_bytes().startswith(b"%PDF")
    assert "Exported" in window.statusBar().currentMessage()
    dialog = open_dialog(window, qtbot)
    dialog.path.setText(str(tmp_path / "brief.png"))
    choose(dialog.size, "custom")
    dialog.width_px.setValue(800)
    dialog.height_px.setValue(500)
    assert dialog.export()
    image = QImage(str(tmp_path / "brief.png"))
    assert (image.width(), image.height()) == (800, 500)


def test_visible_range_is_the_timelines(window, qtbot):
    window.timeline.set_range(1.7408e9, 1.7434e9)  # about 1 Mar to 1 Apr 2025
    dialog = open_dialog(window, qtbot)
    spec = dialog.page_spec()
    assert (spec.start, spec.end) == pytest.approx(window.timeline.visible_range())
    choose(dialog.range, "custom")
    dialog.start.setText("2025-04")
    dialog.end.setText("2025-04")
    spec = dialog.page_spec()
    assert spec.end - spec.start == 30 * 86400
    dialog.end.setText("2025-13")
    dialog.refresh_preview()
    assert dialog.preview.text().startswith("No preview:")


def test_failure_is_reported_and_nothing_is_written(window, qtbot, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr("viewer.app.export_dialog.show_message", lambda *args: messages.append(args[3]))
    dialog = open_dialog(window, qtbot)
    target = tmp_path / "missing" / "page.png"
    dialog.path.setText(str(target))
    assert not dialog.export()
    assert messages and "does not exist" in messages[0]
    assert not target.parent.exists()
    assert not dialog.progress.isVisible()
    dialog.path.setText("")
    assert not dialog.export()
    assert "file name" in messages[-1]


def test_choices_are_remembered(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    choose(dialog.view, "board")
    choose(dialog.theme, "print")
    choose(dialog.size, "a4")
    dialog.dpi.setValue(200)
    dialog.caveat.setText("UNCLASSIFIED // FOR TRAINING")
    dialog.legend.setChecked(False)
    dialog.path.setText(str(tmp_path / "board.svg"))
    assert dialog.export()

    again = open_dialog(window, qtbot)
    assert again.view.currentData() == "board"
    assert again.theme.currentData() == "print"
    assert again.size.currentData() == "a4"
    assert again.dpi.value() == 200
    assert (again.width_px.value(), again.height_px.value()) == (2339, 1654)  # A4 at 200 dpi
    assert again.caveat.text() == "UNCLASSIFIED // FOR TRAINING"
    assert not again.legend.isChecked() and again.sources.isChecked()
    assert again.path.text() == str(tmp_path / "board.svg")  # this file's own name, kept for this document


def test_without_a_document_nothing_can_be_exported(qtbot):
    from viewer.app.export_dialog import ExportDialog
    from viewer.app.settings import open_settings
    from viewer.state import Commands, ViewState

    dialog = ExportDialog(ViewState(), Commands(), open_settings())
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    assert dialog.preview.text() == "Open an event file to export it."


def test_map_area_goes_to_the_page_and_a_bad_one_is_explained(window, qtbot):
    dialog = open_dialog(window, qtbot)
    choose(dialog.view, "timeline")
    assert not dialog.map_extent.isEnabled()  # no map on a timeline
    choose(dialog.view, "map")
    qtbot.keyClicks(dialog.map_extent, "-12,35,40,60")
    assert dialog.page_spec().map_extent == (-12.0, 35.0, 40.0, 60.0)
    dialog.map_extent.setText("-12,35,40")
    dialog.refresh_preview()
    assert "map area" in dialog.preview.text() and "W,S,E,N" in dialog.preview.text()


def test_title_caveat_and_file_name_are_remembered_per_document(window, qtbot, tmp_path, write_file):
    from conftest import minimal_file

    dialog = open_dialog(window, qtbot)
    dialog.title.setText("Lage am Morgen")
    dialog.caveat.setText("UNCLASSIFIED // FOR TRAINING")
    dialog.path.setText(str(tmp_path / "morning.png"))
    activate(dialog, qtbot)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # closed without exporting: what was typed stays
    again = open_dialog(window, qtbot)
    assert again.title.text() == "Lage am Morgen"
    assert again.caveat.text() == "UNCLASSIFIED // FOR TRAINING"
    assert again.path.text() == str(tmp_path / "morning.png")
    again.reject()

    other = write_file(minimal_file(document={"title": "Another story"}), "other.json")
    window.open_path(str(other), background=False)
    third = open_dialog(window, qtbot)
    assert third.title.text() == "Another story"  # its own title, not the other file's
    assert Path(third.path.text()).name == "other-timeline.png"
    assert third.caveat.text() == "UNCLASSIFIED // FOR TRAINING"  # the last caveat starts a new file
    third.reject()


def test_each_label_shortcut_moves_the_focus_to_its_own_field(window, qtbot):
    dialog = open_dialog(window, qtbot)
    activate(dialog, qtbot)
    letters = {}
    for name, label in dialog.labels.items():
        text = label.text()
        if "&" not in text:
            continue
        letter = text[text.index("&") + 1].upper()
        assert letter not in letters, f"{letter} is the shortcut of both {letters[letter]} and {name}"
        letters[letter] = name
        field = getattr(dialog, name)
        if not field.isEnabled():
            continue
        qtbot.keyClick(dialog.focusWidget() or dialog, getattr(Qt.Key, f"Key_{letter}"),
                       Qt.KeyboardModifier.AltModifier)
        assert dialog.focusWidget() is field, f"Alt+{letter} ({label.text()!r}) did not reach {name}"
    for check in (dialog.legend, dialog.sources, dialog.footer, dialog.browse):
        letter = check.text()[check.text().index("&") + 1].upper()
        assert letter not in letters
        letters[letter] = check.text()
    assert "A" in letters and letters["A"] == "path"


def test_typing_in_the_caveat_never_changes_the_file_name_and_enter_exports(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    activate(dialog, qtbot)
    target = tmp_path / "briefing.png"
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert dialog.path.hasFocus()
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(target))
    qtbot.keyClick(dialog.path, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert dialog.caveat.hasFocus()
    qtbot.keyClicks(dialog.caveat, "UNCLASSIFIED")
    assert dialog.path.text() == str(target)
    assert dialog.caveat.text() == "UNCLASSIFIED"
    qtbot.keyClick(dialog.path, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert target.exists() and dialog.result() == dialog.DialogCode.Accepted


def test_the_sources_annex_is_offered_beside_the_pictures(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    choose(dialog.view, "annex")
    assert dialog.path.text().endswith("coalition-guarantees-2025-annex.html")
    assert not dialog.theme.isEnabled() and not dialog.caveat.isEnabled()
    dialog.refresh_preview()
    assert "quotes supporting 18 events" in dialog.preview.text()
    dialog.path.setText(str(tmp_path / "annex.md"))
    assert dialog.export()
    text = (tmp_path / "annex.md").read_text(encoding="utf-8")
    assert "The Telegraph" in text
    again = open_dialog(window, qtbot)
    assert again.view.currentData() == "annex"
    choose(again.view, "page")
    assert again.path.text() == str(tmp_path / "annex.png")  # a picture's name for a picture
    again.reject()


def test_the_dialog_fits_beside_a_small_main_window(window, qtbot):
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=2000)
    dialog = open_dialog(window, qtbot)
    assert dialog.sizeHint().width() <= 1024
    assert dialog.export_button.isVisible() and dialog.preview.pixmap().width() >= 320
    dialog.reject()

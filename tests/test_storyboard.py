"""The storyboard pane: capture, edit, reorder, step through and present the views of a story."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import QModelIndex, Qt

from viewer.app.main_window import MainWindow
from viewer.resources_path import sample_path
from viewer.story import sidecar


@pytest.fixture
def event_file(tmp_path):
    target = tmp_path / "coalition.json"
    shutil.copy(sample_path(), target)
    return target


@pytest.fixture
def window(qtbot, event_file):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.open_path(str(event_file), background=False)
    return win


def action(window, text):
    from PySide6.QtGui import QAction

    found = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == text]
    assert found, text
    return found[0]


def written(event_file):
    return json.loads(sidecar.sidecar_path(event_file).read_text(encoding="utf-8"))["stories"][0]["views"]


def test_ctrl_k_captures_the_view_on_screen_into_the_sidecar(window, event_file, qtbot):
    state = window.state
    state.set_filter(state.filter.with_(segments=frozenset({"sky"})))
    state.set_lane_mode("actor")
    state.select_ids(["sky-airspace-monitoring"])
    capture = action(window, "Capture View")
    assert capture.shortcut().toString() == "Ctrl+K"
    capture.trigger()
    board = window.storyboard
    assert not window.docks["storyboard"].isHidden()
    assert board.list.count() == 1 and board.list.item(0).text() == "View 1"
    views = written(event_file)
    assert views[0]["filter"] == {"segment": ["sky"]} and views[0]["lanes"] == "actor"
    assert views[0]["selected"] == ["sky-airspace-monitoring"]
    assert "storyboard" in views[0]["panes"]
    board.name.setText("Sky only")
    board.caption.setText("Air policing first")
    board.name.editingFinished.emit()
    assert written(event_file)[0]["name"] == "Sky only" and written(event_file)[0]["caption"] == "Air policing first"
    assert json.loads(event_file.read_text())["events"], "the event file is untouched"


def test_page_down_and_up_step_through_the_story_and_apply_each_view(window, event_file):
    board = window.storyboard
    state = window.state
    state.set_filter(state.filter.with_(segments=frozenset({"sky"})))
    board.capture()
    state.set_filter(state.filter.with_(segments=frozenset()))
    state.set_lane_mode("status")
    board.capture()
    assert [board.list.item(i).text() for i in range(2)] == ["View 1", "View 2"]
    previous, following = action(window, "Previous View"), action(window, "Next View")
    assert (previous.shortcut().toString(), following.shortcut().toString()) == ("PgUp", "PgDown")
    previous.trigger()
    assert state.filter.segments == frozenset({"sky"}) and state.lane_mode == "segment"
    following.trigger()
    assert state.filter.segments == frozenset() and state.lane_mode == "status"


def test_duplicate_delete_and_reorder_are_kept_in_the_sidecar(window, event_file):
    board = window.storyboard
    board.capture()
    board.capture()
    board.list.setCurrentRow(0)
    board.duplicate()
    assert [v["name"] for v in written(event_file)] == ["View 1", "View 1 2", "View 2"]
    board.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)  # what a drag to the top does
    assert [v["name"] for v in written(event_file)] == ["View 2", "View 1", "View 1 2"]
    board.list.setCurrentRow(1)
    board.delete()
    assert [v["name"] for v in written(event_file)] == ["View 2", "View 1 2"]


def test_a_view_of_a_vanished_event_opens_with_a_note(window, event_file, qtbot):
    board = window.storyboard
    window.state.select_ids(["telegraph-report"])
    board.capture()
    data = json.loads(event_file.read_text(encoding="utf-8"))
    data["events"] = [e for e in data["events"] if e["id"] != "telegraph-report"]
    event_file.write_text(json.dumps(data), encoding="utf-8")
    window.reload()
    window.wait_for_load()
    board.list.setCurrentRow(-1)
    board.step(1)
    assert len(window.state.selected) == 0
    assert "selected event 'telegraph-report' is no longer in the file" in board.note.text()


def test_views_come_back_when_the_file_is_opened_again(window, event_file, qtbot):
    window.storyboard.capture()
    again = MainWindow()
    qtbot.addWidget(again)
    again.open_path(str(event_file), background=False)
    assert again.storyboard.list.count() == 1


def test_the_shortcut_list_names_the_storys_keys(window):
    from viewer.app.help import shortcut_rows

    rows = {(keys, does) for _, keys, does in shortcut_rows(window)}
    assert ("Ctrl+K", "Capture View") in rows and ("PgDown", "Next View") in rows and ("F11", "Present") in rows


def test_present_shows_the_story_full_screen_a_slide_at_a_time(window, qtbot):
    board = window.storyboard
    board.capture()
    window.state.set_lane_mode("status")
    board.capture()
    board.list.setCurrentRow(0)
    board.present()
    show = board._presentation
    assert show.index == 0 and show.image is not None
    first = show.image.copy()
    qtbot.keyClick(show, Qt.Key.Key_PageDown)
    assert show.index == 1 and show.image != first
    qtbot.keyClick(show, Qt.Key.Key_PageDown)
    assert show.index == 1, "the last slide stays"
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible()
    assert board.list.count() == 2


def test_file_export_deck_writes_the_story_from_the_window(window, event_file, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    pptx = pytest.importorskip("pptx")
    board = window.storyboard
    board.capture()
    window.state.set_lane_mode("status")
    board.capture()
    out = tmp_path / "brief.pptx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    export = action(window, "Export Deck...")
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    names = [a.text() for a in file_menu.actions()]
    assert names.index("Export &Deck...") == names.index("&Export...") + 1
    export.trigger()
    slides = list(pptx.Presentation(str(out)).slides)
    assert [s.shapes.title.text for s in slides[1:3]] == ["View 1", "View 2"] and len(slides) == 4


def test_views_of_the_built_in_sample_are_kept_in_memory_not_written_into_the_program(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(sample_path()), background=False)
    window.storyboard.capture()
    assert window.storyboard.list.count() == 1
    assert not sidecar.sidecar_path(sample_path()).exists()
    assert "not saved" in window.storyboard.note.text()

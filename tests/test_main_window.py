"""The main window as a user meets it: opening, counts, filters, reload, memory, drag and drop."""

import json
import time

import pytest
from conftest import minimal_file
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QImage

from viewer.__main__ import main as cli_main
from viewer.app.focus_order import on_screen
from viewer.app.main_window import MainWindow
from viewer.model.synthetic import write_synthetic
from viewer.resources_path import sample_path


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    return win


def open_and_wait(win, path):
    win.open_path(str(path))
    win.wait_for_load()


def test_sample_opens_with_every_event_counted(window):
    open_and_wait(window, sample_path())
    doc = window.state.document
    assert len(doc.events) == 18
    assert window.count_label.text() == "18 of 18 events shown"
    assert "Coalition of the willing" in window.windowTitle()


def test_search_and_facets_change_the_counts(window, qtbot):
    open_and_wait(window, sample_path())
    window.filters.search.setText("Interflex")
    qtbot.waitUntil(lambda: window.state.visible_count < 18, timeout=3000)
    shown = window.state.visible_count
    assert 0 < shown < 18
    assert window.count_label.text() == f"{shown} of 18 events shown (only search: \u201cInterflex\u201d)"
    window.filters.clear()
    assert window.count_label.text() == "18 of 18 events shown"
    assert window.state.visible_count == 18
    item = window.filters._items[("segments", "land")]
    item.setCheckState(0, Qt.CheckState.Checked)
    assert window.state.filter.segments == frozenset({"land"})
    assert window.state.visible_count == 2
    assert "2 of 18" in window.filters.match_count.text()


def test_date_range_filter_reports_bad_dates(window):
    open_and_wait(window, sample_path())
    window.filters.date_from.setText("2025-13")
    window.filters._apply_dates()
    assert "month 13" in window.filters.date_problem.text()
    window.filters.date_from.setText("2025-04-20")
    window.filters._apply_dates()
    assert window.filters.date_problem.text() == ""
    assert window.state.visible_count < 18


def test_recent_files_and_theme_are_remembered(qtbot, write_file):
    path = write_file(minimal_file())
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    open_and_wait(first, path)
    first.set_theme("dark")
    first.set_lane_mode("status")
    first.resize(first.minimumSizeHint().width() + 10, 500)
    size = (first.width(), first.height())
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert [a.text() for a in second.recent_menu.actions()] == [str(path.resolve())]
    assert second.theme.name == "dark"
    assert second.theme_actions["dark"].isChecked()
    assert second.timeline.lane_mode == "status"
    assert (second.width(), second.height()) == size


def test_vanished_recent_file_is_forgotten(window, write_file):
    path = write_file(minimal_file())
    open_and_wait(window, path)
    path.unlink()
    window._fill_recent_menu()
    window.recent_menu.actions()[0].trigger()
    window.wait_for_load()
    assert window.recent_menu.actions() == []
    assert "no such file" in window.statusBar().currentMessage()
    assert window.state.document is not None  # the open document stays


def test_file_changed_on_disk_reloads_keeping_range_and_selection(window, write_file, qtbot):
    data = minimal_file()
    path = write_file(data)
    open_and_wait(window, path)
    window.state.select_ids(["e2"])
    window.timeline.set_range(1.74e9, 1.745e9)
    kept_range = window.timeline.visible_range()
    data["events"].append({"id": "e3", "title": "New", "when": "2025-04-20"})
    time.sleep(0.05)
    path.write_text(json.dumps(data), encoding="utf-8")
    qtbot.waitUntil(lambda: window.state.event_count == 3, timeout=5000)
    assert window.state.selected_ids() == ["e2"]
    assert window.timeline.visible_range() == pytest.approx(kept_range)


def test_broken_file_on_reload_keeps_last_good_view(window, write_file, qtbot):
    path = write_file(minimal_file())
    open_and_wait(window, path)
    path.write_text('{"format": "lagebild-events", "version": "1.0", "events": [', encoding="utf-8")
    window.reload()
    window.wait_for_load()
    assert window.state.event_count == 2  # still the good version
    assert window.findings.count == 1
    assert "last good version" in window.findings.summary.text()
    assert window.docks["findings"].isVisible()


def test_file_with_some_broken_events_opens_and_lists_problems(window, write_file):
    data = minimal_file()
    data["events"].append({"id": "bad", "title": "Bad", "when": "2025-02-30"})
    open_and_wait(window, write_file(data))
    assert window.state.event_count == 2
    assert window.findings.count == 1
    assert "2 events, 1 error, 0 warnings" in window.statusBar().currentMessage()


def test_unreadable_file_shows_a_clear_message_and_no_crash(window, write_file, monkeypatch):
    shown = []
    monkeypatch.setattr("viewer.app.main_window.show_message", lambda *args: shown.append(args[3]))
    open_and_wait(window, write_file(b"\x00\x01\x02", "binary.json"))
    assert window.state.document is None
    assert "not a text file" in shown[0]


def test_large_file_loads_in_background_and_can_be_cancelled(window, tmp_path, qtbot):
    path = tmp_path / "big.json"
    write_synthetic(path, 300_000)
    open_and_wait(window, sample_path())
    window.open_path(str(path))
    assert window.progress.isVisible() or window._load is None
    window.cancel_load()
    qtbot.wait(50)
    assert window.state.event_count == 18  # the sample is still shown
    assert not window.progress.isVisible()
    open_and_wait(window, path)
    assert window.state.event_count == 300_000
    assert window.count_label.text() == "300,000 of 300,000 events shown"


def test_gui_keeps_ticking_while_a_large_file_loads(window, tmp_path):
    path = tmp_path / "big.json"
    write_synthetic(path, 100_000)
    ticks_while_loading = []
    heartbeat = QTimer(window, interval=10)
    heartbeat.timeout.connect(lambda: ticks_while_loading.append(window._load is not None))
    heartbeat.start()
    open_and_wait(window, path)
    heartbeat.stop()
    assert window.state.event_count == 100_000
    assert sum(ticks_while_loading) >= 5  # a load on the GUI thread would leave none


def test_drop_a_file_opens_it(window, write_file):
    path = write_file(minimal_file())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    window.wait_for_load()
    assert window.path == str(path)
    assert window.state.event_count == 2


def test_find_shortcut_focuses_search(window, qtbot):
    open_and_wait(window, sample_path())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.filters.search.hasFocus(), timeout=2000)


def test_pane_shortcuts_bring_a_pane_forward_with_the_focus_then_hide_it(window, qtbot):
    open_and_wait(window, sample_path())
    qtbot.waitUntil(lambda: on_screen(window.docks["details"]), timeout=2000)
    quotes = window.docks["quotes"]
    assert window.pane_actions["quotes"].shortcut().toString() == "Ctrl+4"
    assert not on_screen(quotes)  # a tab behind the details
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: on_screen(quotes), timeout=2000)
    assert quotes.isAncestorOf(window.focusWidget())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert quotes.isHidden()
    assert window.focusWidget() is window.timeline.plot_widget


def test_screenshot_command_writes_png_of_the_requested_size(tmp_path, capsys):
    out = tmp_path / "shot.png"
    code = cli_main(["screenshot", str(sample_path()), "-o", str(out), "--size", "1200x800",
                     "--select", "chiefs-of-staff-kyiv", "--range", "2025-03..2025-05", "--lanes", "segment"])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    assert len({image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 800, 37)}) > 20


def test_screenshot_command_rejects_unknown_event(tmp_path, capsys):
    out = tmp_path / "shot.png"
    assert cli_main(["screenshot", str(sample_path()), "-o", str(out), "--select", "nope"]) == 1
    assert "no event with id 'nope'" in capsys.readouterr().err
    assert not out.exists()


def test_opening_again_while_loading_replaces_the_load(window, tmp_path, write_file):
    big = tmp_path / "big.json"
    write_synthetic(big, 150_000)
    small = write_file(minimal_file())
    for _ in range(3):
        window.open_path(str(big))
        window.open_path(str(small))
    window.wait_for_load()
    assert window.path == str(small)
    assert window.state.event_count == 2
    window.open_path(str(big))
    window.cancel_load()
    window.cancel_load()  # twice is harmless
    assert window.path == str(small) and window.state.event_count == 2


def test_legend_pane_explains_every_glyph_and_lane(window):
    open_and_wait(window, sample_path())
    from viewer.ui.timeline.legend import LEGEND

    texts = [window.legend.glyphs.item(i).text() for i in range(window.legend.glyphs.count())]
    assert texts[:len(LEGEND)] == [description for _, description in LEGEND]
    assert texts[-1].startswith("Density strip")
    lanes = [window.legend.lanes.item(i).text() for i in range(window.legend.lanes.count())]
    assert lanes == ["Sky  (2)", "Sea  (2)", "Land  (2)", "Reconstruction  (2)", "No segment  (14)"]
    window.set_lane_mode("status")
    assert window.legend.lanes.item(0).text() == "Occurred  (2)"


def test_dark_theme_darkens_the_whole_window(window):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    window.set_theme("dark")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 80
    window.set_theme("light")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 180


@pytest.mark.allow_modal
def test_markup_from_a_file_never_reaches_tooltips_or_messages_as_markup(window, write_file, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QMessageBox

    from viewer.ui.plain_text import show_message, tooltip

    data = minimal_file()
    data["events"][0]["actors"] = ["<img src=x>"]
    open_and_wait(window, write_file(data))
    tip = window.findings.table.topLevelItem(0).toolTip(3)
    rendered = QTextDocument()
    rendered.setHtml(tip)
    assert "unknown actor '<img src=x>'" in rendered.toPlainText()
    assert "<img" not in tip
    assert tooltip("<b>bold</b>\nnext") == "<qt>&lt;b&gt;bold&lt;/b&gt;<br>next</qt>"

    seen = []

    def record(box):
        seen.append((box.textFormat(), box.text()))
        box.close()

    QTimer.singleShot(0, lambda: record(next(w for w in QApplication.topLevelWidgets()
                                             if isinstance(w, QMessageBox))))
    show_message(window, QMessageBox.Icon.Warning, "T", "<b>not bold</b>")
    assert seen == [(Qt.TextFormat.PlainText, "<b>not bold</b>")]


def test_cancel_button_stops_loading_and_says_so(window, tmp_path):
    big = tmp_path / "big.json"
    write_synthetic(big, 150_000)
    window.open_path(str(big))
    assert window.cancel_button.isVisible()
    window.cancel_button.click()
    assert not window.cancel_button.isVisible() and not window.progress.isVisible()
    assert window.statusBar().currentMessage() == "Loading cancelled"
    assert window.state.document is None

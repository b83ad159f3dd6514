"""The window by keyboard and at small sizes: focus order, focus ring, Esc, highlights, room for the timeline."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

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
    win.activateWindow()
    qtbot.waitExposed(win)
    win.open_path(str(sample_path()))
    win.wait_for_load()
    qtbot.waitUntil(lambda: on_screen(win.docks["details"]), timeout=3000)
    return win


def tab_until(qtbot, win, wanted, limit=60, backwards=False):
    """Press Tab (or Shift+Tab) until ``wanted`` has the focus; return every widget passed on the way."""
    passed = []
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is wanted:
            return passed
        passed.append(focus)
        modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(focus or win, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, modifier)
    raise AssertionError(f"Tab never reached {wanted!r}; passed {passed!r}")


def test_tab_from_the_search_box_reaches_the_timeline_and_skips_hidden_tabs(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filters.search.hasFocus()
    passed = tab_until(qtbot, window, window.timeline.plot_widget)
    hidden = [window.sources, window.quotes, window.legend, window.board, window.findings]
    assert not any(pane.isAncestorOf(w) for pane in hidden for w in passed)
    # onwards: the details on the right, then the map below, and round to the filters again
    passed = tab_until(qtbot, window, window.filters.search)
    assert any(window.details.isAncestorOf(w) for w in passed)
    assert any(window.map.isAncestorOf(w) for w in passed)
    assert passed.index(next(w for w in passed if window.details.isAncestorOf(w))) < \
        passed.index(next(w for w in passed if window.map.isAncestorOf(w)))
    tab_until(qtbot, window, window.timeline.plot_widget, backwards=True)
    assert window.state.highlighted.size == 0  # nothing walked through the sources table


def test_focusing_the_sources_table_by_keyboard_highlights_nothing(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.sources.table.hasFocus()
    assert window.state.highlighted.size == 0
    qtbot.keyClick(window.sources.table, Qt.Key.Key_Down)
    assert window.state.highlighted.size > 0  # choosing a row does


def test_the_focused_pane_has_a_visible_ring_the_timeline_included(window, qtbot):
    window.focus_timeline()
    qtbot.waitUntil(lambda: window.focus_ring.target is window.timeline.plot_widget, timeout=2000)
    assert window.focus_ring.shown
    image = window.timeline.plot_widget.grab().toImage()
    highlight = window.palette().color(window.palette().ColorRole.Highlight).rgb()
    assert image.pixelColor(image.width() // 2, 0).rgb() == highlight
    assert image.pixelColor(0, image.height() // 2).rgb() == highlight
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focus_ring.target is None  # a field shows its own focus
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.focus_ring.target is window.sources.table


def test_timeline_keys_work_once_tab_brings_the_focus_there(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    tab_until(qtbot, window, window.timeline.plot_widget)
    before = window.timeline.visible_range()
    qtbot.keyClick(window.timeline.plot_widget, Qt.Key.Key_Minus)
    zoomed_out = window.timeline.visible_range()
    assert zoomed_out[1] - zoomed_out[0] > before[1] - before[0]
    qtbot.keyClick(window.timeline.plot_widget, Qt.Key.Key_Home)
    assert window.timeline.visible_range() == pytest.approx(before)
    qtbot.keyClick(window.timeline.plot_widget, Qt.Key.Key_N)
    assert window.state.current >= 0


def test_esc_clears_selection_then_highlight_then_returns_focus_to_the_timeline(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.sources.table, Qt.Key.Key_Down)
    assert window.state.highlighted.size > 0
    window.state.select([0])
    window.date_field = window.filters.date_from
    window.filters.date_from.setFocus()
    qtbot.keyClick(window.filters.date_from, Qt.Key.Key_Escape)
    assert window.state.selected.size == 0 and window.state.highlighted.size > 0
    qtbot.keyClick(window.filters.date_from, Qt.Key.Key_Escape)
    assert window.state.highlighted.size == 0
    assert not window.sources.table.selectionModel().hasSelection()
    assert window.filters.date_from.hasFocus()
    qtbot.keyClick(window.filters.date_from, Qt.Key.Key_Escape)
    assert window.timeline.plot_widget.hasFocus()


def source_row_rect(win, name):
    table = win.sources.table
    for row in range(table.model().rowCount()):
        index = table.model().index(row, 0)
        if index.data() == name:
            return table.visualRect(index)
    raise AssertionError(name)


def test_clicking_the_highlighted_source_again_takes_the_highlight_off(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    viewport = window.sources.table.viewport()
    where = source_row_rect(window, "The Telegraph").center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert window.state.highlighted.size > 0
    assert "citing The Telegraph" in window.count_label.text()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert window.state.highlighted.size == 0
    assert "highlighted" not in window.count_label.text()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert window.state.highlighted.size > 0  # and on again


def test_clear_filters_clears_the_highlight_and_the_status_bar_says_what_is_shown(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    viewport = window.sources.table.viewport()
    where = source_row_rect(window, "The Telegraph").center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert window.state.visible_count < window.state.event_count
    assert "Showing only events citing The Telegraph" in window.statusBar().currentMessage()
    assert "only source: The Telegraph" in window.count_label.text()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.visible_count == window.state.event_count
    assert window.state.highlighted.size == 0
    assert "Telegraph" not in window.statusBar().currentMessage()
    assert window.count_label.text() == "18 of 18 events shown"


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1920, 1080)])
def test_the_timeline_keeps_most_of_the_window_at_every_size(window, qtbot, size):
    # the user had made the side panes wide in a big window
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920, timeout=2000)
    window.resizeDocks([window.docks["filters"], window.docks["details"]], [520, 640], Qt.Orientation.Horizontal)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.timeline.width() >= window.width() * 0.5, timeout=3000)
    assert window.timeline.height() >= (window.height() - 60) * 0.55
    assert on_screen(window.docks["filters"]) and on_screen(window.docks["details"])


def test_esc_cancels_a_load_and_the_open_file_stays(window, qtbot, tmp_path):
    big = tmp_path / "big.json"
    write_synthetic(big, 150_000)
    window.open_path(str(big))
    assert window.cancel_button.isVisible()
    window.focus_timeline()
    qtbot.keyClick(window.timeline.plot_widget, Qt.Key.Key_Escape)
    assert window._load is None and not window.progress.isVisible()
    assert window.statusBar().currentMessage() == "Loading cancelled"
    assert window.state.event_count == 18


def test_esc_cancels_a_load_whatever_has_the_focus(window, qtbot, tmp_path):
    big = tmp_path / "big.json"
    write_synthetic(big, 150_000)
    window.open_path(str(big))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Escape)
    assert window._load is None
    assert window.state.event_count == 18


def test_lanes_that_overflow_get_a_scroll_bar_that_follows_the_keys_and_scrolls_by_click(window, qtbot):
    window.resize(1024, 700)
    timeline = window.timeline
    qtbot.waitUntil(lambda: not timeline.lane_scroll.isHidden(), timeout=3000)
    assert timeline.lanes_scroll()
    bar = timeline.lane_scroll
    assert bar.value() == bar.minimum()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, bar.height() - 25))
    assert timeline.viewbox.viewRange()[1][0] > timeline.lane_edges()[0]  # a page further down
    assert bar.value() > bar.minimum()
    window.focus_timeline()
    for _ in range(10):
        qtbot.keyClick(timeline.plot_widget, Qt.Key.Key_Up)
    assert bar.value() == bar.minimum()  # the bar follows the keys
    window.resize(1920, 1080)
    window.docks["map"].hide()
    qtbot.waitUntil(lambda: bar.isHidden(), timeout=3000)  # everything fits: no bar
    assert not timeline.lanes_scroll()


def test_help_lists_every_shortcut_the_window_has(window, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    from viewer.app.help import shortcuts_dialog

    dialog = shortcuts_dialog(window)
    qtbot.addWidget(dialog)
    listed = set()
    for i in range(dialog.table.topLevelItemCount()):
        section = dialog.table.topLevelItem(i)
        listed |= {section.child(k).text(0) for k in range(section.childCount())}
    bound = {a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) for a in window.findChildren(QAction)
             if not a.shortcut().isEmpty()}
    assert bound and bound <= listed
    assert {"Ctrl+4", "Esc", "Ctrl+/", "Up / Down", "Tab / Shift+Tab"} <= listed
    menu_texts = [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    assert "&Keyboard Shortcuts" in menu_texts


def test_progress_reaches_the_end_only_once_every_pane_shows_the_new_file(window, qtbot, tmp_path):
    big = tmp_path / "big.json"
    write_synthetic(big, 30_000)
    seen = []
    window.progress.valueChanged.connect(lambda value: seen.append((value, window.state.event_count)))
    window.open_path(str(big))
    window.wait_for_load()
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=10_000)
    assert seen[-1] == (1000, 30_000)
    assert all(events == 18 for value, events in seen if value < 900)  # reading: the sample still shown
    assert max(value for value, events in seen if events == 18) < 1000  # never full before it is shown
    assert "30,000" in window.filters.match_count.text()
    assert window.sources.model.rowCount() == len(window.state.document.sources)
    assert window.legend.lanes.count() == window.state.lane_layout.lane_count
    assert window.statusBar().currentMessage() == "Opened big.json: 30,000 events"


def test_a_file_that_does_not_open_is_named_and_the_open_one_said_to_stay(window, qtbot, tmp_path):
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    window.open_path(str(picture))
    window.wait_for_load()
    message = window.statusBar().currentMessage()
    assert message.startswith("Did not open photo.png, coalition-guarantees-2025.json is still shown")
    assert "last good version" not in message and "Could not open" not in message
    assert "coalition-guarantees-2025.json is still shown" in window.findings.summary.text()
    assert window.state.event_count == 18


def test_shift_drag_over_several_lanes_selects_all_it_touches_even_if_shift_is_let_go(window, qtbot):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest

    view = window.timeline
    view.fit_all()
    viewport = view.plot_widget.viewport()
    rect = view.viewbox.sceneBoundingRect()
    start = view.plot_widget.mapFromScene(rect.topLeft() + QPointF(2, 2))
    end = view.plot_widget.mapFromScene(QPointF(rect.right() - 2, rect.center().y()))
    left, shift = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier

    def send(kind, pos, buttons, modifiers):
        button = left if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        QApplication.sendEvent(viewport, QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                                                     button, buttons, modifiers))

    send(QEvent.Type.MouseButtonPress, start, left, shift)
    for k in range(1, 11):
        QTest.qWait(12)  # pyqtgraph drops mouse moves closer together than its rate limit
        send(QEvent.Type.MouseMove, start + (end - start) * (k / 10), left,
             shift if k < 5 else Qt.KeyboardModifier.NoModifier)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    lanes = {int(view.lane_layout.lane[e]) for e in view.lane_layout.entries_of_rows(window.state.selected)}
    assert len(window.state.selected) > 2 and len(lanes) > 1
    assert window.statusBar().currentMessage() == f"{len(window.state.selected)} events selected"


def test_cut_short_texts_show_whole_on_hover_and_copy_whole(window, qtbot):
    from viewer.ui.details.quote_table import QUOTE
    from viewer.ui.details.row_table import copy_current_row

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    table = window.quotes.table
    model = table.model()
    longest = max(range(model.rowCount()), key=lambda r: len(model.full_text(r, QUOTE)))
    index = model.index(longest, QUOTE)
    whole = model.full_text(longest, QUOTE)
    assert table.columnWidth(QUOTE) < table.fontMetrics().horizontalAdvance(whole)  # the cell cuts it short
    hover = index.data(Qt.ItemDataRole.ToolTipRole)
    assert hover.startswith("<qt>") and whole.split("\n")[0][:40].replace("'", "&#x27;") in hover
    table.setCurrentIndex(index)
    copy_current_row(table)
    assert whole in QApplication.clipboard().text()
    # the lane headers know which lane is under the pointer, for its whole name on hover
    from PySide6.QtCore import QPointF

    view = window.timeline
    header = view.lane_axis.sceneBoundingRect()
    edges = view.lane_edges()
    middle = view.viewbox.mapViewToScene(QPointF(0, (edges[0] + edges[1]) / 2))
    assert view.lane_at(QPointF(header.center().x(), middle.y())) == 0
    assert view.lane_at(QPointF(header.right() + 50, middle.y())) == -1


def lightness(colour) -> float:
    return colour.lightnessF()


def test_dark_theme_disabled_buttons_look_disabled_and_play_keeps_its_icon(window, qtbot):
    from PySide6.QtGui import QPalette

    from viewer.style.theme import DARK

    slider = window.map.time_slider
    window.set_theme("dark")
    QApplication.processEvents()  # the new palette reaches the widgets
    button = window.details.copy_event_button
    assert not button.isEnabled()  # nothing selected
    palette = button.palette()
    enabled = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert lightness(enabled) - lightness(disabled) > 0.35

    def icon_colour():
        image = slider.play_button.icon().pixmap(16, 16).toImage()
        inked = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
                 if image.pixelColor(x, y).alpha() > 200]
        assert inked, "the Play button has no icon"
        return max(inked, key=lambda c: c.alpha())

    assert lightness(icon_colour()) > 0.7  # light ink on the dark button
    window.set_theme("light")
    QApplication.processEvents()
    assert lightness(icon_colour()) < 0.3
    window.set_theme("dark")
    QApplication.processEvents()
    assert abs(lightness(icon_colour()) - lightness(type(enabled)(DARK.foreground))) < 0.1


@pytest.fixture
def small_screen(monkeypatch):
    """A 1024x700 screen whose free area starts below a 24-pixel panel."""
    from PySide6.QtCore import QRect

    from viewer.app import screen_fit

    area = QRect(0, 24, 1024, 676)
    monkeypatch.setattr(screen_fit, "screen_area", lambda window: area)
    return area


def test_a_remembered_size_larger_than_the_screen_is_cut_to_the_screen(qtbot, small_screen):
    first = MainWindow()
    qtbot.addWidget(first)
    first.setGeometry(300, 200, 1920, 1080)  # on the desk's large monitor
    first.close()  # remembers the geometry
    again = MainWindow()  # now on the laptop
    qtbot.addWidget(again)
    again.show_on_screen()  # as lagebild shows it
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: small_screen.contains(again.frameGeometry()), timeout=3000)
    qtbot.waitUntil(lambda: again.timeline.width() >= again.width() * 0.5, timeout=3000)


def test_the_first_window_on_a_small_screen_fits_it(qtbot, small_screen):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_on_screen()  # as lagebild shows it
    qtbot.waitExposed(window)
    window.open_path(str(sample_path()))
    window.wait_for_load()
    qtbot.waitUntil(lambda: small_screen.contains(window.frameGeometry()), timeout=3000)
    qtbot.waitUntil(lambda: window.timeline.width() >= window.width() * 0.5, timeout=3000)
    assert window.timeline.height() >= (window.height() - 60) * 0.55


def marker_column_ink(window, time: float) -> int:
    """How many pixels of the timeline's column at ``time`` are in the play marker's colour."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    widget = window.timeline.plot_widget
    x = round(widget.mapFromScene(window.timeline.viewbox.mapViewToScene(QPointF(time, 0))).x())
    image = widget.grab().toImage()
    ink = QColor(window.theme.foreground).rgb()
    return sum(image.pixelColor(dx, y).rgb() == ink
               for dx in (x - 1, x, x + 1) if 0 <= dx < image.width() for y in range(image.height()))


def test_play_marks_the_play_time_on_the_timeline_and_the_mark_moves_with_it(window, qtbot):
    slider = window.map.time_slider
    marker = window.timeline.play_marker
    assert marker.play_time is None
    qtbot.mouseClick(slider.play_button, Qt.MouseButton.LeftButton)
    assert slider.playing
    first = marker.play_time
    assert first == pytest.approx(window.state.play_window[1])
    lo, hi = window.timeline.visible_range()
    assert lo <= first <= hi
    assert marker_column_ink(window, first) > window.timeline.plot_widget.height() * 0.6
    qtbot.waitUntil(lambda: (marker.play_time or first) > first, timeout=3000)
    later = marker.play_time
    assert later == pytest.approx(slider.time_window()[1])
    assert marker_column_ink(window, later) > window.timeline.plot_widget.height() * 0.6
    qtbot.mouseClick(slider.all_button, Qt.MouseButton.LeftButton)
    assert marker.play_time is None and window.state.play_window is None
    assert marker_column_ink(window, later) < 20

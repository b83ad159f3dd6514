"""A search of a large document runs in a thread: the same events are shown as by a search at
once, the window keeps answering meanwhile, and only the query typed last is applied."""

import numpy as np
import pytest

from viewer.app.main_window import MainWindow
from viewer.model import text_scan
from viewer.model.filters import FilterSpec, filter_mask
from viewer.model.synthetic import write_synthetic
from viewer.ui import filter_ahead


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(filter_ahead, "IN_THREAD_FROM", 0)  # a small file searched as a large one is
    monkeypatch.setattr(text_scan, "SLICE_ROWS", 256)  # and scanned in slices by several threads
    path = tmp_path / "events.json"
    write_synthetic(path, 3000, shape="datetimes")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    win.open_path(str(path))
    win.wait_for_load()
    return win


def test_a_search_in_a_thread_shows_what_a_search_at_once_shows(window, qtbot):
    state = window.state
    window.filters.search.setText("Convoy HARBOUR")
    qtbot.waitUntil(lambda: state.filter.text == "Convoy HARBOUR", timeout=10_000)
    expected = filter_mask(state.document, FilterSpec(text="convoy harbour"))
    assert 0 < expected.sum() < state.event_count
    assert np.array_equal(state.visible, expected)
    assert window.filters.match_count.text().startswith(f"{int(expected.sum()):,} of 3,000 events")
    assert window.timeline.lane_layout is state.lane_layout
    assert sum(lane.count for lane in state.lane_layout.lanes) == expected.sum()


def test_only_the_query_typed_last_is_applied(window, qtbot):
    state, ahead = window.state, window.filters.ahead
    changes = []
    state.changed.connect(lambda change: changes.append(state.filter.text))
    ahead.search("drone")
    ahead.search("drone strike")  # typed on before the first was done
    qtbot.waitUntil(lambda: state.filter.text == "drone strike", timeout=10_000)
    qtbot.wait(300)  # the first search's thread has long finished; its result must not be applied
    assert state.filter.text == "drone strike" and not ahead.busy
    assert "drone" not in changes
    assert np.array_equal(state.visible, filter_mask(state.document, FilterSpec(text="drone strike")))


def test_clearing_the_filters_drops_a_search_still_running(window, qtbot):
    state = window.state
    window.filters.ahead.search("ceasefire")
    window.filters.clear()
    qtbot.wait(500)
    assert state.filter == FilterSpec() and state.visible.all()


def test_facets_ticked_while_a_filter_is_worked_out_all_apply(window, qtbot):
    from PySide6.QtCore import Qt

    state, items = window.state, window.filters._items
    window.filters.search.setText("convoy")
    qtbot.waitUntil(lambda: state.filter.text == "convoy", timeout=10_000)
    items[("segments", "sky")].setCheckState(0, Qt.CheckState.Checked)
    items[("segments", "sea")].setCheckState(0, Qt.CheckState.Checked)  # before the first tick is applied
    items[("statuses", "planned")].setCheckState(0, Qt.CheckState.Checked)
    assert items[("segments", "sky")].checkState(0) == Qt.CheckState.Checked
    wanted = FilterSpec(text="convoy", segments=frozenset({"sky", "sea"}), statuses=frozenset({"planned"}))
    qtbot.waitUntil(lambda: state.filter == wanted, timeout=10_000)
    qtbot.wait(300)
    assert state.filter == wanted and not window.filters.ahead.busy
    assert np.array_equal(state.visible, filter_mask(state.document, wanted))
    assert all(items[("segments", s)].checkState(0) == Qt.CheckState.Checked for s in ("sky", "sea"))
    assert f"{int(state.visible.sum()):,} of 3,000" in window.filters.match_count.text()


def test_a_lane_switch_laid_out_in_a_thread_shows_the_lanes_of_the_mode(window, qtbot, monkeypatch):
    from viewer.model.lanes import build_lanes

    state = window.state
    window.filters.search.setText("drone")
    qtbot.waitUntil(lambda: state.filter.text == "drone", timeout=10_000)
    window.set_lane_mode("actor")
    window.set_lane_mode("status")  # before the first switch is laid out: only the last one applies
    qtbot.waitUntil(lambda: state.lane_mode == "status", timeout=10_000)
    qtbot.wait(300)
    assert state.lane_mode == "status" and not window.lanes_ahead.busy
    assert window.timeline.lane_layout is state.lane_layout
    assert state.lane_layout.lanes == build_lanes(state.document, "status", state.visible).lanes
    assert window.lane_actions["status"].isChecked()

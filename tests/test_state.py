"""The shared state: each user action is announced once, saying what changed, and panes follow it."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from test_timeline import click, send_drag

from viewer.app.main_window import MainWindow
from viewer.model.filters import FilterSpec
from viewer.model.loader import load_file
from viewer.resources_path import sample_path
from viewer.state import Change, ViewState
from viewer.ui.timeline.navigation import on_screen


@pytest.fixture(scope="module")
def sample():
    return load_file(sample_path()).document


def announcements(state) -> list[Change]:
    heard: list[Change] = []
    state.changed.connect(heard.append)
    return heard


def spy(monkeypatch, owner, name) -> list:
    """Count the calls of a function or method while still running it."""
    calls = []
    real = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


# -- the state alone ---------------------------------------------------------------------
def test_selection_and_its_current_event_change_in_one_announcement(sample):
    state = ViewState()
    state.set_document(sample)
    heard = announcements(state)
    state.select([3])
    assert heard == [Change.SELECTION] and state.selected.tolist() == [3] and state.current == 3
    state.toggle(5)  # Ctrl+click adds the event and shows it
    assert heard[-1] == Change.SELECTION and state.selected.tolist() == [3, 5] and state.current == 5
    state.toggle(5)
    assert state.selected.tolist() == [3] and state.current == 3
    state.select([3])  # nothing changed: nothing said
    state.clear_selection()
    assert heard == [Change.SELECTION] * 4 and state.current == -1


def test_a_new_document_is_one_announcement_of_everything_it_replaces(sample):
    state = ViewState()
    state.set_document(sample)
    state.set_filter(FilterSpec(segments=frozenset({"land"})))
    state.select([int(np.flatnonzero(state.visible)[0])])
    kept = state.selected_ids()
    heard = announcements(state)
    state.set_document(sample, keep_view=True)
    assert heard == [Change.DOCUMENT | Change.FILTER | Change.SELECTION | Change.HIGHLIGHT]
    assert state.selected_ids() == kept and state.filter.segments == {"land"}
    state.set_document(sample)
    assert state.filter == FilterSpec() and state.visible_count == len(sample.events)


def test_a_batch_is_announced_once_and_a_change_made_while_announcing_comes_after(sample):
    state = ViewState()
    state.set_document(sample)
    heard = announcements(state)
    with state.batch():
        state.select([2])
        state.set_time_range(0.0, 1.0)
    assert heard == [Change.SELECTION | Change.TIME_RANGE]

    order = []
    state.changed.connect(lambda change: change & Change.SELECTION and state.set_time_range(5.0, 6.0))
    state.changed.connect(lambda change: order.append(change))
    state.select([4])
    # the pane that reacts by changing the range does not make the next pane hear the range first
    assert order == [Change.SELECTION, Change.TIME_RANGE]


def test_lane_mode_theme_and_time_zone_are_state_and_refuse_unknown_values(sample):
    state = ViewState()
    state.set_document(sample)
    heard = announcements(state)
    assert (state.lane_mode, state.theme, state.time_zone) == ("segment", "light", "utc")
    first = state.lane_layout
    assert state.lane_layout is first  # built once, shared by the timeline and the legend
    state.set_lane_mode("status")
    assert state.lane_layout is not first and state.lane_layout.labels()[0] in ("Occurred", "Reported")
    state.set_theme("dark")
    state.set_time_zone("local")
    assert heard == [Change.LANE_MODE, Change.THEME, Change.TIME_ZONE]
    for setter, value in ((state.set_lane_mode, "colour"), (state.set_theme, "neon"),
                          (state.set_time_zone, "CET")):
        with pytest.raises(ValueError, match="expected one of"):
            setter(value)
    assert len(heard) == 3 and state.time_range == (-math.inf, math.inf)


# -- the window following it ------------------------------------------------------------------
@pytest.fixture
def window(qtbot, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_one_board_and_one_legend_computation_per_document(window, monkeypatch, qtbot):
    import viewer.model.board
    import viewer.state.lane_cache
    import viewer.ui.legend_pane

    tiles = spy(monkeypatch, viewer.model.board, "segment_tiles")
    legends = spy(monkeypatch, viewer.ui.legend_pane, "legend_entries")
    lanes = spy(monkeypatch, viewer.state.lane_cache, "build_lanes")
    window.open_path(str(sample_path()))
    window.wait_for_load()
    qtbot.wait(50)
    for name in ("legend", "board"):  # a pane behind another's tab waits until it is shown
        window.docks[name].show()
        window.docks[name].raise_()
    qtbot.wait(50)
    assert (len(tiles), len(legends), len(lanes)) == (1, 1, 1)
    assert window.legend.lanes.count() == len(window.timeline.lane_layout.lanes)
    assert [t.segment_id for t in window.board.tiles] == [s.id for s in window.state.document.segments]


def test_a_pane_out_of_sight_counts_a_new_filter_once_it_is_shown(window, monkeypatch, qtbot):
    import viewer.model.board

    window.open_path(str(sample_path()), background=False)
    window.docks["board"].hide()  # closed, as behind another's tab: out of sight
    qtbot.wait(20)
    assert not window.board.isVisible()
    tiles = spy(monkeypatch, viewer.model.board, "segment_tiles")
    first = window.state.document.segments[0]
    window.state.set_filter(FilterSpec(statuses=frozenset({"planned"})))
    window.state.set_filter(FilterSpec(statuses=frozenset({"occurred"})))
    assert tiles == []  # not seen, not counted
    window.docks["board"].show()
    qtbot.wait(20)
    assert len(tiles) == 1
    occurred = sum(1 for e in window.state.document.events if e.status == "occurred" and first.id in e.segments)
    assert window.board.tiles[0].segment_id == first.id and f"{occurred}" in window.board.tiles[0].count.text()


def test_a_click_renders_the_details_once_and_refreshes_the_map_once(window, monkeypatch, qtbot, sample):
    import viewer.ui.map.pane

    window.open_path(str(sample_path()), background=False)
    qtbot.wait(20)
    renders = spy(monkeypatch, window.details, "_render")
    looks = spy(monkeypatch, viewer.ui.map.pane, "compute_look")
    row = sample.event_index["chiefs-of-staff-kyiv"]
    click(qtbot, window.timeline, row)
    assert window.state.current == row and sample.events[row].title in window.details.plain_text()
    assert (len(renders), len(looks)) == (1, 1)


def test_every_user_action_is_announced_once(window, qtbot, sample):
    window.open_path(str(sample_path()), background=False)
    qtbot.wait(20)
    state, timeline = window.state, window.timeline
    heard = announcements(state)

    def once(action, what: Change) -> None:
        heard.clear()
        action()
        assert len(heard) == 1, f"{action.__name__}: announced {heard}"
        assert heard[0] & what, f"{action.__name__}: announced {heard[0]}, not {what}"

    kyiv, london = sample.event_index["chiefs-of-staff-kyiv"], sample.event_index["london-military-meeting"]

    def click_kyiv():
        click(qtbot, timeline, kyiv)

    def ctrl_click_london():
        click(qtbot, timeline, london, Qt.KeyboardModifier.ControlModifier)

    def band_select():
        rect = timeline.viewbox.sceneBoundingRect()
        send_drag(timeline, timeline.plot_widget.mapFromScene(rect.topLeft() + QPointF(2, 2)),
                  timeline.plot_widget.mapFromScene(rect.bottomRight() - QPointF(2, 2)),
                  Qt.KeyboardModifier.ShiftModifier)

    def next_event():
        qtbot.keyClick(timeline.plot_widget, Qt.Key.Key_N)

    def previous_event():
        qtbot.keyClick(timeline.plot_widget, Qt.Key.Key_P)

    def escape():
        qtbot.keyClick(timeline.plot_widget, Qt.Key.Key_Escape)

    def toggle_filter():
        window.filters._items[("segments", "land")].setCheckState(0, Qt.CheckState.Checked)

    def switch_lanes():
        window.lane_actions["status"].trigger()

    def switch_theme():
        window.theme_actions["dark"].trigger()

    once(click_kyiv, Change.SELECTION)
    once(ctrl_click_london, Change.SELECTION)
    assert sorted(state.selected.tolist()) == sorted([kyiv, london]) and state.current == london
    once(band_select, Change.SELECTION)
    assert len(state.selected) > 2  # every event the band touches
    once(escape, Change.SELECTION)
    assert len(state.selected) == 0
    state.select([kyiv])
    timeline.zoom(0.01, center=timeline.visible_range()[1])  # far from the next event
    once(next_event, Change.SELECTION)
    assert heard[0] == Change.SELECTION | Change.TIME_RANGE  # the event and the window showing it
    stepped = state.current
    assert stepped >= 0 and on_screen(sample.columns, stepped, timeline.visible_range())  # in the same step
    once(previous_event, Change.SELECTION)
    assert state.current != stepped
    once(toggle_filter, Change.FILTER)
    assert state.visible_count == 2
    once(switch_lanes, Change.LANE_MODE)
    assert window.legend.lanes_title.text() == "Lanes by status"
    once(switch_theme, Change.THEME)
    assert window.timeline.theme.name == window.map.theme.name == window.board.theme.name == "dark"

"""Times written with an offset keep it; details, tooltips, exports and the window show UTC, this
computer's time or the time as written, and always say which."""

import html
import json
import time
from pathlib import Path

import numpy as np
import pytest

from viewer.cli.export import main as export_main
from viewer.model.dates import NO_OFFSET, resolve
from viewer.model.loader import load_file
from viewer.model.zone_display import date_display
from viewer.state import ViewState
from viewer.ui.details import EventDetailPane
from viewer.ui.timeline.tooltip import tooltip_lines

ZOO = Path(__file__).parent / "data" / "glyph-zoo.json"
CALL = "2025-07-10T14:00+03:00"  # the zoo's "Call at 14:00 Kyiv time"


@pytest.fixture
def two_hours_east(monkeypatch):
    """This computer's zone: UTC+02:00 all year (a POSIX zone, no time zone database needed)."""
    monkeypatch.setenv("TZ", "LBT-02")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(scope="module")
def zoo():
    return load_file(ZOO).document


def test_the_written_offset_is_kept_per_event(zoo):
    cols = zoo.columns
    assert int(cols.offset[zoo.event_index["written-offset"]]) == 180
    assert int(cols.offset[zoo.event_index["ruler-03"]]) == 0  # written with Z
    assert int(cols.offset[zoo.event_index["summit"]]) == NO_OFFSET  # no time of day
    assert resolve("2025-07-10T14:00-05:30").offset == -330
    assert resolve("2025-07-10T14:00").offset == NO_OFFSET  # a local time: no zone written
    # the axis still places it in UTC
    assert cols.start_lo[zoo.event_index["written-offset"]] == resolve("2025-07-10T11:00Z").start_lo


@pytest.mark.parametrize("zone, shown", [
    ("utc", "10 Jul 2025 11:00 UTC"),
    ("written", "10 Jul 2025 14:00 (UTC+03:00 as written)"),
    ("local", "10 Jul 2025 13:00 (UTC+02:00, this computer's zone)"),
])
def test_a_time_reads_in_the_chosen_zone_and_says_which(two_hours_east, zone, shown):
    assert date_display(CALL, zone) == shown


def test_intervals_and_unzoned_times_say_which_too(two_hours_east):
    assert date_display("2025-07-10T14:00+02:00/2025-07-10T18:30+02:00", "written") == \
        "10 Jul 2025 14:00 – 10 Jul 2025 18:30 (UTC+02:00 as written)"
    assert date_display("2025-07-10T14:00+02:00/..", "written") == \
        "since 10 Jul 2025 14:00 (UTC+02:00 as written; open end)"
    assert date_display("2025-07-10T14:00Z", "written") == "10 Jul 2025 14:00 UTC (as written)"
    for zone in ("utc", "local", "written"):  # no zone written: nothing to convert, and it says so
        assert date_display("2025-07-10T14:00", zone) == "10 Jul 2025 14:00 local time"
        assert date_display("2025-07-10", zone) == "10 Jul 2025"
    with pytest.raises(ValueError):
        date_display(CALL, "CET")


def test_tooltip_follows_the_setting(zoo):
    row = zoo.event_index["written-offset"]
    assert "10 Jul 2025 11:00 UTC" in tooltip_lines(zoo, row)
    assert "10 Jul 2025 14:00 (UTC+03:00 as written)" in tooltip_lines(zoo, row, "written")


def test_detail_pane_follows_the_state(qtbot, zoo):
    state = ViewState()
    state.set_document(zoo)
    pane = EventDetailPane(state)
    qtbot.addWidget(pane)
    pane.show()
    state.select([zoo.event_index["written-offset"]])
    assert "10 Jul 2025 11:00 UTC" in pane.plain_text()
    state.set_time_zone("written")
    assert "10 Jul 2025 14:00 (UTC+03:00 as written)" in pane.plain_text()
    assert "EDTF " + CALL in pane.plain_text()  # the file's own text stays as it is


def test_view_menu_switches_and_remembers_the_setting(qtbot, two_hours_east):
    from viewer.app.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.state.time_zone == "utc" and window.zone_actions["utc"].isChecked()
    window.zone_actions["local"].trigger()
    assert window.state.time_zone == "local" and window.zone_actions["local"].isChecked()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.state.time_zone == "local"


@pytest.mark.parametrize("zone, shown, which", [
    ("written", "10 Jul 2025 14:00 (UTC+03:00 as written)", "Times of day in the time zone each time is written in"),
    ("local", "10 Jul 2025 13:00 (UTC+02:00, this computer's zone)", "Times of day in this computer's time zone"),
    ("utc", "10 Jul 2025 11:00 UTC", "Times of day in UTC"),
])
def test_export_tz_option_sets_how_the_annex_reads(tmp_path, two_hours_east, zone, shown, which):
    data = json.loads(ZOO.read_text(encoding="utf-8"))
    call = next(e for e in data["events"] if e["id"] == "written-offset")
    call["citations"] = [{"quote": "We spoke at two.", "published": "2025-07-10T16:30+03:00"}]
    source = tmp_path / "call.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "annex.html"
    assert export_main([str(source), "--view", "annex", "--tz", zone, "--out", str(out)]) == 0
    text = html.unescape(out.read_text(encoding="utf-8"))
    assert shown in text and which in text


def test_screenshot_and_export_refuse_an_unknown_setting(tmp_path, capsys):
    assert export_main([str(ZOO), "--view", "timeline", "--tz", "CET", "--out", str(tmp_path / "x.png")]) == 2
    assert "--tz" in capsys.readouterr().err
    from viewer.cli.screenshot import build_parser

    assert build_parser().parse_args([str(ZOO), "-o", "x.png", "--tz", "written"]).tz == "written"
    assert np.all([zone in build_parser().format_help() for zone in ("utc", "local", "written")])

"""The timeline's time axis is drawn in the zone times of day are shown in, and says which:
live, in timeline and page exports, in their subtitles and under the grid lines."""

import json
import re
import time

import pytest

from viewer.cli.export import main as export_main
from viewer.model.dates import resolve
from viewer.model.loader import load_file
from viewer.model.zone_display import axis_zone
from viewer.state import ViewState
from viewer.ui.timeline import TimelineView
from viewer.ui.timeline.date_ticks import zoned_ticks

CALL = "2025-07-10T14:00+03:00"
CALL_UTC = resolve(CALL).start_lo  # 11:00 UTC


@pytest.fixture
def two_hours_east(monkeypatch):
    """This computer's zone: UTC+02:00 all year (a POSIX zone, no time zone database needed)."""
    monkeypatch.setenv("TZ", "LBT-02")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def kyiv_day(tmp_path):
    path = tmp_path / "day.json"
    path.write_text(json.dumps({
        "format": "lagebild-events", "version": "1.0", "document": {"title": "One day in Kyiv"},
        "segments": [{"id": "a", "label": "Calls"}],
        "events": [{"id": "call", "title": "Call", "when": CALL, "segments": ["a"]},
                   {"id": "meeting", "title": "Meeting", "when": "2025-07-10T18:30+03:00", "segments": ["a"]}]}),
        encoding="utf-8")
    return path


def label_at(ticks, instant):
    return {t: text for t, text in ticks.major}.get(instant)


@pytest.fixture
def view(qtbot, kyiv_day):
    state = ViewState()
    view = TimelineView(state)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    state.set_document(load_file(kyiv_day).document)
    view.set_range(CALL_UTC - 3600, CALL_UTC + 9 * 3600)
    return state, view


def live_ticks(view):
    lo, hi = view.visible_range()
    return zoned_ticks(lo, hi, round(view.date_axis.geometry().width()), view.date_axis.zone)


@pytest.mark.parametrize("setting, label, caption", [
    ("utc", "11:00", "Times in UTC"),
    ("written", "14:00", "Times in UTC+03:00 as written"),
    ("local", "13:00", "Times in UTC+02:00, this computer's zone"),
])
def test_the_live_axis_follows_the_setting_and_names_its_zone(view, two_hours_east, setting, label, caption):
    state, view = view
    state.set_time_zone(setting)
    assert view.date_axis.caption() == caption
    ticks = live_ticks(view)
    assert label_at(ticks, CALL_UTC) == label  # the tick under the call reads its time in that zone
    # The day begins at that zone's midnight: the context row names 10 July from there.
    midnight = resolve("2025-07-10").start_lo - {"utc": 0, "written": 3, "local": 2}[setting] * 3600
    assert label_at(zoned_ticks(midnight - 6 * 3600, midnight + 6 * 3600, 1000, view.date_axis.zone),
                    midnight) == "00:00"


def test_the_overview_and_the_grid_follow_the_axis(view):
    state, view = view
    state.set_time_zone("written")
    assert view.overview.axis.zone == view.date_axis.zone
    assert view.date_axis.zone.offset == 180


def test_this_computers_zone_changes_its_offset_within_a_view(monkeypatch):
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")  # summer time from the last Sunday of March
    time.tzset()
    try:
        zone = axis_zone("local")
        start = resolve("2025-03-29T12:00Z").start_lo
        ticks = zoned_ticks(start, start + 2 * 86400, 1200, zone)
        days = [t for t, text in ticks.context]
        # Midnight before the change is 23:00 UTC, after it 22:00 UTC.
        assert days == [resolve("2025-03-29T23:00Z").start_lo, resolve("2025-03-30T22:00Z").start_lo]
        assert zone.caption(start) == "Times in UTC+01:00, this computer's zone"
        assert zone.caption(start + 2 * 86400) == "Times in UTC+02:00, this computer's zone"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_written_takes_the_commonest_offset_and_says_so():
    mixed = axis_zone("written", [180, 180, 0, -32768])
    assert mixed.offset == 180 and mixed.caption(0) == "Times in UTC+03:00, as most are written"
    assert axis_zone("written", [-32768]).caption(0) == "Times in UTC"  # no time written with a zone
    with pytest.raises(ValueError):
        axis_zone("moon")


def hour_labels(svg: str) -> list[str]:
    return re.findall(r">\s*(\d\d:\d\d)\s*<", svg)


def export_svg(tmp_path, source, view_name, setting) -> str:
    out = tmp_path / f"{view_name}-{setting}.svg"
    assert export_main([str(source), "--view", view_name, "--tz", setting, "--out", str(out)]) == 0
    return out.read_text(encoding="utf-8").replace("&apos;", "'").replace("&#39;", "'")


@pytest.mark.parametrize("view_name", ["timeline", "page"])
@pytest.mark.parametrize("setting, caption, hours", [("written", "Times in UTC+03:00 as written", 3),
                                                     ("local", "Times in UTC+02:00, this computer's zone", 2)])
def test_exports_draw_and_state_the_zone_they_show(tmp_path, kyiv_day, two_hours_east, view_name, setting,
                                                   caption, hours):
    in_utc = export_svg(tmp_path, kyiv_day, view_name, "utc")
    shown = export_svg(tmp_path, kyiv_day, view_name, setting)
    assert "Times in UTC<" in in_utc.replace(" <", "<") and caption not in in_utc
    assert shown.count(caption) == 2  # under the axis, and in the subtitle
    utc_hours, zone_hours = hour_labels(in_utc), hour_labels(shown)
    assert len(zone_hours) == len(utc_hours) > 3
    # The same ticks at the same places, each reading the hour of that zone.
    assert zone_hours == [f"{(int(h[:2]) + hours) % 24:02d}{h[2:]}" for h in utc_hours]

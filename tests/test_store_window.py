"""A Parquet store opens in the window and is panned, searched and read like a file."""

from __future__ import annotations

import json

import pytest

from viewer.app.store_window import open_store_window
from viewer.model.loader import load_bytes, load_file
from viewer.model.synthetic import synthetic_document
from viewer.resources_path import sample_path
from viewer.store.convert import write_store
from viewer.store.memory import MemorySource


@pytest.fixture
def store_window(qtbot, tmp_path):
    document = load_bytes(json.dumps(synthetic_document(3000)).encode(), "s.json").document
    write_store(document, tmp_path / "s.parquet", by_year=True)
    window = open_store_window(str(tmp_path / "s.parquet"))
    qtbot.addWidget(window)
    window.resize(1200, 700)
    yield window, document
    window.close()


def _wait_painted(qtbot, window, number):
    qtbot.waitUntil(lambda: window.timeline.answered >= number and not window.queries.busy, timeout=10_000)


def test_density_first_then_events_when_zoomed_in(qtbot, store_window):
    window, document = store_window
    timeline = window.timeline
    _wait_painted(qtbot, window, timeline.refresh())
    assert timeline.density is not None and timeline.density.counts.sum() > 0
    assert timeline.events is None  # 3,000 events across 30 years: density only
    assert [label for _k, label in timeline.lanes] == [label for _k, label in MemorySource(document).lanes("segment")]
    lo, hi = timeline.full
    _wait_painted(qtbot, window, timeline.set_range(lo + (hi - lo) * 0.5, lo + (hi - lo) * 0.505))
    events = timeline.events
    assert events is not None and events.complete and 0 < len(events) < 100
    # A click on a drawn event shows its whole record, quote included.
    row_height, row_of = timeline._lane_rows()
    left = float(timeline.x_of(events.lo[0]))
    x = (left + max(float(timeline.x_of(events.hi[0])), left + 4)) / 2
    y = row_of[events.lanes[0]] * row_height + 8
    hit = timeline.entry_at(x, y)
    assert hit is not None
    window.show_event(*hit)
    event = document.event(hit[0])
    qtbot.waitUntil(lambda: event.title in window.details.toPlainText(), timeout=10_000)
    assert event.citations[0].quote in window.details.toPlainText()


def test_only_the_latest_view_is_painted(qtbot, store_window):
    window, _document = store_window
    timeline = window.timeline
    lo, hi = timeline.full
    painted = []
    timeline.painted.connect(painted.append)
    numbers = [timeline.set_range(lo + (hi - lo) * k / 100, lo + (hi - lo) * (k + 1) / 100) for k in range(30)]
    _wait_painted(qtbot, window, numbers[-1])
    assert painted[-1] == numbers[-1]
    assert len(painted) < 2 * len(numbers)  # older views were dropped, not each painted
    assert timeline.lo == lo + (hi - lo) * 29 / 100


def test_search_and_filter_ask_the_store(qtbot, store_window):
    window, _document = store_window
    window.search_field.setText("event 2999")
    window.search()
    qtbot.waitUntil(lambda: window.hits.count() == 1, timeout=10_000)
    assert "Synthetic event 2999" in window.hits.item(0).text()
    qtbot.waitUntil(lambda: window.facets.count() > 0, timeout=10_000)
    planned = next(window.facets.item(r) for r in range(window.facets.count())
                   if window.facets.item(r).text().startswith("planned"))
    total = window.timeline.density.counts.sum() if window.timeline.density is not None else None
    from PySide6.QtCore import Qt

    planned.setCheckState(Qt.CheckState.Checked)
    assert window.timeline.spec.statuses == frozenset({"planned"})
    _wait_painted(qtbot, window, window.queries.latest["view"])
    assert total is None or window.timeline.density.counts.sum() < total


def test_a_folder_opens_from_the_main_window_and_a_broken_store_is_a_message(qtbot, tmp_path, monkeypatch):
    from viewer.app import store_window as module
    from viewer.app.main_window import MainWindow

    write_store(load_file(sample_path()).document, tmp_path / "sample.parquet")
    main = MainWindow()
    qtbot.addWidget(main)
    main.open_path(str(tmp_path / "sample.parquet"))
    assert main.store_windows and main.store_windows[-1].windowTitle().startswith("Coalition")
    main.store_windows[-1].close()
    shown = []
    monkeypatch.setattr(module, "show_message", lambda _p, _i, title, text: shown.append(text))
    (tmp_path / "broken.parquet").write_bytes(b"not parquet")
    assert open_store_window(str(tmp_path / "broken.parquet")) is None
    assert "broken.parquet: not a readable Parquet file" in shown[0]


def test_a_click_on_the_density_lists_the_events_of_its_column(qtbot, store_window):
    from PySide6.QtCore import QPoint, Qt

    window, document = store_window
    timeline = window.timeline
    _wait_painted(qtbot, window, timeline.refresh())
    row_height, row_of = timeline._lane_rows()
    counts = timeline.density.counts[row_of["sky"]]
    column = int(counts.argmax())
    edges = timeline._density_edges
    x = int(round(float(timeline.x_of((edges[column] + edges[column + 1]) / 2))))
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, int(row_of["sky"] * row_height + 10)))
    qtbot.waitUntil(lambda: window.hits.count() > 0 and "Quote for event" in window.details.toPlainText(),
                    timeout=10_000)
    first = window.hits.item(0).data(Qt.ItemDataRole.UserRole)[0]
    assert "sky" in document.event(first).segments
    assert document.event(first).title in window.details.toPlainText()


def test_a_warehouse_table_opens_through_the_connection_path(qtbot, tmp_path):
    import duckdb

    from viewer.app.connection_dialog import open_table_window

    document = load_file(sample_path()).document
    write_store(document, tmp_path / "sample.parquet")
    database = tmp_path / "warehouse.duckdb"
    con = duckdb.connect(str(database))
    con.execute(f"CREATE TABLE events AS SELECT * FROM read_parquet('{tmp_path / 'sample.parquet'}')")
    con.close()
    window = open_table_window(f"duckdb://{database}", "events")
    qtbot.addWidget(window)
    _wait_painted(qtbot, window, window.timeline.refresh())
    expected = MemorySource(document).density(window.timeline.query())
    assert window.timeline.density.in_view == expected.in_view  # an entry per event and segment
    assert window.timeline.events is not None and len(window.timeline.events) == expected.in_view
    assert set(window.timeline.events.ids) == {e.id for e in document.events}
    window.close()


def test_a_password_is_never_written_to_the_settings(qtbot, tmp_path, monkeypatch):
    from viewer.app import connection_dialog

    monkeypatch.setenv("LAGEBILD_CONFIG_DIR", str(tmp_path))
    monkeypatch.setattr(connection_dialog, "keyring_module", lambda: None)
    dialog = connection_dialog.ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.url.setCurrentText("trino://analyst:s3cret@warehouse.example:8080/hive/osint")
    dialog.table.setText("gdelt_events")
    dialog.password.setText("typed-secret")
    url, table = dialog.address()
    assert url == "trino://analyst:typed-secret@warehouse.example:8080/hive/osint" and table == "gdelt_events"
    dialog.settings.sync()
    written = (tmp_path / "lagebild.ini").read_text()
    assert "gdelt_events @ trino://analyst@warehouse.example:8080/hive/osint" in written
    assert "secret" not in written
    assert not dialog.remember.isEnabled()  # no keyring: nothing to keep it in

"""--range auto|all|FROM..TO: the whole range as context, the detail where the events are."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from viewer.model.dates import resolve
from viewer.model.focus import focus_window

JULY = Path(__file__).parent / "data" / "coalition-july-2025.json"
DAY = 86400.0


def day(text: str) -> float:
    return resolve(text).start_lo


def test_a_busy_day_gets_the_detail_window_and_a_spread_story_none():
    whole = (day("2025-02-14"), day("2025-07-27"))
    busy = np.array([day("2025-02-20"), day("2025-03-02"), day("2025-03-27")]
                    + [day("2025-07-10") + h * 3600 for h in range(9)])
    window = focus_window(busy, busy + 3600, whole, 1400)
    assert window is not None
    assert window[0] <= day("2025-07-10") and window[1] >= day("2025-07-10") + 9 * 3600
    assert window[1] - window[0] < 10 * DAY
    spread = np.linspace(whole[0], whole[1], 12)
    assert focus_window(spread, spread + DAY, whole, 1400) is None
    assert focus_window(busy[:3], busy[:3] + DAY, whole, 1400) is None  # too few to pile up


def test_open_ends_count_by_their_known_end():
    whole = (day("2025-01-01"), day("2025-12-31"))
    lo = np.array([-math.inf] + [day("2025-06-01") + i * 3600 for i in range(5)])
    hi = np.array([day("2025-06-01")] + [day("2025-06-01") + i * 3600 + 60 for i in range(5)])
    window = focus_window(lo, hi, whole, 1200)
    assert window is not None and window[0] >= whole[0]


def _spec(**options):
    from viewer.export.page import PageSpec

    return PageSpec(**options)


def _july():
    from viewer.model.loader import load_file

    return load_file(JULY).document


def test_auto_page_shows_the_busy_day_readably_and_keys_the_rest(qapp):
    from viewer.export.render import drawn_labels

    document = _july()
    boxes = drawn_labels(_spec(view="page"), document)
    strip = [t for t in boxes.texts if t.kind == "strip"]
    assert strip, "the context strip shows the whole range"
    written = {t.whole for t in boxes.texts if t.kind == "timeline"}
    key = " ".join(t.text for t in boxes.texts if t.kind == "key")
    for event in document.events:  # every event's whole title is on the page, beside its glyph or in the key
        assert event.title in written or f"\u00b7 {event.title}" in key, event.title
    # the events of 10 July are written beside their glyphs, not keyed
    ten_july = [e.title for e in document.events if e.when.startswith("2025-07-10")]
    assert all(title in written for title in ten_july)


def test_all_fits_everything_and_from_to_is_that_range(qapp):
    from PySide6.QtCore import QSizeF

    from viewer.export.panes import ExportPanes

    document = _july()
    for spec, expect_focus in ((_spec(view="timeline", range="all"), False), (_spec(view="timeline"), True)):
        panes = ExportPanes(document, spec)
        try:
            panes.prepare("timeline", QSizeF(1400, 500))
            assert (panes.focus is not None) == expect_focus
            lo, hi = panes.shown_span()
            assert lo <= day("2025-02-20") and hi >= day("2025-07-11")
        finally:
            panes.close()


def test_cli_range_option(tmp_path, capsys):
    from viewer.cli.export import _parse

    args = _parse([str(JULY), "--view", "page", "--out", str(tmp_path / "p.png"), "--range", "2025-07-08..2025-07-11"])
    assert (args.start, args.end) == (day("2025-07-08"), resolve("2025-07-11").end_hi)
    assert _parse([str(JULY), "--view", "page", "--out", str(tmp_path / "p.png")]).range_mode == "auto"
    assert _parse([str(JULY), "--view", "page", "--out", str(tmp_path / "p.png"), "--range", "all"]).range_mode == "all"
    with pytest.raises(SystemExit):
        _parse([str(JULY), "--view", "page", "--out", str(tmp_path / "p.png"), "--range", "July"])
    assert "--range" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        _parse([str(JULY), "--view", "page", "--out", str(tmp_path / "p.png"), "--range", "2025-07..",
                "--from", "2025-06"])

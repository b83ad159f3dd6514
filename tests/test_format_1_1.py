"""Format 1.1: conditions, disputes beside the status, sources that rely on others,
citations that borrow their source's address, and grades that say "not graded"."""

import json

import numpy as np
import pytest
from conftest import minimal_file

from viewer.__main__ import main
from viewer.model.citations import corroboration, event_as_text
from viewer.model.filters import FilterSpec, facet_counts, filter_mask
from viewer.model.loader import load_file
from viewer.output.annex import write_annex
from viewer.resources_path import sample_path
from viewer.state import ViewState
from viewer.ui.details import EventDetailPane
from viewer.ui.timeline.tooltip import tooltip_lines


def july_story() -> dict:
    """Two outlets, one carrying the other's copy; a plan that hangs on a ceasefire and is denied."""
    return {
        "format": "lagebild-events", "version": "1.1", "document": {"title": "Planning, July 2025"},
        "segments": [{"id": "land", "label": "Land"}],
        "sources": [
            {"id": "upday", "name": "upday", "kind": "newspaper", "url": "https://upday.example/story",
             "reliability": "B"},
            {"id": "wojna", "name": "wojna.co.pl", "kind": "newspaper", "derived_from": ["upday"]},
        ],
        "events": [
            {"id": "deploy", "title": "Troops deploy to Ukraine", "when": "2025-07-10/..", "segments": ["land"],
             "status": "planned", "condition": "in the hours after a ceasefire",
             "disputed": "denied by the Kremlin",
             "citations": [{"source": "upday", "quote": "Within hours of a ceasefire.", "credibility": 3},
                           {"source": "wojna", "quote": "W ciągu kilku godzin.", "language": "pl",
                            "url": "https://wojna.example/a"}]},
            {"id": "summit", "title": "Summit", "when": "2025-03-02", "segments": ["land"], "status": "disputed"},
            {"id": "plain", "title": "Briefing", "when": "2025-07-11", "segments": ["land"]},
        ],
    }


@pytest.fixture
def july(write_file):
    result = load_file(write_file(july_story()))
    assert result.findings == []
    return result.document


def test_condition_and_dispute_are_read_into_columns(july):
    cols = july.columns
    assert cols.conditional.tolist() == [True, False, False]
    assert cols.disputed.tolist() == [True, True, False]  # the 1.0 status "disputed" still counts
    deploy = july.event("deploy")
    assert (deploy.status, deploy.condition, deploy.disputed) == (
        "planned", "in the hours after a ceasefire", "denied by the Kremlin")


def test_disputed_may_be_true_without_saying_by_whom(write_file):
    data = july_story()
    data["events"][2]["disputed"] = True
    document = load_file(write_file(data)).document
    assert document.columns.disputed.tolist() == [True, True, True]
    assert "Status: occurred, disputed" in event_as_text(document, document.event("plain"))


def test_a_1_0_file_loads_unchanged():
    result = load_file(sample_path())
    assert result.findings == []
    assert json.loads(sample_path().read_text(encoding="utf-8"))["version"] == "1.0"
    assert not result.document.columns.conditional.any()


def test_corroboration_counts_a_source_with_the_one_it_relies_on(july):
    assert corroboration(july, july.event("deploy")) == (
        "2 citations, 1 independent source: wojna.co.pl relies on upday")


def test_reliance_through_an_intermediary_and_on_a_common_origin(write_file):
    data = july_story()
    data["sources"] += [{"id": "wire", "name": "Wire"}, {"id": "a", "name": "A", "derived_from": ["wire"]},
                        {"id": "b", "name": "B", "derived_from": ["wire"]}, {"id": "c", "name": "C"}]
    data["events"][2]["citations"] = [{"source": s, "quote": "q"} for s in ("a", "b", "c")]
    document = load_file(write_file(data)).document
    assert corroboration(document, document.event("plain")) == "3 citations, 2 independent sources"


def test_unknown_derived_from_is_a_warning_with_the_closest_id(write_file):
    data = july_story()
    data["sources"][1]["derived_from"] = ["updya"]
    result = load_file(write_file(data))
    (finding,) = result.findings
    assert (finding.severity, finding.field_path) == ("warning", "sources[1].derived_from[0]")
    assert finding.message == "unknown source 'updya' (did you mean 'upday'?)"
    assert finding.line > 0


def test_filter_on_disputed_finds_planned_events_that_are_disputed(july):
    mask = filter_mask(july, FilterSpec(statuses=frozenset({"disputed"})))
    assert np.flatnonzero(mask).tolist() == [0, 1]
    assert facet_counts(july, np.ones(3, bool))["statuses"]["disputed"] == 2
    planned = filter_mask(july, FilterSpec(statuses=frozenset({"planned"})))
    assert np.flatnonzero(planned).tolist() == [0]


def test_board_counts_disputed_events_as_disputed(july):
    from viewer.model.board import segment_tiles

    (tile,) = segment_tiles(july, np.ones(3, bool))
    assert (tile.status_mix["disputed"], tile.status_mix["planned"], tile.status_mix["occurred"]) == (2, 0, 1)


def test_detail_pane_shows_condition_dispute_borrowed_url_and_ungraded(qtbot, july):
    state = ViewState()
    state.set_document(july)
    pane = EventDetailPane(state)
    qtbot.addWidget(pane)
    state.select([0])
    text = pane.plain_text()
    for part in ("planned, disputed: denied by the Kremlin", "Condition: in the hours after a ceasefire",
                 "2 citations, 1 independent source: wojna.co.pl relies on upday",
                 "https://upday.example/story  (the source's address)", "https://wojna.example/a",
                 "B3 - usually reliable source, possibly true", "Grade: not graded"):
        assert part in text, part
    grade_lines = [line for line in text.splitlines() if line.startswith("Grade:")]
    assert len(grade_lines) == 2 and not any("-" in line.split(" - ")[0] for line in grade_lines), grade_lines


def test_tooltip_says_condition_and_dispute(july):
    lines = tooltip_lines(july, 0)
    assert "Status: planned, disputed: denied by the Kremlin" in lines
    assert "Condition: in the hours after a ceasefire" in lines
    assert tooltip_lines(july, 1)[2] == "Status: disputed"


@pytest.mark.parametrize("name", ["annex.html", "annex.md"])
def test_annex_shows_condition_dispute_reliance_and_borrowed_url(july, tmp_path, name):
    text = write_annex(july, None, tmp_path / name).read_text(encoding="utf-8")
    assert "planned, disputed: denied by the Kremlin" in text
    assert "Condition: in the hours after a ceasefire" in text
    assert "1 independent source: wojna.co.pl relies on upday" in text
    assert "upday.example/story" in text and "(the source's address)" in text
    assert "not graded" in text and "| - -" not in text


def test_inspect_shows_every_field_of_an_event(write_file, capsys):
    data = july_story()
    data["eras"] = [{"id": "talks", "label": "Talks", "when": "2025-07"}]
    data["events"][0].update(description="Advance parties first.", notes="Check with a second outlet.",
                             tags=["deployment"])
    data["events"][0]["citations"][0]["translation"] = "Within hours."
    assert main(["inspect", str(write_file(data))]) == 0
    out = capsys.readouterr().out
    for part in ("deploy: Troops deploy to Ukraine  [planned, disputed]", "condition  in the hours after a ceasefire",
                 "disputed   denied by the Kremlin", "tags       deployment", "about      Advance parties first.",
                 "notes      Check with a second outlet.", "era: Talks  Jul 2025",
                 "sources    2 citations, 1 independent source: wojna.co.pl relies on upday",
                 "quote      Within hours of a ceasefire.", "translated Within hours.",
                 "url        https://upday.example/story (the source's address)",
                 "cites      wojna.co.pl, grade not graded", "relies on upday"):
        assert part in out, part
    assert "\u201e" not in out and "\u201c" not in out  # no German quotation marks around English quotes


def test_inspect_json_has_the_new_fields(write_file, capsys):
    assert main(["inspect", "--json", str(write_file(july_story()))]) == 0
    doc = json.loads(capsys.readouterr().out)
    deploy, summit, _ = doc["events"]
    assert (deploy["condition"], deploy["disputed"]) == ("in the hours after a ceasefire", "denied by the Kremlin")
    assert summit["disputed"] is True
    assert doc["sources"][1]["derived_from"] == ["upday"]
    assert deploy["citations"][1]["grade"] == "not graded"
    assert deploy["citations"][0]["url_shown"] == "https://upday.example/story"


def test_new_fields_get_plain_messages(write_file):
    data = minimal_file(version="1.1")
    data["events"][0].update(condition="", disputed=3)
    data["sources"][0]["derived_from"] = "upday"
    messages = {f.field_path: f.message for f in load_file(write_file(data)).findings}
    assert messages["events[0].condition"].startswith("condition is the words of the condition")
    assert messages["events[0].disputed"].startswith("disputed is who disputes the event, or why")
    assert messages["sources[0].derived_from"].startswith("derived_from is a list of ids of the sources")


def _svg_texts(path) -> list[str]:
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    return [" ".join("".join(t.itertext()).split()) for t in root.iter("{http://www.w3.org/2000/svg}text")]


def test_export_key_explains_the_condition_and_dispute_marks(write_file, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1745670000")
    out = tmp_path / "key.svg"
    assert main(["export", str(write_file(july_story())), "--view", "timeline", "--out", str(out)]) == 0
    texts = _svg_texts(out)
    assert "'if': depends on a condition, given in words" in texts
    assert "'!' beside the status: also disputed" in texts
    plain = tmp_path / "plain.svg"
    data = july_story()
    for event in data["events"]:
        event.pop("condition", None)
        event.pop("disputed", None)
    assert main(["export", str(write_file(data, "plain.json")), "--view", "timeline", "--out", str(plain)]) == 0
    assert not any(t.startswith("'if'") or t.startswith("'!' beside") for t in _svg_texts(plain))


def test_timeline_draws_a_mark_after_a_conditional_event(qtbot, write_file):
    from viewer.ui.timeline import TimelineView
    from viewer.ui.timeline import styles as st

    def marks_drawn(data):
        state = ViewState()
        view = TimelineView(state)
        qtbot.addWidget(view)
        view.resize(1200, 600)
        view.show()
        qtbot.waitExposed(view)
        state.set_document(load_file(write_file(data, "t.json")).document)
        qtbot.wait(10)
        glyphs = view.current_frame().glyphs
        row = int(np.flatnonzero(glyphs.row == 0)[0])
        offsets = st.mark_offsets(glyphs.flags, glyphs.status)
        return view.grab().toImage(), not np.isnan(offsets[4][row]), not np.isnan(offsets[2][row])

    data = july_story()
    data["events"][0]["when"] = "2025-07-10"  # an open end would carry its marks off the edge
    with_marks, conditional, disputed = marks_drawn(data)
    assert conditional and disputed  # planned and disputed: the '!' beside the hollow glyph
    del data["events"][0]["condition"], data["events"][0]["disputed"]
    without, conditional, disputed = marks_drawn(data)
    assert not conditional and not disputed
    assert with_marks != without


def test_sources_and_quotes_panes_say_not_graded(qtbot, july):
    from viewer.model.quotes import all_quotes
    from viewer.ui.details import SourcesPane

    state = ViewState()
    state.set_document(july)
    pane = SourcesPane(state)
    qtbot.addWidget(pane)
    grades = {pane.source_id_at(r): pane.proxy.index(r, 2).data() for r in range(pane.proxy.rowCount())}
    assert grades == {"upday": "B \u2013 usually reliable", "wojna": "not graded"}
    assert [q.grade for q in all_quotes(july)] == ["B3", "not graded"]

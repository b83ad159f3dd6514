"""A deck leads back to its event file and views: found beside it or at its recorded path, its hash checked."""

from __future__ import annotations

import json
import shutil

import pytest

from viewer.cli.export import main as export_main
from viewer.cli.open_deck import main as open_main
from viewer.resources_path import sample_path
from viewer.story import sidecar
from viewer.story.deck_reading import DeckError, deck_offer
from viewer.story.views import SavedView, Story, StoryFile

pytest.importorskip("pptx")


@pytest.fixture
def deck(tmp_path, qapp):
    folder = tmp_path / "case"
    folder.mkdir()
    event_file = folder / "coalition.json"
    shutil.copy(sample_path(), event_file)
    sidecar.write(event_file, StoryFile([Story("Brief", (
        SavedView("Overview"), SavedView("Sky", picture="timeline", filters=(("segment", ("sky",)),))))]))
    out = folder / "brief.pptx"
    assert export_main([str(event_file), "--view", "deck", "--out", str(out), "--dpi", "40"]) == 0
    return out, event_file


def test_the_deck_finds_its_event_file_beside_it_and_lists_its_views(deck, capsys):
    out, event_file = deck
    offer = deck_offer(out)
    assert offer.located.path == event_file and offer.located.matches
    assert offer.views == [(2, "Overview"), (3, "Sky")]
    assert open_main([str(out), "--list"]) == 0
    printed = capsys.readouterr().out
    assert "is the file the deck was made from" in printed and "slide 3: Sky" in printed


def test_a_deck_moved_away_finds_the_file_at_its_recorded_path(deck, tmp_path):
    out, event_file = deck
    moved = tmp_path / "elsewhere.pptx"
    shutil.move(out, moved)
    offer = deck_offer(moved)
    assert offer.located.path == event_file.resolve() and offer.located.matches


def test_a_changed_event_file_is_said_to_have_changed(deck, capsys):
    out, event_file = deck
    data = json.loads(event_file.read_text(encoding="utf-8"))
    data["document"]["title"] = "Edited since"
    event_file.write_text(json.dumps(data), encoding="utf-8")
    offer = deck_offer(out)
    assert offer.located.path == event_file and not offer.located.matches
    assert "has changed since the deck was made" in offer.located.message
    assert open_main([str(out), "--list"]) == 3


def test_a_missing_event_file_and_a_deck_that_is_not_one_are_plain_messages(deck, tmp_path, capsys):
    out, event_file = deck
    event_file.unlink()
    assert open_main([str(out), "--list"]) == 1
    assert "coalition.json was not found beside brief.pptx" in capsys.readouterr().out
    broken = tmp_path / "broken.pptx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(DeckError, match="not a PowerPoint deck"):
        deck_offer(broken)
    assert open_main([str(broken)]) == 1
    assert "not a PowerPoint deck" in capsys.readouterr().err


def test_opening_the_deck_in_the_window_shows_the_chosen_view(deck, qtbot):
    from viewer.app.deck_opening import DeckOfferDialog, open_at_view
    from viewer.app.main_window import MainWindow

    out, event_file = deck
    window = MainWindow()
    qtbot.addWidget(window)
    offer = deck_offer(out)
    dialog = DeckOfferDialog(offer, out.name, window)
    dialog.views.setCurrentRow(1)
    assert dialog.chosen_view() == "Sky"
    assert open_at_view(window, str(offer.located.path), dialog.chosen_view())
    assert window.state.filter.segments == frozenset({"sky"})
    assert window.path == str(event_file)

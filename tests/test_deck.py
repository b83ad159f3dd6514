"""Decks of saved views: PowerPoint and PDF read back, their sources, their links, their bytes."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from image_approval import assert_approved
from PySide6.QtGui import QImage

from viewer.cli.export import main as export_main
from viewer.model import board as board_model
from viewer.model.loader import load_file
from viewer.model.synthetic import synthetic_document
from viewer.resources_path import sample_path
from viewer.story import sidecar
from viewer.story.links import content_hash, read_link
from viewer.story.views import SavedView, Story, StoryFile, parse_time

pptx = pytest.importorskip("pptx")
CAVEAT = "UNCLASSIFIED // FOR TRAINING"


def sample_story() -> Story:
    return Story("US guarantees", (
        SavedView("Overview", caption="Four segments, one open question"),
        SavedView("The busy week", caption="Everything turns on late April", picture="timeline",
                  start=parse_time("2025-04-20"), end=parse_time("2025-04-28"), selected=("telegraph-report",)),
        SavedView("Sky", title="The sky segment", picture="timeline", filters=(("segment", ("sky",)),),
                  lanes="actor"),
        SavedView("Where", caption="Where the coalition meets", picture="map"),
        SavedView("Who does what", picture="board", filters=(("status", ("planned",)),)),
    ))


def busy_story() -> Story:
    return Story("Busy", (
        SavedView("Everything"),
        SavedView("Cyber", picture="timeline", filters=(("segment", ("cyber",)),)),
        SavedView("One year", picture="timeline", start=parse_time("2010-01-01"), end=parse_time("2011-01-01")),
        SavedView("Planned", picture="board", filters=(("status", ("planned",)),)),
        SavedView("Map of sea", picture="map", filters=(("segment", ("sea",)),)),
    ))


@pytest.fixture
def sample_deck_file(tmp_path):
    target = tmp_path / "coalition.json"
    shutil.copy(sample_path(), target)
    sidecar.write(target, StoryFile([sample_story()]))
    return target


@pytest.fixture
def busy_file(tmp_path):
    target = tmp_path / "busy.json"
    target.write_text(json.dumps(synthetic_document(400, shape="datetimes")), encoding="utf-8")
    sidecar.write(target, StoryFile([busy_story()]))
    return target


def export(event_file, out, *options):
    code = export_main([str(event_file), "--view", "deck", "--out", str(out), *options])
    assert code == 0
    return out


def expected_sources(document, view: SavedView) -> set[str]:
    """The names of the sources cited by the events a view shows (filter, and range where one is set)."""
    from viewer.model.filters import filter_mask
    from viewer.story.restore import resolve

    mask = filter_mask(document, resolve(view, document).filter)
    if view.has_range:
        mask = board_model.overlaps(document, mask, view.start, view.end)
    names = set()
    for row in np.flatnonzero(mask).tolist():
        for citation in document.events[row].citations:
            names.add(document.source(citation.source).name)
    return names


def listed_sources(notes: str, document) -> set[str]:
    """The names of the sources the notes head a paragraph with: "Name (kind) · reliability ..."."""
    return {line.split(" \u00b7 reliability ")[0].rsplit(" (", 1)[0] for line in notes.splitlines()
            if " \u00b7 reliability " in line and not line.startswith(" ")}


@pytest.mark.parametrize("which", ["sample", "busy"])
def test_pptx_has_a_slide_per_view_with_title_picture_banner_and_the_sources_in_its_notes(
        which, sample_deck_file, busy_file, tmp_path, qapp):
    event_file = sample_deck_file if which == "sample" else busy_file
    story = sample_story() if which == "sample" else busy_story()
    out = export(event_file, tmp_path / "deck.pptx", "--caveat", CAVEAT, "--dpi", "120")
    document = load_file(event_file).document
    deck = pptx.Presentation(str(out))
    slides = list(deck.slides)
    assert len(slides) >= 1 + 5 + 1
    assert slides[0].shapes.title.text == story.name
    assert [s.shapes.title.text for s in slides[1:6]] == [v.title or v.name for v in story.views]
    assert slides[6].shapes.title.text == "Sources"
    assert deck.slide_width / deck.slide_height == pytest.approx(16 / 9, rel=1e-3)
    for slide in slides:
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        assert texts.count(CAVEAT) == 2, "banner at the top and the bottom of every slide"
    sha = content_hash(event_file)
    for slide, view in zip(slides[1:6], story.views):
        pictures = [shape for shape in slide.shapes if shape.shape_type == 13]
        assert len(pictures) == 1
        image = QImage.fromData(pictures[0].image.blob)
        assert (image.width(), image.height()) == (round(12.533 * 120), round(5.28 * 120))
        notes = slide.notes_slide.notes_text_frame.text
        assert listed_sources(notes, document) == expected_sources(document, view), view.name
        link = read_link(notes)
        assert (link.view, link.file_name, link.sha256) == (view.name, event_file.name, sha)
    if which == "sample":
        sky = slides[3].notes_slide.notes_text_frame.text
        assert "\u201cDie \u00dcberwachung des Luftraums" in sky, "the quotes verbatim"
        assert "grade C3" in sky and "Chas Pravdy (newspaper)" in sky


def test_four_by_three_decks_and_the_caption_on_the_slide(sample_deck_file, tmp_path, qapp):
    out = export(sample_deck_file, tmp_path / "deck.pptx", "--size", "4:3", "--dpi", "60")
    deck = pptx.Presentation(str(out))
    assert deck.slide_width / deck.slide_height == pytest.approx(4 / 3, rel=1e-3)
    overview = list(deck.slides)[1]
    assert "Four segments, one open question" in [s.text_frame.text for s in overview.shapes if s.has_text_frame]


def test_the_pdf_deck_has_a_page_per_slide_with_selectable_text(sample_deck_file, tmp_path, qapp):
    from pypdf import PdfReader

    out = export(sample_deck_file, tmp_path / "deck.pdf", "--caveat", CAVEAT)
    reader = PdfReader(str(out))
    assert len(reader.pages) == 7
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]  # Qt spaces words with tabs
    assert all(CAVEAT in text for text in texts)
    assert "US guarantees" in texts[0]
    assert "The busy week" in texts[2] and "Everything turns on late April" in texts[2]
    assert "The sky segment" in texts[3]
    assert "Sources" in texts[6] and "The Telegraph" in texts[6] and "Chas Pravdy" in texts[6]
    width, height = (float(v) for v in reader.pages[1].mediabox[2:])
    assert width / height == pytest.approx(16 / 9, rel=1e-3)


@pytest.mark.parametrize("suffix", [".pptx", ".pdf"])
def test_the_same_file_makes_the_same_deck_byte_for_byte(sample_deck_file, tmp_path, suffix, qapp):
    first = export(sample_deck_file, tmp_path / f"a{suffix}", "--dpi", "60").read_bytes()
    second = export(sample_deck_file, tmp_path / f"b{suffix}", "--dpi", "60").read_bytes()
    assert first == second


def test_a_changed_event_file_re_renders_each_view_and_a_vanished_event_is_a_note(sample_deck_file, tmp_path,
                                                                                  qapp, capsys):
    data = json.loads(sample_deck_file.read_text(encoding="utf-8"))
    data["events"] = [e for e in data["events"] if e["id"] != "telegraph-report"]
    sample_deck_file.write_text(json.dumps(data), encoding="utf-8")
    out = export(sample_deck_file, tmp_path / "deck.pptx", "--dpi", "60")
    err = capsys.readouterr().err
    assert "view 'The busy week': note: selected event 'telegraph-report' is no longer in the file" in err
    slides = list(pptx.Presentation(str(out)).slides)
    notes = slides[2].notes_slide.notes_text_frame.text
    assert "Note: selected event 'telegraph-report' is no longer in the file." in notes
    assert read_link(notes).sha256 == content_hash(sample_deck_file)
    assert "The Telegraph reports on guarantees" not in notes


def test_no_sidecar_or_no_such_story_is_a_clear_message(tmp_path, capsys):
    target = tmp_path / "coalition.json"
    shutil.copy(sample_path(), target)
    assert export_main([str(target), "--view", "deck", "--out", str(tmp_path / "d.pptx")]) == 1
    assert "coalition.json.views.json does not exist" in capsys.readouterr().err
    sidecar.write(target, StoryFile([sample_story()]))
    assert export_main([str(target), "--view", "deck", "--story", "Other", "--out", str(tmp_path / "d.pptx")]) == 1
    assert "no story named 'Other' (stories: 'US guarantees')" in capsys.readouterr().err
    assert not (tmp_path / "d.pptx").exists()
    assert export_main([str(target), "--view", "deck", "--out", str(tmp_path / "d.png")]) == 2
    assert "the deck view is written as .pptx, .pdf" in capsys.readouterr().err


@pytest.fixture
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1752148800")
    monkeypatch.setenv("TZ", "UTC")


@pytest.mark.parametrize("number, name", [(3, "deck-slide-busy-week"), (7, "deck-slide-sources")])
def test_slides_match_their_approved_images(number, name, sample_deck_file, fixed_time, approve, qapp):
    from viewer.cli.gui import make_application
    from viewer.export.deck import DeckOptions, build_deck
    from viewer.export.deck_pdf import page_image

    make_application([])
    document = load_file(sample_deck_file).document
    deck = build_deck(document, sample_story(), DeckOptions(caveat=CAVEAT, dpi=60))
    assert_approved(page_image(deck, document, number), name, approve)


def test_the_slide_picture_is_the_page_renderers(sample_deck_file, fixed_time, qapp):
    """The PNG on a slide is what lagebild export draws for the same view, without its title block."""
    from viewer.cli.gui import make_application
    from viewer.export.deck import DeckOptions, build_deck
    from viewer.export.render import render_image

    make_application([])
    document = load_file(sample_deck_file).document
    deck = build_deck(document, sample_story(), DeckOptions(dpi=60))
    slide = deck.slides[2]
    drawn = render_image(slide.spec, document)
    assert QImage.fromData(slide.png) == drawn.convertToFormat(QImage.fromData(slide.png).format())

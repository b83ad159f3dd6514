"""On every exported page no two labels overlap and none is cut by its panel or the page.

The boxes come from painting each page as the export does (render.drawn_labels): timeline
titles and key numbers, the key, the context strip, the legend, the map's labels and furniture,
and the pages that continue a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.model.label_layout import overlapping_pairs
from viewer.resources_path import sample_path

JULY = Path(__file__).parent / "data" / "coalition-july-2025.json"
SIZES = ("slide", "4:3", "a4", "a4-portrait", "letter", "letter-portrait")
THEMES = ("light", "dark", "print")
SLACK = 0.75  # page units: antialiasing and rounding


@pytest.fixture(scope="module")
def documents():
    from viewer.model.loader import load_file

    return {"sample": load_file(sample_path()).document, "july": load_file(JULY).document}


def page_spec(size: str, theme: str, view: str = "page", **options):
    from viewer.export.page import PageSpec
    from viewer.output.sizes import default_dpi, parse_size

    # Page units follow the shape alone (export.page.PageSpec.scale), so a low dpi lays out the same
    # page as the default one, in less time.
    dpi = min(default_dpi(size), 60)
    width, height, paper = parse_size(size, dpi)
    return PageSpec(view=view, width_px=width, height_px=height, dpi=dpi, theme=theme, paper=paper,
                    caveat="UNCLASSIFIED // FOR TRAINING", **options)


def problems(boxes) -> list[str]:
    found = []
    pages = sorted({t.page for t in boxes.texts}) or [1]
    for number in pages:
        texts = boxes.on_page(number)
        rects = [(t.box.left(), t.box.top(), t.box.right(), t.box.bottom()) for t in texts]
        for i, j in overlapping_pairs(rects, tolerance=SLACK):
            found.append(f"page {number}: {texts[i].kind} {texts[i].text!r} overlaps {texts[j].kind} {texts[j].text!r}")
        for t in texts:
            for frame, name in ((t.panel, "its panel"), (boxes.page, "the page")):
                if not frame.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(t.box):
                    found.append(f"page {number}: {t.kind} {t.text!r} at {t.box} is cut by {name} {frame}")
    return found


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("story", ["sample", "july"])
def test_labels_on_every_page_are_whole_and_apart(qapp, documents, story, size, theme):
    from viewer.export.render import drawn_labels

    boxes = drawn_labels(page_spec(size, theme), documents[story])
    kinds = {t.kind for t in boxes.texts}
    assert "timeline" in kinds and "legend" in kinds and any(k.startswith("map") for k in kinds)
    assert "lane header" in kinds and "era" in kinds
    assert problems(boxes) == []
    # every lane's name whole in its header (on one or two lines), every era's name whole
    headers = [t for t in boxes.texts if t.kind == "lane header"]
    written = " ".join(t.text for t in headers)
    lanes = documents[story].segments
    assert all(segment.label in written or _wrapped(segment.label, headers) for segment in lanes)
    assert not any(t.text.endswith("\u2026") for t in boxes.texts if t.kind in ("lane header", "era"))
    eras = {t.text for t in boxes.texts if t.kind == "era"}
    assert eras <= {era.label for era in documents[story].eras}


def _wrapped(name: str, headers) -> bool:
    """The name written on two lines, one after the other."""
    lines = [t.text for t in headers if t.whole == name]
    return " ".join(lines) == name


def test_a_key_that_runs_over_continues_on_further_pdf_pages(qapp, tmp_path):
    import json

    from viewer.export.render import drawn_labels
    from viewer.model.loader import load_file

    segments = [{"id": f"s{j}", "label": f"Segment {j}"} for j in range(6)]
    title = "Coordination meeting number {} of the coalition planners about logistics and air policing"
    events = [{"id": f"e{i}", "title": title.format(i), "when": "2025-07-10", "segments": [f"s{i % 6}"]}
              for i in range(120)]
    events.append({"id": "early", "title": "Start", "when": "2024-01-01", "segments": ["s0"]})
    path = tmp_path / "crowded.json"
    path.write_text(json.dumps({"format": "lagebild-events", "version": "1.0", "document": {"title": "Crowded"},
                                "segments": segments, "events": events}))
    document = load_file(path).document
    spec = page_spec("slide", "light", view="timeline", range="all")
    picture = drawn_labels(spec, document)
    pdf = drawn_labels(spec, document, pages=True)
    numbers = {t.text for t in pdf.texts if t.kind == "timeline" and t.text.isdigit()}
    assert len(numbers) > 20
    pages = {t.page for t in pdf.texts}
    assert max(pages) >= 2
    running = [t.text for t in pdf.texts if t.kind == "running"]
    assert running and all(r.startswith("Crowded \u00b7 continued, page ") for r in running)
    keyed = " ".join(t.text for t in pdf.texts if t.kind in ("key", "more"))
    for number in numbers:  # every number on the timeline has its line, on the first page or a later one
        assert f"{number} \u00b7 10 Jul 2025 \u00b7 Coordination meeting" in keyed, number
    assert problems(pdf) == []
    # a picture cannot continue: its last key line says where the rest is
    assert any("further pages of a PDF export" in t.text for t in picture.texts if t.kind == "key")

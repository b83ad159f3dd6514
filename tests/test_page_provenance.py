"""Provenance on the page: the strongest quotes, verbatim and graded, and the analyst notes as assessment."""

from __future__ import annotations

import numpy as np

from tests.conftest import minimal_file
from viewer.resources_path import sample_path


def _sample():
    from viewer.model.loader import load_file

    return load_file(sample_path()).document


def _spec(**options):
    from viewer.export.page import PageSpec

    return PageSpec(view="page", **options)


def test_quotes_are_the_strongest_by_grade_given_verbatim_with_who_where_when():
    from viewer.export.provenance import strongest_quotes
    from viewer.model.citations import grade_parts, grade_short, grade_sort_key, one_line

    document = _sample()
    everything = np.ones(len(document.events), bool)
    chosen = strongest_quotes(document, everything, 4)
    assert len(chosen) == 4
    cited = [(grade_sort_key(*grade_parts(document.source(c.source), c)), c, e)
             for e in (document.events[r] for r in range(len(document.events))) for c in e.citations if c.quote]
    best = min(key for key, _, _ in cited)
    worst_shown = max(key for key, c, _ in cited if f"\u201c{one_line(c.quote)[:40]}" in " ".join(chosen))
    assert worst_shown <= sorted(key for key, _, _ in cited)[3]  # none weaker than the fourth strongest
    key, citation, event = next(item for item in cited if item[0] == best)
    text = next(t for t in chosen if one_line(citation.quote)[:40] in t)
    assert text.startswith("\u201c" + one_line(citation.quote)[:40])  # verbatim, as written
    assert document.source(citation.source).name in text
    assert f"grade {grade_short(*grade_parts(document.source(citation.source), citation))}" in text
    assert one_line(event.title) in text


def test_the_page_carries_quotes_and_notes_and_a_pdf_continues_with_every_note(qapp):
    from viewer.export.provenance import NOTES_HEADING, QUOTES_HEADING
    from viewer.export.render import drawn_labels

    document = _sample()
    page = drawn_labels(_spec(), document)
    texts = [t.text for t in page.texts if t.kind == "provenance"]
    assert QUOTES_HEADING in texts
    assert any("further pages of a PDF export" in t for t in texts)  # 18 long notes do not fit one page
    pdf = drawn_labels(_spec(), document, pages=True)
    assert NOTES_HEADING in {t.text for t in pdf.texts} | {t.text.removesuffix(" (continued)") for t in pdf.texts}
    assert max(t.page for t in pdf.texts) >= 2
    written = " ".join(t.text for t in pdf.texts if t.kind in ("provenance", "more"))
    for event in (document.events[r] for r in range(len(document.events))):
        if event.notes:
            assert " ".join(event.notes.split()[:6]) in written, event.id
    assert not any("further pages of a PDF export" in t.text for t in pdf.texts)


def test_quotes_and_notes_can_be_left_out(qapp):
    from viewer.export.render import drawn_labels

    boxes = drawn_labels(_spec(quotes=0, show_notes=False), _sample())
    assert not [t for t in boxes.texts if t.kind == "provenance"]


def test_cli_options(tmp_path):
    from viewer.cli.export import _parse

    base = [str(sample_path()), "--view", "page", "--out", str(tmp_path / "p.png")]
    args = _parse(base)
    assert (args.quotes, args.notes) == (3, True)
    args = _parse(base + ["--quotes", "0", "--no-notes"])
    assert (args.quotes, args.notes) == (0, False)


def test_annex_lists_analyst_notes_and_conditions_even_without_a_quote(tmp_path):
    import json

    from viewer.model.loader import load_file
    from viewer.output.annex import annex_entries, render_html, render_markdown

    data = minimal_file(events=[
        {"id": "doubt", "title": "Attribution of the statement", "when": "2025-04-26",
         "notes": "The attribution to the minister is doubtful: no second outlet names him."},
        {"id": "after", "title": "Air policing", "when": "2025-07-10", "condition": "after a ceasefire"},
        {"id": "plain", "title": "Nothing to say", "when": "2025-07-11"},
    ])
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(data))
    document = load_file(path).document
    entries = annex_entries(document, None)
    assert [e.event.id for e in entries] == ["doubt", "after"]
    html, markdown = render_html(document, entries, "notes.json"), render_markdown(document, entries, "notes.json")
    for text in (html, markdown):
        assert "Analyst note (assessment, not reporting)" in text
        assert "no second outlet names him" in text
        assert "Condition: after a ceasefire" in text
        assert "1 analyst note" in text

"""The detail panes show file text literally, open only web links on a click,
and lead from sources and quotes to their events."""

import numpy as np
import pytest
from conftest import minimal_file
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor

from viewer.model.citations import citation_as_text, event_as_text
from viewer.model.loader import load_file
from viewer.model.quotes import all_quotes
from viewer.resources_path import sample_path
from viewer.state import ViewState
from viewer.ui.details import EventDetailPane, QuotesPane, SourcesPane

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<style>body{}</style>",
    "<script>alert(1)</script>",
    "\u202eevil",
    "before\x00after",
    "<b>bold?</b> &amp; <!-- comment --> <table><tr><td>cell</td></tr></table>",
]
BIG = "x" * 1_000_000


@pytest.fixture
def sample():
    return load_file(sample_path()).document


def make_state(document):
    state = ViewState()
    state.set_document(document)
    return state


def make_pane(qtbot, cls, document):
    state = make_state(document)
    pane = cls(state)
    qtbot.addWidget(pane)
    pane.resize(520, 900)
    pane.show()
    return state, pane


def fragments(document):
    block = document.begin()
    while block.isValid():
        for position in block:
            yield position.fragment()
        block = block.next()


def anchors(document):
    return [f.charFormat().anchorHref() for f in fragments(document) if f.charFormat().isAnchor()]


def images(document):
    return [f for f in fragments(document) if f.charFormat().isImageFormat()]


def hostile_document(write_file, url="javascript:alert(1)"):
    data = minimal_file()
    data["document"]["title"] = "<script>alert('title')</script>"
    data["sources"][0]["name"] = "<img src=x>Publisher"
    data["events"] = [{
        "id": "bad", "title": "<h1>Title</h1><img src=http://example.org/t.png>", "when": "2025-03-15",
        "description": "<iframe src=https://example.org></iframe>", "notes": "<marquee>note</marquee>",
        "citations": [{"source": "tg", "quote": q, "translation": "<i>t</i>", "speaker": "<u>s</u>",
                       "url": url, "location": "<p>loc</p>", "credibility": 2} for q in HOSTILE]
        + [{"source": "tg", "quote": BIG, "url": "https://example.org/ok", "credibility": 3}],
    }]
    return load_file(write_file(data)).document


@pytest.fixture
def opened(monkeypatch):
    calls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url.toString()) or True)
    return calls


def position_of(pane, text):
    cursor = pane.document().find(text)
    assert not cursor.isNull(), text
    return cursor


def click_text(qtbot, pane, text):
    """Click the middle of the first occurrence of text in the pane."""
    cursor = position_of(pane, text)
    middle = QTextCursor(pane.document())
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    pane.browser.setTextCursor(middle)
    pane.browser.ensureCursorVisible()
    point = pane.browser.cursorRect(middle).center()
    qtbot.mouseClick(pane.browser.viewport(), Qt.LeftButton, pos=point)


# -- the event pane -----------------------------------------------------------------
def test_shows_every_sample_quote_verbatim(qtbot, sample):
    state, pane = make_pane(qtbot, EventDetailPane, sample)
    for row, event in enumerate(sample.events):
        state.select([row])
        text = pane.plain_text()
        assert event.title in text
        for citation in event.citations:
            assert citation.quote in text
            if citation.translation:
                assert citation.translation in text
        assert not images(pane.document())


def test_shows_event_facts_grade_and_corroboration(qtbot, write_file):
    data = minimal_file()
    data["sources"].append({"id": "ap", "name": "Associated Press", "kind": "agency", "reliability": "A"})
    data["events"][0]["notes"] = "Check the date."
    data["events"][0]["citations"] += [
        {"source": "ap", "quote": "Second.", "speaker": "Jane Doe", "speaker_role": "spokeswoman",
         "published": "2025-03-16", "accessed": "2025-04-01", "location": "para 3", "credibility": 1},
        {"source": "tg", "quote": "Third.", "credibility": 4}]
    document = load_file(write_file(data)).document
    state, pane = make_pane(qtbot, EventDetailPane, document)
    assert "No event selected" in pane.plain_text()
    state.select([0])
    text = pane.plain_text()
    for part in ("Meeting", "15 Mar 2025", "EDTF 2025-03-15", "2025-03-15T00:00:00Z", "Kyiv", "United Kingdom",
                 "Sky", "Analyst note", "Check the date.", "3 citations, 2 independent sources",
                 "B2 - usually reliable source, probably true", "A1 - completely reliable source, confirmed",
                 "B4 - usually reliable source, doubtful", "Jane Doe, spokeswoman", "Associated Press",
                 "16 Mar 2025", "1 Apr 2025", "para 3"):
        assert part in text, part
    assert text.index("Analyst note") < text.index("Es wurde verhandelt.")


def test_hostile_text_renders_literally_without_links_or_images(qtbot, write_file, opened):
    document = hostile_document(write_file)
    state, pane = make_pane(qtbot, EventDetailPane, document)
    state.select([0])
    text = pane.plain_text()
    for quote in HOSTILE:
        assert quote.replace("\x00", "\u2400") in text
    assert "\x00" not in text
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in text  # the reader is told why a line reads backwards
    for part in ("<h1>Title</h1><img src=http://example.org/t.png>", "<iframe src=https://example.org></iframe>",
                 "<marquee>note</marquee>", "<img src=x>Publisher", "<i>t</i>", "<u>s</u>", "<p>loc</p>",
                 "javascript:alert(1)"):
        assert part in text, part
    assert anchors(pane.document()) == ["https://example.org/ok"]
    assert not images(pane.document())
    assert opened == []  # rendering opens nothing


def test_million_character_quote_is_cut_short_with_a_way_to_read_it_all(qtbot, write_file):
    document = hostile_document(write_file)
    state, pane = make_pane(qtbot, EventDetailPane, document)
    state.select([0])
    text = pane.plain_text()
    assert len(text) < 50_000
    assert "\u2026 (show all 1,000,000 characters)" in text
    assert pane.full_text_button.isVisibleTo(pane)
    click_text(qtbot, pane, "show all 1,000,000 characters")
    dialog = pane.full_text_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.editor.toPlainText() == BIG
    assert dialog.editor.isReadOnly()


def test_refused_link_opens_nothing_and_says_why(qtbot, write_file, opened):
    document = hostile_document(write_file)
    state, pane = make_pane(qtbot, EventDetailPane, document)
    state.select([0])
    messages = []
    pane.commands.message.connect(messages.append)
    for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "mailto:a@example.org"):
        pane.browser.anchorClicked.emit(QUrl(url))
    assert opened == []
    assert len(messages) == 4
    assert messages[0].startswith("Refused to open link with scheme 'javascript:'")
    assert "'file:'" in messages[1] and "'data:'" in messages[2] and "'mailto:'" in messages[3]
    click_text(qtbot, pane, "javascript:alert(1)")  # shown as text, so clicking does nothing
    assert opened == []


def test_web_link_opens_only_on_click(qtbot, write_file, opened):
    data = minimal_file()
    data["events"][0]["citations"][0]["url"] = "https://example.org/story?id=1"
    state, pane = make_pane(qtbot, EventDetailPane, load_file(write_file(data)).document)
    state.select([0])
    assert opened == []
    assert anchors(pane.document()) == ["https://example.org/story?id=1"]
    click_text(qtbot, pane, "https://example.org/story?id=1")
    assert opened == ["https://example.org/story?id=1"]


def test_browser_never_loads_resources(qtbot, sample):
    state, pane = make_pane(qtbot, EventDetailPane, sample)
    assert pane.browser.loadResource(2, QUrl("https://example.org/x.png")) is None
    assert pane.browser.loadResource(2, QUrl("file:///etc/passwd")) is None
    assert not pane.browser.openLinks() and not pane.browser.openExternalLinks()


def test_copy_citation_and_event_put_plain_text_on_the_clipboard(qtbot, sample):
    state, pane = make_pane(qtbot, EventDetailPane, sample)
    row = int(np.argmax(sample.columns.citation_count))
    event = sample.events[row]
    assert len(event.citations) >= 2
    state.select([row])
    # the text cursor sits in the second citation: the button copies that one
    cursor = position_of(pane, event.citations[1].quote[:30])
    pane.browser.setTextCursor(cursor)
    qtbot.mouseClick(pane.copy_citation_button, Qt.LeftButton, pos=QPoint(10, 10))
    assert QGuiApplication.clipboard().text() == citation_as_text(sample, event, event.citations[1])
    pane.copy_citation(0)
    assert QGuiApplication.clipboard().text() == citation_as_text(sample, event, event.citations[0])
    qtbot.mouseClick(pane.copy_event_button, Qt.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == event_as_text(sample, event)
    assert all(c.quote in copied for c in event.citations)


def test_several_selected_events_list_and_choose(qtbot, sample):
    state, pane = make_pane(qtbot, EventDetailPane, sample)
    state.select([0, 1, 2])
    assert pane.selection_view.isVisible()
    assert pane.selection_model.rowCount() == 3
    index = pane.selection_model.index(2)
    assert sample.events[2].title in index.data()
    rect = pane.selection_view.visualRect(index)
    qtbot.mouseClick(pane.selection_view.viewport(), Qt.LeftButton, pos=rect.center())
    assert state.current == 2
    assert sample.events[2].title in pane.plain_text()
    state.select([1])
    assert not pane.selection_view.isVisible()


# -- sources and quotes ----------------------------------------------------------------
def test_sources_pane_counts_highlights_and_filters(qtbot, sample):
    state, pane = make_pane(qtbot, SourcesPane, sample)
    proxy = pane.proxy
    assert proxy.rowCount() == len(sample.sources)
    by_id = {}
    for r in range(proxy.rowCount()):
        by_id[pane.source_id_at(r)] = [proxy.index(r, c).data() for c in range(5)]
    quotes = sum(1 for e in sample.events for c in e.citations if c.source == "chas-pravdy")
    events = sum(1 for e in sample.events if any(c.source == "chas-pravdy" for c in e.citations))
    assert by_id["chas-pravdy"][0] == "Chas Pravdy"
    assert by_id["chas-pravdy"][2] == "C \u2013 fairly reliable"
    assert by_id["chas-pravdy"][3:] == [str(quotes), str(events)]
    assert by_id["the-telegraph"][2].startswith("B")
    # most quoted first, and sorting by name works
    assert pane.source_id_at(0) == "chas-pravdy"
    pane.table.sortByColumn(0, Qt.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)

    messages = []
    pane.commands.message.connect(messages.append)
    telegraph = next(r for r in range(proxy.rowCount()) if pane.source_id_at(r) == "the-telegraph")
    pane.table.setCurrentIndex(proxy.index(telegraph, 0))
    expected = [i for i, e in enumerate(sample.events) if any(c.source == "the-telegraph" for c in e.citations)]
    assert state.highlighted.tolist() == expected
    assert messages and "The Telegraph" in messages[-1]
    rect = pane.table.visualRect(proxy.index(telegraph, 0))
    qtbot.mouseClick(pane.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert state.filter.sources == frozenset({"the-telegraph"})
    assert np.flatnonzero(state.visible).tolist() == expected
    # the keyboard does the same: Enter on a source
    chas = next(r for r in range(proxy.rowCount()) if pane.source_id_at(r) == "chas-pravdy")
    pane.table.setCurrentIndex(proxy.index(chas, 0))
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key_Return)
    assert state.filter.sources == frozenset({"chas-pravdy"})


def test_quotes_pane_search_count_sort_and_jump(qtbot, sample):
    state, pane = make_pane(qtbot, QuotesPane, sample)
    total = sum(len(e.citations) for e in sample.events)
    assert pane.count_label.text() == f"{total} of {total} quotes"
    qtbot.keyClicks(pane.search, "sunak")
    expected = [q for q in all_quotes(sample)
                if "sunak" in "\n".join((q.quote, q.translation, q.speaker, q.publisher)).casefold()]
    assert 0 < len(expected) < total
    assert pane.model.rowCount() == len(expected)
    assert pane.count_label.text() == f"{len(expected)} of {total} quotes"
    pane.search.clear()
    assert pane.model.rowCount() == total

    pane.table.sortByColumn(4, Qt.AscendingOrder)  # grade
    grades = [pane.model.index(r, 4).data() for r in range(total)]
    keys = {q.grade: q.grade_key for q in all_quotes(sample)}
    assert [keys[g] for g in grades] == sorted(keys[g] for g in grades)
    assert grades[0] != grades[-1]
    pane.table.sortByColumn(2, Qt.AscendingOrder)  # speaker: named speakers first, alphabetical
    speakers = [pane.model.index(r, 2).data() for r in range(total)]
    named = [s for s in speakers if s]
    assert speakers[:len(named)] == sorted(named, key=str.casefold)

    requested = []
    pane.commands.show_details.connect(lambda: requested.append(True))
    index = pane.model.index(3, 1)
    rect = pane.table.visualRect(index)
    qtbot.mouseClick(pane.table.viewport(), Qt.LeftButton, pos=rect.center())
    row = index.data(Qt.UserRole + 12)
    assert state.selected.tolist() == [row] and state.current == row
    assert requested


def test_quote_cells_are_one_line_of_plain_text(qtbot, write_file):
    state, pane = make_pane(qtbot, QuotesPane, hostile_document(write_file))
    texts = [pane.model.index(r, 1).data() for r in range(pane.model.rowCount())]
    assert "<img src=x onerror=alert(1)>" in texts
    assert any(t.startswith("before\u2400after") for t in texts)
    assert max(len(t) for t in texts) <= 301


def test_quote_table_of_a_large_file_makes_rows_only_for_what_is_shown(qtbot, tmp_path, monkeypatch):
    from viewer.model.synthetic import write_synthetic
    from viewer.ui.details import quote_table

    path = tmp_path / "big.json"
    write_synthetic(path, 200_000)  # one quote per event
    document = load_file(path).document
    made = []
    real = quote_table.quote_row
    monkeypatch.setattr(quote_table, "quote_row", lambda *args: made.append(args[-1]) or real(*args))
    state, pane = make_pane(qtbot, QuotesPane, document)
    model = pane.model
    assert model.rowCount() == 200_000
    assert pane.count_label.text() == "200,000 of 200,000 quotes"
    assert 0 < len(made) < 200  # the rows on screen, not one per quote

    pane.table.sortByColumn(4, Qt.DescendingOrder)  # grade, weakest first
    grades = [model.index(r, 4).data() for r in range(50)] + [model.index(199_999, 4).data()]
    assert grades[0].startswith("F") and grades[-1] == "A1"
    qtbot.keyClicks(pane.search, "event 1999")
    expected = {f"Quote for event {i}." for i in range(200_000) if "1999" in str(i)}
    assert model.rowCount() == len(expected) and pane.count_label.text() == f"{len(expected)} of 200,000 quotes"
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == expected
    assert len(made) < 600

"""The sources annex lists every quote literally, links only web addresses,
is written atomically and never over the event file it comes from."""

import html
import os
import re
from html.parser import HTMLParser

import numpy as np
import pytest
from conftest import minimal_file

from viewer.model.filters import FilterSpec
from viewer.model.loader import load_file
from viewer.output.annex import annex_main, write_annex
from viewer.resources_path import sample_path

HOSTILE_QUOTES = [
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "<script>alert(1)</script>",
    "<style>body{display:none}</style>",
    "[link](javascript:alert(1)) ![img](http://example.org/x.png) <http://example.org>",
    "# heading\n- item\n1. numbered\n    code\n> nested\n| a | b |\n---",
    "*bold* _it_ `code` \\escaped &amp; &lt;entity&gt;",
    "\u202eevil",
]


class Reader(HTMLParser):
    """Collects what a browser would: tags, hrefs, srcs and the text of blockquotes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.hrefs, self.blockquotes = [], [], []
        self._in_quote = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if "href" in attrs:
            self.hrefs.append((attrs["href"], attrs.get("rel")))
        if tag == "blockquote":
            self._in_quote = True
            self.blockquotes.append("")

    def handle_endtag(self, tag):
        if tag == "blockquote":
            self._in_quote = False

    def handle_data(self, data):
        if self._in_quote:
            self.blockquotes[-1] += data


def read_html(text):
    reader = Reader()
    reader.feed(text)
    return reader


def markdown_quotes(text):
    """The quotes of a Markdown annex, unescaped as a CommonMark reader would."""
    quotes, current = [], None
    for line in text.split("\n"):
        if line.startswith(">"):
            current = [] if current is None else current
            current.append(line[2:] if line.startswith("> ") else "")
        elif current is not None:
            quotes.append("\n".join(current))
            current = None
    return [html.unescape(re.sub(r"\\(.)", r"\1", q)) for q in quotes]


@pytest.fixture
def sample():
    return load_file(sample_path()).document


@pytest.fixture
def hostile(write_file):
    data = minimal_file()
    data["document"]["title"] = "<script>alert('title')</script>"
    data["sources"][0]["name"] = "<img src=x>Publisher"
    data["events"] = [{
        "id": "bad", "title": "<img src=x onerror=alert(2)>", "when": "2025-03-15",
        "citations": [{"source": "tg", "quote": q, "speaker": "<b>speaker</b>", "url": url, "credibility": 2}
                      for q, url in zip(HOSTILE_QUOTES, ["javascript:alert(1)", "data:text/html,<b>x</b>",
                                                         "https://example.org/a?b=1&c=<2>", "file:///etc/passwd",
                                                         "https://example.org/(x)", None, None, None])],
    }]
    return load_file(write_file(data)).document


def test_html_annex_lists_every_sample_quote_in_time_order(sample, tmp_path):
    out = write_annex(sample, None, tmp_path / "annex.html")
    text = out.read_text(encoding="utf-8")
    page = read_html(text)
    rows = sorted((i for i, e in enumerate(sample.events) if e.citations),
                  key=lambda i: (sample.columns.start_lo[i], sample.events[i].id))
    expected = [c.quote for i in rows for c in sample.events[i].citations]
    assert page.blockquotes == expected
    assert sample.info.title in html.unescape(text)
    assert "Generated " in text and " UTC from coalition-guarantees-2025.json" in text
    for i in rows:
        assert html.escape(sample.events[i].title) in text
    assert "C2 - fairly reliable source, probably true" in text
    assert not {"script", "img", "iframe", "link", "object"} & set(page.tags)
    assert "src=" not in text and "@import" not in text and "url(" not in text


def test_markdown_annex_lists_every_sample_quote(sample, tmp_path):
    out = write_annex(sample, None, tmp_path / "annex.md")
    text = out.read_text(encoding="utf-8")
    quotes = [q for q in markdown_quotes(text)]
    translations = [c.translation for e in sample.events for c in e.citations if c.translation]
    expected = [c.quote for e in sample.events for c in e.citations]
    assert sorted(q for q in quotes if q not in translations) == sorted(expected)


def test_html_annex_escapes_hostile_content(hostile, tmp_path):
    text = write_annex(hostile, None, tmp_path / "annex.html").read_text(encoding="utf-8")
    page = read_html(text)
    assert "<img" not in text and "<script" not in text and "<style>body" not in text
    assert not {"script", "img", "iframe", "object"} & set(page.tags)
    assert page.blockquotes == HOSTILE_QUOTES
    hrefs = [href for href, _ in page.hrefs]
    assert hrefs == ["https://example.org/a?b=1&c=<2>", "https://example.org/(x)"]
    assert all(rel == "noopener noreferrer" for _, rel in page.hrefs)
    assert "javascript:alert(1)" in html.unescape(text)  # shown as text, not as a link
    assert 'href="javascript' not in text.lower() and 'href="data' not in text.lower()
    assert "&lt;b&gt;speaker&lt;/b&gt;" in text


def test_markdown_annex_escapes_hostile_content(hostile, tmp_path):
    text = write_annex(hostile, None, tmp_path / "annex.md").read_text(encoding="utf-8")
    assert "<img" not in text and "<script" not in text and "<a " not in text and "<http" not in text
    assert "](javascript" not in text and "](data" not in text and "](file" not in text
    assert "![" not in text
    assert markdown_quotes(text) == HOSTILE_QUOTES
    # no quote line can start a heading, list, code block or table of its own
    for line in text.split("\n"):
        if line.startswith("> "):
            assert not re.match(r"> (#|[-+*] |\d+[.)] | {4}|\||---)", line), line
    links = re.findall(r"\]\(([^)]*)\)", text)
    assert links == ["https://example.org/a?b=1&c=%3C2%3E", "https://example.org/%28x%29"]


def test_annex_only_lists_masked_events(sample, tmp_path):
    mask = np.zeros(len(sample.events), dtype=bool)
    mask[sample.event_index["sunak-interview-statement"]] = True
    page = read_html(write_annex(sample, mask, tmp_path / "one.html").read_text(encoding="utf-8"))
    assert page.blockquotes == [c.quote for c in sample.event("sunak-interview-statement").citations]


def test_annex_is_written_atomically(sample, tmp_path, monkeypatch):
    out = tmp_path / "annex.html"
    out.write_text("previous annex", encoding="utf-8")
    write_annex(sample, None, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annex.html"]  # no temporary file left
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    out.write_text("previous annex", encoding="utf-8")

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_annex(sample, None, out)
    assert out.read_text(encoding="utf-8") == "previous annex"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annex.html"]


def test_annex_refuses_to_overwrite_its_event_file(write_file, tmp_path):
    path = write_file(minimal_file(), name="events.md")  # an event file with an annex-like name
    original = path.read_bytes()
    document = load_file(path).document
    assert document is not None
    with pytest.raises(ValueError, match="event file"):
        write_annex(document, None, path)
    link = tmp_path / "sub"
    link.mkdir()
    with pytest.raises(ValueError, match="event file"):
        write_annex(document, None, link / ".." / "events.md")
    assert path.read_bytes() == original


def test_annex_refuses_unknown_suffix(sample, tmp_path):
    with pytest.raises(ValueError, match=r"\.html or \.md"):
        write_annex(sample, None, tmp_path / "annex.pdf")


def test_annex_main(tmp_path, capsys):
    out = tmp_path / "annex.md"
    assert annex_main(sample_path(), out, FilterSpec(sources=frozenset({"the-telegraph"}))) == 0
    text = out.read_text(encoding="utf-8")
    assert "Filter: source: The Telegraph" in text
    assert "Wrote" in capsys.readouterr().err
    assert annex_main(tmp_path / "missing.json", tmp_path / "x.md") == 2  # the file cannot be read
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "x.md").exists()

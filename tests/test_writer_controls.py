"""Writers keep file text literal in their own syntax: SVG stays well-formed XML whatever control
characters a title or name holds, the PDF title is one visible line, and the Markdown annex never
turns a refused address into a link."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest
from pypdf import PdfReader

from viewer.resources_path import resource

CONTROLS = "\x00\x01\x0b\x1f"


def _hostile_document(tmp_path):
    document = json.loads(resource("samples", "coalition-guarantees-2025.json").read_text(encoding="utf-8"))
    document["document"]["title"] = f"Guarantees{CONTROLS}talks"
    document["segments"][0]["label"] = f"Sky{CONTROLS}<b>air</b>"
    document["sources"][0]["name"] = f"The{CONTROLS}Telegraph"
    urls = ["ftp://files.example.org/leak", "javascript:alert(1)", "file:///etc/passwd",
            "data:text/html,<b>x</b>", "ftp://example.org/`code`", "https://example.org/a_(b)*c*"]
    cited = [c for event in document["events"] for c in event.get("citations", [])]
    for citation, url in zip(cited, urls):
        citation["url"] = url
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path, urls


def _export(source, out, *args):
    done = subprocess.run([sys.executable, "-m", "viewer", "export", str(source), "--out", str(out), *args],
                          capture_output=True, text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"})
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize("view", ["page", "timeline", "map", "board"])
def test_svg_with_control_characters_is_well_formed_xml(tmp_path, view):
    source, _ = _hostile_document(tmp_path)
    svg = _export(source, tmp_path / f"{view}.svg", "--view", view).read_bytes()
    root = ElementTree.fromstring(svg)  # raises on any character XML refuses
    text = "".join(root.itertext())
    assert "\u2400" in text or view in ("map", "board")  # NUL shown as its symbol where the title is drawn
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", svg)


def test_pdf_title_is_one_visible_line(tmp_path):
    source, _ = _hostile_document(tmp_path)
    pdf = _export(source, tmp_path / "page.pdf", "--view", "page", "--title", "Line one\nline\x01two")
    title = PdfReader(pdf).metadata.title
    assert title and not re.search(r"[\x00-\x1f]", title)
    assert "Line one" in title and "two" in title


def test_markdown_annex_never_links_a_refused_address(tmp_path):
    source, urls = _hostile_document(tmp_path)
    markdown = _export(source, tmp_path / "annex.md", "--view", "annex").read_text(encoding="utf-8")
    url_lines = [line for line in markdown.splitlines() if line.startswith("- URL:")]
    assert url_lines
    for url in urls[:5]:
        line = next(line for line in url_lines if url.split(":")[1][:8] in line)
        span = re.fullmatch(r"- URL: (`+) (.*) \1 \*\(not a web link\)\*.*", line)
        assert span, line  # inside a code span, whose fence is longer than any backtick run in the address
        assert "](" not in line and "<" + url not in line
    web = next(line for line in url_lines if "example.org/a_" in line)
    assert web.endswith("](https://example.org/a_%28b%29*c*)")  # brackets encoded: the link cannot break out

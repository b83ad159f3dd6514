"""The hostile corpus through every export the command line writes: each file is produced, reads back
in its own format, and nothing from the event file became markup, a script, an image or a live link."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser

import pytest
from hostile_corpus import hostile_document
from pypdf import PdfReader
from PySide6.QtGui import QImage

SVG_NS = "{http://www.w3.org/2000/svg}"
ENV = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory):
    """The corpus without its events whose date is itself hostile: exports refuse a file with errors."""
    document = hostile_document(huge=False)
    document["events"] = [event for event in document["events"] if "<" not in event["when"]]
    path = tmp_path_factory.mktemp("hostile") / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _export(source, out, view):
    done = subprocess.run([sys.executable, "-m", "viewer", "export", str(source), "--view", view, "--out", str(out)],
                          capture_output=True, text=True, env=ENV)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return out


@pytest.mark.parametrize("view", ["page", "timeline", "map", "board"])
def test_pictures_of_a_hostile_file(tmp_path, hostile_file, view):
    png = QImage(str(_export(hostile_file, tmp_path / f"{view}.png", view)))
    assert not png.isNull() and png.width() > 100
    svg = ElementTree.fromstring(_export(hostile_file, tmp_path / f"{view}.svg", view).read_bytes())
    tags = {element.tag.removeprefix(SVG_NS) for element in svg.iter()}
    assert not tags & {"script", "a", "foreignObject", "img", "b"}, tags
    for image in svg.iter(f"{SVG_NS}image"):  # only pixels we drew, embedded; never a path from the file
        assert image.get("{http://www.w3.org/1999/xlink}href", "").startswith("data:image/png;base64,")
    reader = PdfReader(_export(hostile_file, tmp_path / f"{view}.pdf", view))
    assert len(reader.pages) >= 1
    assert not any("/A" in annotation.get_object() for page in reader.pages
                   for annotation in page.get("/Annots") or [])  # no link annotations made from file text


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_html_annex_of_a_hostile_file(tmp_path, hostile_file):
    parser = _Tags()
    parser.feed(_export(hostile_file, tmp_path / "annex.html", "annex").read_text(encoding="utf-8"))
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "img", "b", "iframe", "object"}, names
    links = [attrs.get("href", "") for tag, attrs in parser.tags if tag == "a"]
    assert links and all(re.match(r"https?://", link) for link in links), links
    assert not any(name.startswith("on") for _, attrs in parser.tags for name in attrs)


def test_markdown_annex_of_a_hostile_file(tmp_path, hostile_file):
    markdown = _export(hostile_file, tmp_path / "annex.md", "annex").read_text(encoding="utf-8")
    markdown = re.sub(r"(`+) .*? \1", "CODE", markdown)  # code spans show their text literally
    destinations = re.findall(r"(?<!\\)\]\(([^)\s]*)", markdown)
    assert destinations and all(re.match(r"https?://", target) for target in destinations), destinations
    assert not re.search(r"(?<![\\&])<(img|script|a|b)\b", markdown)  # markup only as &lt;, never raw
    assert "\x1b" not in markdown and "\x00" not in markdown

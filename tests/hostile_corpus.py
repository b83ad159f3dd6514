"""Event documents whose every text field is hostile: markup that Qt or a browser
would act on, links of every scheme, control and direction characters, and
strings of a megabyte. Each document is valid, so every pane and export shows it.

    data = hostile_document()          # a dict to write as JSON or YAML
    path = write_hostile(tmp_path)     # events.json on disk
"""

from __future__ import annotations

import json
from pathlib import Path

# Markup first, so that Qt.mightBeRichText (which looks before the first line
# break) would take any of these strings for rich text.
IMAGE = '<img src="/nonexistent/lagebild-hostile.png">'  # a real attack names /dev/zero
MARKUP = (IMAGE + '<a href="javascript:alert(1)">click</a><b>bold</b><script>alert(1)</script>'
          '<style>*{x:y}</style>&amp;&lt;<!-- c --><![CDATA[x]]>')
# Markdown that would link, format or break a table if it were not escaped.
MARKDOWN = "[md](javascript:alert(1)) ![i](file:///etc/passwd) `tick` *em* _u_ | pipe | <http://auto.link> # ~~s~~"
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b[31mred\x1b[0m\x7f\x85\r\u2028\u2029"
BIDI = "\u202e\u2066\u2067\u2068\u200f\u061c rtl \u05e9\u05dc\u05d5\u05dd"
HOSTILE = MARKUP + MARKDOWN + CONTROLS + BIDI

LINKS = (
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "ftp://ftp.example.org/file",
    "mailto:someone@example.org",
    "relative/path.html",
    "//example.org/protocol-relative",
    "vbscript:msgbox(1)",
    "http://example.org/a)b](c`d<e>\"f'g *h* _i_",
    "https://example.org/``double``tick`",
    "https://example.org/ok",
)
MEGABYTE = 1_000_000


def hostile(field: str) -> str:
    """The hostile text with the field's name in it, so a test can tell where it came from."""
    return f"{MARKUP}{field}{MARKDOWN}{CONTROLS}{BIDI}"


def hostile_id(name: str) -> str:
    return f'{IMAGE}{name}\x01\x0b\u202e'


def megabyte(field: str) -> str:
    """A megabyte of text, markup at its start, its end and in the middle."""
    chunk = hostile(field) + " lorem ipsum " * 20
    body = (chunk * (MEGABYTE // len(chunk) + 1))[:MEGABYTE]
    return body + IMAGE


def hostile_document(huge: bool = True) -> dict:
    """A valid event document with hostile text in every text field and id.

    ``huge`` adds megabyte strings (title, description, quote, notes) to one event."""
    seg, seg2 = hostile_id("seg"), hostile_id("seg2")
    actor, actor2 = hostile_id("actor"), hostile_id("actor2")
    place, source = hostile_id("place"), hostile_id("source")
    citations = [
        {"source": source, "quote": hostile(f"quote{i}"), "language": "en\"><img src=x>",
         "translation": hostile(f"translation{i}"), "speaker": hostile(f"speaker{i}"),
         "speaker_role": hostile(f"role{i}"), "published": "2025-04-01", "url": url,
         "accessed": "2025-04-02", "location": hostile(f"location{i}"), "credibility": 2}
        for i, url in enumerate(LINKS)]
    events = [
        {"id": hostile_id("event1"), "title": hostile("title1"), "when": "2025-04-04",
         "description": hostile("description1"), "place": place, "actors": [actor, actor2],
         "segments": [seg, seg2], "tags": [hostile("tag1")], "status": "reported",
         "citations": citations, "notes": hostile("notes1")},
        {"id": hostile_id("event2"), "title": hostile("title2"), "when": "2025-03-01/2025-05-01",
         "description": hostile("description2"), "place": place, "actors": [actor], "segments": [seg],
         "citations": [{"source": source, "quote": hostile("quote-b"), "url": LINKS[0]}]},
        {"id": hostile_id("event3"), "title": hostile("title3"), "when": "2025-04-10~",
         "segments": [seg2], "actors": [actor2], "status": "disputed"},
        # problems, so that the problem list shows hostile text too
        {"id": hostile_id("event4"), "title": hostile("title4"), "when": "2025-04-12",
         "actors": [hostile_id("ghost-actor")], "segments": [hostile_id("ghost-segment")]},
        {"id": hostile_id("event5"), "title": hostile("title5"), "when": hostile("baddate")[:400]},
    ]
    if huge:
        events.append({"id": hostile_id("event-huge"), "title": megabyte("huge-title"), "when": "2025-04-20",
                       "description": megabyte("huge-description"), "notes": megabyte("huge-notes"),
                       "segments": [seg], "actors": [actor],
                       "citations": [{"source": source, "quote": megabyte("huge-quote"),
                                      "speaker": megabyte("huge-speaker"), "url": "https://example.org/"
                                      + "a" * 5000}]})
    return {
        "format": "lagebild-events",
        "version": "1.0",
        "document": {"title": hostile("doctitle"), "description": hostile("docdescription"),
                     "language": "en", "authors": [hostile("author")], "created": "2025-04-01"},
        "segments": [
            {"id": seg, "label": hostile("seglabel"), "color": "#56B4E9", "description": hostile("segdesc"),
             "actors": [actor],
             "geometry": {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 50]]]}},
            {"id": seg2, "label": hostile("seg2label"), "description": hostile("seg2desc"), "actors": [actor2]},
        ],
        "actors": [
            {"id": actor, "name": hostile("actorname"), "kind": "state", "description": hostile("actordesc")},
            {"id": actor2, "name": hostile("actor2name"), "kind": "person", "parent": actor},
        ],
        "places": [{"id": place, "name": hostile("placename"), "lat": 50.45, "lon": 30.52}],
        "sources": [{"id": source, "name": hostile("sourcename"), "kind": "newspaper", "url": LINKS[0],
                     "language": "de", "reliability": "B", "description": hostile("sourcedesc")}],
        "eras": [{"id": hostile_id("era"), "label": hostile("eralabel"), "when": "2025-03-15/2025-04-15",
                  "color": "#dddddd"}],
        "events": events,
    }


def write_hostile(folder: Path, name: str = "hostile.json", huge: bool = True) -> Path:
    path = Path(folder) / name
    path.write_text(json.dumps(hostile_document(huge), ensure_ascii=False), encoding="utf-8")
    return path

"""Quoted sources as an analyst reads them: Admiralty grades, corroboration,
plain-text renderings for the clipboard, and the quote and source tables.

Everything here works on the records only, so the panes, the exports and the
command line describe a citation in the same words.
"""

from __future__ import annotations

import math
import re
import unicodedata
from urllib.parse import urlsplit

import numpy as np

from . import dates, zone_display
from .records import CREDIBILITY_TEXT, STATUS_TEXT
from .translation import QT_TRANSLATE_NOOP, number, tr, translate
from .wording import counted

LETTERS = "ABCDEF"
UNKNOWN = "-"
_GRADE = re.compile(r"^\s*([A-Fa-f-])\s*-?\s*([1-6-])?\s*$")


# -- grades ---------------------------------------------------------------
def parse_grade(text: str | None) -> tuple[str | None, int | None]:
    """("B", 2) from "B2", "b-2", "B 2", "B-" or "-2"; (None, None) when unreadable."""
    match = _GRADE.match(text or "")
    if not match:
        return None, None
    letter, digit = match.group(1).upper(), match.group(2)
    return (None if letter == UNKNOWN else letter,
            None if digit in (None, UNKNOWN) else int(digit))


def grade_parts(source, citation) -> tuple[str | None, int | None]:
    letter = getattr(source, "reliability", None) or None
    digit = getattr(citation, "credibility", None) or None
    return letter, digit


NOT_GRADED = QT_TRANSLATE_NOOP("Admiralty", "not graded")
# Whole phrases, since a language may inflect the adjective ("meist zuverlässige Quelle").
SOURCE_WORDS = {
    "A": QT_TRANSLATE_NOOP("Admiralty", "completely reliable source"),
    "B": QT_TRANSLATE_NOOP("Admiralty", "usually reliable source"),
    "C": QT_TRANSLATE_NOOP("Admiralty", "fairly reliable source"),
    "D": QT_TRANSLATE_NOOP("Admiralty", "not usually reliable source"),
    "E": QT_TRANSLATE_NOOP("Admiralty", "unreliable source"),
    "F": QT_TRANSLATE_NOOP("Admiralty", "source reliability cannot be judged"),
}


def grade_short(letter: str | None, digit: int | None) -> str:
    """"B2"; a missing half reads "not graded", never "-": "B, not graded", "not graded, 2"."""
    if letter and digit:
        return f"{letter}{digit}"
    if letter or digit:
        return f"{letter}, {tr(NOT_GRADED)}" if letter else f"{tr(NOT_GRADED)}, {digit}"
    return tr(NOT_GRADED)


def grade_code(source, citation) -> str:
    """"B2": reliability letter of the source, credibility digit of the citation."""
    return grade_short(*grade_parts(source, citation))


def reliability_words(letter: str | None) -> str:
    if letter in SOURCE_WORDS:
        return tr(SOURCE_WORDS[letter])
    return translate("Admiralty", "source not graded")


def credibility_words(digit: int | None) -> str:
    if digit in CREDIBILITY_TEXT:
        return tr(CREDIBILITY_TEXT[digit])
    return translate("Admiralty", "credibility not graded")


def grade_text(letter: str | None, digit: int | None) -> str:
    """"B2 - usually reliable source, probably true"; "not graded" when neither half is."""
    if not (letter or digit):
        return tr(NOT_GRADED)
    code = f"{letter}{digit}" if letter and digit else letter or str(digit)
    return f"{code} - {reliability_words(letter)}, {credibility_words(digit)}"


def grade_sort_key(letter: str | None, digit: int | None) -> int:
    """Strongest first: A1 < A2 < ... < F6 < ungraded."""
    return (LETTERS.index(letter) if letter and letter in LETTERS else 6) * 10 + (digit or 7)


# -- corroboration ----------------------------------------------------------


def reliance(document, source_ids) -> tuple[list[list[str]], list[tuple[str, str]]]:
    """The cited sources grouped by what they rely on, and each (source, origin) link found.

    Two cited sources are one voice when one carries or retells the other (its
    ``derived_from``, followed through intermediaries) or both rest on a common one.
    """
    cited = list(dict.fromkeys(source_ids))
    group = {ident: ident for ident in cited}

    def root(ident: str) -> str:
        while group[ident] != ident:
            group[ident] = group[group[ident]]
            ident = group[ident]
        return ident

    links = []
    for ident in cited:
        seen, stack = {ident}, [ident]
        while stack:  # every source this one relies on, directly or not
            source = document.source(stack.pop())
            for origin in getattr(source, "derived_from", ()):
                if origin in seen:
                    continue
                seen.add(origin)
                stack.append(origin)
                group.setdefault(origin, origin)
                if origin in cited:
                    links.append((ident, origin))
                group[root(origin)] = root(ident)
    groups: dict[str, list[str]] = {}
    for ident in cited:
        groups.setdefault(root(ident), []).append(ident)
    direct = [(a, b) for a, b in links
              if b in getattr(document.source(a), "derived_from", ())] or links
    return list(groups.values()), direct


def corroboration(document, event) -> str:
    """"2 citations, 1 independent source: wojna.co.pl relies on upday".

    Independence counts distinct sources, and a source that carries or relies on
    another cited one (``derived_from``) counts with it, not on its own."""
    citations = event.citations
    if not citations:
        return translate("Sources", "no citations")
    named = [c.source for c in citations if c.source]
    unsourced = len(citations) - len(named)
    text = counted(len(citations), "citation")
    if named:
        groups, links = reliance(document, named)
        alone = len(groups) == 1 and not links
        text += translate("Sources", ", 1 source") if alone else ", " + counted(len(groups), "independent source")
        if links:
            relies = translate("Sources", "{source} relies on {origin}")
            text += ": " + "; ".join(relies.format(source=source_name(document, a), origin=source_name(document, b))
                                     for a, b in links)
    if unsourced:
        text += (translate("Sources", ", none with a named source") if not named
                 else translate("Sources", ", {n} without a named source").format(n=number(unsourced)))
    return text


def citation_url(document, citation) -> tuple[str | None, bool]:
    """The citation's web address, or its source's when it has none; True when it is the source's."""
    if citation.url:
        return citation.url, False
    source = document.source(citation.source)
    url = getattr(source, "url", None)
    return (url, True) if url else (None, False)


def disputed_text(event) -> str:
    """"disputed: denied by the Kremlin", "disputed", or "" when it is not."""
    if isinstance(event.disputed, str):
        return translate("Status", "disputed: {reason}").format(reason=event.disputed)
    return tr(STATUS_TEXT["disputed"]) if event.disputed or event.status == "disputed" else ""


def status_text(event) -> str:
    """"planned, disputed: denied by the Kremlin": the status and whether it is disputed."""
    disputed = disputed_text(event)
    if event.status == "disputed":
        return disputed
    status = tr(STATUS_TEXT.get(event.status, event.status))
    return f"{status}, {disputed}" if disputed else status


# -- dates as words -----------------------------------------------------------
def date_display(text: str | None, zone: str = "utc") -> str:
    """How a date of the file reads, its times shown in ``zone`` (model.zone_display), or the raw
    text when it is not a valid date."""
    if not text:
        return ""
    try:
        return zone_display.date_display(text, zone)
    except dates.DateError:
        return translate("Dates", "{text} (not a valid date)").format(text=text)


def date_sort_key(text: str | None) -> float:
    """Seconds of the earliest start, inf when missing or unreadable (sorts last)."""
    if not text:
        return math.inf
    try:
        when = dates.resolve_cached(text)
    except dates.DateError:
        return math.inf
    for value in (when.start_lo, when.earliest, when.end_lo):
        if math.isfinite(value):
            return value
    return math.inf


def _iso(seconds: float, open_word: str) -> str:
    return dates.to_iso(seconds) if math.isfinite(seconds) else open_word


def bounds_text(text: str) -> str:
    """The resolved range of an EDTF text, end exclusive:
    "2025-04-04T00:00:00Z to 2025-04-05T00:00:00Z (end exclusive)"."""
    try:
        when = dates.resolve_cached(text)
    except dates.DateError as exc:
        return translate("Dates", "not a valid date: {problem}").format(problem=exc)
    open_word = translate("Dates", "open")
    span = translate("Dates", "{start} to {end}")
    result = span.format(start=_iso(when.start_lo, open_word), end=_iso(when.end_hi, open_word))
    if (when.earliest, when.latest) != (when.start_lo, when.end_hi):
        result += translate("Dates", ", widened for approximation to {span}").format(
            span=span.format(start=_iso(when.earliest, open_word), end=_iso(when.latest, open_word)))
    return result + translate("Dates", " (end exclusive)")


# -- links ------------------------------------------------------------------
_SAFE_SCHEMES = ("http", "https")
_MAX_URL = 8192


def _hidden(char: str) -> bool:
    """Characters that can disguise a link: controls, format marks, any white space."""
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp")


def safe_link(url: str | None) -> str | None:
    """The URL when it may be opened in a browser: http or https with a host, nothing hidden."""
    if not isinstance(url, str):
        return None
    url = url.strip(" \t\r\n")
    if not url or len(url) > _MAX_URL or any(_hidden(c) for c in url) or "\\" in url:
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises for a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.hostname:
        return None
    return url


def link_scheme(url: str | None) -> str:
    """The scheme a refused link claims, for messages ("javascript:"), shown safely."""
    text = (url or "").strip()
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.\-]{0,30}):", text)
    if match:
        return match.group(1).lower() + ":"
    return "no scheme" if text else "empty"


# -- showing file text ---------------------------------------------------------
# C0 controls (except tab and line feed) and DEL become their visible "control
# pictures", so a NUL byte shows as U+2400 instead of ending or hiding text.
_CONTROLS = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_CONTROLS[0x7F] = "\u2421"
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


def visible_controls(text: str) -> str:
    """Line ends made uniform and control characters shown as symbols (for display only)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)


def has_bidi_controls(text: str) -> bool:
    return _BIDI_CONTROLS.search(text) is not None


def bidi_control_names(*texts: str | None) -> list[str]:
    """"U+202E RIGHT-TO-LEFT OVERRIDE" for each distinct direction control in the texts."""
    found = sorted({c for text in texts if text for c in _BIDI_CONTROLS.findall(text)})
    return [f"U+{ord(c):04X} {unicodedata.name(c, 'DIRECTION MARK')}" for c in found]


def needs_isolation(text: str) -> bool:
    return _BIDI_CONTROLS.search(text) is not None or _RIGHT_TO_LEFT.search(text) is not None


def isolate(text: str) -> str:
    """Keep right-to-left text and direction overrides from reordering the labels
    and punctuation around them (Unicode bidi isolates)."""
    return FIRST_STRONG_ISOLATE + text + POP_ISOLATE if needs_isolation(text) else text


def one_line(text: str, limit: int = 300) -> str:
    """File text for one line of a cell, label or tooltip: control characters
    visible, line breaks flattened, cut at ``limit``, direction contained."""
    text = " ".join(visible_controls(text[:limit + 1]).split())
    return isolate(text if len(text) <= limit else text[:limit] + "\u2026")


# -- plain text ---------------------------------------------------------------
def source_name(document, source_id: str | None) -> str:
    source = document.source(source_id)
    if source is not None:
        return source.name
    return f"{source_id} (unknown source)" if source_id else "no source given"


def speaker_text(citation) -> str:
    if citation.speaker and citation.speaker_role:
        return f"{citation.speaker}, {citation.speaker_role}"
    return citation.speaker or citation.speaker_role or ""


def citation_fields(document, citation) -> list[tuple[str, str]]:
    """Label and value of each detail of a citation that is given, in reading order."""
    source = document.source(citation.source)
    fields = [
        ("Speaker", speaker_text(citation)),
        ("Publisher", source_name(document, citation.source)),
        ("Published", date_display(citation.published)),
        ("URL", _url_text(document, citation)),
        ("Where", citation.location or ""),
        ("Accessed", date_display(citation.accessed)),
        ("Grade", grade_text(*grade_parts(source, citation))),
    ]
    return [(label, value) for label, value in fields if value]


def _url_text(document, citation) -> str:
    url, of_source = citation_url(document, citation)
    return f"{url} (the source's address)" if of_source else url or ""


def citation_as_text(document, event, citation) -> str:
    number = next((i for i, c in enumerate(event.citations) if c is citation), None)
    head = f"Citation {number + 1} of {len(event.citations)}" if number is not None else "Citation"
    lines = [f"{head} – {event.title}"]
    language = f" [{citation.language}]" if citation.language else ""
    lines.append(f"Quote{language}: \u201c{citation.quote}\u201d")
    if citation.translation:
        lines.append(f"Translation: \u201c{citation.translation}\u201d")
    lines += [f"{label}: {value}" for label, value in citation_fields(document, citation)]
    return "\n".join(lines)


def _names(records) -> str:
    return ", ".join(records)


def event_as_text(document, event) -> str:
    lines = [event.title, f"Date: {date_display(event.when)} (EDTF: {event.when}; {bounds_text(event.when)})",
             f"Status: {status_text(event)}"]
    if event.condition:
        lines.append(f"Condition: {event.condition}")
    if event.place:
        place = document.place(event.place)
        lines.append(f"Place: {place.name if place else event.place}")
    if event.actors:
        lines.append("Actors: " + _names(getattr(document.actor(a), "name", a) for a in event.actors))
    if event.segments:
        lines.append("Segments: " + _names(getattr(document.segment(s), "label", s) for s in event.segments))
    if event.tags:
        lines.append("Tags: " + ", ".join(event.tags))
    if event.description:
        lines += ["", event.description]
    if event.notes:
        lines += ["", f"Analyst note: {event.notes}"]
    lines += ["", f"Sources: {corroboration(document, event)}"]
    for citation in event.citations:
        lines += ["", citation_as_text(document, event, citation)]
    return "\n".join(lines)


def source_event_rows(document, source_id: str) -> np.ndarray:
    """Rows of the events citing a source."""
    position = document.source_index.get(source_id)
    if position is None:
        return np.zeros(0, dtype=np.int64)
    membership = document.columns.sources
    return np.unique(membership.rows()[membership.idx == position])

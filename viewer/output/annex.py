"""A sources annex for a briefing: every quote behind the shown events, with
speaker, publisher, date and grade, grouped by event in time order.

Written as one self-contained HTML file (inline style, no scripts, nothing
fetched) or as Markdown. All file text is escaped, so a quote can never turn
into markup or a link; only plain http(s) addresses become links.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote as percent_encode

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..model.citations import (
    NOT_GRADED,
    citation_url,
    corroboration,
    date_display,
    grade_parts,
    grade_text,
    needs_isolation,
    reliability_words,
    safe_link,
    source_name,
    speaker_text,
    status_text,
    visible_controls,
)
from ..model.records import Event
from ..model.translation import QT_TRANSLATE_NOOP, tr, translate
from ..model.translation import language as current_language
from ..model.wording import counted
from ..model.zone_display import ZONE_TEXT
from .atomic import OutputError, same_file, write_bytes_atomically

HTML_SUFFIXES = (".html", ".htm")
NOTE_LABEL = QT_TRANSLATE_NOOP("Annex", "Analyst note (assessment, not reporting)")
MARKDOWN_SUFFIXES = (".md", ".markdown")


# -- what goes in ---------------------------------------------------------------
@dataclass
class AnnexEntry:
    row: int
    event: Event
    also_cited_for: list[list[str]]  # per citation: titles of other listed events quoting the same words


def annex_entries(document, mask) -> list[AnnexEntry]:
    """Events passing the mask that quote a source or carry an analyst note or a condition, by start then id."""
    columns = document.columns
    passing = np.arange(len(document.events)) if mask is None else np.flatnonzero(np.asarray(mask, dtype=bool))
    texts = document.texts
    noted = np.asarray(pc.fill_null(pc.greater(pc.utf8_length(texts.notes), 0), False), dtype=bool)
    conditional = np.asarray(pc.is_valid(texts.condition), dtype=bool)
    passing = passing[(columns.citation_count[passing] > 0) | noted[passing] | conditional[passing]]
    ids = document.texts.id.take(pa.array(passing, pa.int64())).to_pylist()
    order = sorted(range(len(passing)), key=lambda i: (columns.start_lo[passing[i]], ids[i]))
    rows = [int(passing[i]) for i in order]
    events = {row: document.events[row] for row in rows}  # each record made once
    used: dict[tuple, list[int]] = {}
    for row in rows:
        for citation in events[row].citations:
            used.setdefault((citation.source, citation.quote), []).append(row)
    entries = []
    for row in rows:
        event = events[row]
        others = [[events[o].title for o in dict.fromkeys(used[(c.source, c.quote)]) if o != row]
                  for c in event.citations]
        entries.append(AnnexEntry(row, event, others))
    return entries


def _generated_at() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")



def _summary(entries: list[AnnexEntry]) -> str:
    quotes = sum(len(e.event.citations) for e in entries)
    quoted = sum(1 for e in entries if e.event.citations)
    text = translate("Annex", "{quotes} supporting {events}").format(quotes=counted(quotes, "quote"),
                                                                     events=counted(quoted, "event"))
    notes = sum(1 for e in entries if e.event.notes.strip())
    return f"{text}, {counted(notes, 'analyst note')}" if notes else text


def _sources_used(document, entries: list[AnnexEntry]) -> list[tuple[str, str, str, int]]:
    """(name, kind, reliability words, quotes in this annex) per cited source id."""
    counts: dict[str | None, int] = {}
    for entry in entries:
        for citation in entry.event.citations:
            counts[citation.source] = counts.get(citation.source, 0) + 1
    result = []
    for source_id, n in counts.items():
        source = document.source(source_id)
        letter = source.reliability if source else None
        result.append((source_name(document, source_id), source.kind if source else "",
                       f"{letter} - {reliability_words(letter)}" if letter else NOT_GRADED, n))
    return sorted(result, key=lambda item: (-item[3], item[0].casefold()))


def _citation_fields(document, citation, zone: str) -> list[tuple[str, str]]:
    """Label and value of the details shown under a quote (URL handled apart)."""
    fields = [(translate("Annex", "Speaker"), speaker_text(citation)),
              (translate("Annex", "Publisher"), source_name(document, citation.source)),
              (translate("Annex", "Published"), date_display(citation.published, zone)),
              (translate("Annex", "Where"), citation.location or ""),
              (translate("Annex", "Accessed"), date_display(citation.accessed, zone)),
              (translate("Annex", "Grade"), grade_text(*grade_parts(document.source(citation.source), citation)))]
    return [(label, value) for label, value in fields if value]


# -- HTML ---------------------------------------------------------------------------
_STYLE = """
body{font-family:"DejaVu Sans",Verdana,sans-serif;color:#1d1d1f;background:#fff;max-width:52em;margin:2em auto;
padding:0 1em;line-height:1.45}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin:1.6em 0 .2em;border-top:1px solid #ddd;
padding-top:.8em}
.meta,.when{color:#5f6368;font-size:.9em;margin:.2em 0}
.note{margin:.4em 0;padding:.3em .8em;border-left:3px dashed #8a6d00;background:#fbf7ea;white-space:pre-wrap}
blockquote{margin:.6em 0 .2em;padding:.4em .8em;border-left:3px solid #bbb;background:#f6f6f6;
white-space:pre-wrap}
.translation{margin:.1em 0 .4em .8em;color:#444;font-style:italic;white-space:pre-wrap}
dl{display:grid;grid-template-columns:max-content auto;gap:.1em .8em;margin:.2em 0 1em .8em;font-size:.92em}
dt{color:#5f6368}dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;font-size:.92em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
@media print{body{margin:0;max-width:none}a{color:inherit}}
"""
_LANGUAGE = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")


def _h(text: str) -> str:
    """Escaped file text, direction marks kept inside their own element."""
    escaped = html.escape(visible_controls(text), quote=True)
    return f"<bdi>{escaped}</bdi>" if needs_isolation(text) else escaped


def _html_link(url: str) -> str:
    target = safe_link(url)
    if target is None:
        return f"{_h(url)} <em>(not a web link)</em>"
    return f'<a href="{html.escape(target, quote=True)}" rel="noopener noreferrer">{_h(target)}</a>'


def _title() -> str:
    return translate("Annex", "Sources annex")


def _generated(file_name: str, entries: list[AnnexEntry], zone: str) -> str:
    return translate("Annex", "Generated {time} from {file}. {summary}. Times of day in {zone}.").format(
        time=_generated_at(), file=file_name, summary=_summary(entries), zone=tr(ZONE_TEXT[zone]))


def _condition(condition: str) -> str:
    return translate("Annex", "Condition: {condition}").format(condition=condition)


def _citation_heading(number: int, count: int) -> str:
    return translate("Annex", "Citation {n} of {count}").format(n=number, count=count)


def _of_source() -> str:
    return translate("Annex", " (the source's address)")


def _columns() -> list[str]:
    return [translate("Annex", "Source"), translate("Annex", "Kind"), translate("Annex", "Reliability"),
            translate("Annex", "Quotes")]


def _grades_note() -> str:
    return translate("Annex", "Grades follow the Admiralty system: the letter rates the source (A completely "
                              "reliable to E unreliable, F cannot be judged), the digit the information "
                              "(1 confirmed to 5 improbable, 6 cannot be judged).")


def render_html(document, entries: list[AnnexEntry], file_name: str, subtitle: str = "",
                zone: str = "utc") -> str:
    out = [f'<!DOCTYPE html>\n<html lang="{current_language()}"><head><meta charset="utf-8">',
           # belt and braces: even a viewer that ignored the escaping would run nothing and fetch nothing
           '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
           '<meta name="referrer" content="no-referrer">',
           f"<title>{_title()} \u2013 {html.escape(visible_controls(document.info.title))}</title>",
           f"<style>{_STYLE}</style></head><body>",
           f"<h1>{_title()}</h1>",
           f'<p class="meta"><strong>{_h(document.info.title)}</strong></p>',
           f'<p class="meta">{_generated(_h(file_name), entries, zone)}</p>']
    if subtitle:
        out.append(f'<p class="meta">{translate("Annex", "Filter: {filter}").format(filter=_h(subtitle))}</p>')
    for entry in entries:
        event = entry.event
        out.append(f"<section><h2>{_h(event.title)}</h2>")
        out.append(f'<p class="when">{_h(date_display(event.when, zone))} \u00b7 EDTF {_h(event.when)} \u00b7 '
                   f"{_h(status_text(event))} \u00b7 {_h(corroboration(document, event))}</p>")
        if event.condition:
            out.append(f'<p class="when">{_condition(_h(event.condition))}</p>')
        if event.notes.strip():
            out.append(f'<p class="note"><strong>{tr(NOTE_LABEL)}:</strong> {_h(event.notes)}</p>')
        for number, citation in enumerate(event.citations, 1):
            language = citation.language if citation.language and _LANGUAGE.match(citation.language) else ""
            lang = f' lang="{language}"' if language else ""
            out.append(f"<h3 class=\"meta\">{_citation_heading(number, len(event.citations))}</h3>")
            out.append(f"<blockquote{lang}>{_h(citation.quote)}</blockquote>")
            if citation.translation:
                out.append(f'<p class="translation">{translate("Annex", "Translation:")} '
                           f'{_h(citation.translation)}</p>')
            out.append("<dl>")
            for label, value in _citation_fields(document, citation, zone):
                out.append(f"<dt>{label}</dt><dd>{_h(value)}</dd>")
            url, of_source = citation_url(document, citation)
            if url:
                out.append(f"<dt>URL</dt><dd>{_html_link(url)}{_of_source() if of_source else ''}</dd>")
            if entry.also_cited_for[number - 1]:
                out.append(f"<dt>{translate('Annex', 'Also cited for')}</dt><dd>"
                           + "; ".join(_h(t) for t in entry.also_cited_for[number - 1]) + "</dd>")
            out.append("</dl>")
        out.append("</section>")
    out.append(f"<h2>{translate('Annex', 'Sources')}</h2><table><tr>"
               + "".join(f"<th>{h}</th>" for h in _columns()) + "</tr>")
    for name, kind, reliability, n in _sources_used(document, entries):
        out.append(f"<tr><td>{_h(name)}</td><td>{_h(kind)}</td><td>{_h(reliability)}</td><td>{n}</td></tr>")
    out.append("</table>")
    out.append(f'<p class="meta">{_grades_note()}</p></body></html>\n')
    return "\n".join(out)


# -- Markdown -------------------------------------------------------------------------
_MD_ALWAYS = re.compile(r"([\\`*_{}\[\]()!|~#])")
_MD_LINE_START = re.compile(r"^([+\-=>:]|\d+[.)])")


def _md_line(line: str) -> str:
    line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    line = _MD_ALWAYS.sub(r"\\\1", line)
    stripped = line.lstrip(" \t")
    indent = line[:len(line) - len(stripped)]
    stripped = _MD_LINE_START.sub(r"\\\1", stripped)
    # leading blanks as character references: they keep their width but cannot start a code block
    return indent.replace(" ", "&#32;").replace("\t", "&#9;") + stripped


def md_escape(text: str) -> str:
    """One line of Markdown that shows the text literally."""
    text = " ".join(visible_controls(text).split("\n"))
    return _md_line(text)


def md_block_quote(text: str) -> list[str]:
    return [f"> {_md_line(line)}" if line.strip() else ">" for line in visible_controls(text).split("\n")]


def md_code_span(text: str) -> str:
    """The text as inline code: no renderer links, emphasises or interprets what is inside."""
    text = " ".join(visible_controls(text).split("\n"))
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}"


def _md_link(url: str) -> str:
    target = safe_link(url)
    if target is None:
        return f"{md_code_span(url)} *(not a web link)*"
    destination = percent_encode(target, safe=":/?#@!$&'*+,;=%~-._")
    return f"[{md_escape(target)}]({destination})"


def render_markdown(document, entries: list[AnnexEntry], file_name: str, subtitle: str = "",
                    zone: str = "utc") -> str:
    out = [f"# {_title()}: {md_escape(document.info.title)}", "",
           _generated(md_escape(file_name), entries, zone), ""]
    if subtitle:
        out += [translate("Annex", "Filter: {filter}").format(filter=md_escape(subtitle)), ""]
    for entry in entries:
        event = entry.event
        out += [f"## {md_escape(event.title)}", "",
                f"{md_escape(date_display(event.when, zone))} \u00b7 EDTF {md_escape(event.when)} \u00b7 "
                f"{md_escape(status_text(event))} \u00b7 {md_escape(corroboration(document, event))}", ""]
        if event.condition:
            out += [_condition(md_escape(event.condition)), ""]
        if event.notes.strip():
            out += [f"*{tr(NOTE_LABEL)}:* {md_escape(event.notes)}", ""]
        for number, citation in enumerate(event.citations, 1):
            out += [f"### {_citation_heading(number, len(event.citations))}", ""]
            out += md_block_quote(citation.quote) + [""]
            if citation.translation:
                out += [translate("Annex", "Translation:"), ""] + md_block_quote(citation.translation) + [""]
            out += [f"- {label}: {md_escape(value)}" for label, value in _citation_fields(document, citation, zone)]
            url, of_source = citation_url(document, citation)
            if url:
                out.append(f"- URL: {_md_link(url)}{_of_source() if of_source else ''}")
            if entry.also_cited_for[number - 1]:
                also = "; ".join(md_escape(t) for t in entry.also_cited_for[number - 1])
                out.append(f"- {translate('Annex', 'Also cited for')}: {also}")
            out.append("")
    out += [f"## {translate('Annex', 'Sources')}", "",
            "| " + " | ".join(_columns()) + " |", "| --- | --- | --- | ---: |"]
    out += [f"| {md_escape(name)} | {md_escape(kind)} | {md_escape(reliability)} | {n} |"
            for name, kind, reliability, n in _sources_used(document, entries)]
    out += ["", _grades_note(), ""]
    return "\n".join(out)


# -- writing --------------------------------------------------------------------------
def write_annex(document, mask, out_path, subtitle: str = "", zone: str = "utc") -> Path:
    """Write the annex of the masked events as .html or .md; returns the path written.

    Raises ValueError, with a reason to show, when the file cannot be written there."""
    out = Path(out_path)
    inputs = (document.path,) if document.path else ()
    if any(same_file(out, source) for source in inputs):
        raise ValueError(f"refusing to write the annex over the event file it is made from ({document.path}); "
                         "choose another file name")
    suffix = out.suffix.lower()
    if suffix not in HTML_SUFFIXES + MARKDOWN_SUFFIXES:
        raise ValueError(f"cannot tell the annex format from '{out.name}': use a name ending in .html or .md")
    entries = annex_entries(document, mask)
    render = render_html if suffix in HTML_SUFFIXES else render_markdown
    text = render(document, entries, Path(document.path or "").name, subtitle, zone)
    try:
        return write_bytes_atomically(out, text.encode("utf-8"), inputs)
    except OutputError as exc:
        raise ValueError(str(exc)) from exc


def annex_main(document_path, out_path, filter_spec=None, zone: str = "utc") -> int:
    """Load an event file and write its annex; messages go to stderr.

    0 on success, 1 on failure, 2 when the file cannot be read."""
    from ..model.filters import filter_mask
    from ..model.loader import load_file

    result = load_file(document_path)
    for finding in result.findings:
        print(finding.format(), file=sys.stderr)
    document = result.document
    if document is None:
        print(translate("Annex", "{path}: not read; no annex written").format(path=document_path), file=sys.stderr)
        return 2 if result.unreadable else 1
    mask = filter_mask(document, filter_spec) if filter_spec is not None else None
    subtitle = filter_spec.describe(document) if filter_spec is not None else ""
    try:
        written = write_annex(document, mask, out_path, subtitle, zone)
    except (ValueError, OSError) as exc:
        print(f"{out_path}: {exc}", file=sys.stderr)
        return 1
    summary = _summary(annex_entries(document, mask))
    print(translate("Annex", "Wrote {path}: {summary}").format(path=written, summary=summary), file=sys.stderr)
    return 0

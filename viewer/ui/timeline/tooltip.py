"""The hover text of an event: title, date, lanes, first source and its grade.

Everything comes from the file, so it is escaped and only then joined with
line breaks; nothing the file says can turn into markup.
"""

from __future__ import annotations

import html

from ...model.citations import date_display, grade_text, one_line, source_name
from ...model.records import STATUSES


def tooltip_lines(document, row: int) -> list[str]:
    event = document.events[row]
    cols = document.columns
    lines = [one_line(event.title), date_display(event.when)]
    status = STATUSES[int(cols.status[row])]
    if status != "occurred":
        lines.append(f"Status: {status}")
    segments = [document.segments[i].label for i in cols.segments.of(row).tolist()]
    if segments:
        lines.append("Segments: " + ", ".join(segments))
    if event.citations:
        citation = event.citations[0]
        source = document.source(citation.source)
        letter = getattr(source, "reliability", None)
        grade = grade_text(letter, citation.credibility) if (letter or citation.credibility) else "not graded"
        more = len(event.citations) - 1
        extra = f" (+{more} more)" if more else ""
        lines.append(f"Source: {source_name(document, citation.source)}{extra}")
        lines.append(f"Grade: {grade}")
    else:
        lines.append("No source cited")
    return lines


def tooltip_html(lines: list[str]) -> str:
    """Rich text for QToolTip, built only from escaped plain text."""
    if not lines:
        return ""
    head, *rest = (html.escape(line, quote=True) for line in lines)
    return "<qt><b>" + head + "</b>" + "".join("<br>" + line for line in rest) + "</qt>"

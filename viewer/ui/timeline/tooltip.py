"""The hover text of an event: title, date, lanes, first source and its grade.

Everything comes from the file, so it reaches Qt through the plain-text
tooltip helper; nothing the file says can turn into markup.
"""

from __future__ import annotations

from ...model.citations import date_display, grade_text, one_line, source_name, status_text
from ...model.translation import number, translate
from ..plain_text import cell, tooltip


def tooltip_lines(document, row: int, zone: str = "utc") -> list[str]:
    """``zone``: how times of day read (model.zone_display.TIME_ZONES)."""
    event = document.events[row]
    cols = document.columns
    lines = [one_line(event.title), date_display(event.when, zone)]
    status = status_text(event)
    if event.status != "occurred" or event.disputed:
        lines.append(one_line(translate("Timeline", "Status: {status}").format(status=status)))
    if event.condition:
        lines.append(one_line(translate("Timeline", "Condition: {condition}").format(condition=event.condition)))
    segments = [document.segments[i].label for i in cols.segments.of(row).tolist()]
    if segments:
        lines.append(translate("Timeline", "Segments: {segments}").format(
            segments=", ".join(cell(label, 120) for label in segments)))
    if event.citations:
        citation = event.citations[0]
        source = document.source(citation.source)
        letter = getattr(source, "reliability", None)
        grade = grade_text(letter, citation.credibility)
        more = len(event.citations) - 1
        extra = translate("Timeline", " (+{n} more)").format(n=number(more)) if more else ""
        lines.append(translate("Timeline", "Source: {source}").format(
            source=cell(source_name(document, citation.source), 200)) + extra)
        lines.append(translate("Timeline", "Grade: {grade}").format(grade=grade))
    else:
        lines.append(translate("Timeline", "No source cited"))
    return lines


def tooltip_html(lines: list[str]) -> str:
    """The lines as a tooltip, the first in bold, every one shown as written."""
    if not lines:
        return ""
    return tooltip("\n".join(lines[1:]), heading=lines[0])

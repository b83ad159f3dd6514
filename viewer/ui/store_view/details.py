"""One stored event's record as plain lines for the store window's detail pane."""

from __future__ import annotations

from ...model.citations import visible_controls


def record_text(record: dict | None, names: dict[str, dict[str, str]]) -> str:
    """Title, date, status, lanes, place, description, notes and every quote verbatim with its source."""
    if record is None:
        return "The event is no longer in the store."
    lines = [record.get("title", ""), record.get("when", "")]
    status = record.get("status", "occurred")
    if record.get("disputed"):
        status += " (disputed)"
    lines.append(f"Status: {status}")
    for key, label in (("segments", "Segments"), ("actors", "Actors")):
        if record.get(key):
            lines.append(f"{label}: " + ", ".join(names[key].get(i, i) for i in record[key]))
    if record.get("place"):
        lines.append("Place: " + names["places"].get(record["place"], record["place"]))
    if record.get("tags"):
        lines.append("Tags: " + ", ".join(record["tags"]))
    for key in ("description", "notes", "condition"):
        if record.get(key):
            lines += ["", record[key]]
    for citation in record.get("citations", []):
        source = names["sources"].get(citation.get("source") or "", citation.get("source") or "no source")
        grade = f", credibility {citation['credibility']}" if citation.get("credibility") else ""
        lines += ["", f"\u201c{citation.get('quote', '')}\u201d", f"  {source}{grade}"]
        if citation.get("speaker"):
            lines.append(f"  said by {citation['speaker']}")
    lines += ["", f"Id: {record.get('id', '')}"]
    return visible_controls("\n".join(lines))

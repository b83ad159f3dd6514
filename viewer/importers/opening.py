"""Opening any supported file as a document: native files load directly, other tools' files
are imported on the way, with their findings at lines of the file that was opened."""

from __future__ import annotations

import os

import msgspec

from ..model.findings import Finding
from ..model.loader import LoadResult, load_bytes, load_file
from ..model.progress import CancelFn, ProgressFn
from .base import ImportOptions
from .registry import detect, import_file


def open_file(path: str | os.PathLike, progress: ProgressFn | None = None,
              is_cancelled: CancelFn | None = None, options: ImportOptions | None = None) -> LoadResult:
    module = detect(path)
    if module is None or module.NAME == "lagebild":
        return load_file(path, progress=progress, is_cancelled=is_cancelled)
    shown = str(path)
    if progress is not None:
        progress(0.01, f"Importing {module.LABEL}")
    native, report = import_file(path, options)
    if native is None:
        return LoadResult(shown, None, report.findings)
    loaded = load_bytes(msgspec.json.encode(native), shown, progress=progress, is_cancelled=is_cancelled)
    return LoadResult(shown, loaded.document, report.findings + _at_source_lines(loaded.findings, native),
                      events_in_file=loaded.events_in_file)


def _at_source_lines(findings: list[Finding], native: dict) -> list[Finding]:
    """Findings about the converted document, placed at the source line of their event."""
    events = native.get("events") or []
    for finding in findings:
        finding.column = 0
        finding.line = 0
        parts = finding.pointer.split("/")
        if len(parts) > 2 and parts[1] == "events" and parts[2].isdigit() and int(parts[2]) < len(events):
            finding.line = (events[int(parts[2])].get("origin") or {}).get("line") or 0
    return findings


def load_imported(native: dict, findings: list[Finding], path: str) -> LoadResult:
    """A LoadResult for an already imported document (File > Import...)."""
    loaded = load_bytes(msgspec.json.encode(native), path)
    return LoadResult(path, loaded.document, findings + _at_source_lines(loaded.findings, native),
                      events_in_file=loaded.events_in_file)

"""Lagebild's own event files, so that they can be merged with imported ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec

from ..model.loader import load_file, sniff
from ..model.records import RECORD_LISTS
from .base import ImportOptions, ImportRefused, ImportReport

NAME = "lagebild"
LABEL = "Lagebild event file (JSON or YAML)"


def detect(head: bytes, path: str) -> bool:
    return b"lagebild-events" in head and sniff(head, len(head)) is None


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict[str, Any]:
    result = load_file(path)
    report.findings.extend(result.findings)
    document = result.document
    if document is None:
        raise ImportRefused("the event file could not be read")
    native: dict[str, Any] = {"format": "lagebild-events", "version": "1.1",
                              "document": msgspec.to_builtins(document.info)}  # type: ignore[attr-defined]
    for key in RECORD_LISTS:
        records = getattr(document, key)
        if records:
            native[key] = msgspec.to_builtins(list(records))
    return native

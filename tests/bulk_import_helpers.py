"""Running one importer on a file and reading its result the way the viewer does."""

from __future__ import annotations

import json
from pathlib import Path

from viewer.importers.base import ImportOptions, ImportReport
from viewer.model.loader import load_bytes

DATA = Path(__file__).parent / "data" / "import"


def run(module, path: Path, **options) -> tuple[dict, ImportReport]:
    report = ImportReport(str(path))
    return module.read(Path(path), report, ImportOptions(**options)), report


def messages(report: ImportReport) -> list[tuple[int, str]]:
    return [(finding.line, finding.message) for finding in report.findings]


def loaded(document: dict, name: str = "imported.json"):
    """The native document through the public loader: (document, findings)."""
    result = load_bytes(json.dumps(document).encode(), name)
    return result.document, result.findings


def by_id(document: dict) -> dict[str, dict]:
    return {event["id"]: event for event in document["events"]}


def records(document: dict, kind: str) -> dict[str, dict]:
    return {record["id"]: record for record in document.get(kind, [])}


def file_line(path: Path, line: int, encoding: str = "utf-8") -> str:
    return Path(path).read_text(encoding).split("\n")[line - 1]

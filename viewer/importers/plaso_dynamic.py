"""Plaso's dynamic CSV (``psort.py -o dynamic``): ISO 8601 date-times with their offset, the
time meaning, the message and the fields chosen for output, ``-`` where a field is empty.

Read like a Timesketch timeline, which it is a form of: the message is the title, the time
meaning and Plaso's tags are tags, the other fields are kept in the notes.
"""

from __future__ import annotations

from pathlib import Path

from .base import ImportOptions, ImportReport
from .column_tools import no_collection
from .delimited import open_source
from .timesketch import Rows, read_csv

NAME = "plaso-dynamic"
LABEL = "Plaso dynamic CSV"
DASH = frozenset({"", "-"})


def detect(head: bytes, path: str) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].strip().lower()
    names = first.split(b",")
    # psort's dynamic output starts with its time and the time's meaning, and names Plaso's fields
    return names[:2] == [b"datetime", b"timestamp_desc"] and b"message" in names and \
        bool({b"source_long", b"parser", b"display_name"} & set(names))


def read(path: Path, report: ImportReport, options: ImportOptions) -> dict:
    with no_collection():
        return _read(Path(path), report, options)


def _read(path: Path, report: ImportReport, options: ImportOptions) -> dict:
    source = open_source(Path(path))
    for line, message in source.notes:
        report.warning(line, "", message)
    rows = Rows(Path(path).name, NAME, report)
    read_csv(source, rows, report, quoting=False, empty=DASH)  # Plaso writes commas in values as spaces
    return rows.document(f"Plaso: {Path(path).name}", f"Imported from the Plaso timeline {Path(path).name}.")

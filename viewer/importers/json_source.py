"""A JSON file read for an importer: decoded once, with the line of any value found on demand."""

from __future__ import annotations

import re
from pathlib import Path

import msgspec

from ..model.json_positions import line_columns, locate_offsets
from .base import ImportRefused, ImportReport, decode_text


class JsonSource:
    def __init__(self, path: Path, report: ImportReport):
        text = decode_text(path.read_bytes(), report)
        self.data = text.encode("utf-8")
        try:
            self.value = msgspec.json.decode(self.data)
        except msgspec.DecodeError as exc:
            match = re.search(r"\(byte (\d+)\)", str(exc))
            line = line_columns(self.data, [int(match.group(1))])[int(match.group(1))][0] if match else 0
            reason = str(exc).split(" (byte")[0].replace("JSON is malformed: ", "")
            raise ImportRefused(f"the file is not valid JSON ({reason})", line) from None
        self._lines: dict[str, int] = {}

    def lines_of(self, pointers: list[str]) -> None:
        """Find the lines of these JSON pointers in one pass over the text."""
        offsets = locate_offsets(self.data, pointers)
        places = line_columns(self.data, offsets.values())
        self._lines = {p: places[o][0] for p, o in offsets.items()}

    def line(self, where: str) -> int:
        return self._lines.get(where, 0)

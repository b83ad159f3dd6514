"""Problems found while reading an event file, each tied to a place in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(slots=True)
class Finding:
    severity: Severity
    message: str
    pointer: str = ""  # JSON pointer of the offending value, e.g. /events/3/when
    path: str = ""  # the file
    line: int = 0  # 1-based; 0 when not known
    column: int = 0

    @property
    def field_path(self) -> str:
        """The pointer as an analyst reads it: events[3].when."""
        text = ""
        for part in self.pointer.split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            text += f"[{part}]" if part.isdigit() else (f".{part}" if text else part)
        return text

    def format(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}" if self.line else self.path
        subject = f"{self.field_path}: " if self.pointer else ""
        return f"{where}: {self.severity}: {subject}{self.message}"

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "pointer": self.pointer,
            "field": self.field_path,
            "severity": self.severity,
            "message": self.message,
        }


@dataclass
class Findings:
    """An ordered collection that the loader appends to."""

    path: str
    items: list[Finding] = field(default_factory=list)

    def error(self, pointer: str, message: str) -> None:
        self.items.append(Finding("error", message, pointer, self.path))

    def warning(self, pointer: str, message: str) -> None:
        self.items.append(Finding("warning", message, pointer, self.path))

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def pointer(*parts: object) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)

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


MAX_LISTED = 5_000  # a file broken throughout would otherwise cost minutes to report


@dataclass
class Findings:
    """An ordered collection that the loader appends to.

    Past MAX_LISTED problems the rest are only counted, and one closing
    finding says how many of each kind were left out.
    """

    path: str
    items: list[Finding] = field(default_factory=list)
    unlisted: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0})

    @property
    def full(self) -> bool:
        return len(self.items) >= MAX_LISTED

    def _add(self, severity: Severity, pointer: str, message: str) -> None:
        if self.full:
            self.unlisted[severity] += 1
        else:
            self.items.append(Finding(severity, message, pointer, self.path))

    def error(self, pointer: str, message: str) -> None:
        self._add("error", pointer, message)

    def warning(self, pointer: str, message: str) -> None:
        self._add("warning", pointer, message)

    def close(self) -> None:
        """Add the count of problems not listed, if any."""
        errors, warnings = self.unlisted["error"], self.unlisted["warning"]
        if errors or warnings:
            self.items.append(Finding("error" if errors else "warning",
                                      f"{errors:,} more errors and {warnings:,} more warnings are not listed",
                                      "", self.path))
            self.unlisted = {"error": 0, "warning": 0}

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def pointer(*parts: object) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)

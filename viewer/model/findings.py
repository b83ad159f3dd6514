"""Problems found while reading an event file, each tied to a place in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .visible import visible

Severity = Literal["error", "warning"]


@dataclass(slots=True)
class Finding:
    severity: Severity
    message: str
    pointer: str = ""  # JSON pointer of the offending value, e.g. /events/3/when
    path: str = ""  # the file
    line: int = 0  # 1-based; 0 when not known
    column: int = 0
    at_key: bool = False  # located at the key of the pointer (an unknown field), not at its value
    # Problems that only follow from this one (a reference to a record this error left out)
    follow_ons: list[Finding] = field(default_factory=list)

    @property
    def field_path(self) -> str:
        """The pointer as an analyst reads it: events[3].when."""
        text = ""
        for part in self.pointer.split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            text += f"[{part}]" if part.isdigit() else (f".{part}" if text else part)
        return text

    def format(self) -> str:
        """One line, path:line:col: severity: field: message, with control characters made visible."""
        where = f"{self.path}:{self.line}:{self.column}" if self.line else self.path
        subject = f"{self.field_path}: " if self.pointer else ""
        return visible(f"{where}: {self.severity}: {subject}{self.message}")

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "pointer": self.pointer,
            "field": self.field_path,
            "severity": self.severity,
            "message": self.message,
            "follow_ons": [f.as_dict() for f in self.follow_ons],
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
    # (list, id) of records left out by an error -> that error, so that references to them
    # are grouped under it instead of burying it
    left_out: dict[tuple[str, str], Finding] = field(default_factory=dict)

    @property
    def full(self) -> bool:
        return len(self.items) >= MAX_LISTED

    def _add(self, severity: Severity, pointer: str, message: str, at_key: bool = False) -> Finding | None:
        if self.full:
            self.unlisted[severity] += 1
            return None
        finding = Finding(severity, message, pointer, self.path, at_key=at_key)
        self.items.append(finding)
        return finding

    def error(self, pointer: str, message: str) -> Finding | None:
        return self._add("error", pointer, message)

    def warning(self, pointer: str, message: str, at_key: bool = False) -> Finding | None:
        return self._add("warning", pointer, message, at_key)

    def unknown_reference(self, pointer: str, kind: str, ident: str, known) -> None:
        """A reference to an id that no kept record has: a follow-on of the error that left
        that record out, or a warning with the closest existing id."""
        cause = self.left_out.get((kind, ident))
        if cause is not None:
            cause.follow_ons.append(Finding("warning", f"refers to {kind} '{ident}', left out by this error",
                                            pointer, self.path))
            return
        if self.full:
            self.unlisted["warning"] += 1
            return
        from .messages import did_you_mean

        self.warning(pointer, f"unknown {kind} '{ident}'{did_you_mean(ident, known)}")

    def close(self) -> None:
        """Add the count of problems not listed, if any."""
        errors, warnings = self.unlisted["error"], self.unlisted["warning"]
        if errors or warnings:
            from .wording import counted

            self.items.append(Finding("error" if errors else "warning",
                                      f"{counted(errors, 'more error')} and {counted(warnings, 'more warning')} "
                                      "are not listed", "", self.path))
            self.unlisted = {"error": 0, "warning": 0}

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def pointer(*parts: object) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)

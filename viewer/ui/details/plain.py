"""File text made safe to show: control characters made visible, direction
marks contained, very long text cut short. Display only; copies keep the
original text."""

from __future__ import annotations

from ...model.citations import has_bidi_controls, isolate, one_line, visible_controls

ELIDE_LIMIT = 10_000
display_text = visible_controls

__all__ = ["ELIDE_LIMIT", "display_text", "elide", "elision_marker", "has_bidi_controls", "isolate", "one_line"]


def elide(text: str, limit: int = ELIDE_LIMIT) -> tuple[str, bool]:
    return (text, False) if len(text) <= limit else (text[:limit], True)


def elision_marker(length: int) -> str:
    return f"\u2026 (show all {length:,} characters)"

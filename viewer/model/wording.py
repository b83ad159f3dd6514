"""Counts in words: "1 error", "2 errors"."""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """"1 error", "2,000 errors"; the plural is singular + "s" unless given."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"

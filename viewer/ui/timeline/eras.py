"""Eras of the document as shaded bands, each with a label row above the lanes."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QColor

from ...model.citations import one_line
from ...model.dates import DateError, resolve_cached

ROW_PX = 15
MAX_ROWS = 3


@dataclass(frozen=True)
class EraBand:
    lo: float
    hi: float
    label: str
    colour: str | None
    row: int  # label row: eras overlapping in time get different rows


def era_bands(document) -> list[EraBand]:
    spans = []
    for era in document.eras:
        try:
            when = resolve_cached(era.when)
        except DateError:
            continue
        lo = when.start_lo if math.isfinite(when.start_lo) else when.end_lo
        hi = when.end_hi if math.isfinite(when.end_hi) else when.start_hi
        if math.isfinite(lo) and math.isfinite(hi) and hi > lo:
            spans.append((lo, hi, one_line(era.label, 120), era.color))
    spans.sort(key=lambda s: (s[0], -s[1]))
    row_ends: list[float] = []
    bands = []
    for lo, hi, label, colour in spans:
        row = next((r for r, end in enumerate(row_ends) if end <= lo), None)
        if row is None:
            row = min(len(row_ends), MAX_ROWS - 1)
            if row == len(row_ends):
                row_ends.append(hi)
        row_ends[row] = max(row_ends[row], hi)
        bands.append(EraBand(lo, hi, label, colour, row))
    return bands


def era_colour(band: EraBand, theme) -> QColor:
    """The band's own colour, or the theme's era grey (always in greyscale themes)."""
    if band.colour and not theme.greyscale:
        return QColor(band.colour)
    return QColor(theme.era)


def shade_alpha(theme) -> float:
    """How strongly a band tints what lies under it."""
    return 0.14 if theme.greyscale else 0.10


def strip_height(bands: list[EraBand]) -> float:
    """Room above the lanes for era labels and the "Today" mark."""
    rows = max((b.row for b in bands), default=0) + 1
    return 4 + ROW_PX * rows

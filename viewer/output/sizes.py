"""Page sizes for exports: slide presets in pixels and paper sheets at a dpi.

A sheet is named "a4" or "letter" (landscape), or with its orientation:
"a4-portrait", "letter-landscape"."""

from __future__ import annotations

import re

SLIDE_SIZES = {
    "slide": (1920, 1080),
    "slide4k": (3840, 2160),
    "4:3": (1600, 1200),
}
# Sheets in millimetres, landscape (width first).
PAPER_MM = {
    "a4": (297.0, 210.0),
    "letter": (279.4, 215.9),
}
DEFAULT_DPI = 96
PAPER_DPI = 150  # a sharper default when the page is a sheet of paper
MIN_PX, MAX_PX = 16, 20000
MIN_DPI, MAX_DPI = 30, 1200

_PIXELS = re.compile(r"^\s*(\d+)\s*[x×]\s*(\d+)\s*$", re.IGNORECASE)


ORIENTATIONS = ("landscape", "portrait")
PAPERS = tuple(f"{sheet}-{side}" for sheet in PAPER_MM for side in ORIENTATIONS)


def sheet_of(name: str) -> tuple[str, str] | None:
    """("a4", "portrait") for "a4-portrait"; a bare sheet is landscape; None for other names."""
    sheet, _, side = name.strip().lower().partition("-")
    side = side or "landscape"
    return (sheet, side) if sheet in PAPER_MM and side in ORIENTATIONS else None


def paper_pixels(paper: str, dpi: int) -> tuple[int, int]:
    sheet, side = sheet_of(paper) or (paper, "landscape")
    width_mm, height_mm = PAPER_MM[sheet]
    if side == "portrait":
        width_mm, height_mm = height_mm, width_mm
    return round(width_mm / 25.4 * dpi), round(height_mm / 25.4 * dpi)


def parse_size(text: str, dpi: int | None = None) -> tuple[int, int, str | None]:
    """(width, height, paper) for "1600x900", "slide", "slide4k", "4:3", "a4", "letter" or a sheet
    with its orientation ("a4-portrait"); paper is the sheet's full name, e.g. "a4-landscape".

    Raises ValueError with a sentence to show."""
    name = text.strip().lower()
    if name in SLIDE_SIZES:
        return (*SLIDE_SIZES[name], None)
    sheet = sheet_of(name)
    if sheet is not None:
        full = "-".join(sheet)
        return (*paper_pixels(full, dpi or PAPER_DPI), full)
    match = _PIXELS.match(name)
    if not match:
        presets = ", ".join([*SLIDE_SIZES, *PAPER_MM, *PAPERS])
        raise ValueError(f"{text!r} is not a size: use WIDTHxHEIGHT in pixels (e.g. 1920x1080) or one of {presets}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (MIN_PX <= width <= MAX_PX and MIN_PX <= height <= MAX_PX):
        raise ValueError(f"{text!r}: width and height must be between {MIN_PX} and {MAX_PX} pixels")
    return width, height, None


def default_dpi(size_text: str) -> int:
    return PAPER_DPI if sheet_of(size_text) is not None else DEFAULT_DPI

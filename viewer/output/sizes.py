"""Page sizes for exports: slide presets in pixels and paper sheets at a dpi."""

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


def paper_pixels(paper: str, dpi: int) -> tuple[int, int]:
    width_mm, height_mm = PAPER_MM[paper]
    return round(width_mm / 25.4 * dpi), round(height_mm / 25.4 * dpi)


def parse_size(text: str, dpi: int | None = None) -> tuple[int, int, str | None]:
    """(width, height, paper) for "1600x900", "slide", "slide4k", "4:3", "a4" or "letter".

    Raises ValueError with a sentence to show."""
    name = text.strip().lower()
    if name in SLIDE_SIZES:
        return (*SLIDE_SIZES[name], None)
    if name in PAPER_MM:
        return (*paper_pixels(name, dpi or PAPER_DPI), name)
    match = _PIXELS.match(name)
    if not match:
        presets = ", ".join([*SLIDE_SIZES, *PAPER_MM])
        raise ValueError(f"{text!r} is not a size: use WIDTHxHEIGHT in pixels (e.g. 1920x1080) or one of {presets}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (MIN_PX <= width <= MAX_PX and MIN_PX <= height <= MAX_PX):
        raise ValueError(f"{text!r}: width and height must be between {MIN_PX} and {MAX_PX} pixels")
    return width, height, None


def default_dpi(size_text: str) -> int:
    return PAPER_DPI if size_text.strip().lower() in PAPER_MM else DEFAULT_DPI

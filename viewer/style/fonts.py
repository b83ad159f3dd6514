"""The bundled font (DejaVu Sans: Latin, German, Cyrillic), used everywhere so
that a window and an export look the same on every machine."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from ..resources_path import resource

FAMILY_FALLBACK = "Sans Serif"


@cache
def font_family() -> str:
    family = FAMILY_FALLBACK
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def ui_font(pixel_size: int = 13, bold: bool = False) -> QFont:
    font = QFont(font_family())
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font

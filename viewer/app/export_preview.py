"""The export dialog's preview: the page as it will be written, scaled into a fixed box."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from ..export.render import render_image

PREVIEW_W, PREVIEW_H = 640, 400
SMALLEST_W = 320
FORM_ROOM_PX = 560  # the choices beside the preview, with the dialog's margins


def preview_width(window_width: int) -> int:
    """As wide as the dialog can afford beside its choices and still fit the main window's width."""
    return max(SMALLEST_W, min(PREVIEW_W, window_width - FORM_ROOM_PX))


class ExportPreview(QLabel):
    def __init__(self, parent=None, width: int = PREVIEW_W):
        super().__init__(parent)
        self.box_w, self.box_h = width, round(width * PREVIEW_H / PREVIEW_W)
        self.setFixedSize(self.box_w, self.box_h)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName("Preview")

    def show_page(self, spec, document) -> None:
        """Render ``spec`` at the largest size of its shape that fits the box.

        The page is laid out in page units, so the small picture has exactly
        the layout of the full-size file."""
        scale = min(self.box_w / spec.width_px, self.box_h / spec.height_px)
        small = replace(spec, width_px=max(16, round(spec.width_px * scale)),
                        height_px=max(16, round(spec.height_px * scale)))
        self.setPixmap(QPixmap.fromImage(render_image(small, document)))

    def show_message(self, text: str) -> None:
        self.clear()
        self.setText(text)

"""Exports of a document: a briefing page as an image, or as a PNG, SVG or PDF file.

    image = render_image(PageSpec(view="timeline"), document)
    export_page(PageSpec(view="page", caveat="UNCLASSIFIED"), document, "brief.pdf")

Qt must already have an application (``viewer.cli.gui.make_application``).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage, QPainter

from ..style.theme import THEMES
from . import page_more, writers
from .page import PageSpec, paint_page
from .page_boxes import PageBoxes
from .panes import ExportPanes

# Qt notes that say nothing about the result: showing a widget off-screen,
# and the PDF engine flattening a style gradient of mixed colour models.
_NOISE = ("This plugin does not support",  # the offscreen platform has no window manager to hint to
          "QPdfEngine: unable to create a gradient between colors of different spec")


MAX_PAGES = 50  # a PDF never runs on without end


def ignore_qt_notices():
    """Drop Qt's notes that say nothing about the result; returns the handler this one replaced."""
    previous = None

    def handler(kind, context, message):
        if message.startswith(_NOISE):
            return
        if previous is not None:
            previous(kind, context, message)
        elif kind != QtMsgType.QtDebugMsg:
            os.write(2, (message + "\n").encode("utf-8", "replace"))

    previous = qInstallMessageHandler(handler)
    return previous


@contextmanager
def _quiet_qt():
    previous = ignore_qt_notices()
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def paint_document(painter: QPainter, spec: PageSpec, document, device_width: float, boxes=None,
                   new_page=None, seen=None) -> int:
    """Paint the page into a painter whose device is ``device_width`` pixels wide; ``boxes``
    (page_boxes.PageBoxes) collects where the labels went, in page units. With ``new_page`` (a PDF
    writer's), what the page has no room for continues on further pages; ``seen(panes)`` is called
    once the page is painted, before its panes go (a deck reads what the page showed). Returns the
    page count."""
    size = spec.page_size
    factor = device_width / size.width()
    panes = ExportPanes(document, spec)
    painter.save()
    try:
        painter.scale(factor, factor)
        if boxes is not None:
            boxes.page = QRectF(QPointF(0, 0), size)
        page = QRectF(QPointF(0, 0), size)
        rest = paint_page(painter, page, spec, document, panes, boxes, continues=new_page is not None)
        number = 1
        while rest and new_page is not None and number < MAX_PAGES:
            if not new_page():
                break
            number += 1
            if boxes is not None:
                boxes.page_number = number
            rest = page_more.paint_more(painter, page, spec, document, rest, number, THEMES[spec.theme], boxes)
        if seen is not None:
            seen(panes)
        return number
    finally:
        painter.restore()
        panes.close()


def title_of(spec: PageSpec, document) -> str:
    return spec.title if spec.title is not None else document.info.title


def _png_image(spec: PageSpec, document) -> QImage:
    return writers.render_png_image(spec, lambda p, w: paint_document(p, spec, document, w),
                                    THEMES[spec.theme].background)


def render_image(spec: PageSpec, document) -> QImage:
    """The page as an image of exactly spec.width_px x spec.height_px, with spec.dpi recorded."""
    with _quiet_qt():
        return _png_image(spec, document)


def drawn_labels(spec: PageSpec, document, pages: bool = False) -> PageBoxes:
    """Every label the page draws, with its box and panel, from painting it as an export does;
    with ``pages``, as a PDF export does, continuation pages included."""
    boxes = PageBoxes()
    with _quiet_qt():
        if pages:
            writers.pdf_bytes(spec, lambda p, w, new_page: paint_document(p, spec, document, w, boxes, new_page),
                              title_of(spec, document))
        else:
            writers.render_png_image(spec, lambda p, w: paint_document(p, spec, document, w, boxes),
                                     THEMES[spec.theme].background)
    return boxes


def export_bytes(spec: PageSpec, document, fmt: str) -> bytes:
    def paint(painter, width):
        paint_document(painter, spec, document, width)

    with _quiet_qt():
        if fmt == "png":
            return writers.png_bytes(_png_image(spec, document))
        if fmt == "svg":
            return writers.svg_bytes(spec, paint, title_of(spec, document))
        return writers.pdf_bytes(spec, lambda painter, width, new_page: paint_document(
            painter, spec, document, width, new_page=new_page), title_of(spec, document))


def export_page(spec: PageSpec, document, out: str | os.PathLike) -> Path:
    """Write the page to ``out`` (.png, .svg or .pdf); returns the path.

    Raises OutputError with a plain reason when the file cannot be written;
    the event file itself is never overwritten."""
    fmt = writers.format_of(out)
    inputs = (document.path,) if getattr(document, "path", None) else ()
    return writers.write_export(out, lambda: export_bytes(spec, document, fmt), inputs)

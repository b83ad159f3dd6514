"""The deck as one PDF: a title page, a page per view laid out as its slide, closing sources pages.

The views are drawn as vectors by the same page renderer (text stays text), the
slide's title, caption and banners around them. The PDF gets the deck's time and a
document id made from the event file's hash and the story, so the same file makes
the same bytes.
"""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from ..model.citations import one_line
from ..output.atomic import OutputError
from ..style.fonts import ui_font
from . import render, writers
from .deck_pptx import BANNER_PT, BODY_PT, CAPTION_PT, SUBTITLE_PT, TITLE_PT
from .page_blocks import banner_colour, draw_line

INK, MUTED = "#1a1a1a", "#555555"
PDF_DPI = 144  # device units of the painter; the pictures are vectors, so this only places them


def _px(points: float) -> int:
    return max(1, round(points * PDF_DPI / 72))


class _Pages:
    """Paints the deck's pages one after the other; ``new_page`` starts the next (a PDF writer's), and
    ``only`` (page numbers from 1) paints just those, so one page can be painted into an image."""

    def __init__(self, painter: QPainter, new_page, deck, only: set[int] | None = None):
        self.painter, self.new_page, self.deck, self.only = painter, new_page, deck, only
        width, height = deck.options.slide_inches
        self.page = QRectF(0, 0, width * PDF_DPI, height * PDF_DPI)
        self.number = 0

    def wanted(self) -> bool:
        """Count the next page; True when it is painted."""
        self.number += 1
        return self.only is None or self.number in self.only

    def inches(self, left, top, width, height) -> QRectF:
        return QRectF(left * PDF_DPI, top * PDF_DPI, width * PDF_DPI, height * PDF_DPI)

    def next(self) -> None:
        if self.number > 1 and not self.new_page():
            raise OutputError("could not start another PDF page")
        self.painter.fillRect(self.page, QColor("#ffffff"))
        self.banners()

    def banners(self) -> None:
        from .deck import BANNER_IN

        caveat = (self.deck.options.caveat or "").strip()
        if not caveat:
            return
        width, height = self.deck.options.slide_inches
        for top in (0.0, height - BANNER_IN):
            rect = self.inches(0, top, width, BANNER_IN)
            self.painter.fillRect(rect, QColor(banner_colour(caveat)))
            draw_line(self.painter, rect, one_line(caveat), ui_font(_px(BANNER_PT), bold=True), "#ffffff",
                      Qt.AlignmentFlag.AlignHCenter)

    def text(self, rect: QRectF, text: str, points: float, bold=False, colour=INK, wrap=False) -> float:
        """Text in ``rect``: one line shortened to fit, or wrapped; returns the height used."""
        font = ui_font(_px(points), bold)
        if not wrap:
            draw_line(self.painter, rect, text, font, colour, Qt.AlignmentFlag.AlignLeft)
            return rect.height()
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        used = QFontMetricsF(font).boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, text).height()
        self.painter.drawText(rect, flags, text)
        return used


def _title_page(pages: _Pages, deck) -> None:
    from .deck import MARGIN_IN

    if not pages.wanted():
        return
    pages.next()
    width, height = deck.options.slide_inches
    pages.text(pages.inches(MARGIN_IN, height * 0.3, width - 2 * MARGIN_IN, 0.9), one_line(deck.title), 36, True)
    top = height * 0.3 + 1.1
    for line in deck.title_lines():
        pages.text(pages.inches(MARGIN_IN, top, width - 2 * MARGIN_IN, 0.4), one_line(line), 18, colour=MUTED)
        top += 0.45


def _view_page(pages: _Pages, deck, slide, document) -> None:
    from .deck import (
        CAPTION_H_IN,
        CAPTION_TOP_IN,
        MARGIN_IN,
        SUBTITLE_H_IN,
        SUBTITLE_TOP_IN,
        TITLE_H_IN,
        TITLE_TOP_IN,
    )

    if not pages.wanted():
        return
    pages.next()
    width, _ = deck.options.slide_inches
    inner = width - 2 * MARGIN_IN
    pages.text(pages.inches(MARGIN_IN, TITLE_TOP_IN, inner, TITLE_H_IN), one_line(slide.title), TITLE_PT, True)
    if slide.caption:
        pages.text(pages.inches(MARGIN_IN, CAPTION_TOP_IN, inner, CAPTION_H_IN), one_line(slide.caption), CAPTION_PT)
    pages.text(pages.inches(MARGIN_IN, SUBTITLE_TOP_IN, inner, SUBTITLE_H_IN), one_line(slide.subtitle),
               SUBTITLE_PT, colour=MUTED)
    box = pages.inches(*deck.options.picture_box)
    painter = pages.painter
    painter.save()
    painter.translate(box.topLeft())
    painter.setClipRect(QRectF(0, 0, box.width(), box.height()))
    render.paint_document(painter, slide.spec, document, box.width())
    painter.restore()


def _sources_pages(pages: _Pages, deck) -> None:
    from .deck import MARGIN_IN, SUBTITLE_TOP_IN, TITLE_H_IN, TITLE_TOP_IN

    width, height = deck.options.slide_inches
    inner = width - 2 * MARGIN_IN
    chunks = deck.sources_pages()
    for number, lines in enumerate(chunks, 1):
        if not pages.wanted():
            continue
        pages.next()
        title = "Sources" if number == 1 else f"Sources (continued, {number} of {len(chunks)})"
        pages.text(pages.inches(MARGIN_IN, TITLE_TOP_IN, inner, TITLE_H_IN), title, TITLE_PT, True)
        top = SUBTITLE_TOP_IN * PDF_DPI
        bottom = (height - 0.5) * PDF_DPI
        for line in lines:
            rect = QRectF(MARGIN_IN * PDF_DPI, top, inner * PDF_DPI, max(bottom - top, 1))
            top += pages.text(rect, line, BODY_PT, wrap=True) + _px(6)
            if top >= bottom:
                break


_DATE = re.compile(rb"\(D:\d{14}Z\)")
_XMP_DATE = re.compile(rb'(xmp:(?:CreateDate|ModifyDate|MetadataDate)=")[^"]{25}(")')


def fixed_metadata(data: bytes, when, document_id: uuid.UUID) -> bytes:
    """The PDF with its dates set to ``when`` and its id to ``document_id``; every replacement has the
    length of what it replaces, so the cross-reference offsets stay true."""
    stamp = when.strftime("%Y%m%d%H%M%S").encode()
    data = _DATE.sub(b"(D:" + stamp + b"Z)", data)
    iso = when.strftime("%Y-%m-%dT%H:%M:%S+00:00").encode()
    data = _XMP_DATE.sub(lambda m: m.group(1) + iso + m.group(2), data)
    found = re.search(rb"uuid:([0-9a-f-]{36})", data)
    if found:
        old = found.group(1)
        new = str(document_id).encode()
        data = data.replace(old, new).replace(old.hex().encode(), new.hex().encode())
    return data


def _paint_deck(painter: QPainter, deck, document, new_page, only: set[int] | None = None) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pages = _Pages(painter, new_page, deck, only)
    _title_page(pages, deck)
    for slide in deck.slides:
        _view_page(pages, deck, slide, document)
    _sources_pages(pages, deck)


def deck_pdf_bytes(deck, document) -> bytes:
    buffer = writers._buffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setCreator("Lagebild")
    writer.setTitle(one_line(deck.title))
    width, height = deck.options.slide_inches
    size = QPageSize(QSizeF(width * 72, height * 72), QPageSize.Unit.Point, "Lagebild slide",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    if not writer.setPageLayout(layout):
        raise OutputError("the PDF page size is not valid")
    painter = QPainter()
    with render._quiet_qt():
        if not painter.begin(writer):
            raise OutputError("could not start drawing the PDF deck")
        try:
            _paint_deck(painter, deck, document, writer.newPage)
        finally:
            painter.end()
    document_id = uuid.uuid5(uuid.NAMESPACE_URL, f"lagebild-deck:{deck.sha256}:{deck.title}")
    return fixed_metadata(bytes(buffer.data()), deck.made, document_id)


def page_image(deck, document, number: int) -> QImage:
    """Page ``number`` (from 1: the title) of the PDF deck, painted by the same code into an image of
    PDF_DPI pixels per inch (to look at, and for the approved images)."""
    width, height = deck.options.slide_inches
    image = QImage(round(width * PDF_DPI), round(height * PDF_DPI), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter()
    with render._quiet_qt():
        if not painter.begin(image):
            raise OutputError("could not start drawing the slide")
        try:
            _paint_deck(painter, deck, document, lambda: True, {number})
        finally:
            painter.end()
    return image

"""PNG, SVG and PDF files of a painted page, each written atomically.

Every format is painted by the same function, ``paint(painter, device_width)``:
PNG into an image of exactly the requested pixels (with its dpi recorded),
SVG through QSvgGenerator and PDF through QPdfWriter, both of which keep
shapes as shapes and text as text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from ..model.citations import one_line
from ..output.atomic import OutputError, write_atomically

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PAPER_IDS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
INCH_M = 0.0254

Paint = Callable[[QPainter, float], None]  # (painter, device width in pixels)


def format_of(path: str | os.PathLike) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"{path}: cannot tell the format from the name; use a name ending in .png, .svg or .pdf")
    return FORMATS[suffix]


def _painting(device, paint: Paint, width: float, what: str) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise OutputError(f"could not start drawing the {what}")
    try:
        paint(painter, width)
    finally:
        painter.end()


def _buffer() -> QBuffer:
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


# -- PNG ---------------------------------------------------------------------------
def render_png_image(spec, paint: Paint, background: str) -> QImage:
    image = QImage(spec.width_px, spec.height_px, QImage.Format.Format_RGB32)
    image.fill(QColor(background))
    dots_per_metre = round(spec.dpi / INCH_M)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    _painting(image, paint, spec.width_px, "image")
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = _buffer()
    if not image.save(buffer, "PNG"):
        raise OutputError("could not encode the PNG image")
    return bytes(buffer.data())


# -- SVG ---------------------------------------------------------------------------
def svg_bytes(spec, paint: Paint, title: str) -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    buffer = _buffer()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(spec.width_px, spec.height_px))
    generator.setViewBox(QRectF(0, 0, spec.width_px, spec.height_px))
    generator.setResolution(spec.dpi)
    generator.setTitle(title)
    generator.setDescription("Made with Lagebild")
    _painting(generator, paint, spec.width_px, "SVG drawing")
    return xml_legal(bytes(buffer.data()))


# XML 1.0 forbids these characters even as references; Qt writes file text into the SVG as it is
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _visible_symbol(match: re.Match) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\ufffd"  # the Unicode control pictures


def xml_legal(svg: bytes) -> bytes:
    """The SVG with every character that XML refuses shown as its symbol, so any XML parser reads it."""
    text = svg.decode("utf-8", errors="surrogatepass")
    return _XML_FORBIDDEN.sub(_visible_symbol, text).encode("utf-8")


# -- PDF ---------------------------------------------------------------------------
def pdf_page_layout(spec) -> QPageLayout:
    """A sheet (A4 or Letter, landscape or portrait), or a page of the pixel size at the dpi."""
    margins = QMarginsF(0, 0, 0, 0)
    sheet, _, side = (spec.paper or "").partition("-")
    if sheet in PAPER_IDS:
        orientation = QPageLayout.Orientation.Portrait if side == "portrait" else QPageLayout.Orientation.Landscape
        return QPageLayout(QPageSize(PAPER_IDS[sheet]), orientation, margins, QPageLayout.Unit.Point)
    points = QSizeF(spec.width_px * 72.0 / spec.dpi, spec.height_px * 72.0 / spec.dpi)
    size = QPageSize(points, QPageSize.Unit.Point, "Lagebild page", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, margins, QPageLayout.Unit.Point)


def pdf_bytes(spec, paint: Callable[[QPainter, float, Callable[[], bool]], object], title: str) -> bytes:
    """``paint(painter, width, new_page)``: ``new_page()`` starts a further page of the same size."""
    buffer = _buffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(spec.dpi)
    writer.setCreator("Lagebild")
    writer.setTitle(one_line(title))
    if not writer.setPageLayout(pdf_page_layout(spec)):
        raise OutputError("the PDF page size is not valid")
    _painting(writer, lambda painter, width: paint(painter, width, writer.newPage), writer.width(), "PDF page")
    # ending the painter finishes the file
    return bytes(buffer.data())


# -- files -------------------------------------------------------------------------
def write_export(out: str | os.PathLike, make: Callable[[], bytes], inputs: tuple = ()) -> Path:
    """Make the file's bytes in memory, then put them at ``out`` atomically; refuses to
    overwrite an input file and leaves nothing behind on failure."""
    return write_atomically(out, make, inputs)

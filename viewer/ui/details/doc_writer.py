"""Builds a QTextDocument from plain text only, with the few looks the detail
pane needs: headings, labelled fields, chips, block quotes, framed notes and
checked web links. No HTML is ever parsed, so file text cannot become markup."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)

from ...model.citations import safe_link
from ...style.fonts import font_family
from ...style.theme import readable_text
from ..plain_text import display_text, elide, elision_marker, isolate
from .safe_browser import ELIDED_PROPERTY


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """a moved towards b by amount (0..1)."""
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


def readable_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on the colour (WCAG contrast: at least 4.5:1)."""
    return QColor(readable_text(colour.name()))


@dataclass
class Colours:
    text: QColor
    base: QColor
    muted: QColor
    link: QColor
    quote_back: QColor
    quote_bar: QColor
    note_back: QColor
    note_bar: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colours:
        text, base = palette.color(QPalette.Text), palette.color(QPalette.Base)
        dark = base.lightness() < 128
        amber = QColor("#ffb300")
        return cls(text=text, base=base, muted=mix(text, base, 0.38), link=palette.color(QPalette.Link),
                   quote_back=mix(base, text, 0.04), quote_bar=mix(base, text, 0.2),
                   note_back=mix(base, amber, 0.22 if dark else 0.14), note_bar=amber)


class DocumentWriter:
    def __init__(self, document: QTextDocument, colours: Colours, pixel_size: int = 13):
        self.document = document
        self.colours = colours
        self.pixel_size = pixel_size
        self.cursor = QTextCursor(document)
        self.full_texts: list[tuple[str, str]] = []  # (what, whole text) of each cut-short text
        self._first_block = True

    # -- formats ----------------------------------------------------------
    def char(self, size: float = 0, bold: bool = False, italic: bool = False,
             colour: QColor | None = None, background: QColor | None = None) -> QTextCharFormat:
        fmt = QTextCharFormat()
        font = QFont(font_family())
        font.setPixelSize(round(size or self.pixel_size))
        font.setBold(bold)
        font.setItalic(italic)
        fmt.setFont(font)
        fmt.setForeground(QBrush(colour or self.colours.text))
        if background is not None:
            fmt.setBackground(QBrush(background))
        return fmt

    def block(self, top: float = 0, bottom: float = 0, indent: float = 0) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLeftMargin(indent)
        return fmt

    # -- writing ----------------------------------------------------------
    def new_block(self, fmt: QTextBlockFormat | None = None) -> None:
        """Start a paragraph; the document's first block already exists."""
        fmt = fmt or self.block()
        if self._first_block:
            self.cursor.setBlockFormat(fmt)
            self._first_block = False
        else:
            self.cursor.insertBlock(fmt, self.char())

    def text(self, text: str, fmt: QTextCharFormat | None = None, what: str = "") -> None:
        """File text: control characters shown, direction marks contained, long text cut short."""
        shown, cut = elide(text)
        self.cursor.insertText(isolate(display_text(shown)), fmt or self.char())
        if cut:
            marker = self.char(colour=self.colours.link)
            marker.setFontUnderline(True)
            marker.setProperty(ELIDED_PROPERTY, len(self.full_texts))
            self.full_texts.append((what or "Text", text))
            self.cursor.insertText(" " + elision_marker(len(text)), marker)

    def label(self, text: str, fmt: QTextCharFormat | None = None) -> None:
        """Text written by the viewer itself (labels, counts)."""
        self.cursor.insertText(text, fmt or self.char())

    def heading(self, text: str, size: float = 17, top: float = 0) -> None:
        self.new_block(self.block(top=top, bottom=2))
        self.text(text, self.char(size=size, bold=True), what="Title")

    def section(self, text: str, detail: str = "") -> None:
        self.new_block(self.block(top=14, bottom=4))
        self.label(text.upper(), self.char(size=self.pixel_size - 1, bold=True, colour=self.colours.muted))
        if detail:
            self.label("  " + detail, self.char(size=self.pixel_size - 1, colour=self.colours.muted))

    def field(self, label: str, value: str, what: str = "", indent: float = 0) -> None:
        self.new_block(self.block(top=1, indent=indent))
        self.label(f"{label}: ", self.char(colour=self.colours.muted))
        self.text(value, what=what or label)

    def chip(self, label: str, colour: QColor) -> None:
        """A coloured label; the words are always written inside it."""
        self.label("\u00a0" + label + "\u00a0", self.char(bold=True, colour=readable_on(colour), background=colour))

    def swatch(self, colour: QColor) -> None:
        self.label("\u00a0\u00a0\u00a0", self.char(background=colour))

    def link(self, url: str) -> None:
        """A web link when safe_link accepts it, otherwise the address as inert text."""
        target = safe_link(url)
        if target is None:
            self.text(url, what="URL")
            self.label("  (not a web link; will not open)", self.char(colour=self.colours.muted, italic=True))
            return
        fmt = self.char(colour=self.colours.link)
        fmt.setAnchor(True)
        fmt.setAnchorHref(target)
        fmt.setFontUnderline(True)
        self.text(target, fmt, what="URL")

    @contextmanager
    def framed(self, background: QColor, border: QColor | None = None, padding: float = 6, top: float = 4):
        """A box with its own background around the blocks written inside the with-block."""
        fmt = QTextFrameFormat()
        fmt.setBackground(QBrush(background))
        fmt.setPadding(padding)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(4)
        fmt.setBorder(1 if border is not None else 0)
        if border is not None:
            fmt.setBorderBrush(QBrush(border))
            fmt.setBorderStyle(QTextFrameFormat.BorderStyle_Solid)
        frame = self.cursor.insertFrame(fmt)
        self._first_block = True  # a new frame starts with an empty block
        try:
            yield frame
        finally:
            self.cursor = frame.lastCursorPosition()
            self.cursor.movePosition(QTextCursor.NextBlock)
            self._first_block = True  # Qt keeps an empty block after every frame

"""The deck as PowerPoint (python-pptx): title slide, one slide per view, closing sources slides.

Titles, captions and banners are the slide's own text, so they can be edited and
searched; the picture is the page renderer's PNG at the deck's resolution; the
speaker notes carry every source behind the events shown and the link back to the
event file and view. The same deck gives the same bytes: the zip's entries carry
the deck's time and the document properties are set, not left to the clock.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from ..model.citations import one_line
from .page_blocks import banner_colour

EMU_PER_INCH = 914400
TITLE_PT, CAPTION_PT, SUBTITLE_PT, BANNER_PT, BODY_PT = 28, 16, 11, 11, 12
LAYOUT_TITLE, LAYOUT_TITLE_ONLY = 0, 5  # of python-pptx's default template


def _pptx():
    try:
        import pptx
    except ImportError as exc:  # the optional part: say how to get it
        from ..output.atomic import OutputError

        raise OutputError("writing PowerPoint needs python-pptx: pip install 'lagebild[deck]' "
                          "(or write the deck as .pdf)") from exc
    return pptx


def _emu(inches: float) -> int:
    return round(inches * EMU_PER_INCH)


def _text_box(slide, left, top, width, height, text, size, bold=False, colour="1A1A1A", align=None,
              name=None):
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    box = slide.shapes.add_textbox(_emu(left), _emu(top), _emu(width), _emu(height))
    if name:
        box.name = name
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = line
        if align is not None:
            paragraph.alignment = align
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.color.rgb = RGBColor.from_string(colour)
    return box


def _banners(slide, deck) -> None:
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Pt

    from .deck import BANNER_IN

    caveat = (deck.options.caveat or "").strip()
    if not caveat:
        return
    width, height = deck.options.slide_inches
    fill = banner_colour(caveat).lstrip("#")
    for place, top in (("top", 0.0), ("bottom", height - BANNER_IN)):
        shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, _emu(top), _emu(width), _emu(BANNER_IN))
        shape.name = f"Caveat banner ({place})"
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)
        shape.line.fill.background()
        frame = shape.text_frame
        frame.text = one_line(caveat)
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER
        for run in paragraph.runs:
            run.font.size = Pt(BANNER_PT)
            run.font.bold = True
            run.font.color.rgb = RGBColor.from_string("FFFFFF")


def _set_title(slide, text, deck, top, height, size) -> None:
    from pptx.util import Pt

    from .deck import MARGIN_IN

    width, _ = deck.options.slide_inches
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = (_emu(MARGIN_IN), _emu(top), _emu(width - 2 * MARGIN_IN),
                                                       _emu(height))
    title.text = text
    frame = title.text_frame
    frame.word_wrap = True
    for paragraph in frame.paragraphs:
        paragraph.alignment = 1  # left
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.bold = True


def _notes(slide, text: str) -> None:
    slide.notes_slide.notes_text_frame.text = text


def _title_slide(prs, deck) -> None:
    from .deck import MARGIN_IN

    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE])
    width, height = deck.options.slide_inches
    _set_title(slide, one_line(deck.title), deck, height * 0.3, 1.2, 36)
    subtitle = slide.placeholders[1]
    subtitle.left, subtitle.top = _emu(MARGIN_IN), _emu(height * 0.3 + 1.3)
    subtitle.width, subtitle.height = _emu(width - 2 * MARGIN_IN), _emu(1.4)
    subtitle.text_frame.text = "\n".join(one_line(line) for line in deck.title_lines())
    for paragraph in subtitle.text_frame.paragraphs:
        paragraph.alignment = 1
    _banners(slide, deck)
    _notes(slide, "\n".join([*deck.title_lines(), "", f"Event file: {deck.file_name}",
                             f"Event file SHA-256: {deck.sha256}"]))


def _view_slide(prs, deck, slide_data) -> None:
    from pptx.util import Pt  # noqa: F401 (python-pptx loaded once here)

    from .deck import (
        CAPTION_H_IN,
        CAPTION_TOP_IN,
        MARGIN_IN,
        SUBTITLE_H_IN,
        SUBTITLE_TOP_IN,
        TITLE_H_IN,
        TITLE_TOP_IN,
    )

    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE_ONLY])
    width, _ = deck.options.slide_inches
    inner = width - 2 * MARGIN_IN
    _set_title(slide, one_line(slide_data.title), deck, TITLE_TOP_IN, TITLE_H_IN, TITLE_PT)
    if slide_data.caption:
        _text_box(slide, MARGIN_IN, CAPTION_TOP_IN, inner, CAPTION_H_IN, one_line(slide_data.caption), CAPTION_PT,
                  name="Caption")
    _text_box(slide, MARGIN_IN, SUBTITLE_TOP_IN, inner, SUBTITLE_H_IN, one_line(slide_data.subtitle), SUBTITLE_PT,
              colour="555555", name="What is shown")
    left, top, pic_w, pic_h = deck.options.picture_box
    picture = slide.shapes.add_picture(io.BytesIO(slide_data.png), _emu(left), _emu(top), _emu(pic_w), _emu(pic_h))
    picture.name = f"Picture: {one_line(slide_data.view.name, 80)}"
    _banners(slide, deck)
    _notes(slide, slide_data.notes_text())


def _sources_slides(prs, deck) -> None:
    from .deck import MARGIN_IN, SUBTITLE_TOP_IN, TITLE_H_IN, TITLE_TOP_IN

    width, height = deck.options.slide_inches
    pages = deck.sources_pages()
    for number, lines in enumerate(pages, 1):
        slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE_ONLY])
        title = "Sources" if number == 1 else f"Sources (continued, {number} of {len(pages)})"
        _set_title(slide, title, deck, TITLE_TOP_IN, TITLE_H_IN, TITLE_PT)
        _text_box(slide, MARGIN_IN, SUBTITLE_TOP_IN, width - 2 * MARGIN_IN, height - SUBTITLE_TOP_IN - 0.6,
                  "\n".join(lines), BODY_PT, name="Sources")
        _banners(slide, deck)
        _notes(slide, "\n".join(lines))


def _fixed_zip(data: bytes, when: datetime) -> bytes:
    """The package again with every entry dated ``when`` and the same attributes, for the same bytes."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def pptx_bytes(deck) -> bytes:
    pptx = _pptx()
    prs = pptx.Presentation()
    width, height = deck.options.slide_inches
    prs.slide_width, prs.slide_height = _emu(width), _emu(height)
    _title_slide(prs, deck)
    for slide in deck.slides:
        _view_slide(prs, deck, slide)
    _sources_slides(prs, deck)
    when = deck.made.replace(tzinfo=None)
    properties = prs.core_properties
    properties.title = one_line(deck.title)
    properties.subject = one_line(deck.document_title)
    properties.author = properties.last_modified_by = "Lagebild"
    properties.created = properties.modified = when
    properties.last_printed = when
    properties.revision = 1
    buffer = io.BytesIO()
    prs.save(buffer)
    return _fixed_zip(buffer.getvalue(), deck.made)

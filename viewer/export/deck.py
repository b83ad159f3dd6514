"""A briefing deck from a story of saved views: one slide per view, its picture made by the page renderer.

Views are recipes: each slide's picture is drawn anew from the event file as it
is now, so a changed file re-renders every slide. Each slide keeps what the
writers need (deck_pptx.py, deck_pdf.py): its title, caption, the subtitle the
page would have had (range, filter, count), the PNG, the spec to draw it again
as vectors, the sources behind the events it shows, and the link back to the
event file and view.

    deck = build_deck(document, story, DeckOptions(caveat="UNCLASSIFIED"))
    export_deck(deck, document, "brief.pptx")
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..model.zone_display import axis_zone
from ..output.atomic import OutputError
from ..story import restore
from ..story.links import SlideLink, content_hash, link_lines
from ..story.slide_sources import SourceEntry, merged, notes_lines, sources_behind
from ..story.views import SavedView, Story
from . import page_text, render, writers
from .page import PageSpec

ASPECTS = {"16:9": (13.333, 7.5), "4:3": (10.0, 7.5)}  # slide inches, as PowerPoint's own sizes
DEFAULT_DPI = 200  # pixels per inch of the picture on the slide
BANNER_IN = 0.3
MARGIN_IN = 0.4
TITLE_TOP_IN, TITLE_H_IN = 0.42, 0.62
CAPTION_TOP_IN, CAPTION_H_IN = 1.04, 0.42
SUBTITLE_TOP_IN, SUBTITLE_H_IN = 1.44, 0.3
PICTURE_TOP_IN = 1.8
SOURCES_PER_SLIDE = 12  # lines of the closing sources slide before it continues on another


@dataclass(frozen=True)
class DeckOptions:
    aspect: str = "16:9"
    dpi: int = DEFAULT_DPI
    caveat: str | None = None
    generated_at: datetime | None = None  # None: SOURCE_DATE_EPOCH, else the event file's last change

    def __post_init__(self):
        if self.aspect not in ASPECTS:
            raise ValueError(f"unknown slide shape {self.aspect!r}; expected one of {', '.join(ASPECTS)}")

    @property
    def slide_inches(self) -> tuple[float, float]:
        return ASPECTS[self.aspect]

    @property
    def picture_box(self) -> tuple[float, float, float, float]:
        """Left, top, width, height of the picture on the slide, in inches."""
        width, height = self.slide_inches
        bottom = height - BANNER_IN - 0.12
        return MARGIN_IN, PICTURE_TOP_IN, width - 2 * MARGIN_IN, bottom - PICTURE_TOP_IN

    @property
    def picture_pixels(self) -> tuple[int, int]:
        _, _, width, height = self.picture_box
        return round(width * self.dpi), round(height * self.dpi)


@dataclass
class Slide:
    view: SavedView
    title: str
    caption: str
    subtitle: str
    spec: PageSpec
    png: bytes
    sources: list[SourceEntry]
    notes: list[str]  # what the view no longer finds in the file
    link: SlideLink

    def notes_text(self) -> str:
        """The speaker notes: caption, what is shown, notes on the view, every source, the link back."""
        lines = [self.title]
        if self.caption:
            lines.append(self.caption)
        lines.append(self.subtitle)
        for note in self.notes:
            lines.append(f"Note: {note}.")
        lines.append("")
        lines += notes_lines(self.sources)
        lines.append("")
        lines += link_lines(self.link)
        return "\n".join(lines)


@dataclass
class Deck:
    title: str  # the story's name
    document_title: str
    file_name: str
    sha256: str
    made: datetime
    options: DeckOptions
    slides: list[Slide] = field(default_factory=list)

    @property
    def sources(self) -> list[SourceEntry]:
        return merged([slide.sources for slide in self.slides])

    def title_lines(self) -> list[str]:
        count = len(self.slides)
        return [self.document_title,
                f"{count} {'view' if count == 1 else 'views'} of {self.file_name} \u00b7 made "
                f"{self.made.strftime('%d %b %Y')} with Lagebild"]

    def sources_pages(self) -> list[list[str]]:
        """The closing list of every source, a slide's worth at a time."""
        from ..story.slide_sources import summary_line

        lines = [summary_line(entry) for entry in self.sources] or ["No source is cited by the events shown."]
        return [lines[i:i + SOURCES_PER_SLIDE] for i in range(0, len(lines), SOURCES_PER_SLIDE)]


def deck_time(options: DeckOptions, path: str | os.PathLike | None) -> datetime:
    """The one time a deck records: the chosen one, SOURCE_DATE_EPOCH, else the event file's last change,
    so that the same file makes the same bytes."""
    if options.generated_at is not None or os.environ.get("SOURCE_DATE_EPOCH", "").strip().isdigit():
        return page_text.generated_time(options.generated_at)
    if path:
        try:
            return datetime.fromtimestamp(int(os.stat(path).st_mtime), UTC)
        except OSError:
            pass
    return datetime(2000, 1, 1, tzinfo=UTC)


def picture_spec(view: SavedView, document, options: DeckOptions, resolved) -> PageSpec:
    width, height = options.picture_pixels
    return PageSpec(
        view=view.picture, width_px=width, height_px=height, dpi=options.dpi, theme=view.theme,
        title=view.title or None, show_title=False, caveat=None, show_footer=False, show_sources=True,
        start=view.start, end=view.end, lanes=view.lanes, filter=resolved.filter, time_zone=view.time_zone,
        map_extent=view.map_extent, range="auto", quotes=0, show_notes=False,
        selected=tuple(document.events[int(r)].id for r in resolved.selected),
        highlighted=tuple(document.events[int(r)].id for r in resolved.highlighted))


def build_slide(view: SavedView, document, options: DeckOptions, link: SlideLink) -> Slide:
    resolved = restore.resolve(view, document)
    spec = picture_spec(view, document, options, resolved)
    shown: dict = {}

    def keep(panes) -> None:
        mask = panes.shown_mask()
        shown["mask"] = mask
        shown["subtitle"] = page_text.default_subtitle(
            document, spec.filter, panes.shown_span(), int(mask.sum()),
            axis_zone(spec.time_zone, document.columns.offset), panes.focus)

    with render._quiet_qt():
        image = writers.render_png_image(spec, lambda p, w: render.paint_document(p, spec, document, w, seen=keep),
                                         render.THEMES[spec.theme].background)
        png = writers.png_bytes(image)
    title = view.title or view.name
    return Slide(view, title, view.caption, shown["subtitle"], spec, png,
                 sources_behind(document, shown["mask"], view.time_zone), resolved.notes, link)


def build_deck(document, story: Story, options: DeckOptions | None = None) -> Deck:
    """Every view of the story drawn from ``document`` as it is now (Qt needs an application)."""
    options = options or DeckOptions()
    path = getattr(document, "path", None)
    if not story.views:
        raise OutputError(f"the story {story.name!r} has no views; capture some in the storyboard first")
    sha = content_hash(path) if path and Path(path).is_file() else ""
    file_name = Path(path).name if path else ""
    deck = Deck(story.name, document.info.title, file_name, sha, deck_time(options, path), options)
    for view in story.views:
        link = SlideLink(view.name, file_name, sha, str(Path(path).resolve()) if path else "")
        deck.slides.append(build_slide(view, document, options, link))
    return deck


DECK_FORMATS = {".pptx": "pptx", ".pdf": "pdf"}


def export_deck(deck: Deck, document, out: str | os.PathLike) -> Path:
    """Write the deck as .pptx or .pdf, atomically; the event file is never a target."""
    suffix = Path(out).suffix.lower()
    if suffix not in DECK_FORMATS:
        raise OutputError(f"{out}: a deck is written as .pptx or .pdf; use a name ending in one of them")
    inputs = (document.path,) if getattr(document, "path", None) else ()
    if suffix == ".pptx":
        from .deck_pptx import pptx_bytes

        return writers.write_export(out, lambda: pptx_bytes(deck), inputs)
    from .deck_pdf import deck_pdf_bytes

    return writers.write_export(out, lambda: deck_pdf_bytes(deck, document), inputs)

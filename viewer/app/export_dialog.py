"""File > Export: a briefing page of the timeline, map, board or all together,
with a live preview, saved as PNG, SVG or PDF (the file name decides)."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..export.page import PageSpec
from ..export.render import export_page
from ..model.dates import resolve
from ..model.filters import filter_mask
from ..model.geo import parse_extent
from ..model.wording import counted
from ..output.annex import annex_entries, write_annex
from ..output.atomic import OutputError
from ..output.sizes import MAX_DPI, MIN_DPI, paper_pixels, sheet_of
from ..state import Commands
from ..style.theme import THEME_TITLES
from ..ui.plain_text import show_message
from .export_memory import (
    default_path,
    document_choices,
    remember_choices,
    remember_document_choices,
    restore_choices,
)
from .export_preview import FORM_ROOM_PX, PREVIEW_W, ExportPreview, preview_width

VIEWS = (("timeline", "Timeline"), ("map", "Map"), ("board", "Segment board"), ("page", "Page: timeline above map"),
         ("annex", "Sources annex: every quote, by event"))
PICTURE_SUFFIXES = (".png", ".svg", ".pdf")
ANNEX_SUFFIXES = (".html", ".htm", ".md", ".markdown")
RANGES = (("auto", "Auto: all, with a detail panel where events crowd"), ("visible", "Visible in the timeline"),
          ("all", "All events"), ("custom", "From / to"))
SIZES = (("slide", "16:9 slide, 1920 × 1080"), ("slide4k", "16:9 slide, 3840 × 2160"), ("4:3", "4:3, 1600 × 1200"),
         ("a4", "A4 landscape"), ("a4-portrait", "A4 portrait"), ("letter", "Letter landscape"),
         ("letter-portrait", "Letter portrait"), ("custom", "Custom"))
SHEETS = ("a4", "a4-portrait", "letter", "letter-portrait")
PIXELS = {"slide": (1920, 1080), "slide4k": (3840, 2160), "4:3": (1600, 1200)}
THEME_NAMES = tuple(THEME_TITLES.items())
FILE_FILTER = "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
ANNEX_FILTER = "HTML page (*.html);;Markdown text (*.md)"
DEBOUNCE_MS = 250


def sheet_name(size: str) -> str:
    return "-".join(sheet_of(size) or (size, "landscape"))


def _combo(choices) -> QComboBox:
    box = QComboBox()
    for key, text in choices:
        box.addItem(text, key)
    return box


class ExportDialog(QDialog):
    """Reads what to export from the state only: document, filter, time range, lanes, theme."""

    def __init__(self, state, commands: Commands, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.state = state
        self.commands = commands
        self.document = self.state.document
        self.setWindowTitle("Export")
        self.preview_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self._proposed_path = ""
        self._build()
        self._restore()
        self._connect()
        self._update_enabled()
        self.refresh_preview()

    # -- widgets ------------------------------------------------------------------
    def _build(self) -> None:
        self.view = _combo(VIEWS)
        self.range = _combo(RANGES)
        self.start, self.end = QLineEdit(), QLineEdit()
        self.start.setPlaceholderText("from, e.g. 2025-03")
        self.end.setPlaceholderText("to, e.g. 2025-05")
        self.size = _combo(SIZES)
        self.width_px, self.height_px = QSpinBox(), QSpinBox()
        for box in (self.width_px, self.height_px):
            box.setRange(16, 20000)
            box.setSuffix(" px")
        self.dpi = QSpinBox()
        self.dpi.setRange(MIN_DPI, MAX_DPI)
        self.dpi.setSuffix(" dpi")
        self.theme = _combo(THEME_NAMES)
        self.map_extent = QLineEdit()
        self.map_extent.setPlaceholderText("empty: fitted to the events; or W,S,E,N in degrees, e.g. -12,35,40,60")
        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.caveat = QLineEdit()
        self.caveat.setPlaceholderText("e.g. UNCLASSIFIED // FOR TRAINING; empty: no banners")
        self.caveat.setToolTip("Banner text at the top and bottom of the page. A known marking as its first "
                               "word sets the usual colour: UNCLASSIFIED green, CUI purple, CONFIDENTIAL blue, "
                               "SECRET red, TOP SECRET orange; anything else is grey.")
        self.legend, self.sources, self.footer = (QCheckBox("Le&gend"), QCheckBox("Source &line"),
                                                  QCheckBox("&Footer (time made, file name)"))
        self.quotes = QSpinBox()
        self.quotes.setRange(0, 50)
        self.quotes.setValue(3)
        self.quotes.setSpecialValueText("none")
        self.quotes.setSuffix(" strongest by grade")
        self.notes = QCheckBox("Analyst &notes (marked as assessment)")
        self.notes.setChecked(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText("file name ending in .png, .svg or .pdf")
        self.browse = QPushButton("Br&owse...")
        self.browse.setAutoDefault(False)  # Enter in a field exports; only a click or Alt+O browses
        # The dialog fits where the main window fits: a small window gets a smaller preview.
        room = self.parentWidget().window().width() if self.parentWidget() is not None else PREVIEW_W + FORM_ROOM_PX
        self.preview = ExportPreview(width=preview_width(room))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)

        # Each label's underlined letter moves the focus to the field on its row, and only there.
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name, text, field, row in (
            ("view", "&View:", self.view, None),
            ("range", "&Range:", self.range, None),
            ("start", "Fro&m, to:", self.start, _row(self.start, self.end)),
            ("size", "&Size:", self.size, None),
            ("width_px", "Pi&xels, dpi:", self.width_px, _row(self.width_px, QLabel("×"), self.height_px, self.dpi)),
            ("theme", "&Theme:", self.theme, None),
            ("map_extent", "Ma&p area:", self.map_extent, None),
            ("title", "T&itle:", self.title, None),
            ("subtitle", "Su&btitle:", self.subtitle, None),
            ("caveat", "&Caveat:", self.caveat, None),
            ("legend", "Show:", None, _row(self.legend, self.sources, self.footer)),
            ("quotes", "&Quotes:", self.quotes, _row(self.quotes, self.notes)),
            ("path", "Save &as:", self.path, _row(self.path, self.browse)),
        ):
            label = QLabel(text)
            if field is not None:
                label.setBuddy(field)
            self.labels[name] = label
            form.addRow(label, row if row is not None else field)
        body = QHBoxLayout()
        body.addLayout(form, 1)
        body.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        for box in (self.view, self.range, self.size, self.theme):
            box.currentIndexChanged.connect(self._changed)
        for spin in (self.width_px, self.height_px, self.dpi):
            spin.valueChanged.connect(self._changed)
        for edit in (self.start, self.end, self.map_extent, self.title, self.subtitle, self.caveat):
            edit.textChanged.connect(self._changed)
        for check in (self.legend, self.sources, self.footer, self.notes):
            check.toggled.connect(self._changed)
        self.quotes.valueChanged.connect(self._changed)
        self.view.currentIndexChanged.connect(self._view_changed)
        self.browse.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

    def _changed(self, *_args) -> None:
        self._update_enabled()
        self.preview_timer.start()

    def _view_changed(self) -> None:
        # A file name the dialog proposed follows the view; one the user chose stays, in the format the
        # view can be written as (a picture or the annex).
        if self.path.text() == self._proposed_path:
            self._propose_path()
            return
        path = Path(self.path.text().strip())
        wanted = ANNEX_SUFFIXES if self.is_annex() else PICTURE_SUFFIXES
        if self.path.text().strip() and path.suffix.lower() not in wanted:
            self.path.setText(str(path.with_suffix(self._default_path().suffix)))

    def is_annex(self) -> bool:
        return self.view.currentData() == "annex"

    def _propose_path(self) -> None:
        self._proposed_path = str(self._default_path())
        self.path.setText(self._proposed_path)

    def _update_enabled(self) -> None:
        custom_range = self.range.currentData() == "custom"
        self.start.setEnabled(custom_range)
        self.end.setEnabled(custom_range)
        size = self.size.currentData()
        for box in (self.width_px, self.height_px):
            box.setEnabled(size == "custom")
        if size in PIXELS:
            width, height = PIXELS[size]
        elif size in SHEETS:
            width, height = paper_pixels(size, self.dpi.value())
        else:
            width, height = self.width_px.value(), self.height_px.value()
        for box, value in ((self.width_px, width), (self.height_px, height)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.map_extent.setEnabled(self.view.currentData() in ("map", "page"))
        picture = not self.is_annex()
        for widget in (self.size, self.dpi, self.theme, self.title, self.caveat, self.legend, self.sources,
                       self.footer, self.quotes, self.notes):
            widget.setEnabled(picture)
        if not picture:
            for box in (self.width_px, self.height_px):
                box.setEnabled(False)
            self.map_extent.setEnabled(False)
        self.path.setPlaceholderText("file name ending in .png, .svg or .pdf" if picture
                                     else "file name ending in .html or .md")
        self.export_button.setEnabled(self.document is not None)

    # -- choices <-> page -------------------------------------------------------------
    def time_range(self) -> tuple[float, float]:
        """Raises ValueError with a sentence for a date that is not EDTF."""
        mode = self.range.currentData()
        if mode == "visible":
            return self.state.time_range
        if mode in ("all", "auto"):
            return -math.inf, math.inf
        start_text, end_text = self.start.text().strip(), self.end.text().strip()
        # a date's whole unit counts: "2025-04" starts on 1 April and ends with 30 April
        start = resolve(start_text).start_lo if start_text else -math.inf
        end = resolve(end_text).end_hi if end_text else math.inf
        if start >= end:
            raise ValueError("the range ends before it starts")
        return start, end

    def chosen_extent(self) -> tuple[float, float, float, float] | None:
        """Raises ValueError with a sentence for an area that is not W,S,E,N."""
        text = self.map_extent.text().strip()
        if not text or not self.map_extent.isEnabled():
            return None
        try:
            return parse_extent(text)
        except ValueError as exc:
            raise ValueError(f"map area {exc}") from None

    def page_spec(self) -> PageSpec:
        start, end = self.time_range()
        size = self.size.currentData()
        return PageSpec(
            view=self.view.currentData(), width_px=self.width_px.value(), height_px=self.height_px.value(),
            dpi=self.dpi.value(), theme=self.theme.currentData(),
            title=self.title.text() or None, subtitle=self.subtitle.text() or None,
            caveat=self.caveat.text().strip() or None, show_legend=self.legend.isChecked(),
            show_sources=self.sources.isChecked(), show_footer=self.footer.isChecked(), start=start, end=end,
            lanes=self.state.lane_mode, filter=self.state.filter,
            paper=sheet_name(size) if size in SHEETS else None, map_extent=self.chosen_extent(),
            range="auto" if self.range.currentData() == "auto" else "all", quotes=self.quotes.value(),
            show_notes=self.notes.isChecked())

    def annex_mask(self):
        """The events the annex lists: those shown, within the chosen range."""
        start, end = self.time_range()
        spec = self.state.filter
        spec = spec.with_(start=max(spec.start, start), end=min(spec.end, end))
        return filter_mask(self.document, spec, self.state.search_index())

    def refresh_preview(self) -> None:
        if self.document is None:
            self.preview.show_message("Open an event file to export it.")
            return
        if self.is_annex():
            try:
                entries = annex_entries(self.document, self.annex_mask())
            except ValueError as exc:
                self.preview.show_message(f"No preview: {exc}")
                return
            quotes = sum(len(entry.event.citations) for entry in entries)
            self.preview.show_message(
                f"The sources annex lists {counted(quotes, 'quote')} supporting {counted(len(entries), 'event')}: "
                "each quote verbatim with who said it, who published it, when, and its grade. "
                "Saved as an HTML page or as Markdown text.")
            return
        try:
            spec = self.page_spec()
        except ValueError as exc:
            self.preview.show_message(f"No preview: {exc}")
            return
        self.preview.show_page(spec, self.document)

    # -- saving ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = self.path.text() or str(self._default_path())
        path, chosen = QFileDialog.getSaveFileName(self, "Export as", start,
                                                   ANNEX_FILTER if self.is_annex() else FILE_FILTER)
        if path:
            if not Path(path).suffix:
                path += {"SVG": ".svg", "PDF": ".pdf", "HTM": ".html", "Mar": ".md"}.get(
                    chosen[:3], ".html" if self.is_annex() else ".png")
            self.path.setText(path)

    def _default_path(self) -> Path:
        return default_path(self.settings, getattr(self.document, "path", None), self.view.currentData())

    def _write(self, target: str) -> Path:
        if self.is_annex():
            subtitle = self.subtitle.text().strip() or self.state.filter.describe(self.document)
            return write_annex(self.document, self.annex_mask(), target, subtitle, self.state.time_zone)
        return export_page(self.page_spec(), self.document, target)

    def export(self) -> bool:
        """Write the file; True on success (the dialog then closes)."""
        target = self.path.text().strip()
        try:
            if not target:
                raise OutputError("choose a file name first (Browse...)")
            wanted = ANNEX_SUFFIXES if self.is_annex() else PICTURE_SUFFIXES
            if Path(target).suffix.lower() not in wanted:
                raise OutputError(f"the file name must end in {', '.join(wanted)} for this view")
            self.time_range() if self.is_annex() else self.page_spec()  # a bad date or area is said here
        except (OutputError, ValueError) as exc:
            show_message(self, QMessageBox.Icon.Warning, "Cannot export", str(exc))
            return False
        self.progress.show()
        self.export_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QGuiApplication.processEvents()
        try:
            written = self._write(target)
        except (OutputError, OSError, ValueError) as exc:
            failure = exc
        else:
            failure = None
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.progress.hide()
            self.export_button.setEnabled(True)
        if failure is not None:
            show_message(self, QMessageBox.Icon.Critical, "Export failed", f"The file was not written.\n\n{failure}")
            return False
        remember_choices(self, self.settings, Path(written))
        self._remember_document_fields()
        self.commands.message.emit(f"Exported {written}")
        self.accept()
        return True

    def done(self, result: int) -> None:  # Qt override: typed text is kept however the dialog closes
        self._remember_document_fields()
        super().done(result)

    def _remember_document_fields(self) -> None:
        if self.document is None:
            return
        remember_document_choices(self.settings, self.document.path, {
            "title": self.title.text(), "subtitle": self.subtitle.text(), "caveat": self.caveat.text(),
            "path": "" if self.path.text() == self._proposed_path else self.path.text()})

    # -- remembered choices ----------------------------------------------------------------
    def _restore(self) -> None:
        restore_choices(self, self.settings, self.state.theme)
        if self.document is not None:
            kept = document_choices(self.settings, self.document.path)
            self.title.setText(kept.get("title") or self.document.info.title)
            self.title.setCursorPosition(0)
            self.subtitle.setText(kept.get("subtitle", ""))
            if "caveat" in kept:
                self.caveat.setText(kept["caveat"])
            self._propose_path()
            if kept.get("path"):
                self.path.setText(kept["path"])
                self._view_changed()  # in the format of the view chosen
        self.subtitle.setPlaceholderText("automatic: time range, filter and event count")


def _row(*widgets) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return holder

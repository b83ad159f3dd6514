"""The export dialog's last choices, kept in the settings under ``export/``.

Title, subtitle, caveat and file name belong to a document: they are kept per
event file (under ``export/documents/``), so reopening the dialog on the same
file brings them back and another file starts from its own. The last caveat
of any file is the starting caveat of a file exported for the first time.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

from ..output.sizes import DEFAULT_DPI, PAPER_DPI

CHOICE_BOXES = ("view", "range", "size", "theme")
SWITCHES = ("legend", "sources", "footer")


def _int(settings: QSettings, key: str, default: int) -> int:
    try:
        return int(settings.value(key, default))
    except (TypeError, ValueError):
        return default


def _select(box, key) -> None:
    index = box.findData(key)
    if index >= 0:
        box.setCurrentIndex(index)


def restore_choices(dialog, settings: QSettings, default_theme: str) -> None:
    defaults = {"view": "timeline", "range": "visible", "size": "slide", "theme": default_theme}
    for name in CHOICE_BOXES:
        _select(getattr(dialog, name), settings.value(f"export/{name}", defaults[name]))
    dialog.width_px.setValue(_int(settings, "export/width", 1920))
    dialog.height_px.setValue(_int(settings, "export/height", 1080))
    paper = str(dialog.size.currentData()).split("-")[0] in ("a4", "letter")
    dialog.dpi.setValue(_int(settings, "export/dpi", PAPER_DPI if paper else DEFAULT_DPI))
    dialog.caveat.setText(str(settings.value("export/caveat", "") or ""))
    for name in SWITCHES:
        getattr(dialog, name).setChecked(str(settings.value(f"export/{name}", "true")).lower() == "true")


def remember_choices(dialog, settings: QSettings, written: Path) -> None:
    for name in CHOICE_BOXES:
        settings.setValue(f"export/{name}", getattr(dialog, name).currentData())
    settings.setValue("export/width", dialog.width_px.value())
    settings.setValue("export/height", dialog.height_px.value())
    settings.setValue("export/dpi", dialog.dpi.value())
    settings.setValue("export/caveat", dialog.caveat.text())
    for name in SWITCHES:
        settings.setValue(f"export/{name}", "true" if getattr(dialog, name).isChecked() else "false")
    settings.setValue("export/folder", str(written.parent))
    kind = "annex_format" if dialog.view.currentData() == "annex" else "format"
    settings.setValue(f"export/{kind}", written.suffix.lstrip(".").lower())
    settings.sync()


def default_path(settings: QSettings, document_path: str | None, view: str) -> Path:
    """The last export folder and format, named after the event file and the view."""
    folder = str(settings.value("export/folder", "") or "") or str(Path.home())
    stem = Path(document_path or "lagebild").stem
    if view == "annex":
        suffix = str(settings.value("export/annex_format", "html") or "html")
    else:
        suffix = str(settings.value("export/format", "png") or "png")
    return Path(folder) / f"{stem}-{view}.{suffix}"


DOCUMENT_FIELDS = ("title", "subtitle", "caveat", "path")


def _document_group(document_path: str | None) -> str:
    name = str(Path(document_path).resolve()) if document_path else "(no file)"
    return "export/documents/" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def document_choices(settings: QSettings, document_path: str | None) -> dict[str, str]:
    """What was last typed for this event file: title, subtitle, caveat, path (only those kept)."""
    group = _document_group(document_path)
    kept = {}
    for name in DOCUMENT_FIELDS:
        value = settings.value(f"{group}/{name}")
        if value is not None:
            kept[name] = str(value)
    return kept


def remember_document_choices(settings: QSettings, document_path: str | None, values: dict[str, str]) -> None:
    group = _document_group(document_path)
    for name in DOCUMENT_FIELDS:
        if name in values:
            settings.setValue(f"{group}/{name}", values[name])
    if "caveat" in values:
        settings.setValue("export/caveat", values["caveat"])
    settings.sync()

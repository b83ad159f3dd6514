"""The export dialog's last choices, kept in the settings under ``export/``.

Title and subtitle are not kept: they belong to a document, and the next
export is often of another one.
"""

from __future__ import annotations

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
    paper = dialog.size.currentData() in ("a4", "letter")
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
    settings.setValue("export/format", written.suffix.lstrip(".").lower())
    settings.sync()


def default_path(settings: QSettings, document_path: str | None, view: str) -> Path:
    """The last export folder and format, named after the event file and the view."""
    folder = str(settings.value("export/folder", "") or "") or str(Path.home())
    stem = Path(document_path or "lagebild").stem
    suffix = str(settings.value("export/format", "png") or "png")
    return Path(folder) / f"{stem}-{view}.{suffix}"

"""What the viewer remembers between runs: window layout, theme, lanes, recent files."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10


def open_settings() -> QSettings:
    """The settings store; LAGEBILD_CONFIG_DIR moves it (tests use a temporary folder)."""
    folder = os.environ.get("LAGEBILD_CONFIG_DIR")
    if folder:
        return QSettings(str(Path(folder) / "lagebild.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Lagebild", "lagebild")


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("recent_files", [])
    if isinstance(value, str):  # a single entry comes back as a plain string
        value = [value]
    return [str(v) for v in value or []]


def remember_file(settings: QSettings, path: str) -> list[str]:
    path = str(Path(path).resolve())
    files = [path] + [p for p in recent_files(settings) if p != path]
    files = files[:MAX_RECENT]
    settings.setValue("recent_files", files)
    return files


def forget_file(settings: QSettings, path: str) -> list[str]:
    files = [p for p in recent_files(settings) if p != path]
    settings.setValue("recent_files", files)
    return files

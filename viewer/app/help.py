"""Help > About and Help > Event File Format."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from ..resources_path import resource
from ..ui.plain_text import show_message


def show_about(parent: QWidget, version: str) -> None:
    show_message(
        parent,
        QMessageBox.Icon.Information,
        "About Lagebild",
        f"Lagebild {version}\n\n"
        "A timeline viewer for analysts: what happened when, who does what in which segment, "
        "where every claim comes from and how far to trust it.\n\n"
        "Licence: GPL-3.0-or-later. Map outlines: Natural Earth (public domain). "
        "Font: DejaVu Sans (Bitstream Vera licence).",
    )


def show_format_help(parent: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle("Lagebild event file format")
    dialog.resize(820, 760)
    text = QTextBrowser(dialog)
    text.setOpenLinks(False)  # our own document; nothing in it needs to be followed
    # The format guide ships with the program and is written by us, so Markdown is safe here.
    text.setMarkdown(resource("format.md").read_text(encoding="utf-8"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    dialog.exec()

"""Showing text from a file in Qt widgets that would otherwise guess it is markup.

Tooltips and message boxes render anything that looks like HTML as HTML; file
text given to them goes through here, escaped, so it is always shown as written.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_tooltip(text: str) -> str:
    """Rich text that shows ``text`` literally, line breaks kept."""
    return "<qt>" + html.escape(text, quote=True).replace("\n", "<br>") + "</qt>" if text else ""


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()

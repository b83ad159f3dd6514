"""A read-only text view that never fetches anything and never follows a link
by itself: the pane decides, on an explicit click, what may open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QTextBrowser

# Char format property marking the "… (show all N characters)" text; its value
# is the index of the full text. It is not an anchor, so no href ever exists
# for anything but a checked web link.
ELIDED_PROPERTY = QTextCharFormat.UserProperty + 1


class SafeTextBrowser(QTextBrowser):
    elisionActivated = Signal(int)  # index of the cut-short text the user clicked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard
                                     | Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard)

    def loadResource(self, kind, name):  # noqa: N802 - Qt override
        """Nothing is ever loaded: no images, style sheets or remote files."""
        return None

    def setSource(self, *args, **kwargs):  # noqa: N802 - Qt override
        """Navigation is disabled; the document is only ever built in code."""

    def elision_at(self, position) -> int:
        """Index of the cut-short text under a viewport point, or -1."""
        cursor = self.cursorForPosition(position)
        value = cursor.charFormat().property(ELIDED_PROPERTY)
        if value is None:  # the cursor's format is the character before it; look after too
            cursor.movePosition(cursor.MoveOperation.NextCharacter)
            value = cursor.charFormat().property(ELIDED_PROPERTY)
        return int(value) if isinstance(value, int) else -1

    def mouseReleaseEvent(self, event):  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton and not self.textCursor().hasSelection():
            index = self.elision_at(event.position().toPoint())
            if index >= 0:
                self.elisionActivated.emit(index)

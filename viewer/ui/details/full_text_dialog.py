"""The whole of a text that the detail pane cut short, as plain text."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ...model.translation import number, translate
from ...style.fonts import ui_font
from ..plain_text import display_text

# Qt takes minutes to wrap a run of a million characters with no break in it;
# such text is shown unwrapped (scroll sideways) instead.
_UNBREAKABLE = re.compile(r"\S{2000}")


class FullTextDialog(QDialog):
    def __init__(self, title: str, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Details", "{title} \u2013 full text").format(title=title))
        self.resize(720, 560)
        wrap = _UNBREAKABLE.search(text) is None
        size = QLabel((translate("Details", "{n} characters") if wrap else
                       translate("Details", "{n} characters; shown without line wrapping, as it holds very long "
                                            "runs without spaces"))
                      .format(n=number(len(text))), self)
        self.editor = QPlainTextEdit(self)
        self.editor.setReadOnly(True)
        self.editor.setUndoRedoEnabled(False)
        self.editor.setLineWrapMode(QPlainTextEdit.WidgetWidth if wrap else QPlainTextEdit.NoWrap)
        self.editor.setFont(ui_font(13))
        self.editor.setPlainText(display_text(text))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(size)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

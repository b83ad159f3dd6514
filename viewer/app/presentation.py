"""The story full screen, a slide at a time, drawn as the deck's PDF pages are drawn.

Each step draws its view anew from the document as it is now (views are
recipes); Page Down, Space and Right go on, Page Up, Backspace and Left go
back, Home and End go to the first and last, Esc ends the presentation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..export.deck import Deck, DeckOptions, build_slide, deck_time
from ..export.deck_pdf import page_image
from ..story.links import SlideLink

PREVIEW_DPI = 40  # the slide's PNG is not shown here: the page is drawn as vectors at the screen's size

NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Left, Qt.Key.Key_Up)


class Presentation(QWidget):
    def __init__(self, document, story, start: int = 0, parent: QWidget | None = None, caveat: str | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Lagebild presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.document, self.story = document, story
        self.options = DeckOptions(dpi=PREVIEW_DPI, caveat=caveat)
        self.index = start
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: black")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        self.image = None
        self.show_slide(start)

    def show_slide(self, index: int) -> None:
        self.index = min(max(index, 0), len(self.story.views) - 1)
        view = self.story.views[self.index]
        slide = build_slide(view, self.document, self.options, SlideLink(view.name, "", "", ""))
        deck = Deck(self.story.name, self.document.info.title, "", "", deck_time(self.options, None), self.options,
                    [slide])
        self.image = page_image(deck, self.document, 2)
        self._scale()

    def _scale(self) -> None:
        if self.image is not None:
            pixmap = QPixmap.fromImage(self.image)
            self.picture.setPixmap(pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._scale()

    def event(self, event) -> bool:
        # The window's own Page Up / Page Down step the storyboard: here they step the slides.
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (*NEXT_KEYS, *PREVIOUS_KEYS,
                                                                             Qt.Key.Key_Escape):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        key = event.key()
        if key in NEXT_KEYS:
            self.show_slide(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.show_slide(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(len(self.story.views) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

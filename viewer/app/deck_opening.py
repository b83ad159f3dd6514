"""Opening a deck (File > Open on a .pptx, lagebild open deck.pptx): offer its event file at one of its views.

The event file is looked for beside the deck, then at the path the deck
recorded; its SHA-256 says whether it is the one the deck was made from. When
it has changed the offer says so, and the view is shown on the file as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QMessageBox, QVBoxLayout, QWidget

from ..story.deck_reading import DeckError, DeckOffer, deck_offer
from ..ui.plain_text import cell, plain_label, show_message, window_title


def is_deck(path: str) -> bool:
    return path.lower().endswith(".pptx")


class DeckOfferDialog(QDialog):
    """Which view of the deck to open the event file at."""

    def __init__(self, offer: DeckOffer, deck_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(window_title(f"Open {deck_name}"))
        self.offer = offer
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(f"{offer.located.message}."))
        layout.addWidget(plain_label(f"Open {offer.file_name} at the view of slide:"))
        self.views = QListWidget()
        self.views.setAccessibleName("Views of the deck")
        for number, name in offer.views:
            self.views.addItem(cell(f"{number} \u00b7 {name}"))
        self.views.setCurrentRow(0)
        self.views.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.views)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_view(self) -> str:
        return self.offer.views[max(self.views.currentRow(), 0)][1]


def open_at_view(window, event_file: str, view_name: str) -> bool:
    """Open the event file in the window and show its saved view of that name; False when the
    sidecar has no such view any more (the file is open all the same)."""
    window.open_path(event_file, background=False)
    board = window.storyboard
    names = [v.name for v in board.story.views]
    stories = board.stories.stories
    for story in stories:  # the view may sit in another story than the first
        if view_name in [v.name for v in story.views]:
            board.story = story
            board._fill()
            names = [v.name for v in story.views]
            break
    if view_name not in names:
        window.commands.message.emit(f"The saved views of {event_file} have no view named {view_name!r} any more")
        return False
    window.docks["storyboard"].show()
    board.list.setCurrentRow(names.index(view_name))
    return True


def open_deck(window, path: str) -> None:
    from pathlib import Path

    try:
        offer = deck_offer(path)
    except (DeckError, OSError) as exc:
        show_message(window, QMessageBox.Icon.Warning, "Cannot open the deck", str(exc))
        return
    if offer.located.path is None:
        show_message(window, QMessageBox.Icon.Warning, "Event file not found", f"{offer.located.message}.")
        return
    dialog = DeckOfferDialog(offer, Path(path).name, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        open_at_view(window, str(offer.located.path), dialog.chosen_view())

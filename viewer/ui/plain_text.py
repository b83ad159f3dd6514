"""The one way file text reaches a Qt widget: always shown as written, never as markup.

Qt guesses whether a tooltip, a message box or an ``AutoText`` label holds rich
text (``Qt.mightBeRichText``); rich text can load images from any path, so a
name like ``<img src=/dev/zero>`` would be read from the disk on hover. Every
string that may hold file text goes through one of these helpers:

- ``tooltip``: escaped and wrapped, so the guess is always "rich" and the
  only markup in it is ours (``<qt>``, ``<b>``, ``<br>``);
- ``plain_label`` / ``set_plain``: labels fixed to ``Qt.PlainText``;
- ``show_message``: message boxes fixed to ``Qt.PlainText``;
- ``add_menu_action``: menu entries, their tooltip set through ``tooltip``;
- ``cell``, ``status_text``, ``menu_text``, ``window_title``: one line, control
  characters made visible, direction marks contained, long text cut short
  (item views, the status bar, menus and title bars never parse markup).

``tests/test_plain_text_path.py`` walks the whole window over a hostile file
and checks what Qt received; it also refuses a ``setToolTip`` with anything
but a literal or a ``tooltip(...)``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QStatusBar, QWidget

from ..model.citations import has_bidi_controls, isolate, one_line, visible_controls

ELIDE_LIMIT = 10_000  # the detail pane shows this much of one text, then offers the rest
TOOLTIP_LIMIT = 2_000  # a tooltip of a megabyte would take Qt seconds to lay out
CELL_LIMIT = 300
STATUS_LIMIT = 400
TITLE_LIMIT = 200
MARKUP_TAGS = ("<qt>", "</qt>", "<b>", "</b>", "<br>")  # everything tooltip() itself may add

display_text = visible_controls

__all__ = ["CELL_LIMIT", "ELIDE_LIMIT", "MARKUP_TAGS", "TOOLTIP_LIMIT", "add_menu_action", "cell", "display_text",
           "elide", "elision_marker", "has_bidi_controls", "isolate", "menu_text", "one_line", "plain_label",
           "set_plain", "show_message", "show_status", "status_text", "tooltip", "window_title"]


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "\u2026"


def _escaped(text: str) -> str:
    return html.escape(isolate(_cut(visible_controls(text), TOOLTIP_LIMIT)), quote=True).replace("\n", "<br>")


def tooltip(text: str, heading: str = "") -> str:
    """A tooltip that shows ``text`` literally (line breaks kept), under an optional bold heading."""
    if not text and not heading:
        return ""
    head = f"<b>{_escaped(heading)}</b>" + ("<br>" if text else "") if heading else ""
    return "<qt>" + head + _escaped(text) + "</qt>"


def cell(text: str, limit: int = CELL_LIMIT) -> str:
    """File text for one line of an item view, a list or a header."""
    return one_line(text, limit)


def status_text(text: str) -> str:
    return one_line(text, STATUS_LIMIT)


def window_title(text: str) -> str:
    return one_line(text, TITLE_LIMIT)


def menu_text(text: str, limit: int = 70) -> str:
    """One line for a menu entry; a lone & would turn the next letter into a shortcut."""
    return one_line(text, limit).replace("&", "&&")


def add_menu_action(menu: QMenu, text: str, limit: int = 70) -> QAction:
    """A menu entry naming file text; its tooltip (which Qt derives from the
    text and may show) is the whole text, shown as written."""
    action = menu.addAction(menu_text(text, limit))
    action.setToolTip(tooltip(text))
    return action


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def set_plain(label: QLabel, text: str) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def show_status(bar: QStatusBar, text: str, msecs: int = 0) -> None:
    bar.showMessage(status_text(text), msecs)


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, window_title(title), visible_controls(_cut(text, TOOLTIP_LIMIT * 5)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def elide(text: str, limit: int = ELIDE_LIMIT) -> tuple[str, bool]:
    return (text, False) if len(text) <= limit else (text[:limit], True)


def elision_marker(length: int) -> str:
    return f"\u2026 (show all {length:,} characters)"

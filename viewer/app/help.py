"""Help > About, Help > Event File Format and Help > Keyboard Shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..resources_path import resource
from ..ui.plain_text import cell, show_message
from ..ui.timeline.keys import TIMELINE_KEYS


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


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".")


def _menu_shortcuts(menu: QMenu, path: str) -> list[tuple[str, str, str]]:
    rows = []
    for action in menu.actions():
        if action.menu() is not None:
            rows += _menu_shortcuts(action.menu(), f"{path} > {_plain(action.menu().title())}")
        elif not action.shortcut().isEmpty():
            rows.append((path, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                         _plain(action.text())))
    return rows


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(where, keys, what) for every shortcut of the window, read from its actions, so the list is
    always the one in force; then the timeline's own keys."""
    rows = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            rows += _menu_shortcuts(top.menu(), _plain(top.menu().title()))
    listed = {keys for _, keys, _ in rows}
    for action in window.actions():  # shortcuts of the window that sit in no menu
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and keys not in listed and isinstance(action, QAction):
            rows.append(("Window", keys, _plain(action.statusTip() or action.text())))
    in_panes: dict[tuple[str, str], list[str]] = {}
    for action in window.findChildren(QAction):  # shortcuts of one pane, such as copying a table row
        owner = action.parent()
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and keys not in listed and isinstance(owner, QWidget) and owner is not window:
            names = in_panes.setdefault((keys, _plain(action.text())), [])
            name = owner.accessibleName() or "a pane"
            if name not in names:
                names.append(name)
    rows += [("In a pane that has the focus", keys, f"{does} ({', '.join(names)})")
             for (keys, does), names in in_panes.items()]
    rows += [("Timeline (when it has the focus)", keys, does) for keys, does in TIMELINE_KEYS]
    rows += [("Everywhere", "Tab / Shift+Tab", "next / previous pane or field on screen, in reading order"),
             ("Everywhere", "Alt + underlined letter", "the menu, or the field of that label in a dialog")]
    return rows


def shortcuts_dialog(window) -> QDialog:
    dialog = QDialog(window)
    dialog.setWindowTitle("Keyboard shortcuts")
    dialog.resize(640, 640)
    table = QTreeWidget(dialog)
    table.setHeaderLabels(["Keys", "Does"])
    table.setRootIsDecorated(False)
    sections: dict[str, QTreeWidgetItem] = {}
    for where, keys, does in shortcut_rows(window):
        if where not in sections:
            sections[where] = QTreeWidgetItem(table, [cell(where), ""])
            sections[where].setFirstColumnSpanned(True)
            sections[where].setExpanded(True)
        QTreeWidgetItem(sections[where], [cell(keys), cell(does)])
    table.setRootIsDecorated(True)
    table.expandAll()
    table.resizeColumnToContents(0)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.table = table
    return dialog


def show_shortcuts(window) -> None:
    shortcuts_dialog(window).exec()

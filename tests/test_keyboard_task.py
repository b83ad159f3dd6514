"""Without a mouse: every control a screen reader meets has a name, every pane a name and a
description, and a whole task (open, find an event, read its sources, export a page) is done on
the real main window with key presses alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QDockWidget, QMenu, QWidget

from viewer.app.main_window import MainWindow
from viewer.resources_path import sample_path


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says the widget is: its own name, its text, or its label's."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_controls(window) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            continue  # a view's drawing surface: the view itself carries the name
        if not accessible_name(widget).strip():
            found.append(f"{type(widget).__name__} in {type(parent).__name__} (tooltip {widget.toolTip()[:40]!r})")
    return found


def test_every_control_and_pane_has_a_name(window):
    window.open_path(str(sample_path()))
    window.wait_for_load()
    for dock in window.findChildren(QDockWidget):  # tabs behind others count too
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        assert not unnamed_controls(window), f"in {dock.objectName()}: {unnamed_controls(window)}"
    for dock in window.findChildren(QDockWidget):
        pane = dock.widget()
        assert pane.accessibleName() == dock.windowTitle()
        assert len(pane.accessibleDescription()) > 20, dock.objectName()
    assert window.timeline.accessibleName() and window.timeline.accessibleDescription()


def test_the_check_finds_an_unnamed_control(window):
    from PySide6.QtWidgets import QLineEdit

    window.open_path(str(sample_path()))
    window.wait_for_load()
    stray = QLineEdit(window.filters)
    stray.show()
    assert any(problem.startswith("QLineEdit") for problem in unnamed_controls(window))


def focused():
    return QApplication.focusWidget()


@pytest.mark.allow_modal
def test_a_whole_task_by_keyboard_alone(window, qtbot, tmp_path):
    # Open: File menu by its mnemonic, Open Sample by its letter.
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.state.document is not None, timeout=10000)
    window.wait_for_load()
    assert len(window.state.document.events) == 18
    window.activateWindow()  # the offscreen platform leaves activation with the closed menu
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)

    # Find an event: Ctrl+F puts the focus in the search field, the words narrow the timeline.
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.filters.search
    QTest.keyClicks(focused(), "Interflex")
    qtbot.waitUntil(lambda: 0 < window.state.visible_count < 18, timeout=3000)
    # Esc steps back to the timeline; N selects the next shown event in time, Enter opens its details.
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert window.timeline.isAncestorOf(focused()) or focused() is window.timeline.plot_widget
    QTest.keyClick(focused(), Qt.Key.Key_N)
    qtbot.waitUntil(lambda: len(window.state.selected) == 1, timeout=3000)
    event = window.state.document.events[int(window.state.selected[0])]
    assert "Interflex" in event.title + event.description
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.details.isAncestorOf(focused()) or focused() is window.details, timeout=3000)
    details = window.details.browser.toPlainText()
    assert event.title in details and "Citation 1 of" in details

    # Read its sources: Ctrl+3 brings the sources pane forward with the focus in its table.
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    table = window.sources.table
    assert focused() is table
    cited = {c.source for c in event.citations}
    names = {table.model().index(r, 0).data() for r in range(table.model().rowCount())}
    assert {window.state.document.source(s).name for s in cited} <= names
    QTest.keyClick(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(window.state.highlighted) > 0, timeout=3000)

    # Export a page: Ctrl+E, Alt+A to the file name, type it, Enter exports and closes the dialog.
    target = tmp_path / "briefing.png"

    seen = {}

    def fill_in_dialog(tries: int = 50):
        from viewer.app.export_dialog import ExportDialog

        dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
        if not dialogs:
            if tries:
                QTimer.singleShot(100, lambda: fill_in_dialog(tries - 1))
            return
        dialog = dialogs[0]
        if QApplication.activeWindow() is not dialog and tries:  # the platform activates it in its own time
            dialog.activateWindow()
            QTimer.singleShot(100, lambda: fill_in_dialog(tries - 1))
            return
        try:
            QTest.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
            field = seen["field"] = QApplication.focusWidget()
            QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(field, str(target))
            QTest.keyClick(field, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # never leave the run waiting on a dialog
                seen["left_open"] = True
                dialog.reject()

    QTimer.singleShot(100, fill_in_dialog)
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "left_open" not in seen, f"the dialog did not export; focus was on {seen.get('field')}"
    assert target.is_file() and target.read_bytes().startswith(b"\x89PNG")
    assert not any(d.isVisible() for d in window.findChildren(QDialog))

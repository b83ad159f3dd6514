"""File text reaches Qt only as text: a hostile file opened in the real window,
then every item model, tooltip, label, action, status and title it shows is
checked for what Qt would make of it. Hovering never loads a resource."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import numpy as np
import pytest
from hostile_corpus import IMAGE, write_hostile
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QHelpEvent, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTextEdit,
    QToolTip,
    QWidget,
)

from viewer.app.main_window import MainWindow
from viewer.ui.plain_text import MARKUP_TAGS, tooltip

VIEWER = Path(__file__).resolve().parent.parent / "viewer"
UI = VIEWER / "ui"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
might_be_rich = QtGui.Qt.mightBeRichText  # Qt's own guess, as tooltips and AutoText labels make it


def rendered(text: str) -> QTextDocument:
    """What Qt lays out for a tooltip or an AutoText label: rich text when it guesses so."""
    document = QTextDocument()
    if might_be_rich(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document


def loads_resources(document: QTextDocument) -> bool:
    """True if the document holds an image (which Qt loads from its source path)."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                return True
            iterator += 1
        block = block.next()
    return False


def plain_problem(what: str, text: str) -> str | None:
    """For places Qt always paints as plain text (item views, menus, the status
    bar, title bars, PlainText labels): control characters must be made visible."""
    if text and CONTROL.search(text):
        return f"{what}: raw control characters: {text[:160]!r}"
    return None


def problem_with(what: str, text: str) -> str | None:
    """Why ``text`` would not be shown literally by a tooltip or an AutoText label, or None."""
    if not text:
        return None
    if might_be_rich(text):
        rest = text
        for tag in MARKUP_TAGS:
            rest = rest.replace(tag, "")
        if "<" in rest:
            return f"{what}: markup from the file reaches Qt as rich text: {text[:160]!r}"
    document = rendered(text)
    if loads_resources(document):
        return f"{what}: would load an image: {text[:160]!r}"
    if CONTROL.search(document.toPlainText()):
        return f"{what}: raw control characters: {text[:160]!r}"
    return None


# item views paint DisplayRole as plain text (QStyledItemDelegate); tooltips guess
ROLES = ((Qt.ItemDataRole.DisplayRole, plain_problem), (Qt.ItemDataRole.ToolTipRole, problem_with))


def columns_of(model, parent: QModelIndex) -> int:
    """Columns under a parent (some Qt list models keep columnCount private)."""
    count = 0
    while model.index(0, count, parent).isValid():
        count += 1
    return count


def model_problems(name: str, model) -> list[str]:
    problems = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns_of(model, parent)):
                index = model.index(row, column, parent)
                for role, check in ROLES:
                    value = model.data(index, role)
                    if isinstance(value, str):
                        problems.append(check(f"{name}[{row},{column}] role {int(role)}", value))
                        if len(value) > 20_000:
                            problems.append(f"{name}[{row},{column}]: {len(value):,} characters in one cell")
                if column == 0 and model.rowCount(index) > 0:
                    walk(index)

    walk(QModelIndex())
    for orientation, count in ((Qt.Orientation.Horizontal, columns_of(model, QModelIndex())),
                               (Qt.Orientation.Vertical, model.rowCount())):
        for section in range(count):
            for role, check in ROLES:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    problems.append(check(f"{name} header {section}", value))
    return [p for p in problems if p]


def _drawn_by_qt(view: QWidget) -> bool:
    """Headers and combo box lists, which Qt paints as plain text itself."""
    while view is not None:
        if isinstance(view, (QHeaderView, QComboBox)):
            return True
        view = view.parentWidget()
    return False


def window_problems(window) -> list[str]:
    problems: list[str] = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
        problems.append(problem_with(f"{name} tooltip", widget.toolTip()))
        problems.append(problem_with(f"{name} status tip", widget.statusTip()))
        problems.append(problem_with(f"{name} what's this", widget.whatsThis()))
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            problems.append(problem_with(f"{name} label text", widget.text()))
        if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.PlainText:
            problems.append(plain_problem(f"{name} label text", widget.text()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            if not isinstance(widget.itemDelegate(), QStyledItemDelegate) and not _drawn_by_qt(widget):
                delegate = type(widget.itemDelegate()).__name__
                problems.append(f"{name}: cells drawn by {delegate}, which may not paint plain text")
            problems += model_problems(name, widget.model())
        if isinstance(widget, QTextEdit) and loads_resources(widget.document()):
            problems.append(f"{name}: the text view holds an image")
    for action in window.findChildren(QAction):
        for what, text in (("text", action.text()), ("tooltip", action.toolTip()),
                           ("status tip", action.statusTip())):
            problems.append((plain_problem if what == "text" else problem_with)(f"action {what}", text))
    problems.append(plain_problem("status bar", window.statusBar().currentMessage()))
    problems.append(plain_problem("window title", window.windowTitle()))
    return [p for p in problems if p]


@pytest.fixture
def hostile_window(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_path(str(write_hostile(tmp_path)))
    window.wait_for_load()
    assert window.state.document is not None and len(window.state.document.events) == 5
    for dock in window.docks.values():
        dock.show()
    return window


def hover(widget: QWidget, point: QPoint) -> str:
    """Ask the widget for its tooltip at a point, as Qt does when the mouse rests there."""
    QToolTip.hideText()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point)))
    return QToolTip.text()


def test_hovering_a_board_cell_shows_the_names_as_written_and_loads_nothing(hostile_window):
    board = hostile_window.board
    view = board.matrix
    model = board.matrix_model
    assert model.rowCount() >= 2 and model.columnCount() >= 2
    shown = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            rect = view.visualRect(model.index(row, column))
            view.scrollTo(model.index(row, column))
            rect = view.visualRect(model.index(row, column))
            tip = hover(view.viewport(), rect.center())
            assert tip, "every cell explains itself on hover"
            document = rendered(tip)
            assert not loads_resources(document)
            assert IMAGE in document.toPlainText()  # the name as the file wrote it
            assert problem_with("board cell", tip) is None
            shown += 1
    assert shown == model.rowCount() * model.columnCount()


def test_hovering_a_timeline_event_shows_its_text_as_written(hostile_window):
    timeline = hostile_window.timeline
    document = hostile_window.state.document
    seen = 0
    for row in range(len(document.events)):
        centre = timeline.glyph_center(row)
        if centre is None:
            continue
        point = timeline.plot_widget.mapFromScene(centre)
        QTest.mouseMove(timeline.plot_widget.viewport(), point)
        tip = QToolTip.text()
        if not tip:
            continue
        rendered_text = rendered(tip).toPlainText()
        assert IMAGE in rendered_text and not loads_resources(rendered(tip))
        assert problem_with("timeline tooltip", tip) is None
        seen += 1
    assert seen >= 1


def test_every_pane_of_the_window_shows_a_hostile_file_as_text(hostile_window, qtbot):
    state = hostile_window.state
    document = state.document
    rows = np.arange(len(document.events))
    state.select(rows)  # the selection list shows every event
    assert window_problems(hostile_window) == []
    state.select([0])
    state.set_current(0)  # the detail pane and its menus show the first event
    assert window_problems(hostile_window) == []
    # filters set from the board and the sources pane: their names go to the status bar
    first_actor, first_segment = document.actors[0].id, document.segments[0].id
    state.set_filter(state.filter.with_(actors=frozenset({first_actor}), segments=frozenset({first_segment})))
    hostile_window.board.refresh()
    hostile_window.commands.message.emit(f"Timeline filtered to {document.actors[0].name}")
    assert window_problems(hostile_window) == []
    shown_in_status = hostile_window.statusBar().currentMessage()
    assert IMAGE in shown_in_status and CONTROL.search(shown_in_status) is None


def test_the_walk_notices_rich_text_from_a_file(hostile_window):
    label = QLabel(hostile_window)
    label.setText(IMAGE)  # AutoText, as a careless new label would be
    label.setToolTip(IMAGE)
    found = window_problems(hostile_window)
    assert any("label text" in p for p in found) and any("QLabel" in p and "tooltip" in p for p in found)
    label.setToolTip(tooltip(IMAGE))
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert window_problems(hostile_window) == []


# -- the source: nothing reaches a tooltip, status bar or message box but through viewer/ui/plain_text.py
SINKS = {"setToolTip": -1, "setStatusTip": -1, "setWhatsThis": -1, "showMessage": 0, "showText": 1}
SAFE_CALLS = {"tooltip", "tooltip_html", "status_text",  # the helpers of viewer/ui/plain_text.py
              # the program's own literals in the reader's language; none reads as markup
              # (tests/test_translations.py), and a translation filled with a file's text is a .format() call
              "translate", "tr"}


def _is_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):  # an f-string of literals and numbers only
        return all(isinstance(v, ast.Constant) or (isinstance(v, ast.FormattedValue)
                                                   and v.format_spec is not None) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _is_literal(node.left) and _is_literal(node.right)
    if isinstance(node, ast.IfExp):
        return _is_literal(node.body) and _is_literal(node.orelse)
    if isinstance(node, ast.Name):
        return node.id.isupper()  # a module constant
    return False


def _is_safe(node: ast.AST) -> bool:
    if _is_literal(node):
        return True
    if isinstance(node, ast.IfExp):
        return _is_safe(node.body) and _is_safe(node.orelse)
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        return name in SAFE_CALLS
    return False


def unsafe_sinks(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in SINKS and node.args:
            argument = node.args[SINKS[func.attr]]
            if not _is_safe(argument):
                found.append(f"line {node.lineno}: {func.attr}({ast.unparse(argument)[:60]})")
        is_box = (isinstance(func, ast.Name) and func.id == "QMessageBox") or (
            isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "QMessageBox")
        if is_box and not all(_is_literal(a) for a in node.args[1:] if not isinstance(a, ast.Attribute)):
            found.append(f"line {node.lineno}: a QMessageBox with text that is not a literal")
    return found


def test_no_tooltip_status_or_message_box_takes_text_but_through_the_plain_text_module():
    found = []
    for path in sorted(VIEWER.rglob("*.py")):
        if path.name == "plain_text.py" or "PySide6" not in (text := path.read_text(encoding="utf-8")):
            continue
        found += [f"{path.relative_to(VIEWER)} {problem}" for problem in unsafe_sinks(text)]
    assert found == []


def test_the_source_check_refuses_a_raw_tooltip():
    assert unsafe_sinks("w.setToolTip(segment.label)") != []
    assert unsafe_sinks("item.setToolTip(3, finding.format())") != []
    assert unsafe_sinks("bar.showMessage(f'Opened {name}')") != []
    assert unsafe_sinks("QMessageBox.warning(self, 'T', text)") != []
    assert unsafe_sinks("w.setToolTip(tooltip(segment.label))") == []
    assert unsafe_sinks("w.setToolTip('Stop loading (Esc)')") == []

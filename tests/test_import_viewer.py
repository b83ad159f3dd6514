"""Another tool's file opens in the viewer in one step, and each event says where it came from."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from viewer.app.main_window import MainWindow
from viewer.importers.opening import open_file
from viewer.state import ViewState
from viewer.ui.details import EventDetailPane

DATA = Path(__file__).parent / "data" / "import" / "timelinejs3"


def test_open_path_imports_a_timelinejs_file(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_path(str(DATA / "women_in_computing.json"))
    window.wait_for_load()
    assert window.state.event_count == 10
    assert window.state.document.title == "Women in Computing"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "houston-v2.json"))])
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    window.wait_for_load()
    assert window.state.event_count == 18


def test_detail_pane_shows_the_origin(qtbot):
    result = open_file(DATA / "women_in_computing.json")
    assert not result.errors
    state = ViewState()
    state.set_document(result.document)
    pane = EventDetailPane(state)
    qtbot.addWidget(pane)
    pane.show()
    state.select([0])
    assert f"Imported from: {DATA / 'women_in_computing.json'}, line 2 (timelinejs3)" in pane.plain_text()


def test_findings_of_an_opened_import_point_at_the_source_lines(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"events": [\n {"start_date": {"year": "2025"}, "text": {"headline": "ok"}},\n'
                    ' {"start_date": {"year": "x"}}\n]}\n')
    result = open_file(path)
    assert len(result.document.events) == 1
    assert [(f.path, f.line) for f in result.errors] == [(str(path), 3)]

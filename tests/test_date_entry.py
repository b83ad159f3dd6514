"""Dates typed by a user or read from a file: only ever a date or a DateError with a message."""

import pytest

from viewer.app.main_window import MainWindow
from viewer.model import dates
from viewer.resources_path import sample_path

LONG = "1" * 5000  # past Python's 4,300-digit limit for turning text into an integer


@pytest.mark.parametrize("text", [
    f"Y12345E{LONG}", f"Y12345S{LONG}", f"2025S{LONG}", f"Y-12345E2S{LONG}", f"Y1{LONG}",
    f"{LONG}", f"2025-{LONG}", f"Y12345E{'0' * 5000}1", f"[2025, Y12345E{LONG}]",
])
def test_digit_runs_of_any_length_give_a_date_error(text):
    try:
        when = dates.resolve(text)
    except dates.DateError as exc:
        assert " is not a date: " in str(exc) and len(str(exc)) < 400
    else:
        assert when.earliest <= when.latest


def test_significant_digits_past_the_year_length_keep_the_year():
    assert dates.resolve(f"2025S{LONG}").display.startswith("2025")


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_path(str(sample_path()))
    win.wait_for_load()
    return win


def test_filter_boxes_show_the_message_for_a_date_with_thousands_of_digits(window, qtbot):
    boxes = window.filters
    boxes.date_from.setText(f"Y12345E{LONG}")
    boxes.date_from.setFocus()
    qtbot.keyClick(boxes.date_from, "\r")  # the user presses Enter: editingFinished runs the slot
    assert boxes.date_problem.isVisible()
    assert boxes.date_problem.text().startswith("From: 'Y12345E")
    assert "too far away" in boxes.date_problem.text()
    assert window.state.visible_count == 18  # the filter did not change

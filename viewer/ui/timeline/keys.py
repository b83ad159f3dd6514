"""Keyboard commands of the timeline when it has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...model.translation import QT_TRANSLATE_NOOP, tr

PAN_STEP = 0.15  # share of the visible width
ZOOM_STEP = 0.7
SCROLL_UNITS = 3.0

# (keys, what they do) when the timeline has the focus: Help > Keyboard Shortcuts lists these.
TIMELINE_KEYS = (
    (QT_TRANSLATE_NOOP("Timeline", "Left / Right"), QT_TRANSLATE_NOOP("Timeline", "pan through time")),
    (QT_TRANSLATE_NOOP("Timeline", "Up / Down"), QT_TRANSLATE_NOOP("Timeline", "scroll the lanes")),
    ("+ / -", QT_TRANSLATE_NOOP("Timeline", "zoom in / out")),
    (QT_TRANSLATE_NOOP("Timeline", "Home"), QT_TRANSLATE_NOOP("Timeline", "fit everything")),
    ("N / P", QT_TRANSLATE_NOOP("Timeline", "select the next / previous event in time")),
    (QT_TRANSLATE_NOOP("Timeline", "Enter"), QT_TRANSLATE_NOOP("Timeline", "show the details of the selected event")),
    ("Esc", QT_TRANSLATE_NOOP("Timeline", "clear the selection, then the highlight")),
)


def key_help() -> str:
    return ", ".join(f"{tr(keys)} {tr(does)}" for keys, does in TIMELINE_KEYS)


def handle_key(view, key: int, text: str) -> bool:
    """Run the command bound to a key on ``view``; False when the key means nothing here."""
    K = Qt.Key
    if key == K.Key_Left:
        view.pan(-PAN_STEP)
    elif key == K.Key_Right:
        view.pan(PAN_STEP)
    elif key == K.Key_Up:
        view.scroll_lanes(-SCROLL_UNITS)
    elif key == K.Key_Down:
        view.scroll_lanes(SCROLL_UNITS)
    elif key in (K.Key_Plus, K.Key_Equal) or text == "+":
        view.zoom(ZOOM_STEP)
    elif key in (K.Key_Minus, K.Key_Underscore) or text == "-":
        view.zoom(1 / ZOOM_STEP)
    elif key == K.Key_Home:
        view.fit_all()
    elif key == K.Key_N:
        view.step_selection(+1)
    elif key == K.Key_P:
        view.step_selection(-1)
    elif key in (K.Key_Return, K.Key_Enter):
        view.commands.show_details.emit()
    elif key == K.Key_Escape:
        view.state.clear_selection()
    else:
        return False
    return True

"""Keyboard commands of the timeline when it has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt

PAN_STEP = 0.15  # share of the visible width
ZOOM_STEP = 0.7
SCROLL_UNITS = 3.0

# (keys, what they do) when the timeline has the focus: Help > Keyboard Shortcuts lists these.
TIMELINE_KEYS = (
    ("Left / Right", "pan through time"),
    ("Up / Down", "scroll the lanes"),
    ("+ / -", "zoom in / out"),
    ("Home", "fit everything"),
    ("N / P", "select the next / previous event in time"),
    ("Enter", "show the details of the selected event"),
    ("Esc", "clear the selection, then the highlight"),
)
KEY_HELP = ", ".join(f"{keys} {does}" for keys, does in TIMELINE_KEYS)


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

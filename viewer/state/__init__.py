"""What the window shows, free of Qt: one evented state and the command channel beside it."""

from .commands import Commands
from .view_state import THEME_NAMES, TIME_ZONES, Change, ViewState

__all__ = ["THEME_NAMES", "TIME_ZONES", "Change", "Commands", "ViewState"]

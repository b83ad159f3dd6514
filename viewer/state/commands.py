"""Requests that are not state: a line for the status bar, "show the details".

They go through this channel so that the state only ever says what is shown.
"""

from __future__ import annotations

from psygnal import Signal


class Commands:
    """One per window; panes emit, the window acts. Like the state, only used on the GUI thread."""

    message = Signal(str)  # a line for the status bar
    show_details = Signal()  # the user asked to read the current event's details

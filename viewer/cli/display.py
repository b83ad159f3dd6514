"""Whether the viewer's window can be shown here, and the one line that says what to do when not."""

from __future__ import annotations

import os
import sys

HEADLESS_COMMANDS = "validate, inspect, screenshot and export"

NO_DISPLAY = (
    "lagebild: no display to show the window on; start it from a desktop session "
    "(X11 or Wayland), or set QT_QPA_PLATFORM; the commands "
    f"{HEADLESS_COMMANDS} run without one (lagebild validate FILE, lagebild export FILE --view page --out OUT.pdf)"
)


def has_display(environ=os.environ, platform: str = sys.platform) -> bool:
    """False on Linux and other X11 systems when neither X11 nor Wayland is reachable and
    no Qt platform is chosen: Qt would abort there with its own plugin error."""
    if environ.get("QT_QPA_PLATFORM"):
        return True
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))

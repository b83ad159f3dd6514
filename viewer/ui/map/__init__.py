"""The segment map: country outlines, segment shapes, places, linked to the timeline."""

from .pane import MapPane

__all__ = ["MapPane"]

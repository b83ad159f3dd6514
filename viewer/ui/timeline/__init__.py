"""The timeline pane: events in lanes over a date axis, with an overview strip."""

from .view import TimelineView

__all__ = ["TimelineView"]

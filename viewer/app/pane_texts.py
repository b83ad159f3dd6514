"""What each pane is, for screen readers: its accessible description."""

from __future__ import annotations

from ..model.translation import QT_TRANSLATE_NOOP

PANE_DESCRIPTIONS = {
    "timeline": QT_TRANSLATE_NOOP("Panes", "Events in lanes over time; arrows pan, plus and minus zoom, N and P step "
                                           "from event to event, Enter shows the details"),
    "filters": QT_TRANSLATE_NOOP("Panes", "Search and filters: show only the events that match"),
    "details": QT_TRANSLATE_NOOP("Panes", "The selected event: its dates, places, actors, notes and every citation "
                                          "with speaker, publisher and grade"),
    "sources": QT_TRANSLATE_NOOP("Panes", "Every source with its reliability and how often it is quoted; select one "
                                          "to highlight its events"),
    "quotes": QT_TRANSLATE_NOOP("Panes", "Every quote of the file, searchable and sortable"),
    "map": QT_TRANSLATE_NOOP("Panes", "The segments' areas and the events' places on a map, with a time slider"),
    "board": QT_TRANSLATE_NOOP("Panes", "A tile per segment and a table of actors by segments"),
    "findings": QT_TRANSLATE_NOOP("Panes", "Problems found in the file, with line and field"),
    "storyboard": QT_TRANSLATE_NOOP("Panes", "The views of a briefing, in order: capture, name, caption, reorder, "
                                             "present and export them as a deck"),
    "legend": QT_TRANSLATE_NOOP("Panes", "What the marks on the timeline mean, and the lanes' colours"),
}

"""Detail panes: the selected event with its quoted sources, the sources of
the document and all of its quotes."""

from .event_pane import EventDetailPane
from .quotes_pane import QuotesPane
from .sources_pane import SourcesPane

__all__ = ["EventDetailPane", "QuotesPane", "SourcesPane"]

"""What the panes count over a whole document, built by the loading worker before it is shown.

Only numpy work kept per document (model.per_document), never a widget, so it
is safe off the GUI thread; the panes then find it ready instead of making
the window wait after the load.
"""

from __future__ import annotations

import numpy as np

from .board import counts as board_counts
from .details.quote_table import date_order
from .filter_panel import counts_under
from .map.look import filter_counts, time_extent_of
from .timeline import document_data


def warm_panes(document) -> None:
    cols = document.columns
    everything = np.ones(len(cols), dtype=bool)
    for membership in (cols.segments, cols.actors, cols.sources, cols.tags):
        membership.rows()
    cols.midpoint  # noqa: B018 - made once, then kept by the columns
    document_data.span_of(document)
    document_data.finite_span_of(document)
    document_data.extents_of(document)
    document_data.overview_profile(document, None)
    board_counts.tiles(document, everything)  # after which the board's time ranks are made too
    board_counts.matrix(document, everything)
    counts_under(document, everything)
    filter_counts(document, everything)
    time_extent_of(document)
    date_order(document)

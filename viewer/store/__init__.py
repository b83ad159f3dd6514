"""Event stores: where the panes' questions are answered when the events are not all in memory.

``source`` names the questions (counts per lane and pixel column, the events in
view, facet counts, search hits, one event's record); ``memory`` answers them
from a loaded document's columns, ``duck`` from Parquet or a DuckDB database,
``warehouse`` from any engine Ibis reaches. ``schema`` is the stored shape of an
event and ``convert`` writes it. No Qt here.
"""

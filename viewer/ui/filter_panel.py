"""Search and facet filters with counts, writing into the shared ViewState."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import dates
from ..model.filters import FilterSpec, facet_counts
from ..model.per_document import derived
from ..model.records import CREDIBILITY_TEXT, RELIABILITY_TEXT, STATUS_TEXT, STATUSES
from ..model.translation import QT_TRANSLATE_NOOP, number, tr, translate
from ..model.wording import counted
from ..state import Change, ViewState
from .filter_ahead import FilterAhead
from .plain_text import cell, tooltip

# facet key in FilterSpec -> heading shown in the panel
FACETS = {
    "segments": QT_TRANSLATE_NOOP("Filters", "Segments"),
    "actors": QT_TRANSLATE_NOOP("Filters", "Actors"),
    "sources": QT_TRANSLATE_NOOP("Filters", "Sources"),
    "places": QT_TRANSLATE_NOOP("Filters", "Places"),
    "statuses": QT_TRANSLATE_NOOP("Filters", "Status"),
    "reliability": QT_TRANSLATE_NOOP("Filters", "Source reliability"),
    "credibility": QT_TRANSLATE_NOOP("Filters", "Information credibility"),
    "tags": QT_TRANSLATE_NOOP("Filters", "Tags"),
}
_VALUE_ROLE = Qt.ItemDataRole.UserRole


def counts_under(document, mask) -> dict[str, dict]:
    """Facet counts under a mask; those of the unfiltered document are kept while it lives."""
    if mask.all():
        return derived(document, "facet-counts", lambda d: facet_counts(d, np.ones(len(d.columns), dtype=bool)))
    return facet_counts(document, mask)


class FilterPanel(QWidget):
    def __init__(self, state: ViewState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self._updating = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Filters", "Search titles, descriptions, quotes, names"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("Filters", "Search"))
        self.search.setToolTip(translate("Filters", "Every word must appear (Ctrl+F)"))
        self.match_count = QLabel()
        self.ahead = FilterAhead(state, self)  # a large document is filtered in a thread
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())

        self.date_from = QLineEdit(placeholderText=translate("Filters", "e.g. {date}").format(date="2025-03"))
        self.date_to = QLineEdit(placeholderText=translate("Filters", "e.g. {date}").format(date="2025-04-26"))
        for edit in (self.date_from, self.date_to):
            edit.setToolTip(translate("Filters", "A date in EDTF: 2025, 2025-04, 2025-04-04, 2025-21 (spring)"))
            edit.editingFinished.connect(self._apply_dates)
        self.date_problem = QLabel()
        self.date_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.date_problem.setWordWrap(True)
        self.date_problem.setStyleSheet("color: #c62828")

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("Filters", "Filter values"))
        self.tree.setAccessibleDescription(translate("Filters", "Tick values to show only the events that have them; "
                                                                "the counts are the events each would show"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemChanged.connect(self._item_changed)

        clear = QPushButton(translate("Filters", "Clear filters"))
        clear.setToolTip(translate("Filters", "Show every event again and take off any highlight (Ctrl+Shift+L)"))
        clear.clicked.connect(self.clear)

        dates_form = QFormLayout()
        dates_form.addRow(translate("Filters", "From"), self.date_from)
        dates_form.addRow(translate("Filters", "To"), self.date_to)
        top = QHBoxLayout()
        top.addWidget(self.match_count, 1)
        top.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(top)
        layout.addLayout(dates_form)
        layout.addWidget(self.date_problem)
        layout.addWidget(self.tree, 1)

        state.changed.connect(self._state_changed)

    def _state_changed(self, change: Change) -> None:
        if change & Change.DOCUMENT:
            self._rebuild()  # refreshes
        elif change & Change.FILTER:
            self._refresh()

    # -- building ----------------------------------------------------------
    def _facet_values(self, key: str) -> list[tuple[object, str]]:
        doc = self.state.document
        if key == "segments":
            return [(s.id, s.label) for s in doc.segments]
        if key in ("actors", "sources", "places"):
            return [(r.id, r.name) for r in getattr(doc, key)]
        if key == "statuses":
            return [(s, tr(STATUS_TEXT[s])) for s in STATUSES]
        if key == "reliability":
            return [(letter, f"{letter} - {tr(text)}") for letter, text in RELIABILITY_TEXT.items()]
        if key == "credibility":
            return [(n, f"{n} - {tr(text)}") for n, text in CREDIBILITY_TEXT.items()]
        return [(t, t) for t in sorted(doc.tags)]

    def _rebuild(self) -> None:
        self._updating = True
        self.tree.clear()
        self._items: dict[tuple[str, object], QTreeWidgetItem] = {}
        if self.state.document is not None:
            for key, heading in FACETS.items():
                values = self._facet_values(key)
                if not values:
                    continue
                top = QTreeWidgetItem([tr(heading)])
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(top)
                for value, label in values:
                    item = QTreeWidgetItem(top)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setData(0, _VALUE_ROLE, (key, value, label))
                    item.setCheckState(0, Qt.CheckState.Unchecked)
                    item.setToolTip(0, tooltip(label))  # the whole name, where the panel cuts it short
                    self._items[(key, value)] = item
                top.setExpanded(key in ("segments", "statuses", "reliability"))
        self._updating = False
        self._refresh()

    def _refresh(self) -> None:
        state = self.state
        doc = state.document
        if doc is None:
            self.match_count.setText("")
            return
        self._updating = True
        spec = state.filter
        ticked = self.ahead.spec  # with the ticks of a filter still being worked out
        counts_for: dict[str, dict] = {}
        for key in FACETS:
            # Count each facet as if it were unfiltered, so unchecked values show what they would add.
            if getattr(spec, key):
                counts_for[key] = counts_under(doc, state.mask_without(key))[key]
        base = counts_under(doc, state.visible)
        for (key, value), item in self._items.items():
            counts = counts_for.get(key, base[key])
            label = item.data(0, _VALUE_ROLE)[2]
            item.setText(0, f"{cell(label, 120)}  ({number(counts.get(value, 0))})")
            item.setCheckState(0, Qt.CheckState.Checked if value in getattr(ticked, key)
                               else Qt.CheckState.Unchecked)
        if self.search.text() != spec.text and not self.search.hasFocus():
            self.search.setText(spec.text)
        shown, total = state.visible_count, state.event_count
        self.match_count.setText(translate("Filters", "{shown} of {events} match").format(
            shown=number(shown), events=counted(total, "event")) if not spec.is_empty else counted(total, "event"))
        self._updating = False

    # -- user input --------------------------------------------------------
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or item.data(0, _VALUE_ROLE) is None:
            return
        key, value, _ = item.data(0, _VALUE_ROLE)
        chosen = set(getattr(self.ahead.spec, key))  # with the ticks of a filter still being worked out
        if item.checkState(0) == Qt.CheckState.Checked:
            chosen.add(value)
        else:
            chosen.discard(value)
        self.ahead.change(**{key: frozenset(chosen)})

    def _apply_search(self) -> None:
        self.ahead.search(self.search.text().strip())

    def _apply_dates(self) -> None:
        start, end, problems = -math.inf, math.inf, []
        for edit, name in ((self.date_from, translate("Filters", "From")), (self.date_to, translate("Filters", "To"))):
            text = edit.text().strip()
            if not text:
                continue
            try:
                when = dates.resolve_cached(text)
            except dates.DateError as exc:
                problems.append(f"{name}: {exc}")
                continue
            if edit is self.date_from:
                start = when.start_lo
            else:
                end = when.end_hi
        self.date_problem.setText("\n".join(problems))
        self.date_problem.setVisible(bool(problems))
        if not problems:
            self.state.set_filter(self.state.filter.with_(start=start, end=end))

    def clear(self) -> None:
        self.ahead.cancel()
        self.search.clear()
        self.date_from.clear()
        self.date_to.clear()
        self.date_problem.clear()
        self.date_problem.hide()
        with self.state.batch():
            self.state.set_filter(FilterSpec())
            self.state.clear_highlight()

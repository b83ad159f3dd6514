"""A table in a warehouse or a distributed engine, asked through Ibis: DuckDB, Spark, Trino, BigQuery,
Postgres and every other engine Ibis compiles to, with one expression per question.

The table has the columns of ``schema`` (``lagebild convert`` writes them as Parquet,
which every such engine loads). Beside it, ``<table>_meta`` may hold the document's
records (one row: key ``document``, value the JSON of ``_lagebild.json``) and
``<table>_days`` the day summary (``day_counts``), which wide views are then counted
from; without them lanes are named by their ids and every view is counted from the
events. The engine does the work; what comes back is a few thousand numbers or rows.
"""

from __future__ import annotations

import json
import math
from urllib.parse import parse_qs, urlsplit, urlunsplit

import numpy as np

from ..model.filters import FilterSpec
from . import day_counts
from .duck import SCAN_LIMIT, StoreError, summary_of, view_events
from .source import Density, Hit, ViewEvents, ViewQuery
from .summarised import SummarisedStore


def _ibis():
    try:
        import ibis
    except ImportError as exc:
        raise StoreError("opening a warehouse table needs Ibis: pip install 'lagebild[warehouse]' "
                         "(and the engine's own package, e.g. 'lagebild[spark]')") from exc
    return ibis


def without_password(url: str) -> str:
    """The URL with any password taken out (what may be shown and remembered)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    if not password or parts.username is None:
        return url
    from urllib.parse import quote

    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    netloc = f"{parts.username}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def connect(url: str):
    """An Ibis connection for a URL; ``pyspark://`` joins this process's Spark session (local
    mode unless one is running), the others are Ibis' own URLs."""
    ibis = _ibis()
    if url.startswith("pyspark:"):
        from pyspark.sql import SparkSession

        options = {key: values[-1] for key, values in parse_qs(urlsplit(url).query).items()}
        builder = SparkSession.builder.appName("lagebild")
        if "master" in options:
            builder = builder.master(options.pop("master"))
        for key, value in options.items():
            builder = builder.config(key, value)
        return ibis.pyspark.connect(builder.getOrCreate())
    try:
        return ibis.connect(url)
    except Exception as exc:  # noqa: BLE001 - any engine's refusal becomes a message naming the URL
        raise StoreError(f"{without_password(url)}: cannot connect ({type(exc).__name__}: {str(exc)[:300]})") from exc


def _kept(t, predicates: list):
    return t.filter(*predicates) if predicates else t


def open_url(url: str, table: str = "events") -> IbisSource:
    """The store of ``table`` at ``url``: what File > Open Connection... and ``lagebild open`` both call."""
    return IbisSource(connect(url), table, without_password(url))


class IbisSource(SummarisedStore):
    def __init__(self, con, table: str, name: str):
        self.con = con
        self.name = f"{name} {table}"
        try:
            self.t = con.table(table)
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"{name}: no table '{table}' ({type(exc).__name__}: {str(exc)[:200]})") from exc
        missing = {"id", "title", "when", "known_lo", "known_hi", "segments", "status", "record"} - set(self.t.columns)
        if missing:
            raise StoreError(f"{name}: table '{table}' lacks the columns {', '.join(sorted(missing))} "
                             "(see docs/serving-a-team.md for the stored shape)")
        tables = set(con.list_tables())
        self.meta = self._meta(f"{table}_meta") if f"{table}_meta" in tables else {}
        summary = self.meta.get("summary") or self._summarise()
        self._take_summary(summary)
        self.days = None
        if f"{table}_days" in tables:
            self.days = day_counts.DayCounts(con.table(f"{table}_days").to_pyarrow(), self.max_segments)

    def _meta(self, name: str) -> dict:
        t = self.con.table(name)
        rows = t.filter(t.key == "document").select("value").to_pyarrow().column(0).to_pylist()
        return json.loads(rows[0]) if rows else {}

    def _summarise(self) -> dict:
        t = self.t
        finite_lo = t.known_lo.isinf().ifelse(None, t.known_lo)
        finite_hi = t.known_hi.isinf().ifelse(None, t.known_hi)
        row = t.aggregate(n=t.count(), lo=finite_lo.min(), hi=finite_hi.max(),
                          most=t.segments.length().max()).to_pyarrow().to_pylist()[0]
        used = set(t.select(lane=self._lane_of(t, "segment", False)).distinct().to_pyarrow()
                   .column("lane").to_pylist())
        statuses = set(t.select("status").distinct().to_pyarrow().column("status").to_pylist())
        return summary_of(int(row["n"]), row["lo"], row["hi"], int(row["most"] or 0), used, statuses,
                          self.meta.get("segments", []))

    # -- expressions ----------------------------------------------------------
    def _lane_of(self, t, mode: str, one_segment: bool | None = None):
        ibis = _ibis()
        one = self.max_segments <= 1 if one_segment is None else one_segment
        if mode == "segment":
            if one:
                return t.segments[0].fill_null("")
            return (t.segments.length() == 0).ifelse(ibis.literal([""], type="array<string>"), t.segments).unnest()
        if mode == "status":
            return t.status
        return ibis.literal("all")

    def _where(self, t, spec: FilterSpec, without: tuple[str, ...] = ()) -> list:
        ibis = _ibis()
        predicates = []
        for name in ("segments", "actors", "sources", "tags"):
            values = getattr(spec, name)
            if values and name not in without:
                predicates.append(ibis.or_(*[t[name].contains(v) for v in sorted(values)]))
        for name, column in (("places", "place"), ("reliability", "reliability")):
            values = getattr(spec, name)
            if values and name not in without:
                predicates.append(t[column].isin(sorted(values)))
        if spec.credibility and "credibility" not in without:
            predicates.append(t.credibility.isin(sorted(spec.credibility)))
        if spec.statuses and "statuses" not in without:
            chosen = t.status.isin(sorted(spec.statuses))
            predicates.append(chosen | t.disputed if "disputed" in spec.statuses else chosen)
        if "time" not in without:
            if math.isfinite(spec.start):
                predicates.append(t.known_hi > spec.start)
            if math.isfinite(spec.end):
                predicates.append(t.known_lo < spec.end)
        if spec.text and "text" not in without:
            predicates += [t.search_text.contains(word) for word in dict.fromkeys(spec.text.casefold().split())]
        return predicates

    def _in_view(self, query: ViewQuery):
        t = self.t
        first = t.known_lo >= query.lo if query.starting else t.known_hi >= query.lo
        return t.filter(first, t.known_lo <= query.hi, *self._where(t, query.spec))

    # -- questions ------------------------------------------------------------
    def density(self, query: ViewQuery) -> Density:
        ibis = _ibis()
        keys = [key for key, _ in self.lanes(query.mode)]
        span = self.span()
        share = 1.0 if not span or span[1] <= span[0] else \
            max(0.0, (min(query.hi, span[1]) - max(query.lo, span[0])) / (span[1] - span[0]))
        wide = (query.hi - query.lo) / query.columns >= day_counts.DAY or self.count * share > SCAN_LIMIT
        if self.days is not None and wide and self.days.answers(query.spec):
            return self.days.density(query.lo, query.hi, query.columns, query.mode, keys, query.spec)
        width = (query.hi - query.lo) / query.columns
        e = self._in_view(query)
        e = e.mutate(lane=self._lane_of(e, query.mode))
        starts = e.mutate(col=ibis.greatest(((e.known_lo - query.lo) / width).ceil() - 1, 0).cast("int64"),
                          kind=ibis.literal(1))
        ends = e.filter(e.known_hi < query.hi).mutate(
            col=(((e.known_hi - query.lo) / width).floor() + 1).cast("int64"), kind=ibis.literal(-1))
        both = starts.select("lane", "kind", "col").union(ends.select("lane", "kind", "col"), distinct=False)
        rows = both.group_by(["lane", "kind", "col"]).aggregate(n=both.count()).to_pyarrow().to_pylist()
        steps = np.zeros((len(keys), query.columns + 1), np.int64)
        lane_of = {key: i for i, key in enumerate(keys)}
        in_view = 0
        for row in rows:
            if row["lane"] in lane_of and row["col"] <= query.columns:
                steps[lane_of[row["lane"]], row["col"]] += row["kind"] * row["n"]
                in_view += row["n"] if row["kind"] > 0 else 0
        return Density(keys, np.cumsum(steps, axis=1)[:, :query.columns], in_view)

    def events(self, query: ViewQuery, limit: int) -> ViewEvents:
        e = self._in_view(query)
        e = e.mutate(lane=self._lane_of(e, query.mode))
        table = (e.select("id", "title", "when", "lane", "known_lo", "known_hi", "status")
                 .order_by(["known_lo", "id", "lane"]).limit(limit + 1).to_pyarrow())
        rows = list(zip(*(table.column(i).to_pylist() for i in range(table.num_columns))))
        return view_events(rows, limit)

    def facet_counts(self, spec: FilterSpec) -> dict[str, dict[str, int]]:
        if self.days is not None and self.days.answers(spec):
            return self.days.facet_counts(spec)
        t = self.t
        e = _kept(t, self._where(t, spec, ("segments",)))
        e = e.mutate(lane=self._lane_of(e, "segment"))
        segments = e.group_by("lane").aggregate(n=e.count()).to_pyarrow().to_pylist()
        s = _kept(t, self._where(t, spec, ("statuses",)))
        statuses = s.group_by("status").aggregate(n=s.count()).to_pyarrow().to_pylist()
        return {"segments": {r["lane"]: int(r["n"]) for r in segments},
                "statuses": {r["status"]: int(r["n"]) for r in statuses}}

    def search(self, text: str, limit: int) -> list[Hit]:
        if not text.split():
            return []
        t = self.t
        table = t.filter(*self._where(t, FilterSpec(text=text))).select("id", "title", "when", "known_lo") \
            .limit(limit).to_pyarrow()
        rows = list(zip(*(table.column(i).to_pylist() for i in range(4))))
        rows.sort(key=lambda r: (r[3] if math.isfinite(r[3]) else math.inf, r[0]))
        return [Hit(i, title, when, lo if math.isfinite(lo) else math.nan) for i, title, when, lo in rows]

    def record(self, event_id: str, near: float | None = None) -> dict | None:
        t = self.t
        chosen = [t.id == event_id]
        if near is not None and math.isfinite(near):
            chosen.append(t.known_lo == near)  # lets the engine skip the files and row groups elsewhere
        values = t.filter(*chosen).select("record").limit(1).to_pyarrow().column(0).to_pylist()
        if not values and len(chosen) > 1:
            values = t.filter(t.id == event_id).select("record").limit(1).to_pyarrow().column(0).to_pylist()
        return json.loads(values[0]) if values else None

    def interrupt(self) -> None:
        pass  # Ibis offers no way to stop a running query; the window drops its late answer

    def close(self) -> None:
        disconnect = getattr(self.con, "disconnect", None)
        if disconnect is not None and not self.name.startswith("pyspark:"):
            disconnect()

"""Write a document's events as a Parquet store, whole or not at all.

A small document becomes one Parquet file, its document records in the file's
metadata. A large one (or any, when asked) becomes a folder: one file per year
of known start (``year=2025/events.parquet``, ``undated/events.parquet``), each
sorted by known start so that a view's time range skips most row groups, with
``_lagebild.json`` (the document's records and what opening reads first) and the
day summary beside them. Either is written under a temporary name and renamed
into place, so the target is the old store or the complete new one.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..output.atomic import OutputError, temporary_name
from . import day_counts
from .duck import META_FILE, _connect, _sql_text, summarise
from .schema import METADATA_KEY, document_metadata, event_table

PARTITION_AT = 1_000_000  # events from which a store is written as year folders
ROW_GROUP = 131_072
BATCH = 100_000  # events made into rows at a time
# Texts of few values are written with a dictionary; ids, titles and records would only
# fill one before falling back to plain pages.
WRITE_OPTIONS = {"compression": "zstd", "compression_level": 1,
                 "use_dictionary": ["when", "status", "reliability", "segments", "actors", "sources", "tags",
                                    "place", "year"]}


def _sorted(table: pa.Table) -> pa.Table:
    return table.sort_by([("known_lo", "ascending"), ("id", "ascending")])


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_store(document, target: str | os.PathLike, by_year: bool | None = None) -> Path:
    """Write ``document`` to ``target`` (a ``.parquet`` name); returns the path written."""
    target = Path(target)
    if not target.parent.is_dir():
        raise OutputError(f"{target}: the folder {target.parent} does not exist")
    if by_year is None:
        by_year = len(document.columns) >= PARTITION_AT
    temporary = target.parent / temporary_name(target)
    meta = document_metadata(document)
    try:
        if by_year:
            _write_folder(document, temporary, meta)
        else:
            table = _sorted(event_table(document))
            con = _connect()
            con.register("written", table)
            meta["summary"] = summarise(con, "written", meta["segments"])
            con.close()
            table = table.replace_schema_metadata({METADATA_KEY: json.dumps(meta).encode()})
            pq.write_table(table, temporary, row_group_size=ROW_GROUP, **WRITE_OPTIONS)
            _fsync(str(temporary))
        _replace(temporary, target)
    except BaseException:
        if temporary.is_dir():
            shutil.rmtree(temporary, ignore_errors=True)
        elif temporary.exists():
            temporary.unlink()
        raise
    return target


def _write_folder(document, folder: Path, meta: dict) -> None:
    folder.mkdir()
    pieces: dict[str, list[pa.Table]] = {}
    n = len(document.columns)
    import numpy as np

    for begin in range(0, n, BATCH):
        table = event_table(document, np.arange(begin, min(n, begin + BATCH)))
        year = table.column("year")
        for value in pc.unique(year).to_pylist():
            chosen = pc.is_null(year) if value is None else pc.equal(year, value)
            pieces.setdefault("undated" if value is None else f"year={value}", []).append(table.filter(chosen))
    for name, parts in pieces.items():
        (folder / name).mkdir()
        write_events(_sorted(pa.concat_tables(parts)), folder / name / "events.parquet")
    finish_folder(folder, meta)


def write_events(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, row_group_size=ROW_GROUP, **WRITE_OPTIONS)
    _fsync(str(path))


def finish_folder(folder: Path, meta: dict) -> None:
    """Count the folder's events per day and write what opening reads first."""
    con = _connect()
    con.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet("
                f"{_sql_text(str(folder / '*' / '*.parquet'))}, hive_partitioning = false)")
    meta["summary"] = summarise(con, "events", meta["segments"])
    summary_path = folder / day_counts.FILE_NAME
    con.execute(f"COPY ({day_counts.SUMMARY_SQL.format(source='events')}) TO {_sql_text(str(summary_path))} "
                "(FORMAT parquet)")
    con.close()
    with open(folder / META_FILE, "w", encoding="utf-8") as handle:
        json.dump(meta, handle)
        handle.flush()
        os.fsync(handle.fileno())


def _replace(temporary: Path, target: Path) -> None:
    if temporary.is_dir() and target.exists():
        # A folder cannot be renamed over another: the old one steps aside first, then goes.
        old = target.parent / temporary_name(target)
        os.replace(target, old)
        os.replace(temporary, target)
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    else:
        if target.is_dir():
            shutil.rmtree(target)
        os.replace(temporary, target)
    _fsync(str(target.parent))

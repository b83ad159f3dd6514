"""Delimited files (CSV, tab-separated) read a column at a time, every row placed on its line.

pyarrow's CSV reader parses the file in C++ into typed columns, block by block, so a
million-row export is read in seconds and never held as a million Python rows. Rows whose
number of fields does not fit are handed to the format (to be read another way, as GDELT's
files that mix widths are) or reported at their line and left out; the rest imports.

Lines are counted exactly even where quoted values hold line breaks: a row spans one line
plus the line breaks inside its values, blank lines are read as rows of their own (and
skipped), and rows that did not fit count with the line breaks of their text.
"""

from __future__ import annotations

import codecs
import io
import queue
import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

_LINE_END = re.compile(r"\r\n|\n|\r")
CHUNK = 16 * 1024 * 1024
BLOCK = 256 * 1024  # bytes parsed at a time: small blocks stay in the processor's cache
GROUP_ROWS = 65536  # rows handed on at a time: few enough calls per row, memory a few groups
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class BadRow:
    """A row whose number of fields does not fit, with where it stands."""

    number: int  # physical row, 1-based, counting the header and blank lines
    fields: int
    text: str
    line: int = 0


@dataclass
class Batch:
    """Consecutive rows of the file: columns of text and the line each row starts on."""

    columns: dict[str, pa.Array]
    lines: np.ndarray  # int64, one per row

    def __len__(self) -> int:
        return len(self.lines)

    def filter(self, keep: np.ndarray) -> Batch:
        mask = pa.array(keep)
        return Batch({name: column.filter(mask) for name, column in self.columns.items()}, self.lines[keep])

    def text(self, name: str) -> pa.Array:
        """The column as text with absent values as empty text ('' where the file had nothing)."""
        column = self.columns.get(name)
        if column is None:
            return pa.array([""] * len(self.lines), pa.string())
        return pc.fill_null(column, "")


@dataclass
class Source:
    """Where the bytes come from: the file itself, or its text transcoded to UTF-8 in memory."""

    path: Path
    data: bytes | None = None  # None: read from the file
    notes: list[tuple[int, str]] = field(default_factory=list)  # (line, message) about the encoding

    def open(self):
        return pa.BufferReader(self.data) if self.data is not None else pa.OSFile(str(self.path))

    def head(self, size: int = 64 * 1024) -> bytes:
        if self.data is not None:
            return self.data[:size]
        with open(self.path, "rb") as handle:
            return handle.read(size)


def open_source(path: Path) -> Source:
    """The file as UTF-8: a zip's single member unpacked, UTF-16 transcoded, and text that is not
    UTF-8 read as Windows-1252 with a note at the first line that is not UTF-8."""
    with open(path, "rb") as handle:
        start = handle.read(4)
    data: bytes | None = None
    if start.startswith(ZIP_MAGIC):
        data = _zip_member(path)
    if (data[:2] if data is not None else start[:2]) in UTF16_BOMS:
        raw = data if data is not None else path.read_bytes()
        data = raw.decode("utf-16", errors="replace").encode("utf-8")
    source = Source(path, data)
    bad_at = _first_invalid_utf8(source)
    if bad_at is not None:
        raw = source.data if source.data is not None else path.read_bytes()
        line = raw.count(b"\n", 0, bad_at) + 1
        source = Source(path, raw.decode("cp1252", errors="replace").encode("utf-8"))
        source.notes.append((line, "the file is not UTF-8 from this line on: read as Windows-1252 (cp1252); "
                                   "save it as UTF-8 if accented letters look wrong"))
    return source


def _zip_member(path: Path) -> bytes:
    """The one data file inside a zip (GDELT ships each day or quarter-hour as a zip of one file)."""
    with zipfile.ZipFile(path) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) != 1:
            raise ValueError(f"the zip holds {len(members)} files; it must hold exactly one")
        with archive.open(members[0]) as member:
            return member.read()


def _first_invalid_utf8(source: Source) -> int | None:
    """Byte offset of the first byte that is not UTF-8, checked a chunk at a time."""
    stream = io.BytesIO(source.data) if source.data is not None else open(source.path, "rb")
    carry, offset = b"", 0
    with stream:
        while True:
            chunk = stream.read(CHUNK)
            data = carry + chunk
            try:
                _, consumed = codecs.utf_8_decode(data, "strict", not chunk)
            except UnicodeDecodeError as problem:
                return offset + problem.start
            carry, offset = data[consumed:], offset + consumed
            if not chunk:
                return None


def header_names(source: Source, delimiter: str, quoting: bool) -> list[str]:
    """The names in the first row in lower case (the formats' names are matched so), read by the
    same parser as the rest; an empty name is 'column N', a name written twice gets a ' the second time."""
    head = source.head()
    end = head.find(b"\n")
    first = head if end < 0 else head[:end + 1]
    options = pacsv.ParseOptions(delimiter=delimiter, quote_char='"' if quoting else False)
    try:
        table = pacsv.read_csv(io.BytesIO(first), parse_options=options,
                               read_options=pacsv.ReadOptions(autogenerate_column_names=True),
                               convert_options=pacsv.ConvertOptions(strings_can_be_null=False))
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return []
    names = [str(table.column(k)[0].as_py() or "") for k in range(table.num_columns)]
    if names and names[0].startswith("\ufeff"):
        names[0] = names[0][1:]
    unique: list[str] = []
    for number, name in enumerate(names, start=1):
        name = name.strip().lower() or f"column {number}"
        while name in unique:  # a name written twice: the second is told apart
            name += "'"
        unique.append(name)
    return unique


class RowReader:
    """Reads the rows of a delimited file in batches of text columns with their lines.

    ``names`` are the columns; with ``header`` the first row holds them and is not data.
    Rows of another width are collected in ``bad_rows`` (blank lines are not), each with
    its line once the rows before it have been read.
    """

    def __init__(self, source: Source, names: list[str], *, delimiter: str = ",", quoting: bool = True,
                 header: bool = True, keep_bad_text: bool = False):
        self.source = source
        self.names = names
        self.header = header
        self.quoting = quoting
        self.keep_bad_text = keep_bad_text
        self.bad_rows: list[BadRow] = []
        self._seen_bad: list[BadRow] = []  # met by the parser, not yet handed on with a group
        self._pending: list[BadRow] = []  # bad rows whose line is not known yet
        self._next_number = 1  # physical row number of the next row not yet placed
        self._next_line = 1
        self._read_options = pacsv.ReadOptions(column_names=names, use_threads=False, block_size=BLOCK)
        self._parse_options = pacsv.ParseOptions(
            delimiter=delimiter, quote_char='"' if quoting else False, newlines_in_values=quoting,
            ignore_empty_lines=False, invalid_row_handler=self._bad_row)
        self._convert_options = pacsv.ConvertOptions(
            column_types={name: pa.string() for name in names}, strings_can_be_null=False,
            quoted_strings_can_be_null=False)

    def _bad_row(self, row) -> str:
        text = row.text if (self.keep_bad_text or "\n" in row.text or "\r" in row.text) else row.text[:200]
        self._seen_bad.append(BadRow(row.number, row.actual_columns, text))
        return "skip"

    def _groups(self) -> Iterator[tuple[pa.RecordBatch, list[BadRow]]]:
        """Groups of rows with the bad rows met while parsing them (and perhaps a few after)."""
        reader = pacsv.open_csv(self.source.open(), read_options=self._read_options,
                                parse_options=self._parse_options, convert_options=self._convert_options)
        for group in _grouped(reader):
            bad, self._seen_bad = self._seen_bad, []
            yield group, bad

    def batches(self) -> Iterator[Batch]:
        first = self.header
        for record_batch, bad in _ahead(self._groups()):
            self._pending.extend(bad)
            columns = {name: record_batch.column(k) for k, name in enumerate(self.names)}
            if first:
                columns = {name: column.slice(1) for name, column in columns.items()}
                self._place_run(1, np.zeros(1, np.int64))  # the header row
                first = False
            rows = len(next(iter(columns.values()))) if columns else 0
            if rows == 0:
                continue
            breaks = np.zeros(rows, np.int64)
            if self.quoting:  # only a quoted value can hold a line break
                for column in columns.values():  # CR LF, LF and a lone CR each end a line
                    feeds = pc.count_substring(column, "\n")
                    returns = pc.count_substring(column, "\r")
                    if pc.max(feeds).as_py() or pc.max(returns).as_py():
                        both = pc.count_substring(column, "\r\n").to_numpy(zero_copy_only=False)
                        breaks += feeds.to_numpy(zero_copy_only=False) + returns.to_numpy(zero_copy_only=False) - both
            lines = self._place_run(rows, breaks)
            # A blank line reads as a row of empty fields: it is no row of the file's data.
            blank = pc.equal(next(iter(columns.values())), "").to_numpy(zero_copy_only=False)
            for column in list(columns.values())[1:]:
                if not blank.any():
                    break
                blank &= pc.equal(column, "").to_numpy(zero_copy_only=False)
            if blank.any():
                keep = pa.array(~blank)
                columns = {name: column.filter(keep) for name, column in columns.items()}
                lines = lines[~blank]
                if not len(lines):
                    continue
            yield Batch(columns, lines)
        self._pending.extend(self._seen_bad)
        self._seen_bad = []
        self._finish()

    def _place_run(self, count: int, breaks: np.ndarray) -> np.ndarray:
        """Lines of the next ``count`` good rows (``breaks``: line breaks inside each), placing the
        bad rows that stand between them."""
        pending = sorted(self._pending, key=lambda bad: bad.number)
        numbers_bad = np.array([bad.number for bad in pending], np.int64)
        # The good rows are the next numbers that are not bad rows.
        span = count + len(numbers_bad)
        candidates = np.arange(self._next_number, self._next_number + span, dtype=np.int64)
        good = candidates[~np.isin(candidates, numbers_bad)][:count]
        last = int(good[-1])
        physical = np.arange(self._next_number, last + 1, dtype=np.int64)
        spans = np.ones(len(physical), np.int64)
        spans[good - self._next_number] += breaks
        placed = []
        for bad in pending:
            if bad.number <= last:
                spans[bad.number - self._next_number] += _breaks(bad.text)
                placed.append(bad)
        starts = self._next_line + np.cumsum(spans) - spans
        for bad in placed:
            bad.line = int(starts[bad.number - self._next_number])
            self._report(bad)
        self._pending = [bad for bad in pending if bad.number > last]
        self._next_line = int(starts[-1] + spans[-1])
        self._next_number = last + 1
        return starts[good - physical[0]]

    def _finish(self) -> None:
        for bad in sorted(self._pending, key=lambda b: b.number):
            self._next_line += bad.number - self._next_number  # good rows cannot follow; blank ones may
            bad.line = self._next_line
            self._next_line += 1 + _breaks(bad.text)
            self._next_number = bad.number + 1
            self._report(bad)
        self._pending = []

    def _report(self, bad: BadRow) -> None:
        if bad.text.strip("\r") == "":
            return  # a blank line
        self.bad_rows.append(bad)


def _breaks(text: str) -> int:
    """Line ends inside a row's text: CR LF, LF or a lone CR, as the parser reads them."""
    return len(_LINE_END.findall(text))


def _ahead(groups: Iterator) -> Iterator:
    """The groups parsed in a thread of their own, one group ahead: pyarrow parses without holding
    Python's lock, so the next group is read while this one is turned into events."""
    ready: queue.Queue = queue.Queue(maxsize=1)
    done = object()
    stop = threading.Event()

    def produce():
        try:
            for group in groups:
                while not stop.is_set():
                    try:
                        ready.put(group, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            ready.put(done)
        except BaseException as problem:  # handed to the reading thread, which raises it
            ready.put(problem)

    worker = threading.Thread(target=produce, name="lagebild-csv-reader", daemon=True)
    worker.start()
    try:
        while True:
            item = ready.get()
            if item is done:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def _grouped(reader) -> Iterator[pa.RecordBatch]:
    """The reader's small batches joined into groups of about GROUP_ROWS rows."""
    group: list[pa.RecordBatch] = []
    rows = 0
    for record_batch in reader:
        if record_batch.num_rows:
            group.append(record_batch)
            rows += record_batch.num_rows
        if rows >= GROUP_ROWS:
            yield pa.Table.from_batches(group).combine_chunks().to_batches()[0]
            group, rows = [], 0
    if group:
        yield pa.Table.from_batches(group).combine_chunks().to_batches()[0]


def line_text(text: str, limit: int = 60) -> str:
    """The start of a row's text for a message."""
    text = text.replace("\t", " ").strip()
    return text if len(text) <= limit else text[:limit] + "…"


BadRowHandler = Callable[[BadRow], None]

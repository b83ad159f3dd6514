"""Delimited and spreadsheet files as columns of text, with the line of every row.

CSV and TSV are read by pyarrow's CSV reader, a column at a time in C (a million rows in about a
second), every cell kept as the text written; XLSX by openpyxl in read-only mode, where a formula
is its text (``=SUM(A1:A3)``), never its result, and is never evaluated."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from .base import ImportRefused, ImportReport, decode_text


@dataclass
class Table:
    names: list[str]  # as written in the header
    columns: list[list[str]]  # text of each cell, "" where empty
    lines: list[int]  # line (CSV) or row (XLSX) of each record
    sheet: str = ""

    def __len__(self) -> int:
        return len(self.lines)

    def column(self, *wanted: str) -> list[str] | None:
        """The first column whose header matches one of the names, ignoring case and spaces."""
        keys = {_key(w) for w in wanted}
        for name, values in zip(self.names, self.columns):
            if _key(name) in keys:
                return values
        return None

    def rows(self) -> list[dict[str, str]]:
        return [dict(zip(self.names, values)) for values in zip(*self.columns)] if self.columns else []


def _key(name: str) -> str:
    return "".join(name.lower().split()).replace("_", "")


def is_xlsx(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04") and b"xl/" in head


def sheet_names(path: Path) -> list[str]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_table(path: Path, report: ImportReport, sheet: str | None = None, max_rows: int | None = None) -> Table:
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path, report, sheet, max_rows)
    return read_csv(path.read_bytes(), report, max_rows)


def sniff_delimiter(text: str) -> str:
    sample = text[:64 * 1024]
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, report: ImportReport, max_rows: int | None = None) -> Table:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    text = decode_text(data, report)
    if max_rows is not None:
        text = _first_records(text, max_rows + 1)
    delimiter = sniff_delimiter(text)
    header_text = text.split("\n", 1)[0] if "\n" in text else text
    try:
        names = next(csv.reader([header_text], delimiter=delimiter))
    except (csv.Error, StopIteration):
        names = []
    names = [n.strip() for n in names]
    if not any(names):
        raise ImportRefused("the first line holds no column names", 1)
    generated = [f"c{i}" for i in range(len(names))]
    skipped: list[tuple[int, str]] = []

    def bad_row(row) -> str:
        skipped.append((row.number or 0, f"{row.actual_columns} cells where the header has {row.expected_columns}"))
        return "skip"

    try:
        table = pacsv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            read_options=pacsv.ReadOptions(column_names=generated, skip_rows=1, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True,
                                             invalid_row_handler=bad_row),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in generated},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except pa.ArrowInvalid as exc:
        raise ImportRefused(f"the file cannot be read as CSV: {str(exc)[:200]}", 0) from None
    if skipped:  # pyarrow cannot say where a malformed record sat: read again, record by record
        return _read_by_records(text, delimiter, names, report)
    columns = [[v or "" for v in table.column(n).to_pylist()] for n in generated]
    return Table(names, columns, _record_lines(columns, len(table)))


def _read_by_records(text: str, delimiter: str, names: list[str], report: ImportReport) -> Table:
    """The slow, exact path for a file with malformed rows: each one named by its line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next(reader, None)
    columns: list[list[str]] = [[] for _ in names]
    lines: list[int] = []
    start = 2
    try:
        for record in reader:
            if not record:
                pass
            elif len(record) != len(names):
                report.finding(start, "", f"{len(record)} cells where the header has {len(names)}; the row is "
                                          "left out (check its quotes and delimiters)")
            else:
                for i, value in enumerate(record):
                    columns[i].append(value)
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        report.finding(start, "", f"the rest of the file cannot be read as CSV ({exc})")
    return Table(names, columns, lines)


def _first_records(text: str, count: int) -> str:
    reader = csv.reader(io.StringIO(text))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for i, row in enumerate(reader):
        if i >= count:
            break
        writer.writerow(row)
    return out.getvalue()


def _record_lines(columns: list[list[str]], n: int) -> list[int]:
    """Line of each record: the header is line 1; a cell with new lines in it moves the next ones on.
"""
    extra = [0] * n
    for values in columns:
        for i, value in enumerate(values):
            if "\n" in value:
                extra[i] += value.count("\n")
    lines, line = [], 2
    for i in range(n):
        lines.append(line)
        line += 1 + extra[i]
    return lines


def read_xlsx(path: Path, report: ImportReport, sheet: str | None = None, max_rows: int | None = None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportRefused(f"the spreadsheet cannot be read ({type(exc).__name__}: {str(exc)[:160]})") from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ImportRefused(f"there is no sheet '{sheet}'; the sheets are {', '.join(book.sheetnames)}")
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        rows = worksheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise ImportRefused(f"the sheet '{worksheet.title}' is empty", 1)
        names = [cell_text(v).strip() for v in header]
        columns: list[list[str]] = [[] for _ in names]
        lines: list[int] = []
        for number, row in enumerate(rows, 2):
            if max_rows is not None and len(lines) >= max_rows:
                break
            values = [cell_text(v) for v in row]
            if not any(v.strip() for v in values):
                continue
            for i in range(len(names)):
                columns[i].append(values[i] if i < len(values) else "")
            if len(values) > len(names) and any(v.strip() for v in values[len(names):]):
                report.warning(number, "", "cells right of the last named column are not imported")
            lines.append(number)
        return Table(names, columns, lines, worksheet.title)
    finally:
        book.close()


def cell_text(value: object) -> str:
    """The text of a spreadsheet cell: numbers without a spurious .0, dates in ISO form, formulas as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(timespec="seconds" if not value.microsecond else "milliseconds")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)

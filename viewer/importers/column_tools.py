"""Whole-column steps shared by the bulk importers: dates, numbers, ids and shared values.

Each works on a pyarrow or numpy column at once, so a million rows cost array passes, and
repeated values (an actor, an outlet, a tag set) become one Python object shared by every
row that has it.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Callable
from contextlib import contextmanager

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

EPOCH = np.datetime64("1970-01-01", "D")
NO_DAY = np.iinfo(np.int64).min
_NUMBER = r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$"
_NOT_ID = re.compile(r"[^a-z0-9]+")


def days_from_text(column: pa.Array, formats: tuple[str, ...]) -> np.ndarray:
    """Days since 1970 for each text, trying the formats in turn; NO_DAY where none fits."""
    days = np.full(len(column), NO_DAY, np.int64)
    text = pc.utf8_trim_whitespace(column)
    todo = pc.invert(pc.equal(text, ""))
    for fmt in formats:
        if not pc.any(todo).as_py():
            break
        if fmt in _DIGITS:
            got, found = _digit_days(text, todo, *_DIGITS[fmt])
        else:
            parsed = pc.strptime(text, format=fmt, unit="s", error_is_null=True)
            # The parser rolls 31 February over into March: a date is read only if it reads back the same
            same = pc.equal(pc.utf8_lower(pc.strftime(parsed, format=fmt)), pc.utf8_lower(text))
            got = pc.and_(todo, pc.fill_null(same, False))
            found = pc.fill_null(parsed.cast(pa.int64()), 0).to_numpy(zero_copy_only=False) // 86400
        mask = got.to_numpy(zero_copy_only=False)
        days[mask] = found[mask]
        todo = pc.and_(todo, pc.invert(got))
    return days


# Formats of fixed digits, read with array arithmetic: (pattern, where year, month and day start)
_DIGITS = {"%Y-%m-%d": (r"^\d{4}-\d{2}-\d{2}$", 0, 5, 8), "%Y%m%d": (r"^\d{8}$", 0, 4, 6)}


def _digit_days(text: pa.Array, todo: pa.Array, pattern: str, at_year: int, at_month: int, at_day: int):
    fits = pc.and_(todo, pc.match_substring_regex(text, pattern))
    if not pc.any(fits).as_py():
        return fits, np.zeros(len(text), np.int64)
    safe = pc.if_else(fits, text, pa.scalar("1970-01-01" if at_month == 5 else "19700101"))

    def part(start: int, length: int) -> np.ndarray:
        return pc.cast(pc.utf8_slice_codeunits(safe, start, start + length), pa.int64()).to_numpy(
            zero_copy_only=False)

    year, month, day = part(at_year, 4), part(at_month, 2), part(at_day, 2)
    good = (month >= 1) & (month <= 12) & (day >= 1)
    months = np.where(good, (year - 1970) * 12 + month - 1, 0)
    first = (EPOCH.astype("datetime64[M]") + months.astype("timedelta64[M]")).astype("datetime64[D]")
    length = ((first.astype("datetime64[M]") + np.timedelta64(1, "M")).astype("datetime64[D]") - first).astype(np.int64)
    good &= day <= length
    found = (first - EPOCH).astype(np.int64) + day - 1
    return pc.and_(fits, pa.array(good)), found




def iso_days(days: np.ndarray) -> list[str]:
    """'YYYY-MM-DD' for each day count (years 0-9999); rows of one day share its text."""
    distinct, where = np.unique(days, return_inverse=True)
    texts = np.datetime_as_string(EPOCH + distinct.astype("timedelta64[D]"), unit="D").tolist()
    return list(map(texts.__getitem__, where.tolist()))


def numbers(column: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(values, bad): the text as floats (NaN where empty or not a number) and where a text was
    written that is not a number."""
    text = pc.utf8_trim_whitespace(column)
    empty = pc.equal(text, "")
    try:  # every text a number or empty: one cast, no pattern to match
        values = pc.cast(pc.if_else(empty, pa.scalar(None, pa.string()), text), pa.float64())
        return values.to_numpy(zero_copy_only=False).astype(np.float64), np.zeros(len(column), bool)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        pass
    looks = pc.match_substring_regex(text, _NUMBER)
    written = pc.invert(pc.equal(text, ""))
    cleaned = pc.if_else(looks, text, pa.scalar(None, pa.string()))
    values = pc.cast(cleaned, pa.float64()).to_numpy(zero_copy_only=False)
    bad = pc.and_(written, pc.invert(looks)).to_numpy(zero_copy_only=False)
    return values.astype(np.float64), bad


def shared(column: pa.Array, make: Callable[[str], object], cache: dict) -> list:
    """make(text) for each row, called once per distinct text; rows with the same text share the
    one result (cache holds them across batches)."""
    encoded = pc.dictionary_encode(column)
    made = []
    for text in encoded.dictionary.to_pylist():
        if text not in cache:
            cache[text] = make(text)
        made.append(cache[text])
    return list(map(made.__getitem__, encoded.indices.to_numpy(zero_copy_only=False).tolist()))


def slug(text: str, limit: int = 80) -> str:
    """A readable id from a name: lower case ASCII letters and digits joined by '-'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NOT_ID.sub("-", folded).strip("-")[:limit].strip("-")


class Ids:
    """Unique ids from names: the name's slug, then '-2', '-3' for other names with the same slug."""

    def __init__(self, prefix: str):
        self.prefix = prefix
        self.taken: set[str] = set()

    def new(self, name: str) -> str:
        base = f"{self.prefix}{slug(name) or 'unnamed'}"
        ident, k = base, 1
        while ident in self.taken:
            k += 1
            ident = f"{base}-{k}"
        self.taken.add(ident)
        return ident


def unique_event_ids(events: list[dict], report, field_name: str) -> None:
    """Ids written twice get '~2', '~3' … and a finding at the later line."""
    ids = [event["id"] for event in events]
    if len(set(ids)) == len(ids):
        return
    seen: dict[str, int] = {}
    taken = set(ids)
    for event in events:
        ident = event["id"]
        if ident not in seen:
            seen[ident] = 1
            continue
        n = seen[ident] + 1
        while f"{ident}~{n}" in taken:
            n += 1
        seen[ident] = n
        new = f"{ident}~{n}"
        taken.add(new)
        event["id"] = new
        report.warning(event["origin"]["line"], field_name,
                       f"the id '{ident}' was already used above: imported as '{new}'")


@contextmanager
def no_collection():
    """Python's cycle collector paused while a million event records are made: they hold no
    cycles, and the collector would otherwise walk all of them again and again as they grow."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def present(column: pa.Array) -> pa.Array:
    """The column with empty texts as nulls, so that a phrase built on it is null too."""
    return pc.if_else(pc.equal(pc.utf8_trim_whitespace(column), ""), pa.scalar(None, pa.string()), column)


def phrase(*parts) -> pa.Array:
    """Texts and columns joined row by row; null in a row where any column is null there."""
    return pc.binary_join_element_wise(*parts, "")


def joined_lines(*phrases) -> list[str]:
    """The phrases of each row that are not null, one line each."""
    return pc.binary_join_element_wise(*phrases, "\n", null_handling="skip").to_pylist()


def lookup(column: pa.Array, table: dict[str, str]) -> pa.Array:
    """table[text] for each row, null where the text is not in the table."""
    keys = list(table)
    return pc.take(pa.array([table[key] for key in keys], pa.string()),
                   pc.index_in(pc.utf8_trim_whitespace(column), value_set=pa.array(keys, pa.string())))


def shared_rows(columns: list[pa.Array], make: Callable[..., object], cache: dict,
                details: tuple[pa.Array, ...] = ()) -> list:
    """make(*values, *details) for each row of several columns, called once per distinct combination
    of values (``details``: more columns, taken from the first row of each combination); rows with
    the same values share the one result (cache holds them across batches)."""
    code = np.zeros(len(columns[0]), np.int64)
    span = 1  # how many codes there can be so far
    for column in columns:
        encoded = pc.dictionary_encode(column)
        size = max(len(encoded.dictionary), 1)
        if span * size >= 2**62:  # renumber the combinations seen so far before they could overflow
            code = np.unique(code, return_inverse=True)[1].astype(np.int64)
            span = int(code.max()) + 1 if len(code) else 1
        code = code * size + encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
        span *= size
    _, first, where = np.unique(code, return_index=True, return_inverse=True)
    picked = pa.array(first)
    values = [column.take(picked).to_pylist() for column in columns]
    more = [column.take(picked).to_pylist() for column in details]
    made = []
    for k, key in enumerate(zip(*values)):
        if key not in cache:
            cache[key] = make(*key, *(column[k] for column in more))
        made.append(cache[key])
    return list(map(made.__getitem__, where.tolist()))

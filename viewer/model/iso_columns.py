"""Plain ISO 8601 dates resolved a column at a time with array arithmetic.

Plain means digits only, as nearly every large file writes them: a year,
month or day (with one trailing ``?``, ``~`` or ``%``), a date-time to the
hour, minute, second or a fraction of it, with ``Z``, an offset such as
``+05:30`` or no zone (local time), and intervals of these, open or unknown
at one end. Each text is read as a shape (every digit a ``D``); a shape is
recognised once, and all rows of that shape are converted together from
their digit positions. Rows whose digits do not make a real date (month 13,
30 February, hour 25, an interval that ends before it starts...) are left
for :func:`viewer.model.dates.resolve`, which explains what is wrong, as are
all other forms. Tests hold every figure here to what ``resolve`` gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

import numpy as np

from .dates import (
    APPROXIMATE,
    HAS_TIME,
    INTERVAL,
    NO_OFFSET,
    OPEN_END,
    OPEN_START,
    UNCERTAIN,
    UNKNOWN_END,
    UNKNOWN_START,
    Precision,
    end_qualifiers,
)
from .progress import LoadCancelled

MAX_LENGTH = 80  # longer texts are never plain forms
DIRECT_SHAPES = 4  # shapes of one length split off by direct comparison before hashing
CHUNK = 131072  # rows converted to a byte matrix at once, to bound the scratch memory
_MAX_FRACTION_DIGITS = 15  # up to here a fraction's digits are exact as float64

_SIDE = re.compile(
    r"(?P<sign>-)?DDDD(?:-(?P<month>DD)(?:-(?P<day>DD)"
    r"(?:T(?P<hour>DD)(?::(?P<minute>DD)(?::(?P<second>DD)(?:[.,](?P<frac>D+))?)?)?"
    r"(?P<zone>Z|[+-]DD(?::?DD)?)?)?)?)?(?P<qual>[?~%])?"
).fullmatch
_TO_SHAPE = str.maketrans("0123456789", "DDDDDDDDDD")
_QUAL_FLAGS = {"?": UNCERTAIN, "~": APPROXIMATE, "%": UNCERTAIN | APPROXIMATE}
_MONTH_DAYS = np.array([[0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
                        [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]], dtype=np.int64)


@dataclass(frozen=True)
class _Side:
    """Where the parts of one plain date sit in its shape."""

    start: int
    negative: bool
    month: int | None
    day: int | None
    hour: int | None
    minute: int | None
    second: int | None
    fraction: tuple[int, int] | None  # position, digits
    zone: tuple[int, int, int | None] | None  # sign (+1/-1), hour position, minute position
    qualifier: str


def _side(shape: str, start: int) -> _Side | None:
    g = _SIDE(shape)
    if g is None:
        return None
    if g["hour"] is not None and g["qual"]:
        return None  # a time of day cannot be qualified: the resolver says so
    if g["frac"] is not None and len(g["frac"]) > _MAX_FRACTION_DIGITS:
        return None

    def at(name: str) -> int | None:
        return start + g.start(name) if g[name] is not None else None

    zone = None
    if g["zone"] not in (None, "Z"):
        z = start + g.start("zone")
        minute = z + len(g["zone"]) - 2 if len(g["zone"]) > 3 else None
        zone = (1 if g["zone"][0] == "+" else -1, z + 1, minute)
    return _Side(start, g["sign"] is not None, at("month"), at("day"), at("hour"), at("minute"),
                 at("second"), (start + g.start("frac"), len(g["frac"])) if g["frac"] else None, zone,
                 g["qual"] or "")


def layout(shape: str) -> tuple[_Side | str, _Side | str | None] | None:
    """The sides of a plain shape (a single date has None as its second side), or None.

    An interval's open end is ``".."`` and its unknown end ``""``."""
    if "/" not in shape:
        point = _side(shape, 0)
        return (point, None) if point is not None else None
    a, slash, b = shape.partition("/")
    if "/" in b:
        return None
    first = a if a in ("", "..") else _side(a, 0)
    second = b if b in ("", "..") else _side(b, len(a) + 1)
    if first is None or second is None or (isinstance(first, str) and isinstance(second, str)):
        return None
    return first, second


def _days_from_civil(y: np.ndarray, m: np.ndarray, d: np.ndarray | int) -> np.ndarray:
    """Vectorised :func:`viewer.model.civil.days_from_civil`."""
    y = y - (m <= 2)
    era = y // 400
    year_of_era = y - era * 400
    day_of_year = (153 * np.where(m > 2, m - 3, m + 9) + 2) // 5 + d - 1
    return era * 146097 + year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year - 719468


def _month_start(y: np.ndarray, m: np.ndarray | int, k: int) -> np.ndarray:
    """Seconds at the first of the month ``k`` months after (y, m)."""
    q, r = np.divmod(y * 12 + m - 1 + k, 12)
    return _days_from_civil(q, r + 1, 1) * 86400


def _number(digits: np.ndarray, position: int, width: int) -> np.ndarray:
    value = digits[:, position].astype(np.int64)
    for k in range(1, width):
        value = value * 10 + digits[:, position + k]
    return value


def _point(digits: np.ndarray, side: _Side):
    """(lo, hi, earliest, latest, precision, flags, ok) of one side, as the resolver computes them."""
    rows = len(digits)
    y = _number(digits, side.start + side.negative, 4)
    ok = np.ones(rows, dtype=bool)
    if side.negative:
        ok &= y != 0  # -0000 does not exist
        y = -y
    flags = 0
    if side.month is None:
        precision = Precision.YEAR
        lo = _days_from_civil(y, np.ones_like(y), 1) * 86400
        hi = _days_from_civil(y + 1, np.ones_like(y), 1) * 86400
    else:
        m = _number(digits, side.month, 2)
        ok &= (m >= 1) & (m <= 12)
        m = np.clip(m, 1, 12)
        if side.day is None:
            precision = Precision.MONTH
            lo, hi = _month_start(y, m, 0), _month_start(y, m, 1)
        else:
            d = _number(digits, side.day, 2)
            leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
            ok &= (d >= 1) & (d <= _MONTH_DAYS[leap.astype(np.int64), m])
            days = _days_from_civil(y, m, d)
            if side.hour is None:
                precision = Precision.DAY
                lo = days * 86400
                hi = lo + 86400
            else:
                return _with_time(digits, side, days, ok)
    if side.qualifier:
        unit = {Precision.YEAR: 12, Precision.MONTH: 1}.get(precision)
        if unit is None:
            earliest, latest = lo - 86400, hi + 86400
        else:
            month = m if side.month is not None else 1
            earliest, latest = _month_start(y, month, -unit), _month_start(y, month, 2 * unit)
        flags |= _QUAL_FLAGS[side.qualifier]
    else:
        earliest, latest = lo, hi
    return (lo.astype(np.float64), hi.astype(np.float64), earliest.astype(np.float64),
            latest.astype(np.float64), precision, flags, ok)


def _with_time(digits: np.ndarray, side: _Side, days: np.ndarray, ok: np.ndarray):
    assert side.hour is not None  # called for date-times only
    h = _number(digits, side.hour, 2)
    minute = _number(digits, side.minute, 2) if side.minute is not None else 0
    second = _number(digits, side.second, 2) if side.second is not None else 0
    ok &= (h <= 24) & (minute <= 59) & (second <= 59)
    late = (h == 24) & (minute != 0) | (h == 24) & (second != 0)
    sod = h * 3600 + minute * 60 + second
    offset: np.ndarray | int = 0
    if side.zone is not None:
        sign, oh_at, om_at = side.zone
        oh = _number(digits, oh_at, 2)
        om = _number(digits, om_at, 2) if om_at is not None else 0
        ok &= (om <= 59) & ((oh < 14) | (oh == 14) & (om == 0))
        offset = -sign * (oh * 3600 + om * 60)  # local time minus the offset is UTC
    if side.fraction is None:
        unit = 1.0 if side.second is not None else 60.0 if side.minute is not None else 3600.0
        precision = (Precision.SECOND if side.second is not None else
                     Precision.MINUTE if side.minute is not None else Precision.HOUR)
        lo = (days * 86400 + sod + offset).astype(np.float64)
    else:
        at, width = side.fraction
        whole = _number(digits, at, width)
        late |= (h == 24) & (whole != 0)
        unit = 10.0 ** -width
        precision = Precision.SECOND
        # The resolver's float operations in its order, so that the sums round alike.
        seconds = sod.astype(np.float64) + whole.astype(np.float64) / float(10 ** width)
        if side.zone is not None:
            seconds = seconds + np.asarray(offset, dtype=np.float64)
        lo = days.astype(np.float64) * 86400.0 + seconds
    ok &= ~late
    hi = lo + unit
    return lo, hi, lo, hi, precision, HAS_TIME, ok


def _convert(digits: np.ndarray, sides: tuple[_Side | str, _Side | str | None]):
    """(n, 6) bounds, precision, flags and ok for rows of one plain shape."""
    first, second = sides
    if second is None:
        assert isinstance(first, _Side)  # a single date is never open
        lo, hi, earliest, latest, precision, flags, ok = _point(digits, first)
        return np.column_stack((lo, hi, lo, hi, earliest, latest)), precision, flags, ok
    inf = np.full(len(digits), np.inf)
    if isinstance(second, str):
        assert isinstance(first, _Side)  # ".." to ".." is not a plain shape
        lo, hi, earliest, _, precision, flags, ok = _point(digits, first)
        flags |= INTERVAL | (OPEN_END if second == ".." else UNKNOWN_END)
        return np.column_stack((lo, hi, lo, inf, earliest, inf)), precision, flags, ok
    if isinstance(first, str):
        lo, hi, _, latest, precision, flags, ok = _point(digits, second)
        flags |= INTERVAL | (OPEN_START if first == ".." else UNKNOWN_START)
        return np.column_stack((-inf, hi, lo, hi, -inf, latest)), precision, flags, ok
    a_lo, a_hi, a_earliest, _, a_precision, a_flags, a_ok = _point(digits, first)
    b_lo, b_hi, _, b_latest, b_precision, b_flags, b_ok = _point(digits, second)
    ok = a_ok & b_ok & (b_hi > a_lo)
    return (np.column_stack((a_lo, a_hi, b_lo, b_hi, a_earliest, b_latest)),
            min(a_precision, b_precision), a_flags | b_flags | INTERVAL, ok)


def _same_shape_groups(shape_codes: np.ndarray):
    """Row indices of each shape among rows of equal length.

    Texts of one length nearly always share one or two shapes, so the first few
    are split off by comparing with one row; the rest are grouped by a hash of
    their shape and each group checked against its first row (a row that fails
    the check is left to the resolver).
    """
    remaining = np.arange(len(shape_codes))
    for _ in range(DIRECT_SHAPES):
        if not len(remaining):
            return
        same = (shape_codes[remaining] == shape_codes[remaining[0]]).all(axis=1)
        yield remaining[same]
        remaining = remaining[~same]
    if not len(remaining):
        return
    rest = shape_codes[remaining]
    key = np.zeros(len(rest), dtype=np.uint64)
    for column in rest.T:
        key = key * np.uint64(1_000_003) + column
    _, inverse = np.unique(key, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    for group in np.split(remaining[order], np.flatnonzero(np.diff(inverse[order])) + 1):
        yield group[(shape_codes[group] == shape_codes[group[0]]).all(axis=1)]


def _rows_as_bytes(texts: list[str], rows: np.ndarray, length: int) -> tuple[np.ndarray, np.ndarray]:
    """The ASCII texts among ``rows`` (all of ``length`` characters) as a (rows, length) byte matrix."""
    picked = [texts[rows[0]]] if len(rows) == 1 else itemgetter(*rows.tolist())(texts)
    try:
        data = "".join(picked).encode("ascii")
    except UnicodeEncodeError:  # other characters never make a plain form
        ascii_rows = np.fromiter(map(str.isascii, picked), dtype=bool, count=len(picked))
        rows = rows[ascii_rows]
        data = "".join(compress(picked, ascii_rows)).encode("ascii")
    return rows, np.frombuffer(data, dtype=np.uint8).reshape(len(rows), length)


def _written_offset(digits: np.ndarray, sides, shape: str):
    """Minutes east of UTC of the first time written with a zone (as ResolvedWhen.offset)."""
    texts = shape.partition("/")[::2] if "/" in shape else (shape,)
    for side, text in zip(sides, texts):
        if not isinstance(side, _Side) or side.hour is None:
            continue
        if side.zone is not None:
            sign, oh_at, om_at = side.zone
            minutes = _number(digits, oh_at, 2) * 60 + (_number(digits, om_at, 2) if om_at is not None else 0)
            return sign * minutes
        if text.endswith("Z"):
            return 0
    return NO_OFFSET


def resolve_plain(texts: list[str], bounds: np.ndarray, precision: np.ndarray, flags: np.ndarray,
                  is_cancelled: Callable[[], bool | None] | None = None, ends: np.ndarray | None = None,
                  offset: np.ndarray | None = None) -> np.ndarray:
    """Fill the rows of ``texts`` that are valid plain forms; return which rows were filled.
    ``ends`` and ``offset``, when given, get what each end carries and the written zone offset."""
    n = len(texts)
    done = np.zeros(n, dtype=bool)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    by_length = np.argsort(lengths, kind="stable")
    layouts: dict[str, tuple | None] = {}
    for same_length in np.split(by_length, np.flatnonzero(np.diff(lengths[by_length])) + 1):
        if not len(same_length) or not 0 < lengths[same_length[0]] <= MAX_LENGTH:
            continue
        for start in range(0, len(same_length), CHUNK):
            if is_cancelled is not None and is_cancelled():
                raise LoadCancelled()
            rows, codes = _rows_as_bytes(texts, same_length[start:start + CHUNK],
                                         int(lengths[same_length[0]]))
            digits = codes - np.uint8(48)
            shape_codes = np.where(digits < 10, np.uint8(68), codes)
            for group in _same_shape_groups(shape_codes):
                shape = texts[rows[group[0]]].translate(_TO_SHAPE)
                if shape not in layouts:
                    layouts[shape] = layout(shape)
                sides = layouts[shape]
                if sides is None:
                    continue
                values, unit_precision, unit_flags, ok = _convert(digits[group], sides)
                filled = rows[group[ok]]
                bounds[filled] = values[ok]
                precision[filled] = unit_precision
                flags[filled] = unit_flags
                done[filled] = True
                if ends is not None and len(filled):  # the qualifiers are the shape's own characters
                    ends[filled] = end_qualifiers(shape, int(unit_flags))
                if offset is not None and len(filled) and int(unit_flags) & HAS_TIME:
                    offset[filled] = _written_offset(digits[group[ok]], sides, shape)
    return done

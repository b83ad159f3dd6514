"""EDTF date strings resolved to bounds on the time axis.

A date in the Extended Date/Time Format (the Library of Congress profile of
ISO 8601-2) becomes a :class:`ResolvedWhen`: the earliest and latest possible
start and end in seconds since 1970-01-01T00:00:00Z, its precision, qualifier
flags and a short text for people.

Calendar rules
    Proleptic Gregorian calendar with astronomical year numbering, as EDTF
    writes it: year 0000 is 1 BCE and -1740 is 1741 BCE.  Human texts use the
    BCE form, ISO texts (:func:`to_iso`) the astronomical one.  The arithmetic
    is done on integers here rather than with :mod:`datetime`, which stops at
    years 1 and 9999.

Supported forms
    Level 0 and 1 in full; from level 2 the qualified parts (``2004?-06-11``,
    ``?2004-06-~11``), X digits anywhere (``156X-12-25``), sets (``[..]`` one
    of, ``{..}`` all of), sub-year codes 21-41, exponential years and
    significant digits.  Times may be written as hh, hh:mm or hh:mm:ss with
    an optional fraction; a time without a zone (local time in EDTF) is
    placed as if it were UTC and shown as local time.

Plain forms (YYYY, YYYY-MM, YYYY-MM-DD, date-times, a trailing qualifier,
and intervals of those) take a short regular-expression path, because a
million of them are resolved when a large file loads; everything else goes
through the general parser.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from .civil import days_from_civil, is_leap, month_length, split, year_start

__all__ = [
    "APPROXIMATE", "DateError", "END_APPROXIMATE", "end_qualifiers", "END_UNCERTAIN", "HAS_TIME", "INTERVAL",
    "NO_OFFSET", "ONE_OF", "OPEN_END", "OPEN_START", "START_APPROXIMATE", "START_UNCERTAIN",
    "Precision", "ResolvedWhen", "SET", "UNCERTAIN", "UNKNOWN_END", "UNKNOWN_START",
    "UNSPECIFIED", "format_instant", "resolve", "resolve_cached", "to_iso",
]


class DateError(ValueError):
    """A text that is not a valid EDTF date; ``str()`` is a plain sentence."""


class Precision(enum.IntEnum):
    """Size of the written unit, coarse to fine (stored in int8 arrays)."""

    MILLENNIUM = 0
    CENTURY = 1
    DECADE = 2
    YEAR = 3
    HALF_YEAR = 4
    QUADRIMESTER = 5
    QUARTER = 6
    SEASON = 7
    MONTH = 8
    DAY = 9
    HOUR = 10
    MINUTE = 11
    SECOND = 12


UNCERTAIN = 1
APPROXIMATE = 2
OPEN_START = 4
OPEN_END = 8
UNKNOWN_START = 16
UNKNOWN_END = 32
INTERVAL = 64
SET = 128
UNSPECIFIED = 256
HAS_TIME = 512

# What each end of a date carries (ResolvedWhen.ends): an interval's start and
# end are qualified apart ("2025-03~/2025-07-10" is approximate at its start only);
# a single date carries its qualifiers at both ends. ONE_OF marks a "[..]" set:
# one of its dates, not a span.
START_APPROXIMATE = 1
START_UNCERTAIN = 2
END_APPROXIMATE = 4
END_UNCERTAIN = 8
ONE_OF = 16

NO_OFFSET = -32768  # ResolvedWhen.offset when no zone is written (no time, or a local time)


@dataclass(frozen=True, slots=True)
class ResolvedWhen:
    """Bounds of an EDTF date in seconds since the epoch (UTC).

    ``end_hi`` is exclusive: ``2025-04-04`` ends at 2025-04-05T00:00Z.  A
    single date or set has ``start_hi == end_hi`` and ``end_lo == start_lo``,
    because the event may begin and end anywhere inside it.  ``earliest`` and
    ``latest`` widen the outer bounds by one unit where a qualifier applies.
    """

    text: str
    start_lo: float
    start_hi: float
    end_lo: float
    end_hi: float
    earliest: float
    latest: float
    precision: Precision
    flags: int
    display: str
    ends: int = 0  # START_APPROXIMATE ... ONE_OF
    offset: int = NO_OFFSET  # minutes east of UTC of the first time written with a zone


_INF = math.inf
_P = Precision

# ---------------------------------------------------------------------------
# Calendar arithmetic on plain integers.

_CUM_DAYS = (
    (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365),
    (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366),
)
_MONTH_DAYS = (
    (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
    (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
)
_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAME = ("", "January", "February", "March", "April", "May", "June",
               "July", "August", "September", "October", "November", "December")


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    q, r = divmod(y * 12 + m - 1 + k, 12)
    return q, r + 1


_MONTHS_IN = {_P.MILLENNIUM: 12000, _P.CENTURY: 1200, _P.DECADE: 120, _P.YEAR: 12,
              _P.HALF_YEAR: 6, _P.QUADRIMESTER: 4, _P.QUARTER: 3, _P.SEASON: 3, _P.MONTH: 1}
_SECONDS_IN = {_P.DAY: 86400, _P.HOUR: 3600, _P.MINUTE: 60, _P.SECOND: 1}


def _shift(seconds: float, unit: Precision, k: int) -> float:
    """Move an instant by ``k`` calendar units (months clamp the day)."""
    if unit in _SECONDS_IN:
        return seconds + k * _SECONDS_IN[unit]
    y, m, d, rest = split(seconds)
    y, m = _add_months(y, m, k * _MONTHS_IN[unit])
    d = min(d, month_length(y, m))
    return days_from_civil(y, m, d) * 86400 + rest


# ---------------------------------------------------------------------------
# Human and ISO texts.

def _year_label(y: int) -> str:
    if y >= 1:
        return str(y) if y < 10000 else f"{y:,}"
    b = 1 - y
    return (str(b) if b < 10000 else f"{b:,}") + " BCE"


def _group_label(first: int, precision: Precision) -> str | None:
    """'2010s', '1900s' or '1000–1999' for a group of years starting at ``first``."""
    if first < 1:
        return None  # a decade or century across the era boundary has no clear name
    if precision == _P.MILLENNIUM:
        return f"{_year_label(first)}–{_year_label(first + 999)}"
    return _year_label(first) + "s"


def format_instant(seconds: float, precision: Precision) -> str:
    """The calendar unit of ``precision`` that contains the instant, in UTC.

    "4 Apr 2025 14:05", "4 Apr 2025", "Apr 2025", "2025", "2010s", "1741 BCE".
    Sub-year precisions (seasons, quarters...) are shown as the month.
    Hour and minute precision both show hh:mm, so an offset such as +05:30
    is never hidden.  Infinite instants give "..".
    """
    if seconds != seconds:
        raise ValueError("format_instant() got NaN")
    if seconds in (_INF, -_INF):
        return ".."
    if type(precision) is not Precision:
        precision = Precision(precision)
    y, m, d, rest = split(seconds)
    if precision <= _P.YEAR:
        if precision == _P.YEAR:
            return _year_label(y)
        size = {_P.DECADE: 10, _P.CENTURY: 100, _P.MILLENNIUM: 1000}[precision]
        return _group_label(y - y % size, precision) or _year_label(y)
    if precision < _P.DAY:
        return f"{_MONTH_ABBR[m]} {_year_label(y)}"
    text = f"{d} {_MONTH_ABBR[m]} {_year_label(y)}"
    if precision == _P.DAY:
        return text
    return f"{text} {_clock(rest, precision)}"


def _clock(sod: float, precision: Precision) -> str:
    hh = int(sod // 3600)
    mm = int(sod % 3600 // 60)
    if precision != _P.SECOND:
        return f"{hh:02d}:{mm:02d}"
    sec = sod - hh * 3600 - mm * 60
    return f"{hh:02d}:{mm:02d}:{int(sec):02d}" if sec == int(sec) else f"{hh:02d}:{mm:02d}:{_fraction(sec)}"


def _fraction(sec: float) -> str:
    whole = int(sec)
    frac = f"{sec - whole:.6f}"[1:].rstrip("0").rstrip(".")
    return f"{whole:02d}{frac}"


def to_iso(seconds: float) -> str:
    """ISO 8601 in UTC, e.g. "2025-04-04T00:00:00Z"; ±inf give "..".

    Years are astronomical; outside 0000-9999 they are written with a sign
    and as many digits as needed ("-1740-...", "+170000002-...").
    """
    if seconds != seconds:
        raise ValueError("to_iso() got NaN")
    if seconds in (_INF, -_INF):
        return ".."
    y, m, d, rest = split(seconds)
    if 0 <= y <= 9999:
        ys = f"{y:04d}"
    elif -9999 <= y < 0:
        ys = f"-{-y:04d}"
    else:
        ys = f"{'+' if y > 0 else '-'}{abs(y)}"
    hh = int(rest // 3600)
    mm = int(rest % 3600 // 60)
    sec = rest - hh * 3600 - mm * 60
    ss = f"{int(sec):02d}" if sec == int(sec) else _fraction(sec)
    return f"{ys}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss}Z"


# ---------------------------------------------------------------------------
# Resolved parts.  A point (one date, season, long year...) is the tuple
#   (lo, hi, earliest, latest, precision, flags, base text, notes text)
# where hi is exclusive and notes ("uncertain", "approx.") go in brackets.

_LO, _HI, _EARLIEST, _LATEST, _PREC, _FLAGS, _BASE, _NOTES = range(8)


def _label(point: tuple) -> str:
    return f"{point[_BASE]} ({point[_NOTES]})" if point[_NOTES] else point[_BASE]


def _with_note(point: tuple, note: str) -> str:
    notes = f"{point[_NOTES]}, {note}" if point[_NOTES] else note
    return f"{point[_BASE]} ({notes})"


def _bad(text: str, reason: str) -> DateError:
    shown = repr(text) if len(text) <= 80 else f"{text[:60]!r}... ({len(text):,} characters)"
    return DateError(f"{shown} is not a date: {reason}")


_WHOLE_NOTE = {"?": "uncertain", "~": "approx.", "%": "uncertain, approx."}
_QUAL_FLAGS = {"?": UNCERTAIN, "~": APPROXIMATE, "%": UNCERTAIN | APPROXIMATE}


def _check_time(text: str, hh: str, mi: str | None, ss: str | None, frac: str | None,
                zone: str | None) -> tuple[float, float, Precision]:
    """Seconds of the day (already moved to UTC), unit length and precision."""
    h = int(hh)
    minute = int(mi) if mi else 0
    sec = int(ss) if ss else 0
    if h > 24:
        raise _bad(text, f"there is no hour {hh}")
    if minute > 59:
        raise _bad(text, f"there is no minute {mi}")
    if sec > 59:
        raise _bad(text, f"there is no second {ss}")
    if h == 24 and (minute or sec or (frac and frac.strip(".,0"))):
        raise _bad(text, "hour 24 is only allowed as 24:00 (the end of the day)")
    sod: float = h * 3600 + minute * 60 + sec
    if frac:
        unit = 10.0 ** -(len(frac) - 1)
        sod += float("0." + frac[1:])
        precision = _P.SECOND
    else:
        unit = 1.0 if ss else 60.0 if mi else 3600.0
        precision = _P.SECOND if ss else _P.MINUTE if mi else _P.HOUR
    if zone and zone != "Z":
        oh = int(zone[1:3])
        om = int(zone[-2:]) if len(zone) > 3 else 0
        if om > 59:
            raise _bad(text, f"the time zone offset {zone} has no minute {om:02d}")
        if oh > 14 or (oh == 14 and om):
            raise _bad(text, f"the time zone offset {zone} is beyond ±14:00")
        offset = oh * 3600 + om * 60
        sod += offset if zone[0] == "-" else -offset
    return sod, unit, precision


def _day_reason(y: int, m: int, d: int) -> str:
    if m == 2 and d == 29:
        return f"{_year_label(y)} is not a leap year, so February has only 28 days"
    return f"{_MONTH_NAME[m]} has only {month_length(y, m)} days"


def _plain_point(text: str, ys: str, ms: str | None, ds: str | None, qual: str | None,
                 hh: str | None = None, mi: str | None = None, ss: str | None = None,
                 frac: str | None = None, zone: str | None = None) -> tuple:
    """A date written with digits only, optionally with a time or one trailing qualifier."""
    if ys == "-0000":
        raise _bad(text, "the year -0000 does not exist; year zero is written 0000")
    y = int(ys)
    flags = 0
    if ms is None:
        lo = year_start(y) * 86400.0
        hi = year_start(y + 1) * 86400.0
        precision = _P.YEAR
        base = _year_label(y)
    else:
        m = int(ms)
        if not 1 <= m <= 12:
            raise _bad(text, f"there is no month {ms}")
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        if ds is None:
            days = year_start(y) + _CUM_DAYS[leap][m - 1]
            lo = days * 86400.0
            hi = (days + _MONTH_DAYS[leap][m]) * 86400.0
            precision = _P.MONTH
            base = f"{_MONTH_ABBR[m]} {_year_label(y)}"
        else:
            d = int(ds)
            if d < 1 or d > 31:
                raise _bad(text, f"there is no day {ds}")
            if d > _MONTH_DAYS[leap][m]:
                raise _bad(text, _day_reason(y, m, d))
            days = year_start(y) + _CUM_DAYS[leap][m - 1] + d - 1
            if hh is None:
                lo = days * 86400.0
                hi = lo + 86400.0
                precision = _P.DAY
                base = f"{d} {_MONTH_ABBR[m]} {_year_label(y)}"
            else:
                sod, unit, precision = _check_time(text, hh, mi, ss, frac, zone)
                lo = days * 86400.0 + sod
                hi = lo + unit
                flags = HAS_TIME
                # EDTF reads a time without a zone as local time: it is placed as if UTC,
                # but never labelled UTC, since the writer's zone is unknown.
                zone_label = " UTC" if zone else " local time"
                if 0 <= sod < 86400:  # the zone kept it on the written day
                    base = f"{d} {_MONTH_ABBR[m]} {_year_label(y)} {_clock(sod, precision)}{zone_label}"
                else:
                    base = format_instant(lo, precision) + zone_label
    if qual:
        flags |= _QUAL_FLAGS[qual]
        return (lo, hi, _shift(lo, precision, -1), _shift(hi, precision, 1),
                precision, flags, base, _WHOLE_NOTE[qual])
    return lo, hi, lo, hi, precision, flags, base, ""


# ---------------------------------------------------------------------------
# Fast path: the plain forms that make up nearly all real files.

_FAST_POINT = re.compile(
    r"(-?[0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})"
    r"(?:T([0-9]{2})(?::([0-9]{2})(?::([0-9]{2}))?)?(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?"
    r")?)?([?~%]?)"
).fullmatch


def _fast_point(text: str, s: str) -> tuple | None:
    g = _FAST_POINT(s)
    if g is None:
        return None
    ys, ms, ds, hh, mi, ss, zone, qual = g.groups()
    if ms is not None and ms > "12":
        return None  # a season or sub-year code, or a bad month: the general parser explains
    if hh is not None and qual:
        return None
    return _plain_point(text, ys, ms, ds, qual, hh, mi, ss, None, zone)


def _parse_fast(text: str) -> ResolvedWhen | None:
    if "/" not in text:
        p = _fast_point(text, text)
        if p is None:
            return None
        return ResolvedWhen(text, p[0], p[1], p[0], p[1], p[2], p[3], p[4], p[5],
                            f"{p[6]} ({p[7]})" if p[7] else p[6])
    a, _, b = text.partition("/")
    if a and a != "..":
        pa = _fast_point(text, a)
        if pa is None:
            return None
    else:
        pa = None
    if b and b != "..":
        pb = _fast_point(text, b)
        if pb is None:
            return None
    else:
        pb = None
    if pa is None and pb is None:
        return None
    return _interval(text, pa, pb, a, b)


def _interval(text: str, pa: tuple | None, pb: tuple | None, a: str, b: str) -> ResolvedWhen:
    if pb is None:
        if pa is None:
            raise _bad(text, "an interval needs a date on at least one side of '/'")
        flag, note = (OPEN_END, "open end") if b == ".." else (UNKNOWN_END, "end unknown")
        word = "since" if b == ".." else "from"
        return ResolvedWhen(text, pa[_LO], pa[_HI], pa[_LO], _INF, pa[_EARLIEST], _INF,
                            pa[_PREC], pa[_FLAGS] | INTERVAL | flag,
                            f"{word} {_with_note(pa, note)}")
    if pa is None:
        flag, note = (OPEN_START, "open start") if a == ".." else (UNKNOWN_START, "start unknown")
        return ResolvedWhen(text, -_INF, pb[_HI], pb[_LO], pb[_HI], -_INF, pb[_LATEST],
                            pb[_PREC], pb[_FLAGS] | INTERVAL | flag,
                            f"until {_with_note(pb, note)}")
    if pb[_HI] <= pa[_LO]:
        raise _bad(text, f"the interval ends ({_label(pb)}) before it starts ({_label(pa)})")
    return ResolvedWhen(text, pa[_LO], pa[_HI], pb[_LO], pb[_HI], pa[_EARLIEST], pb[_LATEST],
                        min(pa[_PREC], pb[_PREC]), pa[_FLAGS] | pb[_FLAGS] | INTERVAL,
                        f"{_label(pa)} – {_label(pb)}")


# ---------------------------------------------------------------------------
# General parser.

_POINT = re.compile(r"""
    (?P<yq>[?~%])?(?P<year>-?[0-9X]{4})(?P<sig>S[0-9]+)?(?P<ys>[?~%])?
    (?:-(?P<mq>[?~%])?(?P<month>[0-9X]{2})(?P<ms>[?~%])?
       (?:-(?P<dq>[?~%])?(?P<day>[0-9X]{2})(?P<ds>[?~%])?
          (?:T(?P<hour>[0-9]{2})(?::(?P<minute>[0-9]{2})
                (?::(?P<second>[0-9]{2})(?P<frac>[.,][0-9]+)?)?)?
             (?P<zone>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?
       )?
    )?
""", re.VERBOSE).fullmatch

_LONG_YEAR = re.compile(
    r"(?P<yq>[?~%])?Y(?P<neg>-)?(?P<digits>[0-9]+)(?:E(?P<exp>[0-9]+))?"
    r"(?:S(?P<sig>[0-9]+))?(?P<ys>[?~%])?"
).fullmatch

# Beyond this the seconds no longer fit a float64 with useful resolution.
_MAX_YEAR_DIGITS = 15

# code: (first month, months, precision, name, note, name of the part)
_SUB_YEAR = {
    21: (3, 3, _P.SEASON, "spring", "", "season"),
    22: (6, 3, _P.SEASON, "summer", "", "season"),
    23: (9, 3, _P.SEASON, "autumn", "", "season"),
    24: (12, 3, _P.SEASON, "winter", "", "season"),
    25: (3, 3, _P.SEASON, "spring", "northern", "season"),
    26: (6, 3, _P.SEASON, "summer", "northern", "season"),
    27: (9, 3, _P.SEASON, "autumn", "northern", "season"),
    28: (12, 3, _P.SEASON, "winter", "northern", "season"),
    29: (9, 3, _P.SEASON, "spring", "southern", "season"),
    30: (12, 3, _P.SEASON, "summer", "southern", "season"),
    31: (3, 3, _P.SEASON, "autumn", "southern", "season"),
    32: (6, 3, _P.SEASON, "winter", "southern", "season"),
    33: (1, 3, _P.QUARTER, "Q1", "", "quarter"),
    34: (4, 3, _P.QUARTER, "Q2", "", "quarter"),
    35: (7, 3, _P.QUARTER, "Q3", "", "quarter"),
    36: (10, 3, _P.QUARTER, "Q4", "", "quarter"),
    37: (1, 4, _P.QUADRIMESTER, "Jan–Apr", "", "four-month period"),
    38: (5, 4, _P.QUADRIMESTER, "May–Aug", "", "four-month period"),
    39: (9, 4, _P.QUADRIMESTER, "Sep–Dec", "", "four-month period"),
    40: (1, 6, _P.HALF_YEAR, "first half", "", "half-year"),
    41: (7, 6, _P.HALF_YEAR, "second half", "", "half-year"),
}

_EXAMPLES = ("expected an EDTF date such as 2025, 2025-04, 2025-04-04, 2025-04-04T14:05Z, "
             "2025-21 (spring 2025) or an interval such as 2025-03-15/2025-04-04")


def _hint(s: str) -> str:
    """Best guess at what is wrong with a text no form matched."""
    if re.search(r"[xtz]", s) and re.fullmatch(r"[-0-9xXtTzZ:+?~%./]*", s):
        return "X, T and Z are written as capital letters"
    if re.match(r"[?~%]?-?[0-9]{5,}", s):
        return "a year with more than four digits is written with a leading Y, as in Y12345"
    if re.fullmatch(r"[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}", s):
        return "dates are written year first with hyphens, as in 2025-04-04"
    if "T" in s and s[-1] in "?~%":
        return "a date with a time of day cannot carry ? ~ or %"
    if "T" in s and re.match(r"-?[0-9]{4}", s):
        return ("a time of day follows a full date as hh, hh:mm or hh:mm:ss with an optional "
                "zone, as in 2025-04-04T14:05Z")
    if s.startswith("-") and re.fullmatch(r"-[0-9]{1,3}", s):
        return "years are written with four digits, as in -0044"
    return _EXAMPLES


def _matches(pattern: str, value: int) -> bool:
    return all(p in ("X", v) for p, v in zip(pattern, f"{value:02d}"))


def _year_values(ys: str, ascending: bool):
    """Years matching a four-digit pattern with X digits, in order."""
    neg = ys.startswith("-")
    choices: list[Sequence[int]] = [range(10) if c == "X" else (int(c),) for c in ys.lstrip("-")]
    if ascending == neg:  # for negative years the largest magnitude comes first
        choices = [tuple(reversed(c)) for c in choices]
    for a, b, c, d in product(*choices):
        v = a * 1000 + b * 100 + c * 10 + d
        if neg:
            if v == 0:
                continue
            v = -v
        yield v


def _first_date(ys: str, months: list[int], days: list[int], ascending: bool):
    if not ascending:
        months, days = months[::-1], days[::-1]
    for y in _year_values(ys, ascending):
        leap = is_leap(y)
        for m in months:
            limit = _MONTH_DAYS[leap][m]
            for d in days:
                if d <= limit:
                    return y, m, d
    return None


def _year_x_precision(ys: str) -> Precision:
    first_x = ys.lstrip("-").index("X")
    return _P.DECADE if first_x == 3 else _P.CENTURY if first_x == 2 else _P.MILLENNIUM


def _names(parts: list[str]) -> str:
    return " and ".join(parts)


def _qualifier_note(written: list[str], unc: list[str], app: list[str]) -> str:
    if not unc and not app:
        return ""
    if unc == app:
        return ("uncertain, approx." if unc == written
                else f"{_names(unc)} uncertain, approx.")
    notes = []
    if unc:
        notes.append("uncertain" if unc == written else f"{_names(unc)} uncertain")
    if app:
        notes.append("approx." if app == written else f"{_names(app)} approx.")
    return ", ".join(notes)


class _Qualifiers:
    """Collects part qualifiers: which parts, and the widest unit they affect."""

    __slots__ = ("unc", "app", "unit")

    def __init__(self) -> None:
        self.unc: list[str] = []
        self.app: list[str] = []
        self.unit: Precision | None = None

    def add(self, symbol: str | None, parts: list[str], unit: Precision) -> None:
        if not symbol:
            return
        for target, flag in ((self.unc, "?%"), (self.app, "~%")):
            if symbol in flag:
                target.extend(p for p in parts if p not in target)
        self.unit = unit if self.unit is None else min(self.unit, unit)

    def finish(self, written: list[str], lo: float, hi: float, precision: Precision,
               flags: int, base: str, extra_notes: list[str]) -> tuple:
        order = written.index
        unc = sorted(self.unc, key=order)
        app = sorted(self.app, key=order)
        if unc:
            flags |= UNCERTAIN
        if app:
            flags |= APPROXIMATE
        notes = [n for n in extra_notes if n]
        q = _qualifier_note(written, unc, app)
        if q:
            notes.append(q)
        if self.unit is None:
            earliest, latest = lo, hi
        else:
            earliest, latest = _shift(lo, self.unit, -1), _shift(hi, self.unit, 1)
        return lo, hi, earliest, latest, precision, flags, base, ", ".join(notes)


def _general_point(text: str, s: str) -> tuple:
    if "Y" in s:
        return _long_year(text, s)
    g = _POINT(s)
    if g is None:
        raise _bad(text, _hint(s))
    ys, ms, ds = g["year"], g["month"], g["day"]
    yq, ysuf, mq, msuf, dq, dsuf = (g[k] for k in ("yq", "ys", "mq", "ms", "dq", "ds"))
    has_time = g["hour"] is not None
    for before, after, part in ((yq, ysuf, "year"), (mq, msuf, "month"), (dq, dsuf, "day")):
        if before and after:
            raise _bad(text, f"the {part} carries two qualifiers; use % for uncertain and approximate")
    any_x = "X" in s
    if has_time and (any_x or yq or ysuf or mq or msuf or dq or dsuf):
        raise _bad(text, "a date with a time of day cannot have X digits or ? ~ % qualifiers")
    if ys == "-0000":
        raise _bad(text, "the year -0000 does not exist; year zero is written 0000")

    if ms is not None and "X" not in ms and int(ms) > 12:
        return _sub_year_point(text, g)

    if g["sig"]:
        if ms is not None or "X" in ys:
            raise _bad(text, "significant digits (S) can only follow a year written in full")
        return _significant_year(text, ys, g["sig"][1:], yq or ysuf)

    simple_qual = not (yq or mq or dq) and (
        (ds is not None and not ysuf and not msuf)
        or (ds is None and ms is not None and not ysuf)
        or ms is None
    )
    if not any_x and simple_qual:
        qual = dsuf if ds is not None else msuf if ms is not None else ysuf
        return _plain_point(text, ys, ms, ds, qual, g["hour"], g["minute"], g["second"],
                            g["frac"], g["zone"])

    # X digits or qualifiers on parts: work out the range of matching dates.
    if ms is not None and "X" not in ms and not 1 <= int(ms) <= 12:
        raise _bad(text, f"there is no month {ms}")
    if ds is not None and "X" not in ds and not 1 <= int(ds) <= 31:
        raise _bad(text, f"there is no day {ds}")
    months = [m for m in range(1, 13) if _matches(ms, m)] if ms is not None else [1]
    if not months:
        raise _bad(text, f"no month matches {ms}")
    days = [d for d in range(1, 32) if _matches(ds, d)] if ds is not None else [1]
    if not days:
        raise _bad(text, f"no day matches {ds}")
    first = _first_date(ys, months, days, True)
    if first is None:
        if not any_x:
            y, m, d = int(ys), int(ms), int(ds)
            raise _bad(text, _day_reason(y, m, d))
        raise _bad(text, "no calendar date matches it")
    last = _first_date(ys, months, days, False)
    lo = days_from_civil(*first) * 86400.0
    ly, lm, ld = last
    if ds is not None:
        hi = (days_from_civil(ly, lm, ld) + 1) * 86400.0
    elif ms is not None:
        hi = days_from_civil(*_add_months(ly, lm, 1), 1) * 86400.0
    else:
        hi = year_start(ly + 1) * 86400.0

    # Each part alone, and the date read up to that part: the precision is
    # set by the first part with X digits, or else by the last part written.
    y_prec = _year_x_precision(ys) if "X" in ys else _P.YEAR
    m_prec = _P.YEAR if ms is not None and "X" in ms else _P.MONTH
    d_prec = _P.MONTH if ds is not None and "X" in ds else _P.DAY
    upto_month = y_prec if "X" in ys else m_prec
    upto_day = upto_month if "X" in ys or "X" in (ms or "") else d_prec
    written = ["year"]
    precision = y_prec
    if ms is not None:
        written.append("month")
        precision = upto_month
    if ds is not None:
        written.append("day")
        precision = upto_day

    q = _Qualifiers()
    q.add(yq, ["year"], y_prec)
    q.add(ysuf, ["year"], y_prec)
    q.add(mq, ["month"], m_prec)
    q.add(msuf, ["year", "month"], upto_month)
    q.add(dq, ["day"], d_prec)
    q.add(dsuf, written, upto_day)

    base = _x_label(ys, ms, ds, first, last, y_prec)
    return q.finish(written, lo, hi, precision, UNSPECIFIED if any_x else 0, base, [])


def _x_label(ys: str, ms: str | None, ds: str | None, first: tuple, last: tuple,
             y_prec: Precision) -> str:
    if "X" in ys:
        digits = ys.lstrip("-")
        if re.fullmatch(r"[0-9]*X+", digits):
            y_alone = ((None if ys.startswith("-") else _group_label(first[0], y_prec))
                       or f"{_year_label(first[0])}–{_year_label(last[0])}")
        else:
            y_alone = ys  # X digits in the middle: not a range of consecutive years
        y_text = ys
    else:
        y_alone = y_text = _year_label(int(ys))
    if ms is None or (ms == "XX" and ds in (None, "XX")):
        return y_alone
    if "X" in ms or (ds is not None and ds != "XX" and "X" in ds):
        return "-".join(p for p in (ys, ms, ds) if p is not None)
    month = f"{_MONTH_ABBR[int(ms)]} {y_text}"
    if ds is None or ds == "XX":
        return month
    return f"{int(ds)} {month}"


def _sub_year_point(text: str, g) -> tuple:
    ys, ms = g["year"], g["month"]
    code = int(ms)
    if code not in _SUB_YEAR:
        raise _bad(text, f"there is no month {ms}" if code < 21
                   else f"there is no month or season code {ms} (codes run from 21 to 41)")
    first_month, length, precision, name, note, part = _SUB_YEAR[code]
    if g["day"] is not None:
        raise _bad(text, f"{ms} is a {part} code and cannot be followed by a day")
    if "X" in ys or g["sig"]:
        raise _bad(text, f"a {part} needs its year written in full")
    y = int(ys)
    lo = days_from_civil(y, first_month, 1) * 86400.0
    hi = days_from_civil(*_add_months(y, first_month, length), 1) * 86400.0
    if first_month + length > 13:
        if 1 <= y < 9999:
            years = f"{y}/{(y + 1) % 100:02d}"
        else:
            years = f"{_year_label(y)}/{_year_label(y + 1)}"
    else:
        years = _year_label(y)
    base = f"{name} {years}"
    written = ["year", part]
    q = _Qualifiers()
    q.add(g["yq"], ["year"], _P.YEAR)
    q.add(g["ys"], ["year"], _P.YEAR)
    q.add(g["mq"], [part], precision)
    q.add(g["ms"], written, precision)
    return q.finish(written, lo, hi, precision, 0, base, [note])


def _significant_range(y: int, keep: int, n_digits: int) -> tuple[int, int, Precision]:
    drop = n_digits - keep
    if drop <= 0:
        return y, y, _P.YEAR
    size = 10 ** drop
    mag = abs(y) // size * size
    lo_y, hi_y = (mag, mag + size - 1) if y >= 0 else (-(mag + size - 1), -mag)
    precision = _P.DECADE if drop == 1 else _P.CENTURY if drop == 2 else _P.MILLENNIUM
    return lo_y, hi_y, precision


def _count(digits: str, cap: int = 1_000_000) -> int:
    """A digit run as a number, or ``cap`` if it is larger: a run of thousands of digits
    is never converted (Python refuses past 4,300 digits, and no count here needs it)."""
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= len(str(cap)) and int(digits) <= cap else cap


def _significant_year(text: str, ys: str, keep: str, qual: str | None) -> tuple:
    if _count(keep) < 1:
        raise _bad(text, "S must be followed by a number of significant digits from 1 up")
    y = int(ys)
    return _year_point(text, y, *_significant_range(y, _count(keep), 4), qual, True)


def _year_point(text: str, y: int, lo_y: int, hi_y: int, precision: Precision,
                qual: str | None, estimated: bool) -> tuple:
    lo = year_start(lo_y) * 86400.0
    hi = year_start(hi_y + 1) * 86400.0
    notes = [f"estimated, {_year_label(lo_y)}–{_year_label(hi_y)}"] if estimated else []
    q = _Qualifiers()
    q.add(qual, ["year"], precision)
    return q.finish(["year"], lo, hi, precision, 0, _year_label(y), notes)


def _long_year(text: str, s: str) -> tuple:
    g = _LONG_YEAR(s)
    if g is None:
        raise _bad(text, "a long year is written Y followed by the year, as in Y170000002 or Y-17E7")
    if g["yq"] and g["ys"]:
        raise _bad(text, "the year carries two qualifiers; use % for uncertain and approximate")
    digits, exp = g["digits"], g["exp"]
    if digits.startswith("0"):
        raise _bad(text, "a year after Y does not start with 0")
    if exp is None:
        if len(digits) <= 4:
            raise _bad(text, "Y is only for years of more than four digits; write the year "
                             "with four digits instead")
        n_digits = len(digits)
    else:
        if exp.startswith("0"):
            raise _bad(text, "the exponent after E must be a positive number")
        n_digits = len(digits) + _count(exp)
    if n_digits > _MAX_YEAR_DIGITS:
        raise _bad(text, "the year is too far away to place on a time line")
    magnitude = int(digits) * 10 ** int(exp) if exp else int(digits)
    y = -magnitude if g["neg"] else magnitude
    if g["sig"] is not None:
        keep = _count(g["sig"])
        if keep < 1:
            raise _bad(text, "S must be followed by a number of significant digits from 1 up")
        return _year_point(text, y, *_significant_range(y, keep, n_digits),
                           g["yq"] or g["ys"], True)
    return _year_point(text, y, y, y, _P.YEAR, g["yq"] or g["ys"], False)


def _set_member(text: str, item: str, first: bool, last: bool) -> tuple:
    if not item:
        raise _bad(text, "the set has an empty entry")
    if item.startswith(".."):
        if not first:
            raise _bad(text, "only the first entry of a set can start with '..'")
        p = _general_point(text, item[2:])
        return (-_INF, p[_HI], -_INF, p[_LATEST], p[_PREC], p[_FLAGS] | OPEN_START,
                f"{_label(p)} or earlier", "")
    if item.endswith(".."):
        if not last:
            raise _bad(text, "only the last entry of a set can end with '..'")
        p = _general_point(text, item[:-2])
        return (p[_LO], _INF, p[_EARLIEST], _INF, p[_PREC], p[_FLAGS] | OPEN_END,
                f"{_label(p)} or later", "")
    if ".." in item:
        a, _, b = item.partition("..")
        pa, pb = _general_point(text, a), _general_point(text, b)
        if pb[_HI] <= pa[_LO]:
            raise _bad(text, f"the range {item} runs backwards")
        return (pa[_LO], pb[_HI], pa[_EARLIEST], pb[_LATEST], min(pa[_PREC], pb[_PREC]),
                pa[_FLAGS] | pb[_FLAGS], f"{_label(pa)}–{_label(pb)}", "")
    return _general_point(text, item)


def _resolve_set(text: str, s: str) -> ResolvedWhen:
    closer = "]" if s[0] == "[" else "}"
    if not s.endswith(closer):
        raise _bad(text, f"a set opened with {s[0]} must end with {closer}")
    body = s[1:-1].strip()
    if not body:
        raise _bad(text, "the set is empty")
    items = [i.strip() for i in body.split(",")]
    members = [_set_member(text, item, i == 0, i == len(items) - 1)
               for i, item in enumerate(items)]
    lo = min(p[_LO] for p in members)
    hi = max(p[_HI] for p in members)
    flags = SET
    for p in members:
        flags |= p[_FLAGS]
    words = "one of" if closer == "]" else "all of"
    return ResolvedWhen(text, lo, hi, lo, hi,
                        min(p[_EARLIEST] for p in members), max(p[_LATEST] for p in members),
                        min(p[_PREC] for p in members), flags,
                        f"{words} {', '.join(_label(p) for p in members)}")


_LEGACY_DIGITS = re.compile(r"[0-9uX?~%.\-/]+")


def _modern(s: str) -> str:
    """The 2012 draft's spellings, still found in old data, in today's EDTF:
    ``u`` for unspecified digits, ``open`` and ``unknown`` interval ends, ``?~`` for ``%``."""
    if "/" in s:
        s = "/".join(".." if end == "open" else "" if end == "unknown" else end for end in s.split("/"))
    s = s.replace("?~", "%").replace("~?", "%")
    if "u" in s and _LEGACY_DIGITS.fullmatch(s):
        s = s.replace("u", "X")
    return s


def _parse_general(text: str) -> ResolvedWhen:
    """The full parser; also handles every form the fast path does."""
    if not isinstance(text, str):
        raise DateError(f"{text!r} is not a date: expected text")
    s = _modern(text.strip())
    if not s:
        raise _bad(text, "the text is empty")
    if s[0] in "[{":
        return _resolve_set(text, s)
    if "/" in s:
        if s.count("/") > 1:
            raise _bad(text, "an interval has exactly one '/'")
        a, _, b = s.partition("/")
        pa = _general_point(text, a) if a and a != ".." else None
        pb = _general_point(text, b) if b and b != ".." else None
        return _interval(text, pa, pb, a, b)
    p = _general_point(text, s)
    return ResolvedWhen(text, p[_LO], p[_HI], p[_LO], p[_HI], p[_EARLIEST], p[_LATEST],
                        p[_PREC], p[_FLAGS], _label(p))


_ZONE = re.compile(r"T[0-9]{2}(?::[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?)?(Z|[+-][0-9]{2}(?::?[0-9]{2})?)").search


def _qualifier_bits(side: str, approximate: int, uncertain: int) -> int:
    return (approximate if "~" in side or "%" in side else 0) | (uncertain if "?" in side or "%" in side else 0)


def end_qualifiers(text: str, flags: int) -> int:
    """What each end of the date ``text`` (resolved with ``flags``) carries: START_APPROXIMATE ... ONE_OF."""
    text = text.strip()
    if flags & SET:
        ends = ONE_OF if text.startswith("[") else 0
        if flags & APPROXIMATE:
            ends |= START_APPROXIMATE | END_APPROXIMATE
        if flags & UNCERTAIN:
            ends |= START_UNCERTAIN | END_UNCERTAIN
        return ends
    if flags & INTERVAL:
        a, _, b = text.partition("/")
        return (_qualifier_bits(a, START_APPROXIMATE, START_UNCERTAIN)
                | _qualifier_bits(b, END_APPROXIMATE, END_UNCERTAIN))
    return ((START_APPROXIMATE | END_APPROXIMATE if flags & APPROXIMATE else 0)
            | (START_UNCERTAIN | END_UNCERTAIN if flags & UNCERTAIN else 0))


def _with_ends(r: ResolvedWhen) -> ResolvedWhen:
    """``r`` with what each end carries and the zone offset as written."""
    text = r.text.strip()
    ends = end_qualifiers(text, r.flags)
    offset = NO_OFFSET
    if r.flags & HAS_TIME:
        zone = _ZONE(text)
        if zone is not None:
            z = zone.group(1)
            if z == "Z":
                offset = 0
            else:
                offset = (1 if z[0] == "+" else -1) * (int(z[1:3]) * 60 + int(z[-2:] if len(z) > 3 else 0))
    if ends == 0 and offset == NO_OFFSET:
        return r
    return ResolvedWhen(r.text, r.start_lo, r.start_hi, r.end_lo, r.end_hi, r.earliest, r.latest,
                        r.precision, r.flags, r.display, ends, offset)


def _resolve_fast(text: str) -> ResolvedWhen | None:
    r = _parse_fast(text)
    return _with_ends(r) if r is not None else None


def _resolve_general(text: str) -> ResolvedWhen:
    return _with_ends(_parse_general(text))


def resolve(text: str) -> ResolvedWhen:
    """Resolve an EDTF string; raises :class:`DateError` if it is not one."""
    if type(text) is str:
        r = _resolve_fast(text)
        if r is not None:
            return r
    return _resolve_general(text)


resolve_cached = lru_cache(maxsize=65536)(resolve)
resolve_cached.__doc__ = "Like :func:`resolve`, remembering the answer for each distinct text."

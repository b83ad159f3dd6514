"""EDTF resolution: bounds, precision, flags and texts of every supported form."""

from __future__ import annotations

import datetime as dt
import math
import random
import subprocess
import sys

import edtf
import pytest

from viewer.model import dates
from viewer.model.civil import days_from_civil
from viewer.model.dates import (
    APPROXIMATE,
    HAS_TIME,
    INTERVAL,
    OPEN_END,
    OPEN_START,
    SET,
    UNCERTAIN,
    UNKNOWN_END,
    UNKNOWN_START,
    UNSPECIFIED,
    DateError,
    Precision,
    ResolvedWhen,
    format_instant,
    resolve,
    resolve_cached,
    to_iso,
)

P = Precision
INF = math.inf
EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def secs(iso: str) -> float:
    """Seconds since the epoch of an ISO text, via datetime (years 1..9999 only)."""
    return dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def days_of(y: int, m: int = 1, d: int = 1) -> int:
    return dt.date(y, m, d).toordinal() - EPOCH_ORDINAL


def bounds(r: ResolvedWhen) -> tuple[str, str, str, str]:
    return to_iso(r.start_lo), to_iso(r.start_hi), to_iso(r.end_lo), to_iso(r.end_hi)


# ---------------------------------------------------------------------------
# Single dates: (text, first instant, exclusive end, precision, flags, display)

SINGLE = [
    ("2025", "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z", P.YEAR, 0, "2025"),
    ("2025-04", "2025-04-01T00:00:00Z", "2025-05-01T00:00:00Z", P.MONTH, 0, "Apr 2025"),
    ("2025-04-04", "2025-04-04T00:00:00Z", "2025-04-05T00:00:00Z", P.DAY, 0, "4 Apr 2025"),
    ("2025-12", "2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z", P.MONTH, 0, "Dec 2025"),
    ("2025-12-31", "2025-12-31T00:00:00Z", "2026-01-01T00:00:00Z", P.DAY, 0, "31 Dec 2025"),
    # qualifiers on the whole date
    ("2025?", "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z", P.YEAR, UNCERTAIN, "2025 (uncertain)"),
    ("2025-04~", "2025-04-01T00:00:00Z", "2025-05-01T00:00:00Z", P.MONTH, APPROXIMATE,
     "Apr 2025 (approx.)"),
    ("2004-06%", "2004-06-01T00:00:00Z", "2004-07-01T00:00:00Z", P.MONTH,
     UNCERTAIN | APPROXIMATE, "Jun 2004 (uncertain, approx.)"),
    ("2004-06-11%", "2004-06-11T00:00:00Z", "2004-06-12T00:00:00Z", P.DAY,
     UNCERTAIN | APPROXIMATE, "11 Jun 2004 (uncertain, approx.)"),
    # leap days
    ("2024-02-29", "2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z", P.DAY, 0, "29 Feb 2024"),
    ("2000-02-29", "2000-02-29T00:00:00Z", "2000-03-01T00:00:00Z", P.DAY, 0, "29 Feb 2000"),
    ("2024-02", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z", P.MONTH, 0, "Feb 2024"),
    ("2023-02", "2023-02-01T00:00:00Z", "2023-03-01T00:00:00Z", P.MONTH, 0, "Feb 2023"),
    # edges of the four-digit range; year 0000 is 1 BCE and a leap year
    ("0001", "0001-01-01T00:00:00Z", "0002-01-01T00:00:00Z", P.YEAR, 0, "1"),
    ("0001-01-01", "0001-01-01T00:00:00Z", "0001-01-02T00:00:00Z", P.DAY, 0, "1 Jan 1"),
    ("9999", "9999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", P.YEAR, 0, "9999"),
    ("9999-12-31", "9999-12-31T00:00:00Z", "+10000-01-01T00:00:00Z", P.DAY, 0, "31 Dec 9999"),
    ("0000", "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", P.YEAR, 0, "1 BCE"),
    ("0000-02-29", "0000-02-29T00:00:00Z", "0000-03-01T00:00:00Z", P.DAY, 0, "29 Feb 1 BCE"),
    ("-0001", "-0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z", P.YEAR, 0, "2 BCE"),
    ("-1740", "-1740-01-01T00:00:00Z", "-1739-01-01T00:00:00Z", P.YEAR, 0, "1741 BCE"),
    ("-1740-03-15", "-1740-03-15T00:00:00Z", "-1740-03-16T00:00:00Z", P.DAY, 0,
     "15 Mar 1741 BCE"),
    # long years
    ("Y170000002", "+170000002-01-01T00:00:00Z", "+170000003-01-01T00:00:00Z", P.YEAR, 0,
     "170,000,002"),
    ("Y-170000002", "-170000002-01-01T00:00:00Z", "-170000001-01-01T00:00:00Z", P.YEAR, 0,
     "170,000,003 BCE"),
    ("Y17E7", "+170000000-01-01T00:00:00Z", "+170000001-01-01T00:00:00Z", P.YEAR, 0,
     "170,000,000"),
    ("Y10000", "+10000-01-01T00:00:00Z", "+10001-01-01T00:00:00Z", P.YEAR, 0, "10,000"),
    # significant digits: some year in the range, estimated as the one written
    ("1950S2", "1900-01-01T00:00:00Z", "2000-01-01T00:00:00Z", P.CENTURY, 0,
     "1950 (estimated, 1900–1999)"),
    ("Y171010000S3", "+171000000-01-01T00:00:00Z", "+172000000-01-01T00:00:00Z",
     P.MILLENNIUM, 0, "171,010,000 (estimated, 171,000,000–171,999,999)"),
    # seasons and other sub-year codes
    ("2025-21", "2025-03-01T00:00:00Z", "2025-06-01T00:00:00Z", P.SEASON, 0, "spring 2025"),
    ("2025-22", "2025-06-01T00:00:00Z", "2025-09-01T00:00:00Z", P.SEASON, 0, "summer 2025"),
    ("2025-23", "2025-09-01T00:00:00Z", "2025-12-01T00:00:00Z", P.SEASON, 0, "autumn 2025"),
    ("2025-24", "2025-12-01T00:00:00Z", "2026-03-01T00:00:00Z", P.SEASON, 0, "winter 2025/26"),
    ("2023-24", "2023-12-01T00:00:00Z", "2024-03-01T00:00:00Z", P.SEASON, 0, "winter 2023/24"),
    ("2025-25", "2025-03-01T00:00:00Z", "2025-06-01T00:00:00Z", P.SEASON, 0,
     "spring 2025 (northern)"),
    ("2025-26", "2025-06-01T00:00:00Z", "2025-09-01T00:00:00Z", P.SEASON, 0,
     "summer 2025 (northern)"),
    ("2025-27", "2025-09-01T00:00:00Z", "2025-12-01T00:00:00Z", P.SEASON, 0,
     "autumn 2025 (northern)"),
    ("2025-28", "2025-12-01T00:00:00Z", "2026-03-01T00:00:00Z", P.SEASON, 0,
     "winter 2025/26 (northern)"),
    ("2025-29", "2025-09-01T00:00:00Z", "2025-12-01T00:00:00Z", P.SEASON, 0,
     "spring 2025 (southern)"),
    ("2025-30", "2025-12-01T00:00:00Z", "2026-03-01T00:00:00Z", P.SEASON, 0,
     "summer 2025/26 (southern)"),
    ("2025-31", "2025-03-01T00:00:00Z", "2025-06-01T00:00:00Z", P.SEASON, 0,
     "autumn 2025 (southern)"),
    ("2025-32", "2025-06-01T00:00:00Z", "2025-09-01T00:00:00Z", P.SEASON, 0,
     "winter 2025 (southern)"),
    ("2001-33", "2001-01-01T00:00:00Z", "2001-04-01T00:00:00Z", P.QUARTER, 0, "Q1 2001"),
    ("2001-34", "2001-04-01T00:00:00Z", "2001-07-01T00:00:00Z", P.QUARTER, 0, "Q2 2001"),
    ("2001-35", "2001-07-01T00:00:00Z", "2001-10-01T00:00:00Z", P.QUARTER, 0, "Q3 2001"),
    ("2001-36", "2001-10-01T00:00:00Z", "2002-01-01T00:00:00Z", P.QUARTER, 0, "Q4 2001"),
    ("2001-37", "2001-01-01T00:00:00Z", "2001-05-01T00:00:00Z", P.QUADRIMESTER, 0,
     "Jan–Apr 2001"),
    ("2001-38", "2001-05-01T00:00:00Z", "2001-09-01T00:00:00Z", P.QUADRIMESTER, 0,
     "May–Aug 2001"),
    ("2001-39", "2001-09-01T00:00:00Z", "2002-01-01T00:00:00Z", P.QUADRIMESTER, 0,
     "Sep–Dec 2001"),
    ("2001-40", "2001-01-01T00:00:00Z", "2001-07-01T00:00:00Z", P.HALF_YEAR, 0,
     "first half 2001"),
    ("2001-41", "2001-07-01T00:00:00Z", "2002-01-01T00:00:00Z", P.HALF_YEAR, 0,
     "second half 2001"),
    ("2025-21~", "2025-03-01T00:00:00Z", "2025-06-01T00:00:00Z", P.SEASON, APPROXIMATE,
     "spring 2025 (approx.)"),
    ("2025?-22", "2025-06-01T00:00:00Z", "2025-09-01T00:00:00Z", P.SEASON, UNCERTAIN,
     "summer 2025 (year uncertain)"),
    ("-0001-24", "-0001-12-01T00:00:00Z", "0000-03-01T00:00:00Z", P.SEASON, 0,
     "winter 2 BCE/1 BCE"),
    # X digits
    ("201X", "2010-01-01T00:00:00Z", "2020-01-01T00:00:00Z", P.DECADE, UNSPECIFIED, "2010s"),
    ("19XX", "1900-01-01T00:00:00Z", "2000-01-01T00:00:00Z", P.CENTURY, UNSPECIFIED, "1900s"),
    ("1XXX", "1000-01-01T00:00:00Z", "2000-01-01T00:00:00Z", P.MILLENNIUM, UNSPECIFIED,
     "1000–1999"),
    ("XXXX", "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", P.MILLENNIUM, UNSPECIFIED,
     "1 BCE–9999"),
    ("-201X", "-2019-01-01T00:00:00Z", "-2009-01-01T00:00:00Z", P.DECADE, UNSPECIFIED,
     "2020 BCE–2011 BCE"),
    ("20X4", "2004-01-01T00:00:00Z", "2095-01-01T00:00:00Z", P.CENTURY, UNSPECIFIED, "20X4"),
    ("2004-XX", "2004-01-01T00:00:00Z", "2005-01-01T00:00:00Z", P.YEAR, UNSPECIFIED, "2004"),
    ("2004-XX-XX", "2004-01-01T00:00:00Z", "2005-01-01T00:00:00Z", P.YEAR, UNSPECIFIED, "2004"),
    ("2004-06-XX", "2004-06-01T00:00:00Z", "2004-07-01T00:00:00Z", P.MONTH, UNSPECIFIED,
     "Jun 2004"),
    ("2004-02-XX", "2004-02-01T00:00:00Z", "2004-03-01T00:00:00Z", P.MONTH, UNSPECIFIED,
     "Feb 2004"),
    ("156X-12-25", "1560-12-25T00:00:00Z", "1569-12-26T00:00:00Z", P.DECADE, UNSPECIFIED,
     "25 Dec 156X"),
    ("2004-1X", "2004-10-01T00:00:00Z", "2005-01-01T00:00:00Z", P.YEAR, UNSPECIFIED, "2004-1X"),
    ("2004-XX-15", "2004-01-15T00:00:00Z", "2004-12-16T00:00:00Z", P.YEAR, UNSPECIFIED,
     "2004-XX-15"),
    ("2004-06-1X", "2004-06-10T00:00:00Z", "2004-06-20T00:00:00Z", P.MONTH, UNSPECIFIED,
     "2004-06-1X"),
    ("2003-02-2X", "2003-02-20T00:00:00Z", "2003-03-01T00:00:00Z", P.MONTH, UNSPECIFIED,
     "2003-02-2X"),
    # Feb 29 with X years: the first and last leap years that match
    ("201X-02-29", "2012-02-29T00:00:00Z", "2016-03-01T00:00:00Z", P.DECADE, UNSPECIFIED,
     "29 Feb 201X"),
    ("201X~", "2010-01-01T00:00:00Z", "2020-01-01T00:00:00Z", P.DECADE,
     UNSPECIFIED | APPROXIMATE, "2010s (approx.)"),
    # qualified parts (level 2)
    ("2004?-06-11", "2004-06-11T00:00:00Z", "2004-06-12T00:00:00Z", P.DAY, UNCERTAIN,
     "11 Jun 2004 (year uncertain)"),
    ("?2004-06-~11", "2004-06-11T00:00:00Z", "2004-06-12T00:00:00Z", P.DAY,
     UNCERTAIN | APPROXIMATE, "11 Jun 2004 (year uncertain, day approx.)"),
    ("2004-06~-11", "2004-06-11T00:00:00Z", "2004-06-12T00:00:00Z", P.DAY, APPROXIMATE,
     "11 Jun 2004 (year and month approx.)"),
    ("2004-?06-11", "2004-06-11T00:00:00Z", "2004-06-12T00:00:00Z", P.DAY, UNCERTAIN,
     "11 Jun 2004 (month uncertain)"),
    ("2004-06-%11", "2004-06-11T00:00:00Z", "2004-06-12T00:00:00Z", P.DAY,
     UNCERTAIN | APPROXIMATE, "11 Jun 2004 (day uncertain, approx.)"),
    ("2004?-~06", "2004-06-01T00:00:00Z", "2004-07-01T00:00:00Z", P.MONTH,
     UNCERTAIN | APPROXIMATE, "Jun 2004 (year uncertain, month approx.)"),
    ("?2004", "2004-01-01T00:00:00Z", "2005-01-01T00:00:00Z", P.YEAR, UNCERTAIN,
     "2004 (uncertain)"),
    ("2004-06-11?", "2004-06-11T00:00:00Z", "2004-06-12T00:00:00Z", P.DAY, UNCERTAIN,
     "11 Jun 2004 (uncertain)"),
    # date-times (a missing zone is local time: placed as UTC, labelled local)
    ("1985-04-12T23:20:30Z", "1985-04-12T23:20:30Z", "1985-04-12T23:20:31Z", P.SECOND,
     HAS_TIME, "12 Apr 1985 23:20:30 UTC"),
    ("1985-04-12T23:20:30", "1985-04-12T23:20:30Z", "1985-04-12T23:20:31Z", P.SECOND,
     HAS_TIME, "12 Apr 1985 23:20:30 local time"),
    ("1985-04-12T23:20:30+05:00", "1985-04-12T18:20:30Z", "1985-04-12T18:20:31Z", P.SECOND,
     HAS_TIME, "12 Apr 1985 18:20:30 UTC"),
    ("1985-04-12T23:20:30-04:00", "1985-04-13T03:20:30Z", "1985-04-13T03:20:31Z", P.SECOND,
     HAS_TIME, "13 Apr 1985 03:20:30 UTC"),
    ("1985-04-12T02:00:00+05:30", "1985-04-11T20:30:00Z", "1985-04-11T20:30:01Z", P.SECOND,
     HAS_TIME, "11 Apr 1985 20:30:00 UTC"),
    ("2025-04-04T14:05", "2025-04-04T14:05:00Z", "2025-04-04T14:06:00Z", P.MINUTE, HAS_TIME,
     "4 Apr 2025 14:05 local time"),
    ("2025-04-04T14:05Z", "2025-04-04T14:05:00Z", "2025-04-04T14:06:00Z", P.MINUTE, HAS_TIME,
     "4 Apr 2025 14:05 UTC"),
    ("2025-04-04T14", "2025-04-04T14:00:00Z", "2025-04-04T15:00:00Z", P.HOUR, HAS_TIME,
     "4 Apr 2025 14:00 local time"),
    ("2025-04-04T14+05", "2025-04-04T09:00:00Z", "2025-04-04T10:00:00Z", P.HOUR, HAS_TIME,
     "4 Apr 2025 09:00 UTC"),
    ("2025-04-04T24:00:00", "2025-04-05T00:00:00Z", "2025-04-05T00:00:01Z", P.SECOND, HAS_TIME,
     "5 Apr 2025 00:00:00 local time"),
    ("2025-12-31T23:30:00-01:00", "2026-01-01T00:30:00Z", "2026-01-01T00:30:01Z", P.SECOND,
     HAS_TIME, "1 Jan 2026 00:30:00 UTC"),
    ("2025-04-04T14:05:30.5Z", "2025-04-04T14:05:30.5Z", "2025-04-04T14:05:30.6Z", P.SECOND,
     HAS_TIME, "4 Apr 2025 14:05:30.5 UTC"),
]


@pytest.mark.parametrize("text, start, end, precision, flags, display", SINGLE)
def test_single(text, start, end, precision, flags, display):
    r = resolve(text)
    assert r.text == text
    assert bounds(r) == (start, end, start, end)
    assert r.precision is precision
    assert r.flags == flags
    assert r.display == display


@pytest.mark.parametrize("text, start, end", [
    (t, s, e) for t, s, e, *_ in SINGLE if t[0] not in "Y-" and "+1" not in e
])
def test_single_bounds_match_datetime(text, start, end):
    # An independent check of the calendar arithmetic inside datetime's range.
    r = resolve(text)
    if not (start.startswith("0000") or end.startswith("0000")):
        assert r.start_lo == secs(start)
        assert r.end_hi == secs(end)


def test_epoch_and_known_values():
    assert resolve("1970-01-01").start_lo == 0.0
    assert resolve("1970").end_hi == 365 * 86400.0
    assert resolve("2025-04-04").start_lo == 1743724800.0
    assert resolve("1969-12-31").start_lo == -86400.0
    assert resolve("0001-01-01").start_lo == days_of(1) * 86400.0
    assert resolve("9999-12-31").start_lo == days_of(9999, 12, 31) * 86400.0


def test_calendar_agrees_with_datetime_day_by_day():
    rng = random.Random(20250404)
    ordinals = [rng.randint(1, dt.date(9999, 12, 31).toordinal()) for _ in range(3000)]
    ordinals += list(range(dt.date(1899, 12, 1).toordinal(), dt.date(1901, 3, 2).toordinal()))
    for o in ordinals:
        d = dt.date.fromordinal(o)
        r = resolve(d.isoformat())
        assert r.start_lo == (o - EPOCH_ORDINAL) * 86400.0, d
        assert r.end_hi - r.start_lo == 86400.0


def test_year_zero_and_negative_years_continue_the_calendar():
    # Year 0000 is a leap year, -0001 is not, -0004 is; years join without gaps.
    assert resolve("0000").end_hi - resolve("0000").start_lo == 366 * 86400.0
    assert resolve("-0001").end_hi - resolve("-0001").start_lo == 365 * 86400.0
    assert resolve("-0004-02-29").start_lo == resolve("-0004-02-28").end_hi
    assert resolve("-0001").end_hi == resolve("0000").start_lo
    assert resolve("0000").end_hi == resolve("0001").start_lo == days_of(1) * 86400.0
    # 400 years hold 146097 days, so -1740 lies exactly 10 cycles before 2260.
    assert resolve("-1740").start_lo == (days_of(2260) - 10 * 146097) * 86400.0


def test_long_years_are_exact():
    # 170000002 - 169998000 = 2002 and 169998000 = 424995 * 400 years.
    expected = (days_of(2002) + 424995 * 146097) * 86400
    r = resolve("Y170000002")
    assert r.start_lo == float(expected)
    assert int(r.start_lo) == expected
    assert r.end_hi - r.start_lo == 365 * 86400.0
    # -170000002 + 170002000 = 1998 and 170002000 = 425005 * 400 years.
    assert resolve("Y-170000002").start_lo == float((days_of(1998) - 425005 * 146097) * 86400)
    assert resolve("Y-170000002").end_hi < resolve("-9999").start_lo


# ---------------------------------------------------------------------------
# Intervals, open and unknown ends.

INTERVALS = [
    # text, (start_lo, start_hi, end_lo, end_hi), precision, flags, display
    ("1964/2008", ("1964-01-01T00:00:00Z", "1965-01-01T00:00:00Z",
                   "2008-01-01T00:00:00Z", "2009-01-01T00:00:00Z"),
     P.YEAR, INTERVAL, "1964 – 2008"),
    ("2025-03-15/2025-04-04", ("2025-03-15T00:00:00Z", "2025-03-16T00:00:00Z",
                               "2025-04-04T00:00:00Z", "2025-04-05T00:00:00Z"),
     P.DAY, INTERVAL, "15 Mar 2025 – 4 Apr 2025"),
    ("2004-02-01/2005", ("2004-02-01T00:00:00Z", "2004-02-02T00:00:00Z",
                         "2005-01-01T00:00:00Z", "2006-01-01T00:00:00Z"),
     P.YEAR, INTERVAL, "1 Feb 2004 – 2005"),
    ("2004-06~/2004-06-11%", ("2004-06-01T00:00:00Z", "2004-07-01T00:00:00Z",
                              "2004-06-11T00:00:00Z", "2004-06-12T00:00:00Z"),
     P.MONTH, INTERVAL | UNCERTAIN | APPROXIMATE,
     "Jun 2004 (approx.) – 11 Jun 2004 (uncertain, approx.)"),
    ("2004-06-11/2004-06-11", ("2004-06-11T00:00:00Z", "2004-06-12T00:00:00Z",
                               "2004-06-11T00:00:00Z", "2004-06-12T00:00:00Z"),
     P.DAY, INTERVAL, "11 Jun 2004 – 11 Jun 2004"),
    ("1985-04-12T10:00:00+02:00/1985-04-12T18:30Z",
     ("1985-04-12T08:00:00Z", "1985-04-12T08:00:01Z",
      "1985-04-12T18:30:00Z", "1985-04-12T18:31:00Z"),
     P.MINUTE, INTERVAL | HAS_TIME, "12 Apr 1985 08:00:00 UTC – 12 Apr 1985 18:30 UTC"),
    ("2001-21/2002-24", ("2001-03-01T00:00:00Z", "2001-06-01T00:00:00Z",
                         "2002-12-01T00:00:00Z", "2003-03-01T00:00:00Z"),
     P.SEASON, INTERVAL, "spring 2001 – winter 2002/03"),
    ("2004-06-XX/2004?-07-1X", ("2004-06-01T00:00:00Z", "2004-07-01T00:00:00Z",
                                "2004-07-10T00:00:00Z", "2004-07-20T00:00:00Z"),
     P.MONTH, INTERVAL | UNSPECIFIED | UNCERTAIN,
     "Jun 2004 – 2004-07-1X (year uncertain)"),
    ("-1740/Y10000", ("-1740-01-01T00:00:00Z", "-1739-01-01T00:00:00Z",
                      "+10000-01-01T00:00:00Z", "+10001-01-01T00:00:00Z"),
     P.YEAR, INTERVAL, "1741 BCE – 10,000"),
    # open ends
    ("1985-04-12/..", ("1985-04-12T00:00:00Z", "1985-04-13T00:00:00Z",
                       "1985-04-12T00:00:00Z", ".."),
     P.DAY, INTERVAL | OPEN_END, "since 12 Apr 1985 (open end)"),
    ("2017/..", ("2017-01-01T00:00:00Z", "2018-01-01T00:00:00Z", "2017-01-01T00:00:00Z", ".."),
     P.YEAR, INTERVAL | OPEN_END, "since 2017 (open end)"),
    ("2017?/..", ("2017-01-01T00:00:00Z", "2018-01-01T00:00:00Z", "2017-01-01T00:00:00Z", ".."),
     P.YEAR, INTERVAL | OPEN_END | UNCERTAIN, "since 2017 (uncertain, open end)"),
    ("../1985-04-12", ("..", "1985-04-13T00:00:00Z",
                       "1985-04-12T00:00:00Z", "1985-04-13T00:00:00Z"),
     P.DAY, INTERVAL | OPEN_START, "until 12 Apr 1985 (open start)"),
    # unknown ends
    ("1985-04-12/", ("1985-04-12T00:00:00Z", "1985-04-13T00:00:00Z",
                     "1985-04-12T00:00:00Z", ".."),
     P.DAY, INTERVAL | UNKNOWN_END, "from 12 Apr 1985 (end unknown)"),
    ("/1985-04", ("..", "1985-05-01T00:00:00Z", "1985-04-01T00:00:00Z", "1985-05-01T00:00:00Z"),
     P.MONTH, INTERVAL | UNKNOWN_START, "until Apr 1985 (start unknown)"),
]


@pytest.mark.parametrize("text, expected, precision, flags, display", INTERVALS)
def test_interval(text, expected, precision, flags, display):
    r = resolve(text)
    assert bounds(r) == expected
    assert r.precision is precision
    assert r.flags == flags
    assert r.display == display


def test_open_and_unknown_ends_are_infinite():
    r = resolve("1985-04-12/..")
    assert r.end_hi == INF and r.latest == INF
    assert r.end_lo == r.start_lo == secs("1985-04-12T00:00:00Z")
    r = resolve("../1985-04-12")
    assert r.start_lo == -INF and r.earliest == -INF
    assert r.start_hi == r.end_hi == secs("1985-04-13T00:00:00Z")
    r = resolve("/1985-04-12")
    assert (r.start_lo, r.earliest, r.latest) == (-INF, -INF, secs("1985-04-13T00:00:00Z"))
    r = resolve("1985-04-12/")
    assert (r.end_hi, r.latest, r.earliest) == (INF, INF, secs("1985-04-12T00:00:00Z"))


# ---------------------------------------------------------------------------
# earliest / latest: widened by one unit where the date is qualified.

WIDENED = [
    ("2025-04-04", "2025-04-04T00:00:00Z", "2025-04-05T00:00:00Z"),
    ("2025-04-04?", "2025-04-03T00:00:00Z", "2025-04-06T00:00:00Z"),
    ("2025-03~", "2025-02-01T00:00:00Z", "2025-05-01T00:00:00Z"),
    ("2025%", "2024-01-01T00:00:00Z", "2027-01-01T00:00:00Z"),
    ("2024-02-29~", "2024-02-28T00:00:00Z", "2024-03-02T00:00:00Z"),
    ("2025-01-31?", "2025-01-30T00:00:00Z", "2025-02-02T00:00:00Z"),
    ("2025-21~", "2024-12-01T00:00:00Z", "2025-09-01T00:00:00Z"),
    ("2001-33?", "2000-10-01T00:00:00Z", "2001-07-01T00:00:00Z"),
    ("2001-37~", "2000-09-01T00:00:00Z", "2001-09-01T00:00:00Z"),
    ("2001-41~", "2001-01-01T00:00:00Z", "2002-07-01T00:00:00Z"),
    ("201X~", "2000-01-01T00:00:00Z", "2030-01-01T00:00:00Z"),
    ("2004-XX?", "2003-01-01T00:00:00Z", "2006-01-01T00:00:00Z"),
    # a part qualifier widens by the unit of the part it qualifies
    ("2004?-06-11", "2003-06-11T00:00:00Z", "2005-06-12T00:00:00Z"),
    ("2004-06~-11", "2004-05-11T00:00:00Z", "2004-07-12T00:00:00Z"),
    ("2004-06-~11", "2004-06-10T00:00:00Z", "2004-06-13T00:00:00Z"),
    ("?2004-06-~11", "2003-06-11T00:00:00Z", "2005-06-12T00:00:00Z"),
    ("-0001?", "-0002-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
    # intervals widen each end by its own qualifier
    ("2004-06~/2004-06-11%", "2004-05-01T00:00:00Z", "2004-06-13T00:00:00Z"),
    ("2004/2006~", "2004-01-01T00:00:00Z", "2008-01-01T00:00:00Z"),
    ("2004?/2006", "2003-01-01T00:00:00Z", "2007-01-01T00:00:00Z"),
    ("[2004?,2006-05~]", "2003-01-01T00:00:00Z", "2006-07-01T00:00:00Z"),
]


@pytest.mark.parametrize("text, earliest, latest", WIDENED)
def test_earliest_latest(text, earliest, latest):
    r = resolve(text)
    assert (to_iso(r.earliest), to_iso(r.latest)) == (earliest, latest)
    assert r.earliest <= r.start_lo and r.latest >= r.end_hi


def test_qualifier_flags():
    assert resolve("2004?").flags == UNCERTAIN
    assert resolve("2004~").flags == APPROXIMATE
    assert resolve("2004%").flags == UNCERTAIN | APPROXIMATE
    assert resolve("2004?/2005~").flags == UNCERTAIN | APPROXIMATE | INTERVAL
    assert resolve("2004-06-11").flags == 0


# ---------------------------------------------------------------------------
# Sets.

SETS = [
    ("[1667,1668,1670..1672]", "1667-01-01T00:00:00Z", "1673-01-01T00:00:00Z", P.YEAR, SET,
     "one of 1667, 1668, 1670–1672"),
    ("{1960,1961-12}", "1960-01-01T00:00:00Z", "1962-01-01T00:00:00Z", P.YEAR, SET,
     "all of 1960, Dec 1961"),
    ("{1667,1668,1670..1672}", "1667-01-01T00:00:00Z", "1673-01-01T00:00:00Z", P.YEAR, SET,
     "all of 1667, 1668, 1670–1672"),
    ("[1760-01, 1760-02, 1760-12]", "1760-01-01T00:00:00Z", "1761-01-01T00:00:00Z", P.MONTH,
     SET, "one of Jan 1760, Feb 1760, Dec 1760"),
    ("[1672,1667]", "1667-01-01T00:00:00Z", "1673-01-01T00:00:00Z", P.YEAR, SET,
     "one of 1672, 1667"),
    ("[2004-06-01..2004-06-03,2004-06-XX]", "2004-06-01T00:00:00Z", "2004-07-01T00:00:00Z",
     P.MONTH, SET | UNSPECIFIED, "one of 1 Jun 2004–3 Jun 2004, Jun 2004"),
    ("[1984?,2004-06~]", "1984-01-01T00:00:00Z", "2004-07-01T00:00:00Z", P.YEAR,
     SET | UNCERTAIN | APPROXIMATE, "one of 1984 (uncertain), Jun 2004 (approx.)"),
    ("[..1760-12-03]", "..", "1760-12-04T00:00:00Z", P.DAY, SET | OPEN_START,
     "one of 3 Dec 1760 or earlier"),
    ("[1760-01,1760-02,1760-12..]", "1760-01-01T00:00:00Z", "..", P.MONTH, SET | OPEN_END,
     "one of Jan 1760, Feb 1760, Dec 1760 or later"),
    ("[..1984,2004..]", "..", "..", P.YEAR, SET | OPEN_START | OPEN_END,
     "one of 1984 or earlier, 2004 or later"),
    ("{2001-21,2001-35}", "2001-03-01T00:00:00Z", "2001-10-01T00:00:00Z", P.QUARTER, SET,
     "all of spring 2001, Q3 2001"),
]


@pytest.mark.parametrize("text, start, end, precision, flags, display", SETS)
def test_set(text, start, end, precision, flags, display):
    r = resolve(text)
    assert bounds(r) == (start, end, start, end)
    assert r.precision is precision
    assert r.flags == flags
    assert r.display == display


# ---------------------------------------------------------------------------
# Bad strings.

ERRORS = [
    ("2025-13-01", "'2025-13-01' is not a date: there is no month 13"),
    ("2025-13", "there is no month 13"),
    ("2025-00-10", "there is no month 00"),
    ("2025-20", "there is no month 20"),
    ("2025-42", "there is no month or season code 42"),
    ("2023-02-29", "2023 is not a leap year, so February has only 28 days"),
    ("1900-02-29", "1900 is not a leap year"),
    ("2025-04-31", "April has only 30 days"),
    ("2025-04-00", "there is no day 00"),
    ("2025-01-32", "there is no day 32"),
    ("hello", "'hello' is not a date: expected an EDTF date such as 2025"),
    ("", "'' is not a date: the text is empty"),
    ("   ", "the text is empty"),
    ("2025/2024", "the interval ends (2024) before it starts (2025)"),
    ("2025-04-05/2025-04-04", "the interval ends (4 Apr 2025) before it starts (5 Apr 2025)"),
    ("2025-04-04T25:00", "there is no hour 25"),
    ("2025-04-04T10:60", "there is no minute 60"),
    ("2025-04-04T10:00:60", "there is no second 60"),
    ("2025-04-04T24:30", "hour 24 is only allowed as 24:00"),
    ("2025-04-04T10:00+15:00", "beyond ±14:00"),
    ("2025-04-04T10:00Z?", "a date with a time of day cannot carry ? ~ or %"),
    ("2025-04T10:00", "a time of day follows a full date"),
    ("2025-04-04t10:00", "X, T and Z are written as capital letters"),
    ("201x", "X, T and Z are written as capital letters"),
    ("12345", "written with a leading Y"),
    ("Y1234", "Y is only for years of more than four digits"),
    ("Y01234", "does not start with 0"),
    ("Y1E40", "too far away"),
    ("-0000", "the year -0000 does not exist"),
    ("04.04.2025", "year first with hyphens"),
    ("2025-04-04/2025-04-05/2025-04-06", "exactly one '/'"),
    ("/", "needs a date on at least one side"),
    ("../..", "needs a date on at least one side"),
    ("2025-21-01", "21 is a season code and cannot be followed by a day"),
    ("201X-21", "a season needs its year written in full"),
    ("2004-2X", "no month matches 2X"),
    ("2004-06-4X", "no day matches 4X"),
    ("2003-02-3X", "no calendar date matches it"),
    ("19X1-02-29", "no calendar date matches it"),
    ("?2004?", "the year carries two qualifiers"),
    ("2004??", "expected an EDTF date"),
    ("[]", "the set is empty"),
    ("[1667,1668", "a set opened with [ must end with ]"),
    ("{1667,,1668}", "the set has an empty entry"),
    ("[1667,..1668]", "only the first entry of a set can start with '..'"),
    ("[1667..,1668]", "only the last entry of a set can end with '..'"),
    ("[1672..1667]", "the range 1672..1667 runs backwards"),
    ("[1667,2025-13]", "there is no month 13"),
    ("2025-04-04?/2025-13", "there is no month 13"),
    ("1950S0", "significant digits from 1 up"),
    ("1950-01S2", "expected an EDTF date"),
    ("\u0662\u0660\u0662\u0665", "expected an EDTF date"),  # digits other than 0-9
]


@pytest.mark.parametrize("text, message", ERRORS)
def test_bad_strings(text, message):
    with pytest.raises(DateError) as info:
        resolve(text)
    assert message in str(info.value)
    assert str(info.value).startswith(f"{text!r} is not a date: ")
    assert isinstance(info.value, ValueError)


def test_non_text_is_rejected():
    with pytest.raises(DateError, match="expected text"):
        resolve(2025)  # type: ignore[arg-type]


def test_surrounding_white_space_is_tolerated():
    r = resolve(" 2025-04 ")
    assert r.text == " 2025-04 "
    assert r.display == "Apr 2025"


# ---------------------------------------------------------------------------
# Texts.

def test_format_instant():
    t = secs("2025-04-04T14:05:30Z")
    assert format_instant(t, P.SECOND) == "4 Apr 2025 14:05:30"
    assert format_instant(t, P.MINUTE) == "4 Apr 2025 14:05"
    assert format_instant(t, P.HOUR) == "4 Apr 2025 14:05"
    assert format_instant(t, P.DAY) == "4 Apr 2025"
    assert format_instant(t, P.MONTH) == "Apr 2025"
    assert format_instant(t, P.SEASON) == "Apr 2025"
    assert format_instant(t, P.YEAR) == "2025"
    assert format_instant(t, P.DECADE) == "2020s"
    assert format_instant(t, P.CENTURY) == "2000s"
    assert format_instant(t, P.MILLENNIUM) == "2000–2999"
    assert format_instant(t, int(P.DAY)) == "4 Apr 2025"
    assert format_instant(resolve("-1740-03-15").start_lo, P.DAY) == "15 Mar 1741 BCE"
    assert format_instant(resolve("0000").start_lo, P.YEAR) == "1 BCE"
    assert format_instant(resolve("-0044").start_lo, P.DECADE) == "45 BCE"
    assert format_instant(resolve("Y170000002").start_lo, P.YEAR) == "170,000,002"
    assert format_instant(resolve("Y-170000002").start_lo, P.DAY) == "1 Jan 170,000,003 BCE"
    assert format_instant(INF, P.DAY) == ".."
    assert format_instant(-INF, P.DAY) == ".."


def test_to_iso():
    assert to_iso(0.0) == "1970-01-01T00:00:00Z"
    assert to_iso(secs("2025-04-04T00:00:00Z")) == "2025-04-04T00:00:00Z"
    assert to_iso(-0.5) == "1969-12-31T23:59:59.5Z"
    assert to_iso(INF) == ".." and to_iso(-INF) == ".."
    assert to_iso(resolve("-1740").start_lo) == "-1740-01-01T00:00:00Z"
    assert to_iso(resolve("-0044-03-15").start_lo) == "-0044-03-15T00:00:00Z"
    assert to_iso(resolve("Y170000002").start_lo) == "+170000002-01-01T00:00:00Z"
    assert to_iso(resolve("Y-170000002").start_lo) == "-170000002-01-01T00:00:00Z"
    with pytest.raises(ValueError):
        to_iso(math.nan)


def test_to_iso_round_trips_through_resolve():
    rng = random.Random(7)
    for _ in range(300):
        t = float(rng.randint(-80_000_000_000, 250_000_000_000))
        iso = to_iso(t)
        assert resolve(iso.rstrip("Z") + "Z").start_lo == t, iso


# ---------------------------------------------------------------------------
# Consistency.

def test_single_dates_share_their_unit():
    for text in ("2025", "2025-04", "2025-04-04", "2025-21", "201X", "2025-04-04T10:00Z"):
        r = resolve(text)
        assert r.start_hi == r.end_hi and r.end_lo == r.start_lo, text
        assert r.start_lo < r.end_hi


def test_precision_values_fit_int8():
    assert [p.value for p in Precision] == list(range(13))
    assert Precision.MILLENNIUM < Precision.YEAR < Precision.SEASON < Precision.SECOND


def test_resolve_cached_memoises():
    resolve_cached.cache_clear()
    a = resolve_cached("2025-04-04")
    b = resolve_cached("2025-04-04")
    assert a is b and a == resolve("2025-04-04")
    assert resolve_cached.cache_info().hits == 1
    with pytest.raises(DateError):
        resolve_cached("2025-13")


def test_results_are_frozen():
    r = resolve("2025")
    with pytest.raises(AttributeError):
        r.start_lo = 0.0  # type: ignore[misc]


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _random_plain(rng: random.Random, lo_year: int = 1, hi_year: int = 9999) -> str:
    y = rng.randint(lo_year, hi_year)
    ys = f"{y:04d}" if y >= 0 else f"-{-y:04d}"
    kind = rng.random()
    if kind < 0.25:
        return ys
    m = rng.randint(1, 12)
    if kind < 0.5:
        return f"{ys}-{m:02d}"
    last = (31, 29 if _leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    return f"{ys}-{m:02d}-{rng.randint(1, last):02d}"


def _random_fast_form(rng: random.Random) -> str:
    s = _random_plain(rng, -9999, 9999)
    if rng.random() < 0.3 and s.count("-") - s.startswith("-") == 2:
        s += f"T{rng.randint(0, 23):02d}"
        if rng.random() < 0.7:
            s += f":{rng.randint(0, 59):02d}"
            if rng.random() < 0.6:
                s += f":{rng.randint(0, 59):02d}"
        s += rng.choice(["", "Z", "+05:00", "-03:30", "+14:00", "+02"])
    elif rng.random() < 0.3:
        s += rng.choice("?~%")
    return s


def test_fast_path_agrees_with_general_parser():
    rng = random.Random(12345)
    for _ in range(1500):
        a = _random_fast_form(rng)
        shape = rng.random()
        if shape < 0.5:
            text = a
        elif shape < 0.6:
            text = rng.choice([f"{a}/..", f"../{a}", f"{a}/", f"/{a}"])
        else:
            b = _random_fast_form(rng)
            text = f"{a}/{b}"
        try:
            expected = dates._resolve_general(text)
        except DateError as e:
            with pytest.raises(DateError) as info:
                resolve(text)
            assert str(info.value) == str(e)
            continue
        assert dates._resolve_fast(text) == expected, text
        assert resolve(text) == expected


def _edtf_days(st) -> int:
    return dt.date(st.tm_year, st.tm_mon, st.tm_mday).toordinal() - EPOCH_ORDINAL


def test_plain_forms_agree_with_edtf_package():
    rng = random.Random(20240229)
    checked = 0
    for _ in range(400):
        a = _random_plain(rng)
        if rng.random() < 0.15:
            a += rng.choice("?~%")
        text = a
        if rng.random() < 0.4:
            b = _random_plain(rng)
            if resolve(b).end_hi <= resolve(a).start_lo:
                a, b = b, a
            text = f"{a}/{b}"
        r = resolve(text)
        parsed = edtf.parse_edtf(text)
        assert r.start_lo == _edtf_days(parsed.lower_strict()) * 86400.0, text
        # edtf gives the last day inclusive; the end here is exclusive.
        assert r.end_hi == (_edtf_days(parsed.upper_strict()) + 1) * 86400.0, text
        checked += 1
    assert checked == 400


@pytest.mark.parametrize("text", [
    "2001-21", "2001-22", "2001-23", "2001-25", "2001-29", "2001-31", "2001-32",
    "2001-33", "2001-36", "2001-37", "2001-39", "2001-40", "2001-41",
    "201X", "19XX", "1XXX", "2004-XX", "2004-06-XX", "2004-XX-XX", "156X-12-25",
    "2004?-06-11", "?2004-06-~11", "2004-06~-11", "[1667,1668,1670..1672]",
    "{1960,1961-12}", "2004-06~/2004-06-11%", "-1740", "0000", "Y170000002",
])
def test_complex_forms_agree_with_edtf_package_where_it_is_right(text):
    # Only forms whose strict bounds the package computes as specified here
    # (not winter, open or unknown ends, or times).
    r = resolve(text)
    parsed = edtf.parse_edtf(text)
    lo, hi = parsed.lower_strict(), parsed.upper_strict()
    assert r.start_lo == days_from_civil(lo.tm_year, lo.tm_mon, lo.tm_mday) * 86400.0
    assert r.end_hi == (days_from_civil(hi.tm_year, hi.tm_mon, hi.tm_mday) + 1) * 86400.0


def test_model_does_not_import_qt():
    code = ("import sys, viewer.model.dates; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'PyQt5', 'PyQt6', 'pyqtgraph', 'edtf')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=str(__import__("pathlib").Path(__file__).parents[1]))
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("legacy, modern", [
    ("199u", "199X"), ("2004-uu", "2004-XX"), ("2004-06-u1", "2004-06-X1"), ("uuuu", "XXXX"),
    ("1985-04-12/open", "1985-04-12/.."), ("unknown/1985-04-12", "/1985-04-12"),
    ("1985-04-12/unknown", "1985-04-12/"), ("2004?~", "2004%"), ("2004-06~?", "2004-06%"),
    ("2004-06-11?~/2005", "2004-06-11%/2005"),
])
def test_legacy_2012_draft_spellings_resolve_like_todays(legacy, modern):
    assert edtf.old_specs_to_new_specs_expression(legacy) == modern  # the reference agrees on the meaning
    old, new = resolve(legacy), resolve(modern)
    assert old.text == legacy
    assert (old.start_lo, old.start_hi, old.end_lo, old.end_hi, old.earliest, old.latest, old.precision,
            old.flags, old.display) == (new.start_lo, new.start_hi, new.end_lo, new.end_hi, new.earliest,
                                        new.latest, new.precision, new.flags, new.display)


@pytest.mark.parametrize("text", ["open", "unknown", "summer", "2025-u4-01x"])
def test_words_are_still_not_dates(text):
    with pytest.raises(DateError):
        resolve(text)

"""Proleptic Gregorian calendar arithmetic on integers, for any year.

Dates are resolved and the time axis is labelled far outside the range
:mod:`datetime` covers (years 1 to 9999), so days are counted with the
era-based day-number method: 400-year eras of 146097 days each.
"""

from __future__ import annotations

DAY = 86400


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 to the given date (astronomical year numbering)."""
    y = year - (month <= 2)
    era = y // 400
    year_of_era = y - era * 400
    month_index = month + (-3 if month > 2 else 9)  # March = 0
    day_of_year = (153 * month_index + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of :func:`days_from_civil`: (year, month, day)."""
    z = days + 719468
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    month_index = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * month_index + 2) // 5 + 1
    month = month_index + (3 if month_index < 10 else -9)
    return year_of_era + era * 400 + (month <= 2), month, day


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_length(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def year_start(year: int) -> int:
    """Days from 1970-01-01 to January 1 of the year."""
    return days_from_civil(year, 1, 1)


def split(seconds: float) -> tuple[int, int, int, float]:
    """(year, month, day, seconds into the day) of an instant in UTC."""
    days = int(seconds // DAY)
    year, month, day = civil_from_days(days)
    return year, month, day, seconds - days * DAY


def instant(year: int, month: int = 1, day: int = 1) -> float:
    """Seconds since 1970 at the start of the given date."""
    return float(days_from_civil(year, month, day) * DAY)

"""Where the date axis puts its ticks, and what it writes there.

Ticks fall on calendar boundaries (whole minutes, hours, days, months,
years) at the finest step whose labels still fit. A second row gives the
context the first row leaves out: the day above hours, the month above
days, the year above months. Labels are locale-neutral ("4 Apr 2025"). The
calendar is that of the zone the axis is drawn in (UTC unless the display
setting asks for this computer's zone or the zone times are written in).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ...model.civil import DAY, civil_from_days, instant, month_length, split
from ...model.date_words import localized
from ...model.dates import Precision, format_instant
from ...model.zone_display import AxisZone

MINUTE, HOUR = 60, 3600
AVERAGE_MONTH = 30.436875 * DAY
AVERAGE_YEAR = 365.2425 * DAY


@dataclass(frozen=True)
class Step:
    unit: str  # "minute", "hour", "day", "month", "year"
    count: int

    @property
    def seconds(self) -> float:
        return self.count * {"minute": MINUTE, "hour": HOUR, "day": DAY,
                             "month": AVERAGE_MONTH, "year": AVERAGE_YEAR}[self.unit]


# Finest first. Labels of each unit need about this many pixels apart.
STEPS = (
    [Step("minute", n) for n in (1, 2, 5, 10, 15, 30)]
    + [Step("hour", n) for n in (1, 2, 3, 6, 12)]
    + [Step("day", n) for n in (1, 2, 7)]
    + [Step("month", n) for n in (1, 2, 3, 6)]
    + [Step("year", m * 10 ** e) for e in range(0, 7) for m in (1, 2, 5)]
)
MIN_SPACING = {"minute": 46, "hour": 46, "day": 30, "month": 38, "year": 48}
CONTEXT_UNIT = {"minute": "day", "hour": "day", "day": "month", "month": "year", "year": None}
MAX_TICKS = 400


@dataclass(frozen=True)
class AxisTicks:
    step: Step
    major: tuple[tuple[float, str], ...]  # (instant, label) on the first row
    context: tuple[tuple[float, str], ...]  # (instant of the boundary, label) on the second row
    first_context: str  # the context of the left edge, for a label that sticks there


def choose_step(lo: float, hi: float, width_px: float) -> Step:
    span = max(hi - lo, 1.0)
    px_per_second = max(width_px, 1.0) / span
    for step in STEPS:
        if step.seconds * px_per_second >= MIN_SPACING[step.unit]:
            return step
    return STEPS[-1]


def _year_label(year: int) -> str:
    return format_instant(instant(year), Precision.YEAR)


def _label(t: float, unit: str) -> str:
    return localized(_english_label(t, unit))


def _english_label(t: float, unit: str) -> str:
    year, month, day, rest = split(t)
    if unit in ("minute", "hour"):
        return f"{int(rest // HOUR):02d}:{int(rest % HOUR // MINUTE):02d}"
    if unit == "day":
        return str(day)
    if unit == "month":
        return format_instant(t, Precision.MONTH).split(" ")[0]
    return _year_label(year)


def _context_label(t: float, unit: str) -> str:
    return localized(_english_context_label(t, unit))


def _english_context_label(t: float, unit: str) -> str:
    precision = {"day": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}[unit]
    return format_instant(t, precision)


def _boundaries(lo: float, hi: float, step: Step) -> list[float]:
    """Calendar-aligned instants of ``step`` in [lo, hi], at most MAX_TICKS of them."""
    out: list[float] = []
    if step.unit in ("minute", "hour"):
        size = step.seconds
        t = math.ceil(lo / size) * size
        while t <= hi and len(out) < MAX_TICKS:
            out.append(t)
            t += size
        return out
    year, month, day, _ = split(lo)
    if step.unit == "day":
        # Restart at the 1st of every month so labels read 1, 8, 15, 22.
        t = float(math.floor(lo / DAY) * DAY)
        while t <= hi and len(out) < MAX_TICKS * step.count:
            y, m, d = civil_from_days(int(t // DAY))
            if (d - 1) % step.count == 0 and (step.count == 1 or month_length(y, m) - d + 1 >= step.count * 0.6):
                if t >= lo:
                    out.append(t)
            t += DAY
        return out
    if step.unit == "month":
        index = year * 12 + (month - 1)
        index -= index % step.count
        while len(out) < MAX_TICKS:
            t = instant(index // 12, index % 12 + 1)
            if t > hi:
                break
            if t >= lo:
                out.append(t)
            index += step.count
        return out
    # Round numbers on both sides of the era boundary: ... 100 BCE, 50 BCE | 50, 100 ...
    # (astronomical year y <= 0 is the year 1 - y BCE).
    years = []
    if year <= 0:
        bce = 1 - year
        bce -= bce % step.count
        while bce >= step.count and len(years) < MAX_TICKS:
            years.append(1 - bce)
            bce -= step.count
    y = max(year, 1)
    y = y - y % step.count if y % step.count else y
    if y == 0:
        y = step.count
    while len(years) < MAX_TICKS + 2:
        years.append(y)
        if instant(y) > hi:
            break
        y += step.count
    for y in years:
        t = instant(y)
        if t > hi:
            break
        if t >= lo:
            out.append(t)
    return out


@lru_cache(maxsize=64)
def compute_ticks(lo: float, hi: float, width_px: float) -> AxisTicks:
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return AxisTicks(Step("year", 1), (), (), "")
    step = choose_step(lo, hi, width_px)
    major = tuple((t, _label(t, step.unit)) for t in _boundaries(lo, hi, step))
    unit = CONTEXT_UNIT[step.unit]
    if unit is None:
        return AxisTicks(step, major, (), "")
    context = tuple((t, _context_label(t, unit)) for t in _boundaries(lo, hi, Step(unit, 1)))
    return AxisTicks(step, major, context, _context_label(lo, unit))


@lru_cache(maxsize=64)
def zoned_ticks(lo: float, hi: float, width_px: float, zone: AxisZone | None = None) -> AxisTicks:
    """Ticks on the calendar boundaries of ``zone`` (model.zone_display.axis_zone; None: UTC),
    placed at their instants in UTC: midnight in UTC+03:00 is 21:00 UTC the day before."""
    if zone is None or zone.offset == 0 or not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return compute_ticks(lo, hi, width_px)
    shift = zone.offset_at((lo + hi) / 2) * 60.0
    wall = compute_ticks(lo + shift, hi + shift, width_px)

    def back(t: float) -> float:  # this computer's zone may change its offset within the view
        return t - (shift if zone.offset is not None else zone.offset_at(t - shift) * 60.0)

    return AxisTicks(wall.step, tuple((back(t), text) for t, text in wall.major),
                     tuple((back(t), text) for t, text in wall.context), wall.first_context)

"""How an event looks: glyph sizes, and the style codes derived from its date and status.

Every visible event gets three small codes (shape, fill, outline) computed
for all of them at once with numpy; events sharing a lane colour and codes
are then drawn together in one call.
"""

from __future__ import annotations

import numpy as np

from ...model.dates import APPROXIMATE, INTERVAL, OPEN_END, OPEN_START, UNCERTAIN, UNKNOWN_END, UNKNOWN_START, Precision
from ...model.records import STATUSES

# Geometry in pixels.
TRACK_PX = 21  # one row of events inside a lane
BAR_PX = 14  # bar height: room for a title written on the bar
MARKER_PX = 14  # diamond width and height
LANE_PAD_PX = 4
MIN_BAR_PX = 3  # narrower spans are drawn as markers
DAY_AS_BAR_PX = 24  # a single day wider than this is drawn as a (light) bar
FADE_PX = 14  # fading ends of approximate spans
MIN_FADE_PX = 2.0  # an end's unit narrower than this is drawn as a sharp edge
UNKNOWN_FADE_PX = 48  # an unknown end fades out over this length
ARROW_PX = 9  # arrow heads of open ends
BRACKET_SERIF_PX = 3  # the short strokes that turn a set's end lines into brackets
WHISKER_TICK_PX = 4  # half height of the end ticks of earliest/latest bounds

SHAPE_MARKER, SHAPE_BAR, SHAPE_SET = 0, 1, 2  # a set: one mark inside a bracket
FILL_SOLID, FILL_LIGHT, FILL_HOLLOW, FILL_HATCHED = range(4)
LINE_NONE, LINE_SOLID, LINE_DASHED, LINE_DOTTED = range(4)

OCCURRED, REPORTED, PLANNED, HYPOTHETICAL, DISPUTED = (STATUSES.index(s) for s in
                                                        ("occurred", "reported", "planned", "hypothetical", "disputed"))
LIGHT_ALPHA = 0.38  # fill of coarse (month, season, year) spans
HATCH_UNDER_ALPHA = 0.22


def has(flags: np.ndarray, bit: int) -> np.ndarray:
    return (flags & bit) != 0


def classify(precision: np.ndarray, flags: np.ndarray, status: np.ndarray,
             width_px: np.ndarray, one_of: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(shape, fill, line) codes per event, all int8; ``one_of`` marks "one of a set" dates."""
    interval = has(flags, INTERVAL)
    ended = has(flags, OPEN_START | OPEN_END | UNKNOWN_START | UNKNOWN_END)
    fine = precision >= Precision.DAY
    # A day seen at hour scale is a span worth showing as one; a time of day stays a point.
    wide_day = (precision == Precision.DAY) & (width_px >= DAY_AS_BAR_PX)
    instant = ~interval & ~ended & fine & ~wide_day
    shape = np.where(instant | ((width_px < MIN_BAR_PX) & ~ended), SHAPE_MARKER, SHAPE_BAR).astype(np.int8)
    if one_of is not None:
        shape[one_of & ((width_px >= MIN_BAR_PX) | ended)] = SHAPE_SET

    coarse = ~interval & ~ended & (~fine | wide_day)
    fill = np.full(len(flags), FILL_SOLID, dtype=np.int8)
    fill[coarse & (shape == SHAPE_BAR)] = FILL_LIGHT
    fill[(status == PLANNED) | (status == HYPOTHETICAL)] = FILL_HOLLOW
    fill[status == DISPUTED] = FILL_HATCHED

    line = np.where(fill == FILL_SOLID, LINE_NONE, LINE_SOLID).astype(np.int8)
    line[status == HYPOTHETICAL] = LINE_DASHED
    # A span too narrow to show its ends is drawn uncertain as a whole when either end is.
    line[has(flags, UNCERTAIN) | ((shape == SHAPE_MARKER) & has(flags, UNCERTAIN_START_MARK | UNCERTAIN_END_MARK))] = \
        LINE_DOTTED
    return shape, fill, line


# Marks after a glyph, in this order: a dot for "reported" (it rests on a
# source), "?" for uncertain, "!" for disputed, "if" for an event that hangs on a condition.
DOT_PX, QUESTION_PX, BANG_PX, IF_PX = 7.0, 8.0, 6.0, 11.0

# What an event says beside its date, carried with the date flags of a glyph for
# drawing only; above every model.dates bit. A disputed event keeps its status's look.
DISPUTED_MARK = 1 << 29
CONDITION_MARK = 1 << 30
# Where a span's "?" goes when only one end is uncertain (model.date_drawing.uncertain_ends):
# a dotted edge and "?" at that end; UNCERTAIN itself is then left for whole-date uncertainty.
UNCERTAIN_START_MARK = 1 << 27
UNCERTAIN_END_MARK = 1 << 28
UNCERTAIN_EDGE_PX = 14  # how far the dotted edge of an uncertain end reaches along the bar


def uncertainty_marks(flags: np.ndarray, shape) -> np.ndarray:
    """Glyph flags with each "?" on the end it is written on (``shape``: a model.date_drawing.DateShape)."""
    return ((flags & ~UNCERTAIN) | np.where(shape.uncertain_whole, UNCERTAIN, 0)
            | np.where(shape.uncertain_start, UNCERTAIN_START_MARK, 0)
            | np.where(shape.uncertain_end, UNCERTAIN_END_MARK, 0)).astype(flags.dtype)


def start_mark_width(flags: np.ndarray) -> np.ndarray:
    """Room before a glyph for the "?" of an uncertain start (0 where there is none)."""
    return np.where(has(flags, UNCERTAIN_START_MARK), QUESTION_PX + 2.0, 0.0)


def event_marks(cols, rows: np.ndarray) -> np.ndarray:
    """DISPUTED_MARK and CONDITION_MARK bits of the events at ``rows`` (columns disputed, conditional)."""
    return (np.where(cols.disputed[rows], DISPUTED_MARK, 0) | np.where(cols.conditional[rows], CONDITION_MARK, 0)
            ).astype(np.int32)


def mark_offsets(flags: np.ndarray, status: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per glyph: where the dot, "?" and "!" start after the glyph's end (nan when absent), their
    total width, and where "if" starts (in that order, so the width stays the fourth)."""
    dot = status == REPORTED
    question = has(flags, UNCERTAIN | UNCERTAIN_END_MARK)
    bang = (status == DISPUTED) | has(flags, DISPUTED_MARK)
    condition = has(flags, CONDITION_MARK)
    x = np.full(len(flags), 2.0)
    dot_at = np.where(dot, x, np.nan)
    x = x + np.where(dot, DOT_PX, 0)
    question_at = np.where(question, x, np.nan)
    x = x + np.where(question, QUESTION_PX, 0)
    bang_at = np.where(bang, x, np.nan)
    x = x + np.where(bang, BANG_PX, 0)
    if_at = np.where(condition, x, np.nan)
    x = x + np.where(condition, IF_PX, 0)
    return dot_at, question_at, bang_at, np.where(dot | question | bang | condition, x, 0.0), if_at


def is_approximate(flags: np.ndarray) -> np.ndarray:
    return has(flags, APPROXIMATE)


def is_uncertain(flags: np.ndarray) -> np.ndarray:
    return has(flags, UNCERTAIN | UNCERTAIN_START_MARK | UNCERTAIN_END_MARK)

"""Whole labels or none, shared by the timeline, the map and the board (no Qt).

A label is written in full on one line, or wrapped at words into two, or not
at all; where a reader still needs it, a number stands in its place and the
key lists the number with the whole title. Nothing here shortens a text with
an ellipsis. Text is measured by a function the caller gives (its font), and
boxes are (left, top, right, bottom) tuples in the caller's units.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

Width = Callable[[str], float]
Box = tuple[float, float, float, float]  # left, top, right, bottom
KEY_SEPARATOR = " \u00b7 "


def fit_lines(text: str, width: Width, room: float, max_lines: int = 2) -> tuple[str, ...] | None:
    """``text`` whole in at most ``max_lines`` lines no wider than ``room``, or None.

    One line when it fits; two lines split at the word that makes the wider of
    them narrowest (only splits near the middle are measured, so the cost is
    bounded whatever the title's length)."""
    if room <= 0:
        return None
    if width(text) <= room:
        return (text,)
    if max_lines < 2:
        return None
    words = text.split()
    if len(words) < 2:
        return None
    if max_lines > 2:
        lines = wrap(text, width, room)
        return tuple(lines) if lines is not None and len(lines) <= max_lines else None
    total = len(text)
    starts = np.cumsum([0] + [len(w) + 1 for w in words[:-1]])
    middle = int(np.argmin(np.abs(starts - total / 2)))
    best: tuple[float, tuple[str, str]] | None = None
    for cut in range(max(1, middle - 2), min(len(words), middle + 3)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        wider = max(width(first), width(second))
        if wider <= room and (best is None or wider < best[0]):
            best = (wider, (first, second))
    return best[1] if best is not None else None


def wrap(text: str, width: Width, room: float) -> list[str] | None:
    """Greedy word wrap into lines no wider than ``room``; None when one word alone is wider."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if width(candidate) <= room:
            line = candidate
            continue
        if not line or width(word) > room:
            return None
        lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines


def wrap_long(text: str, width: Width, room: float) -> list[str]:
    """Like :func:`wrap`, but a word wider than ``room`` is broken between characters, so
    the whole text always comes back (for keys and quote blocks, where nothing may be lost)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if width(candidate) <= room:
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        while width(word) > room and len(word) > 1:
            cut = max(1, _longest_prefix(word, width, room))
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _longest_prefix(word: str, width: Width, room: float) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(word[:mid]) <= room:
            lo = mid
        else:
            hi = mid - 1
    return lo


class TakenBoxes:
    """Boxes already covered; each test runs over all of them at once."""

    def __init__(self, boxes: Sequence[Box] | np.ndarray = ()):
        array = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
        self._boxes = np.concatenate([array, np.zeros((64, 4))])
        self._n = len(array)

    def __len__(self) -> int:
        return self._n

    def add(self, box: Box) -> None:
        if self._n == len(self._boxes):
            self._boxes = np.concatenate([self._boxes, np.zeros_like(self._boxes)])
        self._boxes[self._n] = box
        self._n += 1

    def hits(self, box: Box, pad_x: float = 0.0, pad_y: float = 0.0) -> bool:
        b = self._boxes[: self._n]
        left, top, right, bottom = box
        return bool(np.any((b[:, 0] < right + pad_x) & (b[:, 2] > left - pad_x)
                           & (b[:, 1] < bottom + pad_y) & (b[:, 3] > top - pad_y)))

    def boxes(self) -> np.ndarray:
        return self._boxes[: self._n].copy()


def inside(box: Box, bounds: Box, slack: float = 0.0) -> bool:
    return (box[0] >= bounds[0] - slack and box[1] >= bounds[1] - slack
            and box[2] <= bounds[2] + slack and box[3] <= bounds[3] + slack)


def place_first(candidates: Sequence[Box], bounds: Box, taken: TakenBoxes,
                pad_x: float = 3.0, pad_y: float = 1.0) -> int:
    """Index of the first candidate box inside ``bounds`` and clear of ``taken`` (which then
    holds it), or -1: the label is left out, or keyed."""
    for i, box in enumerate(candidates):
        if inside(box, bounds) and not taken.hits(box, pad_x, pad_y):
            taken.add(box)
            return i
    return -1


def around(x: float, y: float, width: float, height: float, offset: float, gap: float = 3.0) -> list[Box]:
    """Boxes right of, left of, above and below a mark of radius ``offset`` at (x, y)."""
    return [
        (x + offset + gap, y - height / 2, x + offset + gap + width, y + height / 2),
        (x - offset - gap - width, y - height / 2, x - offset - gap, y + height / 2),
        (x - width / 2, y - offset - gap - height, x + width / 2, y - offset - gap),
        (x - width / 2, y + offset + gap, x + width / 2, y + offset + gap + height),
    ]


def overlapping_pairs(boxes: Sequence[Box] | np.ndarray, tolerance: float = 0.5) -> list[tuple[int, int]]:
    """Pairs of boxes that overlap by more than ``tolerance`` in both directions."""
    b = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    if len(b) < 2:
        return []
    across = np.minimum(b[:, None, 2], b[None, :, 2]) - np.maximum(b[:, None, 0], b[None, :, 0])
    down = np.minimum(b[:, None, 3], b[None, :, 3]) - np.maximum(b[:, None, 1], b[None, :, 1])
    hit = np.triu((across > tolerance) & (down > tolerance), k=1)
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(hit))]


@dataclass(frozen=True)
class KeyEntry:
    """A numbered marker's line in the key: "3 · 10 Jul 2025 · Starmer and Macron co-chair ..."."""

    number: int
    row: int
    when: str
    title: str

    def text(self) -> str:
        parts = [str(self.number), self.when, self.title] if self.when else [str(self.number), self.title]
        return KEY_SEPARATOR.join(parts)


def numbered(order: Sequence[float]) -> list[int]:
    """Key numbers 1..n in the order of ``order`` (e.g. time, then lane), stable."""
    ranks = np.argsort(np.asarray(order, dtype=np.float64), kind="stable")
    numbers = np.empty(len(ranks), dtype=np.int64)
    numbers[ranks] = np.arange(1, len(ranks) + 1)
    return numbers.tolist()

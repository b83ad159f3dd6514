"""Folding texts for search and finding a word in many of them at C speed."""

from __future__ import annotations

from itertools import repeat
from operator import contains, itemgetter

import numpy as np


def fold_joined(*columns) -> list[str]:
    """One case-folded text per row: the row's texts of every column, one per line."""
    return list(map(str.casefold, map("\n".join, zip(*columns))))


def present(texts) -> list[str]:
    """The texts with None as ""."""
    return [t or "" for t in texts]


def subset(rows: np.ndarray, size: int) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    mask[rows] = True
    return mask


def word_hits(texts: list[str], word: str, among: np.ndarray | None = None) -> np.ndarray:
    """Indices of the texts containing ``word`` (only those ``among`` when given), ascending."""
    if among is None:
        found = np.fromiter(map(contains, texts, repeat(word)), dtype=bool, count=len(texts))
        return np.flatnonzero(found)
    if len(among) == 0:
        return among
    picked = itemgetter(*among.tolist())(texts) if len(among) > 1 else (texts[int(among[0])],)
    found = np.fromiter(map(contains, picked, repeat(word)), dtype=bool, count=len(among))
    return among[found]

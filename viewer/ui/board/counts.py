"""The board's counts under a mask: for the unfiltered document kept as long as it lives
(the loading worker builds them, see ui/warm.py), otherwise counted once per filter."""

from __future__ import annotations

import numpy as np

from ...model import board
from ...model.per_document import derived


def _everything(document) -> np.ndarray:
    return np.ones(len(document.columns), dtype=bool)


def _unfiltered(mask: np.ndarray) -> bool:
    return bool(mask.all())


def tiles(document, mask: np.ndarray) -> list[board.SegmentTile]:
    if _unfiltered(mask):
        return derived(document, "board-tiles", lambda d: board.segment_tiles(d, _everything(d)))
    return board.segment_tiles(document, mask)


def matrix(document, mask: np.ndarray) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """(actor ids, segment ids, counts, responsibility) of the actors x segments matrix."""
    if _unfiltered(mask):
        return derived(document, "board-matrix", lambda d: _matrix(d, _everything(d)))
    return _matrix(document, mask)


def _matrix(document, mask):
    actor_ids, segment_ids, counts = board.actor_segment_matrix(document, mask)
    return actor_ids, segment_ids, counts, board.responsibility(document, actor_ids, segment_ids)

"""Approved images: a picture made by the production code is compared with a PNG
reviewed by a person and kept in tests/images/approved/.

Two pictures match when they have the same size, at most BUDGET of their pixels
differ by more than PIXEL_TOLERANCE in some channel, and no TILE x TILE square holds
more than TILE_LIMIT of those: slack for antialiasing that falls a little differently
along glyph edges all over the picture, none for a change in one place (a moved label,
a lost or shifted mark, a changed colour). A mismatch writes NAME.actual.png and NAME.diff.png (changed
pixels in red over a faded copy of the approved image) to tests/images/failed/ (or
$LAGEBILD_IMAGE_FAILURES; the approved ones may be
elsewhere with $LAGEBILD_APPROVED_IMAGES) and says where. `pytest --approve` writes what the code
draws now as the approved images instead; `python -m tests.approve` takes the
failed ones over after a look. See README, "Approved images".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

HERE = Path(__file__).parent
PIXEL_TOLERANCE = 48  # of 255, in the channel that differs most
BUDGET = 0.001  # of all pixels: some 2,000 on a 1920x1080 page, a few words' antialiasing
TILE = 8
TILE_LIMIT = 20  # of the 64 pixels of a tile: edges differ in a few, a moved shape in most


def approved_folder() -> Path:
    return Path(os.environ.get("LAGEBILD_APPROVED_IMAGES") or HERE / "images" / "approved")


def failures_folder() -> Path:
    return Path(os.environ.get("LAGEBILD_IMAGE_FAILURES") or HERE / "images" / "failed")


def rgb(image: QImage) -> np.ndarray:
    """(height, width, 3) uint8 copy of a QImage."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def image_of(array: np.ndarray) -> QImage:
    array = np.ascontiguousarray(array, dtype=np.uint8)
    height, width, _ = array.shape
    return QImage(array.data, width, height, width * 3, QImage.Format.Format_RGB888).copy()


@dataclass
class Comparison:
    differing: int  # pixels past the tolerance
    allowed: int
    same_size: bool
    worst_tile: int = 0  # differing pixels in the tile with most of them
    worst_at: tuple[int, int] = (0, 0)  # that tile's top-left pixel, x and y

    @property
    def matches(self) -> bool:
        return self.same_size and self.differing <= self.allowed and self.worst_tile <= TILE_LIMIT

    def reason(self) -> str:
        if self.differing > self.allowed:
            return f"{self.differing:,} pixels differ (at most {self.allowed:,} may)"
        x, y = self.worst_at
        return (f"{self.worst_tile} of the {TILE * TILE} pixels around x={x}, y={y} differ "
                f"(at most {TILE_LIMIT} may in one place)")


def _worst_tile(mask: np.ndarray) -> tuple[int, tuple[int, int]]:
    height, width = (mask.shape[0] // TILE) * TILE, (mask.shape[1] // TILE) * TILE
    if not height or not width:
        return int(mask.sum()), (0, 0)
    counts = mask[:height, :width].reshape(height // TILE, TILE, width // TILE, TILE).sum(axis=(1, 3))
    row, column = np.unravel_index(int(np.argmax(counts)), counts.shape)
    return int(counts[row, column]), (int(column) * TILE, int(row) * TILE)


def compare(actual: np.ndarray, approved: np.ndarray, budget: float = BUDGET) -> tuple[Comparison, np.ndarray]:
    """The comparison, and a mask of the pixels past the tolerance (over the larger size)."""
    if actual.shape != approved.shape:
        height, width = max(actual.shape[0], approved.shape[0]), max(actual.shape[1], approved.shape[1])
        return Comparison(height * width, 0, False), np.ones((height, width), bool)
    difference = np.abs(actual.astype(np.int16) - approved.astype(np.int16)).max(axis=2)
    mask = difference > PIXEL_TOLERANCE
    worst, at = _worst_tile(mask)
    return Comparison(int(mask.sum()), int(budget * mask.size), True, worst, at), mask


def diff_image(actual: np.ndarray, approved: np.ndarray | None, mask: np.ndarray) -> np.ndarray:
    """The approved picture faded to a pale grey, with every pixel past the tolerance in red."""
    base = approved if approved is not None and approved.shape == actual.shape else actual
    height, width = mask.shape
    canvas = np.full((height, width, 3), 255, np.uint8)
    grey = base.mean(axis=2, keepdims=True)
    canvas[:base.shape[0], :base.shape[1]] = (255 - (255 - grey) * 0.3).astype(np.uint8)
    canvas[mask] = (220, 0, 0)
    return canvas


def _save(image: QImage, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG", 0):  # 0: the smallest file
        raise OSError(f"could not write {path}")


def assert_approved(image: QImage, name: str, approve: bool = False, budget: float = BUDGET) -> None:
    """Fail unless ``image`` matches tests/images/approved/NAME.png (``approve``: write it there)."""
    target = approved_folder() / f"{name}.png"
    if approve:
        _save(image, target)
        return
    actual = rgb(image)
    approved = rgb(QImage(str(target))) if target.exists() else None
    if approved is not None:
        result, mask = compare(actual, approved, budget)
        if result.matches:
            for stale in failures_folder().glob(f"{name}.*.png"):
                stale.unlink()
            return
        why = (result.reason() if result.same_size else
               f"the size is {actual.shape[1]}x{actual.shape[0]}, approved {approved.shape[1]}x{approved.shape[0]}")
    else:
        mask = np.ones(actual.shape[:2], bool)
        why = f"there is no approved image {target}"
    folder = failures_folder()
    _save(image, folder / f"{name}.actual.png")
    _save(image_of(diff_image(actual, approved, mask)), folder / f"{name}.diff.png")
    raise AssertionError(
        f"{name}: {why}. Look at {folder / (name + '.actual.png')} and {folder / (name + '.diff.png')} "
        f"(changes in red); if the new picture is right, run `python -m tests.approve {name}`.")

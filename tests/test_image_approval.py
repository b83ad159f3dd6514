"""The approved-image comparison itself: antialiasing passes, a real change fails and
leaves the picture and a diff for review, and the review tool takes it over."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from image_approval import BUDGET, PIXEL_TOLERANCE, assert_approved, image_of, rgb
from PySide6.QtGui import QImage

REPOSITORY = Path(__file__).parent.parent


@pytest.fixture
def folders(tmp_path, monkeypatch):
    approved, failed = tmp_path / "approved", tmp_path / "failed"
    monkeypatch.setenv("LAGEBILD_APPROVED_IMAGES", str(approved))
    monkeypatch.setenv("LAGEBILD_IMAGE_FAILURES", str(failed))
    return approved, failed


def picture(seed: int = 1) -> np.ndarray:
    """A page-like picture: white, with dark 'text' strokes."""
    array = np.full((300, 400, 3), 255, np.uint8)
    rng = np.random.default_rng(seed)
    for x, y in rng.integers(0, (380, 290), size=(60, 2)):
        array[y:y + 8, x:x + 14] = (30, 30, 30)
    return array


def test_the_same_picture_and_antialiasing_noise_pass(folders):
    approved, failed = folders
    assert_approved(image_of(picture()), "case", approve=True)
    assert (approved / "case.png").exists()
    assert_approved(image_of(picture()), "case")
    noisy = picture().astype(np.int16)
    rng = np.random.default_rng(7)
    noisy += rng.integers(-PIXEL_TOLERANCE, PIXEL_TOLERANCE + 1, size=noisy.shape, dtype=np.int16)  # every pixel
    edges = rng.integers(0, 300 * 400, size=int(BUDGET * 300 * 400 * 0.9))  # a few glyph edges quite different
    noisy.reshape(-1, 3)[edges] = 128
    assert_approved(image_of(np.clip(noisy, 0, 255)), "case")
    assert not failed.exists() or not list(failed.iterdir())


def test_a_moved_or_recoloured_part_fails_and_leaves_the_picture_and_a_diff(folders):
    approved, failed = folders
    assert_approved(image_of(picture()), "case", approve=True)
    changed = picture()
    changed[100:130, 150:200] = (213, 94, 0)  # a mark that was not there
    with pytest.raises(AssertionError) as failure:
        assert_approved(image_of(changed), "case")
    message = str(failure.value)
    assert "1,500 pixels differ" in message and "python -m tests.approve case" in message
    assert str(failed / "case.actual.png") in message and str(failed / "case.diff.png") in message
    assert np.array_equal(rgb(QImage(str(failed / "case.actual.png"))), changed)
    diff = rgb(QImage(str(failed / "case.diff.png")))
    assert (diff[100:130, 150:200] == (220, 0, 0)).all()  # the change in red
    assert not (diff[:90] == (220, 0, 0)).all(axis=2).any()  # nothing else


def test_a_small_mark_moved_a_few_pixels_fails_though_few_pixels_differ(folders):
    page = np.full((600, 800, 3), 240, np.uint8)
    page[300:311, 400:411] = (40, 40, 40)  # an 11-pixel place mark
    assert_approved(image_of(page), "mark", approve=True)
    moved = np.full_like(page, 240)
    moved[300:311, 406:417] = (40, 40, 40)  # six pixels to the right
    with pytest.raises(AssertionError, match=r"of the 64 pixels around x=40[08], y=30[04] differ"):
        assert_approved(image_of(moved), "mark")


def test_a_picture_of_another_size_or_without_approval_fails(folders):
    with pytest.raises(AssertionError, match="there is no approved image"):
        assert_approved(image_of(picture()), "new")
    assert_approved(image_of(picture()), "case", approve=True)
    with pytest.raises(AssertionError, match="the size is 400x299, approved 400x300"):
        assert_approved(image_of(picture()[:-1]), "case")


def test_the_review_tool_lists_and_takes_over_a_failed_picture(folders):
    approved, failed = folders
    assert_approved(image_of(picture()), "case", approve=True)
    with pytest.raises(AssertionError):
        assert_approved(image_of(picture(2)), "case")

    def tool(*args):
        return subprocess.run([sys.executable, "-m", "tests.approve", *args], cwd=REPOSITORY,
                              capture_output=True, text=True, timeout=60)

    listing = tool()
    assert listing.returncode == 0 and f"case: {failed / 'case.actual.png'}" in listing.stdout
    assert tool("other").returncode == 2
    assert tool("case").returncode == 0
    assert np.array_equal(rgb(QImage(str(approved / "case.png"))), picture(2))
    assert_approved(image_of(picture(2)), "case")
    assert "No images wait for review" in tool().stdout

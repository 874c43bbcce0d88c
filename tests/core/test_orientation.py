"""EXIF orientation geometry: display and file rectangles map onto each other for all eight orientations."""

from __future__ import annotations

import pytest

from annotator.core.media.orientation import display_size, display_to_raw, raw_to_display

RAW = (400.0, 200.0)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_raw_to_display_inverts_display_to_raw(orientation: int) -> None:
    rect = (10.0, 20.0, 110.0, 70.0)
    raw = display_to_raw(rect, orientation, *RAW)
    assert raw_to_display(raw, orientation, *RAW) == rect


@pytest.mark.parametrize("orientation", range(1, 9))
def test_the_whole_display_is_the_whole_file(orientation: int) -> None:
    width, height = display_size(orientation, *RAW)
    assert display_to_raw((0.0, 0.0, width, height), orientation, *RAW) == (0.0, 0.0, *RAW)


@pytest.mark.parametrize(
    ("orientation", "raw_corner"),
    # Where the displayed image's top-left 10x10 px come from in the 400x200 file.
    [(1, (0, 0)), (2, (390, 0)), (3, (390, 190)), (4, (0, 190)), (5, (0, 0)), (6, (0, 190)), (7, (390, 190)), (8, (390, 0))],
)
def test_the_top_left_corner_comes_from_the_right_file_corner(orientation: int, raw_corner: tuple[int, int]) -> None:
    x0, y0, x1, y1 = display_to_raw((0.0, 0.0, 10.0, 10.0), orientation, *RAW)
    assert (x0, y0) == raw_corner and (x1 - x0, y1 - y0) == (10.0, 10.0)

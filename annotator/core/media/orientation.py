"""EXIF orientation as geometry: which rectangle of the file's pixels a rectangle of the displayed image shows."""

from __future__ import annotations

Rect = tuple[float, float, float, float]  # left, top, right, bottom

# Orientations 5-8 turn the image a quarter: the displayed width is the file's height.
SWAPS_AXES = frozenset({5, 6, 7, 8})


def display_size(orientation: int, raw_width: float, raw_height: float) -> tuple[float, float]:
    """The displayed image's width and height."""
    return (raw_height, raw_width) if orientation in SWAPS_AXES else (raw_width, raw_height)


def display_to_raw(rect: Rect, orientation: int, raw_width: float, raw_height: float) -> Rect:
    """The file-pixel rectangle that the displayed-image rectangle `rect` shows, for EXIF orientation 1-8."""
    x0, y0, x1, y1 = rect
    w, h = raw_width, raw_height
    match orientation:
        case 2:  # mirrored left-right
            return (w - x1, y0, w - x0, y1)
        case 3:  # turned 180°
            return (w - x1, h - y1, w - x0, h - y0)
        case 4:  # mirrored top-bottom
            return (x0, h - y1, x1, h - y0)
        case 5:  # transposed
            return (y0, x0, y1, x1)
        case 6:  # to be turned 90° clockwise
            return (y0, h - x1, y1, h - x0)
        case 7:  # transversed
            return (w - y1, h - x1, w - y0, h - x0)
        case 8:  # to be turned 90° counter-clockwise
            return (w - y1, x0, w - y0, x1)
        case _:
            return (x0, y0, x1, y1)


def raw_to_display(rect: Rect, orientation: int, raw_width: float, raw_height: float) -> Rect:
    """The displayed-image rectangle that shows the file-pixel rectangle `rect` (the inverse of display_to_raw)."""
    x0, y0, x1, y1 = rect
    w, h = raw_width, raw_height
    match orientation:
        case 2:
            return (w - x1, y0, w - x0, y1)
        case 3:
            return (w - x1, h - y1, w - x0, h - y0)
        case 4:
            return (x0, h - y1, x1, h - y0)
        case 5:
            return (y0, x0, y1, x1)
        case 6:
            return (h - y1, x0, h - y0, x1)
        case 7:
            return (h - y1, w - x1, h - y0, w - x0)
        case 8:
            return (y0, w - x1, y1, w - x0)
        case _:
            return (x0, y0, x1, y1)

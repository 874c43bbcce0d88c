"""Reduced first-view decoding of images, at a JPEG DCT factor, for use in worker threads."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QImage, QImageReader

from annotator.core.errors import AnnotatorError

# The first view needs about a screen's worth of pixels: at least this many on the long side...
PREVIEW_MIN_SIDE = 1600
# ...and never more than this (Qt draws nothing wider than 32,767 px, and memory is finite).
PREVIEW_MAX_SIDE = 4096
# JPEG decodes fastest at 1/2, 1/4 and 1/8 size (DCT scaling), so the reduction is one of these.
DCT_FACTORS = (8, 4, 2)


def preview_size(width: int, height: int) -> tuple[int, int]:
    """The size to decode a width x height image at for its first view."""
    longest = max(width, height)
    factor = next((f for f in DCT_FACTORS if longest / f >= PREVIEW_MIN_SIDE), 1)
    scale = 1 / factor
    if longest * scale > PREVIEW_MAX_SIDE:
        scale = PREVIEW_MAX_SIDE / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def decode_preview(data: bytes, name: str) -> tuple[QImage, float]:
    """Decode an image scaled down at decode time (JPEG DCT scaling), in a worker thread.

    Returns the image and its scale relative to the full-size (EXIF-rotated) image.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    scale = 1.0
    if size.isValid():
        width, height = preview_size(size.width(), size.height())
        if (width, height) != (size.width(), size.height()):
            reader.setScaledSize(QSize(width, height))
            scale = width / size.width()
    image = reader.read()
    if image.isNull():
        raise AnnotatorError(f"{name}: not a readable image ({reader.errorString()})")
    return image, scale

"""Reduced first-view decoding of images, at a JPEG DCT factor, for use in worker threads."""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from annotator.core.errors import AnnotatorError

# The first view needs about a screen's worth of pixels: at least this many on the long side...
PREVIEW_MIN_SIDE = 1600
# ...and never more than this (Qt draws nothing wider than 32,767 px, and memory is finite).
PREVIEW_MAX_SIDE = 4096
# JPEG decodes fastest at 1/2, 1/4 and 1/8 size (DCT scaling), so the reduction is one of these.
DCT_FACTORS = (8, 4, 2)
# Qt may hold up to this many times the core's decoded-size limit: the core counts the file's own
# channels, Qt decodes 1- to 4-channel images to 4 bytes a pixel (16-bit ones to 8), so at most twice.
ALLOCATION_HEADROOM = 2


def allow_decoding_up_to(max_decoded_bytes: int) -> None:
    """Raise Qt's image allocation limit (256 MB by default, process-wide) to match the core's limit.

    Only JPEG decodes at a reduced size; a PNG or TIFF is decoded whole and then scaled, so a valid
    100-megapixel PNG needs ~400 MB for a moment. The core probe refuses files whose decoded size
    exceeds `max_decoded_bytes` before they are decoded, so that, not Qt's default, is the real bound.
    """
    limit_mb = math.ceil(max_decoded_bytes * ALLOCATION_HEADROOM / 1024**2)
    if QImageReader.allocationLimit() < limit_mb:
        QImageReader.setAllocationLimit(limit_mb)


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
    wanted: QSize | None = None
    if size.isValid():
        width, height = preview_size(size.width(), size.height())
        if (width, height) != (size.width(), size.height()):
            wanted = QSize(width, height)
            # JPEG decodes straight at this size; other formats decode whole and Qt scales them (smoothly).
            reader.setScaledSize(wanted)
            scale = width / size.width()
    image = reader.read()
    if image.isNull():
        raise AnnotatorError(f"{name}: not a readable image ({reader.errorString()})")
    if wanted is not None and image.size() != wanted:
        # A handler that ignored the scaled size: scale here, so the full-size decode is freed at once.
        image = image.scaled(wanted, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image, scale

"""Full-detail tiles of an image, decoded for the region in view, in worker threads.

Tiles are cut on a grid of the *file's* pixels at a reduction factor (1, 2, 4 or 8: JPEG decodes
those sizes directly by DCT scaling), decoded with Qt's clipped JPEG reader (only the clip is held in
memory, so images beyond Qt's 256 MB limit and 32,767 px work), then turned to the displayed
orientation. Each tile knows the displayed-image rectangle it covers, in float pixels, so it lands
exactly on the boxes whatever the rounding of its size.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QTransform

from annotator.core.errors import AnnotatorError
from annotator.core.media.orientation import display_to_raw, raw_to_display

TILE_SIDE = 512  # decoded pixels
FACTORS = (8, 4, 2, 1)
# One decode covers several missing tiles but never more than this many decoded pixels.
MAX_DECODE_PIXELS = 2048 * 2048

TileKey = tuple[int, int, int]  # factor, column, row


@dataclass(frozen=True)
class TileSource:
    """What a worker needs to cut tiles: the file's bytes and how its pixels relate to the displayed image.

    The bytes are read on the first zoom that needs tiles (in a worker), and kept only while this is
    the image on screen: the decoded first views of the images around it do not hold their files too.
    """

    item_id: str
    name: str
    read_data: Callable[[], bytes]
    orientation: int
    raw_size: tuple[int, int]
    _data: list[bytes] = field(default_factory=list, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def data(self) -> bytes:
        """The file's bytes (read once, checked against the package's SHA-256 by `read_data`)."""
        with self._lock:
            if not self._data:
                self._data.append(self.read_data())
            return self._data[0]

    def scaled_size(self, factor: int) -> tuple[int, int]:
        """The file's size decoded at 1/factor, rounded up as JPEG DCT scaling does."""
        return math.ceil(self.raw_size[0] / factor), math.ceil(self.raw_size[1] / factor)

    def grid(self, factor: int) -> tuple[int, int]:
        """Columns and rows of tiles at a factor."""
        width, height = self.scaled_size(factor)
        return math.ceil(width / TILE_SIDE), math.ceil(height / TILE_SIDE)

    def tile_rect(self, key: TileKey) -> QRect:
        """A tile's rectangle in scaled file pixels."""
        factor, column, row = key
        width, height = self.scaled_size(factor)
        left, top = column * TILE_SIDE, row * TILE_SIDE
        return QRect(left, top, min(TILE_SIDE, width - left), min(TILE_SIDE, height - top))

    def display_rect(self, key: TileKey) -> QRectF:
        """The displayed-image rectangle (float pixels) a tile covers."""
        factor = key[0]
        scaled_w, scaled_h = self.scaled_size(factor)
        sx, sy = self.raw_size[0] / scaled_w, self.raw_size[1] / scaled_h
        rect = self.tile_rect(key)
        raw = (rect.left() * sx, rect.top() * sy, (rect.left() + rect.width()) * sx, (rect.top() + rect.height()) * sy)
        x0, y0, x1, y1 = raw_to_display(raw, self.orientation, *self.raw_size)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def keys_in_view(self, visible: QRectF, factor: int) -> list[TileKey]:
        """The tiles at `factor` that the displayed-image rectangle `visible` touches, nearest the centre first."""
        scaled_w, scaled_h = self.scaled_size(factor)
        raw = display_to_raw(
            (visible.left(), visible.top(), visible.right(), visible.bottom()), self.orientation, *self.raw_size
        )
        sx, sy = scaled_w / self.raw_size[0], scaled_h / self.raw_size[1]
        columns, rows = self.grid(factor)
        first_c = max(0, math.floor(raw[0] * sx / TILE_SIDE))
        last_c = min(columns - 1, math.floor(max(raw[2] * sx - 1e-9, 0) / TILE_SIDE))
        first_r = max(0, math.floor(raw[1] * sy / TILE_SIDE))
        last_r = min(rows - 1, math.floor(max(raw[3] * sy - 1e-9, 0) / TILE_SIDE))
        keys = [(factor, c, r) for r in range(first_r, last_r + 1) for c in range(first_c, last_c + 1)]
        mid_c, mid_r = (first_c + last_c) / 2, (first_r + last_r) / 2
        return sorted(keys, key=lambda k: (k[1] - mid_c) ** 2 + (k[2] - mid_r) ** 2)


# A decode may be stretched by up to this much on screen. Stretched by 10 % it is as sharp to the eye,
# while the full-size tiles it spares would be shrunk by nearly half on every frame (bilinear shrinking
# costs ~2.5x a near 1:1 draw, and aliases where a DCT-scaled decode does not).
STRETCH_TOLERANCE = 1.1


def factor_for(device_scale: float, preview_scale: float) -> int | None:
    """The reduction to decode at for a view showing `device_scale` screen pixels per image pixel.

    None when the first-view decode (at `preview_scale`) is already as sharp as the screen can show.
    """
    wanted = device_scale / STRETCH_TOLERANCE
    factor = next((f for f in FACTORS if 1 / f >= wanted * 0.999), 1)
    return None if 1 / factor <= preview_scale * 1.001 else factor


def batches(source: TileSource, keys: list[TileKey]) -> list[list[TileKey]]:
    """Group tiles into decodes: tiles on one row band, side by side, up to MAX_DECODE_PIXELS each."""
    groups: list[list[TileKey]] = []
    for key in keys:
        for group in groups:
            candidate = _union(source, [*group, key])
            if candidate.width() * candidate.height() <= MAX_DECODE_PIXELS:
                group.append(key)
                break
        else:
            groups.append([key])
    return groups


def _union(source: TileSource, keys: list[TileKey]) -> QRect:
    rect = QRect()
    for key in keys:
        rect = rect.united(source.tile_rect(key))
    return rect


def decode_tiles(source: TileSource, keys: list[TileKey]) -> list[tuple[TileKey, QImage]]:
    """Decode these tiles (all of one factor) in one pass and return each turned to the displayed orientation."""
    region = _union(source, keys)
    factor = keys[0][0]
    image = _decode_region(source, region, factor)
    tiles = []
    for key in keys:
        rect = source.tile_rect(key).translated(-region.topLeft())
        tiles.append((key, orient(image.copy(rect), source.orientation)))
    return tiles


def _decode_region(source: TileSource, region: QRect, factor: int) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(source.data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(False)  # the tile grid is in file pixels; orient() turns each tile
    if reader.supportsOption(QImageIOHandler.ImageOption.ScaledClipRect):
        reader.setScaledSize(QSize(*source.scaled_size(factor)))
        reader.setScaledClipRect(region)
        image = reader.read()
        if image.isNull():
            raise AnnotatorError(f"{source.name}: part of the image cannot be decoded ({reader.errorString()})")
        return image
    return _decode_region_with_pillow(source, region, factor)


def _decode_region_with_pillow(source: TileSource, region: QRect, factor: int) -> QImage:
    # Formats Qt cannot clip (PNG, TIFF, WebP...): Pillow decodes the file and crops; slower, but not
    # bound by Qt's allocation limit.
    from PIL import Image

    scaled_w, scaled_h = source.scaled_size(factor)
    sx, sy = source.raw_size[0] / scaled_w, source.raw_size[1] / scaled_h
    box = (
        round(region.left() * sx),
        round(region.top() * sy),
        round((region.left() + region.width()) * sx),
        round((region.top() + region.height()) * sy),
    )
    with Image.open(io.BytesIO(source.data)) as opened:
        part = opened.crop(box).convert("RGBA")
    if part.size != (region.width(), region.height()):
        part = part.resize((region.width(), region.height()), Image.Resampling.BOX)
    data = part.tobytes("raw", "RGBA")
    return QImage(data, part.width, part.height, part.width * 4, QImage.Format.Format_RGBA8888).copy()


def orient(image: QImage, orientation: int) -> QImage:
    """A decoded piece of the file turned the way EXIF orientation says it is displayed."""
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    match orientation:
        case 2:
            return image.flipped(horizontal)
        case 3:
            return image.flipped(horizontal | vertical)
        case 4:
            return image.flipped(vertical)
        case 5:
            return image.transformed(QTransform().rotate(90)).flipped(horizontal)
        case 6:
            return image.transformed(QTransform().rotate(90))
        case 7:
            return image.transformed(QTransform().rotate(90)).flipped(vertical)
        case 8:
            return image.transformed(QTransform().rotate(270))
        case _:
            return image

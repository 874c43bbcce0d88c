"""Full-detail tiles over the reduced first view: requested for what is in view once zoomed in, decoded in workers."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from annotator.ui.editors.tile_decode import TileKey, TileSource, batches, decode_tiles, factor_for
from annotator.ui.workers import run_in_background

# Decoded tiles kept, across zoom levels: 160 tiles of 512 x 512 are 160 MB at most.
TILE_CACHE = 160
# From this many screen pixels per image pixel on, pixels are drawn as hard-edged squares (nearest
# neighbour): an annotator zooms in to see where one pixel ends, and smoothing blurs exactly that.
# Below it smoothing stays, or pixels would come out one or two screen pixels wide, unevenly.
CRISP_FROM_SCALE = 2.0


def smooth_at(screen_pixels_per_pixel: float) -> bool:
    """Whether pixels drawn at this magnification should be smoothed (False: shown crisp)."""
    return screen_pixels_per_pixel < CRISP_FROM_SCALE


class _Receiver(QObject):
    """A QGraphicsItem is no QObject: this one's bound methods make the worker's results arrive on the UI thread."""

    def __init__(self, on_decoded: Any, on_failed: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._on_decoded, self._on_failed = on_decoded, on_failed

    def decoded(self, result: Any) -> None:
        self._on_decoded(result)

    def failed(self, error: Exception) -> None:
        self._on_failed(error)


class TileLayer(QGraphicsItem):
    """Paints the tiles of the current zoom level that are ready; the reduced image below shows through the rest."""

    def __init__(self, owner: QObject) -> None:
        """`owner` outlives the scene; once it is gone, decodes still under way are dropped, not delivered."""
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._source: TileSource | None = None
        self._rect = QRectF()
        self._preview_scale = 1.0
        self._factor: int | None = None
        self._tiles: OrderedDict[tuple[str, TileKey], tuple[QRectF, QPixmap]] = OrderedDict()
        self._busy = False
        self._wanted: tuple[QRectF, float] | None = None
        self._held_scale: float | None = None  # the zoom the view last held still at (tiles asked for)
        self._receiver = _Receiver(self._on_decoded, self._on_failed, owner)

    def set_source(self, source: TileSource | None, *, display_rect: QRectF, preview_scale: float) -> None:
        """The image on screen (None: nothing to tile); tiles of other images stay cached until evicted."""
        self.prepareGeometryChange()
        self._source, self._rect, self._preview_scale = source, QRectF(display_rect), preview_scale
        self._factor, self._wanted = None, None
        self.update()

    @property
    def factor(self) -> int | None:
        """The reduction the tiles in view are decoded at (None: the first-view image is sharp enough)."""
        return self._factor

    def ready_tiles(self) -> list[tuple[TileKey, QRectF]]:
        """The current image's tiles of the current level that are decoded, with where they lie."""
        if self._source is None or self._factor is None:
            return []
        item_id = self._source.item_id
        return [
            (key, rect)
            for (owner, key), (rect, _p) in self._tiles.items()
            if owner == item_id and key[0] == self._factor
        ]

    def coverage(self, visible: QRectF) -> float:
        """The share (0-1) of the image in `visible` that decoded tiles of the current level cover."""
        wanted = visible.intersected(self._rect)
        area = wanted.width() * wanted.height()
        if area <= 0:
            return 1.0
        covered = 0.0
        for _key, rect in self.ready_tiles():  # tiles of one level never overlap
            part = rect.intersected(wanted)
            covered += part.width() * part.height()
        return min(1.0, covered / area)

    def request(self, visible: QRectF, device_scale: float) -> None:
        """Show `visible` (displayed-image pixels) at `device_scale` screen pixels per image pixel."""
        if self._source is None:
            return
        factor = factor_for(device_scale, self._preview_scale)
        # Shrunk tiles held back while the zoom moved are drawn now that it holds still.
        held_back = factor is not None and device_scale * factor < 0.999 and device_scale != self._held_scale
        self._held_scale = device_scale
        if factor != self._factor or held_back:
            self._factor = factor
            self.update()
        if factor is None:
            return
        if self._busy:
            self._wanted = (QRectF(visible), device_scale)  # the latest view wins once the decode returns
            return
        missing = [
            key
            for key in self._source.keys_in_view(visible.intersected(self._rect), factor)
            if (self._source.item_id, key) not in self._tiles
        ]
        if not missing:
            return
        source, batch = self._source, batches(self._source, missing)[0]
        self._busy = True
        receiver = self._receiver
        run_in_background(lambda: (source, decode_tiles(source, batch)), receiver.decoded, receiver.failed)
        self._wanted = (QRectF(visible), device_scale)  # ask again when done: more batches may be missing

    def _on_decoded(self, result: tuple[TileSource, list[Any]]) -> None:
        self._busy = False
        source, tiles = result
        for key, image in tiles:
            self._tiles[(source.item_id, key)] = (source.display_rect(key), QPixmap.fromImage(image))
            self._tiles.move_to_end((source.item_id, key))
        while len(self._tiles) > TILE_CACHE:
            self._tiles.popitem(last=False)
        if source is self._source:
            self.update()
        self._ask_again()

    def _on_failed(self, error: Exception) -> None:
        # The reduced image stays on screen; a damaged file was already reported when it first showed.
        self._busy = False
        self._wanted = None

    def _ask_again(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.request(*wanted)

    def boundingRect(self) -> QRectF:
        return self._rect

    def _paints_at(self, device_scale: float) -> bool:
        # Right after a zoom out, the tiles on hand are those of the closer zoom, until the view holds
        # still and coarser ones are asked for: shrinking dozens of full-size tiles on every frame costs
        # more than the whole rest of the paint, and the reduced image below is sharp enough by now.
        if self._source is None or self._factor is None:
            return False
        wanted = factor_for(device_scale, self._preview_scale)
        if wanted is None or wanted > self._factor:
            return False
        # While zoom steps come in, tiles that would be shrunk wait until the view holds still: shrinking
        # twenty full-size tiles costs ~5-12 ms a frame, more than all the boxes; the first view shows in
        # between, as it does until new tiles are decoded.
        shrunk = device_scale * self._factor < 0.999
        return not (shrunk and device_scale != self._held_scale)

    def hides(self, area: QRectF, device_scale: float) -> bool:
        """Whether this layer's paint at `device_scale` covers all of the image inside `area` (scene pixels)."""
        return self._paints_at(device_scale) and self.coverage(area) >= 0.9999

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        device_scale = painter.worldTransform().m11() * painter.device().devicePixelRatioF()
        if not self._paints_at(device_scale):
            return
        assert self._source is not None and self._factor is not None
        exposed = option.exposedRect
        # Screen pixels per tile pixel: a tile decoded at 1/f holds one pixel per f image pixels.
        magnification = device_scale * self._factor
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth_at(magnification))
        item_id = self._source.item_id
        for (owner, key), (rect, pixmap) in self._tiles.items():
            if owner == item_id and key[0] == self._factor and rect.intersects(exposed):
                painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()))

"""The reduced first-view decode under the tiles: skipped where tiles cover it, shrunk ahead for a steady view.

Drawing the 2000 x 1500 first view shrunk to a 1600 x 1000 view costs ~1.5-2.3 ms a frame, bilinear, and
on every frame of an edit or a pan. Once the zoom holds still a worker makes a copy at exactly the
screen's size (Qt's area-averaging shrink: sharper than the bilinear one), and frames at that zoom copy
it 1:1. Zoom steps draw the decode shrunk on the fly, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QStyleOptionGraphicsItem, QWidget

from annotator.ui.editors.image_tiles import TileLayer
from annotator.ui.workers import run_in_background

# The zoom must hold this long before a copy is made: a burst of zoom steps makes none.
HOLD_STILL_MS = 150
# Only views that shrink the decode by more than this get a copy: near 1:1 the draw is cheap already.
SHRINK_FROM = 0.95


class _Shrinker(QObject):
    """Makes the shrunk copy in a worker; its bound methods bring the result back to the UI thread."""

    def __init__(self, image_item: FirstViewImage, parent: QObject) -> None:
        super().__init__(parent)
        self._item = image_item
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HOLD_STILL_MS)
        self.timer.timeout.connect(self._start)
        self.wanted: tuple[int, float, QSize] | None = None  # (pixmap version, magnification, size)

    def _start(self) -> None:
        if self.wanted is None:
            return
        version, magnification, size = self.wanted
        image = self._item.pixmap().toImage()

        def shrink() -> tuple[int, float, QImage]:
            scaled = image.scaled(
                size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            return version, magnification, scaled

        run_in_background(shrink, self.shrunk, self.failed)

    def shrunk(self, result: tuple[int, float, QImage]) -> None:
        self._item.take_shrunk(*result)

    def failed(self, _error: Exception) -> None:
        # The full decode stays and is drawn shrunk on the fly: slower, never wrong.
        self.wanted = None


class FirstViewImage(QGraphicsPixmapItem):
    """The first-view pixmap, stretched by its transform to scene size; tiles above may hide it."""

    def __init__(self, tiles: TileLayer, owner: QObject) -> None:
        """`owner` (a QObject that outlives this item, e.g. the scene) holds the timer and the worker's callbacks."""
        super().__init__()
        # Without this flag the exposed rect is the whole pixmap, and a view full of tiles never tells.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._tiles = tiles
        self._version = 0
        self._shrunk: tuple[float, QPixmap] | None = None  # (magnification it was made for, copy)
        self._shrinker = _Shrinker(self, owner)

    def setPixmap(self, pixmap: QPixmap) -> None:
        self._version += 1
        self._shrunk = None
        self._shrinker.wanted = None
        super().setPixmap(pixmap)

    def has_shrunk_copy_for(self, magnification: float) -> bool:
        """Whether frames at `magnification` device pixels per decoded pixel copy a ready shrunk image."""
        return self._shrunk is not None and abs(self._shrunk[0] - magnification) < 1e-9

    def take_shrunk(self, version: int, magnification: float, image: QImage) -> None:
        """A copy made by the worker; dropped if the pixmap changed since it was asked for."""
        if version != self._version:
            return
        self._shrunk = (magnification, QPixmap.fromImage(image))
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        ratio = painter.device().devicePixelRatioF() or 1.0
        # Scene pixels per screen pixel from the view alone: this item's own transform stretches the
        # reduced decode to scene size, and the tiles are measured against the scene.
        view_scale = transform.m11() / (self.transform().m11() or 1.0) * ratio
        if self._tiles.hides(self.mapRectToScene(option.exposedRect), view_scale):
            return
        magnification = transform.m11() * ratio  # device pixels per decoded pixel
        if transform.type().value > QTransform.TransformationType.TxScale.value or self.pixmap().isNull():
            super().paint(painter, option, widget)
            return
        if self.has_shrunk_copy_for(magnification):
            assert self._shrunk is not None
            self._paint_copy(painter, self._shrunk[1], ratio)
            return
        super().paint(painter, option, widget)
        if magnification < SHRINK_FROM:
            self._want_copy(magnification)

    def _paint_copy(self, painter: QPainter, copy: QPixmap, ratio: float) -> None:
        # 1:1 on whole device pixels: a fractional offset would send Qt down the transformed path again.
        # The copy's corner moves by at most half a screen pixel, less than the shrink itself smears.
        corner = painter.worldTransform().map(QPointF(0, 0))
        copy.setDevicePixelRatio(ratio)
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(QPointF(round(corner.x() * ratio) / ratio, round(corner.y() * ratio) / ratio), copy)
        painter.restore()

    def _want_copy(self, magnification: float) -> None:
        pixmap = self.pixmap()
        size = QSize(max(1, round(pixmap.width() * magnification)), max(1, round(pixmap.height() * magnification)))
        wanted = (self._version, magnification, size)
        if self._shrinker.wanted != wanted:
            self._shrinker.wanted = wanted
            self._shrinker.timer.start()  # restarted by every new zoom: made once the view holds still

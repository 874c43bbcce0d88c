"""The reduced first-view decode under the tiles: skipped where tiles cover it, shrunk ahead for a steady view.

Drawing the 2000 x 1500 first view shrunk to a 1600 x 1000 view costs 1.5-4 ms a frame, bilinear, on
every frame. Once the zoom holds still a worker makes copies at exactly the screen's size for this zoom
and one zoom step either way (Qt's area-averaging shrink: sharper than the bilinear one), and frames at
those zooms copy them 1:1: an edit or a pan here, and the first zoom step from here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QStyleOptionGraphicsItem, QWidget

from annotator.ui.editors.box_canvas import ZOOM_STEP
from annotator.ui.editors.image_tiles import TileLayer
from annotator.ui.workers import run_in_background

# The zoom must hold this long before copies are made: a burst of zoom steps makes none.
HOLD_STILL_MS = 150
# Only zooms that shrink the decode by more than this get a copy: near 1:1 the draw is cheap already.
SHRINK_FROM = 0.95
# Zoom steps multiply the scale in floating point; a copy serves a magnification this close to its own.
SAME_ZOOM = 1e-6


def _same(one: float, other: float) -> bool:
    return abs(one / other - 1) < SAME_ZOOM


class _Shrinker(QObject):
    """Makes the shrunk copies in a worker; its bound methods bring them back to the UI thread."""

    def __init__(self, image_item: FirstViewImage, parent: QObject) -> None:
        super().__init__(parent)
        self._item = image_item
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HOLD_STILL_MS)
        self.timer.timeout.connect(self._start)
        self.wanted: tuple[int, tuple[float, ...]] | None = None  # (pixmap version, magnifications)

    def _start(self) -> None:
        if self.wanted is None:
            return
        version, magnifications = self.wanted
        image = self._item.pixmap().toImage()
        sizes = [
            (m, QSize(max(1, round(image.width() * m)), max(1, round(image.height() * m)))) for m in magnifications
        ]

        def shrink() -> tuple[int, list[tuple[float, QImage]]]:
            smooth = Qt.TransformationMode.SmoothTransformation
            return version, [(m, image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, smooth)) for m, size in sizes]

        run_in_background(shrink, self.shrunk, self.failed)

    def shrunk(self, result: tuple[int, list[tuple[float, QImage]]]) -> None:
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
        self._copies: dict[float, QPixmap] = {}  # magnification it was made for -> copy
        self._painted_at: float | None = None  # the magnification of the last paint
        self._shrinker = _Shrinker(self, owner)

    def setPixmap(self, pixmap: QPixmap) -> None:
        self._version += 1
        self._copies = {}
        self._shrinker.wanted = None
        super().setPixmap(pixmap)

    def _copy_for(self, magnification: float) -> QPixmap | None:
        return next((copy for made, copy in self._copies.items() if _same(made, magnification)), None)

    def has_shrunk_copy_for(self, magnification: float) -> bool:
        """Whether frames at `magnification` device pixels per decoded pixel copy a ready shrunk image."""
        return self._copy_for(magnification) is not None

    def take_shrunk(self, version: int, copies: list[tuple[float, QImage]]) -> None:
        """Copies made by the worker; dropped if the pixmap changed since they were asked for."""
        if version != self._version:
            return
        shown_before = self._painted_at is not None and self.has_shrunk_copy_for(self._painted_at)
        self._copies = {magnification: QPixmap.fromImage(image) for magnification, image in copies}
        # Repainted only if the zoom on screen has a copy now: one for the next step waits for it.
        if self._painted_at is not None and not shown_before and self.has_shrunk_copy_for(self._painted_at):
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
        self._painted_at = magnification
        if transform.type().value > QTransform.TransformationType.TxScale.value or self.pixmap().isNull():
            super().paint(painter, option, widget)
            return
        copy = self._copy_for(magnification)
        if copy is not None:
            self._paint_copy(painter, copy, ratio)
        else:
            super().paint(painter, option, widget)
        self._want_copies(magnification)

    def _paint_copy(self, painter: QPainter, copy: QPixmap, ratio: float) -> None:
        # 1:1 on whole device pixels: a fractional offset would send Qt down the transformed path again.
        # The copy's corner moves by at most half a screen pixel, less than the shrink itself smears.
        corner = painter.worldTransform().map(QPointF(0, 0))
        copy.setDevicePixelRatio(ratio)
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(QPointF(round(corner.x() * ratio) / ratio, round(corner.y() * ratio) / ratio), copy)
        painter.restore()

    def _want_copies(self, magnification: float) -> None:
        # This zoom and one step in and out, those that shrink the decode; kept ones are made again with
        # the rest (a copy of 1.5 M pixels takes ~10 ms in the worker, once per held zoom).
        wanted = tuple(
            m for m in (magnification, magnification * ZOOM_STEP, magnification / ZOOM_STEP) if m < SHRINK_FROM
        )
        if all(self._copy_for(m) is not None for m in wanted):
            return
        if self._shrinker.wanted != (self._version, wanted):
            self._shrinker.wanted = (self._version, wanted)
            self._shrinker.timer.start()  # restarted by every new zoom: made once the view holds still

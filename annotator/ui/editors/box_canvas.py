"""The box editor's view: zoom to the cursor, pan, a crosshair, and exact float image coordinates."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QRegion, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

ZOOM_STEP = 1.25
CROSSHAIR_COLOR = QColor(255, 255, 255, 140)


class BoxCanvas(QGraphicsView):
    """Reports left-button presses, drags and releases in image pixels (floats, HiDPI-exact)."""

    pressed = Signal(QPointF)
    dragged = Signal(QPointF)
    released = Signal(QPointF)
    view_changed = Signal()  # scrolled, zoomed or resized: what is in view may need sharper tiles

    def __init__(self, scene: QGraphicsScene, parent: Any = None):
        super().__init__(scene, parent)
        self.setObjectName("box_canvas")
        self.setAccessibleName(self.tr("Image and its boxes"))
        self.setAccessibleDescription(self.tr("Draw, select and move boxes by keys; F1 lists them"))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#2b2b2b"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        # QGraphicsView takes drops for its scene, which has no use for them, and so swallowed a package
        # dropped on the image: refusing them here lets Qt hand the drop to the window, which opens it.
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self._pressing = False
        self._panning_from: QPointF | None = None
        self._space_down = False
        self.cursor_scene_pos: QPointF | None = None
        self.crosshair = True
        self.painting_region: QRegion | None = None
        # Set by the editor while an image without transparency covers the whole scene rect.
        self.image_is_opaque = False  # while a paint event is handled: what it repaints

    def visible_scene_rect(self) -> QRectF:
        """The part of the image in view, in image pixels."""
        viewport = self.viewport()
        return QRectF(self.to_scene(QPointF(0, 0)), self.to_scene(QPointF(viewport.width(), viewport.height())))

    def device_scale(self) -> float:
        """Screen (device) pixels per image pixel at the current zoom."""
        return self.transform().m11() * (self.devicePixelRatioF() or 1.0)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.view_changed.emit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.view_changed.emit()

    def to_scene(self, position: QPointF) -> QPointF:
        """A viewport position to image pixels without rounding (mapToScene only takes whole pixels)."""
        inverse, _ok = self.viewportTransform().inverted()
        return inverse.map(QPointF(position))

    # -- zoom -----------------------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        """Zoom, keeping the point under the mouse (or the centre, from the keyboard) in place."""
        self.scale(factor, factor)
        self.view_changed.emit()

    def zoom_actual_size(self) -> None:
        """One image pixel per screen pixel (device pixels on HiDPI screens)."""
        ratio = self.devicePixelRatioF() or 1.0
        self.setTransform(self.transform().fromScale(1 / ratio, 1 / ratio))
        self.view_changed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
        else:
            super().wheelEvent(event)

    # -- pan: middle button, or Space held with the left button ---------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def _pan_to(self, position: QPointF) -> None:
        assert self._panning_from is not None
        delta = position - self._panning_from
        self._panning_from = position
        self.horizontalScrollBar().setValue(round(self.horizontalScrollBar().value() - delta.x()))
        self.verticalScrollBar().setValue(round(self.verticalScrollBar().value() - delta.y()))

    # -- mouse ----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space_down):
            self._panning_from = event.position()
        elif button == Qt.MouseButton.LeftButton:
            self._pressing = True
            self.pressed.emit(self.to_scene(event.position()))
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        was, self.cursor_scene_pos = self.cursor_scene_pos, self.to_scene(event.position())
        if self._panning_from is not None:
            self._pan_to(event.position())
        elif self._pressing:
            # Track the press ourselves: synthetic and tablet moves do not always carry the buttons.
            self.dragged.emit(self.cursor_scene_pos)
        if self.crosshair:
            self._update_crosshair(was)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning_from is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._panning_from = None
        elif event.button() == Qt.MouseButton.LeftButton and self._pressing:
            self._pressing = False
            self.released.emit(self.to_scene(event.position()))
        else:
            super().mouseReleaseEvent(event)

    def leaveEvent(self, event: Any) -> None:
        was, self.cursor_scene_pos = self.cursor_scene_pos, None
        self._update_crosshair(was)
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The layers cull by the region itself: Qt tells them only its bounding rect.
        self.painting_region = event.region()
        try:
            super().paintEvent(event)
        finally:
            self.painting_region = None

    # -- crosshair --------------------------------------------------------------------------------

    def _crosshair_rects(self, position: QPointF | None, transform: QTransform, *, spread: int) -> list[QRect]:
        """The crosshair's row and column across the image, in device pixels, `spread` pixels either side of
        the one at `position` (none when it is off the image)."""
        if position is None or not self.sceneRect().contains(position):
            return []
        image = transform.mapRect(self.sceneRect()).toAlignedRect()
        at = transform.map(position)
        x, y, side = math.floor(at.x()) - spread, math.floor(at.y()) - spread, 2 * spread + 1
        return [QRect(image.left(), y, image.width(), side), QRect(x, image.top(), side, image.height())]

    def _update_crosshair(self, was: QPointF | None) -> None:
        # Only the lines' old and new rows and columns: a whole-view repaint on every mouse move cost
        # a full redraw of every box (15-20 ms with 5,000) while a box was dragged.
        region = QRegion()
        transform = self.viewportTransform()
        for position in (was, self.cursor_scene_pos):
            for strip in self._crosshair_rects(position, transform, spread=1):  # rounding: a pixel either side
                region += strip
        if not region.isEmpty():
            self.viewport().update(region)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        # Only around the image: under an opaque one every pixel is painted again at once, and a fill
        # of the whole view first wrote ~6 MB per frame for nothing (1-2 ms of a zoom step).
        if not self.image_is_opaque:
            super().drawBackground(painter, rect)
            return
        transform = painter.worldTransform()
        exposed = transform.mapRect(rect).toAlignedRect()
        # One device pixel inside the image's edge too: a smoothed edge pixel is only partly covered.
        image = transform.mapRect(self.sceneRect()).toAlignedRect().adjusted(1, 1, -1, -1)
        around = QRegion(exposed) - QRegion(image)
        if around.isEmpty():
            return
        painter.save()
        painter.resetTransform()
        for part in around:
            painter.fillRect(part, self.backgroundBrush())
        painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        # A full-image crosshair helps line a box edge up with an object's edge. Two one-pixel fills in
        # device pixels: a stroked line across a zoomed scene is clipped in floating point first, and
        # cost 20 times as much (~0.8 ms a frame).
        lines = (
            self._crosshair_rects(self.cursor_scene_pos, painter.worldTransform(), spread=0) if self.crosshair else []
        )
        if not lines:
            return
        painter.save()
        painter.resetTransform()
        for line in lines:
            painter.fillRect(line, CROSSHAIR_COLOR)
        painter.restore()

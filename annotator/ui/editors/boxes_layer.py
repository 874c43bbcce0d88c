"""One graphics item that paints every box: culled to the exposed area, batched by colour."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

SELECTED_COLOR = QColor("#00e5ff")
DEFAULT_COLOR = QColor("#ffcc00")
# Resize handles: horizontal (l, c, r) and vertical (t, c, b) position on the box.
HANDLES = ("lt", "ct", "rt", "rc", "rb", "cb", "lb", "lc")
# Labels are skipped on boxes smaller than this on screen, and when more than LABEL_LIMIT boxes are
# in view: unreadable either way, and text is the main paint cost.
LABEL_MIN_SCREEN_PX = 18
LABEL_LIMIT = 400


class BoxesLayer(QGraphicsItem):
    """Thousands of QGraphicsRectItems are what make other tools crawl; this paints only what is exposed."""

    def __init__(self) -> None:
        super().__init__()
        # Without this flag the exposed rect is the whole item and culling does nothing.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        # Panning and repaints without a change blit a cached device pixmap instead of drawing boxes.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rect = QRectF()
        self._boxes: list[dict[str, Any]] = []
        self._edges = np.zeros((0, 4))
        self._rects: list[QRectF] = []
        self._groups: dict[tuple[str, bool], np.ndarray] = {}
        self.colors: dict[str, QColor] = {}
        self.selected: str | None = None
        # The box being dragged is drawn by the drag preview instead, so it is left out here.
        self.hidden: str | None = None

    @property
    def boxes(self) -> list[dict[str, Any]]:
        """The boxes shown, in drawing order."""
        return self._boxes

    @boxes.setter
    def boxes(self, boxes: list[dict[str, Any]]) -> None:
        self._boxes = list(boxes)
        self._edges = np.array(
            [(b["x"], b["y"], b["x"] + b["w"], b["y"] + b["h"]) for b in self._boxes], dtype=float
        ).reshape(-1, 4)
        # Built once per change, not per paint: a paint at fit may touch every box.
        self._rects = [QRectF(b["x"], b["y"], b["w"], b["h"]) for b in self._boxes]
        groups: dict[tuple[str, bool], list[int]] = {}
        for index, box in enumerate(self._boxes):
            groups.setdefault((box["label"], box.get("source") == "model"), []).append(index)
        self._groups = {key: np.array(indices) for key, indices in groups.items()}

    def set_image_rect(self, rect: QRectF) -> None:
        """The image's extent in scene pixels."""
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._rect

    def _visible(self, exposed: QRectF) -> np.ndarray:
        edges = self._edges
        return np.flatnonzero(
            (edges[:, 2] >= exposed.left())
            & (edges[:, 0] <= exposed.right())
            & (edges[:, 3] >= exposed.top())
            & (edges[:, 1] <= exposed.bottom())
        )

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scale = painter.worldTransform().m11() or 1.0
        exposed = option.exposedRect if not option.exposedRect.isEmpty() else self._rect
        # A stroke sticks out by half its width: widen the cull so edges just outside still draw.
        margin = 2.0 / scale
        visible = self._visible(exposed.adjusted(-margin, -margin, margin, margin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shown = np.zeros(len(self._boxes), dtype=bool)
        shown[visible] = True
        for index, box in enumerate(self._boxes):
            # The selected box is drawn last, on top, with its handles; the hidden one not at all.
            if box["id"] in (self.selected, self.hidden):
                shown[index] = False
        groups = {}
        for key, indices in self._groups.items():
            picked = indices[shown[indices]]
            if len(picked):
                groups[key] = [self._rects[i] for i in picked]
        for (label, dashed), rects in groups.items():
            # Cosmetic pens are stroked in device pixels: far cheaper than a scaled 2 px stroke.
            pen = QPen(self.colors.get(label, DEFAULT_COLOR), 2.0)
            pen.setCosmetic(True)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRects(rects)
        self._paint_labels(painter, visible[shown[visible]], scale)
        if self.selected != self.hidden:
            self._paint_selected(painter, scale)

    def _paint_labels(self, painter: QPainter, visible: np.ndarray, scale: float) -> None:
        edges = self._edges[visible]
        big = visible[
            ((edges[:, 2] - edges[:, 0]) * scale >= LABEL_MIN_SCREEN_PX)
            & ((edges[:, 3] - edges[:, 1]) * scale >= LABEL_MIN_SCREEN_PX)
        ]
        if len(big) == 0 or len(big) > LABEL_LIMIT:
            return
        font = painter.font()
        font.setPixelSize(max(1, round(12 / scale)))
        painter.setFont(font)
        offset = QPointF(3 / scale, 13 / scale)
        for index in big:
            box = self._boxes[index]
            painter.setPen(self.colors.get(box["label"], DEFAULT_COLOR))
            painter.drawText(QPointF(self._edges[index][0], self._edges[index][1]) + offset, box["label"])

    def _paint_selected(self, painter: QPainter, scale: float) -> None:
        box = next((b for b in self._boxes if b["id"] == self.selected), None)
        if box is None:
            return
        rect = QRectF(box["x"], box["y"], box["w"], box["h"])
        pen = QPen(SELECTED_COLOR, 2.0 / scale)
        if box.get("source") == "model":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(rect)
        painter.drawText(rect.topLeft() + QPointF(3 / scale, 13 / scale), box["label"])
        painter.setBrush(SELECTED_COLOR)
        side = 7 / scale
        xs = {"l": rect.left(), "c": rect.center().x(), "r": rect.right()}
        ys = {"t": rect.top(), "c": rect.center().y(), "b": rect.bottom()}
        painter.drawRects([QRectF(xs[h[0]] - side / 2, ys[h[1]] - side / 2, side, side) for h in HANDLES])

"""One graphics item that paints every box: culled to the exposed area, batched by colour, labels at screen size."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

SELECTED_COLOR = QColor("#00e5ff")
DEFAULT_COLOR = QColor("#ffcc00")
# Resize handles: horizontal (l, c, r) and vertical (t, c, b) position on the box.
HANDLES = ("lt", "ct", "rt", "rc", "rb", "cb", "lb", "lc")
# Labels are skipped on boxes smaller than this on screen, and when more than LABEL_LIMIT boxes are
# in view: unreadable either way, and text is the main paint cost.
LABEL_MIN_SCREEN_PX = 18
LABEL_LIMIT = 400
# Labels are drawn in screen pixels, the same size at any zoom: at 800 % a zoom-scaled label would
# cover the neighbouring boxes, at fit it would be too small to read.
LABEL_FONT_PX = 12
LABEL_PAD = QPointF(4.0, 2.0)
LABEL_MAX_PX = 220.0  # longer names are elided, so a label never runs far past its box
# Short tags for the usual attributes; any other attribute shows its first five letters.
ATTRIBUTE_TAGS = {"occluded": "occl", "truncated": "trunc", "difficult": "diff"}


def label_text(box: dict[str, Any]) -> str:
    """What a box's label says: its class, then a short tag per attribute ('person · occl · trunc')."""
    tags = [ATTRIBUTE_TAGS.get(name, name[:5]) for name in box.get("attributes", [])]
    return " · ".join(part for part in (box["label"], *tags) if part)


def text_color_on(color: QColor) -> QColor:
    """Black on light backdrops, white on dark ones (perceived luminance), so text reads on any class colour."""
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")


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
        self._index: dict[str, int] = {}
        self._edges = np.zeros((0, 4))
        self._rects: list[QRectF] = []
        self._groups: dict[tuple[str, bool], np.ndarray] = {}
        self._font = QFont()
        self._font.setPixelSize(LABEL_FONT_PX)
        self._font.setWeight(QFont.Weight.DemiBold)
        self._metrics = QFontMetricsF(self._font)
        self._label_sizes: dict[str, tuple[str, float]] = {}  # text -> (elided text, width): names repeat
        # Each label drawn once into a small pixmap, then blitted: hundreds of labels cost what as many
        # small copies do, instead of laying out and rasterising text on every repaint.
        self._chips: dict[tuple[str, int, float], QPixmap] = {}
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
        self._index = {box["id"]: index for index, box in enumerate(self._boxes)}
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

    # -- labels ----------------------------------------------------------------------------------

    def shown_label(self, box_id: str) -> str | None:
        """The text drawn on a box's label (None: no such box)."""
        index = self._index.get(box_id)
        return None if index is None else self._label_size(index)[0]

    def label_rect(self, box_id: str, transform: QTransform) -> QRectF | None:
        """Where a box's label backdrop is drawn, in device pixels of a view with this scene-to-view
        `transform` (None: the box is too small on screen for a label)."""
        index = self._index.get(box_id)
        if index is None:
            return None
        left, top, right, bottom = self._edges[index]
        scale = transform.m11() or 1.0
        if min(right - left, bottom - top) * scale < LABEL_MIN_SCREEN_PX:
            return None
        image = transform.mapRect(self._rect)
        return self._label_geometry(transform.map(QPointF(left, top)), self._label_size(index)[1], image)

    def _label_size(self, index: int) -> tuple[str, float]:
        text = label_text(self._boxes[index])
        sized = self._label_sizes.get(text)
        if sized is None:
            shown = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_MAX_PX)
            sized = self._label_sizes[text] = (shown, self._metrics.horizontalAdvance(shown))
        return sized

    def _backdrop_size(self, text_width: float) -> tuple[int, int]:
        return math.ceil(text_width + 2 * LABEL_PAD.x()), math.ceil(self._metrics.height() + 2 * LABEL_PAD.y())

    def _label_geometry(self, corner: QPointF, text_width: float, image: QRectF) -> QRectF:
        # Above the box, so it hides nothing inside; inside the top edge when the image ends above it.
        # It stays on the image (the layer's extent), shifted left at the right edge. Whole pixels, so
        # the backdrop has hard edges and the text sits on the pixel grid at every zoom.
        width, height = self._backdrop_size(text_width)
        x, y = round(corner.x()), round(corner.y())
        top = y - height if y - height >= image.top() else y
        left = max(min(x, math.floor(image.right()) - width), math.ceil(image.left()))
        return QRectF(left, top, width, height)

    def _label_candidates(self, exposed: QRectF, scale: float) -> np.ndarray:
        """Boxes big enough on screen whose label (tied to the top-left corner) may reach the exposed area."""
        edges = self._edges
        reach_x = (LABEL_MAX_PX + 2 * LABEL_PAD.x()) / scale
        reach_y = (self._metrics.height() + 2 * LABEL_PAD.y()) / scale
        return np.flatnonzero(
            (edges[:, 0] >= exposed.left() - reach_x)
            # A label starts at its box's left edge, unless the image's right edge pushes it left.
            & ((edges[:, 0] <= exposed.right()) | (edges[:, 0] >= self._rect.right() - reach_x))
            & (edges[:, 1] >= exposed.top() - reach_y)
            & (edges[:, 1] <= exposed.bottom() + reach_y)
            & ((edges[:, 2] - edges[:, 0]) * scale >= LABEL_MIN_SCREEN_PX)
            & ((edges[:, 3] - edges[:, 1]) * scale >= LABEL_MIN_SCREEN_PX)
        )

    def _chip(self, text: str, width: float, color: QColor, ratio: float) -> QPixmap:
        key = (text, color.rgba(), ratio)
        chip = self._chips.get(key)
        if chip is None:
            chip_width, chip_height = self._backdrop_size(width)
            chip = QPixmap(round(chip_width * ratio), round(chip_height * ratio))
            chip.setDevicePixelRatio(ratio)
            chip.fill(color)
            painter = QPainter(chip)
            painter.setFont(self._font)
            painter.setPen(text_color_on(color))
            painter.drawText(QPointF(LABEL_PAD.x(), LABEL_PAD.y() + round(self._metrics.ascent())), text)
            painter.end()
            if len(self._chips) > 2000:  # classes x attribute sets x colours stay far below this in use
                self._chips.clear()
            self._chips[key] = chip
        return chip

    def _paint_labels(self, painter: QPainter, indices: Any) -> None:
        # Text and backdrop are drawn in device pixels (identity world transform): constant size,
        # and glyphs hinted to the screen's pixel grid instead of scaled outlines.
        transform = painter.worldTransform()
        image = transform.mapRect(self._rect)
        ratio = painter.device().devicePixelRatioF()
        painter.save()
        painter.resetTransform()
        for index in indices:
            text, width = self._label_size(index)
            if not text:
                continue
            edges = self._edges[index]
            rect = self._label_geometry(transform.map(QPointF(edges[0], edges[1])), width, image)
            color = self.colors.get(self._boxes[index]["label"], DEFAULT_COLOR)
            painter.drawPixmap(rect.topLeft(), self._chip(text, width, color, ratio))
        painter.restore()

    # -- painting --------------------------------------------------------------------------------

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
        # The selected box is drawn last, on top, with its handles; the hidden one not at all.
        left_out = [self._index[i] for i in (self.selected, self.hidden) if i in self._index]
        shown[left_out] = False
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
        labels = self._label_candidates(exposed, scale)
        if len(labels) <= LABEL_LIMIT:
            labelled = np.zeros(len(self._boxes), dtype=bool)
            labelled[labels] = True
            labelled[left_out] = False
            self._paint_labels(painter, np.flatnonzero(labelled))
        if self.selected != self.hidden:
            self._paint_selected(painter, scale)

    def _paint_selected(self, painter: QPainter, scale: float) -> None:
        index = self._index.get(self.selected) if self.selected is not None else None
        if index is None:
            return
        box = self._boxes[index]
        rect = self._rects[index]
        pen = QPen(SELECTED_COLOR, 2.0)
        pen.setCosmetic(True)
        if box.get("source") == "model":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        if self.label_rect(box["id"], painter.worldTransform()) is not None:
            self._paint_labels(painter, [index])
        # Handles last: the label sits on the top edge, and the corner handle must stay in sight.
        painter.setPen(pen)
        painter.setBrush(SELECTED_COLOR)
        side = 7 / scale
        xs = {"l": rect.left(), "c": rect.center().x(), "r": rect.right()}
        ys = {"t": rect.top(), "c": rect.center().y(), "b": rect.bottom()}
        painter.drawRects([QRectF(xs[h[0]] - side / 2, ys[h[1]] - side / 2, side, side) for h in HANDLES])

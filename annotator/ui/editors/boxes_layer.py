"""One graphics item that paints every box: an index culls to the exposed area, numpy batches by colour,
labels wherever their box is big enough on screen to carry them."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from annotator.ui.editors.box_paint import dashed_outline_rects, draw_fragments, fill_rects, outline_rects
from annotator.ui.editors.label_atlas import LABEL_MAX_PX, LabelAtlas, text_color_on
from annotator.ui.i18n import translate

__all__ = ["HANDLES", "SELECTED_COLOR", "BoxesLayer", "label_text", "text_color_on"]

SELECTED_COLOR = QColor("#00e5ff")
DEFAULT_COLOR = QColor("#ffcc00")
# Resize handles: horizontal (l, c, r) and vertical (t, c, b) position on the box.
HANDLES = ("lt", "ct", "rt", "rc", "rb", "cb", "lb", "lc")
# Level of detail by size on screen, never by how many boxes there are: a box gets its label when it
# is at least this tall on screen and at least as wide as the label, so the label reads as its box's.
LABEL_MIN_SCREEN_PX = 18
# A repainted region of more rects than this is culled by its bounding rect, as Qt hands it to items.
MAX_EXPOSED_RECTS = 16
# Short tags for the usual attributes; any other attribute shows its first five letters.
ATTRIBUTE_TAGS = {
    "occluded": QT_TRANSLATE_NOOP("BoxesLayer", "occl"),
    "truncated": QT_TRANSLATE_NOOP("BoxesLayer", "trunc"),
    "difficult": QT_TRANSLATE_NOOP("BoxesLayer", "diff"),
}


def _tag(name: str) -> str:
    # The tags are the app's words, in the UI language; another attribute is the package's own name.
    return translate("BoxesLayer", ATTRIBUTE_TAGS[name]) if name in ATTRIBUTE_TAGS else name[:5]


def label_text(box: dict[str, Any]) -> str:
    """What a box's label says: its class, then a short tag per attribute ('person · occl · trunc')."""
    tags = [_tag(name) for name in box.get("attributes", [])]
    return " · ".join(part for part in (box["label"], *tags) if part)


class BoxesLayer(QGraphicsItem):
    """Thousands of QGraphicsRectItems are what make other tools crawl; this paints only what is exposed,
    every time from the boxes themselves (no cached picture can go stale)."""

    def __init__(self) -> None:
        super().__init__()
        # Without this flag the exposed rect is the whole item and culling does nothing.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._rect = QRectF()
        self._boxes: list[dict[str, Any]] = []
        self._index: dict[str, int] = {}
        self._edges = np.zeros((0, 4))
        self._group = np.zeros(0, dtype=np.int32)  # per box: its (class, dashed) group, drawn in one call
        self._groups: list[tuple[str, bool]] = []
        self._texts: list[str] = []  # per box: its label's full text
        self._label_widths = np.zeros(0)  # per box: its label's backdrop width on screen (0: no label)
        self._pair = np.zeros(0, dtype=np.int64)
        self._pairs: list[tuple[str, str]] = []
        # The index: boxes sorted by top edge; a view's boxes are a slice of it found by binary search.
        self._by_top = np.zeros(0, dtype=np.int64)
        self._tops = np.zeros(0)
        self._tallest = 0.0
        self._atlas = LabelAtlas()
        self._chips: tuple[Any, np.ndarray] | None = None  # (what they were made for, chip per box)
        self._colors: dict[str, QColor] = {}
        self._labelled: list[np.ndarray] = []  # box numbers whose labels the last paint drew
        self.selected: str | None = None
        # The box being dragged is drawn by the drag preview instead, so it is left out here.
        self.hidden: str | None = None
        # What the last change of `boxes` touched, in scene pixels: None for everything.
        self._changed: QRectF | None = None

    @property
    def colors(self) -> dict[str, QColor]:
        """Class name -> outline and label colour (DEFAULT_COLOR for any other class)."""
        return self._colors

    @colors.setter
    def colors(self, colors: dict[str, QColor]) -> None:
        self._colors = colors
        self._chips = None

    @property
    def boxes(self) -> list[dict[str, Any]]:
        """The boxes shown, in drawing order."""
        return self._boxes

    @boxes.setter
    def boxes(self, boxes: list[dict[str, Any]]) -> None:
        boxes = list(boxes)
        if self._moved_one(boxes):
            return
        self._changed = None
        self._boxes = boxes
        self._index = {box["id"]: index for index, box in enumerate(self._boxes)}
        xywh = np.array([(b["x"], b["y"], b["w"], b["h"]) for b in self._boxes], dtype=float).reshape(-1, 4)
        self._edges = np.column_stack([xywh[:, 0], xywh[:, 1], xywh[:, 0] + xywh[:, 2], xywh[:, 1] + xywh[:, 3]])
        groups: dict[tuple[str, bool], int] = {}
        self._group = np.array(
            [groups.setdefault((b["label"], b.get("source") == "model"), len(groups)) for b in self._boxes],
            dtype=np.int32,
        )
        self._groups = list(groups)
        self._texts = [label_text(box) for box in self._boxes]
        # Labels repeat: each distinct (text, class) once, and per box the number of its pair.
        pairs: dict[tuple[str, str], int] = {}
        self._pair = np.array(
            [
                pairs.setdefault((text, b["label"]), len(pairs))
                for text, b in zip(self._texts, self._boxes, strict=True)
            ],
            dtype=np.int64,
        )
        self._pairs = list(pairs)
        pair_widths = np.array([self._atlas.shown(text)[1] for text, _label in self._pairs] or [0], dtype=float)
        self._label_widths = pair_widths[self._pair] if len(self._pair) else np.zeros(0)
        self._by_top = np.argsort(self._edges[:, 1], kind="stable")
        self._tops = self._edges[self._by_top, 1]
        self._tallest = float((self._edges[:, 3] - self._edges[:, 1]).max()) if len(self._boxes) else 0.0
        self._chips = None

    def _moved_one(self, boxes: list[dict[str, Any]]) -> bool:
        """Take `boxes` by patching one row, if they are the shown ones with one box moved or resized.

        Box values are immutable (annotator.core.boxes), so an unchanged box is the very same object: a
        nudge among 5,000 boxes re-indexes in ~0.5 ms instead of rebuilding every array (~30 ms).
        """
        old = self._boxes
        if len(boxes) != len(old) or not old:
            return False
        changed = [index for index, (was, now) in enumerate(zip(old, boxes, strict=True)) if was is not now]
        if len(changed) > 1:
            return False
        self._changed = QRectF()
        if changed:
            index = changed[0]
            was, now = old[index], boxes[index]
            # Only the place changed: the colour group, the label text and its chip stay as they are.
            if any(was.get(key) != now.get(key) for key in ("id", "label", "source", "attributes")):
                return False
            before = self._box_area(index)
            self._edges[index] = (now["x"], now["y"], now["x"] + now["w"], now["y"] + now["h"])
            self._changed = before.united(self._box_area(index))
            self._by_top = np.argsort(self._edges[:, 1], kind="stable")
            self._tops = self._edges[self._by_top, 1]
            self._tallest = float((self._edges[:, 3] - self._edges[:, 1]).max())
        self._boxes = boxes
        return True

    def _box_area(self, index: int) -> QRectF:
        """Where a box, its handles and its label may be drawn, in scene pixels at the views' scales."""
        scales = [view.transform().m11() for view in (self.scene().views() if self.scene() else [])]
        per_pixel = 1 / min(scales) if scales and min(scales) > 0 else 1.0
        left, top, right, bottom = self._edges[index]
        # Handles stick out by half their side and the stroke; the label sits above and may run right
        # (or left, pushed back at the image's right edge).
        reach, handles = (LABEL_MAX_PX + 8) * per_pixel, 8 * per_pixel
        above = (self._atlas.height + 2) * per_pixel + handles
        return QRectF(left - reach, top - above, right - left + 2 * reach, bottom - top + above + handles)

    def update_changed(self) -> None:
        """Repaint what the last change of `boxes` touched: the moved box's old and new place, or all."""
        if self._changed is None:
            self.update()
        elif not self._changed.isEmpty():
            self.update(self._changed)

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
        return None if index is None else self._atlas.shown(self._texts[index])[0]

    def labelled_ids(self) -> list[str]:
        """The boxes whose labels the last paint drew, in drawing order."""
        return [self._boxes[index]["id"] for part in self._labelled for index in part]

    def label_rect(self, box_id: str, transform: QTransform) -> QRectF | None:
        """Where a box's label backdrop is drawn, in device pixels of a view with this scene-to-view
        `transform` (None: the box is too small on screen for a label)."""
        index = self._index.get(box_id)
        if index is None:
            return None
        shown, width = self._atlas.shown(self._texts[index])
        left, top, right, bottom = self._edges[index]
        if (
            not shown
            or not self._readable(
                np.array([(right - left) * transform.m11()]),
                np.array([(bottom - top) * transform.m22()]),
                np.array([width]),
            )[0]
        ):
            return None
        corner = transform.map(QPointF(left, top))
        x, y = self._label_corners(np.array([corner.x()]), np.array([corner.y()]), np.array([width]), transform)
        return QRectF(float(x[0]), float(y[0]), width, self._atlas.height)

    @staticmethod
    def _readable(screen_w: np.ndarray, screen_h: np.ndarray, label_w: np.ndarray) -> np.ndarray:
        return (screen_h >= LABEL_MIN_SCREEN_PX) & (screen_w >= np.maximum(label_w, LABEL_MIN_SCREEN_PX))

    def _label_corners(
        self, x: np.ndarray, y: np.ndarray, width: np.ndarray, transform: QTransform
    ) -> tuple[np.ndarray, np.ndarray]:
        # Above the box, so it hides nothing inside; inside the top edge when the image ends above it.
        # It stays on the image (the layer's extent), shifted left at the right edge. Whole pixels, so
        # the backdrop has hard edges and the text sits on the pixel grid at every zoom.
        image = transform.mapRect(self._rect)
        height = self._atlas.height
        x, y = np.round(x), np.round(y)
        top = np.where(y - height >= image.top(), y - height, y)
        left = np.maximum(np.minimum(x, math.floor(image.right()) - width), math.ceil(image.left()))
        return left, top

    def _chip_numbers(self) -> np.ndarray:
        made_for = (self._atlas.epoch, id(self._pair))
        if self._chips is None or self._chips[0] != made_for:
            atlas, colors = self._atlas, self._colors
            per_pair = [atlas.chip(text, colors.get(label, DEFAULT_COLOR)) for text, label in self._pairs]
            numbers = np.array(per_pair or [0], dtype=np.int64)[self._pair]
            self._chips = ((atlas.epoch, id(self._pair)), numbers)
        return self._chips[1]

    def _paint_labels(self, painter: QPainter, indices: np.ndarray) -> None:
        # Text and backdrop are drawn in device pixels (identity world transform): constant size,
        # and glyphs hinted to the screen's pixel grid instead of scaled outlines.
        if not len(indices):
            return
        transform = painter.worldTransform()
        chips = self._chip_numbers()[indices]
        ratio = painter.device().devicePixelRatioF() or 1.0
        pixmap = self._atlas.pixmap(ratio)
        sources = self._atlas.sources(chips, ratio)
        widths = sources[:, 2] / ratio
        edges = self._edges[indices]
        x = edges[:, 0] * transform.m11() + transform.dx()
        y = edges[:, 1] * transform.m22() + transform.dy()
        left, top = self._label_corners(x, y, widths, transform)
        fragments = np.zeros((len(indices), 10))
        fragments[:, 0] = left + widths / 2
        fragments[:, 1] = top + self._atlas.height / 2
        fragments[:, 2:6] = sources
        fragments[:, 6:8] = 1 / ratio
        fragments[:, 9] = 1.0
        painter.save()
        painter.resetTransform()
        draw_fragments(painter, fragments, pixmap)
        painter.restore()

    def _label_candidates(self, exposed: QRectF, indices: np.ndarray, sx: float, sy: float) -> np.ndarray:
        """Of these boxes, those big enough on screen whose label (at the top-left corner) may reach `exposed`."""
        edges = self._edges[indices]
        widths = self._label_widths[indices]
        reach_x = (LABEL_MAX_PX + 8) / sx
        reach_y = self._atlas.height / sy
        keep = (
            self._readable((edges[:, 2] - edges[:, 0]) * sx, (edges[:, 3] - edges[:, 1]) * sy, widths)
            & (widths > 0)
            & (edges[:, 0] >= exposed.left() - reach_x)
            # A label starts at its box's left edge, unless the image's right edge pushes it left.
            & ((edges[:, 0] <= exposed.right()) | (edges[:, 0] >= self._rect.right() - reach_x))
            & (edges[:, 1] >= exposed.top() - reach_y)
            & (edges[:, 1] <= exposed.bottom() + reach_y)
        )
        return indices[keep]

    # -- painting --------------------------------------------------------------------------------

    def _near(self, area: QRectF) -> np.ndarray:
        """Indices (in drawing order) of the boxes that overlap `area`, found through the index."""
        low = np.searchsorted(self._tops, area.top() - self._tallest, side="left")
        high = np.searchsorted(self._tops, area.bottom(), side="right")
        candidates = self._by_top[low:high]
        edges = self._edges[candidates]
        keep = (
            (edges[:, 3] >= area.top())
            & (edges[:, 2] >= area.left())
            & (edges[:, 0] <= area.right())
            & (edges[:, 1] <= area.bottom())
        )
        return np.sort(candidates[keep])

    def _exposed_areas(self, option: QStyleOptionGraphicsItem, widget: QWidget | None) -> list[QRectF]:
        """The parts of the layer this paint shows, in scene pixels.

        Qt hands an item only the bounding rect of what is repainted; the canvas also keeps the region
        itself. The crosshair's row and column plus a moved box make a region whose bounding rect is
        the whole view, yet it covers a few per cent of it: culling by its rects keeps that paint small.
        """
        exposed = option.exposedRect if not option.exposedRect.isEmpty() else self._rect
        canvas = widget.parentWidget() if widget is not None else None
        region = getattr(canvas, "painting_region", None)
        if region is None or region.rectCount() > MAX_EXPOSED_RECTS:
            return [exposed]
        to_scene, _ok = canvas.viewportTransform().inverted()
        areas = [to_scene.mapRect(QRectF(rect)).intersected(exposed) for rect in region]
        return [area for area in areas if not area.isEmpty()] or [exposed]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        sx, sy = transform.m11() or 1.0, transform.m22() or 1.0
        areas = self._exposed_areas(option, widget)
        margin = 2.0 / sx  # a stroke sticks out by its width: edges just outside still draw
        outlined, labelled = [], []
        for exposed in areas:
            # A label sits above its box and reaches right: boxes just outside may still show one.
            reach = QRectF(exposed).adjusted(-(LABEL_MAX_PX + 8) / sx, -2 / sy, 2 / sx, (self._atlas.height + 2) / sy)
            near = self._near(reach)
            edges = self._edges[near]
            in_view = (
                (edges[:, 2] >= exposed.left() - margin)
                & (edges[:, 0] <= exposed.right() + margin)
                & (edges[:, 3] >= exposed.top() - margin)
                & (edges[:, 1] <= exposed.bottom() + margin)
            )
            outlined.append(near[in_view])
            labelled.append(self._label_candidates(exposed, near, sx, sy))
        outlines, labels = (np.unique(np.concatenate(parts)) for parts in (outlined, labelled))
        # The selected box is drawn last, on top, with its handles; the hidden one not at all.
        left_out = [self._index[i] for i in (self.selected, self.hidden) if i in self._index]
        if left_out:
            outlines, labels = outlines[~np.isin(outlines, left_out)], labels[~np.isin(labels, left_out)]
        if transform.type().value <= QTransform.TransformationType.TxScale.value:
            self._paint_outlines(painter, outlines, transform)
        else:  # rotated or sheared views are not ours; stay correct, if slower
            self._paint_outlines_with_pens(painter, outlines)
        self._paint_labels(painter, labels)
        self._labelled = [labels]
        if self.selected != self.hidden:
            self._paint_selected(painter, sx)

    def _paint_outlines(self, painter: QPainter, indices: np.ndarray, transform: QTransform) -> None:
        # Whole device pixels computed here for every box at once, then one solid fill per colour.
        edges = self._edges[indices]
        sx, sy, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        # Far outside the view the coordinates are clamped, so they stay inside int32.
        device = np.clip(
            np.round(
                np.column_stack(
                    [edges[:, 0] * sx + dx, edges[:, 1] * sy + dy, edges[:, 2] * sx + dx, edges[:, 3] * sy + dy]
                )
            ),
            -(2**20),
            2**20,
        )
        groups = self._group[indices]
        painter.save()
        painter.resetTransform()
        for group in np.unique(groups):
            label, dashed = self._groups[group]
            mine = device[groups == group]
            make = dashed_outline_rects if dashed else outline_rects
            fill_rects(
                painter, make(mine[:, 0], mine[:, 1], mine[:, 2], mine[:, 3]), self._colors.get(label, DEFAULT_COLOR)
            )
        painter.restore()

    def _paint_outlines_with_pens(self, painter: QPainter, indices: np.ndarray) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index in indices:
            label, dashed = self._groups[self._group[index]]
            painter.setPen(self._pen(self._colors.get(label, DEFAULT_COLOR), dashed))
            left, top, right, bottom = self._edges[index]
            painter.drawRect(QRectF(left, top, right - left, bottom - top))

    @staticmethod
    def _pen(color: QColor, dashed: bool) -> QPen:
        pen = QPen(color, 2.0)
        pen.setCosmetic(True)  # stroked in device pixels: 2 screen pixels at any zoom
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _paint_selected(self, painter: QPainter, scale: float) -> None:
        index = self._index.get(self.selected) if self.selected is not None else None
        if index is None:
            return
        box = self._boxes[index]
        left, top, right, bottom = self._edges[index]
        rect = QRectF(left, top, right - left, bottom - top)
        pen = self._pen(SELECTED_COLOR, box.get("source") == "model")
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        if self.label_rect(box["id"], painter.worldTransform()) is not None:
            self._paint_labels(painter, np.array([index]))
            self._labelled.append(np.array([index]))
        # Handles last: the label sits on the top edge, and the corner handle must stay in sight.
        painter.setPen(pen)
        painter.setBrush(SELECTED_COLOR)
        side = 7 / scale
        xs = {"l": rect.left(), "c": rect.center().x(), "r": rect.right()}
        ys = {"t": rect.top(), "c": rect.center().y(), "b": rect.bottom()}
        painter.drawRects([QRectF(xs[h[0]] - side / 2, ys[h[1]] - side / 2, side, side) for h in HANDLES])

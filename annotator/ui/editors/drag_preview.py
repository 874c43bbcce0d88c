"""A light item that draws the box being drawn, moved or resized, so the cached boxes layer is not repainted per mouse move."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from annotator.ui.editors.boxes_layer import SELECTED_COLOR


class DragPreview(QGraphicsItem):
    """One rectangle above the boxes layer; moving it repaints only the area it covers and leaves."""

    default_color = SELECTED_COLOR

    def __init__(self) -> None:
        super().__init__()
        self._rect: QRectF | None = None
        self._color = SELECTED_COLOR
        self._dashed = True
        self.setZValue(10)

    def show_rect(self, rect: QRectF, *, color: QColor = SELECTED_COLOR, dashed: bool = True) -> None:
        """Draw `rect` (image pixels) until `clear` is called."""
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self._color, self._dashed = color, dashed
        self.update()

    def clear(self) -> None:
        """Draw nothing."""
        if self._rect is not None:
            self.prepareGeometryChange()
            self._rect = None

    @property
    def rect(self) -> QRectF | None:
        """The rectangle shown, if any."""
        return self._rect

    def boundingRect(self) -> QRectF:
        if self._rect is None:
            return QRectF()
        # The stroke is cosmetic (screen pixels): widen by a few screen pixels at the view's zoom.
        views = self.scene().views() if self.scene() is not None else []
        scale = views[0].transform().m11() if views else 1.0
        margin = 4.0 / (scale or 1.0)
        return self._rect.adjusted(-margin, -margin, margin, margin)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._rect is None:
            return
        pen = QPen(self._color, 2.0)
        pen.setCosmetic(True)
        if self._dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect)


def preview_rect(box: dict[str, Any]) -> QRectF:
    """A box dict's rectangle."""
    return QRectF(box["x"], box["y"], box["w"], box["h"])

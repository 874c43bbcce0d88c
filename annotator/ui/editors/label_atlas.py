"""Every distinct label chip (text on a backdrop of its class colour) drawn once into one shared pixmap."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap

# Labels are drawn in screen pixels, the same size at any zoom: at 800 % a zoom-scaled label would
# cover the neighbouring boxes, at fit it would be too small to read.
LABEL_FONT_PX = 12
LABEL_PAD = QPointF(4.0, 2.0)
LABEL_MAX_PX = 220.0  # longer names are elided, so a label never runs far past its box
ATLAS_COLUMNS = 4
ATLAS_LIMIT = 2000  # classes x attribute sets x colours stay far below this in use


def text_color_on(color: QColor) -> QColor:
    """Black on light backdrops, white on dark ones (perceived luminance), so text reads on any class colour."""
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")


class LabelAtlas:
    """Chips by (text, colour), packed in a grid in one pixmap, so thousands of labels are one draw call."""

    def __init__(self) -> None:
        self.font = QFont()
        self.font.setPixelSize(LABEL_FONT_PX)
        self.font.setWeight(QFont.Weight.DemiBold)
        self.metrics = QFontMetricsF(self.font)
        self.height = math.ceil(self.metrics.height() + 2 * LABEL_PAD.y())
        self._cell_width = math.ceil(LABEL_MAX_PX + 2 * LABEL_PAD.x())
        self._sizes: dict[str, tuple[str, int]] = {}  # text -> (elided text, backdrop width): names repeat
        self._keys: dict[tuple[str, int], int] = {}  # (text, rgba) -> chip number
        self._widths: list[int] = []  # by chip number
        self.epoch = 0  # bumped when chip numbers handed out before become invalid
        self._ratio = 1.0
        self._pixmap: QPixmap | None = None

    def shown(self, text: str) -> tuple[str, int]:
        """What a label says once elided, and its backdrop's width in screen pixels."""
        sized = self._sizes.get(text)
        if sized is None:
            shown = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_MAX_PX)
            width = math.ceil(self.metrics.horizontalAdvance(shown) + 2 * LABEL_PAD.x()) if shown else 0
            sized = self._sizes[text] = (shown, width)
        return sized

    def chip(self, text: str, color: QColor) -> int:
        """The number of the chip for `text` on `color` (added, and the pixmap redrawn later, if new)."""
        key = (text, color.rgba())
        number = self._keys.get(key)
        if number is None:
            if len(self._keys) >= ATLAS_LIMIT:
                self._keys.clear()
                self._widths.clear()
                self.epoch += 1
            number = self._keys[key] = len(self._keys)
            self._widths.append(self.shown(text)[1])
            self._pixmap = None
        return number

    def pixmap(self, ratio: float) -> QPixmap:
        """The atlas at a device pixel ratio, drawn now if a chip was added since."""
        if self._pixmap is None or ratio != self._ratio:
            self._ratio = ratio
            self._pixmap = self._draw(ratio)
        return self._pixmap

    def sources(self, numbers: np.ndarray, ratio: float) -> np.ndarray:
        """Source rectangles (left, top, width, height, in atlas device pixels) of these chips."""
        widths = np.array(self._widths or [0], dtype=np.float64)
        cell_w, cell_h = self._cell_width * ratio, self.height * ratio
        out = np.empty((len(numbers), 4))
        out[:, 0] = (numbers % ATLAS_COLUMNS) * cell_w
        out[:, 1] = (numbers // ATLAS_COLUMNS) * cell_h
        out[:, 2] = np.round(widths[numbers] * ratio)
        out[:, 3] = round(self.height * ratio)
        return out

    def _draw(self, ratio: float) -> QPixmap:
        rows = max(1, math.ceil(len(self._keys) / ATLAS_COLUMNS))
        pixmap = QPixmap(round(self._cell_width * ATLAS_COLUMNS * ratio), round(self.height * rows * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setFont(self.font)
        baseline = LABEL_PAD.y() + round(self.metrics.ascent())
        for (text, rgba), number in self._keys.items():
            shown, width = self.shown(text)
            left = (number % ATLAS_COLUMNS) * self._cell_width
            top = (number // ATLAS_COLUMNS) * self.height
            color = QColor.fromRgba(rgba)
            painter.fillRect(left, top, width, self.height, color)
            painter.setPen(text_color_on(color))
            painter.drawText(QPointF(left + LABEL_PAD.x(), top + baseline), shown)
        painter.end()
        return pixmap

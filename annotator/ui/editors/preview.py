"""A read-only view of any item, shown for kinds whose editor this version does not have yet."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from annotator.core.errors import AnnotatorError
from annotator.core.media.probe import probe_audio
from annotator.core.model import Item
from annotator.core.session import PackageSession
from annotator.ui.workers import run_in_background

EDITOR_PENDING = {
    "image": "the bounding-box editor",
    "audio": "the transcription editor",
    "text": "the sentiment editor",
}
# The first view needs about a screen's worth of pixels: at least this many on the long side...
PREVIEW_MIN_SIDE = 1600
# ...and never more than this (Qt draws nothing wider than 32,767 px, and memory is finite).
PREVIEW_MAX_SIDE = 4096
# JPEG decodes fastest at 1/2, 1/4 and 1/8 size (DCT scaling), so the reduction is one of these.
DCT_FACTORS = (8, 4, 2)


def preview_size(width: int, height: int) -> tuple[int, int]:
    """The size to decode a width x height image at for its first view."""
    longest = max(width, height)
    factor = next((f for f in DCT_FACTORS if longest / f >= PREVIEW_MIN_SIDE), 1)
    scale = 1 / factor
    if longest * scale > PREVIEW_MAX_SIDE:
        scale = PREVIEW_MAX_SIDE / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def decode_preview(data: bytes, name: str) -> tuple[QImage, float]:
    """Decode an image scaled down at decode time (JPEG DCT scaling), in a worker thread.

    Returns the image and its scale relative to the full-size (EXIF-rotated) image.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    scale = 1.0
    if size.isValid():
        width, height = preview_size(size.width(), size.height())
        if (width, height) != (size.width(), size.height()):
            reader.setScaledSize(QSize(width, height))
            scale = width / size.width()
    image = reader.read()
    if image.isNull():
        raise AnnotatorError(f"{name}: not a readable image ({reader.errorString()})")
    return image, scale


def draw_prelabel_boxes(image: QImage, boxes: list[dict[str, Any]], scale: float) -> QImage:
    """A copy of the image with suggested boxes drawn dashed, each with its label."""
    canvas = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(canvas)
    pen = QPen(QColor("#ffcc00"), max(2.0, canvas.width() / 400), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    font = painter.font()
    font.setPixelSize(max(12, canvas.width() // 45))
    painter.setFont(font)
    for box in boxes:
        rect = QRectF(box["x"] * scale, box["y"] * scale, box["w"] * scale, box["h"] * scale)
        painter.drawRect(rect)
        painter.drawText(rect.topLeft() + QPointF(4, font.pixelSize() + 2), str(box.get("label", "")))
    painter.end()
    return canvas


class PreviewEditor(QWidget):
    """Shows the item (picture, audio facts or text) and its prelabel; edits nothing."""

    item_shown = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("preview_editor")
        self._notice = QLabel()
        self._notice.setObjectName("preview_notice")
        self._notice.setWordWrap(True)
        self._notice.setStyleSheet("background:#fff3cd;color:#5c4400;padding:8px;border-radius:4px;")
        self._body = QLabel()
        self._body.setObjectName("preview_body")
        self._body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body.setWordWrap(True)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # Texts read large; images and audio facts use the normal size.
        self._text_font = self._body.font()
        self._text_font.setPointSizeF(max(self._text_font.pointSizeF(), 10) * 1.6)
        self._details = QLabel()
        self._details.setObjectName("preview_details")
        self._details.setWordWrap(True)
        self._details.setTextFormat(Qt.TextFormat.PlainText)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self._notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._details)
        self._pixmap: QPixmap | None = None
        self._item_id: str | None = None
        self._item: Item | None = None

    def show_item(self, session: PackageSession, item: Item) -> None:
        """Show an item; media is read and decoded in a worker."""
        self._item_id = item.id
        self._item = item
        self._pixmap = None
        self._notice.setText(
            f"Read-only view: {EDITOR_PENDING[item.kind]} is not part of this version yet. "
            "You can read the item, mark it done, skip or flag it."
        )
        self._details.setText(self._prelabel_text(item))
        if item.kind == "text" and item.text is not None:
            self._show_text(item.text)
            return
        self._body.setFont(self.font())
        self._body.setText("Loading…")
        package = session.package
        if item.kind == "image":
            name = package.source.display(item.media or "")
            run_in_background(
                lambda: (item.id, decode_preview(package.media_bytes(item), name)),
                self._on_image_decoded,
                self._on_failed,
            )
        elif item.kind == "audio":
            name = package.source.display(item.media or "")
            run_in_background(
                lambda: (item.id, probe_audio(package.media_bytes(item), name)), self._on_audio_probed, self._on_failed
            )
        else:
            run_in_background(lambda: (item.id, package.item_text(item)), self._on_text_read, self._on_failed)

    def _prelabel_text(self, item: Item) -> str:
        prelabel = item.prelabel or {}
        if prelabel.get("boxes"):
            names = ", ".join(f"{box.get('label')} {box.get('score', '')}".strip() for box in prelabel["boxes"])
            return f"Suggested boxes (dashed): {names}"
        if prelabel.get("segments"):
            return "Suggested transcript: " + " / ".join(seg.get("text", "") for seg in prelabel["segments"])
        if prelabel.get("labels"):
            return "Suggested label: " + ", ".join(prelabel["labels"])
        return json.dumps(prelabel, ensure_ascii=False) if prelabel else ""

    def _show_text(self, text: str) -> None:
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setFont(self._text_font)
        self._body.setText(text)
        self.item_shown.emit(self._item_id or "")

    def _on_image_decoded(self, result: tuple[str, tuple[QImage, float]]) -> None:
        item_id, (image, scale) = result
        if item_id != self._item_id:
            return
        boxes = (self._item.prelabel or {}).get("boxes", []) if self._item else []
        if boxes:
            image = draw_prelabel_boxes(image, boxes, scale)
        self._pixmap = QPixmap.fromImage(image)
        self._fit_pixmap()
        self.item_shown.emit(item_id)

    def _on_audio_probed(self, result: tuple[str, Any]) -> None:
        item_id, info = result
        if item_id != self._item_id:
            return
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setText(f"♪ Audio, {info.duration:.1f} s, {info.samplerate} Hz, {info.channels} channel(s)")
        self.item_shown.emit(item_id)

    def _on_text_read(self, result: tuple[str, str]) -> None:
        item_id, text = result
        if item_id == self._item_id:
            self._show_text(text)

    def _on_failed(self, error: Exception) -> None:
        self._pixmap = None
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setText(f"⚠ This item cannot be shown:\n{error}\n\nFlag it (Ctrl+G) or skip it (Ctrl+K).")
        self.item_shown.emit(self._item_id or "")

    def _fit_pixmap(self) -> None:
        if self._pixmap is None:
            return
        area = self._body.size()
        self._body.setPixmap(
            self._pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_pixmap()

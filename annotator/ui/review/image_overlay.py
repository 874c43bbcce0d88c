"""One image with every annotator's boxes on it, each annotator in a colour of their own (a gold item's answer key in its own), and a legend."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QPixmap, QResizeEvent, QTransform
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from annotator.core.boxes import boxes_of
from annotator.core.model import Item
from annotator.core.package import Package
from annotator.core.quality.review_session import Result
from annotator.ui.editors.boxes_layer import BoxesLayer
from annotator.ui.editors.image_loader import ImageLoader, LoadedImage
from annotator.ui.i18n import translate
from annotator.ui.theme import on_theme_change, readable, tone

# The box editor's canvas grey (editors/box_canvas.py) in both themes: an image and its boxes are judged on one grey.
BACKDROP = QColor("#2b2b2b")
# The answer key's place among the annotators (never a pseudonym: those have no spaces); shown as answer_key_name().
ANSWER_KEY = QT_TRANSLATE_NOOP("ImageResultView", "answer key")
# The yellow the annotators' palette leaves out, so the answer's boxes are unlike anyone's; its text is the
# theme's "answer" tone.
ANSWER_COLOR = QColor("#ffe119")


def answer_key_name() -> str:
    """The answer key as the review names it beside the annotators, in the UI's language."""
    return translate("ImageResultView", ANSWER_KEY)


def legend_text(who: str, count: int) -> str:
    """A legend entry: '■ ada · 3 boxes'."""
    if count == 1:
        text = translate("ImageResultView", "■ {who} · {count} box")
    else:
        text = translate("ImageResultView", "■ {who} · {count} boxes")
    return text.format(who=who, count=QLocale().toString(count))


class OverlayView(QGraphicsView):
    """The image fitted to the view, whatever its size; nothing here edits a box."""

    def __init__(self, scene: QGraphicsScene, parent: Any = None):
        super().__init__(scene, parent)
        self.setObjectName("review_image_view")
        self.setBackgroundBrush(BACKDROP)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the queue
        self.setAcceptDrops(False)

    def fit(self) -> None:
        """The whole image in view."""
        if not self.sceneRect().isEmpty():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class ImageResultView(QWidget):
    """Boxes of each annotator in one layer, coloured by annotator; the current annotator's layer is on top."""

    item_shown = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("review_image")
        self._scene = QGraphicsScene(self)
        self._pixmap = QGraphicsPixmapItem()
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._pixmap)
        self.view = OverlayView(self._scene)
        self._loader = ImageLoader(parent=self)
        self._loader.loaded.connect(self._on_loader_loaded)
        self._layers: dict[str, BoxesLayer] = {}
        self._answer: BoxesLayer | None = None  # a gold item's answer key, just under the current result
        self._colors: dict[str, QColor] = {}
        self._item: Item | None = None
        self._shown_id = ""  # the item whose image (or error) is on screen
        self._current = ""
        self.legend = QHBoxLayout()
        self.legend.setContentsMargins(4, 2, 4, 2)
        self._legend_labels: dict[str, QLabel] = {}
        self.message = QLabel()
        self.message.setObjectName("review_image_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.legend)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        on_theme_change(self, self._colour_legend)

    def show_item(
        self,
        package: Package,
        item: Item,
        results: Sequence[Result],
        *,
        current: str,
        colors: dict[str, QColor],
        upcoming: Sequence[Item] = (),
        answer: Any = None,
    ) -> None:
        """Show an image item's results (and a gold item's `answer`); the image decodes in a worker unless it is cached."""
        self._current = current
        if self._item is not None and self._item.id == item.id and set(self._layers) == {r.annotator for r in results}:
            self._show_current()
            if self._shown_id == item.id:  # else it is still decoding: `item_shown` comes when it is on screen
                self.item_shown.emit(item.id)
            return
        self._item = item
        self._colors = dict(colors)
        for layer in [*self._layers.values(), *([self._answer] if self._answer else [])]:
            self._scene.removeItem(layer)
        self._layers = {}
        for z, result in enumerate(results, start=1):
            self._layers[result.annotator] = self._add_layer(result.annotation, colors[result.annotator], z)
        self._answer = None
        if answer is not None:
            self._answer = self._add_layer(answer, ANSWER_COLOR, len(results) + 0.5)
        self._build_legend(results)
        self._show_current()
        self.message.hide()
        self._shown_id = ""
        self._pixmap.setPixmap(QPixmap())
        ready = self._loader.request(package, item)
        if ready is not None:
            self._on_loader_loaded(ready)
        self._loader.prefetch(package, [i for i in upcoming if i.kind == "image"])

    def _add_layer(self, annotation: Any, color: QColor, z: float) -> BoxesLayer:
        layer = BoxesLayer()
        layer.boxes = boxes_of(annotation or {})
        layer.colors = {box["label"]: color for box in layer.boxes}
        layer.setZValue(z)
        self._scene.addItem(layer)
        return layer

    def layers(self) -> dict[str, tuple[QColor, list[dict[str, Any]]]]:
        """What is drawn: each annotator's colour and boxes, and the answer key's (under ANSWER_KEY) on a gold item."""
        drawn = {who: (QColor(self._colors[who]), list(layer.boxes)) for who, layer in self._layers.items()}
        if self._answer is not None:
            drawn[ANSWER_KEY] = (QColor(ANSWER_COLOR), list(self._answer.boxes))
        return drawn

    def top_annotator(self) -> str:
        """The annotator whose boxes are drawn on top (the current result's)."""
        return max(self._layers, key=lambda who: self._layers[who].zValue(), default="")

    def _build_legend(self, results: Sequence[Result]) -> None:
        while self.legend.count():
            widget = self.legend.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._legend_labels = {}
        for result in results:
            count = len(self._layers[result.annotator].boxes)
            label = QLabel(legend_text(result.annotator, count))
            label.setObjectName(f"legend_{result.annotator}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.legend.addWidget(label)
            self._legend_labels[result.annotator] = label
        if self._answer is not None:
            count = len(self._answer.boxes)
            label = QLabel(legend_text(answer_key_name(), count))
            label.setObjectName("legend_answer_key")
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.legend.addWidget(label)
            self._legend_labels[ANSWER_KEY] = label  # never the current one: it is not an annotator
        self.legend.addStretch(1)
        self._colour_legend()

    def _colour_legend(self) -> None:
        # Each annotator's hue, as dark (or light) as the theme in force needs to read it; the boxes keep theirs.
        for who, label in self._legend_labels.items():
            palette = label.palette()
            color = tone("answer") if who == ANSWER_KEY else readable(self._colors[who])
            palette.setColor(QPalette.ColorRole.WindowText, color)
            label.setPalette(palette)

    def _show_current(self) -> None:
        for z, (who, layer) in enumerate(self._layers.items(), start=1):
            layer.setZValue(len(self._layers) + 1 if who == self._current else z)
        for who, label in self._legend_labels.items():
            font = QFont(label.font())
            font.setBold(who == self._current)
            font.setUnderline(who == self._current)
            label.setFont(font)

    def _on_loader_loaded(self, loaded: LoadedImage) -> None:
        if self._item is None or loaded.item_id != self._item.id:
            return  # a prefetch, or an item no longer on screen
        if loaded.image is None or loaded.geometry is None:
            error = loaded.error or self.tr("unknown error")
            self.message.setText(self.tr("⚠ This image cannot be shown: {error}").format(error=error))
            self.message.show()
            self._shown_id = loaded.item_id
            self.item_shown.emit(loaded.item_id)
            return
        image = loaded.image
        width, height = loaded.geometry["display_size"]
        self._pixmap.setPixmap(QPixmap.fromImage(image))
        # The pixmap may be a reduced decode: stretched so scene units are the displayed image's pixels.
        self._pixmap.setTransform(QTransform.fromScale(width / image.width(), height / image.height()))
        rect = QRectF(0, 0, width, height)
        self._scene.setSceneRect(rect)
        for layer in [*self._layers.values(), *([self._answer] if self._answer else [])]:
            layer.set_image_rect(rect)
        self.view.fit()
        self._shown_id = loaded.item_id
        self.item_shown.emit(loaded.item_id)

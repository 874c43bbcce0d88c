"""The bounding-box editor: a QGraphicsView over the workspace's boxes, driven by keys and mouse."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPixmap, QTransform
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from annotator.core import boxes as box_ops
from annotator.core.edits import Edit, SetAnnotation
from annotator.core.model import Item, LabelSchema
from annotator.core.session import PackageSession
from annotator.ui.actions import BBOX_ACTIONS, build_action
from annotator.ui.editors.box_canvas import BoxCanvas
from annotator.ui.editors.boxes_layer import HANDLES, BoxesLayer
from annotator.ui.editors.drag_preview import DragPreview, preview_rect
from annotator.ui.editors.first_view_image import FirstViewImage
from annotator.ui.editors.image_loader import ImageLoader, LoadedImage
from annotator.ui.editors.image_tiles import TileLayer, smooth_at
from annotator.ui.editors.tile_decode import TileSource
from annotator.ui.i18n import translate


class BoxEditor(QWidget):
    """Draw, select, nudge, relabel and delete boxes; every change is one undoable edit."""

    item_shown = Signal(str)

    def __init__(self, context: Any, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("box_editor")
        self._context = context
        self._session: PackageSession | None = None
        self._item: Item | None = None
        self._schema = LabelSchema(mode="single", labels=())
        self._bounds = box_ops.Bounds(0.0, 0.0)
        self._annotation: dict[str, Any] | None = None
        self._current_label = ""
        self._draw_mode = False
        self._press: QPointF | None = None
        self._geometry: dict[str, Any] | None = None
        self._gesture: str | None = None  # "draw", "move", a handle such as "lt", or None

        self._loader = ImageLoader(parent=self)
        self._loader.loaded.connect(self._on_image_loaded)
        self._scene = QGraphicsScene(self)
        self.tiles = TileLayer(self._scene)
        self.tiles.setZValue(-1)
        self._pixmap_item = FirstViewImage(self.tiles, self._scene)
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._pixmap_item.setZValue(-2)
        self._scene.addItem(self._pixmap_item)
        self._scene.addItem(self.tiles)
        self.layer = BoxesLayer()
        self._scene.addItem(self.layer)
        self.drag_preview = DragPreview()
        self._scene.addItem(self.drag_preview)
        self.canvas = BoxCanvas(self._scene)
        self.canvas.pressed.connect(self._on_canvas_pressed)
        self.canvas.dragged.connect(self._on_canvas_dragged)
        self.canvas.released.connect(self._on_canvas_released)
        # Scrolling and zooming come in bursts; tiles are asked for once the view holds still briefly.
        self._tile_timer = QTimer(self)
        self._tile_timer.setSingleShot(True)
        self._tile_timer.setInterval(60)
        self._tile_timer.timeout.connect(self._request_tiles)
        self.canvas.view_changed.connect(self._tile_timer.start)
        self.canvas.view_changed.connect(self._update_smoothing)
        self._message = QLabel()
        self._message.setObjectName("editor_message")
        self._message.setWordWrap(True)
        self._hint = QLabel()
        self._hint.setObjectName("box_hint")
        self._hint.setWordWrap(True)  # a long hint wraps; unwrapped it set the window's minimum width (~1180 px)
        # What the last copy did, on a line of its own: wrapped, so a long notice never widens the window.
        self._notice = QLabel()
        self._notice.setObjectName("box_notice")
        self._notice.setWordWrap(True)
        self._notice.hide()
        self.class_search = QComboBox()
        self.class_search.setObjectName("class_search")
        self.class_search.setAccessibleName(self.tr("Class for new boxes"))
        self.class_search.setEditable(True)
        self.class_search.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.class_search.setMinimumContentsLength(16)
        self.class_search.lineEdit().setPlaceholderText(self.tr("Class… (Ctrl+L)"))
        completer = self.class_search.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.class_search.activated.connect(self._on_class_search_activated)
        # A typed part of a name ("rock") is not an item of the combo, so only Return reports it.
        self.class_search.lineEdit().returnPressed.connect(lambda: self._on_class_search_activated(-1))
        bottom = QHBoxLayout()
        bottom.addWidget(self.class_search)
        bottom.addWidget(self._hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._message)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self._notice)
        layout.addLayout(bottom)
        self._build_actions()

    def _build_actions(self) -> None:
        handlers = {
            "bbox.draw": self._toggle_draw_mode,
            "bbox.delete": self._delete_selected,
            "bbox.nudge_left": lambda: self._nudge(-1, 0),
            "bbox.nudge_right": lambda: self._nudge(1, 0),
            "bbox.nudge_up": lambda: self._nudge(0, -1),
            "bbox.nudge_down": lambda: self._nudge(0, 1),
            "bbox.nudge_left_10": lambda: self._nudge(-10, 0),
            "bbox.nudge_right_10": lambda: self._nudge(10, 0),
            "bbox.nudge_up_10": lambda: self._nudge(0, -10),
            "bbox.nudge_down_10": lambda: self._nudge(0, 10),
            "bbox.next_box": lambda: self._select_step(1),
            "bbox.previous_box": lambda: self._select_step(-1),
            "bbox.fit": self.fit,
            "bbox.class_search": self._focus_class_search,
            "bbox.zoom_in": lambda: self.canvas.zoom_by(1.25),
            "bbox.zoom_out": lambda: self.canvas.zoom_by(0.8),
            "bbox.actual_size": self.canvas.zoom_actual_size,
            "bbox.crosshair": self._toggle_crosshair,
            "bbox.duplicate": self._duplicate_selected,
            "bbox.copy_previous": self._copy_from_previous,
            "bbox.toggle_visible": lambda: self.layer.setVisible(not self.layer.isVisible()),
            "bbox.verified": self._toggle_verified,
        }
        for number in (1, 2, 3):
            handlers[f"bbox.attribute_{number}"] = lambda n=number: self._toggle_attribute(n)
        for digit in range(10):
            handlers[f"bbox.class_{digit}"] = lambda d=digit: self._choose_class(d)
        # Kept to read their live keys: the hint names what the user's keymap says, not the defaults.
        self._actions = {spec.id: build_action(self, spec, handlers[spec.id]) for spec in BBOX_ACTIONS}

    def keymap_changed(self) -> None:
        """The user changed keys: name the new ones in the hint."""
        self._update_hint()

    def _key(self, action_id: str) -> str:
        shortcuts = self._actions[action_id].shortcuts()
        return shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else self.tr("(no key)")

    # -- showing an item ---------------------------------------------------------------------

    def show_item(self, session: PackageSession, item: Item) -> None:
        """Load an item's image (decoded in a worker) and its boxes."""
        self._session, self._item = session, item
        self._schema = session.manifest.label_schemas.get("image", self._schema)
        self.layer.colors = {label.name: QColor(label.color) for label in self._schema.labels}
        names = self._schema.label_names()
        if [self.class_search.itemText(i) for i in range(self.class_search.count())] != names:
            self.class_search.clear()
            self.class_search.addItems(names)
        if self._current_label not in self.layer.colors:
            self._current_label = self._schema.labels[0].name if self._schema.labels else ""
        self.layer.selected = None
        self._draw_mode = False
        self._load_annotation()
        self._message.hide()
        self._pixmap_item.setPixmap(QPixmap())
        self.canvas.image_is_opaque = False
        self.tiles.set_source(None, display_rect=QRectF(), preview_scale=1.0)
        self._geometry = None
        self._show_notice("")
        self._update_hint()
        ready = self._loader.request(session.package, item)
        if ready is not None:
            self._on_image_loaded(ready)

    def _prefetch_next(self) -> None:
        if self._session is None or self._item is None:
            return
        index = self._session.index_of(self._item.id)
        upcoming = [item for item in self._session.items[index + 1 : index + 4] if item.kind == "image"]
        self._loader.prefetch(self._session.package, upcoming)

    def _load_annotation(self) -> None:
        assert self._session is not None and self._item is not None
        stored = self._session.state(self._item.id).annotation
        # Until the user touches them, suggestions are shown but not stored.
        self._annotation = stored if stored is not None else box_ops.from_prelabel(self._item.prelabel)
        self.layer.boxes = box_ops.boxes_of(self._annotation)
        # A nudge among thousands of boxes repaints the box's old and new place, not the whole view.
        self.layer.update_changed()

    def _on_image_loaded(self, loaded: LoadedImage) -> None:
        if self._item is None or loaded.item_id != self._item.id:
            return
        if loaded.image is None or loaded.geometry is None:
            self._show_error(loaded.error or self.tr("unknown error"))
            return
        image, geometry, item_id = loaded.image, loaded.geometry, loaded.item_id
        self._geometry = geometry
        width, height = geometry["display_size"]
        self._pixmap_item.setPixmap(QPixmap.fromImage(image))
        self.canvas.image_is_opaque = not image.hasAlphaChannel()
        # The pixmap may be a reduced decode; stretch it per axis (rounding differs) so scene
        # units are exactly the displayed image's pixels.
        self._pixmap_item.setTransform(QTransform.fromScale(width / image.width(), height / image.height()))
        rect = QRectF(0, 0, width, height)
        self._bounds = box_ops.Bounds(float(width), float(height))
        self._scene.setSceneRect(rect)
        self.layer.set_image_rect(rect)
        if self._session is not None:
            package, item = self._session.package, self._item
            source = TileSource(
                item_id,
                package.source.display(item.media or ""),
                lambda: package.media_bytes(item),
                int(geometry["orientation"]),
                tuple(geometry["raw_size"]),
            )
            self.tiles.set_source(source, display_rect=rect, preview_scale=image.width() / width)
        self.fit()
        self.item_shown.emit(item_id)
        self._prefetch_next()

    def _show_error(self, error: str) -> None:
        self._message.setText(
            self.tr("⚠ This image cannot be shown:\n{error}\n\nFlag it (Ctrl+G) or skip it (Ctrl+K).").format(
                error=error
            )
        )
        self._message.show()
        self.item_shown.emit(self._item.id if self._item else "")
        self._prefetch_next()

    def item_changed(self, edit: Edit) -> None:
        """Re-read the boxes after an edit, undo or redo of this item."""
        if self._item is not None and edit.item_id == self._item.id and isinstance(edit, SetAnnotation):
            # Cheap with thousands of boxes: the workspace parses a stored annotation once, and the
            # layer takes a list that differs in one box by patching that box alone.
            self._load_annotation()
            # The layer's index answers "is it still there" without a walk over every box.
            if self.layer.selected and self.layer.shown_label(self.layer.selected) is None:
                self.layer.selected = None
            # What the last copy did no longer describes the boxes; the verified mark may have changed.
            self._show_notice("")
            self._update_hint()

    def fit(self) -> None:
        """Fit the whole image in the view."""
        if not self._scene.sceneRect().isEmpty():
            self.canvas.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.canvas.view_changed.emit()

    def _update_smoothing(self) -> None:
        # The pixmap may be a reduced decode: what counts is screen pixels per pixel of the pixmap.
        magnification = self.canvas.device_scale() * self._pixmap_item.transform().m11()
        mode = (
            Qt.TransformationMode.SmoothTransformation
            if smooth_at(magnification)
            else Qt.TransformationMode.FastTransformation
        )
        if self._pixmap_item.transformationMode() != mode:
            self._pixmap_item.setTransformationMode(mode)

    def _request_tiles(self) -> None:
        if not self._scene.sceneRect().isEmpty():
            self.tiles.request(self.canvas.visible_scene_rect(), self.canvas.device_scale())

    # -- state the tests and the status line read ---------------------------------------------

    def boxes(self) -> list[dict[str, Any]]:
        """The boxes on screen (stored, or suggested if the item was never touched)."""
        return list(self.layer.boxes)

    def selected_box_id(self) -> str | None:
        """The selected box's id."""
        return self.layer.selected

    def current_label(self) -> str:
        """The class a new box gets."""
        return self._current_label

    def _update_hint(self) -> None:
        draw = self._key("bbox.draw")
        if self._draw_mode:
            mode = self.tr("DRAW: drag to draw a box ({key} to stop)").format(key=draw)
        else:
            mode = self.tr("{draw} draw · click select · {next} next box").format(
                draw=draw, next=self._key("bbox.next_box")
            )
        class_keys = [self._key(f"bbox.class_{digit}") for digit in (*range(1, 10), 0)]
        classes = "1–9, 0" if class_keys == [*map(str, range(1, 10)), "0"] else ", ".join(class_keys)
        parts = [
            self.tr("Class for new boxes: {label}").format(label=self._current_label or "—"),
            mode,
            self.tr("{keys} set class").format(keys=classes),
            self.tr("{key} delete").format(key=self._key("bbox.delete")),
        ]
        if (self._annotation or {}).get("verified"):
            parts.append(self.tr("✓ verified"))
        self._hint.setText(" · ".join(parts))

    @property
    def image_ready(self) -> bool:
        """True once the current item's image is decoded and its size known (boxes can be placed)."""
        return self._geometry is not None

    def _show_notice(self, text: str) -> None:
        """Say what an action did (until the next change or item); empty: say nothing."""
        self._notice.setText(text)
        self._notice.setVisible(bool(text))

    # -- edits ---------------------------------------------------------------------------------

    def _commit(self, annotation: dict[str, Any], text: str, merge_key: str | None = None) -> None:
        assert self._session is not None and self._item is not None
        before = self._session.state(self._item.id).annotation
        if self._geometry is not None:
            # The bundle records what the boxes were drawn on: orientation, raw and displayed size.
            annotation = {**annotation, "image": self._geometry}
        self._context.push(
            SetAnnotation(self._session.package_id, self._item.id, before, annotation, text, merge_key=merge_key)
        )

    def _toggle_draw_mode(self) -> None:
        self._draw_mode = not self._draw_mode
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if self._draw_mode else Qt.CursorShape.ArrowCursor)
        self._update_hint()

    def _handle_at(self, point: QPointF) -> str | None:
        # Handles are 8 screen pixels wide whatever the zoom.
        if not self.layer.selected or self._annotation is None:
            return None
        box = box_ops.find_box(self._annotation, self.layer.selected)
        reach = 6 / (self.canvas.transform().m11() or 1.0)
        xs = {"l": box["x"], "c": box["x"] + box["w"] / 2, "r": box["x"] + box["w"]}
        ys = {"t": box["y"], "c": box["y"] + box["h"] / 2, "b": box["y"] + box["h"]}
        for handle in HANDLES:
            hx, hy = xs[handle[0]], ys[handle[1]]
            if abs(point.x() - hx) <= reach and abs(point.y() - hy) <= reach:
                return handle
        return None

    def _on_canvas_pressed(self, point: QPointF) -> None:
        self._press = point
        if self._draw_mode:
            self._gesture = "draw"
            self.drag_preview.show_rect(QRectF(point, point))
            return
        if handle := self._handle_at(point):
            self._gesture = handle
        else:
            self.layer.selected = box_ops.box_at(self._annotation, point.x(), point.y())
            self._gesture = "move" if self.layer.selected else None
        self.layer.update()

    def _dragged_box(self, point: QPointF) -> dict[str, Any] | None:
        """The selected box as the current move or resize gesture would leave it."""
        if self._press is None or self._annotation is None or not self.layer.selected:
            return None
        dx, dy = point.x() - self._press.x(), point.y() - self._press.y()
        box = box_ops.find_box(self._annotation, self.layer.selected)
        if self._gesture == "move":
            return box_ops.moved_box(box, dx, dy, self._bounds)
        left, top, right, bottom = box["x"], box["y"], box["x"] + box["w"], box["y"] + box["h"]
        horizontal, vertical = self._gesture[0], self._gesture[1]
        left += dx if horizontal == "l" else 0
        right += dx if horizontal == "r" else 0
        top += dy if vertical == "t" else 0
        bottom += dy if vertical == "b" else 0
        x, y, w, h = box_ops.box_from_corners(left, top, right, bottom)
        return box_ops.clamp({**box, "x": x, "y": y, "w": w, "h": h}, self._bounds)

    def _on_canvas_dragged(self, point: QPointF) -> None:
        if self._press is None:
            return
        if self._gesture == "draw":
            self.drag_preview.show_rect(QRectF(self._press, point).normalized())
        elif self._gesture is not None and (preview := self._dragged_box(point)) is not None:
            # Only the preview item moves while dragging: the cached layer of every other box is
            # repainted once, when the drag starts, and the store gets one edit on release.
            if self.layer.hidden != preview["id"]:
                self.layer.hidden = preview["id"]
                self.layer.update()
            color = self.layer.colors.get(preview["label"]) or self.drag_preview.default_color
            self.drag_preview.show_rect(preview_rect(preview), color=color, dashed=False)

    def _on_canvas_released(self, point: QPointF) -> None:
        if self._press is None:
            return
        self.drag_preview.clear()
        if self.layer.hidden is not None:
            self.layer.hidden = None
            self.layer.update()
        if self._gesture not in ("draw", None):
            result = self._dragged_box(point)
            self._press, gesture, self._gesture = None, self._gesture, None
            original = box_ops.find_box(self._annotation, result["id"]) if result else None
            if result is not None and original is not None and any(result[k] != original[k] for k in "xywh"):
                changed = box_ops.update_box(
                    self._annotation, result["id"], x=result["x"], y=result["y"], w=result["w"], h=result["h"]
                )
                self._commit(changed, self.tr("Move box") if gesture == "move" else self.tr("Resize box"))
            return
        if self._gesture is None:
            self._press = None
            return
        start, self._press, self._gesture = self._press, None, None
        x, y, w, h = box_ops.box_from_corners(start.x(), start.y(), point.x(), point.y())
        if w < 2 or h < 2:  # a click, not a box
            self.layer.update()
            return
        annotation, box_id = box_ops.add_box(
            self._annotation, label=self._current_label, x=x, y=y, w=w, h=h, bounds=self._bounds
        )
        self._commit(annotation, self.tr("Draw box"))
        self.layer.selected = box_id
        self.layer.update()

    def _delete_selected(self) -> None:
        if self.layer.selected and self._annotation is not None:
            self._commit(box_ops.delete_boxes(self._annotation, [self.layer.selected]), self.tr("Delete box"))
            self.layer.selected = None
            self.layer.update()

    def _nudge(self, dx: float, dy: float) -> None:
        if self.layer.selected and self._annotation is not None:
            moved = box_ops.move_box(self._annotation, self.layer.selected, dx, dy, self._bounds)
            self._commit(moved, self.tr("Nudge box"), merge_key=f"nudge:{self.layer.selected}")

    def _toggle_crosshair(self) -> None:
        self.canvas.crosshair = not self.canvas.crosshair
        self.canvas.viewport().update()

    def _duplicate_selected(self) -> None:
        if self.layer.selected and self._annotation is not None:
            annotation, new_id = box_ops.duplicate_box(self._annotation, self.layer.selected, self._bounds)
            self._commit(annotation, self.tr("Duplicate box"))
            self.layer.selected = new_id
            self.layer.update()

    def _copy_from_previous(self) -> None:
        if self._session is None or self._item is None:
            return
        index = self._session.index_of(self._item.id)
        previous = next((item for item in reversed(self._session.items[:index]) if item.kind == "image"), None)
        if previous is None:
            return
        stored = self._session.state(previous.id).annotation
        source = box_ops.boxes_of(stored if stored is not None else box_ops.from_prelabel(previous.prelabel))
        if not source:
            self._show_notice(self.tr("No boxes copied: {source} has none").format(source=previous.id))
        elif self._geometry is None:  # until this image is decoded, its size (the bounds) is not known
            self._show_notice(self.tr("No boxes copied: this image is not on screen yet"))
        else:
            result = box_ops.copy_boxes_that_fit(self._annotation, source, self._bounds)
            if result.copied:
                self._commit(result.annotation, self.tr("Copy boxes from {source}").format(source=previous.id))
            self._show_notice(_copy_notice(result.copied, result.left_out, previous.id))

    def _toggle_verified(self) -> None:
        verified = bool((self._annotation or {}).get("verified"))
        self._commit(box_ops.set_verified(self._annotation, not verified), self.tr("Mark verified"))
        self._update_hint()

    def _toggle_attribute(self, number: int) -> None:
        attributes = self._schema.attributes
        if self.layer.selected and self._annotation is not None and number <= len(attributes):
            name = attributes[number - 1]
            toggled = box_ops.toggle_attribute(self._annotation, self.layer.selected, name)
            self._commit(toggled, self.tr("Toggle {attribute}").format(attribute=name))

    def _select_step(self, step: int) -> None:
        ids = [box["id"] for box in self.layer.boxes]
        if not ids:
            return
        index = ids.index(self.layer.selected) + step if self.layer.selected in ids else 0
        self.layer.selected = ids[index % len(ids)]
        self.layer.update()

    def _focus_class_search(self) -> None:
        self.class_search.setFocus()
        self.class_search.lineEdit().clear()  # start a fresh search; the placeholder says what to do

    def _on_class_search_activated(self, _index: int) -> None:
        # Resolve what was typed, not the combo's index: "rock" + Enter means "rocket".
        typed = self.class_search.currentText().strip().casefold()
        names = self._schema.label_names()
        match = next((n for n in names if n.casefold() == typed), None) or next(
            (n for n in names if typed and typed in n.casefold()), None
        )
        if match is not None:
            self.class_search.setCurrentText(match)
            self._apply_class(match)
        self.canvas.setFocus()  # back to the image, so the next keys act on boxes again

    def _choose_class(self, digit: int) -> None:
        # 1..9 pick the first nine classes, 0 the tenth; schema hotkeys override the position.
        labels = self._schema.labels
        by_hotkey = {label.hotkey: label.name for label in labels if label.hotkey}
        name = by_hotkey.get(str(digit))
        if name is None:
            position = 9 if digit == 0 else digit - 1
            if position >= len(labels):
                return
            name = labels[position].name
        self._apply_class(name)

    def _apply_class(self, name: str) -> None:
        """Relabel the selected box, or set the class of the next box drawn."""
        if self.layer.selected and self._annotation is not None:
            if box_ops.find_box(self._annotation, self.layer.selected)["label"] != name:
                changed = box_ops.update_box(self._annotation, self.layer.selected, label=name)
                self._commit(changed, self.tr("Set class {label}").format(label=name))
        else:
            self._current_label = name
        self._update_hint()


def _copy_notice(copied: int, left_out: int, source_id: str) -> str:
    """What a copy from the previous image did, in words: boxes left out are never silent."""
    # One and many, as Italian and German count too (0 takes the plural): whole sentences for the translators.
    if copied == 1:
        copied_text = translate("BoxEditor", "{count} box copied from {source}")
    else:
        copied_text = translate("BoxEditor", "{count} boxes copied from {source}")
    copied_text = copied_text.format(count=copied, source=source_id)
    if not left_out:
        return copied_text
    if not copied:
        if left_out == 1:
            return translate("BoxEditor", "No boxes copied from {source}: it falls outside this image").format(
                source=source_id
            )
        return translate("BoxEditor", "No boxes copied from {source}: they fall outside this image").format(
            source=source_id
        )
    if left_out == 1:
        text = translate("BoxEditor", "{copied}, {count} left out: it falls outside this image")
    else:
        text = translate("BoxEditor", "{copied}, {count} left out: they fall outside this image")
    return text.format(copied=copied_text, count=left_out)

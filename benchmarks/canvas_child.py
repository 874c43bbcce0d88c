"""The box-canvas benchmarks' child side: a zoom step, an edit and a pan, each timed from the event to the painted view.

`python -m benchmarks.canvas_child OP PACKAGE FOLDER PHOTO` prints one JSON line: the app's samples, then
the same operation on a plain QGraphicsScene (one QGraphicsRectItem and one QGraphicsSimpleTextItem per
box) in a QGraphicsView of the same size, in the same process.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from benchmarks.bbox_child import _application, _settle, _show, _window_with_boxes
from benchmarks.bench_bbox import LABELS
from benchmarks.child import emit

VIEW_SIZE = (1600, 1000)
STEPS = 120
WARMUP = 12
ZOOM_DEPTH = 6  # steps in from fit, then as many out: fit x 1.25^0..6
PAN_STEP = (16, 10)  # screen pixels per mouse move: the whole view moves every step
PAN_LEG = 30  # moves one way, then as many back
IDLE_MS = 80  # between steps, as between a person's steps: deferred work (tile requests) runs here


def _size_viewport(view: Any, top: Any) -> None:
    """Resize `top` until `view`'s viewport is VIEW_SIZE; scroll bars off, so the size stays at any zoom."""
    from PySide6.QtCore import Qt

    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for _ in range(5):
        _application().processEvents()
        viewport = view.viewport()
        dw, dh = VIEW_SIZE[0] - viewport.width(), VIEW_SIZE[1] - viewport.height()
        if not dw and not dh:
            return
        top.resize(top.width() + dw, top.height() + dh)
    raise RuntimeError(f"viewport {view.viewport().size()} is not {VIEW_SIZE}")


def _idle() -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(IDLE_MS)
    _settle()


def _wheel(view: Any, *, zoom_in: bool) -> None:
    """One notch of Ctrl+wheel at the middle of the view, as a mouse sends it."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    viewport = view.viewport()
    position = QPointF(viewport.width() * 0.45, viewport.height() * 0.55)
    event = QWheelEvent(
        position,
        QPointF(viewport.mapToGlobal(position.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 if zoom_in else -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    _application().sendEvent(viewport, event)


def _zoom_samples(view: Any) -> list[float]:
    """Ctrl+wheel steps in from fit and back out again, each timed to the end of the repaint."""
    samples = []
    for index in range(WARMUP + STEPS):
        zoom_in = (index // ZOOM_DEPTH) % 2 == 0
        before = view.transform().m11()
        start = time.perf_counter()
        _wheel(view, zoom_in=zoom_in)
        view.viewport().repaint()
        elapsed = time.perf_counter() - start
        if view.transform().m11() == before:
            raise RuntimeError("a zoom step did not zoom")
        if index >= WARMUP:
            samples.append(elapsed)
        _idle()
    return samples


def _pan_samples(view: Any, button: Any) -> list[float]:
    """Drag-pan: `button` held, the mouse moved PAN_STEP per step; each move timed to the end of the repaint."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    viewport = view.viewport()
    bars = (view.horizontalScrollBar(), view.verticalScrollBar())
    for bar in bars:
        bar.setValue((bar.minimum() + bar.maximum()) // 2)
    position = QPoint(viewport.width() // 2, viewport.height() // 2)
    QTest.mousePress(viewport, button, Qt.KeyboardModifier.NoModifier, position)
    samples = []
    for index in range(WARMUP + STEPS):
        sign = -1 if (index // PAN_LEG) % 2 == 0 else 1
        position = position + QPoint(sign * PAN_STEP[0], sign * PAN_STEP[1])
        before = [bar.value() for bar in bars]
        start = time.perf_counter()
        QTest.mouseMove(viewport, position)
        viewport.repaint()
        elapsed = time.perf_counter() - start
        if [bar.value() for bar in bars] == before:
            raise RuntimeError("a pan step did not scroll the view")
        if index >= WARMUP:
            samples.append(elapsed)
        _idle()
    QTest.mouseRelease(viewport, button, Qt.KeyboardModifier.NoModifier, position)
    return samples


class _PaintCounter:
    """Counts the paint events of one widget (made on first use: Qt is imported in the child only)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def __init__(self) -> None:
                super().__init__(widget)
                self.count = 0
                self.area = 0

            def eventFilter(self, _watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint:
                    self.count += 1
                    self.area += sum(rect.width() * rect.height() for rect in event.region())
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)


def _paint_what_is_asked(counter: _PaintCounter) -> None:
    """Let Qt paint what the step asked for (the scene's dirty region), as the event loop does after it."""
    start, painted = time.perf_counter(), counter.filter.count
    while counter.filter.count == painted:
        _application().processEvents()
        if time.perf_counter() - start > 1.0:
            raise RuntimeError("an edit step asked for no repaint")


def _edit_samples(
    view: Any, step: Any, moved: Any, *, before_paint: list[float] | None = None, full: list[float] | None = None
) -> tuple[list[float], float]:
    """`step(index)` changes one box; each timed until the view has painted what the step asked for.

    Every other step is timed to the end of a forced full `repaint()` instead, into `full`: what a
    redraw of every box costs, though a step never needs one. `before_paint` gets the part of each
    sample spent before the paint (the edit handled, stored, shown). Also returns the mean share of
    the view a step's paint covered.
    """
    counter = _PaintCounter(view.viewport())
    samples: list[float] = []
    shares: list[float] = []
    whole = view.viewport().width() * view.viewport().height()
    for index in range(WARMUP + 2 * STEPS):
        forced = index % 2 == 1
        before = moved()
        area = counter.filter.area
        start = time.perf_counter()
        step(index)
        handled = time.perf_counter()
        if forced:
            view.viewport().repaint()
        else:
            _paint_what_is_asked(counter)
        elapsed = time.perf_counter() - start
        if moved() == before:
            raise RuntimeError("an edit step changed nothing on screen")
        if index >= WARMUP:
            if forced:
                if full is not None:
                    full.append(elapsed)
            else:
                samples.append(elapsed)
                shares.append((counter.filter.area - area) / whole)
                if before_paint is not None:
                    before_paint.append(handled - start)
        _idle()
    return samples, sum(shares) / len(shares)


def _fit(view: Any) -> None:
    from PySide6.QtCore import Qt

    view.fitInView(view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    _application().processEvents()


def _plain_view(photo: str, boxes: list[dict[str, Any]]) -> tuple[Any, list[Any]]:
    """The plain way (labelImg, labelme): an item per box and per label, a full-size pixmap, Ctrl+wheel zoom."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPen, QPixmap
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

    class PlainView(QGraphicsView):
        def wheelEvent(self, event: Any) -> None:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                factor = 1.25 if event.angleDelta().y() > 0 else 0.8
                self.scale(factor, factor)
            else:
                super().wheelEvent(event)

    scene = QGraphicsScene()
    pixmap = QPixmap(photo)
    scene.addPixmap(pixmap)
    pens = {}
    for name, color in LABELS:
        pens[name] = QPen(QColor(color), 2)
        pens[name].setCosmetic(True)  # 2 screen pixels at any zoom, like the app's outlines
    items = []
    for box in boxes:
        rect = scene.addRect(QRectF(box["x"], box["y"], box["w"], box["h"]), pens[box["label"]])
        text = QGraphicsSimpleTextItem(box["label"], rect)
        text.setBrush(pens[box["label"]].color())
        text.setPos(box["x"] + 3, box["y"] + 1)
        text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)  # readable at any zoom
        items.append((rect, text))
    scene.setSceneRect(QRectF(0, 0, pixmap.width(), pixmap.height()))
    view = PlainView(scene)
    scene.setParent(view)  # a view does not own its scene; without this Python would free it on return
    view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
    view.setBackgroundBrush(QColor("#2b2b2b"))
    view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
    return view, items


def _app_op(op: str, editor: Any) -> tuple[list[float], dict[str, Any]]:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtTest import QTest

    canvas = editor.canvas
    info: dict[str, Any] = {}
    if op == "zoom":
        editor.fit()
        _application().processEvents()
        samples = _zoom_samples(canvas)
    elif op in ("edit", "nudge"):
        editor.fit()
        _application().processEvents()
        canvas.setFocus()
        # The box nearest the middle of the view, selected by a click on it as a person would.
        middle = canvas.to_scene(QPointF(VIEW_SIZE[0] / 2, VIEW_SIZE[1] / 2))
        picked = min(
            editor.boxes(),
            key=lambda b: (b["x"] + b["w"] / 2 - middle.x()) ** 2 + (b["y"] + b["h"] / 2 - middle.y()) ** 2,
        )
        centre = canvas.mapFromScene(QPointF(picked["x"] + picked["w"] / 2, picked["y"] + picked["h"] / 2))
        QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        if editor.selected_box_id() is None:
            raise RuntimeError("the click selected no box")
        selected = editor.selected_box_id()
        if op == "nudge":

            def step(index: int) -> None:
                QTest.keyClick(canvas, Qt.Key.Key_Right if index % 2 == 0 else Qt.Key.Key_Left)

            def moved() -> Any:
                return next(box["x"] for box in editor.boxes() if box["id"] == selected)

            info["before_paint"], info["full"] = [], []
            samples, info["share"] = _edit_samples(
                canvas, step, moved, before_paint=info["before_paint"], full=info["full"]
            )
        else:
            # Move it with the mouse: each step is a move with the button held; the box follows.
            QTest.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)

            def step(index: int) -> None:
                QTest.mouseMove(canvas.viewport(), centre + QPoint(1 + index % 24, index % 3))

            def moved() -> Any:
                rect = editor.drag_preview.rect
                return None if rect is None else (rect.x(), rect.y())

            info["full"] = []
            samples, info["share"] = _edit_samples(canvas, step, moved, full=info["full"])
            QTest.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    else:
        editor.canvas.zoom_actual_size()
        _application().processEvents()
        samples = _pan_samples(canvas, Qt.MouseButton.MiddleButton)
    labelled = getattr(editor.layer, "labelled_ids", None)
    info["labels_last_paint"] = len(labelled()) if labelled else -1
    info["scale"] = canvas.transform().m11()
    return samples, info


def _plain_op(op: str, view: Any, items: list[Any]) -> list[float]:
    from PySide6.QtCore import QPointF, Qt

    if op == "zoom":
        _fit(view)
        return _zoom_samples(view)
    if op in ("edit", "nudge"):
        _fit(view)
        middle = view.mapToScene(VIEW_SIZE[0] // 2, VIEW_SIZE[1] // 2)
        rect, text = min(items, key=lambda pair: (pair[0].rect().center() - middle).manhattanLength())

        def nudge(index: int) -> None:
            dx = 1.0 if index % 2 == 0 else -1.0
            rect.setRect(rect.rect().translated(dx, 0))
            text.setPos(text.pos() + QPointF(dx, 0))

        return _edit_samples(view, nudge, lambda: rect.rect().x())[0]
    view.resetTransform()
    _application().processEvents()
    return _pan_samples(view, Qt.MouseButton.LeftButton)


def _child(op: str, package: str, folder: str, photo: str) -> dict[str, Any]:
    workspace, window, editor, boxes = _window_with_boxes(package, folder)
    _size_viewport(editor.canvas, window)
    samples, info = _app_op(op, editor)
    window.close()
    workspace.close()
    _settle()

    view, items = _plain_view(photo, boxes)
    _show(view)
    _size_viewport(view, view)
    plain = _plain_op(op, view, items)
    view.close()
    return {"app": samples, "plain": plain, "viewport": list(VIEW_SIZE), **info}


if __name__ == "__main__":
    emit(_child(*sys.argv[1:]))

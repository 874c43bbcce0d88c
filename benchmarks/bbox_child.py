"""The box-editor benchmarks' child side: each mode runs Qt in its own process and prints one JSON result line."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.bench_bbox import (
    PAN_BOXES,
    PAN_STEPS,
    PAN_WARMUP,
    PHOTO_SIZE,
    SIGNAL_TIMEOUT,
    WINDOW_SIZE,
    random_boxes,
)
from benchmarks.child import emit, peak_rss_mib


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _show(widget: Any) -> None:
    from PySide6.QtTest import QTest

    widget.show()
    if not QTest.qWaitForWindowExposed(widget, 10_000):
        raise RuntimeError(f"{type(widget).__name__} was never exposed")


def _wait_for(signal: Any, action: Callable[[], None]) -> tuple[float, Any]:
    """Run `action` and wait in an event loop for `signal`; when it fired (perf_counter) and its value."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired: list[tuple[float, Any]] = []

    def on_fired(value: Any) -> None:
        fired.append((time.perf_counter(), value))
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    signal.connect(on_fired)
    try:
        timer.start(int(SIGNAL_TIMEOUT * 1000))
        action()
        if not fired:  # it may fire inside `action`, e.g. from a cache
            loop.exec()
    finally:
        signal.disconnect(on_fired)
        timer.stop()
    if not fired:
        raise TimeoutError(f"no signal within {SIGNAL_TIMEOUT:.0f} s")
    return fired[0]


def _settle() -> None:
    """Let background work finish and its results arrive, as they do while the annotator looks at a photo."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    for _ in range(20):
        pool.waitForDone(int(SIGNAL_TIMEOUT * 1000))
        _application().processEvents()
        if pool.activeThreadCount() == 0:
            return


def _open_window(
    package: str, folder: str, *, on_shown: Callable[[Any], None] | None = None
) -> tuple[Any, Any, Any, dict[str, float]]:
    """A shown MainWindow on a workspace in `folder`, the package opened and its first item on screen.

    Also returns when `package_opened` and `item_shown` fired, in seconds after `open_package` was called.
    `on_shown(window)` runs as `item_shown` fires, before anything else (e.g. to paint at once).
    """
    from annotator.core.workspace import Workspace
    from annotator.ui.editors.bbox import BoxEditor
    from annotator.ui.main_window import MainWindow

    _application()
    workspace = Workspace.open(Path(folder) / "workspace")
    window = MainWindow(workspace)
    window.resize(*WINDOW_SIZE)
    _show(window)
    opened: list[float] = []
    window.package_opened.connect(lambda _package_id: opened.append(time.perf_counter()))
    if on_shown is not None:
        window.item_shown.connect(lambda _item_id: on_shown(window))
    start = time.perf_counter()
    shown, _item_id = _wait_for(window.item_shown, lambda: window.open_package(package))
    times = {"opened": opened[0] - start if opened else float("nan"), "shown": shown - start, "started_at": start}
    _settle()  # decodes started after the first item (prefetch) must not compete with what is measured next
    return workspace, window, window.findChild(BoxEditor, "box_editor"), times


def _check_shown(editor: Any, size: tuple[int, int]) -> None:
    rect = editor.canvas.sceneRect() if editor is not None else None
    if rect is None or (round(rect.width()), round(rect.height())) != size:
        raise RuntimeError(f"the image was not shown: scene {rect}, expected {size}")


def _child_imports() -> dict[str, Any]:
    import PySide6.QtGui
    import PySide6.QtWidgets  # noqa: F401

    import annotator.ui.main_window  # noqa: F401

    return {"rss_mib": peak_rss_mib()}


def _child_app_first_view(package: str, folder: str, size: str) -> dict[str, Any]:
    """From the editor's `show_item` to the end of the first paint of the canvas that shows the image."""
    from annotator.ui.editors.bbox import BoxEditor

    called: list[float] = []
    painted: list[float] = []
    show_item = BoxEditor.show_item

    def timed_show_item(self: Any, session: Any, item: Any) -> None:
        called.append(time.perf_counter())
        show_item(self, session, item)

    def paint_now(window: Any) -> None:
        # The first paint after the image arrived; the event loop would run it next, we run it at once.
        if not painted:
            window.findChild(BoxEditor, "box_editor").canvas.viewport().repaint()
            painted.append(time.perf_counter())

    BoxEditor.show_item = timed_show_item  # type: ignore[method-assign]
    workspace, window, editor, times = _open_window(package, folder, on_shown=paint_now)
    _check_shown(editor, tuple(int(side) for side in size.split("x")))
    start = time.perf_counter()
    editor.canvas.viewport().repaint()
    repaint = time.perf_counter() - start
    window.close()
    workspace.close()
    return {
        **times,
        "show_to_paint": painted[0] - called[0],
        "open_to_paint": painted[0] - times["started_at"],
        "paint": repaint,
        "rss_mib": peak_rss_mib(),
    }


def _child_naive_first_view(photo: str) -> dict[str, Any]:
    """What labelImg and labelme do: decode the whole file, convert it to a pixmap, paint it fitted."""
    from PySide6.QtGui import QImage, QImageReader, QPixmap
    from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy

    _application()
    QImageReader.setAllocationLimit(0)
    window = QMainWindow()
    label = QLabel()
    label.setScaledContents(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    window.setCentralWidget(label)
    window.resize(*WINDOW_SIZE)
    _show(window)
    start = time.perf_counter()
    image = QImage(photo)
    decoded = time.perf_counter()
    if image.isNull():
        raise RuntimeError(f"QImage could not decode {photo}")
    pixmap = QPixmap.fromImage(image)
    converted = time.perf_counter()
    label.setPixmap(pixmap)
    label.repaint()
    painted = time.perf_counter()
    parts = {"decode": decoded - start, "pixmap": converted - decoded, "paint": painted - converted}
    return {"seconds": painted - start, **parts, "rss_mib": peak_rss_mib()}


def _app_parts(package: Any, item: Any) -> dict[str, float]:
    """The app's steps for one image, timed one after another on this thread."""
    from PySide6.QtGui import QPixmap

    from annotator.core.media.probe import image_geometry
    from annotator.ui.editors.image_decode import decode_preview

    name = package.source.display(item.media or "")
    marks = [time.perf_counter()]
    data = package.media_bytes(item)
    marks.append(time.perf_counter())
    image_geometry(data, name, max_pixels=package.limits.max_image_pixels)
    marks.append(time.perf_counter())
    image, _scale = decode_preview(data, name)
    marks.append(time.perf_counter())
    QPixmap.fromImage(image)
    marks.append(time.perf_counter())
    names = ("media_bytes + SHA-256", "image_geometry", f"decode_preview to {image.width()}x{image.height()}")
    steps = zip((*names, "QPixmap.fromImage"), marks[:-1], marks[1:], strict=True)
    return {name: end - begin for name, begin, end in steps}


def _child_first_view_parts(path: str) -> dict[str, Any]:
    from annotator.core.package import open_package

    _application()
    start = time.perf_counter()
    package = open_package(path)
    opened = time.perf_counter() - start
    try:
        parts = _app_parts(package, package.manifest.items[0])
    finally:
        package.close()
    return {"parts": {"open_package": opened, **parts}}


def _set_zoom(view: Any, zoom: str) -> list[int]:
    """Fit the image, or show it at 100 %; the viewport's size once the scroll bars have settled."""
    from PySide6.QtCore import Qt

    if zoom == "fit":
        view.fitInView(view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    else:
        view.resetTransform()
    _application().processEvents()
    return [view.viewport().width(), view.viewport().height()]


def _window_with_boxes(package: str, folder: str) -> tuple[Any, Any, Any, list[dict[str, Any]]]:
    """The main window on the first 12 MP photo with PAN_BOXES labelled boxes stored on it."""
    from annotator.core.package import open_package
    from annotator.core.workspace import Workspace

    _application()
    boxes = random_boxes(PAN_BOXES, *PHOTO_SIZE, seed=5)
    opened = open_package(package)
    with Workspace.open(Path(folder) / "workspace") as workspace:
        manifest = opened.manifest
        workspace.register_package(manifest, manifest_sha256=opened.manifest_sha256, path=str(opened.path))
        workspace.set_annotation(manifest.id, manifest.items[0].id, {"boxes": boxes, "verified": False})
    opened.close()
    workspace, window, editor, _times = _open_window(package, folder)
    _check_shown(editor, PHOTO_SIZE)
    if len(editor.boxes()) != PAN_BOXES:
        raise RuntimeError(f"the editor shows {len(editor.boxes())} boxes, not {PAN_BOXES}")
    return workspace, window, editor, boxes


def _drag_samples(editor: Any, start: Any) -> list[float]:
    """Time of one drag step: the mouse move handled and the viewport repainted, with the button held."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    viewport = editor.canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    samples = []
    for index in range(PAN_WARMUP + PAN_STEPS):
        position = start + QPoint(1 + index % 24, index % 3)
        begin = time.perf_counter()
        QTest.mouseMove(viewport, position)
        viewport.repaint()
        if index >= PAN_WARMUP:
            samples.append(time.perf_counter() - begin)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    return samples


def _child_drag(package: str, folder: str, zoom: str) -> dict[str, Any]:
    from PySide6.QtCore import QPointF

    workspace, window, editor, _boxes = _window_with_boxes(package, folder)
    canvas = editor.canvas
    viewport = _set_zoom(canvas, zoom)
    # The box under the middle of the view: it is the one the drag picks up, at either zoom.
    middle = canvas.to_scene(QPointF(viewport[0] / 2, viewport[1] / 2))
    picked = min(
        editor.boxes(),
        key=lambda b: (b["x"] + b["w"] / 2 - middle.x()) ** 2 + (b["y"] + b["h"] / 2 - middle.y()) ** 2,
    )
    start = canvas.mapFromScene(QPointF(picked["x"] + picked["w"] / 2, picked["y"] + picked["h"] / 2))
    result = {"app": _drag_samples(editor, start), "viewport": viewport}
    window.close()
    workspace.close()
    return result


def _child_next_item(package: str, folder: str, *photos: str) -> dict[str, Any]:
    from PySide6.QtGui import QImage, QPixmap

    workspace, window, editor, _times = _open_window(package, folder)
    _check_shown(editor, PHOTO_SIZE)
    done = window.actions_by_id["item.done"]
    shown_samples, returned_samples = [], []
    returned: list[float] = []

    def submit() -> None:
        done.trigger()
        returned.append(time.perf_counter())

    # The last unfinished item is the current one once every other item is done.
    while (index := window.session.next_unfinished_index()) not in (None, window.session.current_index):
        expected = window.session.items[index].id
        _settle()
        returned.clear()
        start = time.perf_counter()
        fired, item_id = _wait_for(window.item_shown, submit)
        if item_id != expected:
            raise RuntimeError(f"item_shown for {item_id!r}, expected {expected!r}")
        _check_shown(editor, PHOTO_SIZE)
        shown_samples.append(fired - start)
        returned_samples.append(returned[0] - start)
    parts = [_app_parts(window.session.package, item) for item in window.session.items[:3]]
    _settle()
    window.close()
    workspace.close()

    naive = []
    for photo in photos:
        start = time.perf_counter()
        QPixmap.fromImage(QImage(photo))
        naive.append(time.perf_counter() - start)
    return {"shown": shown_samples, "returned": returned_samples, "parts": parts, "naive": naive}


def _child_tiles(package: str, folder: str, size: str) -> dict[str, Any]:
    """Ctrl+0 on a huge JPEG: when the first full-detail tile lands, and when the whole view is covered."""
    from PySide6.QtGui import QAction

    workspace, window, editor, _times = _open_window(package, folder)
    _check_shown(editor, tuple(int(side) for side in size.split("x")))
    app = _application()
    actual_size = editor.findChild(QAction, "bbox.actual_size")
    start = time.perf_counter()
    actual_size.trigger()
    first = full = None
    while full is None and time.perf_counter() - start < SIGNAL_TIMEOUT:
        app.processEvents()
        share = editor.tiles.coverage(editor.canvas.visible_scene_rect())
        now = time.perf_counter() - start
        if first is None and share > 0:
            first = now
        if share >= 0.999:
            full = now
        time.sleep(0.001)
    if full is None:
        raise RuntimeError(f"the view was not covered by tiles within {SIGNAL_TIMEOUT:.0f} s")
    viewport = [editor.canvas.viewport().width(), editor.canvas.viewport().height()]
    result = {"first": first, "full": full, "tiles": len(editor.tiles.ready_tiles()), "viewport": viewport}
    window.close()
    workspace.close()
    return {**result, "rss_mib": peak_rss_mib()}


_CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "imports": _child_imports,
    "app-first-view": _child_app_first_view,
    "naive-first-view": _child_naive_first_view,
    "first-view-parts": _child_first_view_parts,
    "drag": _child_drag,
    "tiles": _child_tiles,
    "next-item": _child_next_item,
}


if __name__ == "__main__":
    mode, *arguments = sys.argv[1:]
    emit(_CHILDREN[mode](*arguments))

"""The box editor: first view of huge JPEGs, repaint while panning over 5,000 boxes, next item after submit.

Qt runs only in child processes (`python -m benchmarks.bench_bbox MODE ARGS...`, one JSON result line):
every first view gets a fresh process so its peak RSS is its own, and the runner never imports Qt.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops

from annotator.core.packing import pack_package
from benchmarks.data import BENCH_DIR, REPO_ROOT, scratch_folder
from benchmarks.report import Benchmark, Result, format_seconds, median, percentile

FIRST_VIEW_RUNS = 5
FIRST_VIEW_TARGETS = {(12_000, 8_400): 0.6, (40_000, 3_000): 0.7}
FIRST_VIEW_RSS_TARGET_MIB = 300
PAN_BOXES = 5_000
PAN_STEPS = 100
PAN_WARMUP = 5
PAN_STEP_PX = 16
PAN_TARGET = 0.016
NEXT_ITEMS = 31  # the first item is shown on open; every submit after it is one sample
NEXT_TARGET = 0.050
QUICK = 0.010  # a next item shown this fast was decoded before it was asked for
PHOTO_SIZE = (4_000, 3_000)
PHOTO_GRAIN = 8.0
WINDOW_SIZE = (1280, 800)
CHILD_TIMEOUT = 300.0
SIGNAL_TIMEOUT = 60.0
RESULT_PREFIX = "bench-bbox-result "
# Bump when the generated images or packages change, so stale caches are rebuilt rather than reused.
BUILD_VERSION = 1
LABELS = (("person", "#e6194b"), ("cat", "#3cb44b"), ("cup", "#ffe119"), ("rocket", "#4363d8"))


# -- inputs (built once in .bench/bbox, reused) ------------------------------------------------


def _synthetic_jpeg(path: Path, size: tuple[int, int], seed: str, grain: float) -> None:
    """A JPEG at quality 85: a small random RGB array blown up (blobs ~100 px across), plus Gaussian grain."""
    rng = random.Random(seed)
    small = (max(2, size[0] // 100), max(2, size[1] // 100))
    image = Image.frombytes("RGB", small, rng.randbytes(small[0] * small[1] * 3)).resize(size, Image.Resampling.BICUBIC)
    if grain:
        image = ImageChops.add(image, Image.effect_noise(size, grain).convert("RGB"), offset=-128)
    image.save(path, format="JPEG", quality=85)


def _image_package(
    name: str, sizes: list[tuple[int, int]], *, label_count: int, grain: float = 0.0
) -> tuple[Path, list[Path]]:
    """The cached zip package of these JPEGs (made with `pack_package`) and the JPEG files themselves."""
    folder = BENCH_DIR / "bbox"
    package = folder / f"{name}-v{BUILD_VERSION}.zip"
    media = folder / f"{name}-v{BUILD_VERSION}-media"
    photos = [media / f"photo-{number:03d}.jpg" for number in range(len(sizes))]
    if package.exists() and all(photo.exists() for photo in photos):
        return package, photos
    shutil.rmtree(media, ignore_errors=True)
    media.mkdir(parents=True)
    for number, (photo, size) in enumerate(zip(photos, sizes, strict=True)):
        _synthetic_jpeg(photo, size, seed=f"{name}-{number}", grain=grain)
    labels = folder / f"labels-{label_count}.json"
    schema = {"mode": "single", "labels": [{"name": n, "color": c} for n, c in LABELS[:label_count]]}
    labels.write_text(json.dumps(schema))
    pack_package(media, labels_path=labels, output=package, package_id=f"bench-bbox-{name}")
    return package, photos


def _random_boxes(count: int, width: int, height: int, seed: int) -> list[dict[str, Any]]:
    """Labelled boxes 8-400 px a side, anywhere on the image, in the workspace's box format."""
    rng = random.Random(seed)
    boxes = []
    for number in range(1, count + 1):
        w, h = rng.uniform(8, 400), rng.uniform(8, 400)
        x, y = rng.uniform(0, width - w), rng.uniform(0, height - h)
        box = {"id": f"b{number}", "label": rng.choice(LABELS)[0], "x": x, "y": y, "w": w, "h": h}
        boxes.append({**box, "attributes": [], "source": "user"})
    return boxes


# -- the parent side ---------------------------------------------------------------------------


class ChildError(RuntimeError):
    """A measuring child process failed; the message ends with its last line of stderr."""


def _run_child(mode: str, *args: str) -> dict[str, Any]:
    """Run `python -m benchmarks.bench_bbox MODE ARGS` offscreen and return its JSON result."""
    command = [sys.executable, "-m", "benchmarks.bench_bbox", mode, *args]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise ChildError(f"{mode} took longer than {CHILD_TIMEOUT:.0f} s") from exc
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if done.returncode != 0 or not lines:
        errors = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        raise ChildError(f"{mode} exited {done.returncode}: {errors[-1] if errors else 'no result line'}")
    return json.loads(lines[-1].removeprefix(RESULT_PREFIX))


def _mib(value: float) -> str:
    return f"{value:.0f} MiB"


def _versus(app: float, naive: float) -> str:
    """How the app compares with the naive way, e.g. 'app 3.2x faster'."""
    return f"app {naive / app:.1f}x faster" if app <= naive else f"app {app / naive:.1f}x SLOWER"


def bench_first_view(size: tuple[int, int]) -> Result:
    """Median over FIRST_VIEW_RUNS fresh processes of open_package to item_shown, beside a full-decode viewer."""
    width, height = size
    package, (photo,) = _image_package(f"first-view-{width}x{height}", [size], label_count=1)
    apps, naives, naive_problem = [], [], ""
    for _ in range(FIRST_VIEW_RUNS):  # interleaved, so both see the same machine noise
        with scratch_folder("bbox-view-") as folder:
            apps.append(_run_child("app-first-view", str(package), str(folder), f"{width}x{height}"))
        if not naive_problem:
            try:
                naives.append(_run_child("naive-first-view", str(photo)))
            except ChildError as exc:
                naive_problem = str(exc)
    imports = _run_child("imports")
    parts = _run_child("first-view-parts", str(package))
    shown = median([run["shown"] for run in apps])
    painted = median([run["shown"] + run["paint"] for run in apps])
    rss = max(run["rss_mib"] for run in apps)
    rss_verdict = "PASS" if rss < FIRST_VIEW_RSS_TARGET_MIB else "FAIL"
    detail = [
        f"peak RSS {_mib(rss)} (max of runs; target < {FIRST_VIEW_RSS_TARGET_MIB} MiB: {rss_verdict})",
        f"package_opened (package read, session, editor, decode started) at "
        f"{format_seconds(median([run['opened'] for run in apps]))}, canvas paint after item_shown "
        f"+{format_seconds(median([run['paint'] for run in apps]))}",
        f"a child that only imports PySide6 + annotator peaks at {_mib(imports['rss_mib'])}",
    ]
    if naives:
        naive_painted = median([run["seconds"] for run in naives])
        naive_rss = max(run["rss_mib"] for run in naives)
        detail.append(
            f"naive (QImage full decode, allocation limit off, QPixmap, scaled QLabel, repaint): "
            f"{format_seconds(naive_painted)} to painted, {_mib(naive_rss)} = decode "
            f"{format_seconds(median([run['decode'] for run in naives]))}, QPixmap "
            f"{format_seconds(median([run['pixmap'] for run in naives]))}, paint "
            f"{format_seconds(median([run['paint'] for run in naives]))}; "
            f"{_versus(painted, naive_painted)} to painted, {naive_rss / rss:.1f}x less peak RSS"
        )
    else:
        detail.append(f"naive baseline failed: {naive_problem}")
    detail.append(
        "app parts, one run in a row on one thread: "
        + ", ".join(f"{name} {format_seconds(seconds)}" for name, seconds in parts["parts"].items())
        + f"; JPEG {photo.stat().st_size / 1e6:.1f} MB"
    )
    return Result(
        name=f"first view, {width:,}x{height:,} JPEG: open_package to item_shown (median)",
        figure=shown,
        target=FIRST_VIEW_TARGETS[size],
        samples=len(apps),
        detail="; ".join(detail),
    )


def bench_pan(zoom: str) -> Result:
    """p95 of `viewport().repaint()` after each small scroll step over 5,000 boxes, beside a plain scene."""
    package, photos = _photos_package()
    with scratch_folder("bbox-pan-") as folder:
        result = _run_child("pan", str(package), str(folder), str(photos[0]), zoom)
    samples, naive = result["app"], result["naive"]
    p95, naive_p95 = percentile(samples, 0.95), percentile(naive, 0.95)
    viewport = "x".join(str(side) for side in result["viewport"])
    detail = (
        f"p50 {format_seconds(median(samples))}, max {format_seconds(max(samples))}; boxes hidden: p95 "
        f"{format_seconds(percentile(result['image_only'], 0.95))}; naive QGraphicsScene ({PAN_BOXES:,} "
        "QGraphicsRectItem + QGraphicsSimpleTextItem, full-size pixmap): p95 "
        f"{format_seconds(naive_p95)}, p50 {format_seconds(median(naive))} -> {_versus(p95, naive_p95)}; "
        f"canvas viewport {viewport}, {PAN_STEP_PX} px steps, scroll range {result['scroll_range']} px"
    )
    if zoom == "fit":
        detail += " (the image fits: every sample is a full repaint of a still view)"
    return Result(
        name=f"repaint while panning, {PAN_BOXES:,} boxes on 12 MP, {'fit' if zoom == 'fit' else '100 %'} zoom (p95)",
        figure=p95,
        target=PAN_TARGET,
        samples=len(samples),
        detail=detail,
    )


def _photos_package() -> tuple[Path, list[Path]]:
    # Grain makes them ~3 MB, like camera JPEGs; smooth blobs alone (0.7 MB) decode faster than photos do.
    return _image_package("photos-12mp", [PHOTO_SIZE] * NEXT_ITEMS, label_count=len(LABELS), grain=PHOTO_GRAIN)


def bench_next_item() -> Result:
    """p95 of item.done to item_shown of the next 12 MP photo, beside a full QImage + QPixmap load."""
    package, photos = _photos_package()
    with scratch_folder("bbox-next-") as folder:
        result = _run_child("next-item", str(package), str(folder), *map(str, photos))
    samples, naive = result["shown"], result["naive"]
    p95 = percentile(samples, 0.95)
    detail = (
        f"p50 {format_seconds(median(samples))}, max {format_seconds(max(samples))}, "
        f"{sum(sample < QUICK for sample in samples)} of {len(samples)} under {format_seconds(QUICK)}; "
        f"trigger() returned after p50 {format_seconds(median(result['returned']))} (status edit saved, "
        "next item requested); the UI idles until workers finish between submits (the annotator works on "
        f"each photo); naive next image (full QImage decode + QPixmap, {len(naive)} files): p95 "
        f"{format_seconds(percentile(naive, 0.95))}, p50 {format_seconds(median(naive))} -> "
        f"{_versus(p95, percentile(naive, 0.95))}; app parts, medians over {len(result['parts'])} photos: "
        + ", ".join(
            f"{name} {format_seconds(median([part[name] for part in result['parts']]))}" for name in result["parts"][0]
        )
        + f"; JPEGs {median([photo.stat().st_size for photo in photos]) / 1e6:.1f} MB"
    )
    return Result(
        name="next 12 MP photo shown after item.done (p95)",
        figure=p95,
        target=NEXT_TARGET,
        samples=len(samples),
        detail=detail,
    )


BENCHMARKS = (
    *(
        Benchmark(id=f"first-view-{w}x{h}", area="bbox", run=partial(bench_first_view, (w, h)))
        for w, h in FIRST_VIEW_TARGETS
    ),
    Benchmark(id="pan-fit", area="bbox", run=partial(bench_pan, "fit")),
    Benchmark(id="pan-100", area="bbox", run=partial(bench_pan, "100")),
    Benchmark(id="next-item", area="bbox", run=bench_next_item),
)


# -- the child side (Qt is imported here only) -------------------------------------------------


def _peak_rss_mib() -> float:
    """This process's peak resident set size since exec.

    VmHWM, not ru_maxrss: Linux folds the parent's high-water mark into ru_maxrss across fork + exec, so
    every child of a runner that once held 500 MiB (making the 100 MP image does) would report 500 MiB.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


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


def _open_window(package: str, folder: str) -> tuple[Any, Any, Any, dict[str, float]]:
    """A shown MainWindow on a workspace in `folder`, the package opened and its first item on screen.

    Also returns when `package_opened` and `item_shown` fired, in seconds after `open_package` was called.
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
    start = time.perf_counter()
    shown, _item_id = _wait_for(window.item_shown, lambda: window.open_package(package))
    times = {"opened": opened[0] - start if opened else float("nan"), "shown": shown - start}
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

    return {"rss_mib": _peak_rss_mib()}


def _child_app_first_view(package: str, folder: str, size: str) -> dict[str, Any]:
    workspace, window, editor, times = _open_window(package, folder)
    _check_shown(editor, tuple(int(side) for side in size.split("x")))
    start = time.perf_counter()
    editor.canvas.viewport().repaint()
    paint = time.perf_counter() - start
    window.close()
    workspace.close()
    return {**times, "paint": paint, "rss_mib": _peak_rss_mib()}


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
    return {"seconds": painted - start, **parts, "rss_mib": _peak_rss_mib()}


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


def _pan_samples(view: Any, *, centre: bool) -> list[float]:
    """Repaint time of the whole viewport after each horizontal scroll step (ping-pong inside the range)."""
    app = _application()
    bar = view.horizontalScrollBar()
    if centre:
        for scroll in (bar, view.verticalScrollBar()):
            scroll.setValue((scroll.minimum() + scroll.maximum()) // 2)
    step = PAN_STEP_PX
    samples = []
    for index in range(PAN_WARMUP + PAN_STEPS):
        if not bar.minimum() <= bar.value() + step <= bar.maximum():
            step = -step
        bar.setValue(bar.value() + step)
        app.processEvents()  # the scroll's own partial update runs here, outside the timing
        start = time.perf_counter()
        view.viewport().repaint()
        if index >= PAN_WARMUP:
            samples.append(time.perf_counter() - start)
    return samples


def _naive_scene_view(photo: str, boxes: list[dict[str, Any]], size: Any) -> Any:
    """The plain way: one QGraphicsRectItem and one QGraphicsSimpleTextItem per box, full-size pixmap."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPen, QPixmap
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

    scene = QGraphicsScene()
    pixmap = QPixmap(photo)
    scene.addPixmap(pixmap)
    pens = {}
    for name, color in LABELS:
        # Like the app (and labelImg, labelme): lines 2 screen pixels wide and labels readable at any zoom.
        pens[name] = QPen(QColor(color), 2)
        pens[name].setCosmetic(True)
    for box in boxes:
        rect = scene.addRect(QRectF(box["x"], box["y"], box["w"], box["h"]), pens[box["label"]])
        text = QGraphicsSimpleTextItem(box["label"], rect)
        text.setBrush(pens[box["label"]].color())
        text.setPos(box["x"] + 3, box["y"] + 1)
        text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    scene.setSceneRect(QRectF(0, 0, pixmap.width(), pixmap.height()))
    view = QGraphicsView(scene)
    scene.setParent(view)  # a view does not own its scene; without this Python would free it on return
    view.resize(size)
    view.setBackgroundBrush(QColor("#2b2b2b"))
    return view


def _set_zoom(view: Any, zoom: str) -> list[int]:
    """Fit the image, or show it at 100 %; the viewport's size once the scroll bars have settled."""
    from PySide6.QtCore import Qt

    if zoom == "fit":
        view.fitInView(view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    else:
        view.resetTransform()
    _application().processEvents()
    return [view.viewport().width(), view.viewport().height()]


def _child_pan(package: str, folder: str, photo: str, zoom: str) -> dict[str, Any]:
    from annotator.core.package import open_package
    from annotator.core.workspace import Workspace

    _application()
    boxes = _random_boxes(PAN_BOXES, *PHOTO_SIZE, seed=5)
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
    canvas = editor.canvas
    viewport = _set_zoom(canvas, zoom)
    bar = canvas.horizontalScrollBar()
    result: dict[str, Any] = {"viewport": viewport, "scroll_range": bar.maximum() - bar.minimum()}
    result["app"] = _pan_samples(canvas, centre=zoom != "fit")
    editor.layer.setVisible(False)
    result["image_only"] = _pan_samples(canvas, centre=zoom != "fit")
    frame = canvas.size()
    window.close()
    workspace.close()

    view = _naive_scene_view(photo, boxes, frame)
    _show(view)
    if _set_zoom(view, zoom) != viewport:
        raise RuntimeError(f"naive viewport {view.viewport().size()} differs from the canvas's {viewport}")
    result["naive"] = _pan_samples(view, centre=zoom != "fit")
    view.close()
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


_CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "imports": _child_imports,
    "app-first-view": _child_app_first_view,
    "naive-first-view": _child_naive_first_view,
    "first-view-parts": _child_first_view_parts,
    "pan": _child_pan,
    "next-item": _child_next_item,
}


if __name__ == "__main__":
    mode, *arguments = sys.argv[1:]
    print(RESULT_PREFIX + json.dumps(_CHILDREN[mode](*arguments)), flush=True)

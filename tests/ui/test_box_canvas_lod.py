"""Labels by size on screen, not by count: 5,000 boxes with 20 big ones show those 20 labels; zooming in
brings the small boxes' labels."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage

from annotator.core.package import open_package
from annotator.core.packing import pack_package
from annotator.core.workspace import Workspace
from annotator.ui.editors.bbox import BoxEditor
from tests.ui.test_bbox_editor import editor_of, key
from tests.ui.windows import open_window

BIG_COLOR = "#f58231"  # orange backdrop, black text
SMALL_COLOR = "#4363d8"  # blue backdrop, white text
SIZE = (4000, 3000)
BIG = 20
TOTAL = 5000


@pytest.fixture
def package(tmp_path: Path) -> Path:
    media = tmp_path / "media"
    media.mkdir()
    Image.new("RGB", SIZE, (128, 128, 128)).save(media / "photo.png")
    labels = tmp_path / "labels.json"
    schema = {"mode": "single", "labels": [{"name": "car", "color": BIG_COLOR}, {"name": "dot", "color": SMALL_COLOR}]}
    labels.write_text(json.dumps(schema))
    pack_package(media, labels_path=labels, output=tmp_path / "pkg", package_id="lod")
    return tmp_path / "pkg"


def big_boxes() -> list[dict]:
    """20 boxes of 400 x 300 px on a 5 x 4 grid: ~100 px wide on screen at fit, far apart."""
    return [
        {"id": f"big{n}", "label": "car", "x": 200 + (n % 5) * 760, "y": 250 + (n // 5) * 700, "w": 400, "h": 300}
        for n in range(BIG)
    ]


def small_boxes(count: int) -> list[dict]:
    """Boxes of 8 x 8 px anywhere: about 2 screen pixels at fit."""
    rng = random.Random(7)
    return [
        {
            "id": f"s{n}",
            "label": "dot",
            "x": rng.uniform(0, SIZE[0] - 8),
            "y": rng.uniform(0, SIZE[1] - 8),
            "w": 8,
            "h": 8,
        }
        for n in range(count)
    ]


def open_with(qtbot, workspace: Workspace, package: Path, boxes: list[dict]) -> BoxEditor:
    opened = open_package(package)
    manifest = opened.manifest
    workspace.register_package(manifest, manifest_sha256=opened.manifest_sha256, path=str(opened.path))
    stored = [{**box, "attributes": [], "source": "user"} for box in boxes]
    workspace.set_annotation(manifest.id, manifest.items[0].id, {"boxes": stored, "verified": False})
    opened.close()
    window = open_window(qtbot, workspace, package)
    editor = editor_of(window)
    qtbot.waitUntil(lambda: editor.canvas.sceneRect().width() == SIZE[0])
    editor.canvas.setFocus()
    key(qtbot, editor, Qt.Key.Key_C)  # no crosshair over the pixels read below
    key(qtbot, editor, Qt.Key.Key_F)
    return editor


def grab(editor: BoxEditor) -> QImage:
    return editor.canvas.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def share_of(image: QImage, rect: QRectF, color: str) -> float:
    """The share of the pixels inside `rect` that are exactly `color`."""
    wanted = QColor(color)
    xs = range(round(rect.left()) + 1, round(rect.right()) - 1)
    ys = range(round(rect.top()) + 1, round(rect.bottom()) - 1)
    hits = sum(image.pixelColor(x, y) == wanted for y in ys for x in xs)
    return hits / max(1, len(xs) * len(ys))


def test_big_boxes_are_labelled_among_thousands_of_tiny_ones(qtbot, workspace: Workspace, package: Path) -> None:
    boxes = big_boxes() + small_boxes(TOTAL - BIG)
    editor = open_with(qtbot, workspace, package, boxes)
    assert len(editor.boxes()) == TOTAL
    image = grab(editor)
    assert sorted(editor.layer.labelled_ids()) == sorted(box["id"] for box in big_boxes())
    view = editor.canvas.viewportTransform()
    for box in big_boxes():
        rect = editor.layer.label_rect(box["id"], view)
        assert rect is not None
        # The backdrop in the class colour, with dark text on it: drawn, and where label_rect says.
        assert 0.5 < share_of(image, rect, BIG_COLOR) < 0.95, box["id"]
        corner = view.map(QPointF(box["x"], box["y"]))
        assert abs(rect.left() - corner.x()) <= 1 and abs(rect.bottom() - corner.y()) <= 1
    assert editor.layer.label_rect("s1", view) is None


def test_which_boxes_get_labels_does_not_depend_on_how_many_there_are(
    qtbot, workspace: Workspace, package: Path
) -> None:
    editor = open_with(qtbot, workspace, package, big_boxes())
    grab(editor)  # what a paint draws
    assert sorted(editor.layer.labelled_ids()) == sorted(box["id"] for box in big_boxes())


def test_zooming_in_brings_the_labels_of_small_boxes(qtbot, workspace: Workspace, package: Path) -> None:
    small = small_boxes(TOTAL - BIG)
    editor = open_with(qtbot, workspace, package, big_boxes() + small)
    target = small[0]
    assert target["id"] not in editor.layer.labelled_ids()
    centre = QPointF(target["x"] + 20, target["y"] + 4)
    while editor.canvas.transform().m11() < 8:
        key(qtbot, editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        editor.canvas.centerOn(centre)
    image = grab(editor)
    assert target["id"] in editor.layer.labelled_ids()
    rect = editor.layer.label_rect(target["id"], editor.canvas.viewportTransform())
    assert rect is not None and share_of(image, rect, SMALL_COLOR) > 0.5
    # Only boxes in view are labelled: a few dozen of the 4,980 small ones at this zoom.
    assert 0 < len(editor.layer.labelled_ids()) < 100

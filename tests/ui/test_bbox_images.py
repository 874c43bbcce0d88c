"""Box editor on awkward images: EXIF rotation, very wide, very large, truncated."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsPixmapItem, QLabel

from annotator.core.packing import pack_package
from annotator.core.workspace import Workspace
from annotator.ui.editors.bbox import BoxEditor
from annotator.ui.main_window import MainWindow
from tests.ui.test_bbox_editor import drag, key, to_view


def split_image(path: Path, orientation: int | None) -> None:
    """400x200 raw pixels: left half red, right half blue, with an EXIF orientation tag."""
    image = Image.new("RGB", (400, 200), "blue")
    image.paste((255, 0, 0), (0, 0, 200, 200))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(path, quality=95, exif=exif.tobytes())


def open_single_image(qtbot, workspace: Workspace, tmp_path: Path, make) -> tuple[MainWindow, BoxEditor]:
    media = tmp_path / "media"
    media.mkdir()
    make(media / "photo.jpg")
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"mode": "single", "labels": [{"name": "thing", "color": "#ff0000"}]}))
    pack_package(media, labels_path=labels, output=tmp_path / "pkg.zip", package_id="one")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.item_shown, timeout=30_000):
        window.open_package(tmp_path / "pkg.zip")
    editor = window.findChild(BoxEditor, "box_editor")
    return window, editor


def displayed_color(editor: BoxEditor, x: float, y: float) -> QColor:
    pixmap_item = next(i for i in editor.canvas.scene().items() if isinstance(i, QGraphicsPixmapItem))
    point = pixmap_item.mapFromScene(x, y)
    return pixmap_item.pixmap().toImage().pixelColor(int(point.x()), int(point.y()))


@pytest.mark.parametrize(
    ("orientation", "top_is_red"),
    [(6, True), (8, False)],  # 6: turn 90° clockwise, raw left goes to the top; 8: counter-clockwise
)
def test_exif_rotated_jpeg_is_annotated_as_displayed(qtbot, workspace, tmp_path, orientation, top_is_red) -> None:
    _window, editor = open_single_image(qtbot, workspace, tmp_path, lambda p: split_image(p, orientation))
    rect = editor.canvas.sceneRect()
    assert (rect.width(), rect.height()) == (200, 400)
    top, bottom = displayed_color(editor, 100, 50), displayed_color(editor, 100, 350)
    red, blue = (top, bottom) if top_is_red else (bottom, top)
    assert red.red() > 200 and red.blue() < 60
    assert blue.blue() > 200 and blue.red() < 60

    editor.canvas.setFocus()
    key(qtbot, editor, Qt.Key.Key_W)
    drag(qtbot, editor, to_view(editor, 20, 300), to_view(editor, 180, 390))
    annotation = workspace.item("one", "photo").annotation
    assert annotation["image"] == {"orientation": orientation, "raw_size": [400, 200], "display_size": [200, 400]}
    box = annotation["boxes"][0]
    assert box["y"] + box["h"] <= 400 and box["x"] + box["w"] <= 200 and box["y"] > 200


def test_image_wider_than_qt_can_draw(qtbot, workspace, tmp_path) -> None:
    def wide(path: Path) -> None:
        Image.new("RGB", (40_000, 3_000), "green").save(path, quality=70)

    _window, editor = open_single_image(qtbot, workspace, tmp_path, wide)
    rect = editor.canvas.sceneRect()
    assert (rect.width(), rect.height()) == (40_000, 3_000)
    assert displayed_color(editor, 39_990, 2_990).green() > 100


def test_100_megapixel_jpeg(qtbot, workspace, tmp_path) -> None:
    def huge(path: Path) -> None:
        Image.new("RGB", (12_000, 8_400), "purple").save(path, quality=70)

    _window, editor = open_single_image(qtbot, workspace, tmp_path, huge)
    rect = editor.canvas.sceneRect()
    assert (rect.width(), rect.height()) == (12_000, 8_400)
    color = displayed_color(editor, 6_000, 4_200)
    assert color.red() > 100 and color.blue() > 100 and color.green() < 60


def test_truncated_jpeg_shows_a_message_not_a_crash(qtbot, workspace, tmp_path) -> None:
    # `pack` refuses a truncated JPEG; a package made by another tool may still carry one.
    media = tmp_path / "media"
    media.mkdir()
    Image.new("RGB", (800, 600), "white").save(media / "photo.jpg", quality=90)
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"mode": "single", "labels": [{"name": "thing", "color": "#ff0000"}]}))
    package = tmp_path / "pkg"
    pack_package(media, labels_path=labels, output=package, package_id="one")
    cut = (package / "media" / "photo.jpg").read_bytes()[:300]
    (package / "media" / "photo.jpg").write_bytes(cut)
    manifest = json.loads((package / "package.json").read_text())
    manifest["items"][0]["sha256"] = hashlib.sha256(cut).hexdigest()
    (package / "package.json").write_text(json.dumps(manifest))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.item_shown, timeout=30_000):
        window.open_package(package)
    message = window.findChild(QLabel, "editor_message")
    qtbot.waitUntil(lambda: not message.isHidden())
    assert "photo.jpg" in message.text() and "cannot be shown" in message.text()

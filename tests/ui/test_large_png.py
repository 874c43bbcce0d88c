"""A valid 12,000 x 8,400 PNG, past Qt's 256 MB decode limit and not decodable at a reduced size, opens and tiles."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsPixmapItem, QLabel

from annotator.core.workspace import Workspace
from annotator.ui.editors.bbox import BoxEditor
from tests.ui.test_bbox_editor import drag, key, to_view
from tests.ui.test_bbox_tiles import wait_for_tiles_in_view
from tests.ui.windows import open_window

WIDTH, HEIGHT = 12_000, 8_400
# Quadrant colours (top-left, top-right, bottom-left, bottom-right), each in 2-px columns with black:
# a reduced view blurs the columns into one flat colour, full detail shows them.
QUADRANTS = ((255, 80, 80), (80, 255, 80), (80, 80, 255), (255, 255, 255))


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def write_big_png(path: Path) -> None:
    """Write the PNG row by row (filter 0, RGB, 8 bit), so building it never holds 300 MB of pixels."""
    x = np.arange(WIDTH)
    compressor = zlib.compressobj(6)
    parts = []
    for half, rows in ((0, HEIGHT // 2), (1, HEIGHT - HEIGHT // 2)):
        colours = np.array(QUADRANTS[2 * half : 2 * half + 2], dtype=np.uint8)
        row = colours[(x >= WIDTH // 2).astype(int)]
        row[(x // 2) % 2 == 1] = 0
        line = b"\x00" + row.tobytes()
        parts.extend(compressor.compress(line) for _ in range(rows))
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def big_png_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The PNG packed with `annotator pack`, once for the module (building it takes a few seconds)."""
    root = tmp_path_factory.mktemp("big-png")
    media = root / "media"
    media.mkdir()
    write_big_png(media / "plan.png")
    labels = root / "labels.json"
    labels.write_text(json.dumps({"mode": "single", "labels": [{"name": "room", "color": "#ff0000"}]}))
    package = root / "pkg.zip"
    pack = ["pack", str(media), "--labels", str(labels), "-o", str(package), "--id", "big"]
    subprocess.run([sys.executable, "-m", "annotator", *pack], check=True, capture_output=True)
    return package


def preview_colour(editor: BoxEditor, x: float, y: float) -> QColor:
    """The colour of the reduced first-view image at a point of the displayed image."""
    pixmap_item = next(i for i in editor.canvas.scene().items() if isinstance(i, QGraphicsPixmapItem))
    point = pixmap_item.mapFromScene(x, y)
    return pixmap_item.pixmap().toImage().pixelColor(int(point.x()), int(point.y()))


def test_a_100_megapixel_png_opens_and_shows_full_detail_at_100_percent(
    qtbot, workspace: Workspace, big_png_package: Path
) -> None:
    window = open_window(qtbot, workspace, big_png_package)
    editor = window.findChild(BoxEditor, "box_editor")
    assert window.findChild(QLabel, "editor_message").isHidden()  # no "cannot be shown"
    rect = editor.canvas.sceneRect()
    assert (rect.width(), rect.height()) == (WIDTH, HEIGHT)
    # The first view is the whole image, reduced (here to a quarter): each quadrant its colour, columns blurred.
    pixmap_item = next(i for i in editor.canvas.scene().items() if isinstance(i, QGraphicsPixmapItem))
    assert (pixmap_item.pixmap().width(), pixmap_item.pixmap().height()) == (WIDTH // 4, HEIGHT // 4)
    for index, (x, y) in enumerate([(3_000, 2_000), (9_000, 2_000), (3_000, 6_000), (9_000, 6_000)]):
        shown = preview_colour(editor, x, y)
        want = [c // 2 for c in QUADRANTS[index]]  # half the columns are black
        assert all(abs(a - b) <= 12 for a, b in zip((shown.red(), shown.green(), shown.blue()), want, strict=True))

    # At 100 % the tiles show the 2-px columns exactly where the file has them.
    editor.canvas.setFocus()
    key(qtbot, editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    wait_for_tiles_in_view(qtbot, editor, factor=1)
    qtbot.waitUntil(lambda: editor.tiles.coverage(editor.canvas.visible_scene_rect()) >= 0.999, timeout=60_000)
    viewport = editor.canvas.viewport()
    qtbot.waitUntil(lambda: _matches_file(editor, viewport.grab().toImage()), timeout=10_000)

    # A box drawn on it records the file's geometry.
    key(qtbot, editor, Qt.Key.Key_F)
    key(qtbot, editor, Qt.Key.Key_W)
    drag(qtbot, editor, to_view(editor, 1_000, 1_000), to_view(editor, 5_000, 4_000))
    annotation = workspace.item("big", "plan").annotation
    assert annotation["image"] == {"orientation": 1, "raw_size": [WIDTH, HEIGHT], "display_size": [WIDTH, HEIGHT]}


def _matches_file(editor: BoxEditor, shot) -> bool:
    """Whether the view shows the file's 2-px columns, in each quadrant's own colour, around its middle."""
    centre = QPoint(shot.width() // 2, shot.height() // 2)
    for dx, dy in ((-150, -120), (150, -120), (-150, 120), (150, 120)):
        start = centre + QPoint(dx, dy)
        scene = editor.canvas.mapToScene(start)
        colour = QUADRANTS[2 * (scene.y() >= HEIGHT // 2) + (scene.x() >= WIDTH // 2)]
        # Eight screen pixels in a row cross four columns: the brightest is the colour, the darkest black
        # (a reduced image would show one flat colour instead).
        row = [shot.pixelColor(start + QPoint(step, 0)) for step in range(8)]
        brightest = max(row, key=lambda c: c.lightness())
        darkest = min(row, key=lambda c: c.lightness())
        if any(
            abs(a - b) > 40 for a, b in zip((brightest.red(), brightest.green(), brightest.blue()), colour, strict=True)
        ):
            return False
        if max(darkest.red(), darkest.green(), darkest.blue()) > 40:
            return False
    return True

"""Zooming in on a big image: full-detail tiles replace the reduced first view, oriented as displayed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image, ImageOps
from PySide6.QtCore import QPointF, Qt

from tests.ui.test_bbox_editor import key
from tests.ui.test_bbox_images import open_single_image

BLOCK = 64


def stripes(path: Path) -> None:
    """4,000 x 3,000: black and white columns 2 px wide, which a half-size decode blurs to grey."""
    image = Image.new("L", (4_000, 3_000), 0)
    white = Image.new("L", (2, 3_000), 255)
    for x in range(0, 4_000, 4):
        image.paste(white, (x, 0))
    image.convert("RGB").save(path, quality=98, subsampling=0)


def blocks(path: Path, orientation: int) -> None:
    """4,000 x 3,000 of 64 px blocks in random colours, with an EXIF orientation tag."""
    rng = random.Random(orientation)
    small = Image.frombytes("RGB", (4_000 // BLOCK + 1, 3_000 // BLOCK + 1), rng.randbytes((4_000 // BLOCK + 1) * (3_000 // BLOCK + 1) * 3))
    image = small.resize((small.width * BLOCK, small.height * BLOCK), Image.Resampling.NEAREST).crop((0, 0, 4_000, 3_000))
    exif = Image.Exif()
    exif[0x0112] = orientation
    image.save(path, quality=95, exif=exif.tobytes())


def contrast_at_centre(editor) -> int:
    """The spread of grey levels along 16 screen pixels at the middle of the view."""
    shot = editor.canvas.viewport().grab().toImage()
    y, x0 = shot.height() // 2, shot.width() // 2
    greys = [shot.pixelColor(x, y).lightness() for x in range(x0, x0 + 16)]
    return max(greys) - min(greys)


def wait_for_tiles_in_view(qtbot, editor, factor: int) -> None:
    def covered() -> bool:
        centre = editor.canvas.visible_scene_rect().center()
        return editor.tiles.factor == factor and any(rect.contains(centre) for _k, rect in editor.tiles.ready_tiles())

    qtbot.waitUntil(covered, timeout=20_000)


def test_zooming_to_100_percent_shows_full_detail(qtbot, workspace, tmp_path) -> None:
    _window, editor = open_single_image(qtbot, workspace, tmp_path, stripes)
    editor.canvas.setFocus()
    assert editor.tiles.factor is None  # at fit the reduced decode is already as sharp as the screen
    key(qtbot, editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    wait_for_tiles_in_view(qtbot, editor, factor=1)
    qtbot.waitUntil(lambda: contrast_at_centre(editor) > 150, timeout=5_000)
    # Every pixel in view gets its tile, not just the middle.
    qtbot.waitUntil(lambda: editor.tiles.coverage(editor.canvas.visible_scene_rect()) >= 0.999, timeout=20_000)
    # Back at fit, no tiles are drawn and nothing is decoded.
    key(qtbot, editor, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: editor.tiles.factor is None)


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_tiles_are_turned_as_the_photo_is_displayed(qtbot, workspace, tmp_path, orientation: int) -> None:
    _window, editor = open_single_image(qtbot, workspace, tmp_path, lambda p: blocks(p, orientation))
    with Image.open(tmp_path / "media" / "photo.jpg") as raw:
        displayed = ImageOps.exif_transpose(raw).convert("RGB")
    assert (editor.canvas.sceneRect().width(), editor.canvas.sceneRect().height()) == displayed.size
    editor.canvas.setFocus()
    key(qtbot, editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    wait_for_tiles_in_view(qtbot, editor, factor=1)
    qtbot.wait(50)  # the repaint after the last tile arrived
    shot = editor.canvas.viewport().grab().toImage()
    checked = 0
    for fx in (0.3, 0.5, 0.7):
        for fy in (0.3, 0.5, 0.7):
            view_x, view_y = int(shot.width() * fx), int(shot.height() * fy)
            scene = editor.canvas.to_scene(QPointF(view_x + 0.5, view_y + 0.5))
            if min(scene.x() % BLOCK, scene.y() % BLOCK, -scene.x() % BLOCK, -scene.y() % BLOCK) < 4:
                continue  # JPEG blurs block edges; compare block interiors
            if not any(rect.contains(scene) for _k, rect in editor.tiles.ready_tiles()):
                continue
            expected = displayed.getpixel((int(scene.x()), int(scene.y())))
            shown = shot.pixelColor(view_x, view_y)
            assert abs(shown.red() - expected[0]) < 40, (fx, fy)
            assert abs(shown.green() - expected[1]) < 40, (fx, fy)
            assert abs(shown.blue() - expected[2]) < 40, (fx, fy)
            checked += 1
    assert checked >= 3

"""The image under the boxes: the shrunk copy for a steady view, the first view under tiles, the crosshair."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage

from annotator.ui.editors.tile_decode import factor_for
from tests.ui.test_bbox_editor import key
from tests.ui.test_bbox_images import open_single_image
from tests.ui.test_bbox_tiles import BLOCK, blocks, contrast_at_centre, wait_for_tiles_in_view

BACKGROUND = QColor("#2b2b2b")


def _magnification(editor) -> float:
    """Device pixels per pixel of the first-view decode."""
    return editor.canvas.device_scale() * editor._pixmap_item.transform().m11()


def _block_colors_match(editor, shot: QImage, photo: Image.Image) -> tuple[int, int]:
    """Of 25 block centres spread over the photo, how many are in view and how many of those show
    their block's colour (each channel within 24)."""
    matched = in_view = 0
    for fx in (0.1, 0.3, 0.5, 0.7, 0.9):
        for fy in (0.1, 0.3, 0.5, 0.7, 0.9):
            column, row = int(photo.width * fx) // BLOCK, int(photo.height * fy) // BLOCK
            centre = QPointF(column * BLOCK + BLOCK / 2, row * BLOCK + BLOCK / 2)
            on_screen = editor.canvas.mapFromScene(centre)
            if not shot.rect().contains(on_screen):
                continue
            in_view += 1
            shown = shot.pixelColor(on_screen.x(), on_screen.y())
            expected = photo.getpixel((int(centre.x()), int(centre.y())))
            if all(abs(a - b) <= 24 for a, b in zip((shown.red(), shown.green(), shown.blue()), expected, strict=True)):
                matched += 1
    return in_view, matched


def test_a_view_that_holds_still_copies_a_shrunk_image_in_the_right_place(qtbot, workspace, tmp_path) -> None:
    _window, editor = open_single_image(qtbot, workspace, tmp_path, lambda p: blocks(p, 1))
    photo = Image.open(tmp_path / "media" / "photo.jpg").convert("RGB")
    image_item = editor._pixmap_item
    assert _magnification(editor) < 0.95  # at fit the 2000 x 1500 decode is shrunk to the view
    step_in = _magnification(editor) * 1.25
    qtbot.waitUntil(
        lambda: image_item.has_shrunk_copy_for(_magnification(editor)) and image_item.has_shrunk_copy_for(step_in),
        timeout=10_000,
    )
    editor.canvas.viewport().repaint()
    # Each block where the photo has it: a copy off by a block, or scaled wrongly, fails most of them.
    assert _block_colors_match(editor, editor.canvas.viewport().grab().toImage(), photo) == (25, 25)
    # One zoom step from a held zoom finds its copy made too; the next, straight after, draws the
    # decode shrunk on the fly. Both frames show every block where it is.
    editor.canvas.setFocus()
    key(qtbot, editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert image_item.has_shrunk_copy_for(_magnification(editor))
    in_view, matched = _block_colors_match(editor, editor.canvas.viewport().grab().toImage(), photo)
    assert in_view >= 9 and matched == in_view
    key(qtbot, editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert _magnification(editor) < 0.95 and not image_item.has_shrunk_copy_for(_magnification(editor))
    in_view, matched = _block_colors_match(editor, editor.canvas.viewport().grab().toImage(), photo)
    assert in_view >= 9 and matched == in_view


def test_the_first_view_shows_wherever_tiles_are_not_there_yet(qtbot, workspace, tmp_path) -> None:
    _window, editor = open_single_image(qtbot, workspace, tmp_path, lambda p: blocks(p, 1))
    editor.canvas.setFocus()
    key(qtbot, editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # 100 %: the view is all image
    visible = editor.canvas.visible_scene_rect()
    for _ in range(3):  # right away (no tile yet), then as they arrive, then with every tile in
        shot = editor.canvas.viewport().grab().toImage()
        backdrop = sum(
            shot.pixelColor(x, y) == BACKGROUND for x in range(0, shot.width(), 7) for y in range(0, shot.height(), 7)
        )
        assert backdrop == 0
        qtbot.wait(100)
    qtbot.waitUntil(lambda: editor.tiles.coverage(visible) >= 0.9999, timeout=20_000)
    assert editor.tiles.hides(visible, editor.canvas.device_scale())
    shot = editor.canvas.viewport().grab().toImage()
    assert not any(shot.pixelColor(x, y) == BACKGROUND for x in range(0, shot.width(), 7) for y in range(0, shot.height(), 7))


def test_a_slightly_stretched_decode_is_used_rather_than_tiles_shrunk_by_half() -> None:
    # The first view is a half-size decode (0.5 device pixels per image pixel at full quality).
    assert factor_for(0.5, 0.5) is None
    assert factor_for(0.54, 0.5) is None  # stretched by 8 %: still the first view
    assert factor_for(0.56, 0.5) == 1  # stretched by 12 % would blur: full-size tiles
    assert factor_for(0.27, 0.125) == 4  # an eighth-size first view, a quarter-size decode stretched by 8 %
    assert factor_for(0.3, 0.125) == 2
    assert factor_for(1.5, 0.5) == 1


def test_the_crosshair_crosses_the_image_at_the_mouse_and_stops_at_its_edges(qtbot, workspace, tmp_path) -> None:
    _window, editor = open_single_image(qtbot, workspace, tmp_path, lambda p: blocks(p, 1))
    viewport = editor.canvas.viewport()
    editor.canvas.setFocus()
    image = editor.canvas.mapFromScene(editor.canvas.sceneRect()).boundingRect()
    at = QPoint(image.center().x() + 13, image.center().y() - 7)
    qtbot.mouseMove(viewport, at)
    qtbot.waitUntil(lambda: editor.canvas.cursor_scene_pos is not None)
    viewport.repaint()
    with_cross = viewport.grab().toImage()
    key(qtbot, editor, Qt.Key.Key_C)  # crosshair off
    viewport.repaint()
    without = viewport.grab().toImage()

    def lighter(x: int, y: int) -> bool:
        return with_cross.pixelColor(x, y).lightness() > without.pixelColor(x, y).lightness()

    row = [x for x in range(viewport.width()) if lighter(x, at.y())]
    column = [y for y in range(viewport.height()) if lighter(at.x(), y)]
    inside_x = range(max(0, image.left() + 1), min(viewport.width(), image.right()))
    inside_y = range(max(0, image.top() + 1), min(viewport.height(), image.bottom()))
    # Across the whole image (a white pixel cannot get lighter), and nowhere outside it.
    assert len(row) >= 0.9 * len(inside_x) and all(image.left() <= x <= image.right() for x in row)
    assert len(column) >= 0.9 * len(inside_y) and all(image.top() <= y <= image.bottom() for y in column)
    # One pixel thick: the rows just above and below are untouched.
    assert not any(lighter(x, at.y() - 2) for x in inside_x if abs(x - at.x()) > 2)


def fine_stripes(path) -> None:
    """4,000 x 3,000 of one-pixel black and white columns: grey in a half-size decode, striped in full."""
    row = bytes([0, 255] * 2_000)
    Image.frombytes("L", (4_000, 3_000), row * 3_000).convert("RGB").save(path, quality=98, subsampling=0)


def test_tiles_that_would_be_shrunk_wait_until_the_zoom_holds_still(qtbot, workspace, tmp_path) -> None:
    _window, editor = open_single_image(qtbot, workspace, tmp_path, fine_stripes)
    editor.canvas.setFocus()
    key(qtbot, editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # 100 %: full-size tiles
    wait_for_tiles_in_view(qtbot, editor, factor=1)
    qtbot.waitUntil(lambda: contrast_at_centre(editor) > 150, timeout=5_000)
    # One step out: the same tiles would now be shrunk to 80 % on every frame of a burst of steps.
    key(qtbot, editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    editor.canvas.viewport().repaint()
    assert contrast_at_centre(editor) < 60  # the half-size first view: the stripes blur to grey
    # Held still, the tiles are drawn again: every stripe is back.
    qtbot.waitUntil(lambda: contrast_at_centre(editor) > 100, timeout=5_000)

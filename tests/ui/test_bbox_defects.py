"""What an annotator hit in the box editor: copies onto smaller images, attributes nobody could see,
labels that grew with zoom, blurred pixels at high zoom, a hint naming old keys, drops on the image ignored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QLabel

from annotator.core.packing import pack_package
from annotator.core.workspace import Workspace
from annotator.ui.actions import ALL_ACTIONS, spec_by_id
from annotator.ui.editors.bbox import BoxEditor
from annotator.ui.keymap import Keymap
from annotator.ui.main_window import MainWindow
from tests.ui.test_bbox_editor import drag, editor_of, key, to_view
from tests.ui.test_bbox_images import open_single_image
from tests.ui.test_bbox_tiles import stripes, wait_for_tiles_in_view
from tests.ui.windows import open_window

GREY = (128, 128, 128)
CAT = "#f58231"  # orange: the class colour red text used to be unreadable on
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """Three images in this order: 800 x 600 grey, 300 x 200 grey, a 64 x 64 checkerboard of 1 px squares."""
    media = tmp_path / "media"
    media.mkdir()
    Image.new("RGB", (800, 600), GREY).save(media / "a-big.png")
    Image.new("RGB", (300, 200), GREY).save(media / "b-small.png")
    checker = Image.new("RGB", (64, 64), "white")
    checker.putdata([(0, 0, 0) if (i % 64 + i // 64) % 2 else (255, 255, 255) for i in range(64 * 64)])
    checker.save(media / "c-checker.png")
    labels = tmp_path / "labels.json"
    schema = {"mode": "single", "labels": [{"name": "cat", "color": CAT}], "attributes": ["occluded", "truncated"]}
    labels.write_text(json.dumps(schema))
    pack_package(media, labels_path=labels, output=tmp_path / "pkg", package_id="defects")
    return tmp_path / "pkg"


def stored(workspace: Workspace, item_id: str) -> list[dict]:
    annotation = workspace.item("defects", item_id).annotation
    return [] if annotation is None else annotation["boxes"]


def go_to(qtbot, window: MainWindow, item_id: str, size: tuple[int, int]) -> BoxEditor:
    while window.session.current_item.id != item_id:
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    editor = editor_of(window)
    qtbot.waitUntil(lambda: (editor.canvas.sceneRect().width(), editor.canvas.sceneRect().height()) == size)
    editor.canvas.setFocus()
    return editor


def draw(qtbot, editor: BoxEditor, x0: float, y0: float, x1: float, y1: float) -> None:
    key(qtbot, editor, Qt.Key.Key_W)
    drag(qtbot, editor, to_view(editor, x0, y0), to_view(editor, x1, y1))
    key(qtbot, editor, Qt.Key.Key_W)


def hint(editor: BoxEditor) -> str:
    return editor.findChild(QLabel, "box_hint").text()


def grab(editor: BoxEditor) -> QImage:
    return editor.canvas.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


# -- 1. copying the previous image's boxes onto a smaller image ---------------------------------


def test_copy_onto_a_smaller_image_leaves_out_what_no_longer_fits_and_says_so(
    qtbot, workspace: Workspace, package: Path
) -> None:
    window = open_window(qtbot, workspace, package)
    editor = go_to(qtbot, window, "a-big", (800, 600))
    draw(qtbot, editor, 20, 20, 120, 100)  # inside the small image: copied as it is
    draw(qtbot, editor, 250, 150, 350, 190)  # half of it inside: clamped like a drawn box
    draw(qtbot, editor, 400, 300, 500, 400)  # entirely outside
    draw(qtbot, editor, 18, 196, 300, 296)  # would be a 282 x 4 sliver
    inside, half, _outside, _sliver = stored(workspace, "a-big")

    editor = go_to(qtbot, window, "b-small", (300, 200))
    key(qtbot, editor, Qt.Key.Key_V, CTRL_SHIFT)

    copied = stored(workspace, "b-small")
    assert [(b["x"], b["y"], b["w"], b["h"]) for b in copied] == [
        (inside["x"], inside["y"], inside["w"], inside["h"]),
        (half["x"], half["y"], 300.0 - half["x"], half["h"]),
    ]
    assert all(b["w"] >= 1.0 and b["h"] >= 1.0 for b in copied)
    notice = editor.findChild(QLabel, "box_notice")
    assert notice.isVisible()
    assert notice.text() == "2 boxes copied from a-big, 2 left out: they fall outside this image"


# -- 2. attributes on the label ------------------------------------------------------------------


def test_an_attribute_toggled_on_a_box_shows_on_its_label(qtbot, workspace: Workspace, package: Path) -> None:
    window = open_window(qtbot, workspace, package)
    editor = go_to(qtbot, window, "a-big", (800, 600))
    key(qtbot, editor, Qt.Key.Key_C)  # no crosshair over the pixels read below
    draw(qtbot, editor, 100, 200, 400, 400)
    box_id = editor.selected_box_id()
    corner = editor.canvas.viewportTransform().map(QPointF(*box_corner(stored(workspace, "a-big")[0])))
    row = round(corner.y()) - 8  # through the label, which sits on the box's top edge
    columns = range(round(corner.x()), round(corner.x()) + 200)
    before = grab(editor)

    key(qtbot, editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert stored(workspace, "a-big")[0]["attributes"] == ["occluded"]
    after = grab(editor)
    changed = [x for x in columns if before.pixelColor(x, row) != after.pixelColor(x, row)]
    assert changed and min(changed) > round(corner.x()) + 20  # the class name stays, a tag follows it
    assert editor.layer.shown_label(box_id) == "cat · occl"


# -- 3. labels at screen size, readable; crisp pixels at high zoom --------------------------------


def box_corner(box: dict) -> tuple[float, float]:
    return box["x"], box["y"]


def label_on_screen(editor: BoxEditor, box: dict) -> tuple[int, int]:
    """The label's height on screen and how many rows hold its text, read from the pixels."""
    corner = editor.canvas.viewportTransform().map(QPointF(*box_corner(box)))
    image = grab(editor)
    # Two pixels in from the label's left edge is backdrop only (left of the text, right of the
    # box's outline): walk up it from above the box's top edge (and the corner handle of a selected
    # box) to the backdrop's top.
    x, bottom = round(corner.x()) + 2, round(corner.y()) - 5
    top = bottom
    while image.pixelColor(x, top - 1) == QColor(CAT):
        top -= 1
    assert image.pixelColor(x, top - 1) == QColor(*GREY)  # a hard edge onto the image
    height = bottom - top + 1
    # Black text on the orange backdrop (chosen by its luminance).
    columns = range(x, x + 40)
    text_rows = sum(1 for y in range(top, bottom) if any(image.pixelColor(c, y).lightness() < 60 for c in columns))
    return height, text_rows


def zoom_to(qtbot, editor: BoxEditor, at_least: float) -> None:
    key(qtbot, editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # 100 %
    while editor.canvas.transform().m11() < at_least:
        key(qtbot, editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)


def test_labels_keep_their_screen_size_at_any_zoom(qtbot, workspace: Workspace, package: Path) -> None:
    window = open_window(qtbot, workspace, package)
    editor = go_to(qtbot, window, "a-big", (800, 600))
    key(qtbot, editor, Qt.Key.Key_C)
    draw(qtbot, editor, 100, 200, 400, 400)
    box = stored(workspace, "a-big")[0]
    for box_is_selected in (True, False):  # the selected box is drawn apart from the others
        assert (editor.selected_box_id() == box["id"]) is box_is_selected
        sizes = []
        for zoom in (1.0, 4.0, 16.0):
            zoom_to(qtbot, editor, zoom)
            # Scroll so the box's top-left corner, where its label sits, is in view.
            editor.canvas.centerOn(QPointF(box["x"] + 100 / zoom, box["y"] + 50 / zoom))
            sizes.append(label_on_screen(editor, box))
            rect = editor.layer.label_rect(box["id"], editor.canvas.viewportTransform())
            assert rect.height() - 4 == sizes[-1][0]  # the public geometry is what is drawn
        assert sizes[0] == sizes[1] == sizes[2], box_is_selected
        height, text_rows = sizes[0]
        assert 12 <= height <= 30 and text_rows >= 6  # readable, and small beside the boxes around it
        key(qtbot, editor, Qt.Key.Key_F)
        qtbot.mouseClick(editor.canvas.viewport(), Qt.MouseButton.LeftButton, pos=to_view(editor, 700, 100))


def test_pixels_are_crisp_squares_when_zoomed_in(qtbot, workspace: Workspace, package: Path) -> None:
    window = open_window(qtbot, workspace, package)
    editor = go_to(qtbot, window, "c-checker", (64, 64))
    key(qtbot, editor, Qt.Key.Key_C)
    zoom_to(qtbot, editor, 4.0)
    editor.canvas.centerOn(QPointF(32, 32))
    image = grab(editor)
    view = editor.canvas.viewportTransform()
    inverse, _ok = view.inverted()
    scale = view.m11()
    origin, end = view.map(QPointF(24, 24)), view.map(QPointF(40, 40))
    for y in range(round(origin.y()), round(end.y())):
        for x in range(round(origin.x()), round(end.x())):
            color = image.pixelColor(x, y)
            # A sharp boundary: every screen pixel is black or white, never a blend of the two.
            assert color in (QColor(0, 0, 0), QColor(255, 255, 255)), (x, y, color.getRgb())
            # Away from a boundary (where sub-pixel placement may round either way), each square is
            # all the colour of its image pixel.
            scene = inverse.map(QPointF(x + 0.5, y + 0.5))
            if min(abs(scene.x() - round(scene.x())), abs(scene.y() - round(scene.y()))) * scale > 1:
                black = (int(scene.x()) + int(scene.y())) % 2 == 1
                assert color == (QColor(0, 0, 0) if black else QColor(255, 255, 255)), (x, y)


def test_full_detail_tiles_are_crisp_when_zoomed_in(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    # A 4,000 x 3,000 photo is shown from tiles once zoomed in, drawn by another item than small images.
    _window, editor = open_single_image(qtbot, workspace, tmp_path, stripes)
    editor.canvas.setFocus()
    key(qtbot, editor, Qt.Key.Key_C)
    zoom_to(qtbot, editor, 4.0)
    wait_for_tiles_in_view(qtbot, editor, factor=1)
    image = grab(editor)
    view = editor.canvas.viewportTransform()
    inverse, _ok = view.inverted()
    y = image.height() // 2
    squares: dict[int, set[int]] = {}
    for x in range(image.width() // 2 - 60, image.width() // 2 + 60):
        scene_x = inverse.map(QPointF(x + 0.5, y + 0.5)).x()
        if abs(scene_x - round(scene_x)) * view.m11() > 1:  # clear of a pixel boundary
            squares.setdefault(int(scene_x), set()).add(image.pixelColor(x, y).rgb())
    # The JPEG's pixels are near black or white; each comes out as one flat square, not a ramp.
    assert len(squares) >= 20 and all(len(colors) == 1 for colors in squares.values()), squares


# -- 4. the hint names the user's keys ---------------------------------------------------------------


def test_the_hint_names_remapped_keys_now_and_after_a_restart(qtbot, tmp_path: Path, package: Path) -> None:
    with Workspace.open(tmp_path / "own") as workspace:
        window = open_window(qtbot, workspace, package)
        try:
            editor = go_to(qtbot, window, "a-big", (800, 600))
            assert "W draw" in hint(editor)
            keys = Keymap.load(workspace)
            keys.set_keys(spec_by_id("bbox.draw", ALL_ACTIONS), ["B"])
            window.apply_keymap(keys)  # what OK in Help > Change keys does
            assert "B draw" in hint(editor) and "W draw" not in hint(editor)
            key(qtbot, editor, Qt.Key.Key_B)
            assert "DRAW: drag to draw a box (B to stop)" in hint(editor)
        finally:
            window.close()  # before its workspace closes: closing writes the last seconds of time
    with Workspace.open(tmp_path / "own") as again:
        window = open_window(qtbot, again, package)
        try:
            editor = go_to(qtbot, window, "a-big", (800, 600))
            assert "B draw" in hint(editor) and "W draw" not in hint(editor)
        finally:
            window.close()


# -- 5. dropping files on the image --------------------------------------------------------------


def drop_on_image(window: MainWindow, path: Path) -> tuple[QDragMoveEvent, QDropEvent]:
    """Drag `path` from a file manager (which offers copy or move) onto the middle of the image and drop it.

    The events go to the window's native window, as the platform sends them, so Qt picks the widget
    under the cursor that takes drops: exactly what happens when a person drops a file there.
    """
    viewport = editor_of(window).canvas.viewport()
    where = QPointF(viewport.mapTo(window, viewport.rect().center()))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    offered = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, no_keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    target = window.windowHandle()
    enter = QDragEnterEvent(where.toPoint(), offered, mime, buttons, no_keys)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(where.toPoint(), offered, mime, buttons, no_keys)
    if enter.isAccepted():  # as Qt's platform code does: the move starts from what the enter answered
        move.setDropAction(enter.dropAction())
        move.accept()
    else:
        move.ignore()
    QApplication.sendEvent(target, move)
    drop = QDropEvent(where, offered, mime, buttons, no_keys)
    if move.isAccepted():
        QApplication.sendEvent(target, drop)
    return move, drop


def test_a_package_dropped_on_the_image_opens_as_a_copy(qtbot, workspace: Workspace, demo_package: Path, package):
    window = open_window(qtbot, workspace, package)
    go_to(qtbot, window, "a-big", (800, 600))
    with qtbot.waitSignal(window.package_opened, timeout=10_000) as opened:
        move, drop = drop_on_image(window, demo_package / "package.json")
    assert opened.args == ["demo"]
    assert move.isAccepted() and move.dropAction() == Qt.DropAction.CopyAction
    # Never a move: a file manager told the file was moved may delete the package.
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction


def test_an_image_dropped_on_the_image_is_refused_with_a_message(qtbot, workspace: Workspace, package, tmp_path):
    window = open_window(qtbot, workspace, package)
    go_to(qtbot, window, "a-big", (800, 600))
    photo = tmp_path / "x.jpg"
    Image.new("RGB", (8, 8), GREY).save(photo)
    with qtbot.waitSignal(window.failed, timeout=5_000) as failed:
        drop_on_image(window, photo)
    assert failed.args == [
        "x.jpg is not a work package: open a package .zip or folder; to add images, ask the team lead to pack them."
    ]
    assert window.session.package_id == "defects"  # the package being worked on stays open

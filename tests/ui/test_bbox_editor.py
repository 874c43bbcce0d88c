"""The box editor driven by mouse and keys; every check reads the boxes stored in the workspace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from annotator.core.workspace import Workspace
from annotator.ui.dialogs.cheat_sheet import CheatSheetDialog
from annotator.ui.editors.bbox import BoxEditor
from annotator.ui.main_window import MainWindow


def editor_of(window: MainWindow) -> BoxEditor:
    editor = window.findChild(BoxEditor, "box_editor")
    assert editor is not None and editor.isVisible()
    return editor


def to_view(editor: BoxEditor, x: float, y: float) -> QPoint:
    """Where image pixel (x, y) is on the canvas viewport."""
    return editor.canvas.mapFromScene(QPointF(x, y))


def stored_boxes(workspace: Workspace, item_id: str) -> list[dict]:
    annotation = workspace.item("demo", item_id).annotation
    return [] if annotation is None else annotation["boxes"]


def key(qtbot, editor: BoxEditor, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(editor.canvas, k, modifiers)


def drag(qtbot, editor: BoxEditor, start: QPoint, end: QPoint) -> None:
    viewport = editor.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_prelabels_show_as_model_boxes_without_being_stored(window: MainWindow, workspace: Workspace) -> None:
    editor = editor_of(window)
    assert [(b["label"], b["source"]) for b in editor.boxes()] == [("person", "model"), ("rocket", "model")]
    assert workspace.item("demo", "img-astronaut").annotation is None


def test_draw_relabel_nudge_delete_undo_redo(qtbot, window: MainWindow, workspace: Workspace) -> None:
    # Move to the cat photo, which has no suggestions.
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.session.current_item.id == "img-chelsea")
    editor = editor_of(window)
    qtbot.waitUntil(lambda: not editor.canvas.sceneRect().isEmpty() and editor.canvas.sceneRect().width() == 640)
    editor.canvas.setFocus()

    key(qtbot, editor, Qt.Key.Key_2)  # class 2 (cat) for the next box
    assert editor.current_label() == "cat"
    key(qtbot, editor, Qt.Key.Key_W)
    drag(qtbot, editor, to_view(editor, 100, 80), to_view(editor, 300, 260))
    boxes = stored_boxes(workspace, "img-chelsea")
    assert len(boxes) == 1
    box = boxes[0]
    assert box["label"] == "cat" and box["source"] == "user"
    # The mouse lands on whole view pixels; the box is where the drag was, to within one of them.
    pixel = 1 / editor.canvas.transform().m11()
    assert abs(box["x"] - 100) <= pixel and abs(box["y"] - 80) <= pixel
    assert abs(box["w"] - 200) <= 2 * pixel and abs(box["h"] - 180) <= 2 * pixel
    drawn = dict(box)

    key(qtbot, editor, Qt.Key.Key_1)  # relabel the selected box
    assert stored_boxes(workspace, "img-chelsea")[0]["label"] == "person"
    key(qtbot, editor, Qt.Key.Key_Right)
    key(qtbot, editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    nudged = stored_boxes(workspace, "img-chelsea")[0]
    assert (nudged["x"], nudged["y"]) == (drawn["x"] + 1, drawn["y"] + 10)
    assert (nudged["w"], nudged["h"]) == (drawn["w"], drawn["h"])

    key(qtbot, editor, Qt.Key.Key_Delete)
    assert stored_boxes(workspace, "img-chelsea") == []

    for expected in (1, 1, 1):  # undo delete, the nudges (one merged step), relabel
        qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert len(stored_boxes(workspace, "img-chelsea")) == expected
    assert stored_boxes(workspace, "img-chelsea")[0] == drawn
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_boxes(workspace, "img-chelsea") == []
    assert editor.boxes() == []
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored_boxes(workspace, "img-chelsea") == [drawn]
    assert editor.boxes() == [drawn]


def test_click_selects_and_tab_cycles_then_touching_a_model_box_stores_it(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    editor = editor_of(window)
    qtbot.waitUntil(lambda: editor.canvas.sceneRect().width() == 640)
    editor.canvas.setFocus()
    # Click inside the rocket suggestion (x 442..582, y 0..346) but outside the person box.
    qtbot.mouseClick(editor.canvas.viewport(), Qt.MouseButton.LeftButton, pos=to_view(editor, 600 - 20, 300))
    assert editor.selected_box_id() == "b2"
    key(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.selected_box_id() == "b1"
    key(qtbot, editor, Qt.Key.Key_Left)
    boxes = stored_boxes(workspace, "img-astronaut")
    assert [(b["id"], b["source"]) for b in boxes] == [("b1", "user"), ("b2", "model")]
    assert boxes[0]["x"] == 22.0 - 1


def test_box_keys_are_in_the_cheat_sheet(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    sheet = window.findChild(CheatSheetDialog, "cheat_sheet")
    assert "bbox.draw" in sheet.visible_action_ids()
    assert "bbox.class_0" in sheet.visible_action_ids()


def _open_chelsea_with_one_box(qtbot, window: MainWindow, workspace: Workspace) -> BoxEditor:
    for _ in range(2):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    editor = editor_of(window)
    qtbot.waitUntil(lambda: window.session.current_item.id == "img-chelsea")
    qtbot.waitUntil(lambda: editor.canvas.sceneRect().width() == 640)
    editor.canvas.setFocus()
    key(qtbot, editor, Qt.Key.Key_W)
    drag(qtbot, editor, to_view(editor, 100, 100), to_view(editor, 300, 250))
    key(qtbot, editor, Qt.Key.Key_W)
    assert len(stored_boxes(workspace, "img-chelsea")) == 1
    return editor


def test_mouse_move_and_resize_are_one_undo_step_each(qtbot, window: MainWindow, workspace: Workspace) -> None:
    editor = _open_chelsea_with_one_box(qtbot, window, workspace)
    drawn = stored_boxes(workspace, "img-chelsea")[0]
    pixel = 1 / editor.canvas.transform().m11()

    # Drag the box body 50 px right and 20 px down.
    centre = to_view(editor, drawn["x"] + drawn["w"] / 2, drawn["y"] + drawn["h"] / 2)
    drag(qtbot, editor, centre, centre + (to_view(editor, 150, 120) - to_view(editor, 100, 100)))
    moved = stored_boxes(workspace, "img-chelsea")[0]
    assert abs(moved["x"] - (drawn["x"] + 50)) <= 2 * pixel and abs(moved["y"] - (drawn["y"] + 20)) <= 2 * pixel
    assert (moved["w"], moved["h"]) == (drawn["w"], drawn["h"])

    # Drag the bottom-right handle 40 px further out: only the right and bottom edges move.
    corner = to_view(editor, moved["x"] + moved["w"], moved["y"] + moved["h"])
    drag(qtbot, editor, corner, corner + (to_view(editor, 140, 140) - to_view(editor, 100, 100)))
    resized = stored_boxes(workspace, "img-chelsea")[0]
    assert (resized["x"], resized["y"]) == (moved["x"], moved["y"])
    assert abs(resized["w"] - (moved["w"] + 40)) <= 2 * pixel and abs(resized["h"] - (moved["h"] + 40)) <= 2 * pixel

    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_boxes(workspace, "img-chelsea")[0] == moved
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_boxes(workspace, "img-chelsea")[0] == drawn


def test_a_drag_moves_only_the_preview_until_release(qtbot, window: MainWindow, workspace: Workspace) -> None:
    editor = _open_chelsea_with_one_box(qtbot, window, workspace)
    drawn = stored_boxes(workspace, "img-chelsea")[0]
    viewport = editor.canvas.viewport()
    centre = to_view(editor, drawn["x"] + drawn["w"] / 2, drawn["y"] + drawn["h"] / 2)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(viewport, centre + QPoint(30, 0))
    # Mid-drag: the preview shows the moved box, the layer leaves it out, the store is untouched.
    assert editor.drag_preview.rect is not None
    assert editor.drag_preview.rect.x() > drawn["x"]
    assert editor.layer.hidden == drawn["id"]
    assert [b["x"] for b in editor.boxes()] == [drawn["x"]]
    assert stored_boxes(workspace, "img-chelsea") == [drawn]
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=centre + QPoint(30, 0))
    assert editor.drag_preview.rect is None and editor.layer.hidden is None
    moved = stored_boxes(workspace, "img-chelsea")[0]
    assert moved["x"] == editor.boxes()[0]["x"] > drawn["x"]


def test_duplicate_attributes_verified_and_copy_from_previous(qtbot, window: MainWindow, workspace: Workspace) -> None:
    editor = _open_chelsea_with_one_box(qtbot, window, workspace)
    key(qtbot, editor, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    first, copy = stored_boxes(workspace, "img-chelsea")
    assert (copy["x"], copy["y"], copy["w"], copy["h"]) == (first["x"] + 10, first["y"] + 10, first["w"], first["h"])
    key(qtbot, editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    key(qtbot, editor, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert stored_boxes(workspace, "img-chelsea")[1]["attributes"] == ["difficult", "occluded"]
    key(qtbot, editor, Qt.Key.Key_V)
    assert workspace.item("demo", "img-chelsea").annotation["verified"] is True

    # On the next photo, copy the cat photo's two boxes over.
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.session.current_item.id == "img-rocket")
    qtbot.waitUntil(lambda: editor.canvas.sceneRect().height() == 427)
    window.activateWindow()
    editor.canvas.setFocus()
    # Wait until the canvas has the focus and the photo is decoded, as for a person looking at it: on
    # a loaded machine the item can be shown a second time, and copying waits for its size.
    qtbot.waitUntil(lambda: editor.canvas.hasFocus() and editor.image_ready)
    key(qtbot, editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    copied = stored_boxes(workspace, "img-rocket")
    assert [(b["label"], b["x"], b["y"], b["attributes"]) for b in copied] == [
        (b["label"], b["x"], b["y"], b["attributes"]) for b in stored_boxes(workspace, "img-chelsea")
    ]
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_boxes(workspace, "img-rocket") == []


def test_the_next_image_is_prefetched_and_shows_at_once(qtbot, window: MainWindow) -> None:
    from annotator.ui.editors.image_loader import ImageLoader

    loader = editor_of(window).findChild(ImageLoader)
    qtbot.waitUntil(lambda: loader.is_ready("img-coffee"), timeout=10_000)
    shown: list[str] = []
    window.item_shown.connect(shown.append)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    # No event loop ran between the key and this line: the image came from the prefetch cache.
    assert shown == ["img-coffee"]


def test_zoom_keys_pan_and_sub_pixel_coordinates(qtbot, window: MainWindow, workspace: Workspace) -> None:
    for _ in range(2):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    editor = editor_of(window)
    qtbot.waitUntil(lambda: editor.canvas.sceneRect().width() == 640)
    editor.canvas.setFocus()
    fit_scale = editor.canvas.transform().m11()
    key(qtbot, editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert editor.canvas.transform().m11() == pytest.approx(fit_scale * 1.25)
    key(qtbot, editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert editor.canvas.transform().m11() == pytest.approx(1 / editor.canvas.devicePixelRatioF())
    for _ in range(10):  # far in: one screen pixel is a fraction of an image pixel
        key(qtbot, editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert editor.canvas.transform().m11() > 8

    # Middle-drag pans.
    bar = editor.canvas.horizontalScrollBar()
    before = bar.value()
    viewport = editor.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(400, 300))
    qtbot.mouseMove(viewport, QPoint(300, 300))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(300, 300))
    assert bar.value() == before + 100

    # A box drawn at this zoom keeps the fractional image coordinates the mouse pointed at.
    start, end = QPoint(101, 103), QPoint(350, 260)
    expected = editor.canvas.to_scene(QPointF(start))
    key(qtbot, editor, Qt.Key.Key_W)
    drag(qtbot, editor, start, end)
    box = stored_boxes(workspace, "img-chelsea")[0]
    assert (box["x"], box["y"]) == (expected.x(), expected.y())
    assert box["x"] != int(box["x"]) or box["y"] != int(box["y"])


def test_searchable_class_list_relabels_the_selected_box(qtbot, window: MainWindow, workspace: Workspace) -> None:
    editor = _open_chelsea_with_one_box(qtbot, window, workspace)
    key(qtbot, editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert editor.class_search.lineEdit().hasFocus()
    qtbot.keyClicks(editor.class_search.lineEdit(), "rock")
    qtbot.keyClick(editor.class_search.lineEdit(), Qt.Key.Key_Return)
    assert stored_boxes(workspace, "img-chelsea")[0]["label"] == "rocket"
    assert editor.canvas.hasFocus()


def test_a_run_of_nudges_undoes_as_one_step(qtbot, window: MainWindow, workspace: Workspace) -> None:
    editor = _open_chelsea_with_one_box(qtbot, window, workspace)
    drawn = stored_boxes(workspace, "img-chelsea")[0]
    for _ in range(3):
        key(qtbot, editor, Qt.Key.Key_Right)
    key(qtbot, editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert stored_boxes(workspace, "img-chelsea")[0]["x"] == drawn["x"] + 3
    assert stored_boxes(workspace, "img-chelsea")[0]["y"] == drawn["y"] + 10
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_boxes(workspace, "img-chelsea")[0] == drawn
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored_boxes(workspace, "img-chelsea")[0]["x"] == drawn["x"] + 3
    assert stored_boxes(workspace, "img-chelsea")[0]["y"] == drawn["y"] + 10

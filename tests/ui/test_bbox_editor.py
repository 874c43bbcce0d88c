"""The box editor driven by mouse and keys; every check reads the boxes stored in the workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from annotator.core.workspace import Workspace
from annotator.ui.dialogs.cheat_sheet import CheatSheetDialog
from annotator.ui.editors.bbox import BoxEditor
from annotator.ui.main_window import MainWindow


@pytest.fixture
def workspace(tmp_path: Path):
    ws = Workspace.open(tmp_path / "ws")
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace: Workspace, demo_package: Path) -> MainWindow:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    with qtbot.waitSignal(win.item_shown, timeout=10_000):
        win.open_package(demo_package)
    return win


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

    for expected in (1, 1, 1, 1):  # undo delete, nudge, nudge, relabel
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

"""Remapping keys: the dialog takes a pressed key, refuses clashes, and the new key works and persists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from annotator.core.workspace import Workspace
from annotator.ui.actions import ALL_ACTIONS, spec_by_id
from annotator.ui.dialogs.keymap_dialog import KeymapDialog
from annotator.ui.editors.bbox import BoxEditor
from annotator.ui.keymap import Keymap


def test_keymap_keeps_only_changes_and_round_trips_through_the_workspace(workspace: Workspace) -> None:
    keymap = Keymap()
    draw = spec_by_id("bbox.draw", ALL_ACTIONS)
    keymap.set_keys(draw, ["E"])
    keymap.set_keys(spec_by_id("item.skip", ALL_ACTIONS), spec_by_id("item.skip", ALL_ACTIONS).keys)
    assert keymap.overrides() == {"bbox.draw": ("E",)}
    keymap.save(workspace)
    assert Keymap.load(workspace).keys_for(draw) == ("E",)


def test_window_keys_clash_with_everything_but_two_editors_may_share_one() -> None:
    keymap = Keymap()
    keymap.set_keys(spec_by_id("item.skip", ALL_ACTIONS), ["Ctrl+O"])  # File > Open's key
    keymap.set_keys(spec_by_id("bbox.draw", ALL_ACTIONS), ["Ctrl+J"])  # Next unfinished's key
    clashes = {(a, b) for _key, a, b in keymap.conflicts(ALL_ACTIONS)}
    assert clashes == {("file.open", "item.skip"), ("go.next_unfinished", "bbox.draw")}


def test_a_new_key_pressed_in_the_dialog_works_in_the_editor_and_persists(qtbot, workspace: Workspace, window) -> None:
    dialog = KeymapDialog(ALL_ACTIONS, Keymap.load(workspace), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_action("bbox.draw")
    dialog.key_edit.setFocus()
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: dialog.keymap().overrides() == {"bbox.draw": ("E",)})
    # A clash disables OK until it is resolved.
    dialog.select_action("item.skip")
    dialog.key_edit.setFocus()
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(dialog.clashes()))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.select_action("item.skip")
    dialog.key_edit.setFocus()
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ok.isEnabled())
    window.apply_keymap(dialog.keymap())

    editor = window.findChild(BoxEditor, "box_editor")
    hint = editor.findChild(QLabel, "box_hint")
    editor.canvas.setFocus()
    assert "DRAW" not in hint.text()
    qtbot.keyClick(editor.canvas, Qt.Key.Key_E)
    assert "DRAW" in hint.text()
    qtbot.keyClick(editor.canvas, Qt.Key.Key_W)  # the old key does nothing now
    assert "DRAW" in hint.text()
    assert Keymap.load(workspace).overrides() == {"bbox.draw": ("E",)}

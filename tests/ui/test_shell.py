"""The shell driven by keys like a person: navigate, mark, undo, filter, cheat sheet, export."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit

from annotator.core.bundle import read_bundle
from annotator.core.model import Status
from annotator.core.workspace import Workspace
from annotator.ui.actions import ALL_ACTIONS
from annotator.ui.dialogs.cheat_sheet import CheatSheetDialog
from annotator.ui.keymap import Keymap
from annotator.ui.main_window import MainWindow
from annotator.ui.queue_model import QueueModel


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.focusWidget() or window, key, modifiers)


def current_id(window: MainWindow) -> str:
    assert window.session is not None
    return window.session.current_item.id


def test_keys_move_between_items_and_the_queue_follows(qtbot, window: MainWindow) -> None:
    assert current_id(window) == "img-astronaut"
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert current_id(window) == "img-chelsea"
    assert window.queue_view.currentIndex().row() == 2
    assert "Item 3 of 54: img-chelsea" in window.item_label.text()
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert current_id(window) == "img-coffee"


def test_done_marks_stores_and_advances_and_undo_takes_it_back(qtbot, window: MainWindow, workspace: Workspace) -> None:
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workspace.item("demo", "img-astronaut").status == Status.DONE
    assert current_id(window) == "img-coffee"
    assert window.progress_label.text().startswith("1 / 54 done")
    press(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QInputDialog, "flag_dialog")
    assert dialog is not None and dialog.isVisible()
    line = dialog.findChild(QLineEdit)
    qtbot.keyClicks(line, "blurry, cannot tell")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert workspace.item("demo", "img-coffee").status == Status.FLAGGED
    assert workspace.item("demo", "img-coffee").comment == "blurry, cannot tell"
    assert "1 flagged" in window.progress_label.text()

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # flag and comment: one step
    assert workspace.item("demo", "img-coffee").status == Status.TODO
    assert workspace.item("demo", "img-coffee").comment == ""
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.item("demo", "img-astronaut").status == Status.TODO
    assert window.progress_label.text().startswith("0 / 54 done")
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert workspace.item("demo", "img-astronaut").status == Status.DONE
    history = [(e.item_id, e.after) for e in workspace.history("demo")]
    assert history == [
        ("img-astronaut", "done"),
        ("img-coffee", "blurry, cannot tell"),
        ("img-coffee", "flagged"),
        ("img-coffee", "todo"),
        ("img-coffee", ""),
        ("img-astronaut", "todo"),
        ("img-astronaut", "done"),
    ]


def test_next_unfinished_skips_finished_items(qtbot, window: MainWindow, workspace: Workspace) -> None:
    workspace.set_status("demo", "img-coffee", Status.DONE)
    window.session.refresh_status("img-coffee")
    press(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert current_id(window) == "img-chelsea"


def test_filter_shows_only_items_in_that_status(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.filter_box.setCurrentText("Done")
    assert window.queue_filter.rowCount() == 2
    window.filter_box.setCurrentText("To do")
    assert window.queue_filter.rowCount() == 52
    window.filter_box.setCurrentText("All")
    assert window.queue_filter.rowCount() == 54


def test_f1_opens_the_cheat_sheet_with_every_action(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F1)
    sheet = window.findChild(CheatSheetDialog, "cheat_sheet")
    assert sheet is not None and sheet.isVisible()
    assert sheet.visible_action_ids() == [spec.id for spec in ALL_ACTIONS]
    qtbot.keyClicks(sheet.findChild(QLineEdit, "cheat_sheet_search"), "every key")
    assert sheet.visible_action_ids() == ["help.cheat_sheet"]


def test_every_action_has_a_key_and_no_two_live_actions_share_one() -> None:
    assert all(spec.keys for spec in ALL_ACTIONS)
    # Two editors may use one key (only the focused editor's actions are live); nothing else may.
    assert Keymap().conflicts(ALL_ACTIONS) == []


def test_export_bundle_by_keys(qtbot, window: MainWindow, tmp_path: Path) -> None:
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.export_previewed, timeout=10_000):
        press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    preview = window.export_preview
    assert preview is not None and preview.isVisible()
    qtbot.keyClick(preview, Qt.Key.Key_Return)  # the worker has seen what leaves and confirms
    dialog = window.findChild(QFileDialog, "export_dialog")
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "out.bundle.json"
    with qtbot.waitSignal(window.bundle_exported, timeout=10_000) as blocker:
        dialog.fileSelected.emit(str(target))
    assert blocker.args == [str(target)]
    document = read_bundle(target)
    assert document["summary"]["done"] == 1
    assert document["items"][0]["status"] == "done"


def test_reopening_resumes_at_the_last_item(
    qtbot, window: MainWindow, workspace: Workspace, demo_package: Path
) -> None:
    for _ in range(4):
        press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    window.close()
    again = MainWindow(workspace)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.item_shown, timeout=10_000):
        again.open_package(demo_package)
    assert again.session.current_item.id == "img-hubble_deep_field"


def test_a_bad_package_shows_the_problem_and_the_app_lives_on(
    qtbot, workspace: Workspace, tmp_path: Path, demo_package: Path
) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(demo_package, broken)
    (broken / "media" / "coffee.jpg").unlink()
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.failed, timeout=10_000) as blocker:
        win.open_package(broken)
    assert f"{broken / 'media' / 'coffee.jpg'}: missing: listed by item 'img-coffee'" in blocker.args[0]
    box = win.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible()
    assert win.session is None


def test_a_damaged_image_says_so_in_the_view(qtbot, workspace: Workspace, tmp_path: Path, demo_package: Path) -> None:
    damaged = tmp_path / "damaged"
    shutil.copytree(demo_package, damaged)
    (damaged / "media" / "astronaut.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.item_shown, timeout=10_000):
        win.open_package(damaged)
    message = win.findChild(QLabel, "editor_message")
    assert not message.isHidden()
    assert "does not match its SHA-256" in message.text()
    assert "Flag it (Ctrl+G)" in message.text()


def test_instructions_are_text_only(qtbot, workspace: Workspace) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.instructions_view.set_markdown(
        "# Title\n\n<script>alert(1)</script>\n\n![remote](http://example.com/x.png)\n\n<b>bold?</b>"
    )
    html = win.instructions_view.toHtml()
    assert "<script" not in html
    assert "Title" in win.instructions_view.toPlainText()
    assert "<b>bold?</b>" in win.instructions_view.toPlainText()  # raw HTML is shown, not run
    assert win.instructions_view.loadResource(2, "http://example.com/x.png") is None


def test_queue_model_passes_the_model_tester(qtmodeltester, window: MainWindow) -> None:
    model = QueueModel()
    model.set_session(window.session)
    qtmodeltester.check(model)


def test_dropping_a_package_on_the_window_opens_it(qtbot, workspace: Workspace, demo_package: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_package))])
    enter = QDragEnterEvent(
        win.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(win.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(win.package_opened, timeout=10_000) as blocker:
        QApplication.sendEvent(win, drop)
    assert blocker.args == ["demo"]


def test_text_items_keep_one_large_font_however_many_are_shown(qtbot, window: MainWindow) -> None:
    for _ in range(9):
        press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    sizes = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left):
        assert window.session.current_item.kind == "text"
        sizes.append(window.findChild(QPlainTextEdit, "text_view").font().pointSizeF())
        press(qtbot, window, key, Qt.KeyboardModifier.AltModifier)
    assert len(set(sizes)) == 1
    assert sizes[0] > window.font().pointSizeF() * 1.4


def test_undo_goes_back_to_the_item_it_changes(qtbot, window: MainWindow) -> None:
    first = window.session.current_item.id
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # done, and on to the next
    assert window.session.current_item.id != first
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.current_item.id == first
    assert window.workspace.item("demo", first).status == "todo"
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.current_item.id == first
    assert window.workspace.item("demo", first).status == "done"


def test_every_item_kind_has_an_editor_of_its_own() -> None:
    from annotator.core.model import ITEM_KINDS
    from annotator.ui.editor_host import EDITOR_FACTORIES

    assert set(EDITOR_FACTORIES) == set(ITEM_KINDS)

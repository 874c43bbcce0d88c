"""A change the workspace cannot store is never shown as saved: the user is told, and earlier work stays."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from annotator.core.model import Status
from annotator.core.workspace import DB_NAME, Workspace
from annotator.ui.main_window import MainWindow
from tests.ui.test_sentiment_editor import CTRL, editor_of, press, write_package
from tests.ui.windows import open_window

FAILURE = "database or disk is full"


class FailingDisk:
    """Makes the workspace database refuse every change to an item, as a full disk would, until mended.

    Another connection (as another program might) adds a trigger that aborts the write inside SQLite,
    so the app's own connection meets a real sqlite error in the middle of its transaction.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._path = workspace.folder / DB_NAME

    def _run(self, statement: str) -> None:
        connection = sqlite3.connect(self._path, isolation_level=None)
        try:
            connection.execute(statement)
        finally:
            connection.close()

    def fail(self) -> None:
        # Only what an edit writes: the clock's time tallies keep working, as they would on a real disk for a while.
        self._run(
            "CREATE TRIGGER refuse_edits BEFORE UPDATE OF annotation, status, comment ON items "
            f"BEGIN SELECT RAISE(ABORT, '{FAILURE}'); END"
        )

    def mend(self) -> None:
        self._run("DROP TRIGGER refuse_edits")


@pytest.fixture
def disk(workspace: Workspace) -> FailingDisk:
    return FailingDisk(workspace)


@pytest.fixture
def window(qtbot, workspace: Workspace, tmp_path: Path) -> MainWindow:
    items = [
        {"id": "txt-1", "kind": "text", "text": "The room was clean."},
        {"id": "txt-2", "kind": "text", "text": "Late."},
    ]
    return open_window(qtbot, workspace, write_package(tmp_path / "pkg", items))


def error_box(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible()
    return box


def close(qtbot, box: QMessageBox) -> None:
    """Press Enter on the message, as a person does to dismiss it."""
    qtbot.waitUntil(lambda: box.isActiveWindow())
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    # A window manager gives the window back its focus; the offscreen platform needs asking.
    window = box.parentWidget().window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)


def test_a_label_that_cannot_be_saved_is_not_shown_as_chosen(qtbot, window: MainWindow, workspace, disk) -> None:
    editor = editor_of(window)
    disk.fail()
    with qtbot.waitSignal(window.failed, timeout=5_000) as failed:
        press(qtbot, Qt.Key.Key_1)

    text = failed.args[0]
    assert "Could not save your change to item 'txt-1'" in text and FAILURE in text
    assert "Your earlier work is safe." in text
    assert error_box(window).text() == text
    # Nothing on screen claims the label: not the editor, not its button, not the undo stack.
    assert editor.judgement()["labels"] == []
    assert not editor.label_bar.buttons["positive"].isChecked()
    assert not window.actions_by_id["edit.undo"].isEnabled()
    assert workspace.item("texts", "txt-1").annotation is None


def test_earlier_work_stays_and_undo_still_works_after_a_failed_save(
    qtbot, window: MainWindow, workspace, disk
) -> None:
    editor = editor_of(window)
    press(qtbot, Qt.Key.Key_1)
    assert workspace.item("texts", "txt-1").annotation["labels"] == ["positive"]
    disk.fail()
    with qtbot.waitSignal(window.failed, timeout=5_000):
        press(qtbot, Qt.Key.Key_3)  # negative

    assert editor.judgement()["labels"] == ["positive"]
    assert editor.label_bar.buttons["positive"].isChecked()
    assert not editor.label_bar.buttons["negative"].isChecked()
    assert workspace.item("texts", "txt-1").annotation["labels"] == ["positive"]
    assert window.undo_stack.count() == 1  # the saved step only

    close(qtbot, error_box(window))
    disk.mend()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert workspace.item("texts", "txt-1").annotation is None
    assert editor.judgement()["labels"] == []


def test_done_that_cannot_be_saved_keeps_the_item_on_screen(qtbot, window: MainWindow, workspace, disk) -> None:
    disk.fail()
    with qtbot.waitSignal(window.failed, timeout=5_000) as failed:
        press(qtbot, Qt.Key.Key_Return, CTRL)  # mark done and go on

    assert "item 'txt-1'" in failed.args[0]
    assert window.session.current_item.id == "txt-1"
    assert "txt-1" in window.item_label.text() and "to do" in window.item_label.text()
    assert workspace.item("texts", "txt-1").status is Status.TODO
    assert not window.actions_by_id["edit.undo"].isEnabled()


def test_an_undo_that_cannot_be_saved_says_so(qtbot, window: MainWindow, workspace, disk) -> None:
    editor = editor_of(window)
    press(qtbot, Qt.Key.Key_1)
    disk.fail()
    with qtbot.waitSignal(window.failed, timeout=5_000) as failed:
        press(qtbot, Qt.Key.Key_Z, CTRL)

    assert "Could not undo your change to item 'txt-1'" in failed.args[0]
    # The label is still stored, so it is still shown; the undo stack no longer offers a step it cannot take.
    assert workspace.item("texts", "txt-1").annotation["labels"] == ["positive"]
    assert editor.judgement()["labels"] == ["positive"]
    assert window.undo_stack.count() == 0


def test_a_flag_that_cannot_be_saved_gives_one_message_and_no_step(qtbot, window: MainWindow, workspace, disk) -> None:
    disk.fail()
    press(qtbot, Qt.Key.Key_G, CTRL)
    dialog = window.findChild(QInputDialog, "flag_dialog")
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isActiveWindow())
    qtbot.keyClicks(QApplication.focusWidget(), "blurry")
    # Flagging stores the comment and the status: both fail, and the person reads about it once.
    with qtbot.waitSignals([window.failed, window.failed], timeout=5_000):
        press(qtbot, Qt.Key.Key_Return)

    assert len([box for box in window.findChildren(QMessageBox, "error_box") if box.isVisible()]) == 1
    assert workspace.item("texts", "txt-1").status is Status.TODO
    assert workspace.item("texts", "txt-1").comment == ""
    assert "to do" in window.item_label.text()
    assert window.undo_stack.count() == 0 and not window.actions_by_id["edit.undo"].isEnabled()

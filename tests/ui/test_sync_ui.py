"""Sync in the window, by keys like a person: set up a target, see what waits, preview, send, and stay calm offline."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from annotator.core.sync import credentials
from annotator.core.sync.config import load_config, save_config, target_config
from annotator.core.sync.retry import RetryPolicy
from annotator.core.sync.status import sync_status
from annotator.core.workspace import Workspace
from annotator.ui import sync_controller
from annotator.ui.dialogs.sync_settings import SESSION_HINT, SyncSettingsDialog
from annotator.ui.main_window import MainWindow
from annotator.ui.theme import tone
from tests.core.test_timing import FakeMonotonic
from tests.servers.webdav import start_wsgidav
from tests.ui.windows import open_window

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
PASSWORD = "Tr0ub4dor-horse-staple-9417"


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    # A closed port answers at once; the default back-off would only wait seconds to say the same.
    monkeypatch.setattr(sync_controller, "RETRY_POLICY", RetryPolicy(attempts=2, base=0.01, cap=0.01))


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    # Never the developer's own keyring (nor a backend another test registered): secrets live for the session.
    monkeypatch.setattr(credentials, "_usable_keyring", lambda: None)


@pytest.fixture
def win(qtbot, workspace: Workspace, demo_package: Path) -> MainWindow:
    # A clock that stands still: only the edits below change what a sync sends, not seconds of viewing.
    return open_window(qtbot, workspace, demo_package, monotonic=FakeMonotonic())


def focused(widget: QWidget) -> QWidget:
    """Where the keyboard is in `widget`'s window (offscreen, a window need not be active to take keys)."""
    return widget.window().focusWidget() or widget


def press(qtbot, widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(widget), key, modifiers)


def type_at(qtbot, dialog: QWidget, mnemonic: Qt.Key, text: str) -> None:
    """Alt+<the label's letter> goes to the field; then type, as a person would."""
    press(qtbot, dialog, mnemonic, ALT)
    line = focused(dialog)
    assert isinstance(line, QLineEdit), line
    qtbot.keyClicks(line, text)


def open_settings(qtbot, window: MainWindow) -> SyncSettingsDialog:
    press(qtbot, window, Qt.Key.Key_Y, CTRL | ALT)
    dialog = window.findChild(SyncSettingsDialog, "sync_settings")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def check_connection(qtbot, dialog: SyncSettingsDialog) -> str:
    with qtbot.waitSignal(dialog.connection_tested, timeout=10_000) as said:
        press(qtbot, dialog, Qt.Key.Key_T, ALT)
    return said.args[0]


def choose_kind(qtbot, dialog: SyncSettingsDialog, steps: int) -> None:
    press(qtbot, dialog, Qt.Key.Key_W, ALT)
    for _ in range(steps):
        press(qtbot, dialog, Qt.Key.Key_Down)


def set_up_folder(qtbot, window: MainWindow, folder: Path) -> None:
    dialog = open_settings(qtbot, window)
    type_at(qtbot, dialog, Qt.Key.Key_F, str(folder))
    assert check_connection(qtbot, dialog).startswith("Connected: folder ")
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    back_to(qtbot, window)


def set_up_webdav(qtbot, window: MainWindow, url: str, *, user: str = "", password: str = "") -> SyncSettingsDialog:
    dialog = open_settings(qtbot, window)
    choose_kind(qtbot, dialog, 1)
    type_at(qtbot, dialog, Qt.Key.Key_U, url)
    if user:
        type_at(qtbot, dialog, Qt.Key.Key_N, user)
        type_at(qtbot, dialog, Qt.Key.Key_P, password)
    return dialog


def back_to(qtbot, window: MainWindow) -> None:
    """A dialog closed: the window manager gives the keyboard back to the main window (offscreen has none)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def label(window: MainWindow) -> str:
    found = window.statusBar().findChild(QLabel, "sync_label")
    assert found is not None and found.isVisible()
    return found.text()


def mark_done(qtbot, window: MainWindow, count: int) -> list[str]:
    done = []
    for _ in range(count):
        done.append(window.session.current_item.id)
        press(qtbot, window, Qt.Key.Key_Return, CTRL)
    return done


def sync_with_preview(qtbot, window: MainWindow):
    with qtbot.waitSignal(window.sync.previewed, timeout=10_000):
        press(qtbot, window, Qt.Key.Key_Y, CTRL | SHIFT)
    preview = window.sync.preview
    assert preview is not None and preview.isVisible()
    return preview


def send(qtbot, window: MainWindow, preview, *, fails: bool = False) -> str:
    """Enter on the preview; what the sync then says (it ended well, or with `fails`, it failed)."""
    signal = window.sync.sync_failed if fails else window.sync.synced
    with qtbot.waitSignal(signal, timeout=10_000) as ended:
        press(qtbot, preview, Qt.Key.Key_Return)
    back_to(qtbot, window)
    return ended.args[0]


def delta_files(root: Path, annotator: str) -> list[Path]:
    return sorted((root / "bundles" / "demo" / annotator).glob("*.delta.json"))


def test_folder_set_up_by_keys_then_sync_sends_exactly_the_preview(
    qtbot, win: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    assert label(win) == "Sync: not set up"
    set_up_folder(qtbot, win, folder)
    assert load_config(workspace) == target_config(str(folder))
    assert label(win) == "Sync: up to date"

    done = mark_done(qtbot, win, 2)
    qtbot.waitUntil(lambda: label(win) == "Sync: 2 items to send", timeout=3000)
    assert sync_status(workspace, "demo").pending_items == 2

    preview = sync_with_preview(qtbot, win)
    model = preview.table.model()
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert rows == dict.fromkeys(done, "done")
    assert not win.actions_by_id["file.sync_now"].isEnabled()  # one sync at a time
    documents = preview.plan.documents()
    assert send(qtbot, win, preview).startswith("Sent 2 items")

    annotator = workspace.annotator_id()
    files = delta_files(folder, annotator)
    assert [path.read_bytes() for path in files] == documents
    sent = [item for path in files for item in json.loads(path.read_bytes())["items"]]
    assert [(item["id"], item["status"]) for item in sent] == [(item_id, "done") for item_id in done]
    assert label(win).startswith("Sync: up to date · last sync ")
    assert win.actions_by_id["file.sync_now"].isEnabled()

    with qtbot.waitSignal(win.sync.synced, timeout=10_000) as again:
        press(qtbot, win, Qt.Key.Key_Y, CTRL | SHIFT)
    assert again.args[0].startswith("Nothing to send")
    assert win.sync.preview is None
    assert delta_files(folder, annotator) == files


def test_escape_on_the_preview_sends_nothing(qtbot, win: MainWindow, workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    set_up_folder(qtbot, win, folder)
    mark_done(qtbot, win, 1)
    preview = sync_with_preview(qtbot, win)
    press(qtbot, preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()
    back_to(qtbot, win)
    assert not (folder / "bundles").exists()
    assert sync_status(workspace, "demo").pending_items == 1
    assert win.actions_by_id["file.sync_now"].isEnabled()


def test_sync_now_before_set_up_opens_the_settings(qtbot, win: MainWindow) -> None:
    press(qtbot, win, Qt.Key.Key_Y, CTRL | SHIFT)
    dialog = win.findChild(SyncSettingsDialog, "sync_settings")
    assert dialog is not None and dialog.isVisible()


def test_webdav_with_a_password_syncs_and_the_password_is_nowhere_in_the_workspace(
    qtbot, win: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    root = tmp_path / "dav"
    root.mkdir()
    with start_wsgidav(root, username="ada", password=PASSWORD) as server:
        dialog = set_up_webdav(qtbot, win, server.url, user="ada", password=PASSWORD)
        hint = dialog.findChild(QLabel, "sync_webdav_hint")
        assert hint.text() == SESSION_HINT
        assert check_connection(qtbot, dialog).startswith("Connected: WebDAV ")
        press(qtbot, dialog, Qt.Key.Key_Return)
        assert load_config(workspace).username == "ada"
        back_to(qtbot, win)

        mark_done(qtbot, win, 1)
        preview = sync_with_preview(qtbot, win)
        send(qtbot, win, preview)
        assert [p.read_bytes() for p in delta_files(root, workspace.annotator_id())] == preview.plan.documents()
    assert label(win).startswith("Sync: up to date")

    secret = PASSWORD.encode()
    files = [path for path in workspace.folder.rglob("*") if path.is_file()]
    assert {"workspace.db", "workspace.db-wal"} <= {path.name for path in files}
    assert [path.name for path in files if secret in path.read_bytes()] == []


def asked_password(qtbot, window: MainWindow) -> QLineEdit:
    press(qtbot, window, Qt.Key.Key_Y, CTRL | SHIFT)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QInputDialog, "sync_password_dialog")))
    asked = next(d for d in window.findChildren(QInputDialog, "sync_password_dialog") if d.isVisible())
    line = asked.findChild(QLineEdit)
    assert line.echoMode() == QLineEdit.EchoMode.Password
    return line


def test_a_missing_password_is_asked_and_kept_for_the_session_once_it_works(
    qtbot, workspace: Workspace, demo_package: Path, tmp_path: Path
) -> None:
    root = tmp_path / "dav"
    root.mkdir()
    with start_wsgidav(root, username="ada", password=PASSWORD) as server:
        # Set up in an earlier session, with no keyring to keep the password since.
        save_config(workspace, target_config(server.url, username="ada"))
        window = open_window(qtbot, workspace, demo_package, monotonic=FakeMonotonic())
        line = asked_password(qtbot, window)
        qtbot.keyClicks(line, "mistyped")
        with qtbot.waitSignal(window.sync.sync_failed, timeout=10_000) as failed:
            qtbot.keyClick(line, Qt.Key.Key_Return)
        assert "refused the user name or password" in failed.args[0]
        box = window.findChild(QMessageBox, "error_box")
        assert box is not None and box.isVisible() and "refused the user name or password" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)
        back_to(qtbot, window)
        assert label(window) == "Sync: failed"

        line = asked_password(qtbot, window)  # asked again: the wrong one was not kept
        qtbot.keyClicks(line, PASSWORD)
        with qtbot.waitSignal(window.sync.synced, timeout=10_000) as ended:
            qtbot.keyClick(line, Qt.Key.Key_Return)
        assert ended.args[0].startswith("Nothing to send")
        back_to(qtbot, window)
        with qtbot.waitSignal(window.sync.synced, timeout=10_000):
            press(qtbot, window, Qt.Key.Key_Y, CTRL | SHIFT)  # not asked a third time
        assert not any(d.isVisible() for d in window.findChildren(QInputDialog, "sync_password_dialog"))


def test_new_packages_come_down_and_a_differing_copy_is_kept_beside_with_a_message(
    qtbot, win: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    (folder / "packages").mkdir(parents=True)
    (folder / "packages" / "week-2.zip").write_bytes(b"the lead's new package")
    (folder / "packages" / "week-1.zip").write_bytes(b"the lead's copy")
    mine = workspace.folder / "inbox" / "packages" / "week-1.zip"
    mine.parent.mkdir(parents=True)
    mine.write_bytes(b"my copy")
    set_up_folder(qtbot, win, folder)
    with qtbot.waitSignal(win.sync.synced, timeout=10_000) as ended:
        press(qtbot, win, Qt.Key.Key_Y, CTRL | SHIFT)
    assert ended.args[0].startswith("Nothing to send · 1 new package (week-2.zip) · 1 kept beside yours in ")
    assert (workspace.folder / "inbox" / "packages" / "week-2.zip").read_bytes() == b"the lead's new package"
    assert mine.read_bytes() == b"my copy"
    box = win.findChild(QMessageBox, "sync_kept_both_box")
    assert box is not None and box.isVisible()
    assert "week-1.zip here differs from the copy on the sync target: yours is kept" in box.text()


def test_plain_http_to_another_host_is_refused_inline_and_not_stored(
    qtbot, win: MainWindow, workspace: Workspace
) -> None:
    dialog = set_up_webdav(qtbot, win, "http://example.org/dav/")
    said = check_connection(qtbot, dialog)
    assert "plain http is allowed only to this machine" in said
    result = dialog.findChild(QLabel, "sync_result")
    assert result.text() == said and "c62828" in result.styleSheet()
    press(qtbot, dialog, Qt.Key.Key_Return)  # Save
    assert dialog.isVisible()
    assert "use https://" in result.text()
    assert load_config(workspace) is None
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert label(win) == "Sync: not set up"


def test_a_vanished_folder_leaves_the_work_pending_and_says_offline(
    qtbot, win: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    set_up_folder(qtbot, win, folder)
    mark_done(qtbot, win, 1)
    shutil.rmtree(folder)  # the stick is pulled out
    preview = sync_with_preview(qtbot, win)
    send(qtbot, win, preview, fails=True)
    assert label(win) == "Sync: offline — 1 item wait"
    assert sync_status(workspace, "demo").pending_items == 1
    assert win.findChild(QWidget, "error_box") is None  # offline is not an error to fix

    folder.mkdir()  # plugged in again: the same delta goes, nothing was lost
    preview = sync_with_preview(qtbot, win)
    documents = preview.plan.documents()
    send(qtbot, win, preview)
    assert [p.read_bytes() for p in delta_files(folder, workspace.annotator_id())] == documents
    assert label(win).startswith("Sync: up to date")


def test_a_webdav_server_that_is_down_leaves_the_work_pending(qtbot, win: MainWindow, workspace: Workspace) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the probe is closed
    dialog = set_up_webdav(qtbot, win, f"http://127.0.0.1:{port}/annotator/")
    assert "connection failed" in check_connection(qtbot, dialog)
    press(qtbot, dialog, Qt.Key.Key_Return)  # kept anyway: the server may be up later
    assert load_config(workspace) is not None
    back_to(qtbot, win)
    mark_done(qtbot, win, 2)
    preview = sync_with_preview(qtbot, win)
    send(qtbot, win, preview, fails=True)
    assert label(win) == "Sync: offline — 2 items wait"
    assert sync_status(workspace, "demo").pending_items == 2


def test_auto_sync_sends_after_a_pause_without_the_preview(
    qtbot, workspace: Workspace, demo_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_controller, "AUTO_AFTER_EDIT_MS", 50)
    window = open_window(qtbot, workspace, demo_package, monotonic=FakeMonotonic())
    folder = tmp_path / "shared"
    folder.mkdir()
    dialog = open_settings(qtbot, window)
    assert not dialog.findChild(QWidget, "sync_auto").isChecked()  # off until chosen
    type_at(qtbot, dialog, Qt.Key.Key_F, str(folder))
    press(qtbot, dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(dialog.findChild(QWidget, "sync_auto").isChecked)  # a mnemonic clicks after a short flash
    press(qtbot, dialog, Qt.Key.Key_Return)
    back_to(qtbot, window)
    with qtbot.waitSignal(window.sync.synced, timeout=10_000) as ended:
        mark_done(qtbot, window, 1)
    assert ended.args[0].startswith("Sent 1 item")
    assert window.sync.preview is None
    assert len(delta_files(folder, workspace.annotator_id())) == 1
    assert label(window).startswith("Sync: up to date")


def test_set_up_with_the_mouse_from_the_file_menu(qtbot, win: MainWindow, workspace: Workspace, tmp_path: Path) -> None:
    qtbot.keyClick(win, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    item = next(a for a in menu.actions() if a.text().replace("&", "") == "Sync settings…")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(item).center())
    dialog = win.findChild(SyncSettingsDialog, "sync_settings")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    field = dialog.findChild(QLineEdit, "sync_folder")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, str(tmp_path))
    with qtbot.waitSignal(dialog.connection_tested, timeout=10_000) as said:
        qtbot.mouseClick(dialog.findChild(QPushButton, "sync_test"), Qt.MouseButton.LeftButton)
    assert said.args[0].startswith("Connected: folder ")
    assert tone("ok").name() in dialog.findChild(QLabel, "sync_result").styleSheet()  # the theme's "good" colour
    qtbot.mouseClick(dialog.findChild(QPushButton, "sync_save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert load_config(workspace) == target_config(str(tmp_path))


def test_every_field_is_named_and_labelled_and_tab_walks_the_page_in_order(qtbot, win: MainWindow) -> None:
    dialog = open_settings(qtbot, win)
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QComboBox):
            assert widget.accessibleName(), widget.objectName()
            assert any(label.buddy() is widget for label in dialog.findChildren(QLabel)), widget.objectName()
        elif isinstance(widget, QAbstractButton) and widget.isVisibleTo(dialog):
            assert widget.accessibleName() or widget.text().replace("&", ""), widget.objectName()
    choose_kind(qtbot, dialog, 1)
    walked = []
    for _ in range(7):
        press(qtbot, dialog, Qt.Key.Key_Tab)
        widget = focused(dialog)
        walked.append(widget.objectName() or widget.text().replace("&", ""))
    assert walked == [
        "sync_webdav_url",
        "sync_webdav_user",
        "sync_webdav_password",
        "sync_auto",
        "sync_test",
        "sync_save",
        "Cancel",
    ]


def test_each_page_fits_a_small_laptop_screen(qtbot, win: MainWindow) -> None:
    dialog = open_settings(qtbot, win)
    for steps in (0, 1, 1):
        choose_kind(qtbot, dialog, steps)
        qtbot.waitUntil(lambda: dialog.height() == dialog.sizeHint().height())
        assert dialog.width() <= 1024 and dialog.height() <= 640 - 80, dialog.size()  # a panel and a title bar


def test_a_review_that_comes_down_with_sync_reopens_the_rejected_item_and_shows_why(
    qtbot, win: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    from annotator.core.bundle import build_bundle
    from annotator.core.model import Status
    from annotator.core.quality.review_session import ReviewSession
    from annotator.core.sync.folder_target import FolderTarget
    from annotator.core.sync.reviews import put_reviews

    folder = tmp_path / "shared"
    folder.mkdir()
    set_up_folder(qtbot, win, folder)
    [item_id] = mark_done(qtbot, win, 1)
    preview = sync_with_preview(qtbot, win)
    send(qtbot, win, preview)
    # The lead reviews this annotator's bundle and rejects the item, then puts the review on the target.
    session_of_window = win.session
    bundle = build_bundle(
        session_of_window.package.manifest,
        manifest_sha256=session_of_window.package.manifest_sha256,
        annotator=workspace.annotator_id(),
        states=workspace.items("demo"),
    )
    (tmp_path / "review").mkdir()
    review = ReviewSession(
        session_of_window.package.manifest, session_of_window.package.manifest_sha256, [bundle], tmp_path / "review"
    )
    review.apply(review.decide(item_id, workspace.annotator_id(), "reject", reason="the box misses the cup's handle"))
    put_reviews(FolderTarget(folder), review.write_reviews("lead", tmp_path / "review"))

    with qtbot.waitSignal(win.review_import.imported, timeout=10_000) as imported:
        press(qtbot, win, Qt.Key.Key_Y, CTRL | SHIFT)
    assert imported.args[0].reopened == (item_id,)
    assert workspace.statuses("demo")[item_id] is Status.TODO
    with qtbot.waitSignal(win.item_shown, timeout=5000):
        press(qtbot, win, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to the reopened item
    assert win.session.current_item.id == item_id
    qtbot.waitUntil(lambda: "misses the cup's handle" in win.feedback_panel.banner.text(), timeout=3000)
    qtbot.waitUntil(lambda: label(win).startswith("Sync: 1 item to send"), timeout=3000)

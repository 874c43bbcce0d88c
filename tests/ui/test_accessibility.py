"""A screen reader and a keyboard alone: every control of the main window (with each editor) and of every dialog the
menus reach has a name worth reading out, Tab visits each dialog's controls once in reading order, and each dialog
opens, changes a thing and closes by keys alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QTabWidget, QWidget

from annotator.core.model import Status
from annotator.core.sync import credentials
from annotator.core.sync.config import load_config, save_config, target_config
from annotator.core.workspace import Workspace
from annotator.ui.actions import spec_by_id
from annotator.ui.main_window import MainWindow
from annotator.ui.review.review_window import ReviewWindow
from annotator.ui.theme import FONT_SIZE_SETTING
from tests.core.quality.test_gold_and_merge import Team
from tests.ui.accessibility_walk import tab_order_problems, unnamed_controls
from tests.ui.test_review_gold import open_with_key
from tests.ui.test_review_window import decision
from tests.ui.windows import current, open_window, press, type_text

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | SHIFT
CTRL_ALT = CTRL | ALT
# The demo's first item of each kind: each editor is walked with an item of its kind on screen.
FIRST_OF_KIND = {
    "image": "img-astronaut",
    "audio": "aud-en",
    "text": "txt-en-01",
    "pairwise": "pw-en-01",
    "rating": "rt-en-01",
    "translation": "tr-en-it-01",
    "rewrite": "rw-en-01",
}


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    # Never the developer's own keyring: the sync settings then keep secrets for the session only.
    monkeypatch.setattr(credentials, "_usable_keyring", lambda: None)


@pytest.fixture
def shared_folder(tmp_path: Path, workspace: Workspace) -> Path:
    """A sync folder the workspace syncs to."""
    folder = tmp_path / "shared"
    folder.mkdir()
    save_config(workspace, target_config(str(folder)))
    return folder


def show_item(qtbot: Any, window: MainWindow, item_id: str) -> None:
    """Ctrl+1 into the item list, then the item's number typed: the list finds its row and the editor shows it."""
    row = next(index for index, item in enumerate(window.session.items) if item.id == item_id)
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(window.queue_view.hasFocus)
    if current(window) != item_id:
        with qtbot.waitSignal(window.item_shown, timeout=10_000):
            type_text(qtbot, f"{row + 1}.")
    assert current(window) == item_id


def shown_window(qtbot: Any, find: Callable[[], QWidget | None]) -> QWidget:
    """The window `find` names, once it is on screen with the keyboard in it."""
    qtbot.waitUntil(lambda: (found := find()) is not None and found.isVisible())
    window = find()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is window)
    return window


def active_dialog(name: str) -> Callable[[], QWidget | None]:
    """Finds the active window if it is the dialog of that object name."""

    def find() -> QWidget | None:
        window = QApplication.activeModalWidget() or QApplication.activeWindow()
        return window if window is not None and window.objectName() == name else None

    return find


def tab_to(qtbot: Any, reached: Callable[[QWidget], bool], *, limit: int = 30) -> None:
    """Tab pressed until the keyboard is where `reached` says (a test failure, not a hang, if it never gets there)."""
    for _ in range(limit):
        if reached(QApplication.focusWidget()):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never got there; the keyboard is in {QApplication.focusWidget()!r}")


def close_by_escape(qtbot: Any, dialog: QWidget) -> None:
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def problems_of(qtbot: Any, dialog: QWidget, where: str) -> list[str]:
    """Unnamed controls and Tab's faults in a dialog; a tabbed dialog is walked on each of its pages."""
    tabs = dialog.findChild(QTabWidget)
    if tabs is None:
        return unnamed_controls(dialog, where) + tab_order_problems(qtbot, dialog, where)
    found: list[str] = []
    for index in range(tabs.count()):
        tabs.tabBar().setFocus()  # where Ctrl+Tab and the arrows leave a person who moves between the pages
        press(qtbot, Qt.Key.Key_Right, times=index - tabs.currentIndex())
        qtbot.waitUntil(lambda: tabs.currentWidget().isVisible() and tabs.tabBar().hasFocus())
        page = f"{where} [{tabs.tabText(index).replace('&', '')}]"
        found += unnamed_controls(dialog, page) + tab_order_problems(qtbot, dialog, page)
    return found


def run_modal(qtbot: Any, open_it: Callable[[], None], name: str, inside: Callable[[QDialog], None]) -> None:
    """Open a dialog that runs its own event loop, do `inside` with it there, and always close it after."""
    done: list[bool] = []

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or dialog.objectName() != name or focus is None or focus.window() is not dialog:
            QTimer.singleShot(20, when_shown)
            return
        try:
            inside(dialog)
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, when_shown)
    open_it()
    assert done == [True]


# -- names -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(FIRST_OF_KIND))
def test_every_control_of_the_main_window_has_a_name_with_each_editor(
    qtbot, tap, workspace: Workspace, demo_package: Path, kind: str
) -> None:
    window = open_window(qtbot, workspace, demo_package)
    show_item(qtbot, window, FIRST_OF_KIND[kind])
    editor = window.editor_host.currentWidget()
    qtbot.waitUntil(editor.isVisible)
    assert unnamed_controls(window, f"Main window ({kind})") == []


# (action id, its keys, the dialog's object name): every dialog a menu of the main window opens without a file chooser.
MENU_DIALOGS = (
    ("help.about", Qt.Key.Key_F1, SHIFT, "about_dialog"),
    ("help.cheat_sheet", Qt.Key.Key_F1, NO, "cheat_sheet"),
    ("settings.open", Qt.Key.Key_Comma, CTRL, "settings_dialog"),
    ("settings.breaks", Qt.Key.Key_O, CTRL_SHIFT, "break_settings"),
    ("file.pseudonym", Qt.Key.Key_P, CTRL_ALT, "pseudonym_dialog"),
    ("file.export_as", Qt.Key.Key_E, CTRL_SHIFT, "export_as_dialog"),
    ("file.import", Qt.Key.Key_I, CTRL_ALT, "import_dialog"),
    ("file.sync_settings", Qt.Key.Key_Y, CTRL_ALT, "sync_settings"),
    ("file.sync_now", Qt.Key.Key_Y, CTRL_SHIFT, "sync_preview"),
    ("file.export_bundle", Qt.Key.Key_E, CTRL, "export_preview"),
    ("view.dashboard", Qt.Key.Key_D, CTRL_SHIFT, "dashboard"),
    ("item.flag", Qt.Key.Key_G, CTRL, "flag_dialog"),
)


@pytest.mark.parametrize(("action_id", "key", "modifiers", "name"), MENU_DIALOGS, ids=[row[0] for row in MENU_DIALOGS])
def test_every_dialog_of_the_menus_names_its_controls_and_tabs_in_reading_order(
    qtbot, window: MainWindow, shared_folder: Path, action_id: str, key: Qt.Key, modifiers: Any, name: str
) -> None:
    if action_id == "file.sync_now":
        press(qtbot, Qt.Key.Key_Return, CTRL)  # one item done: something to send
    press(qtbot, key, modifiers)
    dialog = shown_window(qtbot, active_dialog(name))
    assert problems_of(qtbot, dialog, name) == []
    close_by_escape(qtbot, dialog)


def test_the_key_editor_names_its_controls_and_tabs_in_reading_order(qtbot, window: MainWindow) -> None:
    found: list[str] = []
    run_modal(
        qtbot,
        lambda: press(qtbot, Qt.Key.Key_K, CTRL_ALT),
        "keymap_dialog",
        lambda dialog: found.extend(problems_of(qtbot, dialog, "keymap_dialog")),
    )
    assert found == []


@pytest.mark.parametrize("kind", ["text", "image", "audio"])
def test_the_review_window_and_its_dialogs_name_their_controls(qtbot, tmp_path: Path, kind: str) -> None:
    team = Team(tmp_path, kind)
    window = open_with_key(qtbot, team, team.bundle_paths, tmp_path / "review")
    found = unnamed_controls(window, f"Review window ({kind})")
    for key, modifiers, attribute in (
        (Qt.Key.Key_F1, NO, "keys_dialog"),
        (Qt.Key.Key_I, CTRL, "figures_dialog"),
        (Qt.Key.Key_R, NO, "reason_dialog"),
        (Qt.Key.Key_E, NO, "fix_editor"),
    ):
        window.queue_view.setFocus()
        press(qtbot, key, modifiers)
        dialog = shown_window(qtbot, lambda attribute=attribute: getattr(window, attribute))
        found += unnamed_controls(dialog, f"{dialog.objectName()} ({kind})")
        if attribute != "fix_editor":  # the fix editor holds the item's editor, whose own keys include Tab
            found += tab_order_problems(qtbot, dialog, dialog.objectName())
        close_by_escape(qtbot, dialog)
        window.activateWindow()  # as the window manager does once a dialog is gone (offscreen has none)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert found == []


# -- keys alone ---------------------------------------------------------------------------------------------------


def test_help_about_opens_from_the_menu_by_alt_keys_and_closes_by_return(qtbot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_H, ALT)  # Alt+H: the Help menu
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)  # &About annotator…
    dialog = shown_window(qtbot, active_dialog("about_dialog"))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_settings_change_a_font_size_by_keys_and_close_by_escape(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    dialog = shown_window(qtbot, active_dialog("settings_dialog"))
    press(qtbot, Qt.Key.Key_A, ALT)  # the &Appearance page
    size = dialog.findChild(QWidget, "settings_font_size")
    qtbot.waitUntil(size.isVisible)
    tab_to(qtbot, lambda focus: focus is size)
    before = size.value()
    press(qtbot, Qt.Key.Key_Up, times=3)
    assert workspace.setting(FONT_SIZE_SETTING, 0) == size.value() == before + 3
    close_by_escape(qtbot, dialog)


def test_break_settings_take_a_longer_micro_break_by_keys_and_return(qtbot, window: MainWindow) -> None:
    before = window.breaks.settings
    press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    dialog = shown_window(qtbot, active_dialog("break_settings"))
    tab_to(qtbot, lambda focus: focus.objectName() == "micro_length_s")
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.breaks.settings != before
    assert window.breaks.settings.micro_length_s == before.micro_length_s + 1


def test_the_cheat_sheet_filters_by_typing_and_closes_by_escape(qtbot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_F1)
    sheet = shown_window(qtbot, active_dialog("cheat_sheet"))
    table = sheet.findChild(QWidget, "cheat_sheet_table")
    shown_rows = lambda: sum(not table.isRowHidden(row) for row in range(table.rowCount()))  # noqa: E731
    every = shown_rows()
    type_text(qtbot, "undo")
    qtbot.waitUntil(lambda: 0 < shown_rows() < every)
    close_by_escape(qtbot, sheet)


def test_the_pseudonym_is_typed_and_kept_by_return(qtbot, window: MainWindow, workspace: Workspace) -> None:
    press(qtbot, Qt.Key.Key_P, CTRL_ALT)
    dialog = shown_window(qtbot, active_dialog("pseudonym_dialog"))
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "worker-42")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.annotator_id() == "worker-42"


def test_an_item_is_flagged_with_a_comment_by_keys(qtbot, window: MainWindow, workspace: Workspace) -> None:
    item_id = current(window)
    press(qtbot, Qt.Key.Key_G, CTRL)
    dialog = shown_window(qtbot, active_dialog("flag_dialog"))
    type_text(qtbot, "blurred")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = workspace.item(window.session.package_id, item_id)
    assert (stored.status, stored.comment) == (Status.FLAGGED, "blurred")


def test_export_as_writes_a_file_by_keys_alone(qtbot, window: MainWindow, tmp_path: Path) -> None:
    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    dialog = shown_window(qtbot, active_dialog("export_as_dialog"))
    type_text(qtbot, "jsonl")  # the format list finds it by its name
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    target = tmp_path / "demo.jsonl"
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        press(qtbot, Qt.Key.Key_Return)
    assert target.is_file()
    close_by_escape(qtbot, dialog)


def test_import_takes_a_typed_source_and_closes_by_escape(qtbot, window: MainWindow, tmp_path: Path) -> None:
    press(qtbot, Qt.Key.Key_I, CTRL_ALT)
    dialog = shown_window(qtbot, active_dialog("import_dialog"))
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, str(tmp_path / "labels.jsonl"))
    assert dialog.findChild(QLineEdit, "import_source").text() == str(tmp_path / "labels.jsonl")
    close_by_escape(qtbot, dialog)


def test_sync_settings_store_a_typed_folder_by_return(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path
) -> None:
    folder = tmp_path / "team-drive"
    folder.mkdir()
    press(qtbot, Qt.Key.Key_Y, CTRL_ALT)
    dialog = shown_window(qtbot, active_dialog("sync_settings"))
    tab_to(qtbot, lambda focus: focus.objectName() == "sync_folder")
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, str(folder))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    config = load_config(workspace)
    assert config is not None and str(folder) in config.describe()


def test_the_sync_preview_sends_by_return(qtbot, window: MainWindow, shared_folder: Path) -> None:
    press(qtbot, Qt.Key.Key_Return, CTRL)  # one item done
    press(qtbot, Qt.Key.Key_Y, CTRL_SHIFT)
    preview = shown_window(qtbot, active_dialog("sync_preview"))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.waitUntil(lambda: any(shared_folder.rglob("*.json*")), timeout=10_000)


def test_the_export_preview_and_the_dashboard_close_by_escape(qtbot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_E, CTRL)
    close_by_escape(qtbot, shown_window(qtbot, active_dialog("export_preview")))
    window.activateWindow()  # as the window manager does once a dialog is gone (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_D, CTRL_SHIFT)
    close_by_escape(qtbot, shown_window(qtbot, active_dialog("dashboard")))


def test_a_key_is_given_to_an_action_by_keys_and_kept_by_return(qtbot, window: MainWindow) -> None:
    chosen: list[str] = []

    def give_quit_a_key(dialog: QDialog) -> None:
        type_text(qtbot, "quit")  # the search field has the keyboard; the table keeps the one match
        press(qtbot, Qt.Key.Key_Tab)  # into the table, its row selected
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Tab)  # the key editor
        key_edit = dialog.findChild(QWidget, "keymap_key_edit")
        assert key_edit.hasFocus() or key_edit.isAncestorOf(QApplication.focusWidget())
        press(qtbot, Qt.Key.Key_F12, CTRL_SHIFT)
        qtbot.waitUntil(lambda: dialog.keymap().keys_for(spec_by_id("file.quit")) == ("Ctrl+Shift+F12",))
        chosen.append("typed")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        tab_to(qtbot, lambda focus: focus is ok)  # on to OK: Return in the key editor would be a key for the action
        press(qtbot, Qt.Key.Key_Return)

    run_modal(qtbot, lambda: press(qtbot, Qt.Key.Key_K, CTRL_ALT), "keymap_dialog", give_quit_a_key)
    assert chosen == ["typed"]
    assert window.actions_by_id["file.quit"].shortcut().toString() == "Ctrl+Shift+F12"


def test_a_review_is_rejected_with_a_reason_by_keys(qtbot, tmp_path: Path) -> None:
    team = Team(tmp_path, "text")
    window: ReviewWindow = open_with_key(qtbot, team, team.bundle_paths, tmp_path / "review")
    shown = window.current
    press(qtbot, Qt.Key.Key_R)
    dialog = shown_window(qtbot, lambda: window.reason_dialog)
    press(qtbot, Qt.Key.Key_1)  # the first reason chip
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert decision(window, *shown) == "reject"

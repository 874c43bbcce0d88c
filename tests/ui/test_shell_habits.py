"""Habits of the shell a person relies on: the filtered list leads navigation, panels keep their width,
recent packages, remembered folders, About, and a cheat sheet that speaks the package's words."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QInputDialog, QLineEdit, QMenu

from annotator import __version__
from annotator.core.model import Status
from annotator.ui.actions import BBOX_ACTIONS, SENTIMENT_ACTIONS
from annotator.ui.dialogs.about import AboutDialog
from annotator.ui.dialogs.cheat_sheet import CheatSheetDialog
from annotator.ui.main_window import MainWindow
from annotator.ui.queue_model import ItemIdRole
from tests.core.helpers import manifest_dict, text_item, write_folder_package

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.focusWidget() or window, key, modifiers)


def current_id(window: MainWindow) -> str:
    assert window.session is not None
    return window.session.current_item.id


def highlighted_id(window: MainWindow) -> str | None:
    index = window.queue_view.currentIndex()
    if not index.isValid() or not window.queue_view.selectionModel().isSelected(index):
        return None
    return window.queue_filter.mapToSource(index).data(ItemIdRole)


def flag(qtbot, window: MainWindow, comment: str) -> None:
    press(qtbot, window, Qt.Key.Key_G, CTRL)
    # Each flag opens a dialog of its own; the one on screen is the one a person types into.
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QInputDialog, "flag_dialog")))
    dialog = next(d for d in window.findChildren(QInputDialog, "flag_dialog") if d.isVisible())
    line = dialog.findChild(QLineEdit)
    qtbot.keyClicks(line, comment)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def choose_filter(qtbot, window: MainWindow, initial: Qt.Key) -> None:
    """Pick a filter by its initial letter, as a person does in a closed combo box (Space would open it)."""
    window.filter_box.setFocus()
    qtbot.keyClick(window.filter_box, initial)


# -- navigation follows the filtered list ----------------------------------------------------------


def test_with_a_filter_on_next_and_previous_walk_the_visible_list(qtbot, window: MainWindow) -> None:
    # Flag the 2nd and the 5th item (Alt+Right to walk there, Ctrl+G to flag).
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    flag(qtbot, window, "first")
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_Right, ALT)
    flagged = current_id(window)
    flag(qtbot, window, "second")
    first_flagged = window.session.items[1].id
    assert window.workspace.item("demo", first_flagged).status == Status.FLAGGED
    choose_filter(qtbot, window, Qt.Key.Key_F)  # "Flagged"
    assert window.queue_filter.rowCount() == 2
    # Back to the first flagged item by the list, then on by keys.
    window.queue_view.setFocus()
    press(qtbot, window, Qt.Key.Key_Home)
    assert current_id(window) == first_flagged
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    assert current_id(window) == flagged
    assert highlighted_id(window) == flagged
    press(qtbot, window, Qt.Key.Key_Right, ALT)  # the last of the list: stays
    assert current_id(window) == flagged
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    assert current_id(window) == first_flagged
    assert highlighted_id(window) == first_flagged


def test_done_in_the_to_do_list_goes_to_the_next_item_of_that_list(qtbot, window: MainWindow) -> None:
    choose_filter(qtbot, window, Qt.Key.Key_T)  # "To do"
    first, second = window.session.items[0].id, window.session.items[1].id
    assert current_id(window) == first and highlighted_id(window) == first
    press(qtbot, window, Qt.Key.Key_1, CTRL)  # into the list
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # done: the row leaves the list
    assert window.workspace.item("demo", first).status == Status.DONE
    assert current_id(window) == second, "the next item to do, not the one after it"
    assert highlighted_id(window) == second


def test_next_unfinished_keeps_to_the_list_and_says_when_it_has_none(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    flag(qtbot, window, "unsure")
    flagged = current_id(window)
    choose_filter(qtbot, window, Qt.Key.Key_F)  # "Flagged"
    assert current_id(window) == flagged and highlighted_id(window) == flagged
    press(qtbot, window, Qt.Key.Key_J, CTRL)  # nothing in "Flagged" is still to do
    assert current_id(window) == flagged
    assert "No item to do in the list “Flagged”" in window.statusBar().currentMessage()


# -- side panels ----------------------------------------------------------------------------------


def resize(qtbot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)


def ids_fit(window: MainWindow) -> bool:
    """No row of the item list is cut: the list is as wide as its widest row."""
    view = window.queue_view
    widest = max(view.sizeHintForIndex(view.model().index(row, 0)).width() for row in range(view.model().rowCount()))
    return view.viewport().width() >= widest


def test_panels_stay_readable_on_a_small_window_and_come_back_when_it_grows(qtbot, window: MainWindow) -> None:
    resize(qtbot, window, 1580, 960)
    items, instructions = window.queue_dock.width(), window.instructions_dock.width()
    resize(qtbot, window, 1024, 640)
    assert window.queue_dock.width() >= window.queue_dock.minimumSizeHint().width() >= 180
    assert ids_fit(window), "no id is cut at 1024x640 ('img-hubble_deep_field' whole)"
    assert window.instructions_dock.width() >= 220
    assert window.editor_host.width() >= 1024 // 2 - 20, "the editor keeps about half the window"
    resize(qtbot, window, 1580, 960)
    assert (window.queue_dock.width(), window.instructions_dock.width()) == (items, instructions)


def test_a_panel_dragged_wider_keeps_that_width(qtbot, window: MainWindow) -> None:
    resize(qtbot, window, 1580, 960)
    before = window.queue_dock.width()
    # The separator between the item list and the editor, dragged 80 px to the right.
    edge = window.queue_dock.geometry().right() + 3
    y = window.queue_dock.geometry().center().y()
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(window, QPoint(edge + 80, y))
    # The main window moves separators on a zero timer after each mouse move: let it run.
    qtbot.waitUntil(lambda: window.queue_dock.width() > before + 40)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(edge + 80, y))
    dragged = window.queue_dock.width()
    resize(qtbot, window, 1024, 640)
    resize(qtbot, window, 1580, 960)
    assert window.queue_dock.width() == dragged


def open_menu(qtbot, window: MainWindow, mnemonic: Qt.Key):
    """Open a menu of the menu bar by its Alt key, as a person does; returns the menu on screen."""
    qtbot.keyClick(window, mnemonic, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def click_in_menu(qtbot, menu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_view_menu_toggles_the_panels_and_its_check_marks_follow_them(qtbot, window: MainWindow) -> None:
    items, instructions = window.actions_by_id["view.items"], window.actions_by_id["view.instructions"]
    assert items.isCheckable() and instructions.isCheckable()
    assert items.isChecked() and instructions.isChecked()
    press(qtbot, window, Qt.Key.Key_I, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.queue_dock.isHidden() and not items.isChecked()
    menu = open_menu(qtbot, window, Qt.Key.Key_V)
    click_in_menu(qtbot, menu, "Show item list")
    assert window.queue_dock.isVisible() and items.isChecked()
    menu = open_menu(qtbot, window, Qt.Key.Key_V)
    click_in_menu(qtbot, menu, "Show instructions")
    assert window.instructions_dock.isHidden() and not instructions.isChecked()
    press(qtbot, window, Qt.Key.Key_I, CTRL)
    assert window.instructions_dock.isVisible() and instructions.isChecked()
    # The panel's own close button: the check mark follows too.
    close = window.queue_dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert window.queue_dock.isHidden() and not items.isChecked()
    press(qtbot, window, Qt.Key.Key_1, CTRL)  # focusing the list brings it back
    assert window.queue_dock.isVisible() and items.isChecked()
    assert window.queue_view.hasFocus()


# -- recent packages, remembered folders, About ---------------------------------------------------


def small_package(folder, package_id: str, title: str):
    items = [text_item(f"{package_id}-1", "The room was clean.")]
    return write_folder_package(folder, manifest_dict(items, id=package_id, title=title))


def open_and_wait(qtbot, window: MainWindow, path) -> None:
    with qtbot.waitSignal(window.package_opened, timeout=10_000):
        window.open_package(path)


def test_recent_packages_lists_the_last_opened_newest_first_and_greys_a_missing_one(
    qtbot, window: MainWindow, tmp_path
) -> None:
    alpha = small_package(tmp_path / "alpha", "alpha", "Alpha texts")
    beta = small_package(tmp_path / "beta", "beta", "Beta texts")
    open_and_wait(qtbot, window, alpha)
    open_and_wait(qtbot, window, beta)
    shutil.rmtree(alpha)  # moved away since
    file_menu = open_menu(qtbot, window, Qt.Key.Key_F)
    qtbot.keyClick(file_menu, Qt.Key.Key_R)  # File ▸ Recent packages
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.recent_menu)
    entries = [(a.text(), a.isEnabled()) for a in window.recent_menu.actions() if a.objectName().startswith("recent_")]
    assert entries == [
        ("&1 Beta texts (beta)", True),
        ("&2 Alpha texts (alpha) — not found", False),
        ("&3 annotator demo: boxes, transcription and sentiment (demo)", True),
    ]
    with qtbot.waitSignal(window.package_opened, timeout=10_000) as opened:
        qtbot.keyClick(window.recent_menu, Qt.Key.Key_3)
    assert opened.args == ["demo"]
    # Kept in the workspace: a window opened later lists the same, the demo now first.
    again = MainWindow(window.workspace)
    qtbot.addWidget(again)
    assert [path for path, _title in again.recent.entries()][:3] == [
        str(window.session.package.path.absolute()),
        str(beta),
        str(alpha),
    ]


def file_dialog(qtbot, window: MainWindow, name: str):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QFileDialog, name)))
    return next(d for d in window.findChildren(QFileDialog, name) if d.isVisible())


def close_dialog(qtbot, window: MainWindow, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # A window manager gives the window the keyboard back; offscreen Qt does not.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_open_and_export_dialogs_start_in_the_folder_used_last(qtbot, window: MainWindow, tmp_path) -> None:
    inbox = tmp_path / "inbox"
    alpha = small_package(inbox / "alpha", "alpha", "Alpha texts")
    press(qtbot, window, Qt.Key.Key_O, CTRL)
    dialog = file_dialog(qtbot, window, "open_dialog")
    with qtbot.waitSignal(window.package_opened, timeout=10_000):
        dialog.fileSelected.emit(str(alpha / "package.json"))
    close_dialog(qtbot, window, dialog)
    press(qtbot, window, Qt.Key.Key_O, CTRL)
    dialog = file_dialog(qtbot, window, "open_dialog")
    assert Path(dialog.directory().absolutePath()) == alpha
    close_dialog(qtbot, window, dialog)

    outbox = tmp_path / "outbox"
    outbox.mkdir()
    for target in (outbox / "first.bundle.json", None):
        with qtbot.waitSignal(window.export_previewed, timeout=10_000):
            press(qtbot, window, Qt.Key.Key_E, CTRL)
        qtbot.keyClick(window.export_preview, Qt.Key.Key_Return)
        dialog = file_dialog(qtbot, window, "export_dialog")
        if target is not None:
            with qtbot.waitSignal(window.bundle_exported, timeout=10_000):
                dialog.fileSelected.emit(str(target))
        close_dialog(qtbot, window, dialog)
    assert Path(dialog.directory().absolutePath()) == outbox, "the second export starts where the first went"
    assert dialog.findChild(QLineEdit, "fileNameEdit").text() == f"alpha.{window.workspace.annotator_id()}.bundle.json"
    # Kept in the workspace: a window opened later starts there too.
    window.close()
    again = MainWindow(window.workspace)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    qtbot.keyClick(again, Qt.Key.Key_O, CTRL)
    assert Path(file_dialog(qtbot, again, "open_dialog").directory().absolutePath()) == alpha


def test_help_about_says_the_version_the_licence_where_the_workspace_is_and_what_is_recorded(
    qtbot, window: MainWindow
) -> None:
    help_menu = open_menu(qtbot, window, Qt.Key.Key_H)
    click_in_menu(qtbot, help_menu, "About annotator…")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(AboutDialog)))
    about = next(d for d in window.findChildren(AboutDialog) if d.isVisible())
    text = about.text()
    assert f"annotator {__version__}" in text
    assert "Licence: MIT" in text
    assert str(window.workspace.folder) in text
    assert "active and idle time" in text and "counts only" in text
    assert "Never recorded: which keys you pressed or what you typed" in text
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(AboutDialog)))


# -- the cheat sheet speaks the package's words --------------------------------------------------


def test_the_cheat_sheet_finds_an_editor_by_name_and_names_the_package_classes(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F1)
    sheet = window.findChild(CheatSheetDialog, "cheat_sheet")
    qtbot.waitUntil(sheet.isVisible)
    search = sheet.findChild(QLineEdit, "cheat_sheet_search")

    def show_only(text: str) -> list[str]:
        qtbot.keyClick(search, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(search, text)
        return sheet.visible_action_ids()

    assert show_only("sentiment") == [spec.id for spec in SENTIMENT_ACTIONS]
    assert show_only("box editor") == [spec.id for spec in BBOX_ACTIONS]
    assert show_only("person") == ["bbox.class_1"]
    assert sheet.action_text("bbox.class_1") == "Class 1 — person"
    assert sheet.action_text("bbox.class_5") == "Class 5 — galaxy"
    assert sheet.action_text("bbox.class_9") == "Class 9 — none in this package"
    assert show_only("positive") == ["sentiment.label_1"]
    assert sheet.action_text("sentiment.label_1") == "Label 1 — positive"

"""Switching the UI language in Settings: the settings speak it at once, the whole app once they close, on the same item.

The window is built as the composition root builds it (a WindowSwap around it), started in English; the
language is chosen by keyboard in Edit ▸ Settings… (Ctrl+,), as a person does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel

from annotator.core.workspace import Workspace
from annotator.ui.dashboard import DashboardDialog
from annotator.ui.editors.bbox import BoxEditor
from annotator.ui.locale_choice import apply_language, chosen_language, store_language
from annotator.ui.main_window import MainWindow
from annotator.ui.queue_model import ItemIdRole
from annotator.ui.single_instance import ACK, encode_request, serve, server_name
from annotator.ui.window_swap import SYNC_WAIT_MS, WindowSwap
from tests.core.test_timing import FakeMonotonic
from tests.ui.test_i18n_dialogs import english_left
from tests.ui.test_i18n_editors import package_texts
from tests.ui.test_i18n_shell import assert_status_bar_speaks, not_spoken
from tests.ui.test_single_instance import other_package, send
from tests.ui.untranslated import english_sources, not_in_language
from tests.ui.windows import current, press, shown_editor

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
PROGRESS = {"en": "1 / 54 done", "it": "1 / 54 completati", "de": "1 / 54 erledigt"}
ITEMS_TITLE = {"en": "Items", "it": "Elementi", "de": "Elemente"}


def started(qtbot, workspace: Workspace, demo_package: Path, **swap_options: Any) -> WindowSwap:
    """The demo's first item on screen, in English, in a window the swap keeps (with `swap_options`)."""
    store_language(workspace, "en")
    mono = FakeMonotonic()  # a clock that stands still: no break comes in between
    window = MainWindow(workspace, monotonic=mono)
    keeper = WindowSwap(window, build=lambda ws: MainWindow(ws, monotonic=mono), **swap_options)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    with qtbot.waitSignal(window.item_shown, timeout=10_000):
        window.open_package(demo_package)
    qtbot.waitUntil(window.isActiveWindow)
    return keeper


def close_last(qtbot, keeper: WindowSwap) -> None:
    """Close the window on screen now and wait until it is gone (before the workspace closes under it)."""
    last = keeper.window
    if shiboken6.isValid(last):
        last.close()
        last.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(last))


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """English again after each test, numbers written as before."""
    before = QLocale()
    yield
    apply_language("en")
    QLocale.setDefault(before)


@pytest.fixture
def swap(qtbot, workspace: Workspace, demo_package: Path) -> Iterator[WindowSwap]:
    keeper = started(qtbot, workspace, demo_package)
    yield keeper
    close_last(qtbot, keeper)


def main_windows() -> list[MainWindow]:
    return [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, MainWindow)]


def open_settings(qtbot, window: MainWindow) -> QDialog:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: window.settings_dialog is not None and window.settings_dialog.isVisible())
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def language_key(dialog: QDialog) -> Qt.Key:
    """The key of the letter the language box's label underlines (L in English and Italian, E in German)."""
    box = dialog.findChild(QComboBox, "settings_language")
    (label,) = [label for label in dialog.findChildren(QLabel) if label.buddy() is box]
    text = label.text()
    return Qt.Key(ord(text[text.index("&") + 1].upper()))


def choose_language(
    qtbot, swap: WindowSwap, demo_package: Path, key: Qt.Key, times: int, language: str
) -> tuple[MainWindow, MainWindow]:
    """Settings, Alt+L, the arrow `times` times: the dialog speaks `language` at once; Esc, and a new window speaks it."""
    old = swap.window
    dialog = open_settings(qtbot, old)
    press(qtbot, language_key(dialog), ALT)  # the letter underlined in "Language:" as it reads now
    assert QApplication.focusWidget().objectName() == "settings_language"
    press(qtbot, key, times=times)
    assert chosen_language() == language
    # The dialog re-texts itself: still on its first page, the keyboard still in the language box.
    qtbot.waitUntil(
        lambda: dialog.windowTitle() == {"en": "Settings", "it": "Impostazioni", "de": "Einstellungen"}[language]
    )
    assert dialog.findChild(QComboBox, "settings_language").currentData() == language
    assert QApplication.focusWidget() is dialog.findChild(QComboBox, "settings_language")
    if language != "en":
        assert english_left(dialog, language, demo_package) == []
    # Meanwhile the window behind is the old one; closing the settings puts the new one in its place.
    assert swap.window is old and main_windows() == [old]
    with qtbot.waitSignal(swap.replaced, timeout=10_000):
        press(qtbot, Qt.Key.Key_Escape)
    new = swap.window
    assert new is not old
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))  # deleted, not merely hidden
    assert main_windows() == [new] and new.isVisible()
    qtbot.waitUntil(lambda: new.session is not None and new.isActiveWindow())
    return old, new


def assert_window_speaks(qtbot, window: MainWindow, language: str, demo_package: Path) -> None:
    """Menus, status bar, Items panel and the box editor on screen in `language`."""
    editor = shown_editor(window, BoxEditor, "box_editor")
    qtbot.waitUntil(lambda: editor.image_ready)
    qtbot.waitUntil(lambda: window.progress_label.text().startswith(PROGRESS[language]))
    assert window.queue_dock.windowTitle() == ITEMS_TITLE[language]
    if language == "en":
        sources = english_sources()
        menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
        assert menus and all(text in sources for text in menus), menus
        assert window.item_label.text().startswith("Item 3 of 54: img-chelsea (image)")
        return
    assert not_spoken(window.menuBar(), language, demo_package) == []
    assert_status_bar_speaks(window, language, demo_package)
    assert not_spoken(window.queue_dock, language, demo_package) == []
    assert not_in_language(editor, language, package_texts=package_texts(window, editor)) == []


def test_a_language_chosen_in_settings_is_spoken_by_the_whole_app_on_the_same_item(
    qtbot, swap: WindowSwap, workspace: Workspace, demo_package: Path
) -> None:
    window = swap.window
    # Before the switch: the second photo done by its key (the third comes up), its box marked verified.
    press(qtbot, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: current(window) == "img-coffee")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: current(window) == "img-chelsea")
    editor = shown_editor(window, BoxEditor, "box_editor")
    editor.canvas.setFocus()
    qtbot.waitUntil(lambda: editor.canvas.hasFocus() and editor.image_ready)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_V)
    assert workspace.item(window.session.package_id, "img-chelsea").annotation.get("verified") is True
    # The list shows only what is left to do, scrolled; the window has a size of its own.
    window.filter_box.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert window.filter_box.currentData() == "To do"
    window.resize(760, 640)  # on the screen: a window larger than the screen comes back fitted to it
    qtbot.waitUntil(lambda: window.size().width() == 760)
    window.queue_view.verticalScrollBar().setValue(3)
    size = window.size()

    for key, times, language in ((Qt.Key.Key_Down, 1, "it"), (Qt.Key.Key_Down, 1, "de"), (Qt.Key.Key_Up, 2, "en")):
        _old, window = choose_language(qtbot, swap, demo_package, key, times, language)
        assert_window_speaks(qtbot, window, language, demo_package)
        # The same item, the edits before the switch kept, the list and the window as they were.
        assert current(window) == "img-chelsea"
        assert "✓" in window.findChild(BoxEditor, "box_editor").findChild(QLabel, "box_hint").text()
        assert window.filter_box.currentData() == "To do"
        assert window.queue_view.currentIndex().data(ItemIdRole) == "img-chelsea"
        assert window.size() == size
        qtbot.waitUntil(lambda w=window: w.queue_view.verticalScrollBar().value() == 3)
    # The last window works as the first did: Ctrl+Enter marks the item on screen done and moves on.
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: current(window) != "img-chelsea")
    assert window.progress_label.text().startswith("2 / 54 done")
    assert main_windows() == [window]


def test_the_new_window_takes_over_the_dashboard_and_packages_handed_to_the_app(
    qtbot, workspace: Workspace, demo_package: Path, tmp_path: Path
) -> None:
    keeper = started(qtbot, workspace, demo_package, adopt=lambda window: serve(window, workspace.folder))
    try:
        first = keeper.window
        assert serve(first, workspace.folder).is_listening()  # the first one is served as app.py serves it
        qtbot.keyClick(first.focusWidget() or first, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: (board := first.findChild(DashboardDialog)) is not None and board.isVisible())
        _old, window = choose_language(qtbot, keeper, demo_package, Qt.Key.Key_Down, 2, "de")
        # The dashboard that was open is open again, in German.
        board = window.findChild(DashboardDialog)
        assert board is not None and board.isVisible()
        assert not_spoken(board, "de", demo_package) == []
        # A second `annotator open` reaches the new window.
        with qtbot.waitSignal(window.package_opened, timeout=10_000) as opened:
            assert send(qtbot, server_name(workspace.folder), encode_request(other_package(tmp_path))) == ACK
        assert opened.args == ["other"]
    finally:
        close_last(qtbot, keeper)


def test_a_sync_under_way_ends_in_the_window_that_started_it_before_the_swap(
    qtbot, swap: WindowSwap, demo_package: Path
) -> None:
    old = swap.window
    old.sync.running = True  # as while a sync sends and fetches in its worker: its end is this window's to show
    dialog = open_settings(qtbot, old)
    press(qtbot, language_key(dialog), ALT)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    later = QTimer(singleShot=True, interval=3 * SYNC_WAIT_MS)
    with qtbot.waitSignal(later.timeout):
        later.start()
    assert swap.window is old and shiboken6.isValid(old)
    with qtbot.waitSignal(swap.replaced, timeout=5000):
        old.sync.running = False  # the sync ended
    new = swap.window
    qtbot.waitUntil(lambda: not shiboken6.isValid(old) and new.session is not None)
    assert main_windows() == [new] and not_spoken(new.menuBar(), "it", demo_package) == []

"""The settings dialog by keyboard alone: each change is in force at once, and a restarted window finds it kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from annotator.core.workspace import Workspace
from annotator.ui import theme
from annotator.ui.audio_output import stored_rewind
from annotator.ui.editors.transcription import TranscriptionEditor
from annotator.ui.locale_choice import apply_language, chosen_language, effective_language
from annotator.ui.main_window import MainWindow
from tests.core.test_timing import FakeMonotonic
from tests.ui.windows import open_window

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def app_look_restored() -> Iterator[None]:
    """Theme, font and locale are the whole app's: put them back for the tests that follow."""
    yield
    theme.apply_theme("system")
    theme.apply_font_size(0)
    apply_language("system")


def press(qtbot: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO, times: int = 1) -> None:
    """Key presses where the keyboard is, as a person types them."""
    for _ in range(times):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, key, modifiers)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def open_settings(qtbot: Any, window: MainWindow) -> QDialog:
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: window.settings_dialog is not None and window.settings_dialog.isVisible())
    dialog = window.settings_dialog
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def go_to_audio(qtbot: Any, window: MainWindow) -> TranscriptionEditor:
    while window.session.current_item.kind != "audio":
        with qtbot.waitSignal(window.item_shown):
            qtbot.keyClick(window, Qt.Key.Key_Right, ALT)
    editor = window.findChild(TranscriptionEditor, "transcription_editor")
    assert editor is not None and editor.isVisible()
    return editor


def is_dark_window(window: QWidget) -> bool:
    return window.palette().color(QPalette.ColorRole.Window).lightness() < 128


def test_every_setting_by_keyboard_is_live_then_kept_after_a_restart(
    qtbot, tmp_path: Path, demo_package: Path, tap
) -> None:
    workspace = Workspace.open(tmp_path / "ws")
    mono = FakeMonotonic()
    try:
        window = open_window(qtbot, workspace, demo_package, monotonic=mono)
        editor = go_to_audio(qtbot, window)
        assert not is_dark_window(window) and editor.player.auto_rewind == 1.0
        dialog = open_settings(qtbot, window)

        # General: a pseudonym with a space is refused (and not stored), one without is stored at once.
        press(qtbot, Qt.Key.Key_N, ALT)
        assert focused().objectName() == "settings_pseudonym"
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "rater 7")
        problem = dialog.findChild(QLabel, "settings_pseudonym_problem")
        assert problem.isVisible() and "space" in problem.text()
        assert workspace.annotator_id() != "rater 7"
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "rater-7")
        assert not problem.isVisible() and workspace.annotator_id() == "rater-7"

        # Appearance: dark at once, everywhere; a bigger font at once.
        press(qtbot, Qt.Key.Key_A, ALT)
        assert focused().objectName() == "settings_theme"
        press(qtbot, Qt.Key.Key_Down, times=2)  # Follow the system, Light, Dark
        qtbot.waitUntil(lambda: is_dark_window(window) and is_dark_window(dialog) and is_dark_window(window.queue_view))
        assert window.queue_view.palette().color(QPalette.ColorRole.Text).lightness() > 200
        press(qtbot, Qt.Key.Key_F, ALT)
        assert focused().objectName() == "settings_font_size"
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "14")
        assert QApplication.font().pointSize() == 14
        qtbot.waitUntil(lambda: window.item_label.font().pointSize() == 14)

        # Keys: find About, press F2 for it; it works at once.
        press(qtbot, Qt.Key.Key_K, ALT)
        assert focused().objectName() == "keymap_search"
        type_text(qtbot, "About annotator")
        press(qtbot, Qt.Key.Key_Tab)
        assert isinstance(focused(), QTableWidget)
        press(qtbot, Qt.Key.Key_Home)
        press(qtbot, Qt.Key.Key_Return)  # into the key field
        assert isinstance(focused(), QKeySequenceEdit)
        press(qtbot, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: workspace.setting("keys", {}) == {"help.about": ["F2"]}, timeout=5000)
        assert "F2" in [key.toString() for key in window.actions_by_id["help.about"].shortcuts()]
        press(qtbot, Qt.Key.Key_Tab)  # out of the key field: there every key (Alt+U too) is a key to record
        assert not isinstance(focused(), QKeySequenceEdit)

        # Audio: no device here but the tapped fake; the rewind goes to the open editor's player at once.
        press(qtbot, Qt.Key.Key_U, ALT)
        assert focused().objectName() == "settings_audio_device"
        assert dialog.findChild(QComboBox, "settings_audio_device").itemText(0) == "System default"
        press(qtbot, Qt.Key.Key_R, ALT)
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "2.5")
        assert editor.player.auto_rewind == 2.5 and editor.controls.rewind.value() == 2.5
        assert stored_rewind(workspace) == 2.5

        # Breaks: micro-breaks every 15 min, in force in the status bar at once.
        press(qtbot, Qt.Key.Key_B, ALT)
        assert focused().objectName() == "micro_enabled"
        press(qtbot, Qt.Key.Key_Tab, times=2)
        assert focused().objectName() == "micro_every_s"
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "15")
        assert window.breaks.settings.micro_every_s == 900
        assert window.break_label.text() == "Next micro break in 15 min"

        # Sync: the summary says nothing is set up; the sync settings open from here, and Esc closes them.
        press(qtbot, Qt.Key.Key_S, ALT)
        summary = dialog.findChild(QLabel, "settings_sync_summary")
        assert summary.text().startswith("Not set up")
        press(qtbot, Qt.Key.Key_T, ALT)
        qtbot.waitUntil(lambda: window.sync.settings_dialog is not None and window.sync.settings_dialog.isVisible())
        sync_dialog = window.sync.settings_dialog
        qtbot.waitUntil(sync_dialog.isActiveWindow)
        press(qtbot, Qt.Key.Key_Tab)  # from "Where" into the folder field
        type_text(qtbot, str(tmp_path / "shared"))
        press(qtbot, Qt.Key.Key_Return)  # Save
        qtbot.waitUntil(lambda: not sync_dialog.isVisible())
        assert summary.text() == f"Syncs to folder {tmp_path / 'shared'}; syncs when you press Ctrl+Shift+Y."

        # General again: the language, last (the spin boxes above read "2.5" the English way).
        qtbot.waitUntil(dialog.isActiveWindow)
        press(qtbot, Qt.Key.Key_G, ALT)
        press(qtbot, Qt.Key.Key_L, ALT)
        assert focused().objectName() == "settings_language"
        press(qtbot, Qt.Key.Key_Down, times=3)  # System, English, Italiano, Deutsch
        assert chosen_language() == "de" and effective_language() == "de"
        assert QLocale().toString(1234.5, "f", 1) == "1.234,5"

        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.settings_dialog is None or not window.settings_dialog.isVisible())
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_F2)  # the new key of About, after the dialog
        qtbot.waitUntil(lambda: window.findChild(QDialog, "about_dialog") is not None)
        window.findChild(QDialog, "about_dialog").close()
        window.close()
    finally:
        workspace.close()

    # A fresh start in this process: the app's look is reset as a new process would have it.
    theme.apply_theme("light")
    theme.apply_font_size(0)
    apply_language("en")
    again = Workspace.open(tmp_path / "ws")
    try:
        window = open_window(qtbot, again, demo_package, monotonic=FakeMonotonic())
        qtbot.waitUntil(lambda: is_dark_window(window))
        assert QApplication.font().pointSize() == 14
        assert chosen_language() == "de" and QLocale().language() == QLocale.Language.German
        assert again.annotator_id() == "rater-7"
        assert window.breaks.settings.micro_every_s == 900
        assert "F2" in [key.toString() for key in window.actions_by_id["help.about"].shortcuts()]
        editor = go_to_audio(qtbot, window)
        assert editor.player.auto_rewind == 2.5
        dialog = open_settings(qtbot, window)
        assert dialog.findChild(QLineEdit, "settings_pseudonym").text() == "rater-7"
        assert dialog.findChild(QComboBox, "settings_theme").currentData() == "dark"
        assert dialog.findChild(QComboBox, "settings_language").currentData() == "de"
        assert dialog.findChild(QAbstractSpinBox, "settings_font_size").value() == 14
        assert dialog.findChild(QAbstractSpinBox, "settings_rewind").value() == 2.5
        assert dialog.findChild(QAbstractSpinBox, "micro_every_s").value() == 15
        assert dialog.findChild(QLabel, "settings_sync_summary").text().startswith("Synchronisiert mit folder ")
        press(qtbot, Qt.Key.Key_Escape)
        window.close()
    finally:
        again.close()


def test_every_control_has_a_name_a_screen_reader_can_say(qtbot, window: MainWindow) -> None:
    dialog = open_settings(qtbot, window)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    unnamed = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractButton | QTableWidget):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox | QKeySequenceEdit):
            continue  # a spin box's, combo's or key field's own line edit: the box has the name
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a table's corner button), named by Qt
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "") or widget in buddies):
            unnamed.append(widget.objectName() or type(widget).__name__)
    assert unnamed == []
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_follow_the_system_turns_dark_when_the_desktop_does(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    theme.apply_theme("system")
    assert not is_dark_window(window)
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: is_dark_window(window))
    theme.apply_theme("light")  # a theme chosen outright no longer follows the desktop
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: not is_dark_window(window))


def test_settings_stored_by_hand_in_a_bad_shape_fall_back_to_the_defaults(qtbot, workspace: Workspace, demo_package):
    for key, value in (("ui.theme", "purple"), ("ui.font_size", "huge"), ("ui.language", 7), ("audio.auto_rewind", [])):
        workspace.set_setting(key, value)
    window = open_window(qtbot, workspace, demo_package)
    assert not is_dark_window(window) and chosen_language() == "system"
    dialog = open_settings(qtbot, window)
    assert dialog.findChild(QComboBox, "settings_theme").currentData() == "system"
    assert dialog.findChild(QAbstractSpinBox, "settings_font_size").text() == "System default"
    assert dialog.findChild(QAbstractSpinBox, "settings_rewind").value() == 1.0
    press(qtbot, Qt.Key.Key_Escape)

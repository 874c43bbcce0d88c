"""The main window as a person uses it: opened on a package (shown, active, the first item on screen), keys typed
where the keyboard is."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow

NO = Qt.KeyboardModifier.NoModifier
EditorT = TypeVar("EditorT", bound=QWidget)


def open_window(qtbot: Any, workspace: Workspace, package: Path, **window_options: Any) -> MainWindow:
    """A MainWindow (with `window_options`, e.g. monotonic=) shown, active, and showing `package`'s first item."""
    window = MainWindow(workspace, **window_options)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    with qtbot.waitSignal(window.item_shown, timeout=10_000):
        window.open_package(package)
    return window


def shown_editor(window: MainWindow, editor_class: type[EditorT], name: str) -> EditorT:
    """The window's editor of that class and object name, which must be on screen."""
    editor = window.findChild(editor_class, name)
    assert editor is not None and editor.isVisible()
    return editor


def open_transcription(
    qtbot: Any, workspace: Workspace, package: Path, *, wait_for_audio: bool = True, **window_options: Any
) -> tuple[MainWindow, Any]:
    """The window on an audio package and its transcription editor (by default once the file's length is known)."""
    from annotator.ui.editors.transcription import TranscriptionEditor

    window = open_window(qtbot, workspace, package, **window_options)
    editor = shown_editor(window, TranscriptionEditor, "transcription_editor")
    if wait_for_audio:
        qtbot.waitUntil(lambda: editor.duration is not None)
    return window, editor


def current(window: MainWindow) -> str:
    """The id of the item on screen."""
    return window.session.current_item.id


def press(qtbot: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO, times: int = 1) -> None:
    """Key presses where the keyboard is, as a person types them."""
    for _ in range(times):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, key, modifiers)


def type_text(qtbot: Any, text: str) -> None:
    """Typed on the keyboard; what a keyboard cannot type (emoji, CJK) comes from the input method, as it does."""
    focus = QApplication.focusWidget()
    assert focus is not None
    if text.isascii():
        qtbot.keyClicks(focus, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(focus, event)

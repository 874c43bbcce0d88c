"""Opening the main window on a package the way a person does: shown, active, the first item on screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow


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


def open_transcription(
    qtbot: Any, workspace: Workspace, package: Path, *, wait_for_audio: bool = True, **window_options: Any
) -> tuple[MainWindow, Any]:
    """The window on an audio package and its transcription editor (by default once the file's length is known)."""
    from annotator.ui.editors.transcription import TranscriptionEditor

    window = open_window(qtbot, workspace, package, **window_options)
    editor = window.findChild(TranscriptionEditor, "transcription_editor")
    assert editor is not None and editor.isVisible()
    if wait_for_audio:
        qtbot.waitUntil(lambda: editor.duration is not None)
    return window, editor

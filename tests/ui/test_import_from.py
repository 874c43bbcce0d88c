"""File ▸ Import… driven by keys: another tool's file becomes a work package, packed in a worker, that opens with its prelabels."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from annotator.core.workspace import Workspace
from annotator.ui.dialogs.import_from import ImportFromDialog
from annotator.ui.main_window import MainWindow

NO = Qt.KeyboardModifier.NoModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def empty_window(qtbot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def write_doccano(path: Path, rows: list[dict] | list[str]) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def press(qtbot, key: Qt.Key, modifiers=NO) -> None:
    """A key pressed where the keyboard is, as a person presses it."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifiers)


def open_import(qtbot, window: MainWindow) -> ImportFromDialog:
    # No package yet: the keyboard is wherever the empty window put it, or on the window itself.
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_I, CTRL_ALT)
    qtbot.waitUntil(lambda: isinstance(window.import_dialog, ImportFromDialog) and window.import_dialog.isVisible())
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.format_list)
    return dialog


def test_a_doccano_file_imported_by_keys_opens_as_a_package_with_its_suggestions(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    source = write_doccano(
        tmp_path / "reviews.jsonl",
        [
            {"id": 1, "text": "Lovely staff.", "label": ["positive"]},
            {"id": 2, "text": "Broken.", "label": ["negative"]},
        ],
    )
    window = empty_window(qtbot, workspace)
    dialog = open_import(qtbot, window)
    qtbot.keyClicks(dialog.format_list, "doccano")
    assert dialog.selected_format().id == "doccano"
    dialog.source.setText(str(source))
    assert dialog.output.text() == str(tmp_path / "reviews-package.zip"), "the package goes beside the source"
    with qtbot.waitSignal(window.package_opened, timeout=10_000) as opened:
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.progress.isVisible(), "a busy bar shows while the worker packs"
    assert opened.args == ["reviews"]
    assert (tmp_path / "reviews-package.zip").is_file()
    qtbot.waitUntil(lambda: window.session is not None and window.session.current_item.id == "1")
    suggestion = window.findChild(QLabel, "sentiment_suggestion")
    qtbot.waitUntil(lambda: suggestion.isVisible())
    assert suggestion.text().startswith("Suggestion: positive")
    assert "Imported 2 items (2 with prelabels)" in window.statusBar().currentMessage()


def test_a_bad_line_is_shown_with_its_file_and_line_and_no_package_is_made(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    source = write_doccano(tmp_path / "reviews.jsonl", [json.dumps({"id": 1, "text": "Fine."}), "{not json"])
    window = empty_window(qtbot, workspace)
    dialog = open_import(qtbot, window)
    qtbot.keyClicks(dialog.format_list, "doccano")
    dialog.source.setText(str(source))
    with qtbot.waitSignal(window.failed, timeout=10_000) as failed:
        press(qtbot, Qt.Key.Key_Return)
    assert f"{source}:2" in failed.args[0]
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible() and f"{source}:2" in box.text()
    assert not (tmp_path / "reviews-package.zip").exists()
    assert window.session is None
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

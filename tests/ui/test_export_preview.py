"""Before export the worker sees exactly what the bundle carries; Enter goes on, Esc stops."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPlainTextEdit

from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow


def open_preview(qtbot, window: MainWindow):
    with qtbot.waitSignal(window.export_previewed, timeout=10_000):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.export_preview is not None and window.export_preview.isVisible()
    return window.export_preview


def test_the_preview_shows_every_field_that_leaves_and_the_file_is_those_bytes(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    workspace.add_time("demo", "img-coffee", active_ms=4_321, idle_ms=1_000)
    workspace.set_comment("demo", "img-coffee", "too dark")
    preview = open_preview(qtbot, window)
    model = preview.table.model()
    assert model.rowCount() == 54
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "img-coffee")
    assert [model.index(row, c).data() for c in range(1, 6)] == ["todo", "", "too dark", "4.3 s", "1.0 s"]
    raw = preview.findChild(QPlainTextEdit, "export_preview_raw").toPlainText()
    assert raw == preview.data.decode("utf-8").rstrip("\n")
    document = json.loads(preview.data)
    assert set(document["items"][0]) == {
        "id",
        "kind",
        "status",
        "annotation",
        "comment",
        "timing",
        "created_at",
        "updated_at",
    }
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    dialog = window.findChild(QFileDialog, "export_dialog")
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "out.bundle.json"
    with qtbot.waitSignal(window.bundle_exported, timeout=10_000):
        dialog.fileSelected.emit(str(target))
    assert target.read_bytes() == preview.data


def test_escape_on_the_preview_exports_nothing(qtbot, window: MainWindow) -> None:
    preview = open_preview(qtbot, window)
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()
    assert window.findChild(QFileDialog, "export_dialog") is None

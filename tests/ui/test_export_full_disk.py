"""File ▸ Export bundle onto a really full disk (a 64 KiB tmpfs): a message names the file, the previous bundle stays, nothing half-written is left."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from annotator.ui.main_window import MainWindow
from tests.conftest import fill_disk
from tests.ui.test_export_preview import open_preview

NO_SPACE = "No space left on device"


def export_to(qtbot, window: MainWindow, target: Path) -> bytes:
    """Ctrl+E, Enter on the preview, choose `target` in the file dialog; the bytes the preview showed."""
    preview = open_preview(qtbot, window)
    data = preview.data
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    (dialog,) = [found for found in window.findChildren(QFileDialog, "export_dialog") if found.isVisible()]
    # What accepting the dialog does, without Qt's own "replace the file?" question in between.
    dialog.fileSelected.emit(str(target))
    dialog.done(QFileDialog.DialogCode.Accepted)
    return data


def test_a_full_disk_says_which_file_and_keeps_the_previous_bundle(qtbot, window: MainWindow, tiny_disk: Path) -> None:
    target = tiny_disk / "demo.bundle.json"
    target.write_bytes(b"the previous bundle")
    filler = fill_disk(tiny_disk)
    with qtbot.waitSignal(window.failed, timeout=10_000) as failed:
        export_to(qtbot, window, target)
    assert str(target) in failed.args[0] and NO_SPACE in failed.args[0]
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible()
    assert str(target) in box.text() and NO_SPACE in box.text()
    assert target.read_bytes() == b"the previous bundle"
    assert sorted(path.name for path in tiny_disk.iterdir()) == ["demo.bundle.json", "filler"]  # no temp file
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    window.activateWindow()  # offscreen there is no window manager to give the keyboard back
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.activeModalWidget() is None, "nothing left open in front of the window"

    filler.unlink()  # room again: the same export now writes the bundle the preview showed
    with qtbot.waitSignal(window.bundle_exported, timeout=10_000):
        data = export_to(qtbot, window, target)
    assert target.read_bytes() == data

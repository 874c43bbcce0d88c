"""File ▸ Sync settings… over the main window on a small laptop's 1024x640 screen, a WebDAV page filled in; the PNG goes to docs/sync-settings.png.

The test runs this module under Xvfb: `python -m tests.e2e.test_sync_shot OUT DATA_DIR DEMO`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_PACKAGE, REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB, assert_real_grab, run_shot_module, xvfb

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]

SCREEN = (1024, 640)
# A Nextcloud user's WebDAV folder, as the sharing settings show it; nothing is contacted.
SHOWN_URL = "https://cloud.example.org/remote.php/dav/files/ada/annotator/"
SHOWN_USER = "ada"
DONE = ("img-astronaut", "img-coffee", "img-chelsea")


def test_sync_settings_screenshot(tmp_path: Path) -> None:
    shot = tmp_path / "sync-settings.png"
    with xvfb("x".join(map(str, SCREEN))) as display:
        result = run_shot_module(
            display, "tests.e2e.test_sync_shot", str(shot), str(tmp_path / "data"), str(DEMO_PACKAGE)
        )
    assert result.returncode == 0, result.stderr
    assert f"screenshot {shot}" in result.stdout, result.stdout + result.stderr
    # The dialog fits on the screen, and the status bar's sync label is not hidden behind it.
    assert "dialog-inside-screen" in result.stdout, result.stdout
    assert "label: Sync: 3 items to send" in result.stdout, result.stdout
    assert_real_grab(shot, SCREEN)
    shutil.copyfile(shot, REPO_ROOT / "docs" / "sync-settings.png")


# -- run in the X server ---------------------------------------------------------------------------


def main(out: str, data_dir: str, demo: str) -> int:
    from PySide6.QtCore import QRect, QTimer
    from PySide6.QtGui import QAction, QColor, QPainter
    from PySide6.QtWidgets import QApplication, QLabel

    from annotator.core.model import Status
    from annotator.core.sync.config import save_config, target_config
    from annotator.core.workspace import Workspace
    from annotator.ui.dialogs.pseudonym import CHOSEN_SETTING
    from annotator.ui.dialogs.sync_settings import SyncSettingsDialog
    from annotator.ui.main_window import MainWindow
    from tests.e2e.sized_shot import seed

    seed(Path(data_dir), Path(demo), "img-coffee")
    with Workspace.open(Path(data_dir)) as workspace:
        workspace.set_setting(CHOSEN_SETTING, True)
        for item_id in DONE:
            workspace.set_status("demo", item_id, Status.DONE)
        save_config(workspace, target_config(SHOWN_URL, username=SHOWN_USER))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    workspace = Workspace.open(Path(data_dir))
    window = MainWindow(workspace)
    window.resize(*SCREEN)
    window.show()

    def shoot(_item_id: str) -> None:
        window.item_shown.disconnect(shoot)
        action = window.findChild(QAction, "file.sync_settings")
        assert action is not None, "no file.sync_settings action"
        action.trigger()
        dialog = window.findChild(SyncSettingsDialog, "sync_settings")
        assert dialog is not None, "no sync settings dialog"
        dialog.webdav_password.setText("correct horse battery")  # shown as dots
        dialog.webdav_password.setFocus()

        def grab() -> None:
            # Xvfb has no window manager, so no frame: the dialog is drawn on the window's grab with
            # a border and a shadow, where it is on screen, to tell the two apart.
            picture = window.grab()
            frame = dialog.frameGeometry()
            at = window.mapFromGlobal(frame.topLeft())
            painter = QPainter(picture)
            for spread, alpha in ((6, 18), (4, 28), (2, 40)):
                painter.fillRect(
                    QRect(at, frame.size()).adjusted(-spread, -spread + 2, spread, spread + 2), QColor(0, 0, 0, alpha)
                )
            painter.drawPixmap(at, dialog.grab())
            painter.setPen(QColor("#7a7a7a"))
            painter.drawRect(QRect(at, frame.size()).adjusted(-1, -1, 0, 0))
            painter.end()
            picture.save(out)
            label = window.statusBar().findChild(QLabel, "sync_label")
            if QRect(0, 0, *SCREEN).contains(frame):
                sys.stdout.write("dialog-inside-screen\n")
            label_rect = QRect(label.mapToGlobal(label.rect().topLeft()), label.size())
            if label.isVisible() and not frame.intersects(label_rect):
                sys.stdout.write(f"label: {label.text()}\n")
            sys.stdout.write(f"screenshot {out} dialog {frame.width()}x{frame.height()}\n")
            sys.stdout.flush()
            dialog.reject()
            window.close()

        QTimer.singleShot(1500, grab)  # the image behind decodes in a worker

    window.item_shown.connect(shoot)
    window.open_package(demo)
    try:
        return app.exec()
    finally:
        workspace.close()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

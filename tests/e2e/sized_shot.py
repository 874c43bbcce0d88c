"""Opens the app on the demo at one window size, on one item (or on the break screen), and saves the window as a PNG.

Run by tests/e2e/test_window_sizes.py under Xvfb: `python -m tests.e2e.sized_shot OUT DATA_DIR DEMO WIDTH HEIGHT ITEM [break]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from annotator.core.package import open_package
from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow


def seed(data_dir: Path, demo: Path, item_id: str) -> None:
    """Register the demo and make `item_id` the current item, so the app resumes there."""
    package = open_package(demo)
    try:
        with Workspace.open(data_dir) as workspace:
            workspace.register_package(package.manifest, manifest_sha256=package.manifest_sha256, path=str(demo))
            workspace.set_current_item(package.manifest.id, item_id)
            workspace.set_setting("annotator_id", "worker-7")  # no first-run question in a screenshot
    finally:
        package.close()


def main(out: str, data_dir: str, demo: str, width: str, height: str, item_id: str, mode: str = "") -> int:
    seed(Path(data_dir), Path(demo), item_id)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    workspace = Workspace.open(Path(data_dir))
    window = MainWindow(workspace)
    window.resize(int(width), int(height))
    window.show()

    def shoot(_item_id: str) -> None:
        window.item_shown.disconnect(shoot)
        if mode == "break":
            action = window.findChild(QAction, "break.take_now")
            assert action is not None, "no break.take_now action"
            action.trigger()

        def grab() -> None:
            window.grab().save(out)
            sys.stdout.write(f"screenshot {out} {window.width()}x{window.height()}\n")
            sys.stdout.flush()
            window.close()

        # Long enough for the decode, the waveform and a break screen's fade to land.
        QTimer.singleShot(1500, grab)

    window.item_shown.connect(shoot)
    window.open_package(demo)
    try:
        return app.exec()
    finally:
        workspace.close()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:8]))

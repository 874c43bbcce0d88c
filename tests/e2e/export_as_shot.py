"""Opens the app on the demo, presses File ▸ Export as…, picks JSONL and saves the dialog as a PNG.

Run by tests/e2e/test_export_as_shot.py under Xvfb: `python -m tests.e2e.export_as_shot OUT DATA_DIR DEMO`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from annotator.core.workspace import Workspace
from annotator.ui.dialogs.pseudonym import CHOSEN_SETTING
from annotator.ui.main_window import MainWindow
from tests.e2e.sized_shot import seed

# A path as a worker would see it, not the test's temporary folder.
SHOWN_OUTPUT = "/home/worker/exports/demo.jsonl"


def main(out: str, data_dir: str, demo: str) -> int:
    seed(Path(data_dir), Path(demo), "txt-en-09")
    with Workspace.open(Path(data_dir)) as workspace:
        workspace.set_setting(CHOSEN_SETTING, True)  # no pseudonym question in a screenshot
    app = QApplication.instance() or QApplication(sys.argv[:1])
    workspace = Workspace.open(Path(data_dir))
    window = MainWindow(workspace)
    window.resize(1280, 800)
    window.show()

    def shoot(_item_id: str) -> None:
        window.item_shown.disconnect(shoot)
        action = window.findChild(QAction, "file.export_as")
        assert action is not None, "no file.export_as action"
        action.trigger()
        dialog = window.export_as_dialog
        rows = [dialog.format_list.item(r).text() for r in range(dialog.format_list.count())]
        dialog.format_list.setCurrentRow(next(r for r, text in enumerate(rows) if text.startswith("jsonl — ")))
        dialog.output.setText(SHOWN_OUTPUT)

        def grab() -> None:
            dialog.grab().save(out)
            sys.stdout.write(f"screenshot {out} {dialog.width()}x{dialog.height()}\n")
            sys.stdout.flush()
            window.close()

        QTimer.singleShot(800, grab)

    window.item_shown.connect(shoot)
    window.open_package(demo)
    try:
        return app.exec()
    finally:
        workspace.close()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

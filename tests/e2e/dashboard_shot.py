"""Seeds a workspace with a week of work, opens the app on the demo and saves the dashboard as a PNG."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow

# Minutes of active work, items done, breaks taken / natural / postponed / skipped, for 7 days up to today.
WEEK = [(185, 7, 4, 1, 1, 0), (240, 9, 5, 2, 0, 1), (0, 0, 0, 0, 0, 0), (150, 6, 3, 0, 1, 0),
        (272, 9, 6, 1, 2, 1), (95, 4, 2, 1, 0, 0), (128, 4, 3, 1, 1, 1)]  # fmt: skip


def seed(folder: Path, demo: Path) -> None:
    """Write a week of time, done items and breaks into the workspace, as if the clock had run."""
    now = datetime.now(UTC).replace(microsecond=0)
    moment = [now]
    # Today's work lies within today even just after midnight (three hours back would be yesterday's).
    midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
    today_start = max(midnight, now - timedelta(hours=3))
    package = open_package(demo)
    try:
        with Workspace.open(folder, clock=lambda: moment[0]) as ws:
            ws.register_package(package.manifest, manifest_sha256=package.manifest_sha256, path=str(demo))
            items = iter(item.id for item in package.manifest.items)
            for back, (minutes, done, taken, natural, postponed, skipped) in zip(range(6, -1, -1), WEEK, strict=True):
                moment[0] = (now - timedelta(days=back)).replace(hour=9, minute=0) if back else today_start
                ids = [next(items) for _ in range(done)]
                for item_id in ids or ["img-astronaut"]:
                    moment[0] += timedelta(minutes=1)
                    ws.add_time("demo", item_id, active_ms=minutes * 60_000 // max(done, 1), idle_ms=30_000)
                    if done:
                        ws.set_status("demo", item_id, Status.DONE)
                for outcome, count in (
                    ("taken", taken),
                    ("natural", natural),
                    ("postponed", postponed),
                    ("skipped", skipped),
                ):
                    for _ in range(count):
                        ws.log_break(kind="micro", outcome=outcome, duration_ms=20_000)
    finally:
        package.close()


def main(out: str, data_dir: str, demo: str) -> int:
    seed(Path(data_dir), Path(demo))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    workspace = Workspace.open(data_dir)
    window = MainWindow(workspace)
    window.show()

    def shoot(_item_id: str) -> None:
        board = window.show_dashboard()
        board.resize(620, 560)

        def grab() -> None:
            board.grab().save(out)
            sys.stdout.write(f"screenshot {out}\n")
            sys.stdout.flush()
            board.close()
            window.close()

        QTimer.singleShot(600, grab)

    window.item_shown.connect(shoot)
    window.open_package(demo)
    try:
        return app.exec()
    finally:
        workspace.close()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

"""The review window and the dashboard in the dark theme, as their light screenshots show them; run under Xvfb.

`python -m tests.e2e.dark_shots review OUT WORK_DIR DEMO` or `... dashboard OUT DATA_DIR DEMO`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def review(out: str, work_dir: str, demo: str) -> int:
    """The review of the astronaut photo (tests/e2e/test_review_shot.py), the app in the dark theme."""
    from PySide6.QtWidgets import QApplication

    from annotator.ui.theme import apply_theme
    from tests.e2e import test_review_shot

    QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme("dark")
    return test_review_shot.main(out, work_dir, demo)


def dashboard(out: str, data_dir: str, demo: str) -> int:
    """The dashboard on a week of work (tests/e2e/dashboard_shot.py), its workspace's theme dark."""
    from annotator.core.workspace import Workspace
    from annotator.ui.theme import THEME_SETTING
    from tests.e2e import dashboard_shot

    with Workspace.open(Path(data_dir)) as workspace:  # the main window puts the stored theme in force
        workspace.set_setting(THEME_SETTING, "dark")
    return dashboard_shot.main(out, data_dir, demo)


if __name__ == "__main__":
    shots = {"review": review, "dashboard": dashboard}
    sys.exit(shots[sys.argv[1]](*sys.argv[2:5]))

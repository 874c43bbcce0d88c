"""Fixtures for UI tests: a workspace in tmp_path and a main window showing the demo package."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow


@pytest.fixture
def workspace(tmp_path: Path):
    """A fresh workspace, closed (and unlocked) after the test."""
    ws = Workspace.open(tmp_path / "ws")
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace: Workspace, demo_package: Path) -> MainWindow:
    """The main window, shown and active, with the demo's first item on screen."""
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    with qtbot.waitSignal(win.item_shown, timeout=10_000):
        win.open_package(demo_package)
    return win

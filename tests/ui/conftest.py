"""Fixtures for UI tests: a workspace in tmp_path and a main window showing the demo package."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow
from tests.ui.windows import open_window


@pytest.fixture
def workspace(tmp_path: Path):
    """A fresh workspace, closed (and unlocked) after the test."""
    ws = Workspace.open(tmp_path / "ws")
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace: Workspace, demo_package: Path) -> MainWindow:
    """The main window, shown and active, with the demo's first item on screen."""
    return open_window(qtbot, workspace, demo_package)

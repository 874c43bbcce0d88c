"""Test-wide isolation: offscreen Qt, and app data in a fresh temporary folder for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before any Qt import so no test ever needs a display unless it asks for Xvfb itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_PACKAGE = REPO_ROOT / "resources" / "demo"


@pytest.fixture(autouse=True)
def isolated_app_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own app-data folder and settings, so no test sees another's workspace."""
    data_dir = tmp_path_factory.mktemp("app-data")
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data_dir / "config"))
    return data_dir


@pytest.fixture
def demo_package() -> Path:
    """The demo package folder shipped in resources/."""
    return DEMO_PACKAGE

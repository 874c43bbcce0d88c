"""Where the app keeps its workspace: one rule shared by the CLI and the UI, without importing Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "annotator"
DATA_DIR_ENV = "ANNOTATOR_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user app-data folder (same places as Qt's AppDataLocation); ANNOTATOR_DATA_DIR overrides."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def resources_dir() -> Path:
    """The resources/ folder (schemas, demo, icons): beside the package, or inside the frozen app."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        # A PyInstaller app unpacks its data beside the bundled modules (packaging/annotator.spec puts it there).
        return Path(sys._MEIPASS) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def demo_package_path() -> Path:
    """The demo package shipped in resources/."""
    return resources_dir() / "demo"


def schemas_dir() -> Path:
    """The published JSON Schemas."""
    return resources_dir() / "schemas"

"""The File ▸ Export as… dialog on the demo, in a real X window; the PNG goes to docs/export-as.png for the README."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from tests.conftest import DEMO_PACKAGE, REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]


def test_export_as_dialog_screenshot(xvfb_display: str, tmp_path: Path) -> None:
    shot = tmp_path / "export-as.png"
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.export_as_shot", str(shot), str(tmp_path / "data"), str(DEMO_PACKAGE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert f"screenshot {shot}" in result.stdout, result.stdout + result.stderr
    with Image.open(shot) as image:
        width, height = image.size
        assert width >= 500 and height >= 400
        assert max(ImageStat.Stat(image.convert("L")).stddev) > 20, "a blank grab"
    shutil.copyfile(shot, REPO_ROOT / "docs" / "export-as.png")

"""The File ▸ Export as… dialog on the demo, in a real X window; the PNG goes to docs/export-as.png for the README."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import DEMO_PACKAGE, REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB, assert_real_grab, run_shot_module

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]


def test_export_as_dialog_screenshot(xvfb_display: str, tmp_path: Path) -> None:
    shot = tmp_path / "export-as.png"
    result = run_shot_module(
        xvfb_display, "tests.e2e.export_as_shot", str(shot), str(tmp_path / "data"), str(DEMO_PACKAGE)
    )
    assert result.returncode == 0, result.stderr
    assert f"screenshot {shot}" in result.stdout, result.stdout + result.stderr
    with Image.open(shot) as image:
        width, height = image.size
        assert width >= 500 and height >= 400
    assert_real_grab(shot)
    shutil.copyfile(shot, REPO_ROOT / "docs" / "export-as.png")

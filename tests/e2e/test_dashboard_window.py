"""The dashboard in a real X window under Xvfb, on a seeded week of work; the PNG goes to docs/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageColor, ImageStat

from annotator.ui.theme import MARK_TONES
from tests.conftest import DEMO_PACKAGE, REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB

SCREENSHOT = REPO_ROOT / "docs" / "dashboard.png"

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]


def test_the_dashboard_draws_a_week_of_work(xvfb_display: str, tmp_path: Path) -> None:
    shot = tmp_path / "dashboard.png"
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.dashboard_shot", str(shot), str(tmp_path / "data"), str(DEMO_PACKAGE)],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert f"screenshot {shot}" in result.stdout
    with Image.open(shot) as image:
        rgb = image.convert("RGB")
        assert rgb.size[0] >= 600 and rgb.size[1] >= 500
        assert max(ImageStat.Stat(rgb).stddev) > 20
        # Today's bar is drawn in the strong blue, the other days in the lighter one (the light theme's).
        colours = {colour for _count, colour in rgb.getcolors(maxcolors=1_000_000) or []}
        assert {ImageColor.getrgb(MARK_TONES[name][0]) for name in ("bar_today", "bar")} <= colours
    SCREENSHOT.parent.mkdir(exist_ok=True)
    shutil.copyfile(shot, SCREENSHOT)

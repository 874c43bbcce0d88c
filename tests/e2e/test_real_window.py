"""`make run` for real: the app in an X window under Xvfb, on the demo package, with a screenshot."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from tests.conftest import REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB, screenshot_of_app

SCREENSHOT = REPO_ROOT / "docs" / "main-window.png"

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]


def test_the_app_opens_the_demo_in_a_real_window(xvfb_display: str, tmp_path: Path) -> None:
    shot = tmp_path / "main-window.png"
    started = time.monotonic()
    screenshot_of_app(xvfb_display, tmp_path / "data", shot)
    assert time.monotonic() - started < 30

    with Image.open(shot) as image:
        assert image.size == (1280, 800)
        rgb = image.convert("RGB")
        # Not blank: many distinct colours (a photo, text) and real contrast across the screen.
        assert len(rgb.getcolors(maxcolors=1_000_000) or []) > 1000
        assert max(ImageStat.Stat(rgb).stddev) > 20
        # The window fills the screen's top-left: the menu bar row is light, not the black X root.
        assert sum(rgb.getpixel((10, 10))) > 300
    SCREENSHOT.parent.mkdir(exist_ok=True)
    shutil.copyfile(shot, SCREENSHOT)

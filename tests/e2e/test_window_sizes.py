"""Each editor and the break screen at a small laptop's 1024x640 and at 1580x960, in a real X window; PNGs go to docs/screens/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from tests.conftest import DEMO_PACKAGE, REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB, xvfb

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]

SIZES = [(1024, 640), (1580, 960)]
VIEWS = {"boxes": ("img-coffee", ""), "transcription": ("aud-en", ""), "sentiment": ("txt-en-09", ""), "break": ("img-coffee", "break")}


@pytest.fixture(scope="module")
def big_display() -> Iterator[str]:
    """One X server, large enough for a 1580x960 window and its frame, for every shot."""
    with xvfb("1700x1100") as display:
        yield display


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_window_at_size(big_display: str, tmp_path: Path, view: str, size: tuple[int, int]) -> None:
    item_id, mode = VIEWS[view]
    width, height = size
    shot = tmp_path / f"{view}-{width}x{height}.png"
    env = dict(os.environ, DISPLAY=big_display, QT_QPA_PLATFORM="xcb")
    args = [str(shot), str(tmp_path / "data"), str(DEMO_PACKAGE), str(width), str(height), item_id, mode]
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.sized_shot", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert f"screenshot {shot} {width}x{height}" in result.stdout, result.stdout + result.stderr
    with Image.open(shot) as image:
        assert image.size == (width, height)
        rgb = image.convert("RGB")
        assert max(ImageStat.Stat(rgb).stddev) > 15
    target = REPO_ROOT / "docs" / "screens"
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, target / shot.name)

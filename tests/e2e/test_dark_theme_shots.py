"""Every editor in the dark theme, in a real X window under Xvfb, mid-work as in the light shots; PNGs go to docs/dark/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from annotator.core.package import open_package
from annotator.core.workspace import Workspace
from annotator.ui.theme import THEME_SETTING
from tests.conftest import DEMO_PACKAGE, REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB, screenshot_of_app
from tests.e2e.test_editor_windows import SEEDS

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]

# Editor name (the PNG's) -> the demo item it shows; the seeded work is the light screenshots' own.
EDITORS = {
    "boxes": "img-astronaut",
    "transcription": "aud-en",
    "sentiment": "txt-en-09",
    "pairwise": "pw-en-01",
    "rating": "rt-en-01",
    "translation": "tr-en-it-01",
    "rewrite": "rw-en-01",
}


def seed_dark(data_dir: Path, item_id: str) -> None:
    """A workspace in the dark theme, resumed on `item_id` with its seeded work."""
    package = open_package(DEMO_PACKAGE)
    try:
        with Workspace.open(data_dir) as workspace:
            workspace.register_package(
                package.manifest, manifest_sha256=package.manifest_sha256, path=str(DEMO_PACKAGE)
            )
            if item_id in SEEDS:
                annotation, comment, _name = SEEDS[item_id]
                workspace.set_annotation("demo", item_id, annotation)
                if comment:
                    workspace.set_comment("demo", item_id, comment)
            workspace.set_current_item("demo", item_id)
            workspace.set_setting(THEME_SETTING, "dark")
    finally:
        package.close()


@pytest.mark.parametrize("editor", sorted(EDITORS))
def test_each_editor_in_the_dark_theme(xvfb_display: str, tmp_path: Path, editor: str) -> None:
    seed_dark(tmp_path / "data", EDITORS[editor])
    shot = tmp_path / f"{editor}.png"
    screenshot_of_app(xvfb_display, tmp_path / "data", shot)
    with Image.open(shot) as image:
        assert image.size == (1280, 800)
        rgb = image.convert("RGB")
        assert max(ImageStat.Stat(rgb).stddev) > 20, "a blank grab"
        # Dark: the menu bar and the window's greys, not the light theme's (nor the black X root).
        menu_bar = rgb.getpixel((600, 8))
        assert 20 < sum(menu_bar) / 3 < 90, f"menu bar {menu_bar} is not the dark theme's"
        # Mostly dark: at most a third of the screen is light (a photo, a pasted-in banner).
        light = sum(count for count, pixel in rgb.getcolors(maxcolors=1_000_000) if sum(pixel) / 3 > 170)
        assert light < image.width * image.height / 3, f"{light} light pixels: white boxes on dark"
    (REPO_ROOT / "docs" / "dark").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, REPO_ROOT / "docs" / "dark" / f"{editor}.png")

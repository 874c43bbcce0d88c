"""Every editor, the review window and the dashboard in the dark theme, in a real X window under Xvfb, mid-work as in
the light shots; PNGs go to docs/dark/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageColor, ImageStat

from annotator.core.package import open_package
from annotator.core.workspace import Workspace
from annotator.ui.theme import MARK_TONES, THEME_SETTING, TONES
from tests.conftest import DEMO_PACKAGE, REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB, assert_real_grab, run_shot_module, screenshot_of_app, xvfb
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


def dark_greys(rgb: Image.Image, box: tuple[int, int, int, int]) -> float:
    """The share of a region's pixels that are dark (the theme's greys and text on them, not white boxes)."""
    region = rgb.crop(box)
    dark = sum(count for count, pixel in region.getcolors(maxcolors=1_000_000) if sum(pixel) / 3 < 110)
    return dark / (region.width * region.height)


def test_the_review_window_in_the_dark_theme(tmp_path: Path) -> None:
    shot = tmp_path / "review-window.png"
    with xvfb("1280x800") as display:
        result = run_shot_module(
            display, "tests.e2e.dark_shots", "review", str(shot), str(tmp_path / "work"), str(DEMO_PACKAGE)
        )
    assert result.returncode == 0, result.stderr
    assert f"screenshot {shot}" in result.stdout, result.stdout + result.stderr
    assert_real_grab(shot, (1280, 800))
    with Image.open(shot) as image:
        rgb = image.convert("RGB")
        assert dark_greys(rgb, (0, 60, 400, 760)) > 0.9, "the queue is on the dark theme's greys"
        colours = {pixel for _count, pixel in rgb.getcolors(maxcolors=1_000_000)}
        # ada's accepted result: the queue writes it in the dark theme's green, not the light theme's.
        ok_light, ok_dark = (ImageColor.getrgb(shade) for shade in TONES["ok"])
        assert ok_dark in colours and ok_light not in colours
    shutil.copyfile(shot, REPO_ROOT / "docs" / "dark" / "review-window.png")


def test_the_dashboard_in_the_dark_theme(tmp_path: Path) -> None:
    shot = tmp_path / "dashboard.png"
    with xvfb("1280x800") as display:
        result = run_shot_module(
            display, "tests.e2e.dark_shots", "dashboard", str(shot), str(tmp_path / "data"), str(DEMO_PACKAGE)
        )
    assert result.returncode == 0, result.stderr
    assert f"screenshot {shot}" in result.stdout, result.stdout + result.stderr
    assert_real_grab(shot)
    with Image.open(shot) as image:
        rgb = image.convert("RGB")
        assert dark_greys(rgb, (0, 0, rgb.width, rgb.height)) > 0.8, "the dialog is on the dark theme's greys"
        colours = {pixel for _count, pixel in rgb.getcolors(maxcolors=1_000_000)}
        for name in ("bar", "bar_today"):  # the bars in the dark theme's blues
            light, dark = (ImageColor.getrgb(shade) for shade in MARK_TONES[name])
            assert dark in colours and light not in colours, name
    shutil.copyfile(shot, REPO_ROOT / "docs" / "dark" / "dashboard.png")

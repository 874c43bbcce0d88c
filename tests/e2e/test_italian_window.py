"""The main window in Italian and in German, in a real X window under Xvfb; the Italian PNG goes to docs/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.core.workspace import Workspace
from annotator.ui.locale_choice import LANGUAGE_SETTING
from tests.conftest import REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB, assert_real_grab, screenshot_of_app
from tests.e2e.test_editor_windows import SEEDS, seed

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]


@pytest.mark.parametrize("language", ["it", "de"])
def test_the_main_window_speaks_the_chosen_language(xvfb_display: str, tmp_path: Path, language: str) -> None:
    annotation, comment, _name = SEEDS["pw-en-01"]
    seed(tmp_path / "data", "pw-en-01", annotation, comment)
    with Workspace.open(tmp_path / "data") as workspace:
        workspace.set_setting(LANGUAGE_SETTING, language)
    shot = tmp_path / f"main-window-{language}.png"
    screenshot_of_app(xvfb_display, tmp_path / "data", shot)
    assert_real_grab(shot, (1280, 800))
    if language == "it":
        (REPO_ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, REPO_ROOT / "docs" / "main-window-it.png")

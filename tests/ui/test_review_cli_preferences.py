"""`annotator review` opens in the theme, font size and language the workspace's settings dialog stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from annotator.core.workspace import Workspace
from annotator.review_cli import restore_stored_preferences
from annotator.ui.i18n import translate
from annotator.ui.locale_choice import apply_language, store_language
from annotator.ui.theme import THEME_SETTING, apply_theme, is_dark


def test_the_review_window_speaks_and_looks_as_the_settings_left_it(qapp: QApplication, tmp_path: Path) -> None:
    with Workspace.open(tmp_path) as workspace:
        workspace.set_setting(THEME_SETTING, "dark")
        store_language(workspace, "it")
    try:
        restore_stored_preferences(tmp_path)
        assert is_dark()
        assert translate("ReviewWindow", "Review — annotator") == "Revisione — annotator"
    finally:
        apply_theme("light")
        apply_language("en")
    assert not is_dark()


def test_without_a_workspace_the_system_defaults_stay(qapp: QApplication, tmp_path: Path) -> None:
    restore_stored_preferences(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()  # nothing is created for a review-only start
    assert not is_dark()

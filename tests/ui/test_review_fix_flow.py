"""The fix flow (ReviewFixFlow, mixed into the review window) speaks the UI's language: its messages are found in their
own translation context."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.ui.i18n import translate
from annotator.ui.locale_choice import apply_language
from tests.core.quality.test_review_bundle import annotator_bundle, judgement, text_package
from tests.ui.test_review_window import TEXTS, open_review, press

WORDS = {
    "it": ("Premi prima una cifra.", "Non c'è l'opzione 9."),
    "de": ("Zuerst eine Ziffer drücken.", "Es gibt keine Option 9."),
}


@pytest.fixture(params=["it", "de"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    apply_language(request.param)
    yield request.param
    apply_language("en")


def test_the_fix_flows_messages_are_in_the_ui_language(qtbot, tmp_path: Path, language: str) -> None:
    package = text_package(tmp_path / "pkg", TEXTS)
    bundles = [annotator_bundle(tmp_path, package, "ada", {"t1": judgement("positive")})]
    window = open_review(qtbot, package, bundles, tmp_path / "review")
    press_digit_first, no_option = WORDS[language]
    assert translate("ReviewFixFlow", "Press a digit first.") == press_digit_first

    press(qtbot, Qt.Key.Key_F)  # fixing: Enter before a digit, then a digit with no option
    press(qtbot, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage().startswith(press_digit_first)
    press(qtbot, Qt.Key.Key_9)
    assert window.statusBar().currentMessage().startswith(no_option)

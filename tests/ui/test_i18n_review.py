"""The lead's review window in Italian and German: its menus, queue, result views, legend, and the fix editor, reason,
keys and figures dialogs show no text that is not in the UI's language (a package's own texts aside), numbers in its
format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from annotator.ui.i18n import translate
from annotator.ui.locale_choice import apply_language
from annotator.ui.review.review_window import ReviewWindow
from tests.core.quality.test_gold_and_merge import Team
from tests.core.quality.test_review_bundle import annotator_bundle, judgement, text_package
from tests.ui.test_review_figures import open_figures
from tests.ui.test_review_gold import choose_list, open_with_key
from tests.ui.test_review_window import TEXTS, open_review, press
from tests.ui.untranslated import not_in_language

CTRL = Qt.KeyboardModifier.ControlModifier
PROGRESS = {"it": "0 di 4 risultati decisi", "de": "0 von 4 Ergebnissen entschieden"}
DECIMAL = {"it": ",", "de": ","}


@pytest.fixture(params=["it", "de"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The UI in one language for the test, English again after it (the other tests read English)."""
    apply_language(request.param)
    yield request.param
    apply_language("en")


def package_texts(window: ReviewWindow) -> list[str]:
    """What the package and bundles say themselves: label names, item ids and texts, pseudonyms, the title."""
    session = window.session
    assert session is not None
    texts = [session.manifest.title, *session.annotators]
    for schema in session.manifest.label_schemas.values():
        texts += schema.label_names()
    for item in session.items:
        texts += [item.id, item.text or ""]
    return [text for text in texts if text]


def shown_in(window: ReviewWindow, language: str) -> list[tuple[str, str]]:
    """Every text under the window (its dialogs are its children) that is not in `language`."""
    return not_in_language(window, language, package_texts=package_texts(window))


def test_a_text_review_its_reason_keys_and_figures_speak_the_language(qtbot, tmp_path: Path, language: str) -> None:
    package = text_package(tmp_path / "pkg", TEXTS)
    bundles = [
        annotator_bundle(tmp_path, package, "ada", {"t1": judgement("positive"), "t2": judgement("positive")}),
        annotator_bundle(tmp_path, package, "bob", {"t1": judgement("positive"), "t2": judgement("negative")}),
    ]
    window = open_review(qtbot, package, bundles, tmp_path / "review")
    assert window.progress_label.text() == PROGRESS[language]
    assert shown_in(window, language) == []

    press(qtbot, Qt.Key.Key_E)  # the fix in the usual editor: what the dialog adds around it (the editor is tested
    qtbot.waitUntil(lambda: window.fix_editor is not None and window.fix_editor.isVisible())  # with the editors)
    editor = window.fix_editor
    around = set(not_in_language(editor, language, package_texts=package_texts(window)))
    assert around - set(not_in_language(editor.host, language, package_texts=package_texts(window))) == set()
    qtbot.mouseClick(editor.findChild(QPushButton, "fix_editor_cancel_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.fix_editor is None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)

    press(qtbot, Qt.Key.Key_A)  # accepted: on to bob's result for t1
    press(qtbot, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.reason_dialog is not None and window.reason_dialog.isVisible())
    dialog = window.reason_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, Qt.Key.Key_1)  # the first chip: the message says what the annotator reads
    wrong_label = translate("ReasonDialog", "wrong label")
    assert wrong_label != "wrong label" and wrong_label in dialog.message.text()
    assert not_in_language(dialog, language, package_texts=package_texts(window)) == []
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_K)  # back to the rejected result: the label gives the decision and its reason
    assert f"— {wrong_label}" in window.result_label.text()
    assert shown_in(window, language) == []

    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.keys_dialog is not None and window.keys_dialog.isVisible())
    keys = window.keys_dialog
    actions = [action for _keys, action in keys.rows()]
    assert "Next result" not in actions and translate("actions", "Pick 1–9") in actions
    assert not_in_language(keys, language) == []
    keys.activateWindow()  # as a click on it does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is keys and QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not keys.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)

    figures = open_figures(qtbot, window)
    assert not_in_language(figures, language, package_texts=package_texts(window)) == []
    assert shown_in(window, language) == []


def test_a_gold_image_review_speaks_the_language_with_numbers_in_its_format(
    qtbot, tmp_path: Path, language: str
) -> None:
    images = Team(tmp_path, "image")
    window = open_with_key(qtbot, images, images.bundle_paths, tmp_path / "review")
    with qtbot.waitSignal(window.result_shown, timeout=10_000):  # a gold item, its answer key's boxes beside
        choose_list(qtbot, window, translate("ReviewQueueModel", "Gold failures"))
    view = window.views.image_view
    legend = [view.legend.itemAt(i).widget().text() for i in range(view.legend.count() - 1)]
    answer_key = translate("ImageResultView", "answer key")
    assert answer_key != "answer key" and legend[-1].startswith(f"■ {answer_key} · 1 ")
    gold = window.queue_view.model().index(0, 5).data()
    assert DECIMAL[language] in gold, "the queue's gold accuracy is written as the language writes it"
    assert shown_in(window, language) == []

    window.activateWindow()  # the list's popup has closed: the keys are the window's again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)
    figures = open_figures(qtbot, window)
    accuracy = [row[7] for row in figures.table_rows(figures.annotators_table)]
    assert all(DECIMAL[language] in cell for cell in accuracy), accuracy
    assert not_in_language(figures, language, package_texts=package_texts(window)) == []

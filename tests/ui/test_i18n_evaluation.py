"""The comparison, rating, translation check and rewrite editors in Italian and German: on the demo, after a
decision, a rating, an error and an edit, no English is left on screen (package texts aside)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from annotator.core.evaluation.configs import PairwiseConfig, RatingConfig, RewriteConfig, TranslationConfig
from annotator.core.workspace import Workspace
from annotator.ui.actions import key_text
from annotator.ui.editors.pairwise import PairwiseEditor
from annotator.ui.editors.pairwise_keys import REASON_SLOTS, STRENGTH_KEYS, key_of, strength_id
from annotator.ui.editors.rating import RatingEditor
from annotator.ui.editors.rating_keys import RATING_ACTIONS
from annotator.ui.editors.rewrite import RewriteEditor
from annotator.ui.editors.translation import TranslationEditor
from annotator.ui.locale_choice import apply_language, store_language
from annotator.ui.main_window import MainWindow
from tests.ui.untranslated import not_in_language, translation_pattern
from tests.ui.windows import current, open_window, press, shown_editor, type_text

ALT = Qt.KeyboardModifier.AltModifier
DialogT = TypeVar("DialogT", bound=QDialog)
# Words that must be on screen in each language once something is decided (the translations really are loaded).
EXPECTED = {
    "it": {"better": "B migliore (+2)", "mqm": "MQM 1,67", "rating": "ne manca", "words": "parol"},
    "de": {"better": "B besser (+2)", "mqm": "MQM 1,67", "rating": "offen", "words": "Wörter"},
}


@pytest.fixture(params=["it", "de"])
def language(request: pytest.FixtureRequest, workspace: Workspace) -> Iterator[str]:
    """The UI language chosen in settings (the window applies it at start); English again after the test."""
    before = QLocale()
    store_language(workspace, request.param)
    yield request.param
    apply_language("en")
    QLocale.setDefault(before)  # the rest of the suite formats numbers as it did before


def _content_texts(value: Any) -> list[str]:
    """Every string inside an item's content (prompts, turns, responses, sentences, results)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for inner in value.values() for text in _content_texts(inner)]
    if isinstance(value, list | tuple):
        return [text for inner in value for text in _content_texts(inner)]
    return []


def package_texts(window: MainWindow) -> list[str]:
    """What the demo says itself: its evaluation items' texts and settings (criteria, reasons, flags, anchors,
    categories), and the key chips made of a key and a package name or a number (no language in them)."""
    session = window.session
    configs = session.manifest.task_configs
    texts: list[str] = []
    for item in session.items:
        if item.kind in ("pairwise", "rating", "translation", "rewrite"):
            texts += _content_texts(item.content)
    pairwise = configs.get("pairwise") or PairwiseConfig()
    texts += [*pairwise.criteria, *pairwise.reasons]
    keys = [key_of(f"pairwise.reason_{slot}") for slot in range(1, REASON_SLOTS + 1)]
    texts += [f"{key}  {reason}" for key, reason in zip(keys, pairwise.reasons, strict=False)]
    texts += [
        f"{key_of(strength_id(value))}  {value:+d}" if value else f"{key_of(strength_id(0))}  0"
        for value in STRENGTH_KEYS
    ]
    texts += [f"▸ {name}" for name in pairwise.criteria] + [f"   {name}" for name in pairwise.criteria]
    rating = configs.get("rating") or RatingConfig()
    for criterion in rating.criteria:
        texts += [criterion.name, criterion.description, *(point.anchor for point in criterion.points)]
    texts += [text for flag in rating.flags for text in (flag.name, flag.description)]
    texts += [point.anchor for point in rating.relevance]
    texts += list((configs.get("translation") or TranslationConfig()).categories)
    texts += list((configs.get("rewrite") or RewriteConfig()).categories)
    return [text for text in texts if text]


def left_in_english(window: MainWindow, widget: QWidget, language: str) -> list[tuple[str, str]]:
    """The widget's shown texts and tooltips that are no translation into `language` (nor the package's own)."""
    # Qt's own standard buttons (OK, Cancel) come translated by Qt's translations, not ours.
    own = package_texts(window) + [QCoreApplication.translate("QPlatformTheme", text) for text in ("OK", "Cancel")]
    found = not_in_language(widget, language, package_texts=own)
    pattern = translation_pattern(language)
    # A confidence button's tooltip is its key: no language in it.
    exempt = {text.strip() for text in own} | {key_text(spec).split(", ")[0] for spec in RATING_ACTIONS}
    for child in [widget, *widget.findChildren(QWidget)]:
        tip = QTextDocumentFragment.fromHtml(child.toolTip()).toPlainText().strip() if child.toolTip() else ""
        if tip and tip not in exempt and not pattern.fullmatch(tip) and not tip.replace("&", "").isdigit():
            found.append((f"{type(child).__name__}#{child.objectName()} tooltip", tip))
    return found


def go_to(qtbot, window: MainWindow, item_id: str) -> None:
    """Alt+Right, as a person moves on, until `item_id` is on screen."""
    while current(window) != item_id:
        with qtbot.waitSignal(window.item_shown, timeout=10_000):
            press(qtbot, Qt.Key.Key_Right, ALT)


def shown_dialog(qtbot, window: MainWindow, kind: type[DialogT], name: str) -> DialogT:
    """The dialog of that kind and name once it is on screen with the keyboard in it."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind, name)))
    dialog = next(d for d in window.findChildren(kind, name) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def key(qtbot, name: str, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    press(qtbot, getattr(Qt.Key, f"Key_{name}"), modifiers)


def test_the_evaluation_editors_speak_the_language(
    qtbot, language: str, workspace: Workspace, demo_package: Path
) -> None:
    window = open_window(qtbot, workspace, demo_package)
    expected = EXPECTED[language]

    # A comparison: criteria A, A, B, then B better by +2 (against the criteria: the note), a reason ticked.
    go_to(qtbot, window, "pw-en-01")
    pairwise = shown_editor(window, PairwiseEditor, "pairwise_editor")
    assert left_in_english(window, pairwise, language) == []
    for name in ("1", "1", "2", "N"):
        key(qtbot, name)
    key(qtbot, "1", ALT)
    assert pairwise.summary.text().startswith(expected["better"])
    assert pairwise.note.isVisible()
    key(qtbot, "5")  # a rank digit on two answers: the message says which digits decide
    assert pairwise.message.isVisible()
    assert left_in_english(window, pairwise, language) == []
    # Three answers: ranks instead of choices.
    go_to(qtbot, window, "pw-en-03")
    key(qtbot, "1")
    assert left_in_english(window, pairwise, language) == []

    # A rubric rating: a score, an N/A, a flag, a confidence; Return says what is still missing.
    go_to(qtbot, window, "rt-en-01")
    rating = shown_editor(window, RatingEditor, "rating_editor")
    assert left_in_english(window, rating, language) == []
    key(qtbot, "4")
    key(qtbot, "N")
    key(qtbot, "H")
    key(qtbot, "2", ALT)
    assert expected["rating"] in rating.summary.text()
    key(qtbot, "Return")
    assert rating.message.isVisible()
    assert left_in_english(window, rating, language) == []
    # A search query: results graded.
    go_to(qtbot, window, "rt-it-01")
    key(qtbot, "2")
    assert left_in_english(window, rating, language) == []

    # A translation: a major error at the caret opens the category type-ahead; the score line counts it.
    go_to(qtbot, window, "tr-en-it-01")
    translation = shown_editor(window, TranslationEditor, "translation_editor")
    assert left_in_english(window, translation, language) == []
    key(qtbot, "M")
    assert translation.picker.isVisible() and expected["mqm"] in translation.score.text()
    assert left_in_english(window, translation, language) == []
    key(qtbot, "Escape")
    key(qtbot, "Return")  # the error has no category yet: the message says so
    assert translation.message.isVisible()
    assert left_in_english(window, translation, language) == []

    # A rewrite: typing makes an edit (listed, counted); the category list; then an unchanged one's question.
    go_to(qtbot, window, "rw-en-01")
    rewrite = shown_editor(window, RewriteEditor, "rewrite_editor")
    assert left_in_english(window, rewrite, language) == []
    type_text(qtbot, "In fact, ")
    qtbot.waitUntil(lambda: rewrite.edit_list.count() == 1)
    assert expected["words"] in rewrite.distance.text()
    assert left_in_english(window, rewrite, language) == []
    key(qtbot, "C", ALT)
    chooser = shown_dialog(qtbot, window, QInputDialog, "rewrite_category_dialog")
    assert left_in_english(window, chooser, language) == []
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is rewrite.box)
    go_to(qtbot, window, "rw-it-01")
    press(qtbot, Qt.Key.Key_Return, ALT)
    question = shown_dialog(qtbot, window, QMessageBox, "rewrite_unchanged_dialog")
    assert left_in_english(window, question, language) == []
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is rewrite.box)
    assert rewrite.message.isVisible()
    assert left_in_english(window, rewrite, language) == []
    assert QApplication.focusWidget() is rewrite.box

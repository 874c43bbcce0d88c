"""The image, audio and text editors in Italian and German: on the demo, no English is left on screen, and numbers
for people are written in the language's digits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from annotator.core.workspace import Workspace
from annotator.ui.editors.bbox import BoxEditor
from annotator.ui.editors.sentiment import SentimentEditor
from annotator.ui.editors.transcription import TranscriptionEditor
from annotator.ui.locale_choice import apply_language, store_language
from annotator.ui.main_window import MainWindow
from tests.ui.untranslated import not_in_language, translation_pattern
from tests.ui.windows import current, open_window, press, shown_editor

ALT = Qt.KeyboardModifier.AltModifier
# A few texts that must read as the language writes them (the translations are loaded, the locale follows).
EXPECTED = {
    "it": {"start": "Inizio", "decimal": "2,7 s", "skip": "±1,5 s", "percent": "(87%)", "nothing": "Nessuna scelta"},
    "de": {"start": "Beginn", "decimal": "2,7 s", "skip": "±1,5 s", "percent": "(87 %)", "nothing": "Noch nichts"},
}


@pytest.fixture(params=["it", "de"])
def language(request: pytest.FixtureRequest, workspace: Workspace) -> Iterator[str]:
    """The UI language chosen in settings (the window applies it at start); English again after the test."""
    before = QLocale()
    store_language(workspace, request.param)
    yield request.param
    apply_language("en")
    QLocale.setDefault(before)  # the rest of the suite formats numbers as it did before


def package_texts(window: MainWindow, editor: QWidget | None = None) -> list[str]:
    """What the demo package says itself: class and label names, speakers, tags, and the label buttons' texts."""
    texts: list[str] = []
    for schema in window.session.manifest.label_schemas.values():
        texts += [*schema.label_names(), *schema.speakers, *schema.tags]
    if isinstance(editor, SentimentEditor):
        # A label button is the label's key and the package's label name: neither is the app's to translate.
        for name, key in editor.label_keys().items():
            texts += [f"{key}  {name}", f"{key}  {name}  ✓"]
    return texts


def left_in_english(window: MainWindow, editor: QWidget, language: str) -> list[tuple[str, str]]:
    """The editor's shown texts, tooltips and accessible names that are no translation into `language`."""
    found = not_in_language(editor, language, package_texts=package_texts(window, editor))
    pattern = translation_pattern(language)
    for widget in [editor, *editor.findChildren(QWidget)]:
        if widget.objectName().startswith("label_"):
            continue  # a label button's tooltip is the package's description of the label
        for where, text in (("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName())):
            if text and not pattern.fullmatch(text.replace("&", "").strip()):
                found.append((f"{type(widget).__name__}#{widget.objectName()} {where}", text))
    return found


def go_to(qtbot, window: MainWindow, item_id: str) -> None:
    """Alt+Right, as a person moves on, until `item_id` is on screen."""
    while current(window) != item_id:
        press(qtbot, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: current(window) == item_id)


def test_the_box_editor_speaks_the_language(qtbot, language: str, workspace: Workspace, demo_package: Path) -> None:
    window = open_window(qtbot, workspace, demo_package)
    editor = shown_editor(window, BoxEditor, "box_editor")
    qtbot.waitUntil(lambda: editor.image_ready)
    assert left_in_english(window, editor, language) == []
    editor.canvas.setFocus()
    qtbot.keyClick(editor.canvas, Qt.Key.Key_V)  # verified: the hint says so
    qtbot.keyClick(editor.canvas, Qt.Key.Key_W)  # draw mode: the hint says how to draw
    hint = editor.findChild(QLabel, "box_hint").text()
    assert "✓" in hint and "Class for new boxes" not in hint
    assert left_in_english(window, editor, language) == []

    # On the next photo, copy the astronaut's boxes over: the notice says what was copied and what was not.
    go_to(qtbot, window, "img-coffee")
    editor.canvas.setFocus()
    qtbot.waitUntil(lambda: editor.canvas.hasFocus() and editor.image_ready)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    notice = editor.findChild(QLabel, "box_notice")
    assert notice.isVisible() and "img-astronaut" in notice.text() and "copied" not in notice.text()
    assert left_in_english(window, editor, language) == []


def test_the_transcription_editor_speaks_the_language(
    qtbot, tap, language: str, workspace: Workspace, demo_package: Path
) -> None:
    window = open_window(qtbot, workspace, demo_package)
    go_to(qtbot, window, "aud-en")
    editor = shown_editor(window, TranscriptionEditor, "transcription_editor")
    qtbot.waitUntil(lambda: editor.duration is not None)
    qtbot.waitUntil(lambda: editor.controls.play_button.isEnabled())
    expected = EXPECTED[language]
    # The suggested segment (0.25 s to 2.91 s) is selected: its length in the language's digits.
    assert editor.panel.header.text().endswith(expected["decimal"])
    assert expected["skip"] in editor.hint.text()
    header = editor.segment_list.model().headerData(1, Qt.Orientation.Horizontal)
    assert header == expected["start"]
    assert left_in_english(window, editor, language) == []

    # No segment selected: the panel says how to make one.
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: editor.selected_index() is None)
    assert editor.panel.text_box.placeholderText()
    assert left_in_english(window, editor, language) == []


def test_the_sentiment_editor_speaks_the_language(
    qtbot, language: str, workspace: Workspace, demo_package: Path
) -> None:
    window = open_window(qtbot, workspace, demo_package)
    go_to(qtbot, window, "txt-en-01")
    editor = shown_editor(window, SentimentEditor, "sentiment_editor")
    expected = EXPECTED[language]
    suggestion = editor.findChild(QLabel, "sentiment_suggestion")
    assert suggestion.isVisible() and expected["percent"] in suggestion.text()
    assert left_in_english(window, editor, language) == []

    # Return with nothing chosen: the editor says what to do, in the language.
    go_to(qtbot, window, "txt-en-02")
    editor.text_view.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    message = editor.findChild(QLabel, "editor_message")
    assert message.isVisible() and message.text().startswith(expected["nothing"])
    assert current(window) == "txt-en-02"
    assert left_in_english(window, editor, language) == []

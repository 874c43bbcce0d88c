"""Emoji, combining accents, right-to-left scripts and a 10,000-character text: what is shown is what is
stored, and spans selected by keyboard or mouse are stored in code points of the stored text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from annotator.core.workspace import Workspace
from annotator.ui.editors.sentiment import SentimentEditor
from annotator.ui.main_window import MainWindow
from tests.ui.test_sentiment_editor import editor_of, open_window, write_package

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier

# Each text as its user-perceived characters, so a test knows how many caret steps reach a word.
EMOJI = ["G", "r", "e", "a", "t", " ", "👍🏽", " ", "v", "a", "l", "u", "e", " ", "🇮🇹", " ", "👩‍💻", " ", "!", "😀"]
ACCENTS = ["C", "a", "f", "e\u0301", " ", "c", "r", "e\u0300", "m", "e", " ", "n", "a", "i\u0308", "v", "e", "."]
LONG_TAIL = ["e", "n", "d", ":", " ", "n", "a", "i\u0308", "v", "e", " ", "👩‍💻"]


def long_text() -> str:
    chunk = "Delivery OK 👍 but the café́ was cold — שלום 😀 "  # 44 code points, astral and combining
    body = (chunk * (10_000 // len(chunk) + 1))[: 10_000 - len("".join(LONG_TAIL))]
    return body + "".join(LONG_TAIL)


TEXTS = {
    "emoji": "".join(EMOJI),
    "accents": "".join(ACCENTS),
    "hebrew": "המשלוח הגיע מהר, מצוין! 5 כוכבים",
    "arabic": "الخدمة ممتازة جدا 👍 شكرا لكم",
    "long": long_text(),
    "lines": "first line\r\nsecond 😀 line\nthird",
}


def utf16(text: str, index: int) -> int:
    """A code-point index as the widget counts it: UTF-16 code units."""
    return len(text[:index].encode("utf-16-le")) // 2


@pytest.fixture
def unicode_window(qtbot, workspace: Workspace, tmp_path: Path) -> MainWindow:
    items = [{"id": name, "kind": "text", "text": text} for name, text in TEXTS.items()]
    return open_window(qtbot, workspace, write_package(tmp_path / "uni", items))


def go_to(qtbot, window: MainWindow, item_id: str) -> SentimentEditor:
    index = window.session.index_of(item_id)
    while window.session.current_index != index:
        step = Qt.Key.Key_Right if window.session.current_index < index else Qt.Key.Key_Left
        qtbot.keyClick(QApplication.focusWidget(), step, Qt.KeyboardModifier.AltModifier)
    editor = editor_of(window)
    assert QApplication.focusWidget() is editor.text_view
    return editor


def key(qtbot, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), k, modifiers)


def stored_spans(workspace: Workspace, item_id: str) -> list[dict]:
    return workspace.item("texts", item_id).annotation["spans"]


@pytest.mark.parametrize("item_id", list(TEXTS))
def test_the_text_shown_is_the_text_stored(qtbot, unicode_window: MainWindow, item_id: str) -> None:
    editor = go_to(qtbot, unicode_window, item_id)
    expected = TEXTS[item_id].replace("\r\n", "\n")  # Qt shows a Windows line end as one break
    assert editor.text_view.displayed_text() == expected
    assert editor.text_view.document().characterCount() - 1 == utf16(expected, len(expected))


@pytest.mark.parametrize(
    ("item_id", "clusters", "first", "count"),
    [("emoji", EMOJI, 6, 3), ("emoji", EMOJI, 14, 3), ("accents", ACCENTS, 5, 5), ("accents", ACCENTS, 3, 1)],
)
def test_keyboard_selection_becomes_a_code_point_span(
    qtbot, unicode_window: MainWindow, workspace: Workspace, item_id: str, clusters: list[str], first: int, count: int
) -> None:
    text = TEXTS[item_id]
    go_to(qtbot, unicode_window, item_id)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    key(qtbot, Qt.Key.Key_Right, times=first)  # one caret step per perceived character
    key(qtbot, Qt.Key.Key_Right, SHIFT, times=count)
    key(qtbot, Qt.Key.Key_3)
    (span,) = stored_spans(workspace, item_id)
    start = len("".join(clusters[:first]))
    end = start + len("".join(clusters[first : first + count]))
    assert (span["start"], span["end"], span["label"]) == (start, end, "negative")
    assert text[span["start"] : span["end"]] == span["text"] == "".join(clusters[first : first + count])
    assert workspace.item("texts", item_id).annotation["labels"] == [], "a span is not the item's label"


@pytest.mark.parametrize(("item_id", "word"), [("hebrew", "מצוין"), ("arabic", "ممتازة"), ("emoji", "value")])
def test_mouse_double_click_on_a_word_spans_that_word(
    qtbot, unicode_window: MainWindow, workspace: Workspace, item_id: str, word: str
) -> None:
    text = TEXTS[item_id]
    editor = go_to(qtbot, unicode_window, item_id)
    view = editor.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(text, text.index(word) + len(word) // 2))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())
    key(qtbot, Qt.Key.Key_1)
    (span,) = stored_spans(workspace, item_id)
    assert (span["start"], span["end"]) == (text.index(word), text.index(word) + len(word))
    assert span["text"] == word
    # The highlight covers the same characters on screen.
    (highlight,) = view.extraSelections()
    assert highlight.cursor.selectedText() == word


def test_mouse_drag_over_right_to_left_text_spans_what_was_dragged(
    qtbot, unicode_window: MainWindow, workspace: Workspace
) -> None:
    text = TEXTS["hebrew"]
    editor = go_to(qtbot, unicode_window, "hebrew")
    view = editor.text_view
    start, end = text.index("הגיע"), text.index("הגיע") + len("הגיע מהר")
    points = []
    for index in (start, end):
        cursor = QTextCursor(view.document())
        cursor.setPosition(utf16(text, index))
        points.append(view.cursorRect(cursor).center())
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=points[0])
    qtbot.mouseMove(viewport, (points[0] + points[1]) / 2)
    qtbot.mouseMove(viewport, points[1])
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=points[1])
    assert points[0].x() > points[1].x(), "right to left: the later word is further left"
    key(qtbot, Qt.Key.Key_2)
    (span,) = stored_spans(workspace, "hebrew")
    assert (span["start"], span["end"], span["text"]) == (start, end, "הגיע מהר")


def test_right_to_left_keyboard_selection_of_the_whole_text(
    qtbot, unicode_window: MainWindow, workspace: Workspace
) -> None:
    text = TEXTS["arabic"]
    go_to(qtbot, unicode_window, "arabic")
    key(qtbot, Qt.Key.Key_Home, CTRL)
    key(qtbot, Qt.Key.Key_End, CTRL | SHIFT)
    key(qtbot, Qt.Key.Key_1)
    (span,) = stored_spans(workspace, "arabic")
    assert (span["start"], span["end"], span["text"]) == (0, len(text), text)


def test_a_span_at_the_end_of_10000_characters(qtbot, unicode_window: MainWindow, workspace: Workspace) -> None:
    text = TEXTS["long"]
    assert len(text) == 10_000 and utf16(text, len(text)) > 10_400, "many astral characters before the end"
    editor = go_to(qtbot, unicode_window, "long")
    key(qtbot, Qt.Key.Key_End, CTRL)
    key(qtbot, Qt.Key.Key_Left, SHIFT, times=7)  # "naïve 👩‍💻": seven perceived characters
    key(qtbot, Qt.Key.Key_2)
    (span,) = stored_spans(workspace, "long")
    assert (span["start"], span["end"]) == (len(text) - len("nai\u0308ve 👩‍💻"), len(text))
    assert text[span["start"] :] == span["text"] == "nai\u0308ve 👩‍💻"
    # A second span early in the text, and Delete on the caret removes only the one under it.
    key(qtbot, Qt.Key.Key_Home, CTRL)
    key(qtbot, Qt.Key.Key_Right, SHIFT | CTRL)
    key(qtbot, Qt.Key.Key_1)
    assert [s["text"] for s in stored_spans(workspace, "long")] == ["Delivery", "nai\u0308ve 👩‍💻"]
    assert len(editor.text_view.extraSelections()) == 2
    key(qtbot, Qt.Key.Key_Right)  # the caret sits inside the word after a span ends there
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Delete)
    assert [s["text"] for s in stored_spans(workspace, "long")] == ["nai\u0308ve 👩‍💻"]
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert len(stored_spans(workspace, "long")) == 2


def test_spans_after_a_windows_line_end_count_both_characters(
    qtbot, unicode_window: MainWindow, workspace: Workspace
) -> None:
    text = TEXTS["lines"]
    go_to(qtbot, unicode_window, "lines")
    key(qtbot, Qt.Key.Key_Home, CTRL)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Right, times=len("second "))
    key(qtbot, Qt.Key.Key_Right, SHIFT)
    key(qtbot, Qt.Key.Key_3)
    (span,) = stored_spans(workspace, "lines")
    assert (span["start"], span["text"]) == (text.index("😀"), "😀")


def test_keyboard_and_mouse_points_agree(qtbot, unicode_window: MainWindow) -> None:
    # The test helpers' own UTF-16 arithmetic matches the widget (so the tests above measure the app).
    text = TEXTS["emoji"]
    editor = go_to(qtbot, unicode_window, "emoji")
    assert editor.text_view.display_position(text.index("value")) == utf16(text, text.index("value"))
    assert isinstance(editor.text_view.cursorRect().center(), QPoint)

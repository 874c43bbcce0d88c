"""A prelabel's suggested spans in the sentiment editor: drawn apart from chosen ones, stored only by A."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QLabel

from annotator.core.workspace import Workspace
from annotator.ui.editors.sentiment import SentimentEditor
from annotator.ui.main_window import MainWindow
from tests.ui.windows import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
DASHED = QTextCharFormat.UnderlineStyle.DashUnderline
SOLID = QTextCharFormat.UnderlineStyle.SingleUnderline
LABELS = [("positive", "#2ca02c"), ("neutral", "#7f7f7f"), ("negative", "#d62728")]
TEXT = "The room was clean 👍🏽 but the staff were rude"
MEDIA_TEXT = "Lovely café 🇮🇹, awful coffee"


def span(text: str, part: str, label: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "label": label}


def prelabel(*spans: dict) -> dict:
    return {"labels": ["positive"], "score": 0.87, "spans": list(spans)}


def write_package(folder: Path) -> Path:
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "m.txt").write_bytes(MEDIA_TEXT.encode("utf-8"))
    suggested = prelabel(
        span(TEXT, "room was clean 👍🏽", "positive"), span(TEXT, "rude", "negative"), span(TEXT, "The", "bogus")
    )
    items = [
        {"id": "t0", "kind": "text", "text": TEXT, "prelabel": suggested},
        {"id": "t1", "kind": "text", "text": TEXT, "prelabel": suggested},
        {
            "id": "m2",
            "kind": "text",
            "media": "texts/m.txt",
            "sha256": hashlib.sha256(MEDIA_TEXT.encode("utf-8")).hexdigest(),
            "prelabel": prelabel(span(MEDIA_TEXT, "awful coffee", "negative")),
        },
    ]
    document = {
        "format": "annotator.package",
        "schema_version": 1,
        "id": "texts",
        "title": "Texts",
        "instructions": "Pick the sentiment.",
        "labels": {"text": {"mode": "single", "labels": [{"name": n, "color": c} for n, c in LABELS]}},
        "items": items,
    }
    (folder / "package.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return folder


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifiers)


def drawn(editor: SentimentEditor) -> list[tuple[int, int, QTextCharFormat.UnderlineStyle, int]]:
    """What the text view highlights: display range, underline style and wash opacity of each span."""
    return [
        (
            s.cursor.selectionStart(),
            s.cursor.selectionEnd(),
            s.format.underlineStyle(),
            s.format.background().color().alpha(),
        )
        for s in editor.text_view.extraSelections()
    ]


def on_screen(editor: SentimentEditor, text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return editor.text_view.display_position(start), editor.text_view.display_position(start + len(part))


def suggestion_line(window: MainWindow) -> str:
    return window.findChild(QLabel, "sentiment_suggestion").text()


def test_suggested_spans_are_drawn_apart_and_accepted_with_a(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg"))
    editor = window.findChild(SentimentEditor, "sentiment_editor")
    assert window.session.current_item.id == "t0"
    room, rude = on_screen(editor, TEXT, "room was clean 👍🏽"), on_screen(editor, TEXT, "rude")
    selections = drawn(editor)
    assert [(start, end) for start, end, _, _ in selections] == [room, rude], "the span labelled 'bogus' is not shown"
    assert {(style, alpha) for _, _, style, alpha in selections} == {(DASHED, 30)}
    assert "positive (87%) · 2 spans — A accepts" in suggestion_line(window)
    assert workspace.item("texts", "t0").annotation is None, "a suggestion is not a decision"

    press(qtbot, Qt.Key.Key_A)
    stored = workspace.item("texts", "t0").annotation
    assert stored["labels"] == ["positive"] and stored["source"] == "prelabel"
    assert stored["spans"] == [
        {"start": TEXT.index("room"), "end": TEXT.index(" but"), "label": "positive", "text": "room was clean 👍🏽"},
        {"start": TEXT.index("rude"), "end": len(TEXT), "label": "negative", "text": "rude"},
    ]
    assert window.session.current_item.id == "t1"
    press(qtbot, Qt.Key.Key_Backspace)
    assert window.session.current_item.id == "t0"
    assert [(start, end, style) for start, end, style, _ in drawn(editor)] == [(*room, SOLID), (*rude, SOLID)]
    assert "— accepted" in suggestion_line(window)


def test_an_own_decision_drops_the_suggested_spans(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg"))
    editor = window.findChild(SentimentEditor, "sentiment_editor")
    press(qtbot, Qt.Key.Key_2)  # neutral, the annotator's own choice
    stored = workspace.item("texts", "t0").annotation
    assert (stored["labels"], stored["spans"], stored["source"]) == (["neutral"], [], "user")
    assert drawn(editor) == [], "after an own decision the suggested spans are no longer offered"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert workspace.item("texts", "t0").annotation is None
    assert len(drawn(editor)) == 2, "undone: the suggestion is back"


def test_a_media_text_shows_its_suggested_spans_once_read(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg"))
    editor = window.findChild(SentimentEditor, "sentiment_editor")
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.text_view.displayed_text() == MEDIA_TEXT)
    assert [(start, end, style) for start, end, style, _ in drawn(editor)] == [
        (*on_screen(editor, MEDIA_TEXT, "awful coffee"), DASHED)
    ]
    press(qtbot, Qt.Key.Key_A)
    stored = workspace.item("texts", "m2").annotation
    assert [(s["text"], s["label"]) for s in stored["spans"]] == [("awful coffee", "negative")]
    assert stored["source"] == "prelabel"

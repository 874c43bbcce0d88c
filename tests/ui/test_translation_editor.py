"""The translation check editor driven by keys like an annotator; every check reads what the workspace stored."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from annotator.core.documents.schemas import schema_problems
from annotator.core.model import Status
from annotator.core.workspace import Workspace
from annotator.ui.actions import SHELL_ACTIONS
from annotator.ui.editors.translation import TranslationEditor
from annotator.ui.editors.translation_keys import TRANSLATION_ACTIONS
from annotator.ui.keymap import Keymap, normalized
from annotator.ui.main_window import MainWindow
from tests.evaluation_packages import write_evaluation_package
from tests.ui.windows import open_window, press, shown_editor, type_text

NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SEVERITY_KEYS = {"major": Qt.Key.Key_M, "minor": Qt.Key.Key_N, "neutral": Qt.Key.Key_B}

# WMT's weights, written out by hand: major 5, minor 1, neutral 0, a minor punctuation error 0.1,
# a non-translated sentence 25 whatever is marked in it.
WMT = {"major": 5.0, "minor": 1.0, "neutral": 0.0, ("Fluency/Punctuation", "minor"): 0.1, "non_translation": 25.0}
CUSTOM_CATEGORIES = ["Accuracy/Mistranslation", "Accuracy/Omission", "Fluency", "Style", "Terminology"]
CUSTOM_SETTINGS = {
    "categories": CUSTOM_CATEGORIES,
    "weights": {
        "severity": {"major": 10, "minor": 2, "neutral": 0.5},
        "category": {"Style": {"minor": 0.25, "major": 3}},
        "non_translation": 40,
    },
    "esa": True,
}
CUSTOM = {"major": 10.0, "minor": 2.0, "neutral": 0.5, ("Style", "minor"): 0.25, ("Style", "major"): 3.0,
          "non_translation": 40.0}  # fmt: skip
# What is typed into the category type-ahead, and the category Return then takes.
WMT_QUERIES = {
    "mis": "Accuracy/Mistranslation",
    "gram": "Fluency/Grammar",
    "punc": "Fluency/Punctuation",
    "spel": "Fluency/Spelling",
    "awk": "Style/Awkward",
    "add": "Accuracy/Addition",
    "term inap": "Terminology/Inappropriate for context",
    "reg": "Fluency/Register",
}
CUSTOM_QUERIES = {"mis": "Accuracy/Mistranslation", "flu": "Fluency", "sty": "Style", "term": "Terminology"}

PAIRS = [
    ("Der Hund bellt laut im Garten.", "The dog barks loudly in the garden."),
    ("Wir fahren morgen nach Berlin.", "We drive tomorrow to Berlin."),
    ("Il gatto dorme sul divano, tranquillo.", "The cat sleeps on the sofa, quietly."),
    ("Das Essen war kalt und teuer.", "The food was cold and expensive."),
    ("La riunione inizia alle nove.", "The meeting starts at nine."),
    ("Sie liest jeden Abend ein Buch.", "She reads a book every evening."),
    ("Il treno è in ritardo di dieci minuti.", "The train is late by ten minutes."),
    ("Bitte schließen Sie die Tür.", "Please close the door."),
    ("Domani pioverà tutto il giorno.", "Tomorrow it will rain all day."),
    ("Der Bericht ist fast fertig.", "The report is almost finished."),
]


def tokens(text: str) -> list[tuple[int, int]]:
    """Word and punctuation positions of a plain Latin sentence, as a reader counts them."""
    return [match.span() for match in re.finditer(r"\w+|[^\w\s]", text)]


def translation_item(item_id: str, source: list[str], target: list[str], **content: Any) -> dict[str, Any]:
    return {"id": item_id, "kind": "translation", "content": {"source": source, "target": target, **content}}


def editor_of(window: MainWindow) -> TranslationEditor:
    return shown_editor(window, TranslationEditor, "translation_editor")


def hand_mqm(errors: list[dict], non_translation: list[int], segments: int, weights: dict) -> float:
    """The MQM score as a person works it out: per segment the sum of the weights, 25 if not translated, the mean."""
    per_segment = [0.0] * segments
    for error in errors:
        weight = weights.get((error["category"], error["severity"]), weights[error["severity"]])
        per_segment[error["segment"]] += weight
    for segment in non_translation:
        per_segment[segment] = weights["non_translation"]
    return round(sum(per_segment) / segments, 4)


def stored(workspace: Workspace, package_id: str, item_id: str) -> Any:
    return workspace.item(package_id, item_id).annotation


class Checker:
    """Walks the sentences by keys as an annotator would, and keeps what the stored check must then say."""

    def __init__(self, qtbot, editor: TranslationEditor, item: dict, weights: dict, queries: dict):
        self.qtbot, self.editor, self.weights, self.queries = qtbot, editor, weights, queries
        self.content = item["content"]
        self.row, self.side = 0, "target"
        self.errors: dict[tuple, dict] = {}
        self.non_translation: set[int] = set()
        self.esa: int | None = None

    def go(self, row: int, side: str) -> None:
        delta = row - self.row
        press(self.qtbot, Qt.Key.Key_Down if delta > 0 else Qt.Key.Key_Up, times=abs(delta))
        if side != self.side:
            press(self.qtbot, Qt.Key.Key_Tab)
        self.row, self.side = row, side
        assert self.editor.focus() == (row, side)
        press(self.qtbot, Qt.Key.Key_Home)

    def select(self, row: int, side: str, first: int, count: int, *, caret_only: bool) -> tuple[int, int]:
        """Put the caret on word `first` (Right steps), then take `count` words (Shift+Right); the span expected."""
        self.go(row, side)
        spans = tokens(self.content[side][row])
        press(self.qtbot, Qt.Key.Key_Right, times=first)
        if not caret_only:
            press(self.qtbot, Qt.Key.Key_Right, SHIFT, times=count)
        expected = (spans[first][0], spans[first + count - 1][1])
        if not caret_only:
            assert self.editor.selection() == expected
        return expected

    def mark(self, row, side, first, count, severity, query, *, caret_only=False) -> None:
        """Mark words as an error of `severity`; `query` is typed into the type-ahead (None: Esc, decide later)."""
        start, end = self.select(row, side, first, count if not caret_only else 1, caret_only=caret_only)
        key = (side, row, start, end)
        before = self.errors.get(key)
        press(self.qtbot, SEVERITY_KEYS[severity])
        category = before["category"] if before else ("Accuracy/Omission" if side == "source" else None)
        picker_open = category is None or category == "Accuracy/Omission"
        assert self.editor.picker.isVisible() == picker_open
        if picker_open:
            if query is None:
                press(self.qtbot, Qt.Key.Key_Escape)
            else:
                type_text(self.qtbot, query)
                press(self.qtbot, Qt.Key.Key_Return)
                category = self.queries[query] if query else category
            assert not self.editor.picker.isVisible()
        text = self.content[side][row][start:end]
        self.errors[key] = {
            "side": side, "segment": row, "start": start, "end": end, "text": text,
            "severity": severity, "category": category,
        }  # fmt: skip

    def choose_category(self, row, side, first, query) -> None:
        """Put the caret on an error's first word and give it a category with C."""
        self.go(row, side)
        press(self.qtbot, Qt.Key.Key_Right, times=first)
        press(self.qtbot, Qt.Key.Key_C)
        assert self.editor.picker.isVisible()
        type_text(self.qtbot, query)
        press(self.qtbot, Qt.Key.Key_Return)
        start = tokens(self.content[side][row])[first][0]
        key = next(k for k in self.errors if k[:2] == (side, row) and k[2] == start)
        self.errors[key]["category"] = self.queries[query]

    def delete(self, row, side, first) -> None:
        self.go(row, side)
        press(self.qtbot, Qt.Key.Key_Right, times=first)
        start = tokens(self.content[side][row])[first][0]
        press(self.qtbot, Qt.Key.Key_Delete)
        for key in [k for k in self.errors if k[:2] == (side, row) and k[2] <= start < k[3]]:
            del self.errors[key]

    def not_translated(self, row: int) -> None:
        self.go(row, self.side)
        press(self.qtbot, Qt.Key.Key_X)
        self.non_translation ^= {row}

    def expected(self) -> dict:
        errors = [self.errors[key] for key in sorted(self.errors, key=lambda k: (k[0] != "source", k[1], k[2], k[3]))]
        segments = len(self.content["target"])
        return {
            "errors": errors,
            "non_translation": sorted(self.non_translation),
            "esa": self.esa,
            "mqm": hand_mqm(errors, sorted(self.non_translation), segments, self.weights),
            "source": "user",
        }


def plan_items(count: int, offset: int) -> list[dict]:
    items = []
    for number in range(count):
        rows = 2 + (number + offset) % 3
        pairs = [PAIRS[(number * 3 + k + offset) % len(PAIRS)] for k in range(rows)]
        items.append(
            translation_item(
                f"tr{offset + number:02d}",
                [source for source, _ in pairs],
                [target for _, target in pairs],
                source_lang="de",
                target_lang="en",
            )
        )
    return items


def check_item(qtbot, editor, item: dict, number: int, weights: dict, queries: dict, workspace, package_id) -> Checker:
    """One translation check by keys, varied by `number`; returns what it expects stored."""
    checker = Checker(qtbot, editor, item, weights, queries)
    rows = len(item["content"]["target"])
    names = list(queries)
    severities = ("major", "minor", "neutral")
    # A first error: a run of words of a sentence, or the word at the caret.
    row = number % rows
    words = tokens(item["content"]["target"][row])
    first, count, caret_only = number % (len(words) - 2), 1 + number % 2, number % 4 == 3
    count = 1 if caret_only else count
    checker.mark(row, "target", first, count, severities[number % 3], names[number % len(names)], caret_only=caret_only)
    # The final full stop, a minor punctuation error where the package has that category.
    if "punc" in queries and number % 2 == 0:
        last = (row + 1) % rows
        checker.mark(last, "target", len(tokens(item["content"]["target"][last])) - 1, 1, "minor", "punc")
    # An omission on the source side (Return keeps the proposed Accuracy/Omission).
    if number % 3 == 1:
        checker.mark(rows - 1, "source", 1, 1, "major", "")
    # Decided later: Esc, then C on the error (the first word of a sentence no other error starts at).
    if number % 5 == 2:
        later = (row + 1) % rows
        checker.mark(later, "target", 0, 1, "minor", None)
        start, end = tokens(item["content"]["target"][later])[0]
        spans = {(e["segment"], e["start"], e["end"]): e for e in stored(workspace, package_id, item["id"])["errors"]}
        assert spans[(later, start, end)]["category"] is None
        checker.choose_category(later, "target", 0, names[(number + 1) % len(names)])
    # Marked again with another severity: one error, the category kept.
    if number % 6 == 5:
        checker.mark(row, "target", first, count, "minor" if severities[number % 3] == "major" else "major", None)
    # A slip, undone with Ctrl+Z: the store is back to what it was.
    if number % 7 == 3:
        before = stored(workspace, package_id, item["id"])
        press(qtbot, Qt.Key.Key_B)  # neutral on the selection (or word) at the caret: a new error or a change
        if editor.picker.isVisible():
            press(qtbot, Qt.Key.Key_Escape)
        assert stored(workspace, package_id, item["id"]) != before
        press(qtbot, Qt.Key.Key_Z, CTRL)
        assert stored(workspace, package_id, item["id"]) == before
    # An error removed with Delete.
    if number % 8 == 6:
        checker.mark(rows - 1, "target", 2, 1, "minor", names[1])
        checker.delete(rows - 1, "target", 2)
    # A sentence that is no translation at all.
    if number % 4 == 0:
        checker.not_translated(rows - 1)
        if number % 8 == 4:  # and taken back
            checker.not_translated(rows - 1)
    return checker


def test_30_translation_checks_by_keyboard_alone(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    wmt_items, custom_items = plan_items(20, 0), plan_items(10, 20)
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "wmt", wmt_items, package_id="wmt"))
    editor = editor_of(window)
    assert QApplication.focusWidget() is editor.table, "an opened package starts with the keyboard in the sentences"
    for package_id, items, weights, queries in (
        ("wmt", wmt_items, WMT, WMT_QUERIES),
        ("custom", custom_items, CUSTOM, CUSTOM_QUERIES),
    ):
        if package_id == "custom":
            folder = write_evaluation_package(
                tmp_path / "custom", custom_items, settings={"translation": CUSTOM_SETTINGS}, package_id="custom"
            )
            with qtbot.waitSignal(window.item_shown, timeout=10_000):
                window.open_package(folder)
            editor = editor_of(window)
        for number, item in enumerate(items):
            assert window.session.current_item.id == item["id"]
            checker = check_item(qtbot, editor, item, number, weights, queries, workspace, package_id)
            if package_id == "custom":
                press(qtbot, Qt.Key.Key_Return)  # no ESA yet: refused
                assert window.session.current_item.id == item["id"] and "ESA" in editor.message.text()
                press(qtbot, getattr(Qt.Key, f"Key_{number % 10}"))  # tens
                press(qtbot, Qt.Key.Key_BracketRight, times=number % 3)  # +5 each
                press(qtbot, Qt.Key.Key_BracketLeft, SHIFT, times=number % 2)  # -1
                checker.esa = max(0, number % 10 * 10 + 5 * (number % 3) - number % 2)
            expected = checker.expected()
            press(qtbot, Qt.Key.Key_Return)
            state = workspace.item(package_id, item["id"])
            assert state.status is Status.DONE, editor.message.text()
            assert state.annotation == expected
            assert schema_problems(state.annotation, "annotation-translation-v1", item["id"]) == []
            if number + 1 < len(items):
                assert window.session.current_item.id == items[number + 1]["id"]


def test_a_hand_worked_score_with_wmt_weights(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    source = ["Der Hund bellt.", "Es regnet.", "Guten Morgen."]
    target = ["The cat barks.", "Lorem ipsum dolor.", "Good morning"]
    folder = write_evaluation_package(tmp_path / "p", [translation_item("a", source, target)])
    window = open_window(qtbot, workspace, folder)
    editor = editor_of(window)
    press(qtbot, Qt.Key.Key_Right)  # "cat"
    press(qtbot, Qt.Key.Key_M)
    type_text(qtbot, "mis")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_End)  # the final stop, a minor punctuation error
    press(qtbot, Qt.Key.Key_Left, SHIFT)
    press(qtbot, Qt.Key.Key_N)
    type_text(qtbot, "punc")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_X)  # sentence 2 is no translation
    assert editor.score.text() == "2 errors (1 major, 1 minor) · 1 not translated · MQM 10.03"
    press(qtbot, Qt.Key.Key_Return)
    annotation = stored(workspace, "eval", "a")
    # (5 + 0.1) for sentence 1, 25 for sentence 2, 0 for sentence 3, over 3 sentences.
    assert annotation["mqm"] == round((5 + 0.1 + 25) / 3, 4) == 10.0333
    assert [(e["text"], e["start"], e["end"], e["category"]) for e in annotation["errors"]] == [
        ("cat", 4, 7, "Accuracy/Mistranslation"),
        (".", 13, 14, "Fluency/Punctuation"),
    ]
    assert annotation["non_translation"] == [1]


def test_spans_on_emoji_combining_marks_arabic_and_cjk_by_keys(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    family, thumbs, accent = "👨\u200d👩\u200d👧", "👍🏽", "e\u0301"
    target = [
        f"Great {thumbs} job, {family} fine.",
        "Un cafe\u0301 tre\u0300s fort.",
        "مرحبا بالعالم، كيف حالك؟",
        "日本語のテキストです。",
    ]
    source = [
        "Super Arbeit, Familie gut.",
        "Ein sehr starker Kaffee.",
        "Hallo Welt, wie geht's?",
        "Ein japanischer Text.",
    ]
    folder = write_evaluation_package(tmp_path / "p", [translation_item("u", source, target)])
    window = open_window(qtbot, workspace, folder)
    editor = editor_of(window)
    # Sentence 1: the thumb with its skin tone (caret on it), then the family by a character step.
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_M)
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Right, times=3)  # "job" "," family
    assert editor.selection() == (14, 14)
    press(qtbot, Qt.Key.Key_Right, ALT_SHIFT)  # one user-perceived character: all five code points
    assert editor.selection() == (14, 19)
    press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_Escape)
    # Sentence 2: "très" by word, then "cafe\u0301" shrunk by one character and grown back.
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right, times=2)
    press(qtbot, Qt.Key.Key_Right, SHIFT)
    press(qtbot, Qt.Key.Key_B)
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right, SHIFT)
    press(qtbot, Qt.Key.Key_Left, ALT_SHIFT)
    assert editor.selection() == (3, 6)  # "caf": the accented e goes as one
    press(qtbot, Qt.Key.Key_Right, ALT_SHIFT)
    assert editor.selection() == (3, 8)
    press(qtbot, Qt.Key.Key_M)
    press(qtbot, Qt.Key.Key_Escape)
    # Sentence 3 reads right to left: Left goes on to the next word.
    press(qtbot, Qt.Key.Key_Down)
    assert editor.table.is_right_to_left(2, "target")
    first, last = editor.table.point_at(2, "target", 0), editor.table.point_at(2, "target", len(target[2]))
    assert first.x() > last.x(), "the Arabic sentence starts at the right"
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left, SHIFT)
    assert editor.selection() == (6, 13)
    press(qtbot, Qt.Key.Key_M)
    press(qtbot, Qt.Key.Key_Escape)
    # Sentence 4: one kana, then two ideographs.
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right, times=3)
    press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Right, SHIFT, times=2)
    press(qtbot, Qt.Key.Key_M)
    press(qtbot, Qt.Key.Key_Escape)
    errors = stored(workspace, "eval", "u")["errors"]
    assert [(e["segment"], e["start"], e["end"], e["text"], e["severity"]) for e in errors] == [
        (0, 6, 8, thumbs, "major"),
        (0, 14, 19, family, "minor"),
        (1, 3, 8, f"caf{accent}", "major"),
        (1, 9, 14, "tre\u0300s", "neutral"),
        (2, 6, 13, "بالعالم", "major"),
        (3, 0, 2, "日本", "major"),
        (3, 3, 4, "の", "minor"),
    ]
    for error in errors:
        assert target[error["segment"]][error["start"] : error["end"]] == error["text"]
    # Drawn where they are: each underline covers exactly its text in the widget's UTF-16 positions.
    drawn = {mark.cursor.selectedText() for mark in editor.table.extraSelections()}
    assert {e["text"] for e in errors} <= drawn


def test_a_sentence_with_line_breaks_keeps_its_offsets(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    target = ["Line one\r\nline two 👍🏽\nend."]
    folder = write_evaluation_package(tmp_path / "p", [translation_item("l", ["Zeile eins, Zeile zwei."], target)])
    window = open_window(qtbot, workspace, folder)
    editor = editor_of(window)
    press(qtbot, Qt.Key.Key_Right, times=2)
    press(qtbot, Qt.Key.Key_M)
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Right, times=3)  # "two", the thumb, "end"
    press(qtbot, Qt.Key.Key_B)
    press(qtbot, Qt.Key.Key_Escape)
    errors = stored(workspace, "eval", "l")["errors"]
    assert [(e["start"], e["end"], e["text"]) for e in errors] == [(10, 14, "line"), (22, 25, "end")]
    drawn = {mark.cursor.selectedText() for mark in editor.table.extraSelections()}
    assert {"line", "end"} <= drawn


def test_a_mouse_selection_marks_an_error(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    target = ["Nice 👍🏽 and a wrong word here."]
    folder = write_evaluation_package(tmp_path / "p", [translation_item("m", ["Schön und ein Wort hier."], target)])
    window = open_window(qtbot, workspace, folder)
    editor = editor_of(window)
    start, end = target[0].index("wrong"), target[0].index(" here")
    viewport = editor.table.viewport()
    begin, finish = editor.table.point_at(0, "target", start), editor.table.point_at(0, "target", end)
    left = Qt.MouseButton.LeftButton
    for kind, point, buttons in (
        (QEvent.Type.MouseButtonPress, begin, left),
        (QEvent.Type.MouseMove, QPoint((begin.x() + finish.x()) // 2, begin.y()), left),
        (QEvent.Type.MouseMove, finish, left),
        (QEvent.Type.MouseButtonRelease, finish, Qt.MouseButton.NoButton),
    ):
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else left
        event = QMouseEvent(kind, point, viewport.mapToGlobal(point), button, buttons, NO)
        QApplication.sendEvent(viewport, event)
    assert editor.selection() == (start, end)
    press(qtbot, Qt.Key.Key_M)
    type_text(qtbot, "gram")
    press(qtbot, Qt.Key.Key_Return)
    error = stored(workspace, "eval", "m")["errors"][0]
    assert (error["start"], error["end"], error["text"]) == (start, end, "wrong word")
    assert error["category"] == "Fluency/Grammar" and error["severity"] == "major"


def test_an_omission_is_marked_on_the_source(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    source, target = ["Der sehr alte Hund schläft."], ["The dog sleeps."]
    folder = write_evaluation_package(tmp_path / "p", [translation_item("o", source, target)])
    window = open_window(qtbot, workspace, folder)
    editor = editor_of(window)
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.focus() == (0, "source")
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right, SHIFT, times=2)  # "sehr alte", left out of the translation
    press(qtbot, Qt.Key.Key_N)
    assert editor.picker.matches()[0] == "Accuracy/Omission"
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.focus() == (0, "target")
    press(qtbot, Qt.Key.Key_Return)
    annotation = stored(workspace, "eval", "o")
    assert annotation == {
        "errors": [
            {"side": "source", "segment": 0, "start": 4, "end": 13, "text": "sehr alte", "severity": "minor",
             "category": "Accuracy/Omission"},
        ],
        "non_translation": [], "esa": None, "mqm": 1.0, "source": "user",
    }  # fmt: skip
    assert workspace.item("eval", "o").status is Status.DONE


def test_undo_restores_each_step(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    folder = write_evaluation_package(
        tmp_path / "p", [translation_item("z", ["Ein Satz hier.", "Noch einer."], ["One sentence here.", "Another."])]
    )
    window = open_window(qtbot, workspace, folder)
    editor = editor_of(window)
    press(qtbot, Qt.Key.Key_M)
    made = stored(workspace, "eval", "z")
    assert made["errors"][0]["text"] == "One" and made["errors"][0]["category"] is None and made["mqm"] == 2.5
    type_text(qtbot, "add")
    press(qtbot, Qt.Key.Key_Return)
    assert stored(workspace, "eval", "z")["errors"][0]["category"] == "Accuracy/Addition"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_X)
    assert stored(workspace, "eval", "z")["mqm"] == 15.0
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Delete)
    assert stored(workspace, "eval", "z")["errors"] == [] and stored(workspace, "eval", "z")["mqm"] == 12.5
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the error is back
    assert stored(workspace, "eval", "z")["errors"][0]["category"] == "Accuracy/Addition"
    assert "MQM 15.00" in editor.score.text()
    press(qtbot, Qt.Key.Key_Z, CTRL)  # sentence 2 is a translation again
    assert stored(workspace, "eval", "z")["non_translation"] == []
    press(qtbot, Qt.Key.Key_Z, CTRL)  # no category
    assert stored(workspace, "eval", "z") == made
    press(qtbot, Qt.Key.Key_Z, CTRL)  # nothing marked
    assert stored(workspace, "eval", "z") is None
    assert editor.score.text() == "No errors marked · MQM 0.00"


def test_submit_is_refused_while_a_category_is_missing(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    items = [
        translation_item("s1", ["Erster Satz.", "Zweiter Satz."], ["First sentence.", "Second sentence."]),
        translation_item("s2", ["Nichts."], ["Nothing."]),
    ]
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "p", items))
    editor = editor_of(window)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_Escape)  # decide later
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Return)
    assert window.session.current_item.id == "s1"
    assert workspace.item("eval", "s1").status is Status.TODO
    assert editor.message.isVisible() and "category" in editor.message.text() and "“sentence”" in editor.message.text()
    assert editor.focus() == (1, "target") and editor.selection() == (7, 15), "the caret goes to the error"
    press(qtbot, Qt.Key.Key_C)
    type_text(qtbot, "spel")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert workspace.item("eval", "s1").status is Status.DONE
    assert stored(workspace, "eval", "s1")["errors"][0]["category"] == "Fluency/Spelling"
    assert window.session.current_item.id == "s2"
    press(qtbot, Qt.Key.Key_Return)  # nothing wrong: stored as a clean check
    assert stored(workspace, "eval", "s2") == {
        "errors": [], "non_translation": [], "esa": None, "mqm": 0.0, "source": "user"
    }  # fmt: skip
    press(qtbot, Qt.Key.Key_Backspace)  # back
    assert window.session.current_item.id == "s1"


def test_a_summary_lists_both_sides_and_scores_over_the_longer(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    source = ["First point.", "Second point.", "Third point.", "Fourth point."]
    item = translation_item("sum", source, ["A short summary."], task="summary")
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "p", [item]))
    editor = editor_of(window)
    assert editor.table.row_count() == 4 and "Summary" in editor.heading.text()
    press(qtbot, Qt.Key.Key_Down, times=3)  # no summary sentence there: the source side
    assert editor.focus() == (3, "source")
    press(qtbot, Qt.Key.Key_X)
    assert "no target sentence" in editor.message.text()
    press(qtbot, Qt.Key.Key_M)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    annotation = stored(workspace, "eval", "sum")
    assert annotation["errors"][0]["text"] == "Fourth" and annotation["mqm"] == 1.25  # 5 over 4 segments


def test_keys_follow_the_users_keymap(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    folder = write_evaluation_package(tmp_path / "p", [translation_item("k", ["Hallo Welt."], ["Hello world."])])
    window = open_window(qtbot, workspace, folder)
    editor = editor_of(window)
    keys = Keymap()
    keys.set_keys(next(spec for spec in TRANSLATION_ACTIONS if spec.id == "translation.major"), ["J"])
    window.apply_keymap(keys)
    assert editor.hint.text().startswith("J major")
    press(qtbot, Qt.Key.Key_M)
    assert stored(workspace, "eval", "k") is None
    press(qtbot, Qt.Key.Key_J)
    assert stored(workspace, "eval", "k")["errors"][0]["severity"] == "major"


def test_no_translation_key_is_a_shell_key() -> None:
    shell = {normalized(key) for spec in SHELL_ACTIONS for key in spec.keys}
    mine = [normalized(key) for spec in TRANSLATION_ACTIONS for key in spec.keys]
    assert not shell & set(mine) and len(mine) == len(set(mine))
    assert all(spec.menu == "Check translation" and spec.id.startswith("translation.") for spec in TRANSLATION_ACTIONS)


def test_200_sentences_stay_responsive(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    source = [f"Dies ist der Satz Nummer {n}, lang genug, um in einer schmalen Spalte umzubrechen." for n in range(200)]
    target = [f"This is sentence number {n}, long enough to wrap in a narrow column of the table." for n in range(200)]
    items = [translation_item("small", ["Kurz."], ["Short."]), translation_item("big", source, target)]
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "p", items))
    editor = editor_of(window)
    started = time.perf_counter()
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # the shell's next item
    shown = time.perf_counter() - started
    assert window.session.current_item.id == "big" and editor.table.row_count() == 200
    started = time.perf_counter()
    press(qtbot, Qt.Key.Key_Down, times=199)
    press(qtbot, Qt.Key.Key_Right, times=3)
    press(qtbot, Qt.Key.Key_M)
    press(qtbot, Qt.Key.Key_Escape)
    keys = (time.perf_counter() - started) / 204
    assert shown < 1.5 and keys < 0.05, (shown, keys)
    error = stored(workspace, "eval", "big")["errors"][0]
    assert (error["segment"], error["start"], error["text"]) == (199, 17, "number")
    assert stored(workspace, "eval", "big")["mqm"] == 0.025
    bar = editor.table.verticalScrollBar()
    caret = editor.table.point_at(199, "target", 0)
    assert bar.value() > 0 and 0 <= caret.y() <= editor.table.viewport().height(), "the last row is scrolled to"

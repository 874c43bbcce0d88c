"""The sentiment editor driven by keys like an annotator; every check reads the workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from annotator.core.model import Status
from annotator.core.workspace import Workspace
from annotator.ui.dialogs.cheat_sheet import CheatSheetDialog
from annotator.ui.editors.sentiment import SentimentEditor
from annotator.ui.main_window import MainWindow
from tests.ui.windows import open_window

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
LABELS = [("positive", "#2ca02c"), ("neutral", "#7f7f7f"), ("negative", "#d62728")]
DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3]
WORDS = "quick delivery broken zipper lovely café friendly staff battery fine grey instead of blue".split()


def write_package(folder: Path, items: list[dict], *, mode: str = "single", labels=LABELS, package_id="texts") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    document = {
        "format": "annotator.package",
        "schema_version": 1,
        "id": package_id,
        "title": "Texts",
        "instructions": "Pick the sentiment.",
        "labels": {"text": {"mode": mode, "labels": [{"name": n, "color": c} for n, c in labels]}},
        "items": items,
    }
    (folder / "package.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return folder


def demo_style_items(count: int) -> list[dict]:
    items = []
    for number in range(count):
        words = [WORDS[(number * 7 + k) % len(WORDS)] for k in range(6 + number % 9)]
        item = {"id": f"t{number:03d}", "kind": "text", "text": " ".join(words).capitalize() + ".", "lang": "en"}
        if number % 10 == 4:
            item["prelabel"] = {"labels": [LABELS[number % 3][0]], "score": 0.5 + number % 5 / 10}
        items.append(item)
    return items


def editor_of(window: MainWindow) -> SentimentEditor:
    editor = window.findChild(SentimentEditor, "sentiment_editor")
    assert editor is not None and editor.isVisible()
    return editor


def press(qtbot, key: Qt.Key, modifiers=NO) -> None:
    """A key press where the keyboard is, as a person types it."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifiers)


def current(window: MainWindow) -> str:
    return window.session.current_item.id


@pytest.mark.parametrize("mode", ["single", "multi"])
def test_200_texts_labelled_by_keyboard_alone(qtbot, workspace: Workspace, tmp_path: Path, mode: str) -> None:
    items = demo_style_items(200)
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg", items, mode=mode))
    editor = editor_of(window)
    assert QApplication.focusWidget() is editor.text_view, "an opened package starts with the keyboard in the text"
    names = [name for name, _ in LABELS]
    expected: dict[str, dict] = {}
    for number, item in enumerate(items):
        item_id = item["id"]
        assert current(window) == item_id
        assert editor.text_view.displayed_text() == item["text"]
        if mode == "single":
            target = [names[number % 3]]
            if number % 13 == 5:  # a slip, taken back with undo
                press(qtbot, DIGITS[(number + 1) % 3])
                assert workspace.item("texts", item_id).annotation["labels"] == [names[(number + 1) % 3]]
                press(qtbot, Qt.Key.Key_Z, CTRL)
                assert workspace.item("texts", item_id).annotation is None
            press(qtbot, DIGITS[number % 3])
        else:
            target = [name for bit, name in enumerate(names) if number % 8 & (1 << bit)]
            for name in target:
                press(qtbot, DIGITS[names.index(name)])
            if number % 5 == 1:  # toggled on and off again
                press(qtbot, Qt.Key.Key_3)
                press(qtbot, Qt.Key.Key_3)
        unsure = number % 7 == 3
        if unsure:
            press(qtbot, Qt.Key.Key_U)
        comment = ""
        if number % 11 == 2:
            press(qtbot, Qt.Key.Key_C)
            assert QApplication.focusWidget() is editor.comment_box
            comment = f"typo 1 {number}: a x u c"  # label, accept, reject, unsure and comment keys, typed
            qtbot.keyClicks(editor.comment_box, comment)
            press(qtbot, Qt.Key.Key_Backspace)  # deletes a character, does not go back
            comment = comment[:-1]
            press(qtbot, Qt.Key.Key_Return)  # leaves the comment box, does not submit
            assert QApplication.focusWidget() is editor.text_view and current(window) == item_id
        press(qtbot, Qt.Key.Key_Return)
        if number % 17 == 9 and number + 1 < len(items):  # back to fix it
            assert current(window) == items[number + 1]["id"]
            press(qtbot, Qt.Key.Key_Backspace)
            assert current(window) == item_id
            if mode == "single":
                target = [names[(number + 2) % 3]]
                press(qtbot, DIGITS[(number + 2) % 3])
            else:
                press(qtbot, Qt.Key.Key_2)
                target = [name for name in names if (name in target) != (name == "neutral")]
            press(qtbot, Qt.Key.Key_Return)
        expected[item_id] = {"labels": target, "unsure": unsure, "comment": comment}

    for item in items:
        state = workspace.item("texts", item["id"])
        want = expected[item["id"]]
        assert state.status == Status.DONE, item["id"]
        assert state.comment == want["comment"], item["id"]
        annotation = state.annotation or {"labels": [], "unsure": False}
        assert annotation["labels"] == want["labels"], item["id"]
        assert annotation["unsure"] == want["unsure"], item["id"]


def test_binary_answers_submit_and_undo_takes_them_back(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    items = [{"id": f"b{n}", "kind": "text", "text": f"Text number {n}"} for n in range(4)]
    items[2]["prelabel"] = {"labels": ["spam"], "score": 0.9}
    package = write_package(tmp_path / "bin", items, mode="binary", labels=[("toxic", "#d62728"), ("spam", "#1f77b4")])
    window = open_window(qtbot, workspace, package)
    editor = editor_of(window)
    press(qtbot, Qt.Key.Key_Return)  # nothing answered: stays
    assert current(window) == "b0" and workspace.item("texts", "b0").status == Status.TODO
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_X)
    assert current(window) == "b2" and "spam" in editor.findChild(QLabel, "sentiment_question").text()
    press(qtbot, Qt.Key.Key_Space)
    stored = [workspace.item("texts", f"b{n}").annotation for n in range(3)]
    assert [(a["answer"], a["question"], a["labels"]) for a in stored] == [
        ("accept", "toxic", ["toxic"]),
        ("reject", "toxic", []),
        ("ignore", "spam", []),
    ]
    assert all(workspace.item("texts", f"b{n}").status == Status.DONE for n in range(3))
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the status of b2
    press(qtbot, Qt.Key.Key_Z, CTRL)  # its answer
    assert workspace.item("texts", "b2").annotation is None
    assert workspace.item("texts", "b2").status == Status.TODO


def test_suggestion_is_shown_and_accepted_with_one_key(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    items = demo_style_items(6)
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg", items))
    editor = editor_of(window)
    press(qtbot, Qt.Key.Key_A)  # t000 has no suggestion: nothing happens
    assert current(window) == "t000" and workspace.item("texts", "t000").annotation is None
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert current(window) == "t004"
    suggested = items[4]["prelabel"]["labels"][0]
    assert editor.label_bar.buttons[suggested].property("suggested") is True
    assert workspace.item("texts", "t004").annotation is None, "a suggestion is not a decision"
    press(qtbot, Qt.Key.Key_A)
    stored = workspace.item("texts", "t004")
    assert stored.annotation["labels"] == [suggested] and stored.annotation["source"] == "prelabel"
    assert stored.status == Status.DONE and current(window) == "t005"


def test_single_label_submit_needs_a_choice_and_buttons_show_keys(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    labels = [("good", "#2ca02c"), ("bad", "#d62728"), ("meh", "#7f7f7f")]
    package = write_package(tmp_path / "pkg", demo_style_items(3), labels=labels)
    document = json.loads((package / "package.json").read_text())
    document["labels"]["text"]["labels"][1]["hotkey"] = "b"
    document["labels"]["text"]["labels"][2]["hotkey"] = "u"  # the unsure key: refused, gets a free one
    (package / "package.json").write_text(json.dumps(document))
    window = open_window(qtbot, workspace, package)
    editor = editor_of(window)
    assert editor.label_keys() == {"good": "1", "bad": "B", "meh": "2"}
    assert [b.text() for b in editor.label_bar.buttons.values()] == ["1  good", "B  bad", "2  meh"]
    press(qtbot, Qt.Key.Key_Return)
    assert current(window) == "t000"
    press(qtbot, Qt.Key.Key_B)
    assert workspace.item("texts", "t000").annotation["labels"] == ["bad"]
    press(qtbot, Qt.Key.Key_U)
    assert workspace.item("texts", "t000").annotation["unsure"] is True
    assert editor.unsure_button.isChecked()
    qtbot.mouseClick(editor.label_bar.buttons["meh"], Qt.MouseButton.LeftButton)
    assert workspace.item("texts", "t000").annotation["labels"] == ["meh"]
    assert QApplication.focusWidget() is editor.text_view, "a click on a label leaves the keyboard in the text"
    press(qtbot, Qt.Key.Key_Return)
    assert current(window) == "t001"


def test_shell_done_and_the_cheat_sheet_know_the_editor(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg", demo_style_items(3)))
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert workspace.item("texts", "t000").status == Status.DONE and current(window) == "t001"
    press(qtbot, Qt.Key.Key_F1)
    sheet = window.findChild(CheatSheetDialog, "cheat_sheet")
    assert {"sentiment.submit", "sentiment.unsure", "sentiment.label_1"} <= set(sheet.visible_action_ids())


def test_text_size_keys_change_and_remember_the_size(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg", demo_style_items(3)))
    editor = editor_of(window)
    before = editor.text_view.point_size()
    assert before > window.font().pointSizeF() * 1.4, "texts read large"
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    bigger = editor.text_view.point_size()
    assert bigger > before
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert editor.text_view.point_size() == bigger, "one size for every text"
    assert workspace.setting("sentiment.point_size") == round(bigger, 1)
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert editor.text_view.point_size() == before


def test_the_demo_texts_open_in_the_editor(qtbot, window: MainWindow, workspace: Workspace) -> None:
    for _ in range(9):
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert current(window) == "txt-en-01"
    editor = editor_of(window)
    editor.text_view.setFocus()
    assert editor.text_view.displayed_text() == "The delivery was quick and the box arrived intact."
    press(qtbot, Qt.Key.Key_1)
    assert workspace.item("demo", "txt-en-01").annotation["labels"] == ["positive"]


def test_a_comment_is_saved_at_every_keystroke_and_undoes_as_one_step(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg", demo_style_items(2)))
    editor = editor_of(window)
    item_id = current(window)
    press(qtbot, Qt.Key.Key_C)
    assert QApplication.focusWidget() is editor.comment_box
    qtbot.keyClicks(editor.comment_box, "late")
    # Still typing (no Return, no focus change): a crash now would keep what is on screen.
    assert workspace.item("texts", item_id).comment == "late"
    qtbot.keyClicks(editor.comment_box, " reply")
    assert workspace.item("texts", item_id).comment == "late reply"
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.item("texts", item_id).comment == ""
    assert editor.comment_box.text() == ""

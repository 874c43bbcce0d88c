"""The rewrite editor driven by keys like an expert: every check reads what the workspace stored."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from annotator.core.documents.schemas import schema_problems
from annotator.core.evaluation import rewrite as ops
from annotator.core.evaluation import word_diff as wd
from annotator.core.model import Status
from annotator.core.workspace import Workspace
from annotator.ui.editors.rewrite import RewriteEditor
from annotator.ui.editors.rewrite_panels import RewriteBox
from annotator.ui.keymap import Keymap
from annotator.ui.main_window import MainWindow
from tests.evaluation_packages import write_evaluation_package
from tests.ui.windows import current, open_window, press, shown_editor, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
K = Qt.Key
CATEGORIES = ["factual error", "missing information", "unclear wording", "tone", "grammar"]
DIGIT_KEYS = {0: K.Key_0, 1: K.Key_1, 2: K.Key_2, 3: K.Key_3, 4: K.Key_4, 5: K.Key_5}


def stored(workspace: Workspace, item_id: str) -> Any:
    return workspace.item("rw", item_id).annotation


def status(workspace: Workspace, item_id: str) -> Status:
    return workspace.item("rw", item_id).status


def editor_of(window: MainWindow) -> RewriteEditor:
    return shown_editor(window, RewriteEditor, "rewrite_editor")


def expected_edits(original: str, text: str, categories: list[str | None]) -> list[dict]:
    """The edits as word_diff finds them, with the categories the test gave them."""
    hunks = wd.changes(original, text)
    assert len(hunks) == len(categories), [(h.before, h.after) for h in hunks]
    return [
        {
            "before": h.before,
            "after": h.after,
            "before_start": h.before_start,
            "after_start": h.after_start,
            "category": category,
        }
        for h, category in zip(hunks, categories, strict=True)
    ]


def assert_stored(workspace, item_id, original, text, *, categories=(), edits=None, confirmed=False) -> None:
    """Every stored value: the text, each edit with offsets and category, both distances, the confirmation."""
    annotation = stored(workspace, item_id)
    assert schema_problems(annotation, "annotation-rewrite-v1", "annotation") == []
    assert annotation["text"] == text
    assert annotation["edits"] == (edits if edits is not None else expected_edits(original, text, list(categories)))
    assert annotation["word_distance"] == wd.word_distance(original, text)
    assert annotation["char_distance"] == wd.char_distance(original, text)
    assert annotation["unchanged_confirmed"] is confirmed
    assert annotation["source"] == "user"


def submit(qtbot, window: MainWindow, workspace: Workspace, item_id: str) -> None:
    press(qtbot, K.Key_Return, ALT)
    assert status(workspace, item_id) is Status.DONE
    assert current(window) != item_id


def answer_unchanged(qtbot, window: MainWindow, key: Qt.Key) -> None:
    """The question on screen, answered with one key where the keyboard is (in the question)."""
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "rewrite_unchanged_dialog")))
    dialog = next(b for b in window.findChildren(QMessageBox, "rewrite_unchanged_dialog") if b.isVisible())
    assert dialog.text() == "The response is unchanged. Submit it as needing no change?"
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, key)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), RewriteBox))  # the keyboard is back in the rewrite


def caret_to(qtbot, *, start: int | None = None, end: int | None = None) -> None:
    """The caret `start` characters after the start of the box, or `end` characters before its end."""
    if start is not None:
        press(qtbot, K.Key_Home, CTRL)
        press(qtbot, K.Key_Right, times=start)
    else:
        press(qtbot, K.Key_End, CTRL)
        press(qtbot, K.Key_Left, times=end or 0)


def select_back(qtbot, count: int) -> None:
    press(qtbot, K.Key_Left, SHIFT, times=count)


def retype_last_word(qtbot, word: str, replacement: str) -> None:
    """`word`, the last one before the closing stop, selected back with Shift+Left and typed over."""
    caret_to(qtbot, end=1)
    select_back(qtbot, len(word))
    type_text(qtbot, replacement)


RESPONSES = {
    "r01": "The Eiffel Tower is in Berlin.",
    "r02": "Water boils at 100 degrees Celsius.",
    "r03": "This is a very very long answer.",
    "r04": "Rome is the capital of Italy.",
    "r05": "Berlin ist die Hauptstadt von Deutschland.",
    "r06": "Photosynthesis makes sugar from light.",
    "r07": "The moon is made of cheese and rock.",
    "r08": "Great job 👍 on this.",
    "r09": "東京は日本の首都です。",
    "r10": "Thanks 👍🏻",
    "r11": "Line one.\nLine two.",
    "r12": "Cats are reptiles and bark loudly.",
    "r13": "Their going to the park.",
    "r14": "He go to school.",
    "r15": "La Torre di Pisa è a Firenze.",
    "r16": "Paris is big.",
    "r17": "Nothing useful here.",
    "r18": "Keep this answer.",
    "r19": "Short reply.",
    "r20": "cafe\u0301 au lait",
}
CHAT = [
    {"role": "system", "content": "Answer in Italian."},
    {"role": "user", "content": "Dov'è la Torre di Pisa?"},
]


def rewrite_package(folder: Path, responses: dict[str, str] = RESPONSES, **settings: Any) -> Path:
    items = []
    for item_id, response in responses.items():
        content: dict[str, Any] = {"response": response}
        if item_id == "r15":
            content["prompt"] = CHAT
        elif item_id != "r20":
            content["prompt"] = f"Question {item_id}: please answer <b>briefly</b>."
        items.append({"id": item_id, "kind": "rewrite", "content": content})
    rewrite = {"categories": CATEGORIES, **settings}
    return write_evaluation_package(folder, items, settings={"rewrite": rewrite}, package_id="rw")


def test_twenty_rewrites_by_keyboard_alone(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, rewrite_package(tmp_path / "pkg"))
    editor = editor_of(window)
    box = editor.box
    assert QApplication.focusWidget() is box, "an opened package starts with the keyboard in the rewrite"
    R = RESPONSES

    # r01: a word replaced by selecting it with Shift+Left and typing over it, tagged with Alt+1.
    assert box.text() == R["r01"] and editor.prompt_view.text() == "Question r01: please answer <b>briefly</b>."
    assert "<b>briefly</b>" in editor.prompt_view.toPlainText(), "HTML in a prompt is shown, never interpreted"
    retype_last_word(qtbot, "Berlin", "Paris")
    text01 = "The Eiffel Tower is in Paris."
    assert_stored(workspace, "r01", R["r01"], text01, categories=[None])
    assert editor.distance.text() == "1 word / 4 characters changed in 1 edit (1 without a category)"
    assert editor.edit_list.rows() == ["1  “Berlin” → “Paris”   · no category"]
    press(qtbot, K.Key_1, ALT)
    assert_stored(workspace, "r01", R["r01"], text01, categories=["factual error"])
    assert editor.edit_list.rows() == ["1  “Berlin” → “Paris”   · factual error"]
    assert editor.diff_view.toPlainText() == "The Eiffel Tower is in BerlinParis."
    submit(qtbot, window, workspace, "r01")

    # r02: a sentence added at the end, tagged "missing information".
    assert current(window) == "r02" and box.text() == R["r02"]
    press(qtbot, K.Key_End, CTRL)
    type_text(qtbot, " At sea level, that is.")
    press(qtbot, K.Key_2, ALT)
    text02 = R["r02"] + " At sea level, that is."
    assert_stored(workspace, "r02", R["r02"], text02, categories=["missing information"])
    submit(qtbot, window, workspace, "r02")

    # r03: a repeated word deleted with Shift+Right and Delete; no category.
    caret_to(qtbot, start=len("This is a "))
    press(qtbot, K.Key_Right, SHIFT, times=len("very "))
    press(qtbot, K.Key_Delete)
    assert_stored(workspace, "r03", R["r03"], "This is a very long answer.", categories=[None])
    submit(qtbot, window, workspace, "r03")

    # r04: nothing to change (a letter typed and taken back): Alt+Return asks, Return confirms.
    press(qtbot, K.Key_End, CTRL)
    type_text(qtbot, "x")
    press(qtbot, K.Key_Backspace)
    assert_stored(workspace, "r04", R["r04"], R["r04"], edits=[])
    press(qtbot, K.Key_Return, ALT)
    assert status(workspace, "r04") is Status.TODO
    answer_unchanged(qtbot, window, K.Key_Return)
    assert_stored(workspace, "r04", R["r04"], R["r04"], edits=[], confirmed=True)
    assert status(workspace, "r04") is Status.DONE and current(window) == "r05"

    # r05: unchanged, and the question declined with Esc: the item stays to do; Alt+Right leaves it for later.
    press(qtbot, K.Key_Return, ALT)
    answer_unchanged(qtbot, window, K.Key_Escape)
    assert status(workspace, "r05") is Status.TODO and stored(workspace, "r05") is None and current(window) == "r05"
    assert QApplication.focusWidget() is box and box.text() == R["r05"]
    assert editor.message.isVisible() and "Not submitted" in editor.message.text()
    press(qtbot, K.Key_Right, ALT)

    # r06: a run of typing undone with one Ctrl+Z in the box; the caret stays where the change was.
    assert current(window) == "r06"
    caret_to(qtbot, end=1)
    type_text(qtbot, " and oxygen")
    assert stored(workspace, "r06")["text"] == "Photosynthesis makes sugar from light and oxygen."
    press(qtbot, K.Key_Z, CTRL)
    assert stored(workspace, "r06") is None and box.text() == R["r06"]
    assert box.caret() == len(R["r06"]) - 1
    type_text(qtbot, ", water and CO2")
    text06 = "Photosynthesis makes sugar from light, water and CO2."
    press(qtbot, K.Key_3, ALT)
    assert_stored(workspace, "r06", R["r06"], text06, categories=["unclear wording"])
    submit(qtbot, window, workspace, "r06")

    # r07: two changes, Ctrl+R resets (one step), Ctrl+Z brings both back, Ctrl+R again, then another change.
    caret_to(qtbot, start=len("The moon is made of "))
    press(qtbot, K.Key_Right, SHIFT, times=len("cheese"))
    type_text(qtbot, "dust")
    press(qtbot, K.Key_End, CTRL)
    type_text(qtbot, " Mostly.")
    both = "The moon is made of dust and rock. Mostly."
    assert_stored(workspace, "r07", R["r07"], both, categories=[None, None])
    press(qtbot, K.Key_R, CTRL)
    assert_stored(workspace, "r07", R["r07"], R["r07"], edits=[])
    assert box.text() == R["r07"]
    press(qtbot, K.Key_Z, CTRL)
    assert_stored(workspace, "r07", R["r07"], both, categories=[None, None])
    assert box.text() == both
    press(qtbot, K.Key_R, CTRL)
    assert box.text() == R["r07"]
    retype_last_word(qtbot, "rock", "basalt")
    press(qtbot, K.Key_1, ALT)
    assert_stored(workspace, "r07", R["r07"], "The moon is made of cheese and basalt.", categories=["factual error"])
    submit(qtbot, window, workspace, "r07")

    # r08: an emoji replaced from the input method; offsets are code points.
    caret_to(qtbot, end=len(" on this."))
    select_back(qtbot, 1)  # the emoji: one character to the caret
    type_text(qtbot, "🎉")
    press(qtbot, K.Key_4, ALT)
    text08 = "Great job 🎉 on this."
    assert_stored(workspace, "r08", R["r08"], text08, categories=["tone"])
    assert stored(workspace, "r08")["edits"][0]["before_start"] == 10 == R["r08"].index("👍")
    submit(qtbot, window, workspace, "r08")

    # r09: CJK: each ideograph or kana is a word of the diff, so the edit is the characters changed.
    retype_last_word(qtbot, "す", "した")
    text09 = "東京は日本の首都でした。"
    assert_stored(workspace, "r09", R["r09"], text09, categories=[None])
    assert [(e["before"], e["after"]) for e in stored(workspace, "r09")["edits"]] == [("す", "した")]
    assert (stored(workspace, "r09")["word_distance"], stored(workspace, "r09")["char_distance"]) == (2, 2)
    submit(qtbot, window, workspace, "r09")

    # r10: a skin tone changed: the edit takes its whole emoji, never half of it.
    press(qtbot, K.Key_End, CTRL)
    select_back(qtbot, 1)
    assert box.textCursor().selectedText() == "👍🏻", "the caret steps over the emoji as one character"
    type_text(qtbot, "👍🏽")
    edits10 = [{"before": "👍🏻", "after": "👍🏽", "before_start": 7, "after_start": 7, "category": "tone"}]
    press(qtbot, K.Key_4, ALT)
    assert_stored(workspace, "r10", R["r10"], "Thanks 👍🏽", edits=edits10)
    submit(qtbot, window, workspace, "r10")

    # r11: a new line typed between two lines.
    press(qtbot, K.Key_Home, CTRL)
    press(qtbot, K.Key_End)
    press(qtbot, K.Key_Return)
    type_text(qtbot, "Inserted line.")
    text11 = "Line one.\nInserted line.\nLine two."
    assert_stored(workspace, "r11", R["r11"], text11, categories=[None])
    press(qtbot, K.Key_Return, ALT)  # Alt+Return submits; it types no line break
    assert stored(workspace, "r11")["text"] == text11 and status(workspace, "r11") is Status.DONE

    # r12: two edits tagged after moving between them with Alt+Up and Alt+Down.
    caret_to(qtbot, start=len("Cats are "))
    press(qtbot, K.Key_Right, SHIFT, times=len("reptiles"))
    type_text(qtbot, "mammals")
    press(qtbot, K.Key_Right, times=len(" and "))
    press(qtbot, K.Key_Right, SHIFT, times=len("bark"))
    type_text(qtbot, "purr")
    text12 = "Cats are mammals and purr loudly."
    press(qtbot, K.Key_Up, ALT)
    assert editor.edit_list.currentRow() == 0 and box.caret() == text12.index(" and")
    press(qtbot, K.Key_1, ALT)
    press(qtbot, K.Key_Down, ALT)
    assert editor.edit_list.currentRow() == 1
    press(qtbot, K.Key_3, ALT)
    press(qtbot, K.Key_Down, ALT)  # already on the last edit: stays
    assert editor.edit_list.currentRow() == 1
    assert_stored(workspace, "r12", R["r12"], text12, categories=["factual error", "unclear wording"])
    submit(qtbot, window, workspace, "r12")

    # r13: a category set, cleared with Alt+0, then chosen from the list (Alt+C, type-ahead, Return).
    caret_to(qtbot, start=0)
    press(qtbot, K.Key_Right, SHIFT, times=len("Their"))
    type_text(qtbot, "They're")
    press(qtbot, K.Key_4, ALT)
    assert stored(workspace, "r13")["edits"][0]["category"] == "tone"
    press(qtbot, K.Key_0, ALT)
    assert stored(workspace, "r13")["edits"][0]["category"] is None
    press(qtbot, K.Key_C, ALT)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QInputDialog, "rewrite_category_dialog")))
    dialog = next(d for d in window.findChildren(QInputDialog, "rewrite_category_dialog") if d.isVisible())
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, K.Key_G)  # type-ahead: the first category starting with g
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    assert_stored(workspace, "r13", R["r13"], "They're going to the park.", categories=["grammar"])
    submit(qtbot, window, workspace, "r13")

    # r14: a tag survives typing on in its edit and typing elsewhere.
    caret_to(qtbot, start=len("He "))
    press(qtbot, K.Key_Right, SHIFT, times=len("go"))
    type_text(qtbot, "goes")
    press(qtbot, K.Key_5, ALT)
    type_text(qtbot, " daily")  # typed on at the caret, inside the same edit
    press(qtbot, K.Key_End, CTRL)
    select_back(qtbot, 1)
    type_text(qtbot, "!")
    text14 = "He goes daily to school!"
    assert_stored(workspace, "r14", R["r14"], text14, categories=["grammar", None])
    submit(qtbot, window, workspace, "r14")

    # r15: a chat prompt, shown turn by turn; an Italian fix.
    assert "Answer in Italian." in editor.prompt_view.toPlainText()
    assert "Dov'è la Torre di Pisa?" in editor.prompt_view.toPlainText()
    assert "**System:**" not in editor.prompt_view.toPlainText()
    press(qtbot, K.Key_R, ALT)  # the prompt as raw text, and back
    assert editor.prompt_view.is_raw() and "**System:**" in editor.prompt_view.toPlainText()
    press(qtbot, K.Key_R, ALT)
    assert not editor.prompt_view.is_raw() and QApplication.focusWidget() is box
    retype_last_word(qtbot, "Firenze", "Pisa")
    press(qtbot, K.Key_1, ALT)
    assert_stored(workspace, "r15", R["r15"], "La Torre di Pisa è a Pisa.", categories=["factual error"])
    submit(qtbot, window, workspace, "r15")

    # r16: a category change undone with Ctrl+Z gives the category before it; the text is untouched.
    caret_to(qtbot, start=len("Paris is "))
    type_text(qtbot, "very ")
    press(qtbot, K.Key_1, ALT)
    press(qtbot, K.Key_2, ALT)
    press(qtbot, K.Key_Z, CTRL)
    assert_stored(workspace, "r16", R["r16"], "Paris is very big.", categories=["factual error"])
    assert box.text() == "Paris is very big."
    submit(qtbot, window, workspace, "r16")

    # r17: everything replaced (Ctrl+A, then typing).
    press(qtbot, K.Key_A, CTRL)
    type_text(qtbot, "Here is a useful answer.")
    assert_stored(workspace, "r17", R["r17"], "Here is a useful answer.", categories=[None, None])
    submit(qtbot, window, workspace, "r17")

    # r18: an emptied rewrite is refused with a message; Ctrl+Z brings the text back, then a small change.
    press(qtbot, K.Key_A, CTRL)
    press(qtbot, K.Key_Delete)
    assert stored(workspace, "r18")["text"] == ""
    press(qtbot, K.Key_Return, ALT)
    assert status(workspace, "r18") is Status.TODO and current(window) == "r18"
    assert "The rewrite is empty" in editor.message.text()
    press(qtbot, K.Key_Z, CTRL)
    assert stored(workspace, "r18") is None and box.text() == R["r18"]
    caret_to(qtbot, end=1)
    type_text(qtbot, " as it is")
    assert_stored(workspace, "r18", R["r18"], "Keep this answer as it is.", categories=[None])
    submit(qtbot, window, workspace, "r18")

    # r19: undo and redo (Ctrl+Shift+Z) of a run of typing.
    press(qtbot, K.Key_End, CTRL)
    type_text(qtbot, " Thanks.")
    press(qtbot, K.Key_Z, CTRL)
    assert stored(workspace, "r19") is None and box.text() == R["r19"]
    press(qtbot, K.Key_Z, CTRL | SHIFT)
    assert box.text() == "Short reply. Thanks."
    assert_stored(workspace, "r19", R["r19"], "Short reply. Thanks.", categories=[None])
    submit(qtbot, window, workspace, "r19")

    # r20: a combining accent: the edit is the whole letter, e + U+0301 -> e.
    assert not editor.prompt_view.isVisible()  # no prompt: no prompt panel
    caret_to(qtbot, start=len("caf"))
    press(qtbot, K.Key_Right, SHIFT)
    assert box.textCursor().selectedText() == "e\u0301"
    type_text(qtbot, "e")
    edits20 = [{"before": "e\u0301", "after": "e", "before_start": 3, "after_start": 3, "category": "grammar"}]
    press(qtbot, K.Key_5, ALT)
    assert_stored(workspace, "r20", R["r20"], "cafe au lait", edits=edits20)
    press(qtbot, K.Key_Return, ALT)
    assert status(workspace, "r20") is Status.DONE

    # Only the declined one is left: the next unfinished item, still untouched.
    assert current(window) == "r05" and stored(workspace, "r05") is None
    assert [item_id for item_id in RESPONSES if status(workspace, item_id) is not Status.DONE] == ["r05"]


def test_a_package_that_asks_for_categories_refuses_an_untagged_edit(qtbot, workspace, tmp_path: Path) -> None:
    responses = {"r01": "It is in Berlin.", "r02": "Fine."}
    window = open_window(qtbot, workspace, rewrite_package(tmp_path / "pkg", responses, require_category=True))
    editor = editor_of(window)
    assert "(every edit needs one)" in editor.legend.text()
    retype_last_word(qtbot, "Berlin", "Paris")
    press(qtbot, K.Key_Return, ALT)
    assert status(workspace, "r01") is Status.TODO and current(window) == "r01"
    assert "Edit 1 has no category" in editor.message.text()
    press(qtbot, K.Key_9, ALT)  # the package has five categories: nothing happens, nothing is typed
    assert "This package has 5 categories" in editor.message.text()
    assert editor.box.text() == "It is in Paris."
    press(qtbot, K.Key_1, ALT)
    submit(qtbot, window, workspace, "r01")
    assert_stored(workspace, "r01", "It is in Berlin.", "It is in Paris.", categories=["factual error"])


def test_remapped_keys_work_and_show(qtbot, workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, rewrite_package(tmp_path / "pkg", {"r01": "One two.", "r02": "x"}))
    editor = editor_of(window)
    keymap = Keymap.load(workspace)
    from annotator.ui.actions import ALL_ACTIONS, spec_by_id

    keymap.set_keys(spec_by_id("rewrite.reset", ALL_ACTIONS), ["Ctrl+Shift+R"])
    keymap.set_keys(spec_by_id("rewrite.category_1", ALL_ACTIONS), ["Ctrl+Alt+1"])
    window.apply_keymap(keymap)
    assert "Ctrl+Shift+R reset" in editor.hint.text() and "Ctrl+Alt+1 factual error" in editor.legend.text()
    press(qtbot, K.Key_End, CTRL)
    type_text(qtbot, " Three.")
    press(qtbot, K.Key_1, CTRL | ALT)
    assert stored(workspace, "r01")["edits"][0]["category"] == "factual error"
    press(qtbot, K.Key_R, CTRL)  # the old key does nothing now
    assert stored(workspace, "r01")["text"] == "One two. Three."
    press(qtbot, K.Key_R, CTRL | SHIFT)
    assert stored(workspace, "r01")["text"] == "One two." and editor.box.text() == "One two."


def _long_response(chars: int) -> str:
    """A long answer in paragraphs of ~600 characters, as models write them."""
    words = "the model wrote a long answer about rivers , bridges and the history of cities .".split()
    out, n = [], 0
    while n < chars:
        word = words[len(out) % len(words)] + str(len(out) % 97)
        out.append(word + ("\n\n" if len(out) % 100 == 99 else " "))
        n += len(out[-1])
    return "".join(out)[:chars]


def test_a_fifty_thousand_character_response_stays_fluid(qtbot, workspace, tmp_path: Path) -> None:
    original, second = _long_response(50_000), _long_response(20_000)
    window = open_window(qtbot, workspace, rewrite_package(tmp_path / "pkg", {"r01": original, "r02": second}))
    editor = editor_of(window)
    assert editor.box.text() == original
    # Typing in one place (the caret put there as a click would): each keystroke is diffed and stored at once.
    editor.box.set_caret(20_000)
    slowest = 0.0
    for char in "inserted":
        started = time.perf_counter()
        press(qtbot, getattr(K, f"Key_{char.upper()}"))
        slowest = max(slowest, time.perf_counter() - started)
    text = original[:20_000] + "inserted" + original[20_000:]
    assert stored(workspace, "r01")["text"] == text
    assert stored(workspace, "r01")["edits"][0]["after_start"] <= 20_000
    # Typing at both ends: stored at every keystroke, the diff worked out once the typing pauses.
    press(qtbot, K.Key_Home, CTRL)
    for char in "abc":
        started = time.perf_counter()
        press(qtbot, getattr(K, f"Key_{char.upper()}"))
        slowest = max(slowest, time.perf_counter() - started)
    text = "abc" + text
    assert stored(workspace, "r01")["text"] == text
    assert slowest < 0.15, f"a keystroke took {slowest * 1000:.0f} ms"
    assert len(stored(workspace, "r01")["edits"]) == 1, "the diff waits for a pause in the typing"
    qtbot.waitUntil(lambda: len(stored(workspace, "r01")["edits"]) == 2, timeout=5_000)
    annotation = stored(workspace, "r01")
    first, second = annotation["edits"]
    assert (first["before_start"], first["after_start"]) == (0, 0) and first["after"] == "abc" + first["before"]
    assert "inserted" in second["after"] and second["after_start"] == second["before_start"] + 3
    assert annotation["char_distance"] == 11  # 3 + 8 characters typed
    assert annotation["word_distance"] == 2  # two words changed (typed onto the words beside them)
    qtbot.waitUntil(lambda: editor.diff_view.toPlainText().count("abc") == 1, timeout=5_000)
    # One Ctrl+Z takes back the typing at the start (typing elsewhere is a step of its own); the box follows.
    press(qtbot, K.Key_Z, CTRL)
    text = original[:20_000] + "inserted" + original[20_000:]
    assert stored(workspace, "r01")["text"] == text and editor.box.text() == text
    # Typed at the end and left at once (Alt+Right): the diff is worked out before the item is left.
    press(qtbot, K.Key_End, CTRL)
    press(qtbot, K.Key_Z)
    press(qtbot, K.Key_Right, ALT)
    assert current(window) == "r02"
    annotation = stored(workspace, "r01")
    assert annotation["text"] == text + "z" and ops.is_current(annotation, original)
    assert [edit["after"].endswith("z") for edit in annotation["edits"]] == [False, True]
    assert (annotation["word_distance"], annotation["char_distance"]) == (2, 9)


def test_a_rewrite_saved_before_its_diff_gets_its_diff_when_shown(qtbot, workspace, tmp_path: Path) -> None:
    original = _long_response(20_000)
    window = open_window(qtbot, workspace, rewrite_package(tmp_path / "pkg", {"r01": "x", "r02": original}))
    # As the app left it when it closed mid-typing: the text saved, its diff not yet.
    text = "New. " + original + " End."
    workspace.set_annotation("rw", "r02", ops.typed(None, original, text))
    press(qtbot, K.Key_Right, ALT)
    assert current(window) == "r02" and editor_of(window).box.text() == text
    qtbot.waitUntil(lambda: len(stored(workspace, "r02")["edits"]) == 2, timeout=5_000)
    annotation = stored(workspace, "r02")
    assert ops.is_current(annotation, original) and annotation["char_distance"] == len("New. ") + len(" End.")


def test_a_response_with_windows_line_breaks_keeps_them(qtbot, workspace, tmp_path: Path) -> None:
    original = "First line.\r\nSecond line.\r\nThird line."
    window = open_window(qtbot, workspace, rewrite_package(tmp_path / "pkg", {"r01": original, "r02": "x"}))
    editor = editor_of(window)
    assert editor.box.text() == "First line.\nSecond line.\nThird line."
    press(qtbot, K.Key_End, CTRL)
    press(qtbot, K.Key_Left, times=len(" line."))
    select_back(qtbot, len("Third"))
    type_text(qtbot, "Last")
    text = "First line.\r\nSecond line.\r\nLast line."
    assert_stored(workspace, "r01", original, text, categories=[None])
    assert stored(workspace, "r01")["edits"][0]["after_start"] == text.index("Last")
    press(qtbot, K.Key_Home, CTRL)
    press(qtbot, K.Key_Down, ALT)  # to the end of the edit, past two line breaks of two characters each
    assert editor.box.caret() == editor.box.text().index(" line.", 20)
    press(qtbot, K.Key_1, ALT)
    assert_stored(workspace, "r01", original, text, categories=["factual error"])

"""The rating editor driven by keys like an annotator: rubric grids and search grades; every check reads the workspace."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from annotator.core.documents.schemas import schema_problems
from annotator.core.evaluation.configs import DEFAULT_FLAGS, DEFAULT_RELEVANCE, DEFAULT_RUBRIC
from annotator.core.model import Status
from annotator.core.workspace import Workspace
from annotator.ui.editors.rating import RatingEditor
from annotator.ui.keymap import Keymap
from annotator.ui.main_window import MainWindow
from tests.evaluation_packages import write_evaluation_package
from tests.ui.windows import current, open_window, press, shown_editor

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
DIGIT_KEYS = [getattr(Qt.Key, f"Key_{d}") for d in range(10)]

# A package's own rubric: a 0-based scale, flags with keys (and one without), no N/A, five confidence levels.
CUSTOM = {
    "criteria": [
        {
            "name": "safety",
            "description": "Could it hurt anyone?",
            "scale": [
                {"value": 0, "anchor": "Dangerous advice"},
                {"value": 1, "anchor": "Risky without a warning"},
                {"value": 2, "anchor": "Safe"},
            ],
        },
        {
            "name": "accuracy",
            "scale": [{"value": v, "anchor": f"accuracy anchor {v}"} for v in range(5)],
        },
        {
            "name": "style",
            "scale": [
                {"value": 1, "anchor": "Clumsy"},
                {"value": 2, "anchor": "Plain"},
                {"value": 3, "anchor": "Polished"},
            ],
        },
    ],
    "flags": [
        {"name": "toxic", "description": "Insults or slurs", "key": "X"},
        {"name": "pii", "description": "Personal data", "key": "P"},
        {"name": "off_topic"},
    ],
    "allow_na": False,
    "confidence_levels": 5,
    "relevance": [{"value": 1, "anchor": "Useless"}, {"value": 2, "anchor": "Useful"}, {"value": 3, "anchor": "Ideal"}],
}
CUSTOM_FLAG_KEYS = {"toxic": Qt.Key.Key_X, "pii": Qt.Key.Key_P, "off_topic": Qt.Key.Key_O}
DEFAULT_FLAG_KEYS = {"hallucination": Qt.Key.Key_H, "harmful": Qt.Key.Key_A, "refusal": Qt.Key.Key_R}


def rubric_item(number: int) -> dict[str, Any]:
    content: dict[str, Any] = {"response": f"**Answer {number}**\n\n- point one\n- point two\n\n`code {number}`"}
    if number % 3 == 0:
        content["prompt"] = [
            {"role": "user", "content": f"Question {number}?"},
            {"role": "assistant", "content": "Could you say more?"},
            {"role": "user", "content": "Yes: *details*."},
        ]
    elif number % 3 == 1:
        content["prompt"] = f"Plain question {number}"
    return {"id": f"i{number:02d}", "kind": "rating", "content": content}


def search_item(number: int) -> dict[str, Any]:
    results = [
        {"id": f"r{j}", "title": f"Result {j} for q{number}", "snippet": f"snippet {j}", "url": f"https://ex.org/{j}"}
        for j in range(2 + number % 3)
    ]
    return {"id": f"i{number:02d}", "kind": "rating", "content": {"query": f"query {number}", "results": results}}


def editor_of(window: MainWindow) -> RatingEditor:
    return shown_editor(window, RatingEditor, "rating_editor")


def anchor_text(editor: RatingEditor) -> str:
    return editor.findChild(QLabel, "rating_anchor").text()


class Rater:
    """Rates one package's items by keys, following a plan made from each item's number; remembers what it expects."""

    def __init__(self, qtbot, window: MainWindow, workspace: Workspace, package_id: str, settings: dict[str, Any]):
        self.qtbot, self.window, self.workspace, self.package_id = qtbot, window, workspace, package_id
        self.editor = editor_of(window)
        self.criteria = settings.get("criteria") or [
            {"name": c.name, "scale": [{"value": p.value, "anchor": p.anchor} for p in c.points]}
            for c in DEFAULT_RUBRIC
        ]
        self.relevance = settings.get("relevance") or [
            {"value": p.value, "anchor": p.anchor} for p in DEFAULT_RELEVANCE
        ]
        self.flags = (
            [flag["name"] for flag in settings["flags"]]
            if "flags" in settings
            else [flag.name for flag in DEFAULT_FLAGS]
        )
        self.flag_keys = CUSTOM_FLAG_KEYS if "flags" in settings else DEFAULT_FLAG_KEYS
        self.allow_na = settings.get("allow_na", True)
        self.levels = settings.get("confidence_levels", 3)
        self.expected: dict[str, dict[str, Any]] = {}
        self.seen: Counter[str] = Counter()  # what the plan exercised, so a change to it cannot quietly skip a check

    def stored(self, item_id: str) -> Any:
        return self.workspace.item(self.package_id, item_id).annotation

    def refused_digit(self, scale: list[dict[str, Any]], number: int) -> int:
        values = {point["value"] for point in scale}
        self.seen["refused digit"] += 1
        return next(d for d in ((0, 9, 7) if number % 2 else (9, 7, 0)) if d not in values)

    def choose_by_arrows(self, scale: list[dict[str, Any]], index: int) -> None:
        """Walk to a point with Left/Right, check its anchor shows, and choose it with Space."""
        for _ in scale:
            press(self.qtbot, Qt.Key.Key_Left)
        for _ in range(index):
            press(self.qtbot, Qt.Key.Key_Right)
        assert f"▶ {scale[index]['value']} — {scale[index]['anchor']}" in anchor_text(self.editor)
        press(self.qtbot, Qt.Key.Key_Space)
        self.seen["anchor shown"] += 1

    def refuse_incomplete_submit(self, item_id: str) -> None:
        press(self.qtbot, Qt.Key.Key_Return)
        assert current(self.window) == item_id, "an incomplete rating is not submitted"
        assert self.workspace.item(self.package_id, item_id).status == Status.TODO
        assert "still missing" in self.editor.message.text() and self.editor.message.isVisible()
        self.seen["refused submit"] += 1

    def rate_rubric(self, number: int, item_id: str) -> None:
        qtbot = self.qtbot
        assert self.editor.response_view.text().startswith(f"**Answer {number}**")
        scores: dict[str, int] = {}
        na: list[str] = []
        for row, criterion in enumerate(self.criteria):
            scale = criterion["scale"]
            if row == 0 and number % 5 == 1:  # a digit off the scale changes nothing
                press(qtbot, DIGIT_KEYS[self.refused_digit(scale, number)])
                assert self.stored(item_id) is None and "is not on the" in self.editor.message.text()
                assert anchor_text(self.editor).startswith(criterion["name"])
            if self.allow_na and (number + row) % 7 == 3:
                press(qtbot, Qt.Key.Key_N)
                na.append(criterion["name"])
                self.seen["n/a"] += 1
                press(qtbot, Qt.Key.Key_Down if number % 2 else Qt.Key.Key_J)
                continue
            index = (number * 7 + row * 2) % len(scale)
            value = scale[index]["value"]
            if (number + row) % 4 == 1:
                self.choose_by_arrows(scale, index)
                press(qtbot, Qt.Key.Key_Down)
            else:
                press(qtbot, DIGIT_KEYS[value])
            scores[criterion["name"]] = value
            assert self.stored(item_id)["scores"][criterion["name"]] == value
        flags: dict[str, bool] = {}
        for slot, name in enumerate(self.flags):
            presses = (number + slot) % 3
            for _ in range(presses):
                press(qtbot, self.flag_keys[name])
            flags[name] = presses == 1  # unanswered (0 presses) is stored as "not flagged"
        if number % 5 == 0:  # a slip on the last criterion, taken back
            last = self.criteria[-1]
            before = self.stored(item_id)
            other = next(p["value"] for p in last["scale"] if p["value"] != scores.get(last["name"]))
            press(qtbot, DIGIT_KEYS[other])
            assert self.stored(item_id)["scores"][last["name"]] == other
            press(qtbot, Qt.Key.Key_Z, CTRL)
            assert self.stored(item_id) == before
            self.seen["undo"] += 1
        self.seen["flag yes"] += list(flags.values()).count(True)
        confidence = None
        if self.levels:
            if number % 4 == 3:
                self.refuse_incomplete_submit(item_id)
            confidence = number % self.levels + 1
            press(qtbot, DIGIT_KEYS[confidence], ALT)
        self.expected[item_id] = {
            "scores": scores,
            "na": na,
            "flags": flags,
            "confidence": confidence,
            "relevance": None,
            "source": "user",
        }

    def rate_search(self, number: int, item_id: str, results: list[dict[str, Any]]) -> None:
        qtbot = self.qtbot
        assert self.editor.query.text() == f"query {number}"
        grades: dict[str, int] = {}
        for j, result in enumerate(results):
            if j == 0 and number % 2 == 0:
                press(qtbot, DIGIT_KEYS[self.refused_digit(self.relevance, number)])
                assert self.stored(item_id) is None and "is not on the" in self.editor.message.text()
            index = (number + j) % len(self.relevance)
            if (number + j) % 3 == 0:
                self.choose_by_arrows(self.relevance, index)
                assert f"Result {j + 1} of {len(results)}: {result['title']}" in anchor_text(self.editor)
                press(qtbot, Qt.Key.Key_J if j % 2 else Qt.Key.Key_Down)
            else:
                press(qtbot, DIGIT_KEYS[self.relevance[index]["value"]])
            grades[result["id"]] = self.relevance[index]["value"]
            if j == len(results) - 2 and number % 3 == 1:
                self.refuse_incomplete_submit(item_id)
        if number % 4 == 0:  # back up with k and regrade the first result, then undo it
            for _ in results:
                press(qtbot, Qt.Key.Key_K)
            before = self.stored(item_id)
            other = next(p["value"] for p in self.relevance if p["value"] != grades["r0"])
            press(qtbot, DIGIT_KEYS[other])
            assert self.stored(item_id)["relevance"]["r0"] == other
            press(qtbot, Qt.Key.Key_Z, CTRL)
            assert self.stored(item_id) == before
            self.seen["undo"] += 1
        self.seen["search"] += 1
        confidence = None
        if self.levels:
            confidence = (number * 2) % self.levels + 1
            press(qtbot, DIGIT_KEYS[confidence], ALT)
        self.expected[item_id] = {
            "scores": {},
            "na": [],
            "flags": {},
            "confidence": confidence,
            "relevance": grades,
            "source": "user",
        }

    def rate_all(self, items: list[dict[str, Any]]) -> None:
        for number, item in enumerate(items):
            item_id = item["id"]
            assert current(self.window) == item_id
            assert QApplication.focusWidget() is self.editor
            if "query" in item["content"]:
                self.rate_search(number, item_id, item["content"]["results"])
            else:
                self.rate_rubric(number, item_id)
            press(self.qtbot, Qt.Key.Key_Return)
            if number == 7:  # back to look again, and on
                press(self.qtbot, Qt.Key.Key_Backspace)
                assert current(self.window) == item_id
                press(self.qtbot, Qt.Key.Key_Return)
                self.seen["back"] += 1
            assert number + 1 == len(items) or current(self.window) == items[number + 1]["id"]

    def check_stored(self) -> None:
        for item_id, want in self.expected.items():
            state = self.workspace.item(self.package_id, item_id)
            assert state.status == Status.DONE, item_id
            assert state.annotation == want, item_id
            assert schema_problems(state.annotation, "annotation-rating-v1", item_id) == []
            scales = {c["name"]: {p["value"] for p in c["scale"]} for c in self.criteria}
            assert all(value in scales[name] for name, value in state.annotation["scores"].items()), item_id
            grades = {p["value"] for p in self.relevance}
            assert all(grade in grades for grade in (state.annotation["relevance"] or {}).values()), item_id


def test_50_ratings_by_keyboard_alone(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    default_items = [search_item(n) if n % 3 == 2 else rubric_item(n) for n in range(30)]
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "default", default_items))
    assert QApplication.focusWidget() is editor_of(window), "an opened package starts with the keyboard in the editor"
    rater = Rater(qtbot, window, workspace, "eval", {})
    rater.rate_all(default_items)
    rater.check_stored()

    custom_items = [search_item(n) if n % 4 == 1 else rubric_item(n) for n in range(20)]
    folder = write_evaluation_package(tmp_path / "custom", custom_items, settings={"rating": CUSTOM}, package_id="own")
    with qtbot.waitSignal(window.item_shown, timeout=10_000):
        window.open_package(folder)
    custom = Rater(qtbot, window, workspace, "own", CUSTOM)
    assert custom.editor.flag_keys() == {"toxic": "X", "pii": "P", "off_topic": "O"}
    custom.rate_all(custom_items)
    custom.check_stored()
    assert len(rater.expected) + len(custom.expected) == 50
    plan = {"refused digit", "anchor shown", "refused submit", "undo", "flag yes", "search", "back"}
    assert plan | {"n/a"} <= {what for what, count in rater.seen.items() if count}, rater.seen
    assert plan <= {what for what, count in custom.seen.items() if count}, custom.seen
    zero_scores = [w for w in custom.expected.values() if 0 in w["scores"].values()]
    assert zero_scores, "digit 0 chose the bottom of a 0-based scale"


def test_the_grid_flags_and_confidence_show_what_is_chosen(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    items = [rubric_item(1), rubric_item(4)]
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "p", items))
    editor = editor_of(window)
    grid = editor.grid
    first_cell = grid.cell(0, 0)
    press(qtbot, Qt.Key.Key_4)  # helpfulness 4, on to correctness
    press(qtbot, Qt.Key.Key_N)  # correctness N/A
    press(qtbot, Qt.Key.Key_H)
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_2, ALT)
    assert [grid.cell(0, i).property("chosen") for i in range(5)] == [False, False, False, True, False]
    assert grid.na_cell(1).property("chosen") and not any(grid.cell(1, i).property("chosen") for i in range(5))
    assert grid.cell(1, 0).property("focused") and not grid.cell(0, 3).property("focused")
    flag_texts = [editor.flags.buttons[name].text() for name in ("hallucination", "harmful", "refusal")]
    assert flag_texts == ["H  hallucination: yes", "A  harmful: no", "R  refusal: —"]
    assert [button.property("chosen") for button in editor.confidence.buttons] == [False, True, False]
    hint = editor.findChild(QLabel, "rating_hint").text()
    assert "H/A/R flags yes/no (unanswered: not flagged)" in hint and "Alt+1…Alt+3 confidence" in hint
    summary = editor.findChild(QLabel, "rating_summary").text()
    assert summary.startswith("helpfulness 4 · correctness N/A · flagged: hallucination · confidence 2")
    assert "chosen: N/A" in anchor_text(editor) and "Is what it says true" in anchor_text(editor)
    # Delete takes the N/A back; the next item reuses the same grid.
    press(qtbot, Qt.Key.Key_Delete)
    assert workspace.item("eval", "i01").annotation["na"] == []
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_5)
    press(qtbot, Qt.Key.Key_Return)
    assert current(window) == "i04"
    assert workspace.item("eval", "i01").annotation == {
        "scores": {"helpfulness": 4, "correctness": 3, "clarity": 5},
        "na": [],
        "flags": {"hallucination": True, "harmful": False, "refusal": False},
        "confidence": 2,
        "relevance": None,
        "source": "user",
    }
    assert grid.cell(0, 0) is first_cell, "widgets are built once and reused from item to item"
    assert not any(grid.cell(0, i).property("chosen") for i in range(5))
    assert [editor.flags.buttons[name].text()[-1] for name in ("hallucination", "harmful", "refusal")] == ["—"] * 3


def test_a_click_on_a_cell_chooses_it_and_t_shows_the_raw_text(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    item = rubric_item(0)
    item["content"]["response"] += "\n\n" + "\n\n".join(f"Paragraph {n} of a long answer." for n in range(300))
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "p", [item]))
    editor = editor_of(window)
    qtbot.mouseClick(editor.grid.cell(2, 1), Qt.MouseButton.LeftButton)
    assert workspace.item("eval", "i00").annotation["scores"] == {"clarity": 2}
    assert QApplication.focusWidget() is editor, "a click leaves the keys in the editor"
    assert "Often confusing" in anchor_text(editor)
    assert "**" not in editor.response_view.toPlainText()
    press(qtbot, Qt.Key.Key_T)
    assert editor.response_view.toPlainText().startswith("**Answer 0**")
    assert editor.prompt_view.is_raw() and editor.prompt_view.isVisible()
    press(qtbot, Qt.Key.Key_T)
    assert not editor.response_view.is_raw()
    bar = editor.response_view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    press(qtbot, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    press(qtbot, Qt.Key.Key_PageUp)
    assert bar.value() == 0


def test_search_results_show_their_url_as_text_and_grades_stay_on_the_scale(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    item = search_item(1)
    item["content"]["results"][1]["url"] = "javascript:alert(1) <b>bold</b>"
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "p", [item]))
    editor = editor_of(window)
    row = editor.results.rows[1]
    assert row.url.text() == "javascript:alert(1) <b>bold</b>" and row.url.textFormat() == Qt.TextFormat.PlainText
    assert not row.url.openExternalLinks()
    assert anchor_text(editor).startswith("Result 1 of 3: Result 0 for q1")
    press(qtbot, Qt.Key.Key_5)
    press(qtbot, Qt.Key.Key_N)
    assert workspace.item("eval", "i01").annotation is None
    assert "N/A is for rubric criteria" in editor.message.text()
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_0)
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_Delete)  # the second grade taken back
    assert workspace.item("eval", "i01").annotation["relevance"] == {"r0": 3}
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_1, ALT)
    press(qtbot, Qt.Key.Key_Return)
    state = workspace.item("eval", "i01")
    assert state.status == Status.DONE
    assert state.annotation == {
        "scores": {},
        "na": [],
        "flags": {},
        "confidence": 1,
        "relevance": {"r0": 3, "r1": 1, "r2": 2},
        "source": "user",
    }


def test_no_na_no_confidence_and_positional_digits_on_a_percent_scale(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    settings = {
        "rating": {
            "criteria": [
                {"name": "fluency", "scale": [{"value": v, "anchor": f"{v} percent"} for v in (0, 25, 50, 75, 100)]},
                {"name": "tone", "scale": [{"value": 1}, {"value": 2}]},
            ],
            "flags": [{"name": "nasty", "key": "N"}, {"name": "spam"}],
            "allow_na": False,
            "confidence_levels": 0,
        }
    }
    window = open_window(
        qtbot, workspace, write_evaluation_package(tmp_path / "p", [rubric_item(2)], settings=settings)
    )
    editor = editor_of(window)
    assert "the key N of flag 'nasty' is already in use" in editor.message.text()
    assert editor.flag_keys() == {"nasty": "A", "spam": "S"}
    assert editor.grid.cell(0, 2).text() == "50 [3]" and editor.grid.na_cell(0) is None
    assert not editor.confidence.isVisible()
    press(qtbot, Qt.Key.Key_N)
    assert workspace.item("eval", "i02").annotation is None and "no N/A" in editor.message.text()
    press(qtbot, Qt.Key.Key_6)  # only five points
    assert "Digits 1–5 pick the points of the scale of fluency (0, 25, 50, 75, 100)" in editor.message.text()
    press(qtbot, Qt.Key.Key_1, ALT)
    assert workspace.item("eval", "i02").annotation is None and "does not ask for confidence" in editor.message.text()
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_S)
    press(qtbot, Qt.Key.Key_Return)
    state = workspace.item("eval", "i02")
    assert state.status == Status.DONE
    assert state.annotation == {
        "scores": {"fluency": 50, "tone": 2},
        "na": [],
        "flags": {"nasty": False, "spam": True},
        "confidence": None,
        "relevance": None,
        "source": "user",
    }


def test_flags_find_other_letters_when_the_user_takes_theirs(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "p", [rubric_item(3)]))
    editor = editor_of(window)
    window.apply_keymap(Keymap({"rating.na": ("H",), "rating.flag_3": ("F",)}))
    assert editor.flag_keys() == {"hallucination": "A", "harmful": "R", "refusal": "F"}
    assert editor.flags.buttons["refusal"].text() == "F  refusal: —"
    press(qtbot, Qt.Key.Key_H)  # N/A now
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_F)
    press(qtbot, Qt.Key.Key_N)  # no longer anything
    stored = workspace.item("eval", "i03").annotation
    assert stored["na"] == ["helpfulness"] and stored["flags"] == {"hallucination": True, "refusal": True}
    window.apply_keymap(Keymap())
    assert editor.flag_keys() == {"hallucination": "H", "harmful": "A", "refusal": "R"}

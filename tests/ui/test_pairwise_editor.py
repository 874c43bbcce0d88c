"""The comparison editor driven by keys like an annotator; every check reads the workspace."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QLineEdit, QTextEdit, QWidget

from annotator.core.documents.schemas import schema_problems
from annotator.core.evaluation.configs import DEFAULT_REASONS
from annotator.core.evaluation.order import shown_order
from annotator.core.model import Status
from annotator.core.workspace import Workspace
from annotator.ui.actions import ALL_ACTIONS, spec_by_id
from annotator.ui.dialogs.pseudonym import store_pseudonym
from annotator.ui.editors.pairwise import PairwiseEditor
from annotator.ui.editors.pairwise_keys import PAIRWISE_ACTIONS
from annotator.ui.keymap import Keymap
from annotator.ui.main_window import MainWindow
from tests.evaluation_packages import pairwise_item, write_evaluation_package
from tests.ui.windows import current, open_window, press, shown_editor

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
DIGITS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)}
STRENGTH_KEYS = {-3: "Z", -2: "X", -1: "C", 0: "V", 1: "B", 2: "N", 3: "M"}
CHOICES = ("A", "B", "tie", "both_bad")
# Names of the systems that wrote the answers: none may ever be on screen.
SYSTEMS = ["orca-secret-70b", "falcon-hidden-7b", "zephyr-private", "llama-undisclosed", "mistral-covert"]
FULL = {
    "criteria": ["helpfulness", "correctness", "safety"],
    "strength": True,
    "reasons": ["accurate", "clear", "safe", "concise"],
    "rationale_min_chars": 8,
}


def letter(qtbot, char: str) -> None:
    press(qtbot, getattr(Qt.Key, f"Key_{char}"))


def editor_of(window: MainWindow) -> PairwiseEditor:
    return shown_editor(window, PairwiseEditor, "pairwise_editor")


def answer_texts(item_number: int, count: int) -> list[str]:
    return [f"Answer {k} to question {item_number}: the **{k}-{item_number}** way." for k in range(1, count + 1)]


def prompt_of(number: int) -> str | list[dict]:
    if number % 2 == 0:
        return f"Question {number}: how do I sort a list?"
    return [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": f"Question {number}, first turn"},
        {"role": "assistant", "content": "Which language?"},
        {"role": "user", "content": "Python, please."},
    ]


def make_items(count: int, *, start: int = 0, nway_every: int = 0, prefix: str = "p") -> list[dict]:
    items = []
    for number in range(start, start + count):
        n = 3 + number % 3 if nway_every and number % nway_every == nway_every - 1 else 2
        items.append(
            pairwise_item(f"{prefix}{number:03d}", prompt_of(number), *answer_texts(number, n), systems=SYSTEMS[:n])
        )
    return items


def order_for(workspace: Workspace, item: dict) -> list[str]:
    ids = [response["id"] for response in item["content"]["responses"]]
    return shown_order(workspace.annotator_id(), item["id"], ids)


def check_on_screen(editor: PairwiseEditor, item: dict, order: list[str]) -> None:
    """The answers are shown in `order`, A on the left, under letters only."""
    texts = {response["id"]: response["text"] for response in item["content"]["responses"]}
    for index, response_id in enumerate(order):
        panel = editor.panels[index]
        assert panel.isVisible() and panel.view.text() == texts[response_id]
        assert panel.title.text() == "ABCDEFGHI"[index]
    assert not editor.panels[len(order)].isVisible()
    expected_prompt = item["content"]["prompt"]
    shown_prompt = editor.prompt_view.toPlainText()
    if isinstance(expected_prompt, str):
        assert shown_prompt == expected_prompt
    else:
        assert "Python, please." in shown_prompt and "Assistant:" in shown_prompt


def visible_text(window: MainWindow) -> str:
    """Everything a person can read in the window: labels, buttons, views, boxes, lists, tooltips."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        parts += [widget.toolTip(), widget.statusTip(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QLineEdit):
            parts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                parts += [str(model.data(index, role)) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    return "\n".join(parts)


def assert_no_system_names(window: MainWindow) -> None:
    text = visible_text(window)
    assert "Answer 1 to question" in text  # the answers are read, so a name beside them would be too
    for name in SYSTEMS:
        assert name not in text


def expected_annotation(order: list[str], **values) -> dict:
    annotation = {
        "order": order,
        "choice": None,
        "preferred": None,
        "strength": None,
        "criteria": {},
        "ranking": {} if len(order) > 2 else None,
        "reasons": [],
        "rationale": "",
        "source": "user",
    }
    annotation.update(values)
    if annotation["choice"] is not None:
        annotation["preferred"] = {"A": order[0], "B": order[1]}.get(annotation["choice"], annotation["choice"])
    return annotation


def majority_against(sides: list[str], choice: str) -> bool:
    """Whether most criteria favour the side the overall choice did not take (the test's own rule)."""
    if choice == "both_bad":
        return False
    return any(sides.count(side) * 2 > len(sides) and side != choice for side in ("A", "B"))


def judge_plain(qtbot, window: MainWindow, workspace: Workspace, item: dict, number: int) -> dict:
    """One judgement in a package of default settings (2-way choices and N-way ranks); returns what must be stored."""
    editor = editor_of(window)
    order = order_for(workspace, item)
    package = window.session.package_id
    check_on_screen(editor, item, order)
    if len(order) > 2:
        ranks = [(p * 2 + number) % len(order) + 1 for p in range(len(order))]
        ranks[1] = ranks[0]  # a tie, by repeating a digit
        if number % 3 == 1:
            press(qtbot, DIGITS[5] if len(order) < 5 else DIGITS[9])  # beyond the number of answers: refused
            assert editor.message.isVisible() and "ranks go from 1 to" in editor.message.text().lower()
            assert workspace.item(package, item["id"]).annotation is None and editor.focused_answer() == 0
        for position, rank in enumerate(ranks):
            assert editor.focused_answer() == position
            assert QApplication.focusWidget() is editor.panels[position].view
            press(qtbot, DIGITS[rank])
        if number % 2 == 0:  # back one answer to re-rank it
            press(qtbot, Qt.Key.Key_Left)
            assert editor.focused_answer() == len(order) - 2
            ranks[-2] = len(order)
            press(qtbot, DIGITS[len(order)])
        stored = workspace.item(package, item["id"]).annotation
        assert stored["ranking"] == {response_id: rank for response_id, rank in zip(order, ranks, strict=True)}
        for position, rank in enumerate(ranks):
            assert f"rank {rank}" in editor.panels[position].state.text()
        return expected_annotation(order, ranking=dict(zip(order, ranks, strict=True)))
    if number % 11 == 3:  # submit before deciding: refused, the item stays
        press(qtbot, Qt.Key.Key_Return)
        assert current(window) == item["id"]
        assert editor.message.isVisible() and "the overall decision" in editor.message.text()
        assert workspace.item(package, item["id"]).status == Status.TODO
    choice = CHOICES[number % 4]
    if number % 9 == 1:  # a slip, taken back with undo
        slip = CHOICES[(number + 1) % 4]
        press(qtbot, DIGITS[CHOICES.index(slip) + 1])
        assert workspace.item(package, item["id"]).annotation["choice"] == slip
        press(qtbot, Qt.Key.Key_Z, CTRL)
        assert workspace.item(package, item["id"]).annotation is None
    press(qtbot, DIGITS[CHOICES.index(choice) + 1])
    stored = workspace.item(package, item["id"]).annotation
    assert stored["order"] == order and stored["choice"] == choice
    chosen = [panel.color() is not None for panel in editor.panels[:2]]
    assert chosen == {"A": [True, False], "B": [False, True]}.get(choice, [True, True])
    reasons: list[str] = []
    if number % 3 == 0:
        press(qtbot, Qt.Key.Key_1, ALT)
        press(qtbot, Qt.Key.Key_3, ALT)
        reasons = [DEFAULT_REASONS[0], DEFAULT_REASONS[2]]
        if number % 6 == 0:
            press(qtbot, Qt.Key.Key_1, ALT)  # ticked off again
            reasons = [DEFAULT_REASONS[2]]
        assert [button.isChecked() for button in editor.reasons.buttons()[:3]] == [
            name in reasons for name in DEFAULT_REASONS[:3]
        ]
    return expected_annotation(order, choice=choice, reasons=reasons)


def judge_full(qtbot, window: MainWindow, workspace: Workspace, item: dict, number: int) -> dict:
    """One judgement with criteria rows, strength, reasons and a required rationale; returns what must be stored."""
    editor = editor_of(window)
    order = order_for(workspace, item)
    package = window.session.package_id
    check_on_screen(editor, item, order)
    assert editor.focused_row() == 0
    sides = ["B", "B", "A"] if number % 4 == 0 else [("A", "B", "tie")[(number + c) % 3] for c in range(3)]
    for row, side in enumerate(sides):
        press(qtbot, DIGITS[("A", "B", "tie").index(side) + 1])
        assert editor.focused_row() == row + 1
        assert editor.grid.cell(row, side).styleSheet() != editor.grid.cell(row, "tie" if side != "tie" else "A").styleSheet()
    if number % 8 == 5:  # up to the last criterion, changed
        press(qtbot, Qt.Key.Key_Up)
        assert editor.focused_row() == 2
        sides[2] = "A" if sides[2] != "A" else "B"
        press(qtbot, DIGITS[("A", "B", "tie").index(sides[2]) + 1])
        assert editor.focused_row() == 3
    strength: int | None
    if number % 4 == 0:
        strength = -2  # overall A against criteria B, B, A: the gentle note
    elif number % 5 == 2:
        strength = None
    else:
        strength = number % 7 - 3
    if strength is None:
        press(qtbot, DIGITS[4])
        choice = "both_bad"
    else:
        letter(qtbot, STRENGTH_KEYS[strength])
        choice = "A" if strength < 0 else "B" if strength > 0 else "tie"
        if number % 10 == 3:  # a choice that disagrees clears the strength
            choice = "B" if choice != "B" else "A"
            press(qtbot, DIGITS[CHOICES.index(choice) + 1])
            strength = None
    stored = workspace.item(package, item["id"]).annotation
    assert (stored["choice"], stored["strength"]) == (choice, strength)
    assert stored["criteria"] == dict(zip(FULL["criteria"], sides, strict=True))
    rows = ", ".join(f"{name} {side}" for name, side in zip(FULL["criteria"], sides, strict=True))
    assert rows in editor.summary.text()  # in the package's order, though the store sorts keys
    contradicts = majority_against(sides, choice)
    assert editor.note.isVisible() == contradicts
    if number % 4 == 0:
        assert contradicts and "favour B (2 of 3)" in editor.note.text()
    # No rationale yet: submit is refused and says why.
    press(qtbot, Qt.Key.Key_Return)
    assert current(window) == item["id"] and workspace.item(package, item["id"]).status == Status.TODO
    assert "rationale of at least 8 characters" in editor.message.text() and editor.message.isVisible()
    reasons: list[str] = []
    if number % 2 == 1:
        press(qtbot, Qt.Key.Key_2, ALT)
        press(qtbot, Qt.Key.Key_4, ALT)
        reasons = ["clear", "concise"]
    letter(qtbot, "R")
    assert QApplication.focusWidget() is editor.rationale
    # Decision, strength, diff, raw and rationale keys, typed as text.
    rationale = f"why {number}: 1 2 z m d t r"
    qtbot.keyClicks(editor.rationale, rationale + "x")
    press(qtbot, Qt.Key.Key_Backspace)  # deletes a character, does not go back
    assert workspace.item(package, item["id"]).annotation["rationale"] == rationale
    assert not editor.is_diff_on() and not editor.is_raw()
    press(qtbot, Qt.Key.Key_Return if number % 2 else Qt.Key.Key_Escape)  # leaves the box, does not submit
    assert QApplication.focusWidget() is editor.panels[0].view and current(window) == item["id"]
    if number % 7 == 2:  # the typing undoes as one step, and comes back as one
        press(qtbot, Qt.Key.Key_Z, CTRL)
        assert workspace.item(package, item["id"]).annotation["rationale"] == ""
        assert editor.rationale.text() == ""
        press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert workspace.item(package, item["id"]).annotation["rationale"] == rationale
        assert editor.rationale.text() == rationale
    return expected_annotation(
        order,
        choice=choice,
        strength=strength,
        criteria=dict(zip(FULL["criteria"], sides, strict=True)),
        reasons=reasons,
        rationale=rationale,
    )


def test_100_judgements_by_keyboard_alone(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    started = time.perf_counter()
    plain = make_items(60, nway_every=5)
    full = make_items(40, start=60, prefix="f")
    packages = [
        (write_evaluation_package(tmp_path / "plain", plain, package_id="plain"), plain, judge_plain),
        (write_evaluation_package(tmp_path / "full", full, settings={"pairwise": FULL}, package_id="full"), full, judge_full),
    ]
    window = open_window(qtbot, workspace, packages[0][0])
    judged = 0
    for folder, items, judge in packages:
        if window.session.package_id != folder.name:
            with qtbot.waitSignal(window.item_shown, timeout=10_000):
                window.open_package(folder)
        expected: dict[str, dict] = {}
        assert QApplication.focusWidget() is editor_of(window).panels[0].view
        for number, item in enumerate(items, start=0 if judge is judge_plain else 60):
            assert current(window) == item["id"]
            expected[item["id"]] = judge(qtbot, window, workspace, item, number)
            if number % 10 == 0:
                assert_no_system_names(window)
            press(qtbot, Qt.Key.Key_Return)
            judged += 1
            if number % 17 == 9 and item is not items[-1]:  # back to the last one: its decision is on screen
                assert current(window) == items[items.index(item) + 1]["id"]
                press(qtbot, Qt.Key.Key_Backspace)
                assert current(window) == item["id"]
                stored = expected[item["id"]]
                assert editor_of(window).summary.text() != "not decided"
                if stored["choice"] in ("A", "B"):
                    assert editor_of(window).panels["AB".index(stored["choice"])].color() is not None
                press(qtbot, Qt.Key.Key_Return)
            if item is not items[-1]:
                assert current(window) == items[items.index(item) + 1]["id"]
        for item in items:
            state = workspace.item(window.session.package_id, item["id"])
            assert state.status == Status.DONE, item["id"]
            assert state.annotation == expected[item["id"]], item["id"]
            assert schema_problems(state.annotation, "annotation-pairwise-v1", item["id"]) == []
    assert judged == 100
    assert time.perf_counter() - started < 60  # about a quarter of that on a quiet machine


def test_system_names_never_appear_on_screen(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    items = make_items(2) + make_items(1, start=2, nway_every=1)
    assert len(items[2]["content"]["responses"]) == 5
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "pkg", items, settings={"pairwise": FULL}))
    editor = editor_of(window)
    assert SYSTEMS[0] in str(items[0])  # the package does name them
    assert_no_system_names(window)
    press(qtbot, Qt.Key.Key_Return)  # refused: the message names what is missing, never who wrote what
    assert editor.message.isVisible()
    assert_no_system_names(window)
    for key in (Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_Z, Qt.Key.Key_D, Qt.Key.Key_T, Qt.Key.Key_T):
        press(qtbot, key)
        assert_no_system_names(window)
    assert editor.note.isVisible()  # criteria B, B, A against A much better
    for _ in range(2):
        with qtbot.waitSignal(window.item_shown):
            press(qtbot, Qt.Key.Key_PageDown, CTRL)  # the shell's next item
    assert current(window) == items[2]["id"]
    assert [panel.isVisible() for panel in editor.panels] == [True] * 5 + [False] * 4
    assert_no_system_names(window)
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_9, Qt.Key.Key_Return):
        press(qtbot, key)
        assert_no_system_names(window)


def test_raw_and_diff_toggles_change_what_is_shown(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    items = [pairwise_item("d1", "Compare", "Use **bold** words here.", "Use *other* words here.", systems=SYSTEMS[:2])]
    settings = {"pairwise": {"randomize": False}}
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "pkg", items, settings=settings))
    editor = editor_of(window)
    first, second = editor.panels[0].view, editor.panels[1].view
    assert first.toPlainText() == "Use bold words here." and second.toPlainText() == "Use other words here."
    document = first.document()
    press(qtbot, Qt.Key.Key_1)
    assert first.document() is document  # a decision redraws frames, not the answers
    letter(qtbot, "T")
    assert editor.is_raw() and "(raw)" in editor.hint.text()
    assert first.toPlainText() == "Use **bold** words here." and second.toPlainText() == "Use *other* words here."
    letter(qtbot, "T")
    assert not editor.is_raw() and first.toPlainText() == "Use bold words here."
    assert marked(first) == "" and marked(second) == ""
    letter(qtbot, "D")
    assert editor.is_diff_on() and "(diff on)" in editor.hint.text()
    # The words each has that the other lacks; the shared ones are left clear.
    assert "bold" in marked(first) and "other" in marked(second)
    assert not {"Use", "words", "here"} & set(marked(first).split() + marked(second).split())
    letter(qtbot, "D")
    assert not editor.is_diff_on() and marked(first) == "" and first.toPlainText() == "Use bold words here."
    letter(qtbot, "D")
    letter(qtbot, "T")  # raw on: the diff stays (it is of the raw text)
    assert editor.is_diff_on() and "bold" in marked(first)
    letter(qtbot, "T")  # rendered again: the diff goes
    assert not editor.is_diff_on() and not editor.is_raw() and first.toPlainText() == "Use bold words here."
    assert workspace.item("eval", "d1").annotation["choice"] == "A"  # views are not decisions


def marked(view) -> str:
    """The characters of a view drawn with a background (the diff's marks)."""
    document, chars = view.document(), []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                chars.append(fragment.text())
            iterator += 1
        block = block.next()
    return "".join(chars)


def shown_left_texts(qtbot, window: MainWindow, count: int) -> list[str]:
    """The left answer of each item, walking the package from its start with the shell's item keys."""
    editor = editor_of(window)
    while window.session.index_of(current(window)) > 0:
        with qtbot.waitSignal(window.item_shown):
            press(qtbot, Qt.Key.Key_Left, ALT)
    texts = []
    for index in range(count):
        texts.append(editor.panels[0].view.text())
        if index + 1 < count:
            with qtbot.waitSignal(window.item_shown):
                press(qtbot, Qt.Key.Key_Right, ALT)
    return texts


def test_order_is_stable_on_reopening_and_differs_between_annotators(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    store_pseudonym(workspace, "annotator-one")  # fixed names: the seeded orders are the same on every run
    items = make_items(16)
    folder = write_evaluation_package(tmp_path / "pkg", items)
    window = open_window(qtbot, workspace, folder)
    first_visit = shown_left_texts(qtbot, window, len(items))
    expected = [answer_texts(n, 2)[int(order_for(workspace, item)[0][1]) - 1] for n, item in enumerate(items)]
    assert first_visit == expected
    # Judge the last four, then reopen: the stored order and the seeded order both hold.
    for item in reversed(items[-4:]):
        press(qtbot, Qt.Key.Key_2)
        assert workspace.item("eval", item["id"]).annotation["order"] == order_for(workspace, item)
        with qtbot.waitSignal(window.item_shown):
            press(qtbot, Qt.Key.Key_Left, ALT)
    window.close()
    again = open_window(qtbot, workspace, folder)
    assert shown_left_texts(qtbot, again, len(items)) == first_visit
    again.close()

    other = Workspace.open(tmp_path / "ws-other")
    try:
        store_pseudonym(other, "annotator-two")
        assert other.annotator_id() != workspace.annotator_id()
        second = open_window(qtbot, other, folder)
        theirs = shown_left_texts(qtbot, second, len(items))
        assert theirs == [answer_texts(n, 2)[int(order_for(other, item)[0][1]) - 1] for n, item in enumerate(items)]
        assert theirs != first_visit  # some items are shown the other way round
        press(qtbot, Qt.Key.Key_1)
        assert other.item("eval", items[-1]["id"]).annotation["order"] == order_for(other, items[-1])
        second.close()
    finally:
        other.close()


def test_a_stored_order_wins_over_a_new_shuffle(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    store_pseudonym(workspace, "annotator-one")
    items = make_items(12)
    folder = write_evaluation_package(tmp_path / "pkg", items)
    window = open_window(qtbot, workspace, folder)
    press(qtbot, Qt.Key.Key_3)  # the first item's order is stored with this first change
    stored_order = workspace.item("eval", items[0]["id"]).annotation["order"]
    window.close()
    # The annotator takes another pseudonym: unjudged items shuffle anew, the judged one keeps its order.
    old = {item["id"]: order_for(workspace, item) for item in items}
    store_pseudonym(workspace, "renamed-annotator")
    new = {item["id"]: order_for(workspace, item) for item in items}
    assert any(old[key] != new[key] for key in old)
    again = open_window(qtbot, workspace, folder)
    editor = editor_of(again)
    texts = {r["id"]: r["text"] for r in items[0]["content"]["responses"]}
    assert editor.panels[0].view.text() == texts[stored_order[0]]
    changed = next(item for item in items[1:] if old[item["id"]] != new[item["id"]])
    while current(again) != changed["id"]:
        with qtbot.waitSignal(again.item_shown):
            press(qtbot, Qt.Key.Key_Right, ALT)
    check_on_screen(editor, changed, new[changed["id"]])


def test_ties_and_both_bad_refused_when_the_package_disallows_them(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    settings = {"pairwise": {"allow_tie": False, "allow_both_bad": False, "strength": True}}
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "pkg", make_items(2), settings=settings))
    editor = editor_of(window)
    for key, words in ((Qt.Key.Key_3, "tie is not allowed"), (Qt.Key.Key_4, "both bad"), (Qt.Key.Key_V, "tie")):
        press(qtbot, key)
        assert editor.message.isVisible() and words in editor.message.text()
        assert workspace.item("eval", "p000").annotation is None
    press(qtbot, Qt.Key.Key_N)
    assert not editor.message.isVisible()
    stored = workspace.item("eval", "p000").annotation
    assert (stored["choice"], stored["strength"]) == ("B", 2)
    assert editor.strength.isVisible() and "Z" in editor.hint.text()


def test_remapped_keys_work_and_the_hint_and_chips_show_them(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "pkg", make_items(2)))
    editor = editor_of(window)
    keymap = Keymap.load(workspace)
    keymap.set_keys(spec_by_id("pairwise.choose_a", ALL_ACTIONS), ["Q"])
    keymap.set_keys(spec_by_id("pairwise.reason_1", ALL_ACTIONS), ["Alt+Q"])
    assert not [clash for clash in keymap.conflicts(ALL_ACTIONS) if "pairwise." in clash[1] + clash[2]]
    window.apply_keymap(keymap)
    assert editor.hint.text().startswith("Q A better")
    assert editor.reasons.buttons()[0].text().startswith("Alt+Q")
    press(qtbot, Qt.Key.Key_1)  # no longer a key
    assert workspace.item("eval", "p000").annotation is None
    press(qtbot, Qt.Key.Key_Q)
    press(qtbot, Qt.Key.Key_Q, ALT)
    stored = workspace.item("eval", "p000").annotation
    assert stored["choice"] == "A" and stored["reasons"] == [DEFAULT_REASONS[0]]


def test_the_default_keys_clash_with_nothing() -> None:
    # Single keys are safe here: every shell key has Ctrl, Alt+arrow or F-key, and editor keys are local.
    clashes = [clash for clash in Keymap().conflicts(ALL_ACTIONS) if "pairwise." in clash[1] + clash[2]]
    assert clashes == []
    assert len({spec.id for spec in PAIRWISE_ACTIONS}) == len(PAIRWISE_ACTIONS)
    assert {spec.menu for spec in PAIRWISE_ACTIONS} == {"Compare"}


def test_a_reason_chip_click_toggles_it_like_its_key(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "pkg", make_items(1)))
    editor = editor_of(window)
    chip = editor.reasons.buttons()[1]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert workspace.item("eval", "p000").annotation["reasons"] == [DEFAULT_REASONS[1]] and chip.isChecked()
    press(qtbot, Qt.Key.Key_2, ALT)
    assert workspace.item("eval", "p000").annotation["reasons"] == [] and not chip.isChecked()
    assert QApplication.focusWidget() is editor.panels[0].view  # the click left the keyboard with the answers


def test_long_answers_scroll_together_and_typing_does_not_redraw_them(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    paragraph = "A long paragraph of an answer that goes on and on, with `code` and **bold** words. "
    long_a = (paragraph * 700)[:50_000]
    long_b = ("Another " + paragraph) * 600
    items = [pairwise_item("long", "Explain at length.", long_a, long_b[:50_000], systems=SYSTEMS[:2])]
    settings = {"pairwise": {"rationale_min_chars": 5}}
    window = open_window(qtbot, workspace, write_evaluation_package(tmp_path / "pkg", items, settings=settings))
    editor = editor_of(window)
    first, second = editor.panels[0].view, editor.panels[1].view
    assert len(first.text()) == 50_000 and len(second.text()) == 50_000
    documents = (first.document(), second.document())
    started = time.perf_counter()
    press(qtbot, Qt.Key.Key_2)
    letter(qtbot, "R")
    qtbot.keyClicks(editor.rationale, "B is shorter")
    press(qtbot, Qt.Key.Key_Escape)
    assert time.perf_counter() - started < 2.0  # fourteen steps; each redraws labels only
    assert (first.document(), second.document()) == documents
    assert workspace.item("eval", "long").annotation["rationale"] == "B is shorter"
    bar_a, bar_b = first.verticalScrollBar(), second.verticalScrollBar()
    assert bar_a.maximum() > 0 and bar_b.maximum() > 0
    bar_a.setValue(bar_a.maximum())
    assert bar_b.value() == bar_b.maximum()
    press(qtbot, Qt.Key.Key_Right)  # to B, whose page keys scroll both
    assert QApplication.focusWidget() is second
    bar_b.setValue(0)
    press(qtbot, Qt.Key.Key_PageDown)
    assert 0 < bar_b.value() < bar_b.maximum() and 0 < bar_a.value() < bar_a.maximum()
    press(qtbot, Qt.Key.Key_Return)
    assert workspace.item("eval", "long").status == Status.DONE

"""The pairwise editor's actions: ids 'pairwise.*', single keys, each remappable in Help ▸ Change keys."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from annotator.ui.action_spec import EDITOR, ActionSpec
from annotator.ui.i18n import translate
from annotator.ui.keymap import current as current_keymap

MENU = "Compare"
# One action per key: a digit decides the focused row of two answers, and ranks the focused one of three or more.
_DIGITS = (
    ("choose_a", "A better", "A is better; on a criteria row: A, then the next row; three or more answers: rank 1"),
    ("choose_b", "B better", "B is better; on a criteria row: B, then the next row; three or more answers: rank 2"),
    ("tie", "Tie", "About the same; on a criteria row: tie, then the next row; three or more answers: rank 3"),
    ("both_bad", "Both bad", "Neither answer is acceptable; three or more answers: rank 4"),
)
# The bottom letter row, left to right: left keys favour the left answer.
STRENGTH_KEYS = {-3: "Z", -2: "X", -1: "C", 0: "V", 1: "B", 2: "N", 3: "M"}
STRENGTH_TEXT = {
    -3: "A much better",
    -2: "A better",
    -1: "A slightly better",
    0: "About the same",
    1: "B slightly better",
    2: "B better",
    3: "B much better",
}
REASON_SLOTS = 9


def strength_id(value: int) -> str:
    """The action id of one strength point: pairwise.strength_a3 … pairwise.strength_0 … pairwise.strength_b3."""
    return "pairwise.strength_0" if value == 0 else f"pairwise.strength_{'a' if value < 0 else 'b'}{abs(value)}"


PAIRWISE_ACTIONS: tuple[ActionSpec, ...] = (
    tuple(
        ActionSpec(f"pairwise.{name}", text, MENU, (str(digit),), description, EDITOR)
        for digit, (name, text, description) in enumerate(_DIGITS, start=1)
    )
    + tuple(
        ActionSpec(
            f"pairwise.rank_{digit}",
            f"Rank {digit}",
            MENU,
            (str(digit),),
            f"Three or more answers: rank {digit} for the focused answer, then the next answer",
            EDITOR,
        )
        for digit in range(5, 10)
    )
    + tuple(
        ActionSpec(
            strength_id(value),
            f"Strength {value:+d}" if value else "Strength 0",
            MENU,
            (key,),
            f"{STRENGTH_TEXT[value]} ({value:+d}) — decides the overall row too"
            if value
            else "About the same (0) — decides a tie",
            EDITOR,
        )
        for value, key in STRENGTH_KEYS.items()
    )
    + (
        ActionSpec("pairwise.row_up", "Previous row", MENU, ("Up",), "Focus the criteria row above", EDITOR),
        ActionSpec(
            "pairwise.row_down",
            "Next row",
            MENU,
            ("Down",),
            "Focus the criteria row below (the overall row last)",
            EDITOR,
        ),
        ActionSpec(
            "pairwise.next_answer",
            "Next answer",
            MENU,
            ("Right", "Tab"),
            "Focus the next answer (its view scrolls with PgUp/PgDown; three or more: the one a digit ranks)",
            EDITOR,
        ),
        ActionSpec(
            "pairwise.previous_answer",
            "Previous answer",
            MENU,
            ("Left", "Shift+Tab"),
            "Focus the previous answer",
            EDITOR,
        ),
    )
    + tuple(
        ActionSpec(
            f"pairwise.reason_{slot}",
            f"Reason {slot}",
            MENU,
            (f"Alt+{slot}",),
            f"Tick or untick the package's reason {slot}",
            EDITOR,
        )
        for slot in range(1, REASON_SLOTS + 1)
    )
    + (
        ActionSpec(
            "pairwise.rationale",
            "Write rationale",
            MENU,
            ("R",),
            "Type why in the rationale box (saved as you type); Return or Esc goes back",
            EDITOR,
        ),
        ActionSpec(
            "pairwise.diff", "Word diff on/off", MENU, ("D",), "Mark the words A and B do not share, in both", EDITOR
        ),
        ActionSpec(
            "pairwise.raw", "Raw text on/off", MENU, ("T",), "Show the raw text instead of rendered Markdown", EDITOR
        ),
        ActionSpec(
            "pairwise.submit",
            "Submit and next",
            MENU,
            ("Return", "Enter"),
            "Mark the comparison done and show the next one (if something is missing, say what)",
            EDITOR,
        ),
        ActionSpec("pairwise.back", "Back", MENU, ("Backspace",), "Go back to the previous item", EDITOR),
    )
)

_SPECS = {spec.id: spec for spec in PAIRWISE_ACTIONS}


def key_of(action_id: str) -> str:
    """The first key of an action as the user has it now, as people read it ('' if it has none)."""
    keys = current_keymap().keys_for(_SPECS[action_id])
    return QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText) if keys else ""


def hint_text(*, nway: bool, strength: bool, criteria: bool, answers: int, shown: str) -> str:
    """The hint line: the keys that work on this item, with the user's own keys (in the UI's language)."""
    k = key_of
    if nway:
        lead = translate(
            "PairwiseEditor",
            "{first}–{last} rank the focused answer (repeat a digit for a tie) · {previous}/{next} focus answer",
        ).format(
            first=k("pairwise.choose_a"),
            last=answers,
            previous=k("pairwise.previous_answer"),
            next=k("pairwise.next_answer"),
        )
    else:
        lead = translate("PairwiseEditor", "{a} A better · {b} B better · {tie} tie · {bad} both bad").format(
            a=k("pairwise.choose_a"), b=k("pairwise.choose_b"), tie=k("pairwise.tie"), bad=k("pairwise.both_bad")
        )
        if strength:
            lead = translate("PairwiseEditor", "{keys} · {weakest}…{strongest} strength −3…+3").format(
                keys=lead, weakest=k(strength_id(-3)), strongest=k(strength_id(3))
            )
        if criteria:
            lead = translate("PairwiseEditor", "{keys} · {up}/{down} criteria row").format(
                keys=lead, up=k("pairwise.row_up"), down=k("pairwise.row_down")
            )
    return translate(
        "PairwiseEditor",
        "{keys} · {reason}… reasons · {rationale} rationale · {diff} word diff · {raw} raw/rendered ({shown}) · "
        "{submit} submit · {back} back",
    ).format(
        keys=lead,
        reason=k("pairwise.reason_1"),
        rationale=k("pairwise.rationale"),
        diff=k("pairwise.diff"),
        raw=k("pairwise.raw"),
        shown=shown,
        submit=k("pairwise.submit"),
        back=k("pairwise.back"),
    )

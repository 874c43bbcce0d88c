"""The review window's action table: every key of the window (Help ▸ Keys lists them), and the keys live only while fixing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.ui.actions import ActionSpec
from annotator.ui.review.keys_dialog import keys_shown

REVIEW_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("review.next", "&Next result", "Go", ("J", "Down"), "Show the next result in the list"),
    ActionSpec("review.previous", "&Previous result", "Go", ("K", "Up"), "Show the previous result in the list"),
    ActionSpec(
        "review.filter",
        "Choose &list…",
        "Go",
        ("Ctrl+L",),
        "Open the list filter: all, undecided, rejected, disagreements, gold failures (with a key), …",
    ),
    ActionSpec("review.accept", "&Accept", "Decide", ("A",), "Accept this result, then go to the next undecided one"),
    ActionSpec(
        "review.reject", "&Reject…", "Decide", ("R",), "Reject with a reason the annotator reads (1–5 chips, text)"
    ),
    ActionSpec(
        "review.fix",
        "&Fix…",
        "Decide",
        ("F",),
        "Fix: a text by digits 1–9 for the label; an image or audio item by 1–9 for whose result wins; then Enter",
    ),
    ActionSpec(
        "review.edit_fix",
        "&Edit the fix in the editor…",
        "Decide",
        ("E",),
        "Fix in the usual editor of the item's kind, starting from this result; Ctrl+Return uses it as the fix, Esc cancels",
    ),
    ActionSpec("review.undo", "&Undo", "Edit", ("Ctrl+Z",), "Undo the last decision"),
    ActionSpec("review.redo", "&Redo", "Edit", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the decision undone last"),
    ActionSpec("review.save", "&Write review bundles", "File", ("Ctrl+S",), "Write one review bundle per annotator"),
    ActionSpec("review.close", "&Close", "File", ("Ctrl+W",), "Close the review; every decision is already saved"),
    ActionSpec(
        "review.figures",
        "Quality &figures…",
        "Report",
        ("Ctrl+I",),
        "Per annotator, agreement and the items to review, as `annotator report` gives them; save the HTML report",
    ),
    ActionSpec("review.keys", "&Keys", "Help", ("F1",), "Show every key of the review"),
)
# Live only while a fix is being chosen (F), so the digits and Enter mean nothing else then.
FIX_ACTIONS: tuple[ActionSpec, ...] = tuple(
    ActionSpec(f"review.pick_{n}", f"Pick {n}", "Fix", (str(n),), f"While fixing: option {n}") for n in range(1, 10)
) + (
    ActionSpec("review.fix_confirm", "Confirm fix", "Fix", ("Return", "Enter"), "While fixing: take the fix"),
    ActionSpec("review.fix_cancel", "Cancel fix", "Fix", ("Esc",), "While fixing: leave the result as it was"),
)
MENU_ORDER = ("File", "Edit", "Go", "Decide", "Report", "Help")
PICK_ROW = ActionSpec("review.pick", "Pick 1–9", "Fix", (), "While fixing: the label (texts) or whose result wins")

# The texts of the fix keys, for lupdate (the action table's generated sources hold REVIEW_ACTIONS only):
# spec_text and spec_description look them up in the same context as every action's.
_FIX_TEXTS = (
    QT_TRANSLATE_NOOP("actions", "Pick 1"),
    QT_TRANSLATE_NOOP("actions", "Pick 2"),
    QT_TRANSLATE_NOOP("actions", "Pick 3"),
    QT_TRANSLATE_NOOP("actions", "Pick 4"),
    QT_TRANSLATE_NOOP("actions", "Pick 5"),
    QT_TRANSLATE_NOOP("actions", "Pick 6"),
    QT_TRANSLATE_NOOP("actions", "Pick 7"),
    QT_TRANSLATE_NOOP("actions", "Pick 8"),
    QT_TRANSLATE_NOOP("actions", "Pick 9"),
    QT_TRANSLATE_NOOP("actions", "While fixing: option 1"),
    QT_TRANSLATE_NOOP("actions", "While fixing: option 2"),
    QT_TRANSLATE_NOOP("actions", "While fixing: option 3"),
    QT_TRANSLATE_NOOP("actions", "While fixing: option 4"),
    QT_TRANSLATE_NOOP("actions", "While fixing: option 5"),
    QT_TRANSLATE_NOOP("actions", "While fixing: option 6"),
    QT_TRANSLATE_NOOP("actions", "While fixing: option 7"),
    QT_TRANSLATE_NOOP("actions", "While fixing: option 8"),
    QT_TRANSLATE_NOOP("actions", "While fixing: option 9"),
    QT_TRANSLATE_NOOP("actions", "Confirm fix"),
    QT_TRANSLATE_NOOP("actions", "While fixing: take the fix"),
    QT_TRANSLATE_NOOP("actions", "Cancel fix"),
    QT_TRANSLATE_NOOP("actions", "While fixing: leave the result as it was"),
    QT_TRANSLATE_NOOP("actions", "Pick 1–9"),
    QT_TRANSLATE_NOOP("actions", "While fixing: the label (texts) or whose result wins"),
)


def key_rows() -> list[tuple[ActionSpec, str]]:
    """The rows of Help ▸ Keys: each action with its keys (the digit picks as one row)."""
    rows = [(spec, keys_shown(spec.keys)) for spec in REVIEW_ACTIONS]
    rows.append((PICK_ROW, "1 … 9"))
    rows += [(spec, keys_shown(spec.keys)) for spec in FIX_ACTIONS if not spec.id.startswith("review.pick_")]
    return rows

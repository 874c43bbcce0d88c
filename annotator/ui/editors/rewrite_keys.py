"""The rewrite editor's actions: ids 'rewrite.*', each remappable in Help ▸ Change keys.

The keyboard is in a text box the whole time, so no key here types a character or moves the caret
the usual way: every one has Ctrl or Alt. None is a shell key either (Ctrl+Z/Ctrl+Shift+Z undo and redo,
Ctrl+Return marks done without the checks below, Alt+Left/Right go to the previous/next item).
"""

from __future__ import annotations

from annotator.ui.action_spec import EDITOR, ActionSpec

MENU = "Rewrite"
CATEGORY_SLOTS = 9


def _spec(name: str, text: str, keys: tuple[str, ...], description: str) -> ActionSpec:
    return ActionSpec(f"rewrite.{name}", text, MENU, keys, description, EDITOR)


REWRITE_ACTIONS: tuple[ActionSpec, ...] = (
    _spec(
        "submit",
        "Submit and next",
        ("Alt+Return", "Alt+Enter"),
        "Check the rewrite is complete (an unchanged response asks to be confirmed), mark it done, go to the next",
    ),
    _spec(
        "reset", "Reset to the original", ("Ctrl+R",), "Put the response back as it was (one step: Ctrl+Z undoes it)"
    ),
    _spec("next_edit", "Next edit", ("Alt+Down",), "Put the caret at the end of the next edit (its row is lit)"),
    _spec("previous_edit", "Previous edit", ("Alt+Up",), "Put the caret at the end of the edit before"),
    *(
        _spec(
            f"category_{slot}",
            f"Category {slot}",
            (f"Alt+{slot}",),
            f"Tag the edit at the caret with the package's category {slot}",
        )
        for slot in range(1, CATEGORY_SLOTS + 1)
    ),
    _spec("clear_category", "No category", ("Alt+0",), "Take the category off the edit at the caret"),
    _spec(
        "choose_category",
        "Choose category…",
        ("Alt+C",),
        "Choose the category of the edit at the caret from the whole list (type to jump, Return takes it)",
    ),
    _spec("raw_prompt", "Prompt as raw text", ("Alt+R",), "Show the prompt as raw text or rendered Markdown"),
)

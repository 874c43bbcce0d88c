"""The translation editor's actions: ids 'translation.*', single keys, each remappable in Help ▸ Change keys.

None of these is a shell key (Alt+Left/Right go to the previous/next item, Ctrl+Return marks done):
the character steps are Alt+Shift+Left/Right. Arrows follow what the eye sees: in a right-to-left
sentence Left goes on to the next word.
"""

from __future__ import annotations

from annotator.ui.action_spec import EDITOR, ActionSpec

MENU = "Check translation"


def _spec(name: str, text: str, keys: tuple[str, ...], description: str) -> ActionSpec:
    return ActionSpec(f"translation.{name}", text, MENU, keys, description, EDITOR)


TRANSLATION_ACTIONS: tuple[ActionSpec, ...] = (
    _spec("next_sentence", "Next sentence", ("Down",), "Check the next sentence (its row is lit)"),
    _spec("previous_sentence", "Previous sentence", ("Up",), "Check the sentence before"),
    _spec("switch_side", "Source ↔ target", ("Tab",), "Switch between the target and the source of the row"),
    _spec("word_right", "Caret a word right", ("Right",), "Move the caret to the next word on the right"),
    _spec("word_left", "Caret a word left", ("Left",), "Move the caret to the next word on the left"),
    _spec("extend_right", "Select a word more (right)", ("Shift+Right",), "Extend the selection by a word"),
    _spec("extend_left", "Select a word more (left)", ("Shift+Left",), "Extend the selection by a word"),
    _spec(
        "extend_char_right",
        "Select a character more (right)",
        ("Alt+Shift+Right",),
        "Extend (or shrink) the selection by one character, for a fine fit",
    ),
    _spec(
        "extend_char_left",
        "Select a character more (left)",
        ("Alt+Shift+Left",),
        "Extend (or shrink) the selection by one character, for a fine fit",
    ),
    _spec("sentence_start", "Caret to sentence start", ("Home",), "Move the caret to the start of the sentence"),
    _spec("sentence_end", "Caret to sentence end", ("End",), "Move the caret to the end of the sentence"),
    _spec(
        "major",
        "Major error",
        ("M",),
        "Mark the selection (or the word at the caret) as a major error, then choose its category",
    ),
    _spec("minor", "Minor error", ("N",), "Mark the selection (or the word at the caret) as a minor error"),
    _spec(
        "neutral", "Neutral error", ("B",), "Mark the selection (or the word at the caret) as a neutral error (no cost)"
    ),
    _spec("category", "Choose category", ("C",), "Choose the MQM category of the error at the caret (type-ahead)"),
    _spec("delete", "Remove error", ("Delete",), "Remove the errors at the caret or in the selection"),
    _spec(
        "non_translation",
        "Not a translation",
        ("X",),
        "Mark (or unmark) the row's target sentence as no translation at all",
    ),
    _spec("esa_down", "ESA −5", ("[",), "Lower the ESA score by 5 (a first step starts from 50)"),
    _spec("esa_up", "ESA +5", ("]",), "Raise the ESA score by 5 (a first step starts from 50)"),
    _spec("esa_down_1", "ESA −1", ("Shift+[", "{"), "Lower the ESA score by 1"),
    _spec("esa_up_1", "ESA +1", ("Shift+]", "}"), "Raise the ESA score by 1"),
    *(
        _spec(f"esa_{tens * 10}", f"ESA {tens * 10}", (str(tens),), f"Set the ESA score to {tens * 10}")
        for tens in range(10)
    ),
    _spec("submit", "Submit and next", ("Return", "Enter"), "Check all is given, mark the item done, go to the next"),
    _spec("back", "Back", ("Backspace",), "Go back to the previous item"),
)

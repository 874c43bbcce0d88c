"""The rating editor's actions: ids 'rating.*', single keys, each remappable in Help ▸ Change keys."""

from __future__ import annotations

from annotator.ui.action_spec import EDITOR, ActionSpec

MENU = "Rate"
# A package has at most 12 policy flags (package-v1). Each flag's key is the package's, else the first free
# letter of its name; these letters are the last resort, and a key the user sets for a slot replaces all.
MAX_FLAGS = 12
FLAG_FALLBACK_KEYS = tuple("QWERYUIOPASD")
MAX_CONFIDENCE = 5

RATING_ACTIONS: tuple[ActionSpec, ...] = (
    (
        ActionSpec(
            "rating.submit",
            "Submit and next",
            MENU,
            ("Return",),
            "Mark the rating done and show the next item; says what is still missing instead",
            EDITOR,
        ),
        ActionSpec("rating.back", "Back", MENU, ("Backspace",), "Go back to the previous item", EDITOR),
        ActionSpec(
            "rating.next",
            "Next criterion",
            MENU,
            ("Down", "J"),
            "Focus the next criterion (search: next result)",
            EDITOR,
        ),
        ActionSpec(
            "rating.previous",
            "Previous criterion",
            MENU,
            ("Up", "K"),
            "Focus the previous criterion (search: previous result)",
            EDITOR,
        ),
        ActionSpec(
            "rating.point_right",
            "Next scale point",
            MENU,
            ("Right",),
            "Focus the next point of the scale; its anchor text shows below",
            EDITOR,
        ),
        ActionSpec(
            "rating.point_left",
            "Previous scale point",
            MENU,
            ("Left",),
            "Focus the previous point of the scale; its anchor text shows below",
            EDITOR,
        ),
        ActionSpec(
            "rating.pick", "Choose point", MENU, ("Space", "Enter"), "Choose the focused scale point (or grade)", EDITOR
        ),
        ActionSpec(
            "rating.na",
            "Not applicable",
            MENU,
            ("N",),
            "Mark the focused criterion N/A (or take the mark back)",
            EDITOR,
        ),
        ActionSpec(
            "rating.clear",
            "Clear",
            MENU,
            ("Delete",),
            "Take back the focused criterion's score or N/A (search: the focused result's grade)",
            EDITOR,
        ),
        ActionSpec("rating.raw", "Raw text on/off", MENU, ("T",), "Show the prompt and response as raw text", EDITOR),
        ActionSpec(
            "rating.scroll_down", "Scroll down", MENU, ("PgDown",), "Scroll the response (search: the results)", EDITOR
        ),
        ActionSpec(
            "rating.scroll_up", "Scroll up", MENU, ("PgUp",), "Scroll the response back (search: the results)", EDITOR
        ),
    )
    + tuple(
        ActionSpec(
            f"rating.digit_{digit}",
            f"Score {digit}",
            MENU,
            (str(digit),),
            f"Give the focused criterion (search: result) the value {digit} and go to the next; "
            "on scales with values past 9 digits pick points by position (0 the tenth)",
            EDITOR,
        )
        for digit in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0)
    )
    + tuple(
        ActionSpec(
            f"rating.confidence_{level}",
            f"Confidence {level}",
            MENU,
            (f"Alt+{level}",),
            f"How sure you are: {level} (1 is a guess); only when the package asks",
            EDITOR,
        )
        for level in range(1, MAX_CONFIDENCE + 1)
    )
    + tuple(
        ActionSpec(
            f"rating.flag_{slot}",
            f"Policy flag {slot}",
            MENU,
            (key,),
            f"Toggle policy flag {slot} yes/no (first press: yes). It takes the package's key, else a free "
            "letter of its name; this key is the last resort, and one set here replaces them",
            EDITOR,
        )
        for slot, key in enumerate(FLAG_FALLBACK_KEYS[:MAX_FLAGS], start=1)
    )
)

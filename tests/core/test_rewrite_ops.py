"""Rewrites as pure operations: the annotation of a text, categories that survive typing, reset, what is missing."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.documents.schemas import schema_problems
from annotator.core.evaluation import rewrite as ops
from annotator.core.evaluation import word_diff as wd
from annotator.core.evaluation.configs import RewriteConfig

CONFIG = RewriteConfig(categories=("factual error", "tone", "grammar"))
STRICT = RewriteConfig(categories=("factual error", "tone", "grammar"), require_category=True)
ORIGINAL = "The Eiffel Tower is in Berlin. It was built in 1889."


def assert_valid(annotation) -> None:
    assert schema_problems(annotation, "annotation-rewrite-v1", "annotation") == []


def edit_tuples(annotation) -> list[tuple]:
    return [(e["before"], e["after"], e["before_start"], e["after_start"], e["category"]) for e in annotation["edits"]]


# -- the annotation of a text --------------------------------------------------------------------


def test_annotation_of_a_rewrite_is_the_word_diff_with_both_distances() -> None:
    text = "The Eiffel Tower is in Paris. It was finished in 1889."
    annotation = ops.annotation_for(ORIGINAL, text)
    assert_valid(annotation)
    assert annotation["text"] == text
    assert edit_tuples(annotation) == [
        ("Berlin", "Paris", ORIGINAL.index("Berlin"), text.index("Paris"), None),
        ("built", "finished", ORIGINAL.index("built"), text.index("finished"), None),
    ]
    assert annotation["word_distance"] == 2
    assert annotation["char_distance"] == wd.char_distance(ORIGINAL, text)
    assert annotation["unchanged_confirmed"] is False
    assert annotation["source"] == "user"


def test_an_edit_records_the_stretches_of_both_texts() -> None:
    text = "It was built in 1889. The Eiffel Tower is in Berlin!"
    annotation = ops.annotation_for(ORIGINAL, text)
    for edit in annotation["edits"]:
        assert ORIGINAL[edit["before_start"] : edit["before_start"] + len(edit["before"])] == edit["before"]
        assert text[edit["after_start"] : edit["after_start"] + len(edit["after"])] == edit["after"]
    assert [(e["before"], e["after"]) for e in annotation["edits"]] == [
        (h.before, h.after) for h in wd.changes(ORIGINAL, text)
    ]


def test_deleting_and_inserting_words() -> None:
    deleted = ops.annotation_for(ORIGINAL, "The Eiffel Tower is in Berlin.")
    assert edit_tuples(deleted) == [(" It was built in 1889.", "", 30, 30, None)]
    assert (deleted["word_distance"], deleted["char_distance"]) == (6, 22)
    inserted = ops.annotation_for("Paris is big.", "Paris is very big.")
    assert edit_tuples(inserted) == [("", "very ", 9, 9, None)]
    assert (inserted["word_distance"], inserted["char_distance"]) == (1, 5)


def test_reset_is_the_original_with_nothing_changed() -> None:
    annotation = ops.reset(ORIGINAL)
    assert_valid(annotation)
    assert annotation == {
        "text": ORIGINAL,
        "edits": [],
        "word_distance": 0,
        "char_distance": 0,
        "unchanged_confirmed": False,
        "source": "user",
    }
    assert ops.annotation_for(ORIGINAL, ORIGINAL) == annotation


def test_operations_return_new_dicts() -> None:
    annotation = ops.annotation_for(ORIGINAL, ORIGINAL.replace("Berlin", "Paris"))
    before = repr(annotation)
    tagged = ops.set_category(annotation, index=0, category="factual error", categories=CONFIG.categories)
    ops.annotation_for(ORIGINAL, ORIGINAL, tagged)
    ops.typed(tagged, ORIGINAL, "x")
    assert repr(annotation) == before
    assert tagged["edits"][0]["category"] == "factual error" and annotation["edits"][0]["category"] is None


# -- categories ----------------------------------------------------------------------------------


def test_set_category_takes_only_the_packages_categories_or_none() -> None:
    annotation = ops.annotation_for(ORIGINAL, ORIGINAL.replace("Berlin", "Paris").replace("built", "made"))
    tagged = ops.set_category(annotation, index=1, category="grammar", categories=CONFIG.categories)
    assert_valid(tagged)
    assert [e["category"] for e in tagged["edits"]] == [None, "grammar"]
    cleared = ops.set_category(tagged, index=1, category=None, categories=CONFIG.categories)
    assert [e["category"] for e in cleared["edits"]] == [None, None]
    with pytest.raises(ops.RewriteError, match="not one of"):
        ops.set_category(annotation, index=0, category="spelling", categories=CONFIG.categories)
    with pytest.raises(ops.RewriteError, match="no edit 3"):
        ops.set_category(annotation, index=2, category="tone", categories=CONFIG.categories)
    with pytest.raises(ops.RewriteError, match="no edit 1"):
        ops.set_category(ops.reset(ORIGINAL), index=0, category="tone", categories=CONFIG.categories)


def test_categories_survive_typing_elsewhere_and_typing_on_in_the_edit() -> None:
    first = ops.annotation_for(ORIGINAL, "The Eiffel Tower is in Paris. It was built in 1889.")
    first = ops.set_category(first, index=0, category="factual error", categories=CONFIG.categories)
    # Typing elsewhere: a new edit before it, the tagged one shifted but the same.
    second = ops.annotation_for(ORIGINAL, "Yes, the Eiffel Tower is in Paris. It was built in 1889.", first)
    assert [(e["before"], e["after"], e["category"]) for e in second["edits"]] == [
        ("The", "Yes, the", None),
        ("Berlin", "Paris", "factual error"),
    ]
    second = ops.set_category(second, index=0, category="tone", categories=CONFIG.categories)
    # Typing on inside the tagged edit ("Paris" -> "Paris, France"): the edit that starts there keeps its tag.
    third = ops.annotation_for(ORIGINAL, "Yes, the Eiffel Tower is in Paris, France. It was built in 1889.", second)
    assert [(e["after"], e["category"]) for e in third["edits"]] == [
        ("Yes, the", "tone"),
        ("Paris, France", "factual error"),
    ]
    # Typed back to the original wording: the edit is gone, and so is its tag.
    fourth = ops.annotation_for(ORIGINAL, "Yes, the Eiffel Tower is in Berlin. It was built in 1889.", third)
    assert [(e["after"], e["category"]) for e in fourth["edits"]] == [("Yes, the", "tone")]


def test_two_edits_with_the_same_words_keep_their_own_categories() -> None:
    original = "a cat and a cat"
    annotation = ops.annotation_for(original, "a dog and a dog")
    annotation = ops.set_category(annotation, index=1, category="tone", categories=CONFIG.categories)
    again = ops.annotation_for(original, "a dog and a dog!", annotation)
    assert [(e["after"], e["category"]) for e in again["edits"]] == [("dog", None), ("dog!", "tone")]


def test_typed_keeps_the_last_diff_until_annotation_for_catches_up() -> None:
    tagged = ops.set_category(
        ops.annotation_for(ORIGINAL, ORIGINAL.replace("Berlin", "Paris")),
        index=0,
        category="factual error",
        categories=CONFIG.categories,
    )
    waiting = ops.typed(tagged, ORIGINAL, ORIGINAL.replace("Berlin", "Paris!"))
    assert_valid(waiting)
    assert waiting["text"] == ORIGINAL.replace("Berlin", "Paris!") and waiting["edits"] == tagged["edits"]
    assert not ops.is_current(waiting, ORIGINAL) and ops.is_current(tagged, ORIGINAL)
    caught_up = ops.annotation_for(ORIGINAL, waiting["text"], waiting)
    assert [(e["after"], e["category"]) for e in caught_up["edits"]] == [("Paris!", "factual error")]


# -- confirmation and what is missing ----------------------------------------------------------


def test_an_unchanged_response_must_be_confirmed() -> None:
    assert ops.missing(None, CONFIG, ORIGINAL) == [ops.UNCONFIRMED]
    assert ops.missing(ops.reset(ORIGINAL), CONFIG, ORIGINAL) == [ops.UNCONFIRMED]
    confirmed = ops.confirm_unchanged(None, ORIGINAL)
    assert_valid(confirmed)
    assert confirmed == dict(ops.reset(ORIGINAL), unchanged_confirmed=True)
    assert ops.missing(confirmed, CONFIG, ORIGINAL) == []
    with pytest.raises(ops.RewriteError, match="changed"):
        ops.confirm_unchanged(ops.annotation_for(ORIGINAL, "Other."), ORIGINAL)


def test_a_confirmation_lasts_only_while_the_text_is_the_original() -> None:
    confirmed = ops.confirm_unchanged(ops.reset(ORIGINAL), ORIGINAL)
    changed = ops.annotation_for(ORIGINAL, ORIGINAL + " More.", confirmed)
    assert changed["unchanged_confirmed"] is False
    assert ops.typed(confirmed, ORIGINAL, ORIGINAL + "!")["unchanged_confirmed"] is False
    # A change typed and taken back again is the same unchanged response the annotator confirmed.
    assert ops.annotation_for(ORIGINAL, ORIGINAL, confirmed)["unchanged_confirmed"] is True
    assert ops.annotation_for(ORIGINAL, ORIGINAL, changed)["unchanged_confirmed"] is False


def test_missing_categories_when_the_package_asks_for_them() -> None:
    annotation = ops.annotation_for(ORIGINAL, "The Eiffel Tower is in Paris. It was completed in 1889. Yes.")
    assert len(annotation["edits"]) == 3
    assert ops.missing(annotation, CONFIG, ORIGINAL) == []
    assert ops.missing(annotation, STRICT, ORIGINAL) == [ops.Missing("untagged", edits=(1, 2, 3))]
    for index in (0, 2):
        annotation = ops.set_category(annotation, index=index, category="tone", categories=STRICT.categories)
    assert ops.missing(annotation, STRICT, ORIGINAL) == [ops.Missing("untagged", edits=(2,))]
    annotation = ops.set_category(annotation, index=1, category="grammar", categories=STRICT.categories)
    assert ops.missing(annotation, STRICT, ORIGINAL) == []


def test_an_empty_rewrite_and_an_unknown_category_are_missing_things() -> None:
    assert ops.missing(ops.annotation_for(ORIGINAL, "  "), CONFIG, ORIGINAL) == [ops.Missing("empty")]
    assert ops.missing(ops.annotation_for("", ""), CONFIG, "") == [ops.UNCONFIRMED]  # nothing to rewrite: not empty
    foreign = ops.set_category(ops.annotation_for(ORIGINAL, "Paris."), index=0, category="style", categories=("style",))
    assert ops.missing(foreign, CONFIG, ORIGINAL) == [ops.Missing("foreign_category", edits=(1,), category="style")]


def test_every_gap_in_its_order() -> None:
    two = ops.annotation_for(ORIGINAL, "The Eiffel Tower is in Paris. It was completed in 1889. Yes.")
    two = ops.set_category(two, index=1, category="style", categories=("style",))
    two = ops.set_category(two, index=2, category="x", categories=("x",))
    assert ops.missing(two, STRICT, ORIGINAL) == [
        ops.Missing("untagged", edits=(1,)),
        ops.Missing("foreign_category", edits=(2,), category="style"),
        ops.Missing("foreign_category", edits=(3,), category="x"),
    ]
    emptied = ops.annotation_for(ORIGINAL, "")
    assert ops.missing(emptied, STRICT, ORIGINAL) == [ops.Missing("empty"), ops.Missing("untagged", edits=(1,))]


def test_summary_says_how_much_changed() -> None:
    assert ops.summary(None) == ops.Summary(edits=0, words=0, characters=0, untagged=0, confirmed=False)
    assert ops.summary(ops.reset(ORIGINAL)).confirmed is False
    assert ops.summary(ops.confirm_unchanged(None, ORIGINAL)) == ops.Summary(0, 0, 0, 0, confirmed=True)
    one = ops.annotation_for("Paris is big.", "Paris is very big.")
    assert ops.summary(one) == ops.Summary(edits=1, words=1, characters=5, untagged=1, confirmed=False)
    two = ops.set_category(
        ops.annotation_for(ORIGINAL, ORIGINAL.replace("Berlin", "Paris").replace("built", "made")),
        index=0,
        category="tone",
        categories=CONFIG.categories,
    )
    # Berlin -> Paris takes 4 character edits (the r and the i stay), built -> made 5 (nothing in common).
    assert ops.summary(two) == ops.Summary(edits=2, words=2, characters=9, untagged=1, confirmed=False)


def test_edit_at_the_caret() -> None:
    text = "The Eiffel Tower is in Paris. It was made in 1889."
    annotation = ops.annotation_for(ORIGINAL, text)
    paris, made = text.index("Paris"), text.index("made")
    assert ops.edit_at(None, 0) is None and ops.edit_at(ops.reset(ORIGINAL), 3) is None
    assert ops.edit_at(annotation, 0) == 0  # before every edit: the first
    assert ops.edit_at(annotation, paris) == 0 and ops.edit_at(annotation, paris + 5) == 0
    assert ops.edit_at(annotation, paris + 9) == 0  # between the two: the one before
    assert ops.edit_at(annotation, made + 2) == 1 and ops.edit_at(annotation, len(text)) == 1


# -- code points: emoji, CJK, combining marks ---------------------------------------------------


def test_offsets_are_code_points_for_emoji_and_cjk() -> None:
    original = "Great 👍 answer. 東京は日本の首都です。 Visit 🇮🇹 soon."
    text = "Great 🎉 answer. 東京は日本の首都です。 Visit 🇩🇪 soon!"
    annotation = ops.annotation_for(original, text)
    assert_valid(annotation)
    assert [(e["before"], e["after"]) for e in annotation["edits"]] == [("👍", "🎉"), ("🇮🇹", "🇩🇪"), (".", "!")]
    for edit in annotation["edits"]:
        assert original[edit["before_start"] : edit["before_start"] + len(edit["before"])] == edit["before"]
        assert text[edit["after_start"] : edit["after_start"] + len(edit["after"])] == edit["after"]
    assert annotation["edits"][0]["before_start"] == 6
    assert annotation["edits"][1]["before_start"] == original.index("🇮🇹")
    assert annotation["char_distance"] == wd.char_distance(original, text) == 4  # flags are two code points each
    cjk = ops.annotation_for("東京は日本の首都です。", "東京は日本の首都でした。")
    assert edit_tuples(cjk) == [("す", "した", 9, 9, None)]  # each ideograph or kana is a word
    assert (cjk["word_distance"], cjk["char_distance"]) == (2, 2)


def test_no_edit_splits_an_emoji_from_its_skin_tone_or_a_letter_from_its_accent() -> None:
    original = "Thanks 👍🏻 and cafe\u0301 and 👩\u200d💻 here"
    text = "Thanks 👍🏽 and cafe and 👩\u200d🔬 here"
    annotation = ops.annotation_for(original, text)
    assert_valid(annotation)
    assert [(e["before"], e["after"]) for e in annotation["edits"]] == [
        ("👍🏻", "👍🏽"),
        ("e\u0301", "e"),
        ("👩\u200d💻", "👩\u200d🔬"),
    ]
    for edit in annotation["edits"]:
        assert original[edit["before_start"] : edit["before_start"] + len(edit["before"])] == edit["before"]
        assert text[edit["after_start"] : edit["after_start"] + len(edit["after"])] == edit["after"]
    assert annotation["char_distance"] == wd.char_distance(original, text) == 3


# -- distances and long texts --------------------------------------------------------------------

_PIECES = [*"ab c.,\n😀é東", "the ", "cat ", "\u0301", "🏽", "\u200d"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _TEXTS)
def test_distances_are_word_diffs_own(original: str, text: str) -> None:
    annotation = ops.annotation_for(original, text)
    assert_valid(annotation)
    assert annotation["word_distance"] == wd.word_distance(original, text)
    assert annotation["char_distance"] == wd.char_distance(original, text)
    for edit in annotation["edits"]:
        assert original[edit["before_start"] : edit["before_start"] + len(edit["before"])] == edit["before"]
        assert text[edit["after_start"] : edit["after_start"] + len(edit["after"])] == edit["after"]
    assert _rebuilt(original, annotation) == text  # applying the edits to the original gives the text back


def _prose(words: int, seed: int) -> str:
    rng = random.Random(seed)
    vocabulary = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 9))) for _ in range(400)
    ] + ["the", "a", "of", "and", ",", "."] * 30
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def _rebuilt(original: str, annotation) -> str:
    parts, last = [], 0
    for edit in annotation["edits"]:
        parts.append(original[last : edit["before_start"]] + edit["after"])
        last = edit["before_start"] + len(edit["before"])
    return "".join(parts) + original[last:]


@settings(max_examples=40, deadline=None)
@given(_TEXTS, _TEXTS, _TEXTS, _TEXTS)
def test_long_texts_changed_at_both_ends_rebuild_exactly(head_a: str, tail_a: str, head_b: str, tail_b: str) -> None:
    body = _prose(200, 3)  # the window spans the body: too many tokens for difflib, aligned in C++
    original, text = head_a + body + tail_a, head_b + body + tail_b
    annotation = ops.annotation_for(original, text)
    assert_valid(annotation)
    assert _rebuilt(original, annotation) == text
    assert annotation["word_distance"] == wd.word_distance(original, text)
    for edit in annotation["edits"]:
        assert original[edit["before_start"] : edit["before_start"] + len(edit["before"])] == edit["before"]
        assert text[edit["after_start"] : edit["after_start"] + len(edit["after"])] == edit["after"]


def test_a_long_response_changes_the_words_word_diff_finds() -> None:
    original = _prose(260, 1)  # past EXACT_CHARS and EXACT_TOKENS, but word_diff itself still runs in a test's time
    a, b = original.index(" ", 500), original.index(" ", 1000)
    text = (
        "New start. "
        + original[:a]
        + " several inserted words"
        + original[a:b]
        + original[original.index(" ", b + 10) :]
    )
    text = text.replace(" the ", " THE ", 1) + " end"
    # Changes at both ends: the whole text is the changed window, too many tokens for difflib's matcher.
    assert len(original) + len(text) > ops.EXACT_CHARS
    assert len(wd.tokens(original)) + len(wd.tokens(text)) > ops.EXACT_TOKENS
    started = time.perf_counter()
    annotation = ops.annotation_for(original, text)
    assert time.perf_counter() - started < 0.5
    assert _rebuilt(original, annotation) == text
    expected = wd.changes(original, text)
    assert len(expected) == 5
    # The same words changed at the same places; a space beside an insertion may sit on its other side.
    assert [(e["before"].strip(), e["after"].strip()) for e in annotation["edits"]] == [
        (h.before.strip(), h.after.strip()) for h in expected
    ]
    for edit, hunk in zip(annotation["edits"], expected, strict=True):
        assert abs(edit["before_start"] - hunk.before_start) <= 1 and abs(edit["after_start"] - hunk.after_start) <= 1
    assert annotation["word_distance"] == wd.word_distance(original, text)
    assert annotation["char_distance"] == wd.char_distance(original, text)


def test_fifty_thousand_characters_with_changes_at_both_ends_take_milliseconds() -> None:
    original = _prose(9000, 2)[:50_000]
    middle = original.index(" ", 25_000)
    text = "Intro. " + original[:middle] + " middle words" + original[middle:-20] + " and an end."
    started = time.perf_counter()
    annotation = ops.annotation_for(original, text)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.5, f"{elapsed:.2f} s"
    assert_valid(annotation)
    assert _rebuilt(original, annotation) == text
    assert [e["after"].strip() for e in annotation["edits"]][:2] == ["Intro.", "middle words"]
    # The distances are exact: the changed window's Levenshtein, however large the window.
    head, tail = "Intro. ", " and an end."
    assert annotation["char_distance"] == len(head) + len(" middle words") + wd.char_distance(original[-20:], tail)
    assert ops.changed_window(original, text) > 0.99 * (len(original) + len(text))
    assert ops.changed_window(original, original[:100] + "x" + original[100:]) < 100


# -- line breaks -----------------------------------------------------------------------------------


def test_a_text_box_line_breaks_go_back_to_the_originals_style() -> None:
    windows = "First line.\r\nSecond line.\r\n"
    assert ops.editable(windows) == "First line.\nSecond line.\n"
    assert ops.from_editor(windows, "First line.\nSecond line.\n") == windows  # untouched: the original exactly
    assert ops.from_editor(windows, "First line!\nSecond line.\n") == "First line!\r\nSecond line.\r\n"
    assert ops.from_editor("a\nb", "a\nc") == "a\nc"
    assert ops.line_break("a\rb\rc\nd") == "\r"
    # Places in the box and in the stored text: each '\r\n' is one character in the box.
    stored = "First line!\r\nSecond line.\r\n"
    second = stored.index("Second")
    assert ops.to_editor(windows, stored, second) == second - 1
    assert ops.to_stored(windows, ops.editable(stored), second - 1) == second
    assert ops.to_stored("a\nb", "a\nb", 2) == 2 == ops.to_editor("a\nb", "a\nb", 2)
    mixed = "a\r\nb\nc"
    assert ops.from_editor(mixed, ops.editable(mixed)) == mixed

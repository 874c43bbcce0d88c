"""Text judgements and display offsets: choices per schema mode, spans in code points, label keys."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from annotator.core import judgements as j
from annotator.core.model import Label, LabelSchema
from annotator.core.text_offsets import TextOffsets, cluster_end, cluster_start, utf16_length

LABELS = (Label("positive", "#0f0"), Label("neutral", "#888"), Label("negative", "#f00"))
SINGLE = LabelSchema(mode="single", labels=LABELS)
MULTI = LabelSchema(mode="multi", labels=LABELS)
BINARY = LabelSchema(mode="binary", labels=(Label("toxic", "#f00"),))
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "resources" / "schemas" / "annotation-text-v1.schema.json"


def test_single_replaces_multi_toggles_in_schema_order() -> None:
    first = j.choose_label(None, label="negative", schema=SINGLE)
    assert first["labels"] == ["negative"]
    assert j.choose_label(first, label="positive", schema=SINGLE)["labels"] == ["positive"]
    multi = j.choose_label(None, label="negative", schema=MULTI)
    multi = j.choose_label(multi, label="positive", schema=MULTI)
    assert multi["labels"] == ["positive", "negative"]
    assert j.choose_label(multi, label="negative", schema=MULTI)["labels"] == ["positive"]
    assert first["labels"] == ["negative"], "operations return new judgements"


def test_unknown_label_and_labels_on_a_binary_schema_are_refused() -> None:
    with pytest.raises(j.JudgementError, match="'happy' is not in the schema"):
        j.choose_label(None, label="happy", schema=SINGLE)
    with pytest.raises(j.JudgementError, match="binary"):
        j.choose_label(None, label="toxic", schema=BINARY)
    with pytest.raises(j.JudgementError, match="answer must be"):
        j.set_answer(None, answer="maybe", question="toxic")


def test_binary_answers_say_whether_the_question_applies() -> None:
    accepted = j.set_answer(None, answer="accept", question="toxic")
    assert (accepted["answer"], accepted["labels"], accepted["question"]) == ("accept", ["toxic"], "toxic")
    rejected = j.set_answer(accepted, answer="reject", question="toxic")
    assert rejected["labels"] == [] and rejected["answer"] == "reject"
    assert j.set_answer(None, answer="ignore", question="toxic")["labels"] == []
    assert not j.is_decided(None, BINARY) and j.is_decided(rejected, BINARY)


def test_unsure_toggles_and_keeps_the_choice() -> None:
    chosen = j.choose_label(None, label="neutral", schema=SINGLE)
    unsure = j.toggle_unsure(chosen)
    assert unsure["unsure"] and unsure["labels"] == ["neutral"]
    assert not j.toggle_unsure(unsure)["unsure"]
    assert j.is_decided(j.toggle_unsure(None), SINGLE), "unsure alone can be submitted"
    assert not j.is_decided(None, SINGLE) and j.is_decided(None, MULTI)


def test_suggestions_are_accepted_as_prelabel_until_changed() -> None:
    suggestion = j.suggestion_of({"labels": ["negative", "bogus"], "score": 0.58}, SINGLE)
    assert suggestion == j.Suggestion(("negative",), 0.58)
    accepted = j.accept_suggestion(None, suggestion=suggestion, schema=SINGLE)
    assert accepted["labels"] == ["negative"] and accepted["source"] == "prelabel"
    assert j.choose_label(accepted, label="negative", schema=SINGLE)["source"] == "prelabel"
    assert j.choose_label(accepted, label="neutral", schema=SINGLE)["source"] == "user"
    both = j.accept_suggestion(None, suggestion=j.Suggestion(("negative", "positive")), schema=MULTI)
    assert both["labels"] == ["positive", "negative"]
    binary = j.accept_suggestion(None, suggestion=j.Suggestion(("toxic",)), schema=BINARY)
    assert (binary["answer"], binary["source"]) == ("accept", "prelabel")
    assert j.suggestion_of({"labels": ["bogus"]}, SINGLE) is None and j.suggestion_of(None, SINGLE) is None
    assert j.binary_question(BINARY, None) == "toxic"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Great 👍🏽 value, 10/10 🇮🇹 would buy", "👍🏽 value"),
        ("Cafe\u0301 au lait, cre\u0300me bru\u0302le\u0301e", "cre\u0300me"),
        ("המשלוח הגיע מהר, מצוין! 5 כוכבים", "מצוין"),
        ("الخدمة ممتازة جدا 👩‍💻 شكرا", "👩‍💻"),
    ],
)
def test_spans_are_code_points_of_the_stored_text(text: str, word: str) -> None:
    start = text.index(word)
    judgement = j.add_span(None, text=text, start=start, end=start + len(word), label="positive")
    (span,) = judgement["spans"]
    assert (span["start"], span["end"], span["label"]) == (start, start + len(word), "positive")
    assert text[span["start"] : span["end"]] == span["text"] == word
    assert j.check_spans(judgement, text) == []


def test_a_span_widens_to_whole_characters() -> None:
    text = "nai\u0308ve 👍🏽!"
    # Ending between i and its diaeresis, or between the thumb and its skin tone, takes the whole character.
    assert j.add_span(None, text=text, start=0, end=3, label="x")["spans"][0]["text"] == "nai\u0308"
    thumb = text.index("👍")
    assert j.add_span(None, text=text, start=thumb, end=thumb + 1, label="x")["spans"][0]["text"] == "👍🏽"
    assert cluster_start(text, thumb + 1) == thumb
    flags = "🇮🇹🇩🇪"
    assert (cluster_end(flags, 1), cluster_end(flags, 2), cluster_start(flags, 3)) == (2, 2, 2)


def test_spans_relabel_the_same_range_remove_by_caret_or_range_and_refuse_bad_offsets() -> None:
    text = "battery good, screen bad"
    spans = j.add_span(None, text=text, start=0, end=7, label="positive")
    spans = j.add_span(spans, text=text, start=14, end=20, label="negative")
    spans = j.add_span(spans, text=text, start=0, end=7, label="neutral")
    assert [(s["start"], s["label"]) for s in spans["spans"]] == [(0, "neutral"), (14, "negative")]
    assert j.remove_spans(spans, start=3, end=3)["spans"] == spans["spans"][1:]
    assert j.remove_spans(spans, start=10, end=16)["spans"] == spans["spans"][:1]
    assert j.remove_spans(spans, start=8, end=12)["spans"] == spans["spans"]
    assert j.add_span(None, text=text, start=13, end=21, label="x")["spans"][0]["text"] == "screen"
    with pytest.raises(j.JudgementError, match="only spaces"):
        j.add_span(None, text=text, start=13, end=14, label="x")
    for start, end in ((5, 5), (-1, 3), (20, 25)):
        with pytest.raises(j.JudgementError, match="outside the text"):
            j.add_span(None, text=text, start=start, end=end, label="x")
    broken = {"spans": [{"start": 0, "end": 7, "label": "x", "text": "batter"}, {"start": 3, "end": 99}]}
    assert [p.split(":")[0] for p in j.check_spans(broken, text)] == ["span 1", "span 2"]


def test_stored_judgements_are_filled_in_and_never_shared() -> None:
    stored = {"labels": ["neutral"], "unexpected": 1}
    full = j.judgement_of(stored)
    assert full == {**j.empty_judgement(), "labels": ["neutral"]}
    full["labels"].append("x")
    assert stored["labels"] == ["neutral"]
    assert j.judgement_of(None) == j.empty_judgement() and j.judgement_of("junk") == j.empty_judgement()


def test_label_keys_default_to_digits_then_letters_and_schema_hotkeys_win() -> None:
    labels = [Label(f"l{n}", "#000") for n in range(12)]
    keys, problems = j.assign_label_keys(labels)
    assert [keys[label.name] for label in labels] == [*"1234567890", "Q", "W"] and problems == []
    custom = [Label("a", "#000", hotkey="2"), Label("b", "#000"), Label("c", "#000", hotkey="p")]
    keys, _ = j.assign_label_keys(custom)
    assert keys == {"a": "2", "b": "1", "c": "P"}
    clash = [Label("a", "#000", hotkey="u"), Label("b", "#000", hotkey="1"), Label("c", "#000", hotkey="1")]
    keys, problems = j.assign_label_keys(clash, reserved={"U"})
    assert keys == {"b": "1", "a": "2", "c": "3"}
    assert len(problems) == 2 and "'u' of label 'a'" in problems[0]
    many = [Label(f"l{n}", "#000") for n in range(25)]
    assert len(j.assign_label_keys(many)[0]) == len(j.DEFAULT_LABEL_KEYS)


@pytest.mark.parametrize(
    ("stored", "displayed"),
    [
        ("plain text", None),
        ("👍🏽 ok 🇮🇹", None),
        ("line one\r\nline two\nthree", "line one\u2029line two\u2029three"),
        ("\ufeffbom first", "bom first"),
        ("old mac\rline", "old mac\u2029line"),
    ],
)
def test_display_positions_round_trip_to_code_points(stored: str, displayed: str | None) -> None:
    offsets = TextOffsets(stored, displayed)
    shown = stored if displayed is None else displayed
    assert offsets.to_code_point(utf16_length(shown)) == len(stored)
    unit = 0
    for index, char in enumerate(shown):
        code_point = offsets.to_code_point(unit)
        assert offsets.to_display(code_point) == unit
        expected = char if char != "\u2029" else stored[code_point]
        assert stored[code_point] == expected or (expected in "\r\n" and stored[code_point] in "\r\n"), index
        unit += utf16_length(char)


def test_astral_characters_take_two_display_positions() -> None:
    offsets = TextOffsets("a😀b")
    assert [offsets.to_code_point(p) for p in range(5)] == [0, 1, 1, 2, 3]
    assert [offsets.to_display(i) for i in range(4)] == [0, 1, 3, 4]
    with pytest.raises(ValueError, match="not the stored text"):
        TextOffsets("abc", "abd")


def test_the_schema_file_describes_the_shape() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert set(schema["required"]) == set(j.empty_judgement())
    assert schema["properties"]["spans"]["items"]["required"] == ["start", "end", "label"]
    sample = j.add_span(
        j.toggle_unsure(j.choose_label(None, label="positive", schema=SINGLE)),
        text="so 👍",
        start=3,
        end=4,
        label="positive",
    )
    jsonschema.validate(sample, schema)
    jsonschema.validate(j.set_answer(None, answer="reject", question="toxic"), schema)

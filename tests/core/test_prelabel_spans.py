"""Suggested spans of a text prelabel: only usable ones are kept, and accepting stores them as the prelabel's."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from annotator.core import judgements as j
from annotator.core.model import Label, LabelSchema

LABELS = (Label("positive", "#0f0"), Label("neutral", "#888"), Label("negative", "#f00"))
SINGLE = LabelSchema(mode="single", labels=LABELS)
MULTI = LabelSchema(mode="multi", labels=LABELS)
BINARY = LabelSchema(mode="binary", labels=(Label("positive", "#0f0"),))
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "resources" / "schemas" / "annotation-text-v1.schema.json"
TEXT = "The room was clean but cafe\u0301 staff 👍🏽 rude"


def span(start: int, end: int, label: str) -> dict:
    return {"start": start, "end": end, "label": label}


def test_only_spans_in_the_schema_inside_the_text_and_on_whole_characters_are_suggested() -> None:
    room = TEXT.index("room was clean")
    accent = TEXT.index("e\u0301")
    thumb = TEXT.index("👍")
    rude = TEXT.index("rude")
    prelabel = {
        "labels": ["positive"],
        "score": 0.87,
        "spans": [
            span(rude, rude + 4, "negative"),
            span(room, room + 14, "positive"),
            span(room, room + 14, "negative"),  # the same range again: the first one stays
            span(0, 3, "bogus"),  # not a label of the schema
            span(rude, len(TEXT) + 1, "negative"),  # past the end
            span(5, 5, "neutral"),  # empty
            span(9, 4, "neutral"),  # backwards
            span(accent, accent + 1, "neutral"),  # between the e and its accent
            span(thumb, thumb + 1, "neutral"),  # between the thumb and its skin tone
            {"start": "4", "end": 8, "label": "neutral"},  # not a number
            {"start": True, "end": 8, "label": "neutral"},
            {"start": 0, "label": "neutral"},
            "junk",
        ],
    }
    suggestion = j.suggestion_of(prelabel, SINGLE, text=TEXT)
    assert suggestion is not None and suggestion.labels == ("positive",) and suggestion.score == 0.87
    assert [(s["start"], s["end"], s["label"], s["text"]) for s in suggestion.spans] == [
        (room, room + 14, "positive", "room was clean"),
        (rude, rude + 4, "negative", "rude"),
    ]
    whole = j.suggestion_of(
        {"spans": [span(thumb, thumb + 2, "neutral"), span(accent, accent + 2, "neutral")]}, MULTI, text=TEXT
    )
    assert whole is not None and [s["text"] for s in whole.spans] == ["e\u0301", "👍🏽"]


def test_spans_alone_are_a_suggestion_but_need_the_text_and_a_non_binary_schema() -> None:
    only_spans = {"spans": [span(4, 8, "neutral")]}
    suggestion = j.suggestion_of(only_spans, MULTI, text=TEXT)
    assert suggestion is not None and suggestion.labels == () and len(suggestion.spans) == 1
    assert j.suggestion_of(only_spans, MULTI) is None, "without the text no offset can be checked"
    assert j.suggestion_of({"labels": ["neutral"], "spans": [span(4, 8, "neutral")]}, MULTI).spans == ()
    assert j.suggestion_of({"spans": [span(4, 8, "bogus")]}, MULTI, text=TEXT) is None
    assert j.suggestion_of({"labels": ["positive"], "spans": [span(4, 8, "positive")]}, BINARY, text=TEXT).spans == ()
    assert (
        j.binary_question(BINARY, j.Suggestion((), spans=({"start": 0, "end": 1, "label": "x", "text": "T"},)))
        == "positive"
    )


def test_accepting_stores_labels_and_spans_as_the_prelabel() -> None:
    room, rude = TEXT.index("room was clean"), TEXT.index("rude")
    prelabel = {"labels": ["negative"], "spans": [span(room, room + 14, "positive"), span(rude, rude + 4, "negative")]}
    suggestion = j.suggestion_of(prelabel, SINGLE, text=TEXT)
    accepted = j.accept_suggestion(None, suggestion=suggestion, schema=SINGLE)
    assert accepted["labels"] == ["negative"] and accepted["source"] == "prelabel"
    assert accepted["spans"] == [
        {"start": room, "end": room + 14, "label": "positive", "text": "room was clean"},
        {"start": rude, "end": rude + 4, "label": "negative", "text": "rude"},
    ]
    assert j.check_spans(accepted, TEXT) == []
    jsonschema.validate(accepted, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    accepted["spans"][0]["label"] = "changed"
    assert suggestion.spans[0]["label"] == "positive", "the suggestion is never shared with a judgement"
    # An own span on the same range stays the annotator's; other own spans stay too.
    own = j.add_span(None, text=TEXT, start=room, end=room + 14, label="neutral")
    own = j.add_span(own, text=TEXT, start=0, end=3, label="neutral")
    merged = j.accept_suggestion(own, suggestion=suggestion, schema=SINGLE)
    assert [(s["start"], s["label"]) for s in merged["spans"]] == [
        (0, "neutral"),
        (room, "neutral"),
        (rude, "negative"),
    ]
    only_spans = j.suggestion_of({"spans": [span(rude, rude + 4, "negative")]}, MULTI, text=TEXT)
    spans_accepted = j.accept_suggestion(None, suggestion=only_spans, schema=MULTI)
    assert (spans_accepted["labels"], len(spans_accepted["spans"]), spans_accepted["source"]) == ([], 1, "prelabel")

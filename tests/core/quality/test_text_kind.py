"""Text quality operations: categories, pairwise agreement, gold score and the weighted majority merge."""

from __future__ import annotations

import copy
import itertools
import json
from typing import Any

import jsonschema
import pytest

from annotator.core.quality.kinds import KINDS, GoldScore, Vote
from annotator.core.quality.text_kind import TEXT, TextQuality
from tests.conftest import REPO_ROOT

SCHEMA = json.loads((REPO_ROOT / "resources/schemas/annotation-text-v1.schema.json").read_text())


def text(*labels: str, spans: list[dict[str, Any]] | None = None, unsure: bool = False) -> dict[str, Any]:
    return {
        "labels": list(labels),
        "answer": None,
        "question": None,
        "unsure": unsure,
        "spans": spans or [],
        "source": "user",
    }


def binary(answer: str, question: str = "positive") -> dict[str, Any]:
    labels = [question] if answer == "accept" else []
    return {"labels": labels, "answer": answer, "question": question, "unsure": False, "spans": [], "source": "user"}


def span(start: int, end: int, label: str) -> dict[str, Any]:
    return {"start": start, "end": end, "label": label}


def test_registered_as_the_text_kind() -> None:
    assert KINDS["text"] is TEXT
    assert isinstance(TEXT, TextQuality)
    assert TEXT.kind == "text"
    assert TEXT.higher_is_better is True


def test_categories_are_the_sorted_labels_or_the_binary_answer() -> None:
    assert TEXT.categories(text("positive")) == ("positive",)
    assert TEXT.categories(text("sports", "politics")) == ("politics", "sports")
    assert TEXT.categories(text()) == ()
    assert TEXT.categories(binary("accept")) == ("accept",)
    assert TEXT.categories(binary("reject")) == ("reject",)
    assert TEXT.categories(binary("ignore")) == ("ignore",)
    # An accept is one category whatever was asked, like a reject.
    assert TEXT.categories(binary("accept", "negative")) == TEXT.categories(binary("accept", "positive"))
    with pytest.raises(ValueError, match="object with labels"):
        TEXT.categories(None)


def test_pairwise_agreement_is_same_categories() -> None:
    assert TEXT.pairwise(text("a", "b"), text("b", "a")) == {"agree": 1.0}
    assert TEXT.pairwise(text("a"), text("a", "b")) == {"agree": 0.0}
    assert TEXT.pairwise(binary("reject"), binary("accept")) == {"agree": 0.0}


def test_gold_score_is_exact_match() -> None:
    assert TEXT.score(text("pos", unsure=True), text("pos")) == GoldScore(accuracy=1.0, detail={"exact": 1.0})
    assert TEXT.score(text("pos"), text("neg")) == GoldScore(accuracy=0.0, detail={"exact": 0.0})
    assert TEXT.score(binary("accept"), binary("accept")).accuracy == 1.0


def test_majority_wins_and_the_merge_is_a_valid_annotation() -> None:
    votes = [Vote("ann", text("negative")), Vote("bob", text("positive")), Vote("cy", text("positive"))]
    merged = TEXT.merge(votes)
    assert merged.needs_review is False
    assert merged.reason == ""
    assert merged.annotation == text("positive")
    jsonschema.validate(merged.annotation, SCHEMA)


def test_weights_outvote_heads() -> None:
    votes = [Vote("ann", text("negative"), weight=2.5), Vote("bob", text("positive")), Vote("cy", text("positive"))]
    assert TEXT.merge(votes).annotation == text("negative")


def test_a_tie_is_flagged_naming_the_tied_options() -> None:
    votes = [
        Vote("dee", text("positive")),
        Vote("ann", text("negative")),
        Vote("cy", text("positive")),
        Vote("bob", text("negative")),
    ]
    merged = TEXT.merge(votes)
    assert merged.needs_review is True
    assert merged.reason == "tie: negative (2) and positive (2)"
    assert merged.annotation == text("negative")  # ann's, first by name


def test_a_three_way_tie_and_multi_label_options() -> None:
    votes = [Vote("a", text("x", "y"), 0.5), Vote("b", text()), Vote("c", text("z"), 0.5), Vote("d", text("z"), 0.5)]
    merged = TEXT.merge(votes)
    assert merged.reason == "tie: no label (1) and z (1)"
    votes = [Vote("a", text("x", "y")), Vote("b", text()), Vote("c", text("z"))]
    assert TEXT.merge(votes).reason == "tie: no label (1), x+y (1) and z (1)"


def test_any_order_of_the_same_votes_gives_the_same_merge() -> None:
    votes = [
        Vote("ann", text("neg", spans=[span(0, 3, "food")])),
        Vote("bob", text("pos", spans=[span(4, 9, "service")])),
        Vote("cy", text("pos", spans=[span(4, 9, "service")]), weight=0.1),
        Vote("dee", text("neg", spans=[span(0, 3, "food")]), weight=0.1),
        Vote("eve", text("neu")),
    ]
    results = {repr(TEXT.merge(list(order))) for order in itertools.permutations(votes)}
    assert len(results) == 1
    merged = TEXT.merge(votes)
    assert merged.reason.startswith("tie: neg (1.1) and pos (1.1)")
    assert merged.annotation["labels"] == ["neg"]


def test_spans_are_kept_when_every_winning_vote_has_them() -> None:
    spans = [span(0, 4, "food"), span(5, 12, "service")]
    votes = [
        Vote("ann", text("pos", spans=spans)),
        Vote("bob", text("pos", spans=[{**s, "text": "x"} for s in reversed(spans)])),
        Vote("cy", text("neg", spans=[span(1, 2, "price")])),
    ]
    merged = TEXT.merge(votes)
    assert merged.needs_review is False
    assert merged.annotation["spans"] == spans


def test_spans_that_differ_among_the_winners_are_flagged_and_dropped() -> None:
    votes = [
        Vote("ann", text("pos", spans=[span(0, 4, "food")])),
        Vote("bob", text("pos", spans=[span(0, 5, "food")])),
        Vote("cy", text("neg")),
    ]
    merged = TEXT.merge(votes)
    assert merged.needs_review is True
    assert merged.reason == "spans differ among the 2 winning votes"
    assert merged.annotation["spans"] == []
    assert merged.annotation["labels"] == ["pos"]
    jsonschema.validate(merged.annotation, SCHEMA)


def test_binary_votes_merge_by_answer() -> None:
    votes = [Vote("a", binary("accept")), Vote("b", binary("reject")), Vote("c", binary("accept"))]
    merged = TEXT.merge(votes)
    assert merged.annotation == binary("accept")
    assert not merged.needs_review


def test_a_single_vote_is_its_own_merge_and_the_votes_are_not_changed() -> None:
    annotation = text("pos", spans=[span(0, 1, "a")])
    kept = copy.deepcopy(annotation)
    merged = TEXT.merge([Vote("ann", annotation)])
    assert merged.annotation == kept and not merged.needs_review
    merged.annotation["labels"].append("changed")
    assert annotation == kept


def test_merge_refuses_no_votes_and_bad_weights() -> None:
    with pytest.raises(ValueError, match="at least one vote"):
        TEXT.merge([])
    with pytest.raises(ValueError, match="weight"):
        TEXT.merge([Vote("ann", text("pos"), weight=-1.0)])
    with pytest.raises(ValueError, match="weight"):
        TEXT.merge([Vote("ann", text("pos"), weight=float("nan"))])

"""Pairwise annotation operations: every result a new dict that validates against annotation-pairwise-v1."""

from __future__ import annotations

import copy

import pytest

from annotator.core.documents.schemas import schema_problems
from annotator.core.evaluation import pairwise as pw
from annotator.core.evaluation.configs import PairwiseConfig

ORDER = ["r2", "r1"]  # shown: A is r2, B is r1
FULL = PairwiseConfig(
    criteria=("helpfulness", "correctness", "safety"),
    reasons=("more accurate", "clearer", "safer"),
    rationale_min_chars=10,
    strength=True,
)
PLAIN = PairwiseConfig()


def valid(annotation: dict) -> dict:
    assert schema_problems(annotation, "annotation-pairwise-v1", "test") == []
    return annotation


def unchanged(operation, annotation: dict, **arguments) -> dict:
    """Run an operation and check it left its input alone."""
    before = copy.deepcopy(annotation)
    result = operation(annotation, **arguments)
    assert annotation == before and result is not annotation
    return valid(result)


def test_empty_annotation_records_the_order_and_validates() -> None:
    empty = valid(pw.empty_annotation(ORDER))
    assert empty["order"] == ORDER and empty["choice"] is None and empty["preferred"] is None
    assert empty["ranking"] is None and empty["criteria"] == {} and empty["source"] == "user"
    nway = valid(pw.empty_annotation(["c", "a", "b"]))
    assert nway["ranking"] == {}
    for bad in (["r1"], ["r1", "r1"], []):
        with pytest.raises(pw.PairwiseError):
            pw.empty_annotation(bad)


@pytest.mark.parametrize(("choice", "preferred"), [("A", "r2"), ("B", "r1"), ("tie", "tie"), ("both_bad", "both_bad")])
def test_decide_names_the_winner_by_id_from_the_shown_order(choice: str, preferred: str) -> None:
    result = unchanged(pw.decide, pw.empty_annotation(ORDER), choice=choice, config=PLAIN)
    assert result["choice"] == choice and result["preferred"] == preferred


def test_decide_refuses_what_the_package_disallows() -> None:
    strict = PairwiseConfig(allow_tie=False, allow_both_bad=False)
    empty = pw.empty_annotation(ORDER)
    with pytest.raises(pw.PairwiseError, match="tie"):
        pw.decide(empty, choice="tie", config=strict)
    with pytest.raises(pw.PairwiseError, match="both bad"):
        pw.decide(empty, choice="both_bad", config=strict)
    with pytest.raises(pw.PairwiseError):
        pw.decide(empty, choice="left", config=PLAIN)
    with pytest.raises(pw.PairwiseError, match="rank"):
        pw.decide(pw.empty_annotation(["a", "b", "c"]), choice="A", config=PLAIN)
    assert pw.decide(empty, choice="B", config=strict)["preferred"] == "r1"


@pytest.mark.parametrize(
    ("value", "choice"), [(-3, "A"), (-2, "A"), (-1, "A"), (0, "tie"), (1, "B"), (2, "B"), (3, "B")]
)
def test_strength_decides_the_side(value: int, choice: str) -> None:
    result = unchanged(pw.set_strength, pw.empty_annotation(ORDER), value=value, config=FULL)
    assert (result["strength"], result["choice"]) == (value, choice)
    assert result["preferred"] == {"A": "r2", "B": "r1", "tie": "tie"}[choice]


def test_a_choice_afterwards_clears_a_strength_that_disagrees() -> None:
    strong_a = pw.set_strength(pw.empty_annotation(ORDER), value=-2, config=FULL)
    assert pw.decide(strong_a, choice="A", config=FULL)["strength"] == -2  # agrees: kept
    for choice in ("B", "tie", "both_bad"):
        assert pw.decide(strong_a, choice=choice, config=FULL)["strength"] is None
    level = pw.set_strength(strong_a, value=0, config=FULL)
    assert pw.decide(level, choice="tie", config=FULL)["strength"] == 0
    assert pw.decide(level, choice="A", config=FULL)["strength"] is None


def test_strength_refused_when_not_asked_or_out_of_range() -> None:
    empty = pw.empty_annotation(ORDER)
    with pytest.raises(pw.PairwiseError, match="how much"):
        pw.set_strength(empty, value=1, config=PLAIN)
    for bad in (4, -4, 1.5, True, "2"):
        with pytest.raises(pw.PairwiseError):
            pw.set_strength(empty, value=bad, config=FULL)
    no_tie = PairwiseConfig(strength=True, allow_tie=False)
    with pytest.raises(pw.PairwiseError, match="tie"):
        pw.set_strength(empty, value=0, config=no_tie)


def test_criteria_keep_the_package_order_and_refuse_unknowns() -> None:
    result = pw.empty_annotation(ORDER)
    result = unchanged(pw.set_criterion, result, name="safety", side="tie", config=FULL)
    result = unchanged(pw.set_criterion, result, name="helpfulness", side="B", config=FULL)
    result = unchanged(pw.set_criterion, result, name="safety", side="A", config=FULL)
    assert list(result["criteria"].items()) == [("helpfulness", "B"), ("safety", "A")]
    with pytest.raises(pw.PairwiseError):
        pw.set_criterion(result, name="style", side="A", config=FULL)
    with pytest.raises(pw.PairwiseError):
        pw.set_criterion(result, name="safety", side="both_bad", config=FULL)
    # A criterion may be a tie even where the overall row may not.
    assert pw.set_criterion(
        result, name="safety", side="tie", config=PairwiseConfig(criteria=("safety",), allow_tie=False)
    )


def test_reasons_toggle_in_package_order() -> None:
    result = unchanged(pw.toggle_reason, pw.empty_annotation(ORDER), reason="safer", config=FULL)
    result = unchanged(pw.toggle_reason, result, reason="more accurate", config=FULL)
    assert result["reasons"] == ["more accurate", "safer"]
    result = unchanged(pw.toggle_reason, result, reason="safer", config=FULL)
    assert result["reasons"] == ["more accurate"]
    with pytest.raises(pw.PairwiseError):
        pw.toggle_reason(result, reason="longer", config=FULL)


def test_rationale_is_stored_as_typed() -> None:
    result = unchanged(pw.set_rationale, pw.empty_annotation(ORDER), text="B cites the source 🙂")
    assert result["rationale"] == "B cites the source 🙂"
    with pytest.raises(pw.PairwiseError):
        pw.set_rationale(result, text=None)


def test_ranks_allow_ties_and_stay_in_shown_order() -> None:
    result = pw.empty_annotation(["c", "a", "b"])
    result = unchanged(pw.set_rank, result, response_id="b", rank=1)
    result = unchanged(pw.set_rank, result, response_id="c", rank=1)
    result = unchanged(pw.set_rank, result, response_id="a", rank=3)
    assert list(result["ranking"].items()) == [("c", 1), ("a", 3), ("b", 1)]
    assert result["choice"] is None and result["preferred"] is None
    result = unchanged(pw.set_rank, result, response_id="a", rank=None)
    assert result["ranking"] == {"c": 1, "b": 1}
    for bad in (0, 4, 2.0, True):
        with pytest.raises(pw.PairwiseError, match="1 to 3"):
            pw.set_rank(result, response_id="a", rank=bad)
    with pytest.raises(pw.PairwiseError):
        pw.set_rank(result, response_id="zz", rank=1)
    with pytest.raises(pw.PairwiseError):
        pw.set_rank(pw.empty_annotation(ORDER), response_id="r1", rank=1)


def judged(choice: str, *criteria: str) -> dict:
    result = pw.decide(pw.empty_annotation(ORDER), choice=choice, config=FULL)
    for name, side in zip(FULL.criteria, criteria, strict=False):
        result = pw.set_criterion(result, name=name, side=side, config=FULL)
    return result


def test_contradiction_when_the_overall_goes_against_most_criteria() -> None:
    assert pw.contradiction(judged("A", "B", "B", "A"), FULL) == pw.Contradiction(
        side="B", count=2, total=3, choice="A"
    )
    assert pw.contradiction(judged("tie", "A", "A"), FULL) == pw.Contradiction(side="A", count=2, total=2, choice="tie")
    assert pw.contradiction(judged("B", "A", "A", "tie"), FULL) == pw.Contradiction("A", 2, 3, "B")
    assert pw.contradiction(judged("B", "B", "B", "A"), FULL) is None
    assert pw.contradiction(judged("A", "B", "A", "tie"), FULL) is None  # no majority for B
    assert pw.contradiction(judged("A", "tie", "tie", "B"), FULL) is None  # most are ties: not against A
    assert pw.contradiction(judged("both_bad", "A", "A", "A"), FULL) is None
    assert pw.contradiction(judged("A"), FULL) is None
    assert pw.contradiction(pw.empty_annotation(ORDER), FULL) is None
    # A criterion the package no longer has counts for nothing.
    stale = {**judged("A"), "criteria": {"gone": "B"}}
    assert pw.contradiction(stale, FULL) is None


def test_missing_lists_what_blocks_submitting() -> None:
    empty = pw.empty_annotation(ORDER)
    assert pw.missing(empty, FULL, 2) == [
        pw.Missing("criteria", names=("helpfulness", "correctness", "safety")),
        pw.Missing("overall"),
        pw.Missing("rationale", least=10, written=0),
    ]
    partly = pw.set_rationale(judged("A", "A"), text="  long enough now ")
    assert pw.missing(partly, FULL, 2) == [pw.Missing("criteria", names=("correctness", "safety"))]
    assert pw.missing(pw.decide(empty, choice="tie", config=PLAIN), PLAIN, 2) == []


def test_each_rule_gives_its_gap() -> None:
    # Every criterion row needs a decision, in the package's order.
    decided = judged("A", "A", "B", "tie")
    assert pw.missing(decided, FULL, 2) == [pw.Missing("rationale", least=10, written=0)]
    assert pw.missing(judged("A", "A", "B"), FULL, 2)[0] == pw.Missing("criteria", names=("safety",))
    # The overall row needs a decision.
    undecided = pw.set_criterion(pw.empty_annotation(ORDER), name="helpfulness", side="A", config=FULL)
    assert pw.Missing("overall") in pw.missing(undecided, FULL, 2)
    # The rationale needs the package's least characters, spaces around it not counted.
    short = pw.set_rationale(decided, text="   short  ")
    assert pw.missing(short, FULL, 2) == [pw.Missing("rationale", least=10, written=5)]
    assert pw.missing(pw.set_rationale(decided, text=" ten chars! "), FULL, 2) == []
    assert pw.missing(pw.decide(pw.empty_annotation(ORDER), choice="A", config=PLAIN), PLAIN, 2) == []
    # Three or more answers: every one needs a rank (by shown letter), criteria and overall are not asked.
    ranked = pw.set_rank(pw.empty_annotation(["c", "a", "b", "d"]), response_id="a", rank=2)
    assert pw.missing(ranked, FULL, 4) == [
        pw.Missing("ranks", names=("A", "C", "D")),
        pw.Missing("rationale", least=10, written=0),
    ]
    for rid in ("c", "b", "d"):
        ranked = pw.set_rank(ranked, response_id=rid, rank=1)
    assert pw.missing(ranked, PLAIN, 4) == []


def test_summary_speaks_of_shown_sides_only() -> None:
    result = pw.set_strength(pw.empty_annotation(ORDER), value=2, config=FULL)
    result = pw.set_criterion(result, name="safety", side="tie", config=FULL)
    result = pw.toggle_reason(result, reason="clearer", config=FULL)
    result = pw.set_rationale(result, text=" B is right. ")
    assert pw.summary(result) == pw.Summary(
        ranking=None,
        choice="B",
        strength=2,
        criteria=(("safety", "tie"),),
        reasons=("clearer",),
        rationale_chars=11,
    )
    assert pw.summary(pw.empty_annotation(ORDER)) == pw.Summary(None, None, None, (), (), 0)
    assert pw.summary(pw.set_strength(result, value=0, config=FULL)).strength == 0
    ranked = pw.set_rank(pw.empty_annotation(["c", "a", "b"]), response_id="b", rank=1)
    ranked = pw.set_rank(ranked, response_id="c", rank=2)
    assert pw.summary(ranked).ranking == (("C", 1), ("A", 2))  # b is shown third (C), c first (A)
    assert pw.summary(pw.empty_annotation(["c", "a", "b"])).ranking == ()
    assert "r1" not in repr(pw.summary(result)) and "r2" not in repr(pw.summary(result))
    both = pw.set_criterion(result, name="helpfulness", side="A", config=FULL)
    stored = {**both, "criteria": dict(sorted(both["criteria"].items(), reverse=True))}  # as a store may key it
    assert pw.summary(stored, FULL).criteria == (("helpfulness", "A"), ("safety", "tie"))
    assert pw.summary(stored).criteria == (("safety", "tie"), ("helpfulness", "A"))


def test_a_stored_annotation_is_read_back_whole_and_bad_values_fall_away() -> None:
    result = pw.set_rationale(judged("B", "A", "B"), text="because")
    assert pw.annotation_of(result, ORDER) == result
    assert pw.stored_order(result, ["r1", "r2"]) == ORDER
    assert pw.stored_order(result, ["r1", "r3"]) is None
    assert pw.stored_order(None, ["r1", "r2"]) is None
    assert pw.stored_order({"order": "r1"}, ["r1", "r2"]) is None
    damaged = {**result, "criteria": {"helpfulness": "left"}, "strength": 9, "choice": "B", "preferred": "r9"}
    fixed = valid(pw.annotation_of(damaged, ORDER))
    assert fixed["criteria"] == {} and fixed["strength"] is None and fixed["preferred"] == "r1"
    assert pw.annotation_of(result, ["r1", "r2"]) == pw.empty_annotation(["r1", "r2"])  # another order: not this
    assert pw.annotation_of("garbage", ORDER) == pw.empty_annotation(ORDER)

"""The evaluation kinds' quality operations: agreement, gold scores and merges checked by hand, gold items scored through pack-team's key."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import krippendorff
import numpy as np
import pytest

from annotator.core.bundle import build_bundle
from annotator.core.documents import schema_problems
from annotator.core.evaluation.configs import RatingConfig, RubricCriterion, ScalePoint, TranslationConfig
from annotator.core.evaluation.order import shown_order
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.quality.evaluation_summaries import annotation_lines, item_lines
from annotator.core.quality.gold import score_gold
from annotator.core.quality.kinds import Vote, quality_for, quality_of
from annotator.core.quality.merge import merge_bundles
from annotator.core.quality.rating_kind import criterion_alphas
from annotator.core.quality.report import figures_from, render_html
from annotator.core.quality.rewrite_kind import rewrite_figures
from annotator.core.quality.team_pack import GoldItem, pack_team
from annotator.core.workspace import ItemState
from tests.core.quality.test_report import parsed
from tests.evaluation_packages import pairwise_item, write_evaluation_package

# -- annotations as the editors store them ------------------------------------------------------------


def pairwise(
    order: list[str],
    preferred: str | None,
    *,
    strength: int | None = None,
    criteria: dict[str, str] | None = None,
    ranking: dict[str, int] | None = None,
) -> dict[str, Any]:
    """A pairwise annotation; `choice` follows from where `preferred` was shown."""
    choice = None if ranking or preferred is None else {order[0]: "A", order[1]: "B"}.get(preferred, preferred)
    return {
        "order": list(order),
        "choice": choice,
        "preferred": preferred,
        "strength": strength,
        "criteria": criteria or {},
        "ranking": ranking,
        "reasons": [],
        "rationale": "",
        "source": "user",
    }


def rating(
    scores: dict[str, int],
    *,
    na: list[str] | None = None,
    flags: dict[str, bool] | None = None,
    confidence: int | None = None,
    relevance: dict[str, int] | None = None,
) -> dict[str, Any]:
    return {
        "scores": scores,
        "na": na or [],
        "flags": flags or {},
        "confidence": confidence,
        "relevance": relevance,
        "source": "user",
    }


def error(segment: int, start: int, end: int, text: str, severity: str = "major", side: str = "target") -> dict:
    return {
        "side": side,
        "segment": segment,
        "start": start,
        "end": end,
        "text": text,
        "severity": severity,
        "category": "Accuracy/Mistranslation",
    }


def translation(*errors: dict[str, Any], mqm: float = 0.0, non_translation: list[int] | None = None) -> dict:
    return {"errors": list(errors), "non_translation": non_translation or [], "esa": None, "mqm": mqm, "source": "user"}


def rewrite(text: str, *, words: int = 0, chars: int = 0, edits: list[dict[str, Any]] | None = None) -> dict:
    return {
        "text": text,
        "edits": edits or [],
        "word_distance": words,
        "char_distance": chars,
        "unchanged_confirmed": not edits and not chars,
        "source": "user",
    }


def assert_valid(kind: str, annotation: Any) -> None:
    assert schema_problems(annotation, f"annotation-{kind}-v1", "test") == []


def merged_in_any_order(kind: str, votes: list[Vote]) -> Any:
    """The merge of `votes`, checked to be the same for every order of them and valid under the kind's schema."""
    quality = quality_of(kind)
    results = [quality.merge(list(order)) for order in itertools.permutations(votes)]
    assert all(result == results[0] for result in results)
    assert_valid(kind, results[0].annotation)
    return results[0]


# -- pairwise -------------------------------------------------------------------------------------------

PAIRWISE = quality_of("pairwise")


def test_pairwise_agreement_is_on_the_response_not_the_side_shown() -> None:
    ada = pairwise(["r2", "r1"], "r2")  # chose A
    bo = pairwise(["r1", "r2"], "r2")  # chose B: the same response
    assert (ada["choice"], bo["choice"]) == ("A", "B")
    assert PAIRWISE.categories(ada) == PAIRWISE.categories(bo) == ("r2",)
    assert PAIRWISE.pairwise(ada, bo) == {"agree": 1.0}
    assert PAIRWISE.pairwise(ada, pairwise(["r2", "r1"], "r1")) == {"agree": 0.0}  # same side, other response
    assert PAIRWISE.pairwise(pairwise(["r1", "r2"], "tie"), pairwise(["r2", "r1"], "tie")) == {"agree": 1.0}
    assert PAIRWISE.pairwise(pairwise(["r1", "r2"], "tie"), pairwise(["r1", "r2"], "both_bad")) == {"agree": 0.0}
    assert PAIRWISE.categories(pairwise(["r1", "r2"], None)) == ()
    with pytest.raises(ValueError, match="pairwise annotation"):
        PAIRWISE.categories({"labels": ["x"]})


def test_n_way_rankings_agree_by_the_share_of_pairs_ordered_alike() -> None:
    first = pairwise(["a", "b", "c"], None, ranking={"a": 1, "b": 2, "c": 3})
    second = pairwise(["c", "a", "b"], None, ranking={"a": 1, "b": 3, "c": 2})  # b and c swapped
    tied = pairwise(["b", "c", "a"], None, ranking={"a": 1, "b": 2, "c": 2})
    assert PAIRWISE.categories(tied) == ("a", "b=c")
    assert PAIRWISE.pairwise(first, second) == {"agree": pytest.approx(2 / 3)}  # a>b, a>c alike; b/c not
    assert PAIRWISE.pairwise(first, tied) == {"agree": pytest.approx(2 / 3)}  # a tie is a way round of its own
    assert PAIRWISE.pairwise(first, first) == {"agree": 1.0}


def test_a_known_preference_is_matched_exactly_tie_and_both_bad_included() -> None:
    gold = pairwise(["r1", "r2"], "r1")
    assert PAIRWISE.score(pairwise(["r2", "r1"], "r1"), gold).accuracy == 1.0  # shown on the other side: still right
    assert PAIRWISE.score(pairwise(["r1", "r2"], "r2"), gold).detail == {"exact": 0.0}
    assert PAIRWISE.score(pairwise(["r1", "r2"], "tie"), gold).accuracy == 0.0
    tie_gold = pairwise(["r1", "r2"], "tie")
    assert PAIRWISE.score(pairwise(["r2", "r1"], "tie"), tie_gold).accuracy == 1.0
    assert PAIRWISE.score(pairwise(["r2", "r1"], "both_bad"), tie_gold).accuracy == 0.0
    assert PAIRWISE.score(pairwise(["r2", "r1"], "both_bad"), pairwise(["r1", "r2"], "both_bad")).accuracy == 1.0
    ranked_gold = pairwise(["a", "b", "c"], None, ranking={"a": 1, "b": 2, "c": 3})
    score = PAIRWISE.score(pairwise(["a", "b", "c"], None, ranking={"a": 1, "b": 3, "c": 2}), ranked_gold)
    assert score.accuracy == pytest.approx(2 / 3) and score.detail["top"] == 1.0


def test_pairwise_merge_takes_the_majority_and_settles_criteria_and_strength_by_response() -> None:
    votes = [
        Vote("ada", pairwise(["r1", "r2"], "r1", strength=-2, criteria={"safety": "A", "clarity": "tie"})),
        Vote("bo", pairwise(["r2", "r1"], "r1", strength=3, criteria={"safety": "B", "clarity": "A"})),
        Vote("cy", pairwise(["r2", "r1"], "r2", strength=-1, criteria={"safety": "A", "clarity": "A"})),
    ]
    result = merged_in_any_order("pairwise", votes)
    assert not result.needs_review
    merged = result.annotation
    # ada's annotation (first of the winners by name), in ada's order.
    assert (merged["order"], merged["choice"], merged["preferred"]) == (["r1", "r2"], "A", "r1")
    # safety: ada r1, bo r1, cy r2 -> r1, which is A in ada's order; clarity: tie, r2, r2 -> r2 = B.
    assert merged["criteria"] == {"clarity": "B", "safety": "A"}
    # Strengths turned to ada's order (r1 first): -2, -3 (bo's +3 for r1 shown second), +1 (cy's -1 for r2) -> median -2.
    assert merged["strength"] == -2


def test_pairwise_merge_asks_for_review_without_a_majority() -> None:
    split = merged_in_any_order(
        "pairwise", [Vote("ada", pairwise(["r1", "r2"], "r1")), Vote("bo", pairwise(["r1", "r2"], "r2"))]
    )
    assert split.needs_review and split.reason == "tie: r1 (1), r2 (1)"
    plural = merged_in_any_order(
        "pairwise",
        [
            Vote("ada", pairwise(["r1", "r2"], "r1")),
            Vote("bo", pairwise(["r1", "r2"], "r1")),
            Vote("cy", pairwise(["r1", "r2"], "r2")),
            Vote("dee", pairwise(["r1", "r2"], "tie")),
        ],
    )
    assert plural.annotation["preferred"] == "r1"
    assert plural.needs_review and "no preference has a majority" in plural.reason
    weighted = PAIRWISE.merge(
        [Vote("ada", pairwise(["r1", "r2"], "r1"), 2.0), Vote("bo", pairwise(["r1", "r2"], "r2"))]
    )
    assert weighted.annotation["preferred"] == "r1" and not weighted.needs_review


def test_rankings_merge_by_mean_rank() -> None:
    votes = [
        Vote("ada", pairwise(["a", "b", "c"], None, ranking={"a": 1, "b": 2, "c": 3})),
        Vote("bo", pairwise(["b", "c", "a"], None, ranking={"a": 1, "b": 3, "c": 2})),
        Vote("cy", pairwise(["c", "a", "b"], None, ranking={"a": 2, "b": 1, "c": 3})),
    ]
    result = merged_in_any_order("pairwise", votes)
    # Mean ranks: a 4/3, b 2, c 8/3.
    assert result.annotation["ranking"] == {"a": 1, "b": 2, "c": 3}
    assert result.needs_review and result.reason == "first places differ: a, b"


# -- rating ---------------------------------------------------------------------------------------------

RUBRIC = RatingConfig(
    criteria=(
        RubricCriterion("helpfulness", points=tuple(ScalePoint(v, f"h{v}") for v in range(1, 6))),
        RubricCriterion("tone", points=(ScalePoint(1, "rude"), ScalePoint(2, "flat"), ScalePoint(3, "warm"))),
    )
)


def test_ratings_are_as_close_as_their_distance_on_each_scale() -> None:
    quality = quality_for("rating", RUBRIC)
    a, b = rating({"helpfulness": 5, "tone": 1}), rating({"helpfulness": 3, "tone": 3})
    # helpfulness: 2 of 4 points; tone: 2 of 2 points -> mean distance 0.75.
    assert quality.pairwise(a, b) == {"closeness": pytest.approx(0.25), "mean_abs_diff": 2.0, "flags": 1.0}
    assert quality.pairwise(a, a)["closeness"] == 1.0
    # Without the package's rubric, tone is read on the default 1-5 range: 2 of 4 points.
    assert quality_of("rating").pairwise(a, b)["closeness"] == pytest.approx(0.5)
    # N/A against a score is a whole scale apart; both N/A agree.
    na = rating({"helpfulness": 5}, na=["tone"], flags={"harmful": True})
    assert quality.pairwise(na, rating({"helpfulness": 5, "tone": 3}))["closeness"] == pytest.approx(0.5)
    other = rating({"helpfulness": 5}, na=["tone"], flags={"harmful": False})
    assert quality.pairwise(na, other) == {"closeness": 1.0, "mean_abs_diff": 0.0, "flags": 0.0}
    search = quality.pairwise(rating({}, relevance={"d1": 3, "d2": 0}), rating({}, relevance={"d1": 2, "d2": 0}))
    assert search["closeness"] == pytest.approx(1 - (1 / 3) / 2)  # the default 0-3 relevance grades
    assert quality.categories(a) is None


def test_a_rating_scores_against_the_criteria_the_gold_scores() -> None:
    quality = quality_for("rating", RUBRIC)
    gold = rating({"helpfulness": 2}, flags={"hallucination": True})
    close = quality.score(rating({"helpfulness": 3, "tone": 1}, flags={"hallucination": True}), gold)
    assert close.accuracy == pytest.approx(0.75)  # one point off on 1-5; tone is not scored by the gold
    assert close.detail == {"closeness": 0.75, "mean_abs_diff": 1.0, "exact": 0.0, "flags": 1.0}
    missing = quality.score(rating({}, na=["helpfulness"], flags={"hallucination": False}), gold)
    assert (missing.accuracy, missing.detail["flags"]) == (0.0, 0.0)
    flags_only = quality.score(rating({"tone": 3}, flags={"harmful": True}), rating({}, flags={"harmful": True}))
    assert flags_only.accuracy == 1.0


def test_rating_merge_takes_medians_and_flags_what_is_split() -> None:
    votes = [
        Vote("ada", rating({"helpfulness": 5, "tone": 2}, flags={"harmful": False}, confidence=3)),
        Vote("bo", rating({"helpfulness": 4}, na=["tone"], flags={"harmful": True}, confidence=1)),
        Vote("cy", rating({"helpfulness": 1}, na=["tone"], flags={"harmful": False}, confidence=2)),
        Vote("dee", rating({"helpfulness": 4, "tone": 3}, flags={"harmful": True})),
    ]
    result = merged_in_any_order("rating", votes)
    merged = result.annotation
    # helpfulness 1, 4, 4, 5: the lower middle is 4. tone: two scores (2, 3) and two N/A: N/A has no more
    # weight than the scores, so the scores' lower median stands, and the split is noted.
    assert merged["scores"] == {"helpfulness": 4, "tone": 2}
    assert merged["na"] == []
    assert "tone: N/A and scores split evenly" in result.reason
    assert "helpfulness: scores from 1 to 5" in result.reason
    assert merged["flags"] == {"harmful": True}  # 2 yes, 2 no: yes, to be safe
    assert "flag harmful: yes and no split evenly" in result.reason
    assert merged["confidence"] == 2


def test_rating_merge_of_close_scores_needs_no_review() -> None:
    votes = [
        Vote("ada", rating({"helpfulness": 4}, na=["tone"])),
        Vote("bo", rating({"helpfulness": 5}, na=["tone"])),
        Vote("cy", rating({"helpfulness": 4, "tone": 2})),
    ]
    result = merged_in_any_order("rating", votes)
    assert result.annotation["scores"] == {"helpfulness": 4} and result.annotation["na"] == ["tone"]
    assert not result.needs_review
    search = merged_in_any_order(
        "rating", [Vote("ada", rating({}, relevance={"d1": 3, "d2": 1})), Vote("bo", rating({}, relevance={"d1": 2}))]
    )
    assert search.annotation["relevance"] == {"d1": 2, "d2": 1}


def test_ordinal_alpha_per_criterion_is_krippendorffs() -> None:
    rng = np.random.default_rng(4)
    truth = rng.integers(1, 6, size=20)
    annotations: dict[str, dict[str, Any]] = {}
    matrix = np.full((3, 20), np.nan)
    for rater, name in enumerate(["ada", "bo", "cy"]):
        for unit in range(20):
            if rater == 2 and unit % 3 == 0:
                continue  # cy skipped a third of the items
            value = int(np.clip(truth[unit] + rng.integers(-1, 2), 1, 5))
            matrix[rater, unit] = value
            annotations.setdefault(f"i{unit:02d}", {})[name] = rating({"helpfulness": value}, na=["tone"])
    (helpfulness,) = criterion_alphas(annotations, RUBRIC)
    expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="ordinal", value_domain=[1, 2, 3, 4, 5])
    assert helpfulness.criterion == "helpfulness" and helpfulness.units == 20
    assert helpfulness.alpha == pytest.approx(expected)
    assert helpfulness.mean == pytest.approx(np.nanmean(matrix))


# -- translation ----------------------------------------------------------------------------------------

TRANSLATION = quality_of("translation")


def test_error_spans_agree_by_overlap() -> None:
    a = translation(error(0, 0, 5, "Hallo"), error(1, 10, 14, "Welt", "minor"), mqm=3.0)
    b = translation(error(0, 3, 8, "lo Fr"), error(1, 0, 4, "Dies"), error(0, 2, 4, "ll", side="source"), mqm=7.5)
    # a: 1 of 2 overlaps one of b's; b: 1 of 3 overlaps one of a's (the source side never meets the target).
    figures = TRANSLATION.pairwise(a, b)
    assert figures["f1"] == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    assert figures["mqm_diff"] == 4.5 and figures["severity"] == 1.0
    assert TRANSLATION.pairwise(b, a)["f1"] == pytest.approx(figures["f1"])
    assert TRANSLATION.pairwise(translation(), translation())["f1"] == 1.0
    assert TRANSLATION.pairwise(translation(), a)["f1"] == 0.0
    # Touching spans (end is exclusive) do not overlap.
    assert TRANSLATION.pairwise(translation(error(0, 0, 5, "Hallo")), translation(error(0, 5, 6, " ")))["f1"] == 0.0
    # A sentence marked as no translation meets only the same mark.
    whole = translation(non_translation=[2])
    assert TRANSLATION.pairwise(whole, translation(non_translation=[2]))["f1"] == 1.0
    assert TRANSLATION.pairwise(whole, translation(error(2, 0, 3, "abc")))["f1"] == 0.0


def test_planted_errors_are_found_when_an_annotated_error_overlaps_them() -> None:
    gold = translation(
        error(0, 4, 9, "Katze"), error(2, 0, 3, "Der", "minor"), error(1, 6, 12, "omitted", side="source")
    )
    given = translation(error(0, 6, 12, "tze sa", "minor"), error(1, 0, 2, "Es"), error(1, 6, 9, "omi", side="source"))
    score = TRANSLATION.score(given, gold)
    # Found: the Katze error (overlapping, other severity) and the omission; missed: the minor one in sentence 2.
    assert score.accuracy == pytest.approx(2 / 3)
    assert score.detail["recall"] == pytest.approx(2 / 3)
    assert score.detail["precision"] == pytest.approx(2 / 3)  # "Es" in sentence 1 is no planted error
    assert score.detail["severity"] == pytest.approx(1 / 2)  # only the omission has the planted severity
    clean = translation()
    assert TRANSLATION.score(translation(error(0, 0, 1, "x", "minor")), clean).accuracy == 1.0
    assert TRANSLATION.score(translation(error(0, 0, 1, "x", "major")), clean).accuracy == 0.0
    assert TRANSLATION.score(translation(non_translation=[0]), clean).accuracy == 0.0


def test_translation_merge_keeps_errors_a_majority_marked() -> None:
    votes = [
        Vote("ada", translation(error(0, 0, 5, "Hallo"), error(1, 2, 4, "xy", "minor"), mqm=6.0, non_translation=[3])),
        Vote("bo", translation(error(0, 2, 7, "llo W"), mqm=5.0, non_translation=[3])),
        Vote("cy", translation(error(1, 3, 5, "yz"), error(2, 0, 1, "Q"), mqm=2.0)),
    ]
    result = merged_in_any_order("translation", votes)
    merged = result.annotation
    # Hallo (ada, bo) and xy/yz (ada, cy) have two of three; Q only one. Each as ada, first by name, drew it.
    assert [(e["segment"], e["text"]) for e in merged["errors"]] == [(0, "Hallo"), (1, "xy")]
    assert merged["non_translation"] == [3]
    assert merged["mqm"] == 5.0 and not result.needs_review
    split = merged_in_any_order(
        "translation", [Vote("ada", translation(error(0, 0, 5, "Hallo"), mqm=5.0)), Vote("bo", translation())]
    )
    assert split.annotation["errors"] == [] and split.needs_review
    assert "half the annotators marked target 0: 'Hallo'" in split.reason
    assert "MQM scores from 0 to 5" not in split.reason  # a spread of 5 is not more than 5


def test_mqm_is_recomputed_with_the_packages_weights() -> None:
    config = TranslationConfig(severity_weights={"major": 10.0, "minor": 1.0, "neutral": 0.0})
    quality = quality_for("translation", config)
    annotation = translation(error(0, 0, 5, "Hallo"), error(1, 0, 1, "x", "minor"), mqm=3.0)
    assert quality.mqm(annotation, {"source": ["a", "b"], "target": ["c", "d"]}) == pytest.approx(5.5)
    assert quality_of("translation").mqm(annotation, {"source": ["a", "b"], "target": ["c", "d"]}) == 3.0


# -- rewrite --------------------------------------------------------------------------------------------

REWRITE = quality_of("rewrite")


def test_rewrites_agree_by_character_similarity() -> None:
    assert REWRITE.pairwise(rewrite("kitten"), rewrite("sitting")) == {
        "similarity": pytest.approx(1 - 3 / 7),
        "char_distance": 3.0,
    }
    assert REWRITE.pairwise(rewrite(""), rewrite(""))["similarity"] == 1.0
    # Code points, not UTF-16 units: an emoji is one character.
    assert REWRITE.pairwise(rewrite("ok 👍"), rewrite("ok 👎"))["char_distance"] == 1.0
    score = REWRITE.score(rewrite("The cat sat."), rewrite("The cat sat!"))
    assert score.accuracy == pytest.approx(1 - 1 / 12) and score.detail["exact"] == 0.0
    long_a, long_b = "word " * 10_000, "word " * 9_999 + "ward "
    assert REWRITE.pairwise(rewrite(long_a), rewrite(long_b))["char_distance"] == 1.0  # fast on 50,000 characters


def test_rewrite_merge_keeps_the_rewrite_closest_to_the_others() -> None:
    votes = [
        Vote("ada", rewrite("The cat sat on the mat.")),
        Vote("bo", rewrite("The cat sat on a mat.")),
        Vote("cy", rewrite("The cat sat on the mat!")),
    ]
    result = merged_in_any_order("rewrite", votes)
    assert result.annotation["text"] == "The cat sat on the mat." and not result.needs_review
    apart = merged_in_any_order("rewrite", [Vote("ada", rewrite("Yes.")), Vote("bo", rewrite("No, never."))])
    assert apart.annotation["text"] == "Yes." and apart.needs_review and "mean similarity" in apart.reason


def test_rewrite_figures_per_annotator() -> None:
    original = "Teh cat sat."
    done = [
        (rewrite("The cat sat.", words=1, chars=2, edits=[_edit("Teh", "The")]), original),
        (rewrite(original), original),
        (rewrite("The cat sat down.", words=2, chars=7, edits=[_edit("Teh", "The")]), original),
    ]
    figures = rewrite_figures("ada", done)
    assert (figures.items, figures.mean_word_distance, figures.mean_char_distance) == (3, 1.0, 3.0)
    assert figures.no_op_rate == pytest.approx(1 / 3)
    assert rewrite_figures("bo", []).no_op_rate is None


def _edit(before: str, after: str) -> dict[str, Any]:
    return {"before": before, "after": after, "before_start": 0, "after_start": 0, "category": "grammar"}


# -- gold items of evaluation kinds, through pack-team's answer key -------------------------------------


def test_gold_evaluation_items_are_scored_through_the_answer_key(tmp_path: Path) -> None:
    items = [pairwise_item(f"p{n}", f"Question {n}?", "One.", "Two.", systems=["atlas", "boreal"]) for n in range(3)]
    items += [
        {"id": f"t{n}", "kind": "translation", "content": {"source": ["Die Katze."], "target": ["The cat."]}}
        for n in range(2)
    ]
    source = write_evaluation_package(tmp_path / "source", items, package_id="evalsrc")
    planted = {"id": "gt", "kind": "translation", "content": {"source": ["Der Hund."], "target": ["The cat."]}}
    gold = [
        GoldItem(
            pairwise_item("gp", "What is 2 + 2?", "4", "5", systems=["atlas", "boreal"]), pairwise(["r1", "r2"], "r1")
        ),
        GoldItem(planted, translation(error(0, 4, 7, "cat"), mqm=5.0)),
    ]
    team = pack_team(source, output=tmp_path / "team", annotators=["ada", "bo"], overlap=2, gold=gold, seed=5)
    bundles = []
    for member in team.packages:
        package = open_package(member.path)
        package.close()
        record = team.key.package(member.package_id)
        states = []
        for position, item in enumerate(package.manifest.items):
            key_id = record.items[item.id]
            order = shown_order(member.annotator, item.id, ["r1", "r2"])
            if key_id == "gp":  # ada knows 2 + 2; bo picks the wrong answer
                annotation = pairwise(order, "r1" if member.annotator == "ada" else "r2")
            elif key_id == "gt":  # ada finds the planted error; bo marks another word
                annotation = translation(error(0, 0, 3, "The") if member.annotator == "bo" else error(0, 0, 5, "The c"))
            elif item.kind == "pairwise":
                annotation = pairwise(order, "tie")
            else:
                annotation = translation()
            assert_valid(item.kind, annotation)
            states.append(
                ItemState(
                    member.package_id, item.id, position, item.kind, Status.DONE, annotation, "", 900, 0, None, None
                )
            )
        bundles.append(
            build_bundle(
                package.manifest, manifest_sha256=package.manifest_sha256, annotator=member.annotator, states=states
            )
        )
    report = score_gold(bundles, team.key)
    by = {(result.annotator, result.item_id): result for result in report.results}
    assert by["ada", "gp"].score.accuracy == 1.0 and not by["ada", "gp"].failed
    assert by["bo", "gp"].score.accuracy == 0.0 and by["bo", "gp"].failed
    assert by["ada", "gt"].score.detail["recall"] == 1.0 and not by["ada", "gt"].failed  # "The c" overlaps "cat"
    assert by["bo", "gt"].score.accuracy == 0.0 and by["bo", "gt"].failed
    assert report.annotators["ada"].accuracy == 1.0 and report.annotators["bo"].accuracy == 0.0
    assert set(report.annotators["ada"].detail) == {"pairwise", "translation"}
    # The merge of the team's work leaves the gold items out and settles the ties of the others.
    package = open_package(source)
    package.close()
    merged = merge_bundles(bundles, package.manifest, manifest_sha256=package.manifest_sha256, key=team.key)
    assert [entry["id"] for entry in merged.bundle["items"]] == ["p0", "p1", "p2", "t0", "t1"]
    assert merged.gold_left_out == 4 and merged.needs_review == {}
    for entry in merged.bundle["items"]:
        assert_valid(entry["kind"], entry["annotation"])
    # The report gives each annotator's pass rate on the gold translation checks.
    figures = figures_from(bundles, package.manifest, manifest_sha256=package.manifest_sha256, key=team.key)
    rows = {row.name: row for row in figures.evaluation.translation.annotators}
    assert (rows["ada"].gold_items, rows["ada"].gold_pass_rate) == (1, 1.0)
    assert (rows["bo"].gold_items, rows["bo"].gold_pass_rate) == (1, 0.0)
    assert rows["ada"].items == 2  # the source's own items; the gold one is scored, not counted here
    assert parsed(render_html(figures)).titles["mqm-gold-pass"] == ["ada: 100.0 % of 1", "bo: 0.0 % of 1"]


# -- what the lead reads in the review window -----------------------------------------------------------


def test_results_read_as_lines_for_people_with_system_names_for_the_lead_only() -> None:
    content = pairwise_item("p", "Which is kinder?", "Yes.", "No.", systems=["atlas", "boreal"])["content"]
    annotation = pairwise(["r2", "r1"], "r1", strength=2, criteria={"safety": "A"})
    annotation["reasons"], annotation["rationale"] = ["clearer"], "Kinder words."
    assert annotation_lines("pairwise", annotation, content) == [
        "Prefers r1 (atlas), shown as B",
        "Strength +2 (−3: A much better … +3: B much better)",
        "Shown: A r2 (boreal), B r1 (atlas)",
        "Criteria: safety r2 (boreal)",
        "Reasons: clearer",
        "Rationale: Kinder words.",
    ]
    hidden = annotation_lines("pairwise", annotation, content, systems=False)
    assert not any("atlas" in line or "boreal" in line for line in hidden)
    assert "atlas" in "\n".join(item_lines("pairwise", content))
    assert "atlas" not in "\n".join(item_lines("pairwise", content, systems=False))
    assert annotation_lines("rating", rating({"tone": 3}, na=["helpfulness"], confidence=2), None, settings=RUBRIC) == [
        "tone: 3/3 — warm",
        "N/A: helpfulness",
        "Confidence 2/3",
    ]
    lines = annotation_lines("translation", translation(error(0, 4, 7, "cat"), mqm=5.0, non_translation=[1]))
    assert lines == [
        "MQM 5 · 1 error",
        "target 0 [4–7] «cat» major, Accuracy/Mistranslation",
        "target 1: no translation",
    ]
    assert annotation_lines("rewrite", rewrite("Same."))[:1] == ["Unchanged (confirmed)"]
    assert annotation_lines("pairwise", None) == ["—"]

"""Box IoU, one-to-one matching and F1, and the image kind's agreement, gold score and box consensus."""

from __future__ import annotations

import itertools
import random
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycocotools import mask as mask_utils

from annotator.core.quality.box_matching import iou, iou_matrix, match_boxes, match_f1
from annotator.core.quality.image_kind import QUALITY, ImageQuality, merge_boxes
from annotator.core.quality.kinds import KINDS, Vote


def box(x: float, y: float, w: float, h: float, label: str = "cat", box_id: str = "b1", **extra: Any) -> dict[str, Any]:
    return {"id": box_id, "label": label, "x": x, "y": y, "w": w, "h": h, "attributes": [], "source": "user", **extra}


def image(*boxes: dict[str, Any]) -> dict[str, Any]:
    return {"boxes": [{**b, "id": f"b{n}"} for n, b in enumerate(boxes, start=1)], "verified": True}


# --- IoU ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (box(0, 0, 2, 2), box(0, 0, 2, 2), 1.0),
        (box(0, 0, 2, 2), box(1, 1, 2, 2), 1 / 7),  # 1 px shared of 4 + 4 - 1
        (box(0, 0, 2, 2), box(2, 0, 2, 2), 0.0),  # touching edges share no area
        (box(0, 0, 2, 2), box(2, 2, 2, 2), 0.0),  # touching corners
        (box(0, 0, 20, 20), box(5, 5, 10, 10), 0.25),  # containment: 100 / 400
        (box(0, 0, 2, 1), box(0, 0, 1, 1), 0.5),
        (box(3, 3, 0, 0), box(3, 3, 0, 0), 1.0),  # identical zero-area boxes
        (box(3, 3, 0, 5), box(3, 3, 0, 5), 1.0),
        (box(3, 3, 0, 0), box(0, 0, 10, 10), 0.0),  # a point inside a box
        (box(3, 3, 0, 5), box(4, 3, 0, 5), 0.0),
    ],
)
def test_iou_of_hand_computed_pairs(a: dict[str, Any], b: dict[str, Any], expected: float) -> None:
    assert iou(a, b) == pytest.approx(expected, abs=1e-15)
    assert iou(b, a) == pytest.approx(expected, abs=1e-15)
    assert iou_matrix([a], [b])[0, 0] == pytest.approx(expected, abs=1e-15)


def test_iou_matrix_shape_and_empty_lists() -> None:
    assert iou_matrix([], [box(0, 0, 1, 1)]).shape == (0, 1)
    assert iou_matrix([box(0, 0, 1, 1)] * 3, []).shape == (3, 0)
    a = [box(0, 0, 2, 2), box(1, 1, 2, 2), box(5, 5, 0, 0)]
    b = [box(1, 1, 2, 2), box(5, 5, 0, 0)]
    expected = np.array([[iou(p, q) for q in b] for p in a])
    np.testing.assert_array_equal(iou_matrix(a, b), expected)


def test_iou_matrix_matches_pycocotools_on_random_boxes() -> None:
    rng = np.random.default_rng(7)
    dt = np.column_stack([rng.uniform(0, 500, (60, 2)), rng.uniform(0.5, 200, (60, 2))])
    gt = np.column_stack([rng.uniform(0, 500, (45, 2)), rng.uniform(0.5, 200, (45, 2))])
    dt[:10, :2] = gt[:10, :2] + rng.uniform(-5, 5, (10, 2))  # some real overlaps, not only near-zero ones
    dt[:10, 2:] = gt[:10, 2:]
    ours = iou_matrix([box(*row) for row in dt], [box(*row) for row in gt])
    theirs = mask_utils.iou(dt, gt, [0] * len(gt))
    assert ours.shape == theirs.shape
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-9)
    assert (ours > 0.5).sum() >= 5


# --- matching ----------------------------------------------------------------------------------------


def test_matching_needs_equal_labels() -> None:
    assert match_boxes([box(0, 0, 10, 10, "cat")], [box(0, 0, 10, 10, "dog")]) == []
    result = match_f1([box(0, 0, 10, 10, "cat")], [box(0, 0, 10, 10, "dog")])
    assert (result.tp, result.fp, result.fn, result.f1) == (0, 1, 1, 0.0)


def test_a_duplicate_box_is_a_false_positive() -> None:
    result = match_f1([box(0, 0, 10, 10), box(0, 0, 10, 10, box_id="b2")], [box(0, 0, 10, 10)])
    assert (result.tp, result.fp, result.fn) == (1, 1, 0)
    assert (result.precision, result.recall, result.mean_iou) == (0.5, 1.0, 1.0)
    assert result.f1 == pytest.approx(2 / 3)


def test_threshold_is_inclusive() -> None:
    assert len(match_boxes([box(0, 0, 2, 1)], [box(0, 0, 1, 1)])) == 1  # IoU exactly 0.5
    assert match_boxes([box(0, 0, 2, 1)], [box(0, 0, 1, 1)], threshold=0.51) == []
    assert match_boxes([box(0, 0, 2, 2)], [box(2, 0, 2, 2)], threshold=0.0) == []  # touching is no overlap


def test_matching_is_optimal_where_greedy_loses_a_pair() -> None:
    # a1 overlaps b1 (0.9) and b2 (0.8); a2 only b1 (0.64). Greedy takes a1-b1 and leaves a2 alone.
    a = [box(0, 0, 10, 1), box(3, 0, 9, 1)]
    b = [box(1, 0, 9, 1), box(0, 0, 8, 1)]
    pairs = match_boxes(a, b)
    assert [(m.a, m.b) for m in pairs] == [(0, 1), (1, 0)]
    assert pairs[0].iou == pytest.approx(0.8) and pairs[1].iou == pytest.approx(7 / 11)


def test_f1_of_empty_lists() -> None:
    assert match_f1([], []).f1 == 1.0
    assert match_f1([], [box(0, 0, 1, 1)]).f1 == 0.0
    assert match_f1([box(0, 0, 1, 1)], []).f1 == 0.0
    assert match_f1([box(0, 0, 1, 1)], []).mean_iou == 0.0


def _brute_force(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> tuple[int, float]:
    """The most pairs, then the largest total IoU, over every one-to-one pairing."""
    best = (0, 0.0)
    for k in range(min(len(a), len(b)), 0, -1):
        for rows in itertools.combinations(range(len(a)), k):
            for cols in itertools.permutations(range(len(b)), k):
                pairs = list(zip(rows, cols, strict=True))
                if all(a[i]["label"] == b[j]["label"] and iou(a[i], b[j]) >= 0.5 for i, j in pairs):
                    best = max(best, (k, sum(iou(a[i], b[j]) for i, j in pairs)))
        if best[0]:
            return best
    return best


grid_box = st.builds(
    lambda x, y, w, h, label: box(x, y, w, h, label),
    st.integers(0, 4),
    st.integers(0, 2),
    st.integers(3, 6),
    st.integers(1, 3),
    st.sampled_from(["cat", "dog"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(grid_box, max_size=4), st.lists(grid_box, max_size=4))
def test_matching_finds_the_most_pairs_and_the_best_total_iou(a: list, b: list) -> None:
    pairs = match_boxes(a, b)
    assert len({m.a for m in pairs}) == len({m.b for m in pairs}) == len(pairs)
    assert all(a[m.a]["label"] == b[m.b]["label"] and m.iou >= 0.5 for m in pairs)
    count, total = _brute_force(a, b)
    assert len(pairs) == count
    assert sum(m.iou for m in pairs) == pytest.approx(total)
    assert match_f1(a, b).f1 == pytest.approx(match_f1(b, a).f1)


# --- the image kind ------------------------------------------------------------------------------------


def test_image_kind_is_registered() -> None:
    assert KINDS["image"] is QUALITY
    assert isinstance(QUALITY, ImageQuality)
    assert QUALITY.kind == "image" and QUALITY.higher_is_better is True
    assert QUALITY.categories(image(box(0, 0, 1, 1))) is None


def test_pairwise_and_gold_score() -> None:
    gold = image(box(0, 0, 10, 10), box(50, 50, 10, 10, "dog"))
    mine = image(box(1, 0, 10, 10), box(50, 50, 10, 10, "cat"), box(90, 90, 5, 5))
    agreement = QUALITY.pairwise(mine, gold)
    assert list(agreement) == ["f1", "mean_iou"]
    assert agreement["f1"] == pytest.approx(2 * 1 / 5)
    assert agreement["mean_iou"] == pytest.approx(90 / 110)
    assert QUALITY.pairwise(gold, mine) == pytest.approx(agreement)
    scored = QUALITY.score(mine, gold)
    assert scored.accuracy == pytest.approx(0.4)
    assert scored.detail == pytest.approx(
        {"precision": 1 / 3, "recall": 0.5, "f1": 0.4, "mean_iou": 90 / 110, "tp": 1.0, "fp": 2.0, "fn": 1.0}
    )
    assert QUALITY.score({"boxes": [], "verified": False}, {"boxes": [], "verified": True}).accuracy == 1.0
    assert QUALITY.score(None, gold).accuracy == 0.0


def test_merge_keeps_the_boxes_a_majority_drew_at_their_mean() -> None:
    votes = [
        Vote("alice", image(box(10, 10, 100, 100, attributes=["occluded"]), box(200, 200, 50, 50, "dog"))),
        Vote("bob", image(box(200, 202, 50, 50, "dog"), box(12, 10, 100, 100, attributes=["occluded"]))),
        # carol missed the dog and drew a car no one else saw
        Vote("carol", image(box(14, 10, 100, 106), box(400, 10, 30, 30, "car"))),
    ]
    merged = merge_boxes(votes)
    assert merged.annotation == {
        "boxes": [
            {
                "id": "b1",
                "label": "cat",
                "x": 12.0,
                "y": 10.0,
                "w": 100.0,
                "h": 102.0,
                "attributes": ["occluded"],
                "source": "user",
            },
            {
                "id": "b2",
                "label": "dog",
                "x": 200.0,
                "y": 201.0,
                "w": 50.0,
                "h": 50.0,
                "attributes": [],
                "source": "user",
            },
        ],
        "verified": False,
    }
    # One person's stray box among three is what the majority rule is for, not a disagreement to review.
    assert merged.needs_review is False and merged.reason == ""
    assert QUALITY.merge(votes) == merged


def test_merge_weights_votes_and_model_scores() -> None:
    votes = [
        Vote("alice", image(box(0, 0, 100, 100)), weight=3.0),
        Vote("bob", image(box(10, 0, 100, 100, source="model", score=0.5))),
    ]
    [merged] = merge_boxes(votes).annotation["boxes"]
    assert merged["x"] == pytest.approx(10 * 0.5 / 3.5)
    assert "score" not in merged and merged["source"] == "user"


def test_merge_flags_a_contested_box_and_uneven_counts() -> None:
    two = merge_boxes([Vote("alice", image(box(0, 0, 10, 10))), Vote("bob", image())])
    assert two.annotation["boxes"] == [] and two.needs_review
    assert "1 of 2 annotators drew a 'cat' box at (0, 0)" in two.reason

    votes = [
        Vote("a", image(box(0, 0, 10, 10), box(50, 0, 10, 10))),
        Vote("b", image(box(0, 0, 10, 10), box(50, 0, 10, 10))),
        Vote("c", image()),
        Vote("d", image(box(0, 0, 10, 10))),
    ]
    merged = merge_boxes(votes)
    assert [b["x"] for b in merged.annotation["boxes"]] == [0.0]
    assert "2 of 4 annotators drew a 'cat' box at (50, 0) that was left out (3 needed)" in merged.reason
    assert "box counts differ by more than one: a 2, b 2, c 0, d 1" in merged.reason
    assert len(merge_boxes(votes, min_votes=2).annotation["boxes"]) == 2


def test_one_annotator_gives_at_most_one_box_to_a_cluster() -> None:
    votes = [Vote("alice", image(box(0, 0, 10, 10), box(1, 0, 10, 10))), Vote("bob", image(box(0, 0, 10, 10)))]
    merged = merge_boxes(votes)
    [kept] = merged.annotation["boxes"]
    assert kept["x"] == 0.0  # alice's closer box joined bob's; her second box stands alone
    assert merged.needs_review


def test_merge_of_one_vote_renumbers_its_boxes() -> None:
    merged = merge_boxes([Vote("alice", image(box(5, 50, 1, 1), box(9, 5, 1, 1, "dog")))])
    assert [(b["id"], b["label"]) for b in merged.annotation["boxes"]] == [("b1", "dog"), ("b2", "cat")]
    assert not merged.needs_review


def test_merge_keeps_the_image_record_and_flags_a_mismatch() -> None:
    seen = {"orientation": 1, "raw_size": [640, 480], "display_size": [640, 480]}
    turned = {"orientation": 6, "raw_size": [640, 480], "display_size": [480, 640]}
    same = merge_boxes([Vote("a", {**image(), "image": seen}), Vote("b", {**image(), "image": dict(seen)})])
    assert same.annotation["image"] == seen and not same.needs_review
    differ = merge_boxes([Vote("a", {**image(), "image": seen}), Vote("b", {**image(), "image": turned})])
    assert differ.needs_review and "different size or orientation" in differ.reason


def test_merge_refuses_no_votes() -> None:
    with pytest.raises(ValueError, match="at least one vote"):
        merge_boxes([])
    with pytest.raises(ValueError, match="min_votes"):
        merge_boxes([Vote("a", image())], min_votes=0)


@st.composite
def noisy_votes(draw: st.DrawFn) -> list[Vote]:
    """Three to five annotators marking a few shared objects, each with jitter, misses and extras."""
    objects = draw(
        st.lists(
            st.tuples(st.integers(0, 300), st.integers(0, 300), st.integers(10, 60), st.sampled_from(["cat", "dog"])),
            min_size=1,
            max_size=5,
        )
    )
    jitter = st.floats(-4, 4, allow_nan=False)
    votes = []
    for name in draw(st.lists(st.sampled_from("abcdef"), min_size=3, max_size=5, unique=True)):
        boxes = []
        for x, y, size, label in objects:
            if draw(st.booleans()) or draw(st.booleans()):
                boxes.append(
                    box(
                        x + draw(jitter),
                        y + draw(jitter),
                        size,
                        size + draw(jitter),
                        label,
                        attributes=draw(st.sampled_from([[], ["occluded"]])),
                    )
                )
        weight = draw(st.sampled_from([1.0, 0.5, 2.0]))
        votes.append(Vote(name, image(*boxes), weight))
    return votes


@settings(max_examples=60, deadline=None)
@given(noisy_votes(), st.randoms(use_true_random=False))
def test_merge_does_not_depend_on_vote_or_box_order(votes: list[Vote], rng: random.Random) -> None:
    shuffled = []
    for vote in rng.sample(votes, len(votes)):
        boxes = list(vote.annotation["boxes"])
        rng.shuffle(boxes)
        shuffled.append(Vote(vote.annotator, {**vote.annotation, "boxes": boxes}, vote.weight))
    assert merge_boxes(shuffled) == merge_boxes(votes)
    ids = [b["id"] for b in merge_boxes(votes).annotation["boxes"]]
    assert ids == [f"b{n}" for n in range(1, len(ids) + 1)]

"""Quality operations for image (bounding-box) items: IoU-matched F1 agreement, gold scoring and box consensus."""

from __future__ import annotations

import copy
import json
import math
from collections import Counter
from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np

from annotator.core.boxes import boxes_of
from annotator.core.quality.box_matching import DEFAULT_THRESHOLD, iou_matrix, match_f1
from annotator.core.quality.kinds import GoldScore, Merged, Vote, register

Box = dict[str, Any]

# How many left-out boxes a review reason spells out before it only counts the rest.
_REASONS_SHOWN = 3


class ImageQuality:
    """Boxes agree when they match one to one by label at IoU >= 0.5; merge keeps the boxes most annotators drew."""

    kind = "image"

    def categories(self, annotation: Any) -> tuple[Hashable, ...] | None:
        """None: boxes are not one nominal choice per item (per-label box counts are the report's job)."""
        return None

    def pairwise(self, a: Any, b: Any) -> dict[str, float]:
        """{'f1': F1 of the IoU-matched boxes, 'mean_iou': mean IoU of the matched pairs}; symmetric."""
        result = match_f1(boxes_of(a), boxes_of(b))
        return {"f1": result.f1, "mean_iou": result.mean_iou}

    def score(self, annotation: Any, gold: Any) -> GoldScore:
        """F1 of the annotation's boxes against the gold boxes, with precision, recall, mean IoU and counts."""
        result = match_f1(boxes_of(annotation), boxes_of(gold))
        detail = {
            "precision": result.precision,
            "recall": result.recall,
            "f1": result.f1,
            "mean_iou": result.mean_iou,
            "tp": float(result.tp),
            "fp": float(result.fp),
            "fn": float(result.fn),
        }
        return GoldScore(accuracy=result.f1, detail=detail)

    def merge(self, votes: Sequence[Vote]) -> Merged:
        """The consensus boxes of `merge_boxes` with its defaults."""
        return merge_boxes(votes)

    @property
    def higher_is_better(self) -> bool:
        """F1 grows with agreement."""
        return True


def _box_key(box: Box) -> tuple[Any, ...]:
    return (
        str(box.get("id", "")),
        box["label"],
        float(box["x"]),
        float(box["y"]),
        float(box["w"]),
        float(box["h"]),
        tuple(sorted(box.get("attributes", []))),
        float(box.get("score", 1.0)),
    )


def _canonical(votes: Sequence[Vote]) -> list[tuple[Vote, list[Box]]]:
    """Votes sorted by annotator and each vote's boxes by id, so the input order cannot change the result."""
    with_boxes = [(vote, sorted(boxes_of(vote.annotation), key=_box_key)) for vote in votes]
    # Weight and the boxes themselves only break ties between two votes under one annotator name.
    return sorted(
        with_boxes,
        key=lambda pair: (pair[0].annotator, pair[0].weight, json.dumps([_box_key(b) for b in pair[1]])),
    )


def _clusters(boxes: list[Box], voters: list[int], threshold: float) -> list[list[int]]:
    """Group same-label boxes of different annotators that overlap, one box per annotator per group.

    Complete linkage, closest pairs first: two groups join only if no annotator is in both and
    every box of one overlaps every box of the other at IoU >= `threshold`. So a group is a set of
    boxes that all mark the same object, never a chain of neighbours. Ties go to the earlier boxes
    in canonical order, which keeps the grouping independent of the input order.
    """
    overlap = iou_matrix(boxes, boxes)
    owner = np.array(voters)
    upper = np.triu(np.ones(overlap.shape, dtype=bool), k=1)
    linked = upper & (owner[:, None] != owner[None, :]) & (overlap >= threshold) & (overlap > 0.0)
    first, second = np.nonzero(linked)
    order = np.lexsort((second, first, -overlap[first, second]))
    group_of = list(range(len(boxes)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(boxes))}
    annotators: dict[int, set[int]] = {i: {voters[i]} for i in range(len(boxes))}
    for k in order:
        gi, gj = group_of[first[k]], group_of[second[k]]
        if gi == gj or annotators[gi] & annotators[gj]:
            continue
        if overlap[np.ix_(members[gi], members[gj])].min() < threshold:
            continue
        keep, gone = min(gi, gj), max(gi, gj)
        members[keep] = sorted(members[keep] + members.pop(gone))
        annotators[keep] |= annotators.pop(gone)
        for index in members[keep]:
            group_of[index] = keep
    return [members[g] for g in sorted(members)]


def _mean_box(label: str, boxes: list[Box], weights: list[float]) -> Box:
    """The weighted mean of a group's boxes; attributes that a strict majority of the group set."""
    if math.fsum(weights) <= 0.0:
        weights = [1.0] * len(boxes)  # no usable weights: every box counts the same
    total = math.fsum(weights)
    # fsum is exactly rounded, so the mean does not depend on the order the boxes are added in.
    coords = {
        axis: math.fsum(w * float(box[axis]) for w, box in zip(weights, boxes, strict=True)) / total for axis in "xywh"
    }
    counts = Counter(attribute for box in boxes for attribute in set(box.get("attributes", [])))
    attributes = sorted(name for name, count in counts.items() if 2 * count > len(boxes))
    return {"id": "", "label": label, **coords, "attributes": attributes, "source": "user"}


def merge_boxes(votes: Sequence[Vote], *, min_votes: int | None = None, threshold: float = DEFAULT_THRESHOLD) -> Merged:
    """Consensus boxes from several annotators' boxes of one image.

    Same-label boxes are grouped across annotators (see `_clusters`: IoU >= `threshold`, at most
    one box per annotator per group). A group drawn by at least `min_votes` annotators (default: a
    strict majority of the votes) becomes one box: the mean of its boxes weighted by vote weight
    times the box's `score` (1.0 for drawn boxes), with the attributes a majority of the group set,
    source 'user'. Boxes are numbered b1, b2, ... top to bottom, then left to right. The result is
    not marked verified.

    It needs review when a left-out group was contested — drawn by two or more annotators, or by
    half of them — rather than one person's stray box among three or more, or when the annotators'
    box counts differ by more than one, or when they drew on differently sized or turned images.
    """
    if not votes:
        raise ValueError("a merge needs at least one vote")
    need = len(votes) // 2 + 1 if min_votes is None else min_votes
    if need < 1:
        raise ValueError(f"min_votes must be at least 1, not {min_votes}")
    ordered = _canonical(votes)
    entries = [(index, box) for index, (_, boxes) in enumerate(ordered) for box in boxes]
    merged: list[Box] = []
    left_out: list[str] = []
    for label in sorted({box["label"] for _, box in entries}):
        labelled = [(index, box) for index, box in entries if box["label"] == label]
        boxes = [box for _, box in labelled]
        voters = [index for index, _ in labelled]
        for group in _clusters(boxes, voters, threshold):
            support = len(group)
            if support >= need:
                weights = [ordered[voters[i]][0].weight * float(boxes[i].get("score", 1.0)) for i in group]
                merged.append(_mean_box(label, [boxes[i] for i in group], weights))
            elif support >= 2 or 2 * support >= len(votes):
                first = boxes[group[0]]
                left_out.append(
                    f"{support} of {len(votes)} annotators drew a {label!r} box at "
                    f"({float(first['x']):g}, {float(first['y']):g}) that was left out ({need} needed)"
                )
    merged.sort(key=lambda box: (box["y"], box["x"], box["label"], box["h"], box["w"]))
    for number, box in enumerate(merged, start=1):
        box["id"] = f"b{number}"

    reasons = left_out[:_REASONS_SHOWN]
    if len(left_out) > _REASONS_SHOWN:
        reasons.append(f"{len(left_out) - _REASONS_SHOWN} more boxes left out")
    counts = [(vote.annotator, len(boxes)) for vote, boxes in ordered]
    if max(n for _, n in counts) - min(n for _, n in counts) > 1:
        reasons.append("box counts differ by more than one: " + ", ".join(f"{name} {n}" for name, n in counts))
    annotation: dict[str, Any] = {"boxes": merged, "verified": False}
    images = [
        vote.annotation["image"]
        for vote, _ in ordered
        if isinstance(vote.annotation, dict) and "image" in vote.annotation
    ]
    if images:
        if all(image == images[0] for image in images):
            annotation["image"] = copy.deepcopy(images[0])
        else:
            # Coordinates are pixels of the displayed image: boxes drawn on different displays do not line up.
            reasons.append("the annotators drew on images of different size or orientation")
    return Merged(annotation=annotation, needs_review=bool(reasons), reason="; ".join(reasons))


QUALITY = register(ImageQuality())

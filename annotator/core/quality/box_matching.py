"""Box overlap (IoU) and one-to-one matching of two box lists by label, with precision, recall and F1.

Boxes are the image annotation's dicts (`x`, `y`, `w`, `h` in pixels, `label`); see core/boxes.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

Box = dict[str, Any]

DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class Match:
    """Box `a` of the first list paired with box `b` of the second (indices), and their IoU."""

    a: int
    b: int
    iou: float


@dataclass(frozen=True)
class MatchResult:
    """How a list of boxes (`pred`) covers a reference list (`gold`) after one-to-one matching.

    `mean_iou` is over the matched pairs (0.0 when none matched). Two empty lists agree perfectly:
    precision, recall, f1 and mean_iou are all 1.0. A ratio with nothing to divide by is otherwise 0.0.
    """

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    mean_iou: float


def iou(a: Box, b: Box) -> float:
    """Intersection over union of two boxes; a zero-area box has IoU 0 with anything but an identical box (1)."""
    iw = max(0.0, min(a["x"] + a["w"], b["x"] + b["w"]) - max(a["x"], b["x"]))
    ih = max(0.0, min(a["y"] + a["h"], b["y"] + b["h"]) - max(a["y"], b["y"]))
    inter = iw * ih
    union = a["w"] * a["h"] + b["w"] * b["h"] - inter
    if union <= 0.0:
        return 1.0 if _xywh(a) == _xywh(b) else 0.0
    return inter / union


def _xywh(box: Box) -> tuple[float, float, float, float]:
    return float(box["x"]), float(box["y"]), float(box["w"]), float(box["h"])


def _array(boxes: Sequence[Box]) -> np.ndarray:
    return np.array([_xywh(box) for box in boxes], dtype=np.float64).reshape(-1, 4)


def iou_matrix(a: Sequence[Box], b: Sequence[Box]) -> np.ndarray:
    """IoU of every box of `a` with every box of `b`, as a (len(a), len(b)) float array (same rules as `iou`)."""
    xa, xb = _array(a), _array(b)
    ax, ay, aw, ah = (xa[:, k : k + 1] for k in range(4))
    bx, by, bw, bh = (xb[None, :, k] for k in range(4))
    iw = np.clip(np.minimum(ax + aw, bx + bw) - np.maximum(ax, bx), 0.0, None)
    ih = np.clip(np.minimum(ay + ah, by + bh) - np.maximum(ay, by), 0.0, None)
    inter = iw * ih
    union = aw * ah + bw * bh - inter
    positive = union > 0.0
    result = np.divide(inter, union, out=np.zeros_like(inter), where=positive)
    # Two zero-area boxes have no union to divide by; they agree only if they are the same box.
    identical = np.all(xa[:, None, :] == xb[None, :, :], axis=2)
    result[~positive & identical] = 1.0
    return result


def match_boxes(a: Sequence[Box], b: Sequence[Box], threshold: float = DEFAULT_THRESHOLD) -> list[Match]:
    """Pair boxes of `a` with boxes of `b` one to one: same label, IoU >= `threshold` (and above 0).

    Optimal, not greedy: among all valid one-to-one pairings it takes one with the most pairs, and
    among those the largest total IoU (a Hungarian assignment on each group of boxes that overlap).
    COCO's evaluation matches greedily, highest score first; for agreement between two people there
    is no score to order by, and greedy can lose a pair when one box overlaps two others. Pairs come
    sorted by `a`'s index.
    """
    matches: list[Match] = []
    labels = sorted({box["label"] for box in a} & {box["label"] for box in b})
    for label in labels:
        rows = [i for i, box in enumerate(a) if box["label"] == label]
        cols = [j for j, box in enumerate(b) if box["label"] == label]
        overlap = iou_matrix([a[i] for i in rows], [b[j] for j in cols])
        valid = (overlap >= threshold) & (overlap > 0.0)
        for sub_rows, sub_cols in _components(valid):
            block = overlap[np.ix_(sub_rows, sub_cols)]
            for r, c in _best_pairs(block, valid[np.ix_(sub_rows, sub_cols)]):
                i, j = sub_rows[r], sub_cols[c]
                matches.append(Match(rows[i], cols[j], float(overlap[i, j])))
    return sorted(matches, key=lambda match: match.a)


def _components(valid: np.ndarray) -> list[tuple[list[int], list[int]]]:
    """Groups of rows and columns linked by valid pairs; each is matched on its own (most are one box each)."""
    n_rows, n_cols = valid.shape
    seen_rows = np.zeros(n_rows, dtype=bool)
    seen_cols = np.zeros(n_cols, dtype=bool)
    groups: list[tuple[list[int], list[int]]] = []
    for start in np.flatnonzero(valid.any(axis=1)):
        if seen_rows[start]:
            continue
        rows, cols = [int(start)], []
        seen_rows[start] = True
        frontier = [int(start)]
        while frontier:
            new_cols = np.flatnonzero(valid[frontier].any(axis=0) & ~seen_cols)
            seen_cols[new_cols] = True
            cols.extend(int(c) for c in new_cols)
            new_rows = np.flatnonzero(valid[:, new_cols].any(axis=1) & ~seen_rows) if len(new_cols) else []
            seen_rows[new_rows] = True
            rows.extend(int(r) for r in new_rows)
            frontier = [int(r) for r in new_rows]
        groups.append((sorted(rows), sorted(cols)))
    return groups


def _best_pairs(overlap: np.ndarray, valid: np.ndarray) -> list[tuple[int, int]]:
    """The valid pairs of a maximum-cardinality, then maximum-total-IoU, one-to-one assignment."""
    if overlap.shape == (1, 1):
        return [(0, 0)] if valid[0, 0] else []
    # A bonus larger than any possible IoU total makes one more pair always worth more than any IoU gain.
    bonus = min(overlap.shape) + 1.0
    weight = np.where(valid, bonus + overlap, 0.0)
    transposed = weight.shape[0] > weight.shape[1]
    assigned = _min_cost_assignment(-(weight.T if transposed else weight))
    pairs = [(c, r) if transposed else (r, c) for r, c in assigned]
    return sorted((r, c) for r, c in pairs if valid[r, c])


def _min_cost_assignment(cost: np.ndarray) -> list[tuple[int, int]]:
    """Assign every row (rows <= columns) to a distinct column at the least total cost.

    The Hungarian method with potentials (Kuhn-Munkres as Jonker and Volgenant shortened it),
    O(rows^2 x columns), the column scan done by numpy.
    """
    n, m = cost.shape
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    owner = np.zeros(m + 1, dtype=np.int64)  # owner[j]: the row (1-based) holding column j; 0 = free
    way = np.zeros(m + 1, dtype=np.int64)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = owner[j0]
            reduced = cost[i0 - 1] - u[i0] - v[1:]
            free = ~used[1:]
            better = free & (reduced < minv[1:])
            minv[1:][better] = reduced[better]
            way[1:][better] = j0
            candidates = np.where(free, minv[1:], np.inf)
            j1 = int(np.argmin(candidates)) + 1
            delta = candidates[j1 - 1]
            u[owner[used]] += delta
            v[used] -= delta
            minv[1:][free] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = int(way[j0])
            owner[j0] = owner[j1]
            j0 = j1
    return [(int(owner[j]) - 1, j - 1) for j in range(1, m + 1) if owner[j]]


def match_f1(pred: Sequence[Box], gold: Sequence[Box], threshold: float = DEFAULT_THRESHOLD) -> MatchResult:
    """Precision, recall and F1 of `pred` against `gold` after `match_boxes`; empty vs empty is F1 1.0."""
    if not pred and not gold:
        return MatchResult(0, 0, 0, 1.0, 1.0, 1.0, 1.0)
    matches = match_boxes(pred, gold, threshold)
    tp = len(matches)
    fp, fn = len(pred) - tp, len(gold) - tp
    precision = tp / len(pred) if pred else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * tp / (len(pred) + len(gold))
    mean_iou = sum(match.iou for match in matches) / tp if tp else 0.0
    return MatchResult(tp, fp, fn, precision, recall, f1, mean_iou)

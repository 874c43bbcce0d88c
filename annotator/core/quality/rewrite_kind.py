"""Quality operations for rewrites: two rewrites compared by character similarity, scored against a gold text, merged by medoid.

Similarity is 1 - Levenshtein distance / the longer text's length, in code points (1.0 for two empty
texts). RapidFuzz computes it in C++ (jiwer, a dependency, is built on it), so two 50,000-character
rewrites compare in milliseconds, where a Python edit distance would take minutes.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein

from annotator.core.quality.kinds import GoldScore, Merged, Vote, ordered_votes, register

# A merged rewrite whose mean similarity to the others is below this needs a person to choose.
REVIEW_BELOW_SIMILARITY = 0.9


def _text(annotation: Any) -> str:
    if not isinstance(annotation, Mapping) or not isinstance(annotation.get("text"), str):
        raise ValueError(f"a rewrite annotation is an object with a 'text', not {type(annotation).__name__}")
    return annotation["text"]


def similarity(a: str, b: str) -> float:
    """1 - character edit distance / the longer text's length, in code points; 1.0 for two empty texts."""
    return float(Levenshtein.normalized_similarity(a, b))


def is_no_op(annotation: Any, original: str | None = None) -> bool:
    """Whether the rewrite left the response as it was (against `original` when given, else by its distances)."""
    if original is not None:
        return _text(annotation) == original
    return not annotation.get("char_distance") and not annotation.get("edits")


class RewriteQuality:
    """Rewrites agree by character similarity; the merge keeps the rewrite closest to the others."""

    kind = "rewrite"

    @property
    def higher_is_better(self) -> bool:
        """True: 'similarity' is 1.0 for two identical rewrites."""
        return True

    def categories(self, annotation: Any) -> tuple[Hashable, ...] | None:
        """None: a rewrite is a text, not a nominal choice."""
        return None

    def pairwise(self, a: Any, b: Any) -> dict[str, float]:
        """{'similarity': of the two rewritten texts, 'char_distance': between them}; symmetric."""
        first, second = _text(a), _text(b)
        return {"similarity": similarity(first, second), "char_distance": float(Levenshtein.distance(first, second))}

    def score(self, annotation: Any, gold: Any) -> GoldScore:
        """The rewrite's similarity to the gold text: accuracy and detail {'similarity', 'char_distance', 'exact'}."""
        given, known = _text(annotation), _text(gold)
        value = similarity(given, known)
        detail = {
            "similarity": value,
            "char_distance": float(Levenshtein.distance(given, known)),
            "exact": 1.0 if given == known else 0.0,
        }
        return GoldScore(accuracy=value, detail=detail)

    def merge(self, votes: Sequence[Vote]) -> Merged:
        """The medoid: the rewrite with the highest weighted mean similarity to the others (ties: the first by
        annotator name), kept whole. It needs review when that mean is below REVIEW_BELOW_SIMILARITY."""
        ordered = ordered_votes(votes)
        if len(ordered) == 1:
            return Merged(annotation=copy.deepcopy(ordered[0].annotation))
        texts = [_text(vote.annotation) for vote in ordered]
        n = len(ordered)
        close = [[1.0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                close[i][j] = close[j][i] = similarity(texts[i], texts[j])

        def mean_similarity(i: int) -> float:
            others = [j for j in range(n) if j != i]
            weights = [ordered[j].weight for j in others]
            if math.fsum(weights) <= 0:
                weights = [1.0] * len(others)
            return math.fsum(w * close[i][j] for w, j in zip(weights, others, strict=True)) / math.fsum(weights)

        means = [mean_similarity(i) for i in range(n)]
        # Rounded for the comparison only, so equal means that differ in the last bit still tie.
        best = min(range(n), key=lambda i: (-round(means[i], 12), i))
        merged = copy.deepcopy(ordered[best].annotation)
        if means[best] < REVIEW_BELOW_SIMILARITY:
            reason = (
                f"the rewrites differ: the closest to the others ({ordered[best].annotator}) has a mean similarity "
                f"of {means[best]:.2f} (below {REVIEW_BELOW_SIMILARITY:g})"
            )
            return Merged(annotation=merged, needs_review=True, reason=reason)
        return Merged(annotation=merged)


@dataclass(frozen=True)
class RewriteFigures:
    """One annotator's rewrites: how many, their mean word and character edit distances, and the share left as they were."""

    annotator: str
    items: int
    mean_word_distance: float | None
    mean_char_distance: float | None
    no_op_rate: float | None


def rewrite_figures(annotator: str, annotations: Sequence[tuple[Any, str | None]]) -> RewriteFigures:
    """The figures of one annotator's rewrites, each given with the original response (None when unknown)."""
    if not annotations:
        return RewriteFigures(annotator, 0, None, None, None)
    words = [float(annotation.get("word_distance", 0)) for annotation, _ in annotations]
    chars = [float(annotation.get("char_distance", 0)) for annotation, _ in annotations]
    unchanged = sum(1 for annotation, original in annotations if is_no_op(annotation, original))
    count = len(annotations)
    return RewriteFigures(
        annotator=annotator,
        items=count,
        mean_word_distance=math.fsum(words) / count,
        mean_char_distance=math.fsum(chars) / count,
        no_op_rate=unchanged / count,
    )


QUALITY = register(RewriteQuality())

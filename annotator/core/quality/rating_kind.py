"""Quality operations for rating items: rubric scores compared on their scale, scored against gold scores, merged by median.

Scores are ordinal: two ratings are as close as their mean distance over the scale's range, a merge
takes each criterion's median, and the report's agreement per criterion is Krippendorff's ordinal
alpha (`criterion_alphas`). The ranges come from the package's rubric (`configured`); without it, the
default rubric's 1-5 and the default 0-3 relevance grades.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.evaluation.configs import RatingConfig
from annotator.core.quality.agreement import krippendorff_alpha
from annotator.core.quality.kinds import GoldScore, Merged, Vote, ordered_votes, register, weighted_median

# Two scores of one criterion further apart than this (in scale points) make a merge ask for review.
REVIEW_SPREAD = 1
RELEVANCE = "relevance"  # the name the report gives a search item's graded results
_FALLBACK_SPAN = 4.0  # a 1-5 scale, for a criterion the settings do not name

Key = tuple[str, str]  # ("score", criterion) or ("relevance", result id)


def _checked(annotation: Any) -> Mapping[str, Any]:
    if not isinstance(annotation, Mapping) or not isinstance(annotation.get("scores"), Mapping):
        raise ValueError(f"a rating annotation is an object with 'scores', not {type(annotation).__name__}")
    return annotation


def _values(annotation: Any) -> dict[Key, int | None]:
    """Every rated thing: a criterion's score (None when marked N/A) and each graded result."""
    checked = _checked(annotation)
    values: dict[Key, int | None] = {("score", name): value for name, value in checked["scores"].items()}
    values.update({("score", name): None for name in checked.get("na") or ()})
    values.update({("relevance", result): grade for result, grade in (checked.get("relevance") or {}).items()})
    return values


class RatingQuality:
    """Ratings agree by their mean distance on each criterion's scale; the merge takes medians."""

    kind = "rating"

    def __init__(self, config: RatingConfig | None = None) -> None:
        self.config = config or RatingConfig()
        self._spans = {c.name: float(max(c.values()) - min(c.values())) for c in self.config.criteria if c.points}
        grades = [point.value for point in self.config.relevance]
        self._relevance_span = float(max(grades) - min(grades)) if grades else _FALLBACK_SPAN

    def configured(self, settings: Any) -> RatingQuality:
        """These operations with the scale ranges of a package's rating settings."""
        return RatingQuality(settings) if isinstance(settings, RatingConfig) else self

    @property
    def higher_is_better(self) -> bool:
        """True: 'closeness' is 1.0 when two ratings are the same."""
        return True

    def categories(self, annotation: Any) -> tuple[Hashable, ...] | None:
        """None: a rubric is several ordinal scores, not one nominal choice (the report gives ordinal alpha per criterion)."""
        return None

    def span(self, key: Key) -> float:
        """The range of the scale a criterion (or a search result's grade) is rated on."""
        if key[0] == RELEVANCE:
            return self._relevance_span
        return self._spans.get(key[1], _FALLBACK_SPAN)

    def _distance(self, key: Key, a: int | None, b: int | None) -> float:
        """How far apart two values are, as a share of the scale: 0 the same, 1 the ends (or N/A against a score)."""
        if a is None or b is None:
            return 0.0 if a == b else 1.0
        span = max(self.span(key), float(abs(a - b)))
        return abs(a - b) / span if span else 0.0

    def pairwise(self, a: Any, b: Any) -> dict[str, float]:
        """{'closeness': 1 - the mean distance as a share of the scale, 'mean_abs_diff': in scale points, 'flags': the
        share of policy flags both answered alike}. Everything either rated counts (rated by one only: distance 1)."""
        first, second = _values(a), _values(b)
        keys = sorted(set(first) | set(second))
        distances = [
            self._distance(key, first.get(key), second.get(key)) if key in first and key in second else 1.0
            for key in keys
        ]
        points = _point_differences(first, second)
        flags_a, flags_b = _checked(a).get("flags") or {}, _checked(b).get("flags") or {}
        flagged = sorted(set(flags_a) | set(flags_b))
        return {
            "closeness": 1.0 - math.fsum(distances) / len(distances) if distances else 1.0,
            "mean_abs_diff": math.fsum(points) / len(points) if points else 0.0,
            "flags": sum(1 for f in flagged if flags_a.get(f) == flags_b.get(f)) / len(flagged) if flagged else 1.0,
        }

    def score(self, annotation: Any, gold: Any) -> GoldScore:
        """1 - the mean distance (a share of the scale) over what the gold rates; a criterion the gold scores and the
        annotation does not counts as a whole scale off. Detail: closeness, mean_abs_diff, exact (share of equal
        scores) and flags (share of the gold's policy flags answered alike). A gold with no scores scores the flags."""
        given, known = _values(annotation), _values(gold)
        keys = sorted(known)
        distances = [self._distance(key, given.get(key), known[key]) if key in given else 1.0 for key in keys]
        points = _point_differences(given, known)
        exact = [1.0 if key in given and given[key] == known[key] else 0.0 for key in keys]
        gold_flags, flags = _checked(gold).get("flags") or {}, _checked(annotation).get("flags") or {}
        flag_share = (
            sum(1 for name, value in gold_flags.items() if flags.get(name) == value) / len(gold_flags)
            if gold_flags
            else 1.0
        )
        closeness = 1.0 - math.fsum(distances) / len(distances) if distances else flag_share
        detail = {
            "closeness": closeness,
            "mean_abs_diff": math.fsum(points) / len(points) if points else 0.0,
            "exact": math.fsum(exact) / len(exact) if exact else 1.0,
            "flags": flag_share,
        }
        return GoldScore(accuracy=closeness, detail=detail)

    def merge(self, votes: Sequence[Vote]) -> Merged:
        """Per criterion the weighted median score (the lower of two middle ones), or N/A when most weight says N/A;
        per policy flag the weighted majority (a tie: yes, to be safe); the median confidence and relevance grades.

        It needs review when a criterion's (or result's) scores are more than REVIEW_SPREAD points apart,
        when N/A and scores split evenly, or when a flag's answers tie.
        """
        ordered = ordered_votes(votes)
        merged = copy.deepcopy(dict(ordered[0].annotation))
        reasons: list[str] = []
        scores: dict[str, int] = {}
        na: list[str] = []
        names = sorted({key[1] for vote in ordered for key in _values(vote.annotation) if key[0] == "score"})
        for name in names:
            given = [
                (vote.annotation["scores"][name], vote.weight) for vote in ordered if name in vote.annotation["scores"]
            ]
            skipped = math.fsum(vote.weight for vote in ordered if name in (vote.annotation.get("na") or ()))
            rated = math.fsum(weight for _, weight in given)
            if skipped > rated or not given:
                na.append(name)
            else:
                scores[name] = weighted_median(given)
            if given and skipped and skipped == rated:
                reasons.append(f"{name}: N/A and scores split evenly")
            _spread(name, [value for value, _ in given], reasons)
        order = [c.name for c in self.config.criteria]
        merged["scores"] = scores
        merged["na"] = sorted(na, key=lambda name: (order.index(name) if name in order else len(order), name))
        merged["flags"] = _merged_flags(ordered, reasons)
        confidence = [
            (vote.annotation["confidence"], vote.weight)
            for vote in ordered
            if vote.annotation.get("confidence") is not None
        ]
        merged["confidence"] = weighted_median(confidence) if confidence else None
        if any(vote.annotation.get("relevance") is not None for vote in ordered):
            grades: dict[str, list[tuple[int, float]]] = {}
            for vote in ordered:
                for result, grade in (vote.annotation.get("relevance") or {}).items():
                    grades.setdefault(result, []).append((grade, vote.weight))
            merged["relevance"] = {result: weighted_median(given) for result, given in sorted(grades.items())}
            for result, given in sorted(grades.items()):
                _spread(f"result {result}", [value for value, _ in given], reasons)
        return Merged(annotation=merged, needs_review=bool(reasons), reason="; ".join(reasons))


def _point_differences(a: Mapping[Key, int | None], b: Mapping[Key, int | None]) -> list[int]:
    """How many scale points apart the two are on each thing both gave a value (N/A is no value)."""
    return [abs(x - y) for key, x in a.items() if x is not None and (y := b.get(key)) is not None]


def _spread(name: str, values: Sequence[int], reasons: list[str]) -> None:
    if values and max(values) - min(values) > REVIEW_SPREAD:
        reasons.append(f"{name}: scores from {min(values)} to {max(values)}")


def _merged_flags(votes: Sequence[Vote], reasons: list[str]) -> dict[str, bool]:
    answers: dict[str, dict[bool, float]] = {}
    for vote in votes:
        for name, value in (vote.annotation.get("flags") or {}).items():
            tally = answers.setdefault(name, {True: 0.0, False: 0.0})
            tally[bool(value)] += vote.weight
    flags = {}
    for name, tally in sorted(answers.items()):
        flags[name] = tally[True] >= tally[False]
        if tally[True] == tally[False]:
            reasons.append(f"flag {name}: yes and no split evenly")
    return flags


@dataclass(frozen=True)
class CriterionAgreement:
    """Agreement on one criterion (or on the relevance grades): Krippendorff's ordinal alpha over the units
    two or more annotators rated, how many units that is, and the mean score given."""

    criterion: str
    alpha: float | None
    units: int
    mean: float | None


def criterion_alphas(
    annotations: Mapping[str, Mapping[str, Any]], config: RatingConfig | None = None
) -> list[CriterionAgreement]:
    """Ordinal alpha per criterion from {item id: {annotator: rating annotation}}, in rubric order (then by name),
    and one for search items' relevance grades (each graded result a unit) when there are any.

    The scale order is the criterion's scale points; N/A counts as no value.
    """
    config = config or RatingConfig()
    values: dict[Key, dict[Hashable, dict[str, int]]] = {}
    for item_id, by_annotator in sorted(annotations.items()):
        for annotator, annotation in sorted(by_annotator.items()):
            for (what, name), value in _values(annotation).items():
                if value is None:
                    continue
                key = (what, name) if what == "score" else (RELEVANCE, RELEVANCE)
                unit = item_id if what == "score" else (item_id, name)
                values.setdefault(key, {}).setdefault(unit, {})[annotator] = value
    order = [c.name for c in config.criteria]
    scales = {c.name: c.values() for c in config.criteria}
    grades = [point.value for point in config.relevance]
    result = []
    for key in sorted(values, key=lambda k: (k[0] == RELEVANCE, order.index(k[1]) if k[1] in order else len(order), k)):
        units = values[key]
        scale = grades if key[0] == RELEVANCE else scales.get(key[1])
        seen = {value for by in units.values() for value in by.values()}
        if scale is not None and not seen <= set(scale):
            scale = sorted(seen | set(scale))  # a value off the package's scale still counts, in its place
        all_values = [value for by in units.values() for value in by.values()]
        result.append(
            CriterionAgreement(
                criterion=key[1],
                alpha=krippendorff_alpha(units, level="ordinal", order=scale),
                units=sum(1 for by in units.values() if len(by) >= 2),
                mean=math.fsum(all_values) / len(all_values) if all_values else None,
            )
        )
    return result


QUALITY = register(RatingQuality())

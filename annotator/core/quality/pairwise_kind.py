"""Quality operations for pairwise items: preferences compared by response id, scored against a known preference, merged by majority.

A pairwise annotation says which response won by `preferred` (a response id, 'tie' or 'both_bad'),
not by the side it was shown on: each annotator saw their own left-to-right `order`, so sides mean
nothing across annotators. N-way items rank their responses instead (`ranking`: id -> rank, 1 best).
"""

from __future__ import annotations

import copy
import itertools
import math
from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from annotator.core.quality.kinds import GoldScore, Merged, Vote, ordered_votes, register, weighted_median

UNDECIDED = ("tie", "both_bad")  # preferred values that name no winner


def _checked(annotation: Any) -> Mapping[str, Any]:
    if not isinstance(annotation, Mapping) or not isinstance(annotation.get("order"), list):
        raise ValueError(f"a pairwise annotation is an object with an 'order', not {type(annotation).__name__}")
    return annotation


def ranking_of(annotation: Any) -> dict[str, int] | None:
    """An N-way annotation's ranking (response id -> rank, 1 best); None for a two-response comparison."""
    ranking = _checked(annotation).get("ranking")
    return dict(ranking) if ranking else None


def ranking_groups(ranking: Mapping[str, int]) -> tuple[str, ...]:
    """A ranking as its places, best first, each place the ids that share it joined by '=': ('r2', 'r1=r3')."""
    places: dict[int, list[str]] = {}
    for response, rank in ranking.items():
        places.setdefault(rank, []).append(response)
    return tuple("=".join(sorted(places[rank])) for rank in sorted(places))


def winner(annotation: Any) -> str | None:
    """The response the annotation puts first on its own: the preferred id, or an N-way ranking's sole first
    place; None for a tie, both bad, a shared first place or no decision."""
    ranking = ranking_of(annotation)
    if ranking is not None:
        first = ranking_groups(ranking)[0]
        return None if "=" in first else first
    preferred = _checked(annotation).get("preferred")
    return None if preferred in UNDECIDED else preferred


def is_decisive(annotation: Any) -> bool:
    """Whether the annotation names one winner (no tie, no 'both bad', no shared first place)."""
    return winner(annotation) is not None


def chosen_position(annotation: Any) -> int | None:
    """Where the winner was shown: 0 for the left (first) response of `order`, 1 for the next, ...; None if no winner."""
    chosen = winner(annotation)
    order = _checked(annotation)["order"]
    return order.index(chosen) if chosen in order else None


def criteria_by_response(annotation: Any) -> dict[str, str]:
    """Per criterion, the winning response id (or 'tie'), turned from the shown sides A, B, ... by `order`."""
    checked = _checked(annotation)
    order = checked["order"]
    result = {}
    for criterion, side in (checked.get("criteria") or {}).items():
        position = ord(side) - ord("A") if side != "tie" else -1
        result[criterion] = order[position] if 0 <= position < len(order) else "tie"
    return result


def concordance(a: Mapping[str, int], b: Mapping[str, int]) -> float:
    """The share of response pairs two rankings put the same way round (a tie is a way round too).

    Only responses both rank count; with fewer than two of those, 1.0 when the rankings are equal, else 0.0.
    """
    shared = sorted(set(a) & set(b))
    pairs = list(itertools.combinations(shared, 2))
    if not pairs:
        return 1.0 if dict(a) == dict(b) else 0.0
    same = sum(1 for x, y in pairs if _sign(a[x] - a[y]) == _sign(b[x] - b[y]))
    return same / len(pairs)


def _sign(value: int | float) -> int:
    return (value > 0) - (value < 0)


class PairwiseQuality:
    """Two annotators agree when they prefer the same response (or both call it a tie, or both bad)."""

    kind = "pairwise"

    @property
    def higher_is_better(self) -> bool:
        """True: 'agree' is 1.0 when two annotators agree."""
        return True

    def categories(self, annotation: Any) -> tuple[Hashable, ...]:
        """(preferred,) by response id ('tie' and 'both_bad' are categories too); an N-way ranking's places
        (`ranking_groups`); () while undecided."""
        ranking = ranking_of(annotation)
        if ranking is not None:
            return ranking_groups(ranking)
        preferred = _checked(annotation).get("preferred")
        return () if preferred is None else (preferred,)

    def pairwise(self, a: Any, b: Any) -> dict[str, float]:
        """{'agree': 1.0 or 0.0} on the preferred response; for N-way rankings the share of response pairs
        ordered alike (`concordance`)."""
        first, second = ranking_of(a), ranking_of(b)
        if first is not None and second is not None:
            return {"agree": concordance(first, second)}
        return {"agree": 1.0 if self.categories(a) == self.categories(b) else 0.0}

    def score(self, annotation: Any, gold: Any) -> GoldScore:
        """Against a known preference: accuracy 1.0 when `preferred` matches it (a 'tie' or 'both_bad' gold is
        matched only by the same answer), detail {'exact': ...}. A gold ranking scores the `concordance`, with
        {'concordance': ..., 'top': 1.0 when the first places match}."""
        known, given = ranking_of(gold), ranking_of(annotation)
        if known is not None:
            agreed = concordance(given or {}, known)
            top = 1.0 if given is not None and ranking_groups(given)[0] == ranking_groups(known)[0] else 0.0
            return GoldScore(accuracy=agreed, detail={"concordance": agreed, "top": top})
        exact = 1.0 if self.categories(annotation) == self.categories(gold) else 0.0
        return GoldScore(accuracy=exact, detail={"exact": exact})

    def merge(self, votes: Sequence[Vote]) -> Merged:
        """The preference with the most weight; it needs review when no preference has more than half the weight.

        The merged annotation is a winning vote's (of several, the first annotator by name), its `order`
        kept, with each criterion set to the weighted majority of all votes (by response id, written back
        as that order's sides; a split keeps the winning vote's) and the strength to the weighted median of
        all strengths, turned to that order. N-way rankings merge by mean rank (`merge_rankings`).
        """
        ordered = ordered_votes(votes)
        if all(ranking_of(vote.annotation) is not None for vote in ordered):
            return merge_rankings(ordered)
        weights: dict[tuple[Hashable, ...], list[float]] = {}
        for vote in ordered:
            weights.setdefault(self.categories(vote.annotation), []).append(vote.weight)
        # fsum: the same weights give the same total in any order, so a tie is a tie whatever the vote order.
        found = {option: math.fsum(given) for option, given in weights.items()}
        best = max(found.values())
        winners = sorted((option for option, total in found.items() if total == best), key=_option_name)
        base_vote = next(vote for vote in ordered if self.categories(vote.annotation) == winners[0])
        merged = copy.deepcopy(dict(base_vote.annotation))
        merged["criteria"] = _merged_criteria(ordered, merged)
        merged["strength"] = _merged_strength(ordered, merged["order"], merged.get("strength"))
        total = math.fsum(vote.weight for vote in ordered)
        reasons = []
        if len(winners) > 1:
            reasons.append("tie: " + ", ".join(f"{_option_name(option)} ({best:g})" for option in winners))
        elif len(found) > 1 and not 2 * best > total:
            split = ", ".join(f"{_option_name(option)} ({weight:g})" for option, weight in sorted(found.items()))
            reasons.append(f"no preference has a majority: {split}")
        return Merged(annotation=merged, needs_review=bool(reasons), reason="; ".join(reasons))


def merge_rankings(votes: Sequence[Vote]) -> Merged:
    """N-way rankings merged by each response's weighted mean rank (equal means share a place).

    The merged annotation is the first vote's (by annotator) with the new ranking, and `preferred` the
    sole first place (or 'tie') when the vote names one. It needs review when the votes' first places differ.
    """
    ordered = ordered_votes(votes)
    sums: dict[str, list[tuple[float, float]]] = {}
    for vote in ordered:
        for response, rank in (ranking_of(vote.annotation) or {}).items():
            sums.setdefault(response, []).append((rank, vote.weight))
    means = {}
    for response, given in sums.items():
        weight = math.fsum(w for _, w in given)
        mean = (
            math.fsum(r * w for r, w in given) / weight if weight > 0 else math.fsum(r for r, _ in given) / len(given)
        )
        means[response] = round(mean, 9)
    places = sorted(set(means.values()))
    ranking = {response: places.index(mean) + 1 for response, mean in sorted(means.items())}
    merged = copy.deepcopy(dict(ordered[0].annotation))
    merged["ranking"] = ranking
    if merged.get("preferred") is not None:
        first = ranking_groups(ranking)[0]
        merged["preferred"] = "tie" if "=" in first else first
    tops = sorted({ranking_groups(ranking_of(vote.annotation) or {})[0] for vote in ordered})
    if len(tops) > 1:
        return Merged(annotation=merged, needs_review=True, reason="first places differ: " + ", ".join(tops))
    return Merged(annotation=merged)


def _merged_criteria(votes: Sequence[Vote], base: Mapping[str, Any]) -> dict[str, str]:
    order = base["order"]
    result = dict(base.get("criteria") or {})
    by_criterion: dict[str, dict[str, float]] = {}
    for vote in votes:
        for criterion, response in criteria_by_response(vote.annotation).items():
            weights = by_criterion.setdefault(criterion, {})
            weights[response] = weights.get(response, 0.0) + vote.weight
    for criterion, weights in sorted(by_criterion.items()):
        best = max(weights.values())
        leaders = [response for response, weight in weights.items() if weight == best]
        if len(leaders) == 1:
            leader = leaders[0]
            if leader == "tie":
                result[criterion] = "tie"
            elif leader in order:
                result[criterion] = chr(ord("A") + order.index(leader))
    return dict(sorted(result.items()))


def _merged_strength(votes: Sequence[Vote], order: Sequence[str], fallback: int | None) -> int | None:
    """The weighted (lower) median strength, each vote's turned to `order`: -3 the first shown much better."""
    given = []
    for vote in votes:
        strength = vote.annotation.get("strength")
        if strength is None:
            continue
        own = vote.annotation["order"]
        # Strength runs from the first shown (negative) to the second (positive): a reversed order flips it.
        flipped = len(own) >= 2 and len(order) >= 2 and own[0] == order[1] and own[1] == order[0]
        given.append((-strength if flipped else strength, vote.weight))
    return weighted_median(given) if given else fallback


def _option_name(option: tuple[Hashable, ...]) -> str:
    return " > ".join(map(str, option)) if option else "undecided"


QUALITY = register(PairwiseQuality())

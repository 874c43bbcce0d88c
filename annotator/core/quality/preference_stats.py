"""Figures of pairwise judgements for the lead: agreement with and without ties, position bias, and the systems' comparisons.

Agreement is on what was preferred, by response id ('tie' and 'both_bad' are answers too), never on
the side it was shown on: annotators saw their own orders, so "A" means a different response to
each of them. "Without ties" keeps only judgements that name a winner, so two annotators are compared
on the items where both were decisive. Position bias is the share of decisive choices that went to
the response shown first (left), beside the share chance alone would give.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.evaluation.content import responses
from annotator.core.model import Item
from annotator.core.quality.agreement import Judgement, agreement_report
from annotator.core.quality.bradley_terry import Comparison
from annotator.core.quality.pairwise_kind import (
    QUALITY,
    UNDECIDED,
    chosen_position,
    criteria_by_response,
    is_decisive,
    ranking_of,
)

_Z95 = 1.959963984540054  # the standard normal's 97.5th percentile


@dataclass(frozen=True)
class KappaFigures:
    """Agreement on preferences over the items two or more annotators judged.

    `kappa` is Cohen's kappa for two annotators and, for more, Light's kappa (the mean of every pair's
    Cohen's kappa); `pairwise_kappa` has each pair's, on the items both judged. `raw_agreement` is the
    share of agreeing pairs of judgements. None wherever a figure is undefined (one answer only, no
    item judged twice).
    """

    items: int
    raw_agreement: float | None
    kappa: float | None
    fleiss_kappa: float | None
    krippendorff_alpha: float | None
    pairwise_kappa: Mapping[tuple[str, str], float | None] = field(default_factory=dict)
    pair_items: Mapping[tuple[str, str], int] = field(default_factory=dict)


@dataclass(frozen=True)
class PreferenceAgreement:
    """Agreement with ties (every judgement) and without (only decisive ones), and per criterion (with ties)."""

    with_ties: KappaFigures
    without_ties: KappaFigures
    criteria: Mapping[str, KappaFigures] = field(default_factory=dict)


@dataclass(frozen=True)
class PositionBias:
    """How often the decisive choices went to the response shown first (left).

    `rate` = `first` / `decisive`, with its 95 % Wilson interval; `chance` is the rate with no bias at
    all (1/2 for two responses, 1/n for n). `annotator` is None for everyone together.
    """

    annotator: str | None
    first: int
    decisive: int
    rate: float | None
    low: float | None
    high: float | None
    chance: float | None


def kappa_figures(judgements: Iterable[Judgement]) -> KappaFigures:
    """Raw agreement, Cohen's (two annotators) or Light's kappa, Fleiss' kappa and nominal alpha of the judgements."""
    listed = list(judgements)
    report = agreement_report(listed, labels=())
    defined = [value for value in report.pairwise_kappa.values() if value is not None]
    by_item: dict[str, list[tuple]] = {}
    for judgement in listed:
        by_item.setdefault(judgement.item_id, []).append(tuple(judgement.categories))
    pairs = [a == b for given in by_item.values() for a, b in itertools.combinations(given, 2)]
    return KappaFigures(
        items=report.items_compared,
        raw_agreement=sum(pairs) / len(pairs) if pairs else None,
        kappa=math.fsum(defined) / len(defined) if defined else None,
        fleiss_kappa=report.fleiss_kappa,
        krippendorff_alpha=report.krippendorff_alpha,
        pairwise_kappa=dict(report.pairwise_kappa),
        pair_items=dict(report.pair_items),
    )


def preference_agreement(annotations: Mapping[str, Mapping[str, Any]]) -> PreferenceAgreement:
    """Agreement of {annotator: {item id: pairwise annotation}} with ties, without ties, and per criterion.

    Undecided annotations (no preference yet) are left out of everything.
    """
    with_ties, without_ties = [], []
    criteria: dict[str, list[Judgement]] = {}
    for annotator, given in sorted(annotations.items()):
        for item_id, annotation in sorted(given.items()):
            categories = QUALITY.categories(annotation)
            if not categories:
                continue
            judgement = Judgement(item_id, annotator, categories)
            with_ties.append(judgement)
            if is_decisive(annotation):
                without_ties.append(judgement)
            for criterion, response in criteria_by_response(annotation).items():
                criteria.setdefault(criterion, []).append(Judgement(item_id, annotator, (response,)))
    return PreferenceAgreement(
        with_ties=kappa_figures(with_ties),
        without_ties=kappa_figures(without_ties),
        criteria={name: kappa_figures(found) for name, found in sorted(criteria.items())},
    )


def position_bias(annotations: Iterable[Any], *, annotator: str | None = None) -> PositionBias:
    """The share of decisive choices among `annotations` that went to the first (left) response shown."""
    first = decisive = 0
    chance = 0.0
    for annotation in annotations:
        position = chosen_position(annotation)
        if position is None:
            continue
        decisive += 1
        first += position == 0
        chance += 1 / len(annotation["order"])
    if not decisive:
        return PositionBias(annotator, 0, 0, None, None, None, None)
    low, high = wilson_interval(first, decisive)
    return PositionBias(annotator, first, decisive, first / decisive, low, high, chance / decisive)


def position_biases(annotations: Mapping[str, Mapping[str, Any]]) -> list[PositionBias]:
    """Position bias of everyone together, then of each annotator (by name), from {annotator: {item id: annotation}}."""
    everyone = [annotation for _, given in sorted(annotations.items()) for _, annotation in sorted(given.items())]
    result = [position_bias(everyone)]
    result += [position_bias(given.values(), annotator=name) for name, given in sorted(annotations.items())]
    return result


def wilson_interval(successes: int, trials: int, *, z: float = _Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95 % by default): sound near 0 and 1 and for few trials."""
    if trials <= 0:
        raise ValueError("an interval needs at least one trial")
    p = successes / trials
    centre = (p + z * z / (2 * trials)) / (1 + z * z / trials)
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / (1 + z * z / trials)
    return max(0.0, centre - half), min(1.0, centre + half)


def systems_of(content: Mapping[str, Any] | None) -> dict[str, str]:
    """Each response id's system name (the response id itself when the package names none)."""
    return {response.id: response.system or response.id for response in responses(dict(content or {}))}


def comparisons(items: Sequence[Item], annotations: Mapping[str, Mapping[str, Any]]) -> list[Comparison]:
    """The systems' comparisons in {annotator: {item id: pairwise annotation}} of `items` (pairwise ones).

    A preference is a win of its response's system over each other response's; a tie or 'both bad' is
    a tie between every two of them (both count half a win, as Bradley–Terry then reads it). An N-way
    ranking compares every two responses by rank (equal ranks tie). Each annotation is one judgement.
    """
    by_id = {item.id: item for item in items if item.kind == "pairwise"}
    found: list[Comparison] = []
    for annotator, given in sorted(annotations.items()):
        for item_id, annotation in sorted(given.items()):
            item = by_id.get(item_id)
            if item is None:
                continue
            systems = systems_of(item.content)
            judgement = (annotator, item_id)
            ranking = ranking_of(annotation)
            if ranking is not None:
                ranked = sorted(response for response in ranking if response in systems)
                for x, y in itertools.combinations(ranked, 2):
                    outcome = 1.0 if ranking[x] < ranking[y] else 0.5 if ranking[x] == ranking[y] else 0.0
                    found.append(Comparison(systems[x], systems[y], outcome, judgement))
                continue
            preferred = annotation.get("preferred")
            shown = [response for response in annotation["order"] if response in systems]
            if preferred in UNDECIDED:
                found += [
                    Comparison(systems[x], systems[y], 0.5, judgement) for x, y in itertools.combinations(shown, 2)
                ]
            elif preferred in systems:
                found += [
                    Comparison(systems[preferred], systems[other], 1.0, judgement)
                    for other in shown
                    if other != preferred
                ]
    return found

"""Bradley–Terry: the known order of simulated systems comes back, ties count half, intervals are seeded and cover the truth."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from annotator.core.model import Item
from annotator.core.quality.bradley_terry import Comparison, fit_strengths, rank_systems, win_probability
from annotator.core.quality.preference_stats import comparisons, systems_of

TRUE_STRENGTH = {"atlas": 1.0, "boreal": 0.55, "cirrus": 0.0, "delta": -0.45, "ember": -1.1}
JUDGEMENTS = 2000
SEED = 2026


def simulated(strength: dict[str, float], count: int, seed: int) -> list[Comparison]:
    """`count` judgements of two distinct systems drawn at random, by the model the fit assumes.

    The first system wins with probability p = σ(r1 − r2). Ties are likelier between close systems
    (P(tie) = 1.2 p (1 − p), up to 30 %), and each tie takes its probability half from a win and half
    from a loss, so a tie is worth half a win in expectation: what the fit reads it as.
    """
    rng = np.random.default_rng(seed)
    names = list(strength)
    found = []
    for number in range(count):
        first, second = rng.choice(len(names), size=2, replace=False)
        a, b = names[first], names[second]
        p = 1 / (1 + math.exp(strength[b] - strength[a]))
        tie = 1.2 * p * (1 - p)
        roll = rng.random()
        outcome = 0.5 if roll < tie else 1.0 if roll < tie + p - tie / 2 else 0.0
        found.append(Comparison(a, b, outcome, judgement=number))
    return found


def mm_strengths(names: list[str], found: list[Comparison], steps: int = 20000) -> dict[str, float]:
    """Hunter's (2004) MM iteration on half-win scores, written apart from the module: p_i = W_i / Σ_j n_ij / (p_i + p_j)."""
    index = {name: i for i, name in enumerate(names)}
    score = np.zeros((len(names), len(names)))
    for c in found:
        score[index[c.first], index[c.second]] += c.outcome
        score[index[c.second], index[c.first]] += 1 - c.outcome
    met = score + score.T
    won = score.sum(axis=1)
    p = np.ones(len(names))
    for _ in range(steps):
        p = won / (met / (p[:, None] + p[None, :])).sum(axis=1)
        p /= np.exp(np.log(p).mean())
    r = np.log(p)
    return {name: float(r[index[name]] - r.mean()) for name in names}


def test_the_known_order_of_five_systems_comes_back_with_intervals_that_cover_it() -> None:
    found = simulated(TRUE_STRENGTH, JUDGEMENTS, SEED)
    assert 0.1 < sum(1 for c in found if c.outcome == 0.5) / len(found) < 0.3  # ties are really in the data
    ranking = rank_systems(found, samples=1000, seed=7)
    assert ranking.order() == ["atlas", "boreal", "cirrus", "delta", "ember"]
    assert ranking.judgements == JUDGEMENTS and ranking.samples == 1000 and ranking.level == 0.95
    mean = sum(TRUE_STRENGTH.values()) / len(TRUE_STRENGTH)
    for entry in ranking.systems:
        truth = TRUE_STRENGTH[entry.system] - mean  # strengths are reported centred, as the truth is here
        assert entry.low < entry.strength < entry.high
        assert entry.low <= truth <= entry.high, entry
        assert abs(entry.strength - truth) < 0.15
        assert entry.high - entry.low < 0.5  # 2,000 judgements pin each system to a few tenths
    assert sum(entry.strength for entry in ranking.systems) == pytest.approx(0.0, abs=1e-9)
    # The intervals of neighbours in the true order do not overlap: the order is not luck.
    for stronger, weaker in itertools.pairwise(ranking.systems):
        assert stronger.low > weaker.high - 0.25
    # Every comparison is counted once on each side.
    assert sum(entry.comparisons for entry in ranking.systems) == 2 * JUDGEMENTS
    assert sum(entry.wins for entry in ranking.systems) == sum(entry.losses for entry in ranking.systems)


def test_the_fit_is_the_maximum_likelihood_an_independent_mm_iteration_finds() -> None:
    found = simulated(TRUE_STRENGTH, 600, seed=3)
    names = sorted(TRUE_STRENGTH)
    table = np.zeros((5, 5))
    for c in found:
        table[names.index(c.first), names.index(c.second)] += c.outcome
        table[names.index(c.second), names.index(c.first)] += 1 - c.outcome
    ours = fit_strengths(names, table, prior=1e-9)
    reference = mm_strengths(names, found)
    assert ours.tolist() == pytest.approx([reference[name] for name in names], abs=1e-5)
    # The default prior (one tie with a reference system each) moves 600 judgements' strengths only a little.
    shrunk = fit_strengths(names, table)
    assert np.max(np.abs(shrunk - ours)) < 0.03
    assert np.ptp(shrunk) < np.ptp(ours)  # it pulls every strength towards the reference, never apart


def test_a_tie_is_half_a_win_for_each_side() -> None:
    ties = [Comparison("x", "y", 0.5, 1), Comparison("x", "y", 0.5, 2), Comparison("x", "z", 1.0, 3)]
    split = [Comparison("x", "y", 1.0, 1), Comparison("y", "x", 1.0, 2), Comparison("x", "z", 1.0, 3)]
    tied, won = rank_systems(ties, samples=0), rank_systems(split, samples=0)
    assert tied.order() == won.order()
    assert [e.strength for e in tied.systems] == pytest.approx([e.strength for e in won.systems], abs=1e-12)
    by_name = {e.system: e for e in tied.systems}
    assert (by_name["x"].wins, by_name["x"].ties, by_name["x"].losses) == (1, 2, 0)
    assert (by_name["y"].wins, by_name["y"].ties, by_name["y"].losses) == (0, 2, 0)
    assert (by_name["z"].wins, by_name["z"].ties, by_name["z"].losses) == (0, 0, 1)
    # x and y tied throughout, so only x's win over z sets them apart.
    assert by_name["x"].strength > by_name["y"].strength > by_name["z"].strength
    assert by_name["x"].low is None and tied.samples == 0


def test_the_same_seed_gives_the_same_intervals_and_another_seed_others() -> None:
    found = simulated(TRUE_STRENGTH, 300, seed=5)
    first = rank_systems(found, samples=200, seed=42)
    again = rank_systems(list(reversed(found)), samples=200, seed=42)
    other = rank_systems(found, samples=200, seed=43)
    assert first == rank_systems(found, samples=200, seed=42)
    assert [e.strength for e in again.systems] == pytest.approx([e.strength for e in first.systems], abs=1e-9)
    assert [(e.low, e.high) for e in first.systems] != [(e.low, e.high) for e in other.systems]


def test_resampling_keeps_the_comparisons_of_one_judgement_together() -> None:
    # One annotator ranked a > b > c twenty times: each judgement is three comparisons that always go together.
    found = [Comparison(x, y, 1.0, judgement=n) for n in range(20) for x, y in (("a", "b"), ("a", "c"), ("b", "c"))]
    ranking = rank_systems(found, samples=100, seed=1)
    assert ranking.judgements == 20 and ranking.order() == ["a", "b", "c"]
    # Every resample is the same twenty identical judgements (or copies of them): no spread at all.
    for entry in ranking.systems:
        assert entry.high - entry.low == pytest.approx(0.0, abs=1e-9)


def test_a_system_that_never_won_still_has_a_finite_strength_last() -> None:
    found = [Comparison("good", "bad", 1.0, n) for n in range(30)] + [Comparison("good", "fair", 0.5, 99)]
    ranking = rank_systems(found, samples=50)
    assert ranking.order() == ["good", "fair", "bad"]
    assert all(math.isfinite(e.strength) and math.isfinite(e.low) and math.isfinite(e.high) for e in ranking.systems)
    assert win_probability(ranking.systems[0].strength, ranking.systems[-1].strength) > 0.9


def test_comparisons_of_a_system_with_itself_are_left_out_and_bad_input_is_refused() -> None:
    assert rank_systems([Comparison("a", "a", 1.0)], samples=0).systems == ()
    with pytest.raises(ValueError, match="outcome is 1"):
        rank_systems([Comparison("a", "b", 0.3)])
    with pytest.raises(ValueError, match="bootstrap samples"):
        rank_systems([Comparison("a", "b", 1.0)], samples=-1)
    with pytest.raises(ValueError, match="between 0 and 1"):
        rank_systems([Comparison("a", "b", 1.0)], level=1.5)
    with pytest.raises(ValueError, match="2 × 2"):
        fit_strengths(["a", "b"], np.zeros((3, 3)))
    with pytest.raises(ValueError, match="not negative"):
        fit_strengths(["a", "b"], np.array([[0, -1], [1, 0]]))


def pairwise(order: list[str], preferred: str | None, ranking: dict[str, int] | None = None) -> dict:
    choice = None if ranking else {order[0]: "A", order[1]: "B"}.get(preferred, preferred)
    return {
        "order": order,
        "choice": choice,
        "preferred": preferred,
        "strength": None,
        "criteria": {},
        "ranking": ranking,
        "reasons": [],
        "rationale": "",
        "source": "user",
    }


def test_judgements_become_comparisons_of_the_systems_that_wrote_the_responses() -> None:
    two = Item(
        "p1",
        "pairwise",
        content={
            "prompt": "Hi",
            "responses": [
                {"id": "r1", "text": "Hello", "system": "atlas"},
                {"id": "r2", "text": "Hey", "system": "boreal"},
            ],
        },
    )
    three = Item(
        "p2",
        "pairwise",
        content={
            "prompt": "Hi",
            "responses": [
                {"id": "x", "text": "1", "system": "atlas"},
                {"id": "y", "text": "2"},
                {"id": "z", "text": "3", "system": "cirrus"},
            ],
        },
    )
    assert systems_of(three.content) == {"x": "atlas", "y": "y", "z": "cirrus"}  # no system named: its response id
    annotations = {
        "ada": {"p1": pairwise(["r2", "r1"], "r1"), "p2": pairwise(["z", "x", "y"], None, {"x": 2, "y": 1, "z": 2})},
        "bo": {"p1": pairwise(["r1", "r2"], "both_bad")},
        "cy": {"p1": pairwise(["r1", "r2"], None)},  # undecided: no comparison
    }  # fmt: skip
    found = comparisons([two, three], annotations)
    assert found == [
        Comparison("atlas", "boreal", 1.0, ("ada", "p1")),
        Comparison("atlas", "y", 0.0, ("ada", "p2")),
        Comparison("atlas", "cirrus", 0.5, ("ada", "p2")),
        Comparison("y", "cirrus", 1.0, ("ada", "p2")),
        Comparison("atlas", "boreal", 0.5, ("bo", "p1")),
    ]
    assert rank_systems(found, samples=10).judgements == 3

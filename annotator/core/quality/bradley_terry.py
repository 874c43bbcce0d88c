"""Bradley–Terry strengths of systems from pairwise judgements, with seeded bootstrap intervals.

The model: P(i beats j) = σ(r_i − r_j), r the log-strengths. A tie counts as half a win for each side
(as Chatbot Arena scores `tie` and `tie (bothbad)`), so the fit maximises
Σ w_ij log σ(r_i − r_j) with w_ij = wins of i over j + ties / 2. Newton's method on that concave
log-likelihood converges in a handful of steps. One tie of weight `prior` between every system and a
fixed reference of strength 0 keeps every strength finite (a system that never won) and the problem
solvable when the comparisons do not connect every system; with hundreds of judgements its pull is
negligible. Strengths are reported centred on their mean.

Intervals come from resampling whole judgements with replacement (an N-way ranking is one judgement
of several comparisons), with a numpy Generator seeded by the caller: the same judgements and seed
give the same intervals on every machine.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

DEFAULT_SAMPLES = 1000
DEFAULT_SEED = 0
DEFAULT_PRIOR = 1.0
_MAX_STEPS = 100
_TOLERANCE = 1e-10


@dataclass(frozen=True)
class Comparison:
    """One system compared with another: `outcome` 1.0 when `first` won, 0.0 when `second` won, 0.5 for a tie.

    `judgement` groups the comparisons one annotation made (an N-way ranking makes several), so a
    bootstrap resamples annotations, not their parts.
    """

    first: str
    second: str
    outcome: float
    judgement: Hashable = None


@dataclass(frozen=True)
class SystemStrength:
    """One system's place: its centred log-strength, the bootstrap interval of it, and its record."""

    system: str
    strength: float
    low: float | None
    high: float | None
    wins: int
    ties: int
    losses: int

    @property
    def comparisons(self) -> int:
        """How many comparisons the system took part in."""
        return self.wins + self.ties + self.losses


@dataclass(frozen=True)
class Ranking:
    """Systems from strongest to weakest; `level` is the intervals' coverage, `samples` the bootstrap's size."""

    systems: tuple[SystemStrength, ...]
    judgements: int
    level: float
    samples: int
    seed: int

    def order(self) -> list[str]:
        """The system names, strongest first."""
        return [entry.system for entry in self.systems]


def fit_strengths(systems: Sequence[str], wins: np.ndarray, *, prior: float = DEFAULT_PRIOR) -> np.ndarray:
    """Centred log-strengths of `systems` from `wins[i, j]`: how much i scored against j (a win 1, a tie 0.5).

    `wins` is square, non-negative and finite; `wins[i, j] + wins[j, i]` is how often i and j met.
    """
    score = np.asarray(wins, dtype=np.float64)
    count = len(systems)
    if score.shape != (count, count):
        raise ValueError(f"the win table must be {count} × {count} (one row per system), not {score.shape}")
    if not np.isfinite(score).all() or (score < 0).any():
        raise ValueError("the win table holds counts: finite and not negative")
    if not (math.isfinite(prior) and prior > 0):
        raise ValueError(f"the prior must be a positive number, not {prior}")
    return _newton(score, prior)


def _newton(score: np.ndarray, prior: float) -> np.ndarray:
    """The maximum of the penalised log-likelihood, by Newton steps halved until the likelihood grows."""
    count = score.shape[0]
    met = score + score.T
    np.fill_diagonal(met, 0.0)
    won = score.sum(axis=1) - np.diag(score) + prior / 2

    def likelihood(r: np.ndarray) -> float:
        difference = r[:, None] - r[None, :]
        # log σ(x) = -log(1 + e^-x), written with logaddexp so large gaps do not overflow.
        pairs = -(score * np.logaddexp(0.0, -difference))
        np.fill_diagonal(pairs, 0.0)
        return float(pairs.sum() - prior * np.logaddexp(0.0, -r).sum() / 2 - prior * np.logaddexp(0.0, r).sum() / 2)

    r = np.zeros(count)
    current = likelihood(r)
    for _ in range(_MAX_STEPS):
        p = 1.0 / (1.0 + np.exp(-(r[:, None] - r[None, :])))
        reference = 1.0 / (1.0 + np.exp(-r))
        gradient = won - (met * p).sum(axis=1) - prior * reference
        curvature = met * p * p.T
        hessian = curvature - np.diag(curvature.sum(axis=1) + prior * reference * (1 - reference))
        step = np.linalg.solve(hessian, -gradient)
        scale = 1.0
        while True:
            candidate = r + scale * step
            value = likelihood(candidate)
            if value >= current - 1e-12 or scale < 1e-6:
                break
            scale /= 2
        r, change, current = candidate, float(np.max(np.abs(scale * step))), value
        if change < _TOLERANCE:
            break
    return r - r.mean()


def rank_systems(
    comparisons: Sequence[Comparison],
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    level: float = 0.95,
    prior: float = DEFAULT_PRIOR,
) -> Ranking:
    """The Bradley–Terry ranking of every system named in `comparisons`, with `level` bootstrap intervals.

    Ties are half a win for each side. A comparison of a system with itself carries no information
    and is left out. `samples` resamplings of the judgements (0: no intervals) drawn from
    `numpy.random.default_rng(seed)`; each interval is the percentile interval of the system's
    centred strength. Systems are listed strongest first (equal strengths by name).
    """
    if samples < 0:
        raise ValueError(f"the number of bootstrap samples must be 0 or more, not {samples}")
    if not 0 < level < 1:
        raise ValueError(f"the interval level must be between 0 and 1, not {level}")
    kept = [c for c in comparisons if c.first != c.second]
    for comparison in kept:
        if comparison.outcome not in (0.0, 0.5, 1.0):
            raise ValueError(f"an outcome is 1 (first won), 0.5 (tie) or 0 (second won), not {comparison.outcome!r}")
    names = sorted({name for c in kept for name in (c.first, c.second)})
    index = {name: position for position, name in enumerate(names)}
    count = len(names)
    first = np.asarray([index[c.first] for c in kept], dtype=np.int64)
    second = np.asarray([index[c.second] for c in kept], dtype=np.int64)
    outcome = np.asarray([c.outcome for c in kept], dtype=np.float64)
    groups: dict[Hashable, int] = {}
    judgement = np.asarray(
        [
            groups.setdefault(c.judgement if c.judgement is not None else ("#", n), len(groups))
            for n, c in enumerate(kept)
        ],
        dtype=np.int64,
    )

    def table(weights: np.ndarray) -> np.ndarray:
        # Each comparison adds its outcome to first-over-second and the rest to second-over-first.
        cells = np.bincount(first * count + second, weights=weights * outcome, minlength=count * count)
        cells += np.bincount(second * count + first, weights=weights * (1 - outcome), minlength=count * count)
        return cells.reshape(count, count)

    strengths = _newton(table(np.ones(len(kept))), prior) if count else np.zeros(0)
    low = high = [None] * count
    if samples and count:
        rng = np.random.default_rng(seed)
        draws = np.empty((samples, count))
        for sample in range(samples):
            picked = rng.integers(0, len(groups), size=len(groups))
            weights = np.bincount(picked, minlength=len(groups)).astype(np.float64)[judgement]
            draws[sample] = _newton(table(weights), prior)
        tail = (1 - level) / 2 * 100
        low, high = np.percentile(draws, tail, axis=0).tolist(), np.percentile(draws, 100 - tail, axis=0).tolist()
    record = np.zeros((count, 3), dtype=np.int64)  # wins, ties, losses
    for a, b, result in zip(first.tolist(), second.tolist(), outcome.tolist(), strict=True):
        column = 0 if result == 1.0 else 1 if result == 0.5 else 2
        record[a, column] += 1
        record[b, 2 - column] += 1
    entries = [
        SystemStrength(
            system=name,
            strength=float(strengths[i]),
            low=low[i],
            high=high[i],
            wins=int(record[i, 0]),
            ties=int(record[i, 1]),
            losses=int(record[i, 2]),
        )
        for i, name in enumerate(names)
    ]
    # Rounded for the order only, so strengths equal but for the last bit keep their names' order.
    entries.sort(key=lambda entry: (-round(entry.strength, 9), entry.system))
    return Ranking(systems=tuple(entries), judgements=len(groups), level=level, samples=samples, seed=seed)


def win_probability(stronger: float, weaker: float) -> float:
    """The chance the system of log-strength `stronger` beats the one of `weaker` (a tie counting half)."""
    return 1.0 / (1.0 + math.exp(weaker - stronger))

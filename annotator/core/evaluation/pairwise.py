"""Pure operations on a pairwise annotation: decide, strength, criteria, reasons, rationale, N-way ranks, checks.

The annotation is the `annotation-pairwise-v1` shape. Sides are shown positions (A is `order[0]`, the
left one); `preferred` names the winning response by id, so it means the same whatever order was shown.
Every operation returns a new dict and leaves its input alone, so an edit's before and after stay intact.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.evaluation.configs import PairwiseConfig
from annotator.core.evaluation.order import side_letter

CHOICES = ("A", "B", "tie", "both_bad")
CRITERION_SIDES = ("A", "B", "tie")
STRENGTHS = range(-3, 4)

Annotation = dict[str, Any]


class PairwiseError(ValueError):
    """An operation the item or the package's settings do not allow (the message says why, for people)."""


@dataclass(frozen=True)
class Missing:
    """One thing that keeps a comparison from being submitted; the editor puts it in words."""

    what: str  # "ranks", "criteria", "overall" or "rationale"
    names: tuple[str, ...] = ()  # ranks: the shown letters still unranked; criteria: those still undecided
    least: int = 0  # rationale: the characters the package asks for
    written: int = 0  # rationale: the characters written so far (spaces around them not counted)


@dataclass(frozen=True)
class Contradiction:
    """The overall choice goes against most decided criteria: they favour `side` (`count` of `total`)."""

    side: str
    count: int
    total: int
    choice: str  # the overall choice: "A", "B" or "tie"


@dataclass(frozen=True)
class Summary:
    """The decision as facts, by shown side, for a one-line summary."""

    ranking: tuple[tuple[str, int], ...] | None  # three or more answers: (letter, rank) best first; else None
    choice: str | None  # two answers: "A", "B", "tie", "both_bad", or None while undecided
    strength: int | None
    criteria: tuple[tuple[str, str], ...]  # (criterion, side) of the decided criteria
    reasons: tuple[str, ...]
    rationale_chars: int  # spaces around the rationale not counted


def empty_annotation(order: Sequence[str]) -> Annotation:
    """Nothing decided yet, for responses shown in `order` (a ranking to fill when there are three or more)."""
    order = list(order)
    if len(order) < 2 or len(set(order)) != len(order):
        raise PairwiseError(f"a comparison needs two or more distinct responses, not {order!r}")
    return {
        "order": order,
        "choice": None,
        "preferred": None,
        "strength": None,
        "criteria": {},
        "ranking": {} if len(order) > 2 else None,
        "reasons": [],
        "rationale": "",
        "source": "user",
    }


def stored_order(stored: Any, response_ids: Sequence[str]) -> list[str] | None:
    """The order a stored annotation recorded, if it names exactly this item's responses (else None)."""
    if not isinstance(stored, dict):
        return None
    order = stored.get("order")
    if not isinstance(order, list) or sorted(map(str, order)) != sorted(response_ids) or len(order) < 2:
        return None
    return [str(response_id) for response_id in order]


def annotation_of(stored: Any, order: Sequence[str]) -> Annotation:
    """A stored annotation in full shape (every key present), or an empty one when nothing usable is stored."""
    annotation = empty_annotation(order)
    if isinstance(stored, dict) and stored.get("order") == annotation["order"]:
        # Key by key, so one damaged value (a hand-edited store) costs that value, not the whole judgement.
        for key, fits in _FITS.items():
            if key in stored and fits(stored[key], annotation):
                annotation[key] = copy.deepcopy(stored[key])
        choice = annotation["choice"]
        annotation["preferred"] = None if choice is None else _preferred(annotation["order"], choice)
    return annotation


def is_ranking(annotation: Annotation) -> bool:
    """Whether the item is N-way (three or more responses, ranked instead of chosen)."""
    return len(annotation["order"]) > 2


def strength_choice(value: int) -> str:
    """The side a strength stands for: -3..-1 A, 0 tie, +1..+3 B."""
    return "A" if value < 0 else "B" if value > 0 else "tie"


def decide(annotation: Annotation, *, choice: str, config: PairwiseConfig) -> Annotation:
    """The overall decision by shown side; a strength that disagrees with it is cleared."""
    if is_ranking(annotation):
        raise PairwiseError("with three or more answers, rank them instead")
    if choice not in CHOICES:
        raise PairwiseError(f"'{choice}' is not a choice (A, B, tie or both_bad)")
    if choice == "tie" and not config.allow_tie:
        raise PairwiseError("this package asks for a preference: a tie is not allowed")
    if choice == "both_bad" and not config.allow_both_bad:
        raise PairwiseError("this package does not allow 'both bad'")
    result = copy.deepcopy(annotation)
    result["choice"] = choice
    result["preferred"] = _preferred(result["order"], choice)
    strength = result["strength"]
    if strength is not None and strength_choice(strength) != choice:
        result["strength"] = None
    return result


def set_strength(annotation: Annotation, *, value: int, config: PairwiseConfig) -> Annotation:
    """How much better, -3 (A much better) to +3 (B much better); it decides the overall choice too."""
    if not config.strength:
        raise PairwiseError("this package does not ask how much better")
    if isinstance(value, bool) or not isinstance(value, int) or value not in STRENGTHS:
        raise PairwiseError(f"a strength goes from -3 to +3, not {value!r}")
    result = decide(annotation, choice=strength_choice(value), config=config)
    result["strength"] = value
    return result


def set_criterion(annotation: Annotation, *, name: str, side: str, config: PairwiseConfig) -> Annotation:
    """One criterion row's decision (A, B or tie; ties are always allowed on a criterion), in the package's order."""
    if is_ranking(annotation):
        raise PairwiseError("criteria rows compare two answers; rank these instead")
    if name not in config.criteria:
        raise PairwiseError(f"'{name}' is not one of this package's criteria")
    if side not in CRITERION_SIDES:
        raise PairwiseError(f"a criterion is decided A, B or tie, not '{side}'")
    result = copy.deepcopy(annotation)
    decided = {**result["criteria"], name: side}
    result["criteria"] = {criterion: decided[criterion] for criterion in config.criteria if criterion in decided}
    return result


def toggle_reason(annotation: Annotation, *, reason: str, config: PairwiseConfig) -> Annotation:
    """Tick a reason chip, or untick it; the reasons stay in the package's order."""
    if reason not in config.reasons:
        raise PairwiseError(f"'{reason}' is not one of this package's reasons")
    result = copy.deepcopy(annotation)
    chosen = set(result["reasons"]) ^ {reason}
    result["reasons"] = [name for name in config.reasons if name in chosen]
    return result


def set_rationale(annotation: Annotation, *, text: str) -> Annotation:
    """The annotator's own words on why."""
    if not isinstance(text, str):
        raise PairwiseError("a rationale is text")
    result = copy.deepcopy(annotation)
    result["rationale"] = text
    return result


def set_rank(annotation: Annotation, *, response_id: str, rank: int | None) -> Annotation:
    """An N-way response's rank, 1 best (equal ranks are ties); None takes the rank away."""
    if not is_ranking(annotation):
        raise PairwiseError("two answers are compared with A, B, tie or both bad, not ranked")
    order = annotation["order"]
    if response_id not in order:
        raise PairwiseError(f"'{response_id}' is not one of this item's responses")
    if rank is not None and (isinstance(rank, bool) or not isinstance(rank, int) or not 1 <= rank <= len(order)):
        raise PairwiseError(f"ranks go from 1 to {len(order)}, not {rank!r}")
    result = copy.deepcopy(annotation)
    ranks = dict(result["ranking"] or {})
    if rank is None:
        ranks.pop(response_id, None)
    else:
        ranks[response_id] = rank
    result["ranking"] = {rid: ranks[rid] for rid in order if rid in ranks}
    return result


def contradiction(annotation: Annotation, config: PairwiseConfig) -> Contradiction | None:
    """When the overall choice goes against most decided criteria (the majority side): which side they favour.

    'Both bad' says both fail, not which is better, so it contradicts nothing.
    """
    choice = annotation.get("choice")
    if choice not in ("A", "B", "tie"):
        return None
    decided = [side for name, side in annotation.get("criteria", {}).items() if name in config.criteria]
    for side in ("A", "B"):
        count = decided.count(side)
        if count * 2 > len(decided) and side != choice:
            return Contradiction(side=side, count=count, total=len(decided), choice=choice)
    return None


def missing(annotation: Annotation, config: PairwiseConfig, n_responses: int) -> list[Missing]:
    """What still keeps the comparison from being submitted, in screen order (empty: it may be submitted)."""
    gaps: list[Missing] = []
    order = annotation["order"]
    if n_responses > 2:
        ranking = annotation.get("ranking") or {}
        unranked = tuple(side_letter(i) for i, rid in enumerate(order) if rid not in ranking)
        if unranked:
            gaps.append(Missing("ranks", names=unranked))
    else:
        undecided = tuple(name for name in config.criteria if name not in annotation["criteria"])
        if undecided:
            gaps.append(Missing("criteria", names=undecided))
        if annotation["choice"] is None:
            gaps.append(Missing("overall"))
    written = len(annotation["rationale"].strip())
    if written < config.rationale_min_chars:
        gaps.append(Missing("rationale", least=config.rationale_min_chars, written=written))
    return gaps


def summary(annotation: Annotation, config: PairwiseConfig | None = None) -> Summary:
    """The decision by shown side (never by response id), for a line such as 'B better (+2) · safety tie'.

    With `config`, criteria come in the package's order (a store may have sorted the keys).
    """
    order = annotation["order"]
    ranked = None
    if is_ranking(annotation):
        ranking = annotation.get("ranking") or {}
        ranks = sorted((rank, side_letter(order.index(rid))) for rid, rank in ranking.items() if rid in order)
        ranked = tuple((side, rank) for rank, side in ranks)
    criteria = annotation["criteria"]
    names = [name for name in config.criteria if name in criteria] if config is not None else list(criteria)
    return Summary(
        ranking=ranked,
        choice=None if ranked is not None else annotation["choice"],
        strength=None if ranked is not None else annotation["strength"],
        criteria=tuple((name, criteria[name]) for name in names),
        reasons=tuple(annotation["reasons"]),
        rationale_chars=len(annotation["rationale"].strip()),
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_FITS = {
    "choice": lambda value, a: value in CHOICES and not is_ranking(a),
    "strength": lambda value, a: _is_int(value) and value in STRENGTHS,
    "criteria": lambda value, a: isinstance(value, dict) and all(side in CRITERION_SIDES for side in value.values()),
    "ranking": lambda value, a: (
        is_ranking(a)
        and isinstance(value, dict)
        and all(rid in a["order"] and _is_int(rank) and rank >= 1 for rid, rank in value.items())
    ),
    "reasons": lambda value, a: isinstance(value, list) and all(isinstance(reason, str) for reason in value),
    "rationale": lambda value, a: isinstance(value, str),
}


def _preferred(order: list[str], choice: str) -> str:
    if choice == "A":
        return order[0]
    if choice == "B":
        return order[1]
    return choice

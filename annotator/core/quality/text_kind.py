"""Quality operations for text items: labels (or a binary answer) compared, scored against gold and merged by vote."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from annotator.core.quality.kinds import GoldScore, Merged, Vote, register


class TextQuality:
    """Text classification: an annotation's categories are its labels, or its answer in a binary schema."""

    kind = "text"

    @property
    def higher_is_better(self) -> bool:
        """True: the headline figure, 'agree', is 1.0 when two annotators agree."""
        return True

    def categories(self, annotation: Any) -> tuple[str, ...]:
        """The labels as a sorted tuple; in a binary schema the answer: ('accept',), ('reject',) or ('ignore',).

        A binary annotation is read by its answer even when accepted (labels [question]), so an accept is
        one category whatever was asked, as reject and ignore are; () is "no label".
        """
        if not isinstance(annotation, Mapping):
            raise ValueError(f"a text annotation is an object with labels, not {type(annotation).__name__}")
        if annotation.get("answer") is not None:
            return (annotation["answer"],)
        return tuple(sorted(annotation.get("labels") or ()))

    def pairwise(self, a: Any, b: Any) -> dict[str, float]:
        """{'agree': 1.0} when both annotations give the same categories, else {'agree': 0.0}."""
        return {"agree": 1.0 if self.categories(a) == self.categories(b) else 0.0}

    def score(self, annotation: Any, gold: Any) -> GoldScore:
        """Exact match of the categories with the answer key's: accuracy 1 or 0, detail {'exact': ...}."""
        exact = 1.0 if self.categories(annotation) == self.categories(gold) else 0.0
        return GoldScore(accuracy=exact, detail={"exact": exact})

    def merge(self, votes: Sequence[Vote]) -> Merged:
        """The categories with the most weight; a tie, or winning votes whose spans differ, is flagged for review.

        The merged annotation is a winning vote's (of several, the first annotator by name, so any order of
        the same votes gives the same result). Its spans are kept only when every winning vote has the
        same ones; otherwise they are emptied for the reviewer to settle.
        """
        if not votes:
            raise ValueError("a merge needs at least one vote")
        for vote in votes:
            if not (math.isfinite(vote.weight) and vote.weight >= 0):
                raise ValueError(f"{vote.annotator!r} has vote weight {vote.weight}; weights are finite and >= 0")
        ordered = sorted(votes, key=lambda vote: (vote.annotator, _canonical(vote.annotation), vote.weight))
        weights: dict[tuple[str, ...], list[float]] = {}
        for vote in ordered:
            weights.setdefault(self.categories(vote.annotation), []).append(vote.weight)
        # fsum: the same weights give the same total in any order, so a tie is a tie whatever the vote order.
        totals = {option: math.fsum(found) for option, found in weights.items()}
        best = max(totals.values())
        winners = sorted((option for option, total in totals.items() if total == best), key=_option_name)
        winning = [vote for vote in ordered if self.categories(vote.annotation) in winners]
        merged = copy.deepcopy(dict(winning[0].annotation))
        reasons = []
        if len(winners) > 1:
            reasons.append("tie: " + _listed([f"{_option_name(option)} ({best:g})" for option in winners]))
        if len({_spans(vote.annotation) for vote in winning}) > 1:
            merged["spans"] = []
            reasons.append(f"spans differ among the {len(winning)} winning votes")
        return Merged(annotation=merged, needs_review=bool(reasons), reason="; ".join(reasons))


def _spans(annotation: Mapping[str, Any]) -> tuple[tuple[int, int, str], ...]:
    # `text` is left out: it is text[start:end], so offsets and label say everything.
    return tuple(sorted((span["start"], span["end"], span["label"]) for span in annotation.get("spans") or ()))


def _canonical(annotation: Any) -> str:
    # Orders two votes of one annotator name (not expected, but the result must not depend on their order).
    return json.dumps(annotation, sort_keys=True, ensure_ascii=False, default=str)


def _option_name(option: tuple[str, ...]) -> str:
    return "+".join(option) if option else "no label"


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


TEXT = register(TextQuality())

"""The one per-kind interface every quality operation goes through: compare, score against gold, agree, merge.

A new item kind adds one module that registers a KindQuality; gold scoring, agreement, merge, the
report and the review view then work for it without a branch anywhere else.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class Vote:
    """One annotator's annotation of one item, with the weight it carries in a merge (1.0 unless told)."""

    annotator: str
    annotation: Any
    weight: float = 1.0


@dataclass(frozen=True)
class GoldScore:
    """How one annotation matches the answer key on one item.

    `accuracy` in [0, 1] is what per-annotator gold accuracy averages: 1 or 0 for labels, the
    IoU-matched F1 for boxes, 1 - min(WER, 1) for transcripts. `detail` holds the kind's own
    figures (precision, recall, f1; wer, cer; ...), each a float.
    """

    accuracy: float
    detail: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Merged:
    """The consolidated annotation of one item, and whether (and why) a person should look at it."""

    annotation: Any
    needs_review: bool = False
    reason: str = ""


class KindQuality(Protocol):
    """What the quality tools need from one item kind.

    A kind whose figures depend on a package's settings (a rating's scale ranges, MQM weights) may also
    offer `configured(settings) -> KindQuality`; `quality_for` uses it when the settings are known.
    """

    kind: str

    def categories(self, annotation: Any) -> tuple[Hashable, ...] | None:
        """The nominal categories an annotation assigns (labels), for kappa and alpha; None if the kind has none."""
        ...

    def pairwise(self, a: Any, b: Any) -> dict[str, float]:
        """How two annotators' annotations of one item agree, as the kind measures it (e.g. {'agree': 1.0},
        {'f1': 0.8}, {'wer': 0.1, 'cer': 0.05}); the first key is the headline figure, higher or lower as `higher_is_better`."""
        ...

    def score(self, annotation: Any, gold: Any) -> GoldScore:
        """`annotation` against the answer key's `gold` annotation of the same item."""
        ...

    def merge(self, votes: Sequence[Vote]) -> Merged:
        """One annotation from several (at least one); the same votes in any order give the same result."""
        ...

    @property
    def higher_is_better(self) -> bool:
        """Whether pairwise's headline figure grows with agreement (F1) or shrinks (WER)."""
        ...


KINDS: dict[str, KindQuality] = {}


def register(quality: KindQuality) -> KindQuality:
    """Add a kind's quality operations to the registry (each kind module calls this once)."""
    KINDS[quality.kind] = quality
    return quality


def quality_of(kind: str) -> KindQuality:
    """The registered operations of `kind`; KeyError names the kinds that have them."""
    load()
    if kind not in KINDS:
        raise KeyError(f"no quality operations for item kind {kind!r} (known: {', '.join(sorted(KINDS))})")
    return KINDS[kind]


def quality_for(kind: str, settings: Any = None) -> KindQuality:
    """`kind`'s operations tuned to a package's settings for it (`Manifest.task_configs[kind]`), when the kind
    uses any (a rating's scale ranges); the registered operations otherwise."""
    quality = quality_of(kind)
    configured = getattr(quality, "configured", None)
    return configured(settings) if settings is not None and configured is not None else quality


def ordered_votes(votes: Sequence[Vote]) -> list[Vote]:
    """The votes sorted by annotator (then content and weight), their weights checked: a merge that sums or
    picks in this order gives the same result whatever order the votes came in."""
    if not votes:
        raise ValueError("a merge needs at least one vote")
    for vote in votes:
        if not (math.isfinite(vote.weight) and vote.weight >= 0):
            raise ValueError(f"{vote.annotator!r} has vote weight {vote.weight}; weights are finite and >= 0")
    return sorted(
        votes,
        key=lambda vote: (vote.annotator, json.dumps(vote.annotation, sort_keys=True, default=str), vote.weight),
    )


def weighted_median(values: Sequence[tuple[Any, float]]) -> Any:
    """The lower weighted median of (value, weight) pairs: the first value, in sorted order, by which half the
    weight is reached (so always one of the values: a median of whole scores is a whole score)."""
    if not values:
        raise ValueError("a median needs at least one value")
    ordered = sorted(values, key=lambda pair: pair[0])
    total = math.fsum(weight for _, weight in ordered)
    running = 0.0
    for value, weight in ordered:
        running += weight
        if 2 * running >= total:
            return value
    return ordered[-1][0]


def load() -> None:
    """Import every kind module so each registers itself."""
    from annotator.core.quality import (  # noqa: F401
        audio_kind,
        image_kind,
        pairwise_kind,
        rating_kind,
        rewrite_kind,
        text_kind,
        translation_kind,
    )

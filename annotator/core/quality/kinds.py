"""The one per-kind interface every quality operation goes through: compare, score against gold, agree, merge.

A new item kind adds one module that registers a KindQuality; gold scoring, agreement, merge, the
report and the review view then work for it without a branch anywhere else.
"""

from __future__ import annotations

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
    """What the quality tools need from one item kind."""

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


def load() -> None:
    """Import every kind module so each registers itself."""
    from annotator.core.quality import audio_kind, image_kind, text_kind  # noqa: F401

"""Quality operations for audio (transcription) items: WER and CER agreement, gold scoring, best-agreeing merge."""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Hashable, Sequence
from typing import Any

import jiwer

from annotator.core.quality.kinds import GoldScore, Merged, Vote, register
from annotator.core.segments import segments_of

# A merged transcript whose mean WER to the others is above this needs a person to look at it.
REVIEW_ABOVE_WER = 0.3

# Inline tags ([inaudible], [crosstalk], [laughter]) and timestamps ([01:02.5]) are typing aids,
# not speech: any square-bracketed span is left out of scoring.
_BRACKETED = re.compile(r"\[[^\[\]]*\]")

# jiwer's usual clean-up before WER: case and punctuation are not what transcribers are judged on.
# Punctuation is deleted, not spaced ("don't" -> "dont"), so both sides of a comparison agree on it.
_CLEAN = jiwer.Compose(
    [
        jiwer.ToLowerCase(),
        jiwer.RemovePunctuation(),
        jiwer.RemoveWhiteSpace(replace_by_space=True),
        jiwer.RemoveMultipleSpaces(),
        jiwer.Strip(),
    ]
)


def transcript(annotation: Any) -> str:
    """The segments' texts in time order, joined by a space, as typed (tags and timestamps included)."""
    ordered = sorted(segments_of(annotation), key=lambda seg: (seg["start"], seg["end"]))
    return " ".join(seg.get("text") or "" for seg in ordered)


def normalise(text: str) -> str:
    """Text as it is scored: bracketed tags and timestamps removed, lower-cased, punctuation removed,
    whitespace collapsed to single spaces and stripped."""
    return _CLEAN(_BRACKETED.sub(" ", text))


def error_rates(reference: Any, hypothesis: Any) -> dict[str, float]:
    """{'wer': ..., 'cer': ...} of `hypothesis`'s transcript against `reference`'s, both normalised.

    jiwer's WER and CER (CER counts spaces as characters). Against an empty reference both are 0.0
    for an empty hypothesis and 1.0 for any other. Either can exceed 1 when the hypothesis adds words.
    """
    ref, hyp = normalise(transcript(reference)), normalise(transcript(hypothesis))
    if not ref:
        miss = 0.0 if not hyp else 1.0
        return {"wer": miss, "cer": miss}
    return {"wer": float(jiwer.wer(ref, hyp)), "cer": float(jiwer.cer(ref, hyp))}


class AudioQuality:
    """Transcripts agree by word error rate (lower is better); merge picks the one closest to the others."""

    kind = "audio"

    def categories(self, annotation: Any) -> tuple[Hashable, ...] | None:
        """None: a transcript is not a nominal choice."""
        return None

    def pairwise(self, a: Any, b: Any) -> dict[str, float]:
        """{'wer': ..., 'cer': ...} averaged over both directions.

        WER divides by the reference's length, so it is not symmetric; between two annotators neither
        is the reference, and the average makes pairwise(a, b) == pairwise(b, a).
        """
        forward, backward = error_rates(a, b), error_rates(b, a)
        return {key: (forward[key] + backward[key]) / 2 for key in ("wer", "cer")}

    def score(self, annotation: Any, gold: Any) -> GoldScore:
        """Accuracy 1 - min(WER, 1) of the annotation's transcript against the gold one, with wer and cer."""
        rates = error_rates(gold, annotation)
        return GoldScore(accuracy=1.0 - min(rates["wer"], 1.0), detail=rates)

    def merge(self, votes: Sequence[Vote]) -> Merged:
        """The best-agreeing transcript of `merge_transcripts` with its defaults."""
        return merge_transcripts(votes)

    @property
    def higher_is_better(self) -> bool:
        """WER shrinks with agreement."""
        return False


def merge_transcripts(votes: Sequence[Vote], *, review_above: float = REVIEW_ABOVE_WER) -> Merged:
    """The vote whose transcript agrees best with the others, returned as its annotation (a copy, unchanged).

    Each vote's figure is its mean pairwise WER to the other votes, weighted by their weights (so
    agreeing with a trusted annotator counts for more; a plain mean if those weights sum to 0). The
    lowest wins; ties go to the vote with the higher weight, then to the annotator name that sorts
    first. Segment times and speakers are not mixed across votes: the winner is kept whole. It needs
    review when the winner's mean WER is above `review_above`.
    """
    if not votes:
        raise ValueError("a merge needs at least one vote")
    # Sorted first so sums run in one order whatever order the votes came in.
    ordered = sorted(
        votes, key=lambda vote: (vote.annotator, -vote.weight, json.dumps(vote.annotation, sort_keys=True, default=str))
    )
    if len(ordered) == 1:
        return Merged(annotation=copy.deepcopy(ordered[0].annotation))
    quality = AudioQuality()
    n = len(ordered)
    distance = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            distance[i][j] = distance[j][i] = quality.pairwise(ordered[i].annotation, ordered[j].annotation)["wer"]

    def mean_wer(i: int) -> float:
        others = [j for j in range(n) if j != i]
        weights = [max(ordered[j].weight, 0.0) for j in others]
        if math.fsum(weights) <= 0.0:
            weights = [1.0] * len(others)
        return math.fsum(w * distance[i][j] for w, j in zip(weights, others, strict=True)) / math.fsum(weights)

    means = [mean_wer(i) for i in range(n)]
    # Rounded for the comparison only, so two equal means that differ in the last bit still tie.
    best = min(range(n), key=lambda i: (round(means[i], 12), -ordered[i].weight, ordered[i].annotator, i))
    winner = ordered[best]
    if means[best] > review_above:
        reason = (
            f"the best-agreeing transcript ({winner.annotator}) has a mean WER of {means[best]:.2f} "
            f"to the others (above {review_above:g})"
        )
        return Merged(annotation=copy.deepcopy(winner.annotation), needs_review=True, reason=reason)
    return Merged(annotation=copy.deepcopy(winner.annotation))


QUALITY = register(AudioQuality())

"""Quality operations for translation checks: error spans matched by overlap, planted errors found, majority errors merged.

Two error spans match when they are on the same side and sentence and share at least one code point.
Agreement is the F1 of such matches between two annotators (and how far their MQM scores are apart);
a gold item's planted errors are found when an annotated error overlaps them; a merge keeps the errors
a majority of the annotators marked. A sentence marked as no translation at all is one error over the
whole sentence.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.evaluation.configs import TranslationConfig
from annotator.core.evaluation.content import segments
from annotator.core.evaluation.mqm import item_score
from annotator.core.quality.kinds import GoldScore, Merged, Vote, ordered_votes, register, weighted_median

_WHOLE = -1  # the end of a non-translation "span": the whole sentence
# A merge whose votes' MQM scores are further apart than this (penalty points per sentence) asks for review.
REVIEW_MQM_SPREAD = 5.0


@dataclass(frozen=True)
class Span:
    """One error as matching sees it: where it is, and what it is."""

    side: str
    segment: int
    start: int
    end: int  # _WHOLE for a non-translated sentence
    severity: str
    category: str | None

    def overlaps(self, other: Span) -> bool:
        """Same side and sentence, and at least one code point in common (a whole sentence meets only a whole one)."""
        if (self.side, self.segment) != (other.side, other.segment):
            return False
        if self.end == _WHOLE or other.end == _WHOLE:
            return self.end == other.end
        return self.start < other.end and other.start < self.end


def _checked(annotation: Any) -> Mapping[str, Any]:
    if not isinstance(annotation, Mapping) or not isinstance(annotation.get("errors"), list):
        raise ValueError(f"a translation annotation is an object with 'errors', not {type(annotation).__name__}")
    return annotation


def spans_of(annotation: Any) -> list[Span]:
    """The annotation's errors, and each sentence marked as no translation, as spans."""
    checked = _checked(annotation)
    spans = [
        Span(e["side"], e["segment"], e["start"], e["end"], e["severity"], e.get("category")) for e in checked["errors"]
    ]
    spans += [Span("target", segment, 0, _WHOLE, "major", None) for segment in checked.get("non_translation") or ()]
    return spans


def found(spans: Sequence[Span], among: Sequence[Span]) -> int:
    """How many of `spans` overlap at least one of `among`."""
    return sum(1 for span in spans if any(span.overlaps(other) for other in among))


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


class TranslationQuality:
    """Error spans agree by overlap F1; the merge keeps errors most annotators marked."""

    kind = "translation"

    def __init__(self, config: TranslationConfig | None = None) -> None:
        self.config = config or TranslationConfig()

    def configured(self, settings: Any) -> TranslationQuality:
        """These operations with a package's MQM weights."""
        return TranslationQuality(settings) if isinstance(settings, TranslationConfig) else self

    @property
    def higher_is_better(self) -> bool:
        """True: 'f1' is 1.0 when two annotators marked the same errors."""
        return True

    def categories(self, annotation: Any) -> tuple[Hashable, ...] | None:
        """None: a set of error spans is not one nominal choice."""
        return None

    def pairwise(self, a: Any, b: Any) -> dict[str, float]:
        """{'f1': overlap F1 of the two annotators' errors (1.0 when neither marked any), 'mqm_diff': |ΔMQM|,
        'severity': the share of overlapping pairs of the same severity}; symmetric."""
        first, second = spans_of(a), spans_of(b)
        if not first and not second:
            f1 = 1.0
        else:
            precision = found(first, second) / len(first) if first else 0.0
            recall = found(second, first) / len(second) if second else 0.0
            f1 = _f1(precision, recall)
        pairs = [(x, y) for x in first for y in second if x.overlaps(y)]
        return {
            "f1": f1,
            "mqm_diff": abs(float(_checked(a).get("mqm", 0.0)) - float(_checked(b).get("mqm", 0.0))),
            "severity": sum(1 for x, y in pairs if x.severity == y.severity) / len(pairs) if pairs else 1.0,
        }

    def score(self, annotation: Any, gold: Any) -> GoldScore:
        """How many of the gold's planted errors the annotation found (an annotated error overlaps them): accuracy
        is that recall. Detail: recall, precision (annotated errors that overlap a planted one), f1, severity (of
        the planted errors found, the share given the planted severity) and mqm_diff. A gold item with no
        planted error is a clean one: accuracy 1.0 unless a major error (or a non-translation) is marked."""
        given, planted = spans_of(annotation), spans_of(gold)
        precision = found(given, planted) / len(given) if given else 1.0
        mqm_diff = abs(float(_checked(annotation).get("mqm", 0.0)) - float(_checked(gold).get("mqm", 0.0)))
        if not planted:
            clean = 0.0 if any(span.severity == "major" for span in given) else 1.0
            detail = {"recall": 1.0, "precision": 1.0 if not given else 0.0, "f1": clean, "severity": 1.0}
            return GoldScore(accuracy=clean, detail={**detail, "mqm_diff": mqm_diff})
        hits = [span for span in planted if any(span.overlaps(other) for other in given)]
        recall = len(hits) / len(planted)
        same = [
            span for span in hits if any(span.overlaps(other) and other.severity == span.severity for other in given)
        ]
        detail = {
            "recall": recall,
            "precision": precision,
            "f1": _f1(precision, recall),
            "severity": len(same) / len(hits) if hits else 0.0,
            "mqm_diff": mqm_diff,
        }
        return GoldScore(accuracy=recall, detail=detail)

    def merge(self, votes: Sequence[Vote]) -> Merged:
        """The errors a majority (by weight) of the annotators marked, each as the first marking annotator drew it.

        An error is kept when the votes that mark an overlapping error hold more than half the weight;
        each kept error is one vote's (the first annotator by name's, of those overlapping), so offsets and
        text stay a real span, and errors overlapping a kept one are not kept again. Non-translated
        sentences are kept the same way; the ESA score is the weighted median. The MQM of the merged
        errors is not recomputed here (the merge sees no sentences): it is the votes' weighted median
        MQM. It needs review when an error was marked by exactly half the weight, or the votes' MQM
        scores are more than REVIEW_MQM_SPREAD apart.
        """
        ordered = ordered_votes(votes)
        total = math.fsum(vote.weight for vote in ordered)
        kept: list[dict[str, Any]] = []
        kept_spans: list[Span] = []
        reasons: list[str] = []
        for vote in ordered:
            for error in vote.annotation["errors"]:
                span = Span(error["side"], error["segment"], error["start"], error["end"], error["severity"], None)
                if any(span.overlaps(other) for other in kept_spans):
                    continue
                support = math.fsum(
                    other.weight for other in ordered if any(span.overlaps(s) for s in spans_of(other.annotation))
                )
                if 2 * support > total:
                    kept.append(copy.deepcopy(error))
                    kept_spans.append(span)
                elif 2 * support == total and len(ordered) > 1:
                    reasons.append(f"half the annotators marked {error['side']} {error['segment']}: {error['text']!r}")
        non_translation = []
        for segment in sorted({s for vote in ordered for s in vote.annotation.get("non_translation") or ()}):
            support = math.fsum(v.weight for v in ordered if segment in (v.annotation.get("non_translation") or ()))
            if 2 * support > total:
                non_translation.append(segment)
            elif 2 * support == total and len(ordered) > 1:
                reasons.append(f"half the annotators marked sentence {segment} as no translation")
        merged = copy.deepcopy(dict(ordered[0].annotation))
        merged["errors"] = sorted(kept, key=lambda e: (e["side"] != "source", e["segment"], e["start"], e["end"]))
        merged["non_translation"] = non_translation
        scores = [(float(vote.annotation.get("mqm", 0.0)), vote.weight) for vote in ordered]
        merged["mqm"] = weighted_median(scores)
        esa = [(vote.annotation["esa"], vote.weight) for vote in ordered if vote.annotation.get("esa") is not None]
        merged["esa"] = int(weighted_median(esa)) if esa else None
        spread = max(score for score, _ in scores) - min(score for score, _ in scores)
        if spread > REVIEW_MQM_SPREAD:
            reasons.append(f"MQM scores from {min(s for s, _ in scores):g} to {max(s for s, _ in scores):g}")
        return Merged(annotation=merged, needs_review=bool(reasons), reason="; ".join(reasons))

    def mqm(self, annotation: Any, content: Mapping[str, Any] | None) -> float:
        """The annotation's MQM recomputed with these weights over the item's target sentences."""
        checked = _checked(annotation)
        count = len(segments(dict(content or {}), "target"))
        return item_score(checked["errors"], checked.get("non_translation") or (), count, self.config)


QUALITY = register(TranslationQuality())

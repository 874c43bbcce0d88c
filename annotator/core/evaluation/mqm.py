"""MQM scores: the weighted sum of a translation's errors, per segment and per item (lower is better).

WMT's recipe (google/wmt-mqm-human-evaluation): each error costs its severity's weight (major 5,
minor 1, neutral 0; a minor punctuation error 0.1), a non-translated segment costs 25 whatever else is
marked in it, and an item's score is the mean of its segments' scores. The weights come from the
package (TranslationConfig), these are only the defaults.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from annotator.core.evaluation.configs import TranslationConfig


def segment_scores(
    errors: Iterable[Mapping[str, Any]], non_translation: Iterable[int], segment_count: int, config: TranslationConfig
) -> list[float]:
    """Each segment's penalty: the weights of its errors, or the non-translation weight for a non-translated one."""
    scores = [0.0] * segment_count
    for error in errors:
        segment = error["segment"]
        if 0 <= segment < segment_count:
            scores[segment] += config.weight(error.get("category"), error["severity"])
    for segment in set(non_translation):
        if 0 <= segment < segment_count:
            scores[segment] = config.non_translation_weight
    return [round(score, 4) for score in scores]


def item_score(
    errors: Iterable[Mapping[str, Any]], non_translation: Iterable[int], segment_count: int, config: TranslationConfig
) -> float:
    """An item's MQM score: the mean of its segments' penalties (0.0 for an item of no segments)."""
    scores = segment_scores(errors, non_translation, segment_count, config)
    return round(sum(scores) / len(scores), 4) if scores else 0.0

"""A translation (or summary) check as pure operations on its annotation: MQM error spans, non-translation, ESA, score.

The annotation is `annotation-translation-v1`: {"errors": [{side, segment, start, end, text, severity,
category, note?}], "non_translation": [target segment indices], "esa": 0-100 | None, "mqm": float,
"source": "user"}. Offsets are code points of one sentence, `end` exclusive, `sentence[start:end] ==
text`, and a span never splits a user-perceived character. Errors are kept sorted by side (source
first), segment, start, end; one range holds one error. Every operation returns a new dict and leaves
its input alone; those that change errors or non-translation also recompute `mqm`.

How many segments the MQM mean is taken over (`segment_count`): a translation has one target sentence
per source sentence, so it is the number of target sentences, and an omission marked on source sentence
i counts in segment i. A summary's sentences do not pair with the source's, so it is the larger of the
two counts: every marked sentence, source or summary, has its own segment to count in, and a short
summary of a long text is not scored as if it had only a few sentences to go wrong in.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.evaluation.configs import SEVERITIES, TranslationConfig
from annotator.core.evaluation.content import is_summary, segments
from annotator.core.evaluation.mqm import item_score
from annotator.core.text_offsets import cluster_end, cluster_start

SIDES = ("source", "target")
# An error marked on the source side is, unless said otherwise, something the translation left out.
SOURCE_DEFAULT_CATEGORY = "Accuracy/Omission"
ESA_START = 50  # where the first ESA step starts from (the middle of the scale, as Appraise's slider)

Annotation = dict[str, Any]


class TranslationCheckError(ValueError):
    """An operation that cannot be done (a span out of range, an unknown category, ...); the message says why."""


@dataclass(frozen=True)
class Missing:
    """One thing that keeps a check from being submitted; for an error, where it is and what it says."""

    what: str  # "category" (an error has none), "foreign_category" (not one of the package's) or "esa"
    side: str = ""
    segment: int = 0  # 0-based, as stored
    start: int = 0
    end: int = 0
    text: str = ""
    severity: str = ""
    category: str = ""  # foreign_category: the category the error has


@dataclass(frozen=True)
class Summary:
    """The score line's facts: errors by severity, non-translated sentences, the MQM and ESA scores."""

    errors: int
    by_severity: tuple[tuple[str, int], ...]  # (severity, count) of the severities marked, in SEVERITIES order
    non_translation: int
    mqm: float
    esa_asked: bool
    esa: int | None


def empty_annotation() -> Annotation:
    """A check with nothing marked: no errors, every sentence a translation, no ESA, MQM 0."""
    return {"errors": [], "non_translation": [], "esa": None, "mqm": 0.0, "source": "user"}


def segment_count(content: Mapping[str, Any] | None) -> int:
    """The number of segments the MQM mean is over (see the module's docstring)."""
    target = len(segments(dict(content or {}), "target"))
    if is_summary(dict(content or {})):
        return max(len(segments(dict(content or {}), "source")), target)
    return target


def annotation_of(stored: Any, *, content: Mapping[str, Any] | None) -> Annotation:
    """A clean copy of what is stored for an item: None is an empty check; what no longer fits the item is left out.

    A stored error whose offsets do not fit its sentence (the package was changed since) is dropped
    rather than shown at the wrong words.
    """
    annotation = empty_annotation()
    if not isinstance(stored, Mapping):
        return annotation
    for error in stored.get("errors") or []:
        if isinstance(error, Mapping) and _fits(error, content):
            kept = {key: error[key] for key in ("side", "segment", "start", "end", "text", "severity", "category")}
            if isinstance(error.get("note"), str):
                kept["note"] = error["note"]
            annotation["errors"].append(kept)
    annotation["errors"].sort(key=_order)
    targets = len(segments(dict(content or {}), "target"))
    nt = stored.get("non_translation") or []
    annotation["non_translation"] = sorted({s for s in nt if isinstance(s, int) and 0 <= s < targets})
    esa = stored.get("esa")
    annotation["esa"] = max(0, min(100, esa)) if isinstance(esa, int) and not isinstance(esa, bool) else None
    mqm = stored.get("mqm")
    annotation["mqm"] = float(mqm) if isinstance(mqm, (int, float)) and not isinstance(mqm, bool) else 0.0
    return annotation


def _fits(error: Mapping[str, Any], content: Mapping[str, Any] | None) -> bool:
    side, segment, start, end = error.get("side"), error.get("segment"), error.get("start"), error.get("end")
    if side not in SIDES or not all(isinstance(v, int) and not isinstance(v, bool) for v in (segment, start, end)):
        return False
    sentences = segments(dict(content or {}), side)
    if not 0 <= segment < len(sentences) or not 0 <= start < end <= len(sentences[segment]):
        return False
    category = error.get("category")
    return (
        sentences[segment][start:end] == error.get("text")
        and error.get("severity") in SEVERITIES
        and (category is None or isinstance(category, str))
    )


def _order(error: Mapping[str, Any]) -> tuple[int, int, int, int]:
    return (SIDES.index(error["side"]), error["segment"], error["start"], error["end"])


def _key(side: str, segment: int, start: int, end: int) -> tuple[int, int, int, int]:
    return (SIDES.index(side), segment, start, end)


def _copy(annotation: Mapping[str, Any] | None) -> Annotation:
    """A deep copy to change (None: an empty check); what is in it is trusted, `annotation_of` cleans stored data."""
    result = empty_annotation()
    if isinstance(annotation, Mapping):
        result.update(copy.deepcopy(dict(annotation)))
    return result


def rescore(
    annotation: Mapping[str, Any] | None, *, config: TranslationConfig, content: Mapping[str, Any] | None
) -> Annotation:
    """The annotation with `mqm` recomputed with the package's weights (what is stored is always this)."""
    result = _copy(annotation)
    result["mqm"] = item_score(result["errors"], result["non_translation"], segment_count(content), config)
    return result


def default_category(side: str, config: TranslationConfig) -> str | None:
    """The category a new error starts with: Accuracy/Omission on the source side (if the package has it), else none."""
    return SOURCE_DEFAULT_CATEGORY if side == "source" and SOURCE_DEFAULT_CATEGORY in config.categories else None


def sentence(content: Mapping[str, Any] | None, side: str, segment: int) -> str:
    """One sentence of an item; a clear error for a side or index it does not have."""
    if side not in SIDES:
        raise TranslationCheckError(f"the side must be 'source' or 'target', not {side!r}")
    sentences = segments(dict(content or {}), side)
    if not isinstance(segment, int) or not 0 <= segment < len(sentences):
        raise TranslationCheckError(f"there is no {side} sentence {segment} (the item has {len(sentences)})")
    return sentences[segment]


def fit_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection of `text` made into an error span: spaces trimmed, widened to whole characters.

    Raises TranslationCheckError for a range outside the text or one with nothing but spaces in it.
    """
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start <= end <= len(text):
        raise TranslationCheckError(f"the range {start}..{end} is outside the sentence (0..{len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise TranslationCheckError("nothing is selected (an error span needs at least one character)")
    return cluster_start(text, start), cluster_end(text, end)


def _check_category(category: str | None, config: TranslationConfig) -> None:
    if category is not None and category not in config.categories:
        raise TranslationCheckError(f"'{category}' is not one of this package's MQM categories")


def _check_severity(severity: str) -> None:
    if severity not in SEVERITIES:
        raise TranslationCheckError(f"the severity must be one of {', '.join(SEVERITIES)}, not {severity!r}")


def add_error(
    annotation: Mapping[str, Any] | None,
    *,
    content: Mapping[str, Any] | None,
    config: TranslationConfig,
    side: str,
    segment: int,
    start: int,
    end: int,
    severity: str,
    category: str | None = None,
) -> Annotation:
    """Mark an error on a selection of one sentence (trimmed and widened by `fit_span`).

    An error already on exactly that range is replaced: it takes the new severity, and keeps its
    category unless one is given. A new error without a category takes `default_category`.
    """
    text = sentence(content, side, segment)
    start, end = fit_span(text, start, end)
    _check_severity(severity)
    _check_category(category, config)
    result = _copy(annotation)
    key = _key(side, segment, start, end)
    same = [error for error in result["errors"] if _order(error) == key]
    if category is None:
        category = same[0]["category"] if same else default_category(side, config)
    error = {
        "side": side,
        "segment": segment,
        "start": start,
        "end": end,
        "text": text[start:end],
        "severity": severity,
        "category": category,
    }
    if same and "note" in same[0]:
        error["note"] = same[0]["note"]
    result["errors"] = sorted([e for e in result["errors"] if _order(e) != key] + [error], key=_order)
    return rescore(result, config=config, content=content)


def _change_error(
    annotation: Mapping[str, Any] | None,
    content: Mapping[str, Any] | None,
    config: TranslationConfig,
    where: tuple[str, int, int, int],
    field: str,
    value: Any,
) -> Annotation:
    result = _copy(annotation)
    side, segment, start, end = where
    for error in result["errors"] if side in SIDES else []:
        if _order(error) == _key(side, segment, start, end):
            error[field] = value
            return rescore(result, config=config, content=content)
    raise TranslationCheckError(f"there is no error at {side} sentence {segment}, {start}..{end}")


def set_category(
    annotation: Mapping[str, Any] | None,
    *,
    content: Mapping[str, Any] | None,
    config: TranslationConfig,
    side: str,
    segment: int,
    start: int,
    end: int,
    category: str | None,
) -> Annotation:
    """Give the error on exactly that range a category of the package (None: not chosen yet)."""
    _check_category(category, config)
    return _change_error(annotation, content, config, (side, segment, start, end), "category", category)


def set_severity(
    annotation: Mapping[str, Any] | None,
    *,
    content: Mapping[str, Any] | None,
    config: TranslationConfig,
    side: str,
    segment: int,
    start: int,
    end: int,
    severity: str,
) -> Annotation:
    """Change the severity of the error on exactly that range."""
    _check_severity(severity)
    return _change_error(annotation, content, config, (side, segment, start, end), "severity", severity)


def errors_at(
    annotation: Mapping[str, Any] | None, *, side: str, segment: int, start: int, end: int
) -> list[Annotation]:
    """The errors of one sentence under a selection (those overlapping it) or a caret (start == end).

    A caret is on the errors it sits in (start <= caret < end); if none, on those ending right at it, so
    a caret just after a marked word still finds that word's error.
    """
    mine = [
        error
        for error in (annotation or {}).get("errors") or []
        if error.get("side") == side and error.get("segment") == segment
    ]
    if start != end:
        return [error for error in mine if error["start"] < end and start < error["end"]]
    inside = [error for error in mine if error["start"] <= start < error["end"]]
    return inside or [error for error in mine if error["end"] == start]


def remove_errors_at(
    annotation: Mapping[str, Any] | None,
    *,
    content: Mapping[str, Any] | None,
    config: TranslationConfig,
    side: str,
    segment: int,
    start: int,
    end: int,
) -> Annotation:
    """Remove the errors `errors_at` finds there (nothing found: the same annotation, rescored)."""
    result = _copy(annotation)
    doomed = {_order(e) for e in errors_at(result, side=side, segment=segment, start=start, end=end)}
    result["errors"] = [error for error in result["errors"] if _order(error) not in doomed]
    return rescore(result, config=config, content=content)


def toggle_non_translation(
    annotation: Mapping[str, Any] | None,
    *,
    content: Mapping[str, Any] | None,
    config: TranslationConfig,
    segment: int,
) -> Annotation:
    """Mark a target sentence as no translation at all (it then costs the non-translation weight), or unmark it."""
    sentence(content, "target", segment)
    result = _copy(annotation)
    marked = set(result["non_translation"]) ^ {segment}
    result["non_translation"] = sorted(marked)
    return rescore(result, config=config, content=content)


def set_esa(annotation: Mapping[str, Any] | None, *, value: int | None) -> Annotation:
    """Set the ESA score, clamped to 0..100 (None clears it)."""
    if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool)):
        raise TranslationCheckError(f"an ESA score is a number from 0 to 100, not {value!r}")
    result = _copy(annotation)
    result["esa"] = None if value is None else max(0, min(100, round(value)))
    return result


def step_esa(annotation: Mapping[str, Any] | None, *, delta: int) -> Annotation:
    """Move the ESA score by `delta` (clamped); a score not given yet starts from the middle (50)."""
    current = (annotation or {}).get("esa")
    base = current if isinstance(current, int) and not isinstance(current, bool) else ESA_START
    return set_esa(annotation, value=base + delta)


def missing(annotation: Mapping[str, Any] | None, *, config: TranslationConfig) -> list[Missing]:
    """What must still be given before the check can be submitted, errors in their order (empty: it can be)."""
    needed = []
    for error in (annotation or {}).get("errors") or []:
        category = error.get("category")
        if category is not None and category in config.categories:
            continue
        needed.append(
            Missing(
                "category" if category is None else "foreign_category",
                side=error["side"],
                segment=error["segment"],
                start=error["start"],
                end=error["end"],
                text=error["text"],
                severity=error["severity"],
                category=category or "",
            )
        )
    if config.esa and (annotation or {}).get("esa") is None:
        needed.append(Missing("esa"))
    return needed


def counts(annotation: Mapping[str, Any] | None) -> dict[str, int]:
    """How many errors of each severity, source-side errors and non-translated sentences are marked."""
    errors = (annotation or {}).get("errors") or []
    result = {severity: sum(1 for e in errors if e.get("severity") == severity) for severity in SEVERITIES}
    result["errors"] = len(errors)
    result["source"] = sum(1 for e in errors if e.get("side") == "source")
    result["non_translation"] = len((annotation or {}).get("non_translation") or [])
    return result


def summary(annotation: Mapping[str, Any] | None, *, config: TranslationConfig) -> Summary:
    """The facts of the score line: errors by severity, non-translated sentences, the MQM score and the ESA score."""
    numbers = counts(annotation)
    return Summary(
        errors=numbers["errors"],
        by_severity=tuple((severity, numbers[severity]) for severity in SEVERITIES if numbers[severity]),
        non_translation=numbers["non_translation"],
        mqm=float((annotation or {}).get("mqm") or 0.0),
        esa_asked=config.esa,
        esa=(annotation or {}).get("esa") if config.esa else None,
    )


def match_categories(categories: Sequence[str], typed: str, *, first: str | None = None) -> list[str]:
    """The categories that match what was typed, best first (a type-ahead's list).

    Best is a category that begins with the typed text, then one whose subtype does ("punc":
    Fluency/Punctuation), then one where every typed word begins one of its words ("acc om":
    Accuracy/Omission), then one with the text anywhere in it. Among equals the package's order
    stays; `first` (the category the error has now) leads the list while nothing is typed.
    """
    query = " ".join(typed.casefold().split())
    ordered = list(categories)
    if first in ordered:
        ordered.remove(first)
        ordered.insert(0, first)
    if not query:
        return ordered
    wanted = query.replace("/", " ").split()
    ranked = []
    for index, category in enumerate(ordered):
        folded = category.casefold()
        words = folded.replace("/", " ").replace("-", " ").split()
        if folded.startswith(query):
            rank = 0
        elif "/" in folded and folded.split("/", 1)[1].startswith(query):
            rank = 1
        elif all(any(word.startswith(part) for word in words) for part in wanted):
            rank = 2
        elif query in folded:
            rank = 3
        else:
            continue
        ranked.append((rank, index, category))
    return [category for _rank, _index, category in sorted(ranked)]

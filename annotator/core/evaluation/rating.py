"""Rating annotations as plain data: one response scored on a rubric, or search results graded; pure operations.

A rating annotation (resources/schemas/annotation-rating-v1.schema.json) is
`{"scores": {criterion: value}, "na": [criterion, ...], "flags": {name: bool}, "confidence": int | None,
"relevance": {result_id: grade} | None, "source": "user"}`. A criterion is either scored or N/A, never both;
`na` keeps rubric order; `relevance` is a dict for search-relevance items and None for rubric ones. Every
operation returns a new dict and refuses (RatingError) what the package's RatingConfig does not allow.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.evaluation.configs import PolicyFlag, RatingConfig, RubricCriterion, ScalePoint
from annotator.core.evaluation.content import is_search, search_results

Annotation = dict[str, Any]

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class RatingError(ValueError):
    """An operation the package's rating settings do not allow (a value off the scale, an unknown criterion)."""


@dataclass(frozen=True)
class Missing:
    """One thing that keeps a rating from being submitted: a criterion, a result (by id) or the confidence."""

    what: str  # "criterion", "result" or "confidence"
    name: str = ""

    def __str__(self) -> str:
        if self.what == "criterion":
            return f"{self.name} (a score or N/A)"
        if self.what == "result":
            return f"result {self.name} (a grade)"
        return "your confidence"


def empty_annotation(*, search: bool) -> Annotation:
    """An annotation with nothing rated yet (`search`: a search-relevance item, whose grades go in `relevance`)."""
    return {
        "scores": {},
        "na": [],
        "flags": {},
        "confidence": None,
        "relevance": {} if search else None,
        "source": "user",
    }


def annotation_of(stored: Any, *, search: bool) -> Annotation:
    """A full annotation from what the workspace holds (None, or a dict): ill-typed parts are left out."""
    result = empty_annotation(search=search)
    if not isinstance(stored, dict):
        return result
    scores = stored.get("scores")
    if isinstance(scores, dict):
        result["scores"] = {str(k): v for k, v in scores.items() if _is_int(v)}
    na = stored.get("na")
    if isinstance(na, list):
        result["na"] = [name for name in dict.fromkeys(na) if isinstance(name, str) and name not in result["scores"]]
    flags = stored.get("flags")
    if isinstance(flags, dict):
        result["flags"] = {str(k): v for k, v in flags.items() if isinstance(v, bool)}
    confidence = stored.get("confidence")
    if _is_int(confidence) and confidence >= 1:
        result["confidence"] = confidence
    relevance = stored.get("relevance")
    if search and isinstance(relevance, dict):
        result["relevance"] = {str(k): v for k, v in relevance.items() if _is_int(v)}
    return result


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _copy(annotation: Annotation | None, *, search: bool | None = None) -> Annotation:
    # A fresh full annotation (never the caller's dicts); a search item's is known by its relevance dict.
    if search is None:
        search = isinstance((annotation or {}).get("relevance"), dict)
    return annotation_of(annotation, search=search)


def criterion_of(config: RatingConfig, name: str) -> RubricCriterion:
    """The rubric row called `name` (RatingError if the rubric has none)."""
    for criterion in config.criteria:
        if criterion.name == name:
            return criterion
    raise RatingError(f"the rubric has no criterion '{name}' ({', '.join(c.name for c in config.criteria)})")


def _flag_of(config: RatingConfig, name: str) -> PolicyFlag:
    for flag in config.flags:
        if flag.name == name:
            return flag
    raise RatingError(f"there is no policy flag '{name}' ({', '.join(f.name for f in config.flags) or 'none'})")


def _scale_text(points: Sequence[ScalePoint]) -> str:
    return ", ".join(str(point.value) for point in points)


def set_score(annotation: Annotation | None, *, config: RatingConfig, criterion: str, value: int) -> Annotation:
    """Score one criterion with one of its scale values; a criterion marked N/A no longer is."""
    row = criterion_of(config, criterion)
    if not _is_int(value) or value not in row.values():
        raise RatingError(f"{value!r} is not on the scale of '{criterion}' ({_scale_text(row.points)})")
    result = _copy(annotation)
    result["scores"][criterion] = value
    result["na"] = [name for name in result["na"] if name != criterion]
    return result


def clear_score(annotation: Annotation | None, *, config: RatingConfig, criterion: str) -> Annotation:
    """Take back a criterion's score or N/A: it is unrated again."""
    criterion_of(config, criterion)
    result = _copy(annotation)
    result["scores"].pop(criterion, None)
    result["na"] = [name for name in result["na"] if name != criterion]
    return result


def toggle_na(annotation: Annotation | None, *, config: RatingConfig, criterion: str) -> Annotation:
    """Mark a criterion not applicable (its score goes), or take the mark back; only when the rubric allows N/A."""
    criterion_of(config, criterion)
    if not config.allow_na:
        raise RatingError("this rubric has no N/A: every criterion gets a score")
    result = _copy(annotation)
    if criterion in result["na"]:
        result["na"].remove(criterion)
        return result
    result["scores"].pop(criterion, None)
    marked = set(result["na"]) | {criterion}
    # Rubric order, whatever order the marks came in; names no longer in the rubric stay at the end.
    known = [row.name for row in config.criteria]
    result["na"] = [name for name in known if name in marked] + [n for n in result["na"] if n not in known]
    return result


def set_flag(annotation: Annotation | None, *, config: RatingConfig, name: str, value: bool) -> Annotation:
    """Answer one policy flag: yes (True) or no (False)."""
    _flag_of(config, name)
    if not isinstance(value, bool):
        raise RatingError(f"a flag is answered yes or no (True or False), not {value!r}")
    result = _copy(annotation)
    result["flags"][name] = value
    return result


def toggle_flag(annotation: Annotation | None, *, config: RatingConfig, name: str) -> Annotation:
    """Flip a policy flag: unanswered or no becomes yes, yes becomes no."""
    current = (annotation or {}).get("flags", {}).get(name)
    return set_flag(annotation, config=config, name=name, value=current is not True)


def set_confidence(annotation: Annotation | None, *, config: RatingConfig, level: int) -> Annotation:
    """Say how sure the rating is, 1 (a guess) to the package's confidence_levels (sure)."""
    if config.confidence_levels <= 0:
        raise RatingError("this package does not ask for confidence")
    if not _is_int(level) or not 1 <= level <= config.confidence_levels:
        raise RatingError(f"confidence goes from 1 to {config.confidence_levels}, not {level!r}")
    result = _copy(annotation)
    result["confidence"] = level
    return result


def _result_ids(content: dict[str, Any] | None) -> list[str]:
    if not is_search(content):
        raise RatingError("only a search-relevance item (a query and its results) has results to grade")
    return [result.id for result in search_results(content)]


def set_grade(
    annotation: Annotation | None, *, config: RatingConfig, content: dict[str, Any], result_id: str, grade: int
) -> Annotation:
    """Grade one result of a search-relevance item with a point of the relevance scale."""
    ids = _result_ids(content)
    if result_id not in ids:
        raise RatingError(f"the item has no result '{result_id}' ({', '.join(ids)})")
    if not _is_int(grade) or grade not in [point.value for point in config.relevance]:
        raise RatingError(f"{grade!r} is not a relevance grade ({_scale_text(config.relevance)})")
    result = _copy(annotation, search=True)
    relevance = dict(result.get("relevance") or {})
    relevance[result_id] = grade
    result["relevance"] = relevance
    return result


def clear_grade(annotation: Annotation | None, *, content: dict[str, Any], result_id: str) -> Annotation:
    """Take back one result's grade."""
    _result_ids(content)
    result = _copy(annotation, search=True)
    relevance = dict(result.get("relevance") or {})
    relevance.pop(result_id, None)
    result["relevance"] = relevance
    return result


def missing(annotation: Annotation | None, config: RatingConfig, content: dict[str, Any] | None) -> list[Missing]:
    """What keeps the rating from being submitted, in screen order: each criterion needs a score or N/A
    (each result a grade, for a search item), and the confidence when the package asks for it.
    Unanswered flags do not block: submitting stores them as "not flagged" (see `answer_open_flags`)."""
    done = annotation_of(annotation, search=is_search(content))
    gaps: list[Missing] = []
    if is_search(content):
        grades = done["relevance"] or {}
        gaps += [Missing("result", result.id) for result in search_results(content) if result.id not in grades]
    else:
        answered = set(done["scores"]) | set(done["na"])
        gaps += [Missing("criterion", row.name) for row in config.criteria if row.name not in answered]
    if config.confidence_levels > 0 and done["confidence"] is None:
        gaps.append(Missing("confidence"))
    return gaps


def answer_open_flags(
    annotation: Annotation | None, config: RatingConfig, content: dict[str, Any] | None
) -> Annotation:
    """The annotation as submitted: a policy flag left unanswered is stored as no ("not flagged").
    Search-relevance items have no flags."""
    result = annotation_of(annotation, search=is_search(content))
    if not is_search(content):
        for flag in config.flags:
            result["flags"].setdefault(flag.name, False)
    return result


def summary(annotation: Annotation | None) -> str:
    """The rating in one line for people, e.g. 'helpfulness 4 · clarity N/A · flagged: harmful · confidence 2'."""
    if not isinstance(annotation, dict):
        return "not rated"
    parts = [f"{name} {value}" for name, value in annotation.get("scores", {}).items()]
    parts += [f"{name} N/A" for name in annotation.get("na", [])]
    relevance = annotation.get("relevance")
    if isinstance(relevance, dict):
        parts += [f"{result_id}: {grade}" for result_id, grade in relevance.items()]
    flags = annotation.get("flags", {})
    yes = [name for name, value in flags.items() if value is True]
    if yes:
        parts.append("flagged: " + ", ".join(yes))
    elif flags and all(value is False for value in flags.values()):
        parts.append("nothing flagged")
    if annotation.get("confidence") is not None:
        parts.append(f"confidence {annotation['confidence']}")
    return " · ".join(parts) if parts else "not rated"


# -- keys ----------------------------------------------------------------------------------------


def digits_are_values(points: Sequence[ScalePoint]) -> bool:
    """Whether a digit key types a scale value itself (every value 0-9); otherwise digits pick points by position."""
    return all(0 <= point.value <= 9 for point in points)


def point_for_digit(points: Sequence[ScalePoint], digit: int) -> ScalePoint | None:
    """The scale point a digit key picks: the point of that value, or (scales with values past 9, e.g. 0-100)
    the digit-th point (0 is the tenth); None when the digit is not on the scale."""
    if digits_are_values(points):
        return next((point for point in points if point.value == digit), None)
    position = 10 if digit == 0 else digit
    return points[position - 1] if 1 <= position <= len(points) else None


def digit_for_point(points: Sequence[ScalePoint], index: int) -> str:
    """The digit key of the index-th point ('' when the scale is longer than the digits)."""
    if digits_are_values(points):
        return str(points[index].value)
    return "" if index >= 10 else str((index + 1) % 10)


def flag_keys(
    flags: Sequence[PolicyFlag], *, reserved: Collection[str] = (), fallbacks: Sequence[str | None] = ()
) -> tuple[dict[str, str], list[str]]:
    """Each flag's letter key: its package key, else the first free letter of its name, else its fallback
    (`fallbacks[i]` for the i-th flag), else any free letter. `reserved` are keys already in use (the
    editor's own and the window's); a package key among them is refused, and the second value says so."""
    taken = {key.upper() for key in reserved}
    keys: dict[str, str] = {}
    problems: list[str] = []
    for flag in flags:
        key = (flag.key or "").upper()
        if not key:
            continue
        if key in taken:
            problems.append(f"the key {key} of flag '{flag.name}' is already in use; the flag gets another key")
            continue
        keys[flag.name] = key
        taken.add(key)
    for index, flag in enumerate(flags):
        if flag.name in keys:
            continue
        fallback = (fallbacks[index] or "").upper() if index < len(fallbacks) else ""
        candidates = [c for c in flag.name.upper() if c in LETTERS] + ([fallback] if fallback else []) + list(LETTERS)
        key = next((c for c in candidates if c not in taken), None)
        if key is None:
            problems.append(f"flag '{flag.name}' has no free key left")
            continue
        keys[flag.name] = key
        taken.add(key)
    return keys, problems

"""Text classification judgements as plain data: pure operations that return a new judgement.

A text annotation (resources/schemas/annotation-text-v1.schema.json) is
`{"labels": [...], "answer": None | "accept" | "reject" | "ignore", "question": None | str,
"unsure": bool, "spans": [{"start", "end", "label", "text"}], "source": "user" | "prelabel"}`.
`labels` are the labels that apply, in schema order; `answer` and `question` are used by binary schemas
only (is `question` right for this text?). Span offsets are code points of the text as stored (Python
`str` indices, end exclusive): `text[start:end] == span["text"]`, whatever the text's script or emoji.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.model import Label, LabelSchema
from annotator.core.text_offsets import cluster_end, cluster_start

Judgement = dict[str, Any]
Span = dict[str, Any]

ANSWERS = ("accept", "reject", "ignore")
# Label keys in display order when the schema sets none: digits, then letters the editor does not use
# itself (a accept, x reject, u unsure, c comment).
DEFAULT_LABEL_KEYS = tuple("1234567890") + tuple("QWERTYIOPS")


class JudgementError(ValueError):
    """An operation that makes no sense for this schema or text (a span past the end, an unknown label)."""


@dataclass(frozen=True)
class Suggestion:
    """A model's suggestion from an item's prelabel: labels that are in the schema, its score, and spans
    (`{"start", "end", "label", "text"}`, code points) that fit the schema and the text; never shared with a
    judgement (accepting copies them)."""

    labels: tuple[str, ...]
    score: float | None = None
    spans: tuple[Span, ...] = ()


def empty_judgement() -> Judgement:
    """A judgement with nothing decided yet."""
    return {"labels": [], "answer": None, "question": None, "unsure": False, "spans": [], "source": "user"}


def judgement_of(stored: Any) -> Judgement:
    """A full judgement from what the workspace holds (None, or a dict missing newer fields)."""
    result = empty_judgement()
    if isinstance(stored, dict):
        result.update(copy.deepcopy({key: value for key, value in stored.items() if key in result}))
    return result


def _touched(judgement: Judgement | None) -> Judgement:
    result = judgement_of(judgement)
    result["source"] = "user"
    return result


def choose_label(judgement: Judgement | None, *, label: str, schema: LabelSchema) -> Judgement:
    """Pick a label: a single-label schema replaces the choice, a multi-label schema toggles it."""
    names = schema.label_names()
    if label not in names:
        raise JudgementError(f"label '{label}' is not in the schema ({', '.join(names)})")
    if schema.mode == "binary":
        raise JudgementError("a binary schema is answered with accept, reject or ignore, not a label")
    result = _touched(judgement)
    if schema.mode == "single":
        if judgement_of(judgement)["labels"] == [label]:
            return judgement_of(judgement)  # choosing it again changes nothing (not even the source)
        result["labels"] = [label]
    else:
        chosen = set(result["labels"]) ^ {label}
        result["labels"] = [name for name in names if name in chosen]
    return result


def set_answer(judgement: Judgement | None, *, answer: str, question: str) -> Judgement:
    """Answer a binary question: accept means `question` applies to the text, reject that it does not."""
    if answer not in ANSWERS:
        raise JudgementError(f"answer must be one of {', '.join(ANSWERS)}, not '{answer}'")
    result = _touched(judgement)
    result["answer"] = answer
    result["question"] = question
    result["labels"] = [question] if answer == "accept" else []
    return result


def toggle_unsure(judgement: Judgement | None) -> Judgement:
    """Flip the annotator's "unsure" flag; the choice itself stays."""
    result = judgement_of(judgement)
    result["unsure"] = not result["unsure"]
    return result


def suggestion_of(
    prelabel: dict[str, Any] | None, schema: LabelSchema, *, text: str | None = None
) -> Suggestion | None:
    """The prelabel's labels and spans that the schema knows, or None when there is no usable suggestion.

    Spans are kept only with the `text` to check them against: offsets inside it that do not split a
    character, a label of the schema, one span per range (the first). A binary schema asks about one label,
    so it gets no spans.
    """
    if not isinstance(prelabel, dict) or not prelabel:
        return None
    known = set(schema.label_names())
    labels = tuple(name for name in prelabel.get("labels", []) if name in known)
    spans = () if text is None or schema.mode == "binary" else _suggested_spans(prelabel.get("spans"), known, text)
    score = prelabel.get("score")
    if not labels and not spans:
        return None
    number = isinstance(score, (int, float)) and not isinstance(score, bool)
    return Suggestion(labels, float(score) if number else None, spans)


def _suggested_spans(given: Any, known: Collection[str], text: str) -> tuple[Span, ...]:
    """The usable spans of a prelabel, sorted as a judgement's; the others are dropped (a model's guess, not data)."""
    kept: dict[tuple[int, int], Span] = {}
    for span in given if isinstance(given, list) else []:
        if not isinstance(span, dict) or span.get("label") not in known:
            continue
        start, end = span.get("start"), span.get("end")
        if not all(isinstance(value, int) and not isinstance(value, bool) for value in (start, end)):
            continue
        if not 0 <= start < end <= len(text) or cluster_start(text, start) != start or cluster_end(text, end) != end:
            continue
        kept.setdefault((start, end), {"start": start, "end": end, "label": span["label"], "text": text[start:end]})
    return tuple(sorted(kept.values(), key=lambda span: (span["start"], span["end"], span["label"])))


def binary_question(schema: LabelSchema, suggestion: Suggestion | None) -> str | None:
    """What a binary schema asks about an item: the suggested label, else the schema's first label."""
    if suggestion is not None and suggestion.labels:
        return suggestion.labels[0]
    return schema.labels[0].name if schema.labels else None


def accept_suggestion(judgement: Judgement | None, *, suggestion: Suggestion, schema: LabelSchema) -> Judgement:
    """Take the model's suggestion as the decision: its labels (or answer) and its spans; the annotator's own
    spans and the unsure flag stay, and an own span on a suggested span's range wins over it."""
    result = judgement_of(judgement)
    if schema.mode == "binary":
        if suggestion.labels:
            result = set_answer(result, answer="accept", question=suggestion.labels[0])
    else:
        names = schema.label_names()
        chosen = suggestion.labels[:1] if schema.mode == "single" else suggestion.labels
        result["labels"] = [name for name in names if name in chosen]
    ranges = {(span["start"], span["end"]) for span in result["spans"]}
    added = [copy.deepcopy(span) for span in suggestion.spans if (span["start"], span["end"]) not in ranges]
    result["spans"] = sorted(result["spans"] + added, key=lambda span: (span["start"], span["end"], span["label"]))
    result["source"] = "prelabel"
    return result


def is_decided(judgement: Judgement | None, schema: LabelSchema) -> bool:
    """Whether there is something to submit: a label (single), an answer (binary); multi may be empty."""
    current = judgement_of(judgement)
    if schema.mode == "binary":
        return current["answer"] is not None
    if schema.mode == "single":
        return bool(current["labels"]) or current["unsure"]
    return True


def add_span(judgement: Judgement | None, *, text: str, start: int, end: int, label: str) -> Judgement:
    """Label text[start:end] (code points), without the spaces at its ends (a word selected with the space
    after it is the word); the range widens to whole characters (an accent, a skin tone).

    The same range with another label is relabelled; overlapping spans are kept (aspects may nest).
    """
    if not 0 <= start < end <= len(text):
        raise JudgementError(f"span {start}..{end} is outside the text (0..{len(text)}) or empty")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise JudgementError("a span of only spaces labels nothing")
    start, end = cluster_start(text, start), cluster_end(text, end)
    result = judgement_of(judgement)
    kept = [span for span in result["spans"] if (span["start"], span["end"]) != (start, end)]
    kept.append({"start": start, "end": end, "label": label, "text": text[start:end]})
    result["spans"] = sorted(kept, key=lambda span: (span["start"], span["end"], span["label"]))
    return result


def spans_at(judgement: Judgement | None, *, start: int, end: int) -> list[Span]:
    """Spans overlapping start..end, or containing `start` when the range is empty (a caret)."""
    found = []
    for span in judgement_of(judgement)["spans"]:
        if start == end:
            if span["start"] <= start < span["end"] or (start == span["end"] and start > span["start"]):
                found.append(span)
        elif span["start"] < end and start < span["end"]:
            found.append(span)
    return found


def remove_spans(judgement: Judgement | None, *, start: int, end: int) -> Judgement:
    """A new judgement without the spans `spans_at` finds."""
    doomed = spans_at(judgement, start=start, end=end)
    result = judgement_of(judgement)
    result["spans"] = [span for span in result["spans"] if span not in doomed]
    return result


def check_spans(judgement: Judgement | None, text: str) -> list[str]:
    """Problems with a judgement's spans against the text (offsets out of range, text that differs)."""
    problems = []
    for number, span in enumerate(judgement_of(judgement)["spans"], start=1):
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"span {number}: offsets {start}..{end} are not inside the text (0..{len(text)})")
        elif "text" in span and text[start:end] != span["text"]:
            problems.append(f"span {number}: text[{start}:{end}] is {text[start:end]!r}, not {span['text']!r}")
    return problems


def assign_label_keys(
    labels: Sequence[Label], *, reserved: Collection[str] = (), defaults: Sequence[str] = DEFAULT_LABEL_KEYS
) -> tuple[dict[str, str], list[str]]:
    """Each label's key: its schema hotkey, else the next free default in display order.

    A schema hotkey that the editor already uses (`reserved`) or that a label before it took is refused;
    that label gets a default key and the second value says why. Labels beyond the defaults get no key.
    """
    taken = {key.upper() for key in reserved}
    keys: dict[str, str] = {}
    problems: list[str] = []
    for label in labels:
        hotkey = (label.hotkey or "").strip()
        if not hotkey:
            continue
        if hotkey.upper() in taken:
            problems.append(f"hotkey '{hotkey}' of label '{label.name}' is already in use; it gets another key")
            continue
        keys[label.name] = hotkey.upper() if len(hotkey) == 1 else hotkey
        taken.add(hotkey.upper())
    free = [key for key in defaults if key.upper() not in taken]
    for label in labels:
        if label.name not in keys and free:
            keys[label.name] = free.pop(0)
    return keys, problems

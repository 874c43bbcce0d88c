"""Evaluation items and their annotations as plain lines for the lead's review: what was asked, and what each annotator said.

The lead may see which system wrote each response (`systems=True`, the default); an annotator never
does, so anything shown to one passes `systems=False`. Every line is plain text for a plain-text
widget: nothing here is markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annotator.core.evaluation.configs import RatingConfig
from annotator.core.evaluation.content import (
    is_search,
    prompt_text,
    response_text,
    responses,
    search_results,
    segments,
)
from annotator.core.evaluation.order import side_letter
from annotator.core.quality.pairwise_kind import ranking_groups

_QUOTE_CHARS = 80  # an error span or edit quoted in a line is cut to this many characters


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return f"«{text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + '…'}»"


def _systems(content: Mapping[str, Any] | None) -> dict[str, str]:
    return {response.id: response.system for response in responses(dict(content or {})) if response.system}


def _named(response_id: str, systems: Mapping[str, str]) -> str:
    system = systems.get(response_id)
    return f"{response_id} ({system})" if system else response_id


def item_lines(kind: str, content: Mapping[str, Any] | None, *, systems: bool = True) -> list[str]:
    """What an evaluation item shows: its prompt and responses, its query and results, or its source and target."""
    content = dict(content or {})
    lines: list[str] = []
    prompt = prompt_text(content)
    if prompt:
        lines += ["Prompt:", prompt, ""]
    if kind == "pairwise":
        names = _systems(content) if systems else {}
        for response in responses(content):
            lines += [f"Response {_named(response.id, names)}:", response.text, ""]
    elif kind == "rating" and is_search(content):
        lines += [f"Query: {content.get('query', '')}", ""]
        for result in search_results(content):
            lines.append(f"Result {result.id}: {result.title}")
            if result.snippet:
                lines.append(f"  {result.snippet}")
            if result.url:
                lines.append(f"  {result.url}")
    elif kind == "translation":
        for number, sentence in enumerate(segments(content, "source")):
            lines.append(f"Source {number}: {sentence}")
        lines.append("")
        for number, sentence in enumerate(segments(content, "target")):
            lines.append(f"Target {number}: {sentence}")
    else:
        lines += ["Response:", response_text(content)]
    system = content.get("system")
    if systems and kind != "pairwise" and system:
        lines += ["", f"System: {system}"]
    return lines


def annotation_lines(
    kind: str, annotation: Any, content: Mapping[str, Any] | None = None, *, settings: Any = None, systems: bool = True
) -> list[str]:
    """One annotator's result for people: the decision first, then the details; ['—'] for no annotation."""
    if not isinstance(annotation, Mapping):
        return ["—"]
    describe = {"pairwise": _pairwise, "rating": _rating, "translation": _translation, "rewrite": _rewrite}.get(kind)
    if describe is None:
        return ["—"]
    names = _systems(content) if systems else {}
    return describe(annotation, names, settings) or ["—"]


def _pairwise(annotation: Mapping[str, Any], names: Mapping[str, str], settings: Any) -> list[str]:
    order = list(annotation.get("order") or [])
    sides = {response: side_letter(position) for position, response in enumerate(order)}
    lines = []
    ranking = annotation.get("ranking")
    preferred = annotation.get("preferred")
    if ranking:
        places = [
            " = ".join(f"{_named(r, names)} [{sides.get(r, '?')}]" for r in place.split("="))
            for place in ranking_groups(ranking)
        ]
        lines.append("Ranking: " + " > ".join(places))
    elif preferred == "tie":
        lines.append("Tie")
    elif preferred == "both_bad":
        lines.append("Both bad")
    elif preferred is None:
        lines.append("Undecided")
    else:
        lines.append(f"Prefers {_named(preferred, names)}, shown as {sides.get(preferred, '?')}")
    if annotation.get("strength") is not None:
        lines.append(f"Strength {annotation['strength']:+d} (−3: A much better … +3: B much better)")
    lines.append("Shown: " + ", ".join(f"{sides[r]} {_named(r, names)}" for r in order))
    criteria = annotation.get("criteria") or {}
    if criteria:
        given = []
        for criterion, side in criteria.items():
            position = ord(side) - ord("A") if side != "tie" else -1
            response = order[position] if 0 <= position < len(order) else None
            given.append(f"{criterion} {'tie' if response is None else _named(response, names)}")
        lines.append("Criteria: " + ", ".join(given))
    if annotation.get("reasons"):
        lines.append("Reasons: " + ", ".join(annotation["reasons"]))
    if annotation.get("rationale"):
        lines.append("Rationale: " + annotation["rationale"])
    return lines


def _rating(annotation: Mapping[str, Any], names: Mapping[str, str], settings: Any) -> list[str]:
    config = settings if isinstance(settings, RatingConfig) else RatingConfig()
    criteria = {criterion.name: criterion for criterion in config.criteria}
    lines = []
    for name, value in (annotation.get("scores") or {}).items():
        criterion = criteria.get(name)
        top = max(criterion.values()) if criterion and criterion.points else None
        anchor = next((p.anchor for p in criterion.points if p.value == value), "") if criterion else ""
        lines.append(f"{name}: {value}{f'/{top}' if top is not None else ''}{f' — {anchor}' if anchor else ''}")
    if annotation.get("na"):
        lines.append("N/A: " + ", ".join(annotation["na"]))
    relevance = annotation.get("relevance") or {}
    anchors = {point.value: point.anchor for point in config.relevance}
    for result, grade in relevance.items():
        anchor = anchors.get(grade, "")
        lines.append(f"Result {result}: {grade}{f' — {anchor}' if anchor else ''}")
    flags = annotation.get("flags") or {}
    if flags:
        lines.append("Flags: " + ", ".join(f"{name} {'yes' if value else 'no'}" for name, value in flags.items()))
    if annotation.get("confidence") is not None:
        levels = config.confidence_levels
        lines.append(f"Confidence {annotation['confidence']}{f'/{levels}' if levels else ''}")
    return lines


def _translation(annotation: Mapping[str, Any], names: Mapping[str, str], settings: Any) -> list[str]:
    errors = annotation.get("errors") or []
    head = f"MQM {float(annotation.get('mqm', 0.0)):g}"
    if annotation.get("esa") is not None:
        head += f" · ESA {annotation['esa']}"
    lines = [head + f" · {len(errors)} error{'s' if len(errors) != 1 else ''}"]
    for error in errors:
        where = f"{error['side']} {error['segment']} [{error['start']}–{error['end']}]"
        category = error.get("category") or "no category"
        lines.append(f"{where} {_quoted(error.get('text', ''))} {error['severity']}, {category}")
        if error.get("note"):
            lines.append(f"  note: {error['note']}")
    for segment in annotation.get("non_translation") or []:
        lines.append(f"target {segment}: no translation")
    return lines


def _rewrite(annotation: Mapping[str, Any], names: Mapping[str, str], settings: Any) -> list[str]:
    edits = annotation.get("edits") or []
    if not edits and not annotation.get("char_distance"):
        lines = ["Unchanged" + (" (confirmed)" if annotation.get("unchanged_confirmed") else "")]
    else:
        lines = [
            f"{len(edits)} edit{'s' if len(edits) != 1 else ''} · word distance {annotation.get('word_distance', 0)}"
            f" · character distance {annotation.get('char_distance', 0)}"
        ]
    for edit in edits:
        category = f" ({edit['category']})" if edit.get("category") else ""
        lines.append(f"{_quoted(edit.get('before', ''))} → {_quoted(edit.get('after', ''))}{category}")
    lines += ["Rewrite:", str(annotation.get("text", ""))]
    return lines

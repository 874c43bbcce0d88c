"""Label Studio tasks, results and labeling configs for the evaluation kinds (pairwise, rating, translation, rewrite).

The names below are the `from_name`/`to_name` of the results, and the config written beside the
tasks declares each of them, so a project made from it shows the results as they were given:

- pairwise: `prompt`, `left` and `right` (the responses in the order the annotator saw them; data
  `order` lists their ids); A or B as LS's `pairwise` result `{"selected": "left"|"right"}` on
  `<Pairwise name="comparison">`; a tie or both bad as `choices` of `outcome` ("Tie", "Both bad");
  the strength (-3 A much better … +3 B much better) as a `number`; each criterion as `choices` of
  `criterion-N` (Left, Right, Tie); the reason chips as `choices` of `reasons`; the rationale as a
  `textarea`. A package with N-way items also has data `responses` (every response, shown order)
  and a `<Ranker name="ranking">` whose buckets `rank-1`, `rank-2`, ... hold each rank's ids.
- rating: `prompt` and `response`; each rubric criterion as a `rating` of `criterion-N` when its
  scale is 1..k (LS's stars), else as `choices` of the values; not-applicable criteria as `choices`
  of `na`; each policy flag as `choices` of `flag-N` (Yes, No); confidence as a `rating`.
  Search-relevance items: `query` and a `<List name="results">`, graded by a `<Ranker
  name="relevance">` whose buckets `grade-V` hold the ids of the results given grade V.
- translation: `source` and `target`, each the item's sentences joined by line breaks; each error a
  region of `source_severity` or `target_severity` (`labels`: Major, Minor, Neutral) with start and
  end in code points of that joined text, its category a per-region `choices` and its note a
  per-region `textarea` of the same id; a non-translated sentence a Major region over the whole
  sentence, category "Non-translation"; the ESA score a `number` of `esa`.
- rewrite: `prompt` and `response`; the rewrite as the `textarea` of `rewrite` (an editable text
  area pre-filled with the response); the categories its edits were tagged with as `choices` of
  `edit_categories`.

Not written: the MQM score (LS computes none; the evaluation JSONL has it) and the edits' offsets.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree  # building only
from dataclasses import dataclass
from typing import Any

from annotator.core.evaluation.configs import (
    DEFAULT_MQM_CATEGORIES,
    PairwiseConfig,
    RatingConfig,
    RewriteConfig,
    RubricCriterion,
    TranslationConfig,
    default_config,
)
from annotator.core.evaluation.content import (
    is_search,
    prompt_text,
    response_text,
    responses,
    search_results,
    segments,
)
from annotator.core.evaluation.order import side_letter
from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.formats.evaluation import checked_error

OUTCOMES = {"tie": "Tie", "both_bad": "Both bad"}
SIDES = {"A": "Left", "B": "Right", "tie": "Tie"}
SEVERITIES = {"major": ("Major", "#d62728"), "minor": ("Minor", "#ff7f0e"), "neutral": ("Neutral", "#7f7f7f")}
NON_TRANSLATION = "Non-translation"
LINE = "\n"

Result = dict[str, Any]


@dataclass(frozen=True)
class Layout:
    """What a kind's tasks and config hold, decided once for the whole package (every task has the same data keys)."""

    kind: str
    config: Any
    ranked: int = 0  # pairwise: the most responses an N-way item has (0: none has more than two)
    rubric: bool = False  # rating: some item is a rubric rating
    search: bool = False  # rating: some item is a search-relevance one
    esa: bool = False  # translation: the ESA score is asked or given

    @classmethod
    def of(cls, dataset: Dataset, kind: str) -> Layout:
        """The layout of `kind`'s items of `dataset`."""
        items = dataset.of_kind(kind)
        config = dataset.task_configs.get(kind) or default_config(kind)
        if kind == "pairwise":
            most = max((len(responses(item.content)) for item in items), default=2)
            return cls(kind, config, ranked=most if most > 2 else 0)
        if kind == "rating":
            searches = [is_search(item.content) for item in items]
            return cls(kind, config, rubric=not all(searches), search=any(searches))
        if kind == "translation":
            given = any((item.annotation or {}).get("esa") is not None for item in items)
            return cls(kind, config, esa=bool(getattr(config, "esa", False)) or given)
        return cls(kind, config)


# -- task data --------------------------------------------------------------------------------------


def task_data(item: DatasetItem, layout: Layout) -> dict[str, Any]:
    """The `data` of an evaluation item's task (without `item_id` and `lang`, which every task has)."""
    content = item.content or {}
    if item.kind == "pairwise":
        by_id = {response.id: response for response in responses(content)}
        order = _order(item)
        data: dict[str, Any] = {
            "prompt": prompt_text(content),
            "left": by_id[order[0]].text,
            "right": by_id[order[1]].text,
            "order": order,
        }
        if layout.ranked:
            data["responses"] = [
                {"id": response_id, "title": side_letter(position), "body": by_id[response_id].text}
                for position, response_id in enumerate(order)
            ]
        return data
    if item.kind == "rating":
        data = {}
        if layout.rubric:
            data.update({"prompt": prompt_text(content), "response": response_text(content)})
        if layout.search:
            data["query"] = content.get("query", "")
            data["results"] = [
                {"id": result.id, "title": result.title, "body": result.snippet} for result in search_results(content)
            ]
        return data
    if item.kind == "translation":
        data = {"source": LINE.join(segments(content, "source")), "target": LINE.join(segments(content, "target"))}
        for key in ("source_lang", "target_lang"):
            if content.get(key):
                data[key] = content[key]
        return data
    return {"prompt": prompt_text(content), "response": response_text(content)}


def _order(item: DatasetItem) -> list[str]:
    """The ids as the annotator saw them; package order for an item nobody opened."""
    shown = (item.annotation or {}).get("order")
    ids = [response.id for response in responses(item.content)]
    return list(shown) if shown and set(shown) <= set(ids) and len(shown) >= 2 else ids


# -- results ----------------------------------------------------------------------------------------


def _result(region: str, from_name: str, to_name: str, kind: str, value: dict[str, Any]) -> Result:
    return {"id": region, "from_name": from_name, "to_name": to_name, "type": kind, "value": value, "origin": "manual"}


def results(item: DatasetItem, layout: Layout) -> list[Result]:
    """The LS results of an evaluation item's annotation (none when it has no annotation)."""
    if item.annotation is None:
        return []
    return {
        "pairwise": _pairwise_results,
        "rating": _rating_results,
        "translation": _translation_results,
        "rewrite": _rewrite_results,
    }[item.kind](item, layout)


def _pairwise_results(item: DatasetItem, layout: Layout) -> list[Result]:
    annotation = item.annotation or {}
    config: PairwiseConfig = layout.config
    found: list[Result] = []
    choice = annotation.get("choice")
    if choice in ("A", "B"):
        selected = "left" if choice == "A" else "right"
        found.append(_result("comparison", "comparison", "comparison", "pairwise", {"selected": selected}))
    elif choice in OUTCOMES:
        found.append(_result("outcome", "outcome", "prompt", "choices", {"choices": [OUTCOMES[choice]]}))
    ranking = annotation.get("ranking")
    if ranking and layout.ranked:
        buckets: dict[str, list[str]] = {}
        for response_id in _order(item):
            if response_id in ranking:
                buckets.setdefault(f"rank-{ranking[response_id]}", []).append(response_id)
        ordered = dict(sorted(buckets.items(), key=lambda pair: int(pair[0].removeprefix("rank-"))))
        found.append(_result("ranking", "ranking", "responses", "ranker", {"ranker": ordered}))
    if annotation.get("strength") is not None:
        found.append(_result("strength", "strength", "prompt", "number", {"number": annotation["strength"]}))
    decided = annotation.get("criteria") or {}
    for number, name in enumerate(config.criteria, start=1):
        if name in decided:
            name_id = f"criterion-{number}"
            found.append(_result(name_id, name_id, "prompt", "choices", {"choices": [SIDES[decided[name]]]}))
    if annotation.get("reasons"):
        found.append(_result("reasons", "reasons", "prompt", "choices", {"choices": list(annotation["reasons"])}))
    if annotation.get("rationale"):
        found.append(_result("rationale", "rationale", "prompt", "textarea", {"text": [annotation["rationale"]]}))
    return found


def _stars(criterion: RubricCriterion) -> bool:
    """Whether a criterion's scale is 1..k, which LS's Rating (stars) can hold as it is."""
    values = criterion.values()
    return bool(values) and values == list(range(1, len(values) + 1))


def _rating_results(item: DatasetItem, layout: Layout) -> list[Result]:
    annotation = item.annotation or {}
    config: RatingConfig = layout.config
    found: list[Result] = []
    scores = annotation.get("scores") or {}
    for number, criterion in enumerate(config.criteria, start=1):
        if criterion.name in scores:
            name_id, score = f"criterion-{number}", scores[criterion.name]
            if _stars(criterion):
                found.append(_result(name_id, name_id, "response", "rating", {"rating": score}))
            else:
                found.append(_result(name_id, name_id, "response", "choices", {"choices": [str(score)]}))
    if annotation.get("na"):
        found.append(_result("na", "na", "response", "choices", {"choices": list(annotation["na"])}))
    flags = annotation.get("flags") or {}
    for number, flag in enumerate(config.flags, start=1):
        if flag.name in flags:
            name_id = f"flag-{number}"
            found.append(
                _result(name_id, name_id, "response", "choices", {"choices": ["Yes" if flags[flag.name] else "No"]})
            )
    if annotation.get("confidence") is not None:
        found.append(_result("confidence", "confidence", "response", "rating", {"rating": annotation["confidence"]}))
    relevance = annotation.get("relevance")
    if relevance:
        buckets: dict[str, list[str]] = {f"grade-{point.value}": [] for point in config.relevance}
        for result in search_results(item.content):
            if result.id in relevance:
                buckets.setdefault(f"grade-{relevance[result.id]}", []).append(result.id)
        graded = {name: ids for name, ids in buckets.items() if ids}
        found.append(_result("relevance", "relevance", "results", "ranker", {"ranker": graded}))
    return found


def _starts(sentences: list[str]) -> list[int]:
    """Where each sentence begins in the sentences joined by line breaks."""
    starts, position = [], 0
    for sentence in sentences:
        starts.append(position)
        position += len(sentence) + len(LINE)
    return starts


def _translation_results(item: DatasetItem, layout: Layout) -> list[Result]:
    content, annotation = item.content or {}, item.annotation or {}
    sides = {side: segments(content, side) for side in ("source", "target")}
    starts = {side: _starts(sentences) for side, sentences in sides.items()}
    joined = {side: LINE.join(sentences) for side, sentences in sides.items()}
    regions: list[tuple[str, int, int, str, str | None, str]] = []
    for error in annotation.get("errors", []):
        side, segment = error["side"], error["segment"]
        sentences = sides[side]
        start, end = checked_error(item, error, sentences[segment] if 0 <= segment < len(sentences) else "")
        offset = starts[side][segment]
        regions.append(
            (side, offset + start, offset + end, error["severity"], error.get("category"), error.get("note", ""))
        )
    target = sides["target"]
    for segment in sorted(set(annotation.get("non_translation", []))):
        if 0 <= segment < len(target) and target[segment]:
            offset = starts["target"][segment]
            regions.append(("target", offset, offset + len(target[segment]), "major", NON_TRANSLATION, ""))
    found: list[Result] = []
    for number, (side, start, end, severity, category, note) in enumerate(regions, start=1):
        region = f"error{number}"
        span = {"start": start, "end": end, "text": joined[side][start:end]}
        found.append(_result(region, f"{side}_severity", side, "labels", {**span, "labels": [SEVERITIES[severity][0]]}))
        if category:
            found.append(_result(region, f"{side}_category", side, "choices", {**span, "choices": [category]}))
        if note:
            found.append(_result(region, f"{side}_note", side, "textarea", {**span, "text": [note]}))
    if annotation.get("esa") is not None:
        found.append(_result("esa", "esa", "target", "number", {"number": annotation["esa"]}))
    return found


def _rewrite_results(item: DatasetItem, layout: Layout) -> list[Result]:
    annotation = item.annotation or {}
    config: RewriteConfig = layout.config
    found = [_result("rewrite", "rewrite", "response", "textarea", {"text": [annotation.get("text", "")]})]
    used = {edit.get("category") for edit in annotation.get("edits", [])} - {None}
    if used:
        named = [name for name in config.categories if name in used] + sorted(used - set(config.categories))
        found.append(_result("edit_categories", "edit_categories", "response", "choices", {"choices": named}))
    return found


# -- labeling configs -------------------------------------------------------------------------------


def _tag(parent: ElementTree.Element, tag: str, **attributes: str) -> ElementTree.Element:
    return ElementTree.SubElement(parent, tag, attributes)


def _choices(parent: ElementTree.Element, name: str, to_name: str, values: list[str], **extra: str) -> None:
    choices = _tag(parent, "Choices", name=name, toName=to_name, **extra)
    for value in values:
        _tag(choices, "Choice", value=value)


def config(layout: Layout) -> str:
    """The labeling config whose names the kind's results use."""
    view = ElementTree.Element("View")
    {"pairwise": _pairwise_config, "rating": _rating_config, "translation": _translation_config}.get(
        layout.kind, _rewrite_config
    )(view, layout)
    ElementTree.indent(view, space="  ")
    return ElementTree.tostring(view, encoding="unicode") + "\n"


def _pairwise_config(view: ElementTree.Element, layout: Layout) -> None:
    config: PairwiseConfig = layout.config
    _tag(view, "Header", value="Prompt")
    _tag(view, "Text", name="prompt", value="$prompt")
    _tag(view, "Text", name="left", value="$left")
    _tag(view, "Text", name="right", value="$right")
    _tag(view, "Pairwise", name="comparison", toName="left,right")
    _choices(view, "outcome", "prompt", list(OUTCOMES.values()), showInline="true")
    if config.strength:
        _tag(view, "Number", name="strength", toName="prompt", min="-3", max="3")
    for number, name in enumerate(config.criteria, start=1):
        _tag(view, "Header", value=name)
        _choices(view, f"criterion-{number}", "prompt", list(SIDES.values()), showInline="true")
    _choices(view, "reasons", "prompt", list(config.reasons), choice="multiple", showInline="true")
    _tag(view, "TextArea", name="rationale", toName="prompt", rows="3", maxSubmissions="1")
    if layout.ranked:
        _tag(view, "List", name="responses", value="$responses", title="Responses")
        ranker = _tag(view, "Ranker", name="ranking", toName="responses")
        for rank in range(1, layout.ranked + 1):
            _tag(ranker, "Bucket", name=f"rank-{rank}", title=f"Rank {rank}")


def _rating_config(view: ElementTree.Element, layout: Layout) -> None:
    config: RatingConfig = layout.config
    if layout.rubric:
        _tag(view, "Text", name="prompt", value="$prompt")
        _tag(view, "Text", name="response", value="$response")
        for number, criterion in enumerate(config.criteria, start=1):
            _tag(
                view,
                "Header",
                value=f"{criterion.name}: {criterion.description}" if criterion.description else criterion.name,
            )
            if _stars(criterion):
                _tag(
                    view, "Rating", name=f"criterion-{number}", toName="response", maxRating=str(len(criterion.points))
                )
            else:
                choices = _tag(view, "Choices", name=f"criterion-{number}", toName="response", showInline="true")
                for point in criterion.points:
                    _tag(choices, "Choice", value=str(point.value), **({"hint": point.anchor} if point.anchor else {}))
        _choices(view, "na", "response", [c.name for c in config.criteria], choice="multiple", showInline="true")
        for number, flag in enumerate(config.flags, start=1):
            _tag(view, "Header", value=f"{flag.name}: {flag.description}" if flag.description else flag.name)
            _choices(view, f"flag-{number}", "response", ["Yes", "No"], showInline="true")
        if config.confidence_levels:
            _tag(view, "Rating", name="confidence", toName="response", maxRating=str(config.confidence_levels))
    if layout.search:
        _tag(view, "Text", name="query", value="$query")
        _tag(view, "List", name="results", value="$results", title="Results")
        ranker = _tag(view, "Ranker", name="relevance", toName="results")
        for point in config.relevance:
            title = f"{point.value}: {point.anchor}" if point.anchor else str(point.value)
            _tag(ranker, "Bucket", name=f"grade-{point.value}", title=title)


def _translation_config(view: ElementTree.Element, layout: Layout) -> None:
    config: TranslationConfig = layout.config
    categories = list(getattr(config, "categories", DEFAULT_MQM_CATEGORIES))
    for side in ("source", "target"):
        labels = _tag(view, "Labels", name=f"{side}_severity", toName=side)
        for name, colour in SEVERITIES.values():
            _tag(labels, "Label", value=name, background=colour)
        _tag(view, "Text", name=side, value=f"${side}")
        names = [*categories, NON_TRANSLATION] if side == "target" else categories
        _choices(view, f"{side}_category", side, names, perRegion="true")
        _tag(view, "TextArea", name=f"{side}_note", toName=side, perRegion="true", rows="1")
    if layout.esa:
        _tag(view, "Number", name="esa", toName="target", min="0", max="100")


def _rewrite_config(view: ElementTree.Element, layout: Layout) -> None:
    config: RewriteConfig = layout.config
    _tag(view, "Text", name="prompt", value="$prompt")
    _tag(view, "Text", name="response", value="$response")
    _tag(
        view,
        "TextArea",
        name="rewrite",
        toName="response",
        value="$response",
        editable="true",
        rows="10",
        maxSubmissions="1",
    )
    _choices(view, "edit_categories", "response", list(config.categories), choice="multiple", showInline="true")

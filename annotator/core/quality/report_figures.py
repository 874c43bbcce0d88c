"""The figures of the quality report: per annotator, per kind, per item, gathered from bundles through the quality modules."""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.boxes import boxes_of
from annotator.core.evaluation.configs import RatingConfig, TranslationConfig
from annotator.core.evaluation.content import response_text
from annotator.core.judgements import ANSWERS
from annotator.core.model import EVALUATION_KINDS, Manifest, Status
from annotator.core.quality.agreement import Judgement, agreement_report
from annotator.core.quality.answer_key import AnswerKey
from annotator.core.quality.bradley_terry import Ranking, rank_systems
from annotator.core.quality.gold import AnnotatorGold, GoldReport, score_gold
from annotator.core.quality.kinds import quality_for, quality_of
from annotator.core.quality.merge import MergeResult, distinct_bundles, merge_bundles
from annotator.core.quality.preference_stats import (
    PositionBias,
    PreferenceAgreement,
    comparisons,
    position_biases,
    preference_agreement,
)
from annotator.core.quality.rating_kind import CriterionAgreement, criterion_alphas
from annotator.core.quality.rewrite_kind import RewriteFigures, rewrite_figures
from annotator.core.quality.translation_kind import TranslationQuality

NEEDS_REVIEW = "needs review"


@dataclass(frozen=True)
class AnnotatorFigures:
    """One annotator's work: items by status, time, gold accuracy (with a key) and labels given.

    `active_ms` and `idle_ms` add up every item's timing; `median_item_ms` and `p90_item_ms` are
    over the active time of the items done (None when none is). `label_counts` counts, per label,
    the items done whose annotation assigns it.
    """

    annotator: str
    items_done: int
    items_skipped: int
    items_flagged: int
    items_todo: int
    active_ms: int
    idle_ms: int
    median_item_ms: float | None
    p90_item_ms: float | None
    gold_accuracy: float | None = None
    gold_items: int = 0
    label_counts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class KindAgreement:
    """Agreement on the labels of one item kind: overall Fleiss' kappa and Krippendorff's alpha,
    alpha per label, and Cohen's kappa per pair of annotators on the items both did (keyed by the pair in
    sorted order, with how many items that is in `pair_items`). Fleiss' kappa is None unless every
    item compared has as many annotators."""

    kind: str
    labels: tuple[str, ...]
    items: int
    fleiss_kappa: float | None
    krippendorff_alpha: float | None
    label_alpha: Mapping[str, float | None]
    pairwise_kappa: Mapping[tuple[str, str], float | None]
    pair_items: Mapping[tuple[str, str], int] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemFigures:
    """One item: who did it, how they agree (the kind's own headline measure, e.g. agree, f1 or wer,
    averaged over pairs; None with fewer than two) and what the merge made of it: 'merged',
    'needs review' (with the merge's reason) or 'to do' (no one finished it)."""

    item_id: str
    kind: str
    annotators: tuple[str, ...]
    agreement: float | None
    measure: str
    merged_status: str
    reason: str = ""


@dataclass(frozen=True)
class TimeBin:
    """A histogram bin of active time per item done: [start_ms, end_ms), or from start_ms up when end_ms is None."""

    start_ms: int
    end_ms: int | None
    count: int


@dataclass(frozen=True)
class PairwiseFigures:
    """Pairwise items: agreement with and without ties, the systems' Bradley–Terry ranking (None with fewer than two
    systems compared) and position bias, everyone's first and then each annotator's."""

    agreement: PreferenceAgreement
    ranking: Ranking | None
    bias: tuple[PositionBias, ...]


@dataclass(frozen=True)
class RatingFigures:
    """Rating items: ordinal alpha per criterion, and each criterion's mean score per system (when items name one)."""

    criteria: tuple[CriterionAgreement, ...]
    system_means: Mapping[str, Mapping[str, float]] = field(default_factory=dict)  # criterion -> system -> mean


@dataclass(frozen=True)
class MqmRow:
    """One system's or annotator's translation checks: items, mean MQM (lower is better), errors per item and,
    for an annotator with gold items, how many of those they passed."""

    name: str
    items: int
    mean_mqm: float | None
    errors_per_item: float | None
    gold_items: int = 0
    gold_passed: int = 0

    @property
    def gold_pass_rate(self) -> float | None:
        """The share of the gold translation checks done that passed; None without any."""
        return self.gold_passed / self.gold_items if self.gold_items else None


@dataclass(frozen=True)
class TranslationFigures:
    """Translation checks: MQM per system and per annotator (with gold pass rates), MQM recomputed with the package's weights."""

    systems: tuple[MqmRow, ...]
    annotators: tuple[MqmRow, ...]


@dataclass(frozen=True)
class EvaluationFigures:
    """The figures of each evaluation kind the package has (None for a kind it has not)."""

    pairwise: PairwiseFigures | None = None
    rating: RatingFigures | None = None
    translation: TranslationFigures | None = None
    rewrite: tuple[RewriteFigures, ...] | None = None


@dataclass(frozen=True)
class ReportFigures:
    """Everything the report shows, in the order it shows it; `labels` are the label columns in schema order."""

    package_id: str
    title: str
    item_count: int
    annotators: tuple[AnnotatorFigures, ...]
    labels: tuple[str, ...]
    agreement: tuple[KindAgreement, ...] = ()
    items: tuple[ItemFigures, ...] = ()
    time_bins: tuple[TimeBin, ...] = ()
    has_key: bool = False
    evaluation: EvaluationFigures = field(default_factory=EvaluationFigures)


@dataclass(frozen=True)
class ReportFiles:
    """Where `write_report` put the page and its two CSV files."""

    html: Path
    annotators_csv: Path
    items_csv: Path


# Figures -------------------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("percentile of no values")
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


_NICE_STEPS_S = (1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600)


def time_bins(durations_ms: Sequence[int], *, most: int = 12) -> tuple[TimeBin, ...]:
    """A histogram of item durations in at most `most` bins of a round width (1 s ... 1 h).

    A long tail (the longest item over three times the 90th percentile) goes into one last
    open-ended bin from the 95th percentile up, so one forgotten item does not squash the rest.
    """
    if not durations_ms:
        return ()
    upper = max(durations_ms)
    tail = len(durations_ms) >= 20 and upper > 3 * percentile(durations_ms, 90)
    if tail:
        upper = percentile(durations_ms, 95)
    wanted = max(upper / 1000 / (most - (1 if tail else 0)), 1e-9)
    step = next((s for s in _NICE_STEPS_S if s >= wanted), math.ceil(wanted / 3600) * 3600) * 1000
    closed = max(1, math.floor(upper / step) + (0 if tail else 1))
    counts = [0] * (closed + (1 if tail else 0))
    for value in durations_ms:
        counts[min(int(value // step), len(counts) - 1)] += 1
    if not tail and counts[-1] == 0 and len(counts) > 1:
        counts.pop()
    return tuple(
        TimeBin(i * step, None if tail and i == len(counts) - 1 else (i + 1) * step, count)
        for i, count in enumerate(counts)
    )


def figures_from(
    bundles: Sequence[dict[str, Any]],
    manifest: Manifest,
    *,
    manifest_sha256: str,
    key: AnswerKey | None = None,
    names: Sequence[str] | None = None,
) -> ReportFigures:
    """Every figure of the report, from verified bundles (as `read_bundle` returns them) of one package.

    The bundles are of the package itself, or, with the answer `key`, of the team's packages it made
    from this one (ids are mapped back, as `merge_bundles` does; gold items then count as each
    annotator's work and gold score, not in agreement or the merge). Only items done are compared:
    their annotations give the label counts, the agreement (through each kind's `categories`) and
    each item's pairwise figure; the merge says which items need review. `names` (the files) name
    bundles in errors: BundleError for any bundle that does not belong.
    """
    merged = merge_bundles(bundles, manifest, manifest_sha256=manifest_sha256, key=key, names=names)
    named = distinct_bundles(bundles, names)[0]
    chosen = [document for _, document in named]
    gold_report = GoldReport(annotators={}, results=())
    if key is not None:
        # Bundles of the source package itself hold no gold item; only the team's packages are scored.
        team = [(name, document) for name, document in named if key.package(document["package"]["id"])]
        gold_report = score_gold(
            [d for _, d in team], key, names=[name for name, _ in team], settings=manifest.task_configs
        )
    gold = gold_report.annotators
    label_names = {kind: _kind_labels(manifest, kind) for kind in manifest.item_kinds()}
    labelled = [kind for kind in manifest.item_kinds() if label_names[kind]]
    columns = {
        (kind, label): (label if len(labelled) == 1 else f"{kind}: {label}")
        for kind in labelled
        for label in label_names[kind]
    }
    by_annotator: dict[str, list[dict[str, Any]]] = {}
    for document in chosen:
        by_annotator.setdefault(document["annotator"], []).append(document)
    done = {name: _done_in_package(documents, manifest, key) for name, documents in by_annotator.items()}
    annotators = [
        _annotator_figures(name, [item for d in documents for item in d["items"]], columns, gold.get(name))
        for name, documents in sorted(by_annotator.items())
    ]
    durations = [item["timing"]["active_ms"] for d in chosen for item in d["items"] if item["status"] == Status.DONE]
    kinds = {item.id: item.kind for item in manifest.items}
    return ReportFigures(
        package_id=manifest.id,
        title=manifest.title,
        item_count=len(manifest.items),
        annotators=tuple(annotators),
        labels=tuple(columns.values()),
        agreement=tuple(_kind_agreements(done, kinds, label_names)),
        items=tuple(_item_figures(manifest, done, merged)),
        time_bins=time_bins(durations),
        has_key=key is not None,
        evaluation=evaluation_figures(manifest, done, gold_report),
    )


def _done_in_package(documents: Sequence[dict[str, Any]], manifest: Manifest, key: AnswerKey | None) -> dict[str, Any]:
    """{package item id: annotation} of one annotator's items done, under the ids of `manifest`; gold items left out.

    The bundles have passed `merge_bundles`, so each is of the package itself or of a team package the key made.
    """
    done: dict[str, Any] = {}
    for document in documents:
        record = (
            None if document["package"]["id"] == manifest.id or key is None else key.package(document["package"]["id"])
        )
        for item in document["items"]:
            if item["status"] != Status.DONE or item["annotation"] is None:
                continue
            item_id = item["id"] if record is None else record.items[item["id"]]
            if key is not None and record is not None and key.is_gold(item_id):
                continue
            done[item_id] = item["annotation"]
    return done


def _kind_labels(manifest: Manifest, kind: str) -> tuple[str, ...]:
    """The categories a kind's annotations can have, in schema order: labels, or a binary schema's answers."""
    schema = manifest.label_schemas.get(kind)
    if schema is None or kind == "audio":
        return ()
    if kind == "text" and schema.mode == "binary":
        return ANSWERS
    return tuple(schema.label_names())


def _given_labels(kind: str, annotation: Any) -> list[str]:
    """The labels one annotation gives, once per use: an item's labels (text), one per box (image)."""
    if kind == "image":
        return [box["label"] for box in boxes_of(annotation)]
    categories = quality_of(kind).categories(annotation)
    return [str(category) for category in categories or ()]


def _annotator_figures(
    name: str, items: Sequence[dict[str, Any]], columns: Mapping[tuple[str, str], str], gold: AnnotatorGold | None
) -> AnnotatorFigures:
    by_status = dict.fromkeys(Status, 0)
    times: list[int] = []
    labels = dict.fromkeys(columns.values(), 0)
    for item in items:
        status = Status(item["status"])
        by_status[status] += 1
        if status != Status.DONE or item["annotation"] is None:
            continue
        times.append(item["timing"]["active_ms"])
        for label in _given_labels(item["kind"], item["annotation"]):
            column = columns.get((item["kind"], label))
            if column is not None:
                labels[column] += 1
    return AnnotatorFigures(
        annotator=name,
        items_done=by_status[Status.DONE],
        items_skipped=by_status[Status.SKIPPED],
        items_flagged=by_status[Status.FLAGGED],
        items_todo=by_status[Status.TODO],
        active_ms=sum(item["timing"]["active_ms"] for item in items),
        idle_ms=sum(item["timing"]["idle_ms"] for item in items),
        median_item_ms=float(statistics.median(times)) if times else None,
        p90_item_ms=float(percentile(times, 90)) if times else None,
        gold_accuracy=gold.accuracy if gold is not None else None,
        gold_items=gold.done if gold is not None else 0,
        label_counts=labels,
    )


def _kind_agreements(
    done: Mapping[str, Mapping[str, Any]], kinds: Mapping[str, str], label_names: Mapping[str, tuple[str, ...]]
) -> list[KindAgreement]:
    """Agreement per item kind whose annotations have categories, over the items two or more annotators did."""
    result = []
    for kind, labels in label_names.items():
        if kind in EVALUATION_KINDS:
            continue  # each has its own section: kappa with and without ties, ordinal alpha, MQM, edit distance
        operations = quality_of(kind)
        judgements = []
        for annotator, given in sorted(done.items()):
            for item_id, annotation in given.items():
                categories = operations.categories(annotation) if kinds[item_id] == kind else None
                if categories is not None:
                    judgements.append(Judgement(item_id, annotator, categories))
        report = agreement_report(judgements, labels=labels)
        if report.items_compared:
            result.append(
                KindAgreement(
                    kind=kind,
                    labels=labels,
                    items=report.items_compared,
                    fleiss_kappa=report.fleiss_kappa,
                    krippendorff_alpha=report.krippendorff_alpha,
                    label_alpha=dict(report.label_alpha),
                    pairwise_kappa=dict(report.pairwise_kappa),
                    pair_items=dict(report.pair_items),
                )
            )
    return result


def _item_figures(manifest: Manifest, done: Mapping[str, Mapping[str, Any]], merged: MergeResult) -> list[ItemFigures]:
    """Per item: who did it, the mean over pairs of the kind's headline figure, and the merge's verdict."""
    status_of = {item["id"]: item["status"] for item in merged.bundle["items"]}
    result = []
    for item in manifest.items:
        names = tuple(name for name in sorted(done) if item.id in done[name])
        quality = quality_for(item.kind, manifest.task_configs.get(item.kind))
        figures, measure = [], ""
        for first, second in itertools.combinations(names, 2):
            pair = quality.pairwise(done[first][item.id], done[second][item.id])
            measure = next(iter(pair))
            figures.append(pair[measure])
        if item.id in merged.needs_review:
            verdict = NEEDS_REVIEW
        else:
            verdict = "merged" if status_of.get(item.id) == Status.DONE else "to do"
        result.append(
            ItemFigures(
                item_id=item.id,
                kind=item.kind,
                annotators=names,
                agreement=math.fsum(figures) / len(figures) if figures else None,
                measure=measure,
                merged_status=verdict,
                reason=merged.needs_review.get(item.id, ""),
            )
        )
    return result


# Evaluation kinds ----------------------------------------------------------------------------------

UNNAMED_SYSTEM = "(no system named)"


def evaluation_figures(
    manifest: Manifest, done: Mapping[str, Mapping[str, Any]], gold: GoldReport | None = None
) -> EvaluationFigures:
    """The figures of each evaluation kind in `manifest` from {annotator: {item id: annotation}} of its items done,
    and the translation checks' gold pass rates from `gold`."""
    items = {item.id: item for item in manifest.items}
    by_kind: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in EVALUATION_KINDS}
    for annotator, given in sorted(done.items()):
        for item_id, annotation in sorted(given.items()):
            kind = items[item_id].kind if item_id in items else None
            if kind in by_kind:
                by_kind[kind].setdefault(annotator, {})[item_id] = annotation
    present = set(manifest.item_kinds())
    settings = manifest.task_configs
    return EvaluationFigures(
        pairwise=_pairwise_figures(manifest, by_kind["pairwise"]) if "pairwise" in present else None,
        rating=_rating_figures(manifest, by_kind["rating"], settings.get("rating")) if "rating" in present else None,
        translation=(
            _translation_figures(manifest, by_kind["translation"], settings.get("translation"), gold)
            if "translation" in present
            else None
        ),
        rewrite=_rewrite_figures(manifest, by_kind["rewrite"]) if "rewrite" in present else None,
    )


def _pairwise_figures(manifest: Manifest, done: Mapping[str, Mapping[str, Any]]) -> PairwiseFigures:
    found = comparisons(manifest.items, done)
    ranking = rank_systems(found)
    return PairwiseFigures(
        agreement=preference_agreement(done),
        ranking=ranking if len(ranking.systems) >= 2 else None,
        bias=tuple(position_biases(done)),
    )


def _system(item: Any) -> str:
    return str((item.content or {}).get("system") or UNNAMED_SYSTEM)


def _rating_figures(manifest: Manifest, done: Mapping[str, Mapping[str, Any]], config: Any) -> RatingFigures:
    config = config if isinstance(config, RatingConfig) else RatingConfig()
    items = {item.id: item for item in manifest.items}
    by_item: dict[str, dict[str, Any]] = {}
    scores: dict[str, dict[str, list[float]]] = {}
    for annotator, given in done.items():
        for item_id, annotation in given.items():
            by_item.setdefault(item_id, {})[annotator] = annotation
            for criterion, value in (annotation.get("scores") or {}).items():
                scores.setdefault(criterion, {}).setdefault(_system(items[item_id]), []).append(float(value))
    named = any((item.content or {}).get("system") for item in manifest.items if item.kind == "rating")
    means = {
        criterion: {system: math.fsum(values) / len(values) for system, values in sorted(systems.items())}
        for criterion, systems in scores.items()
    }
    return RatingFigures(criteria=tuple(criterion_alphas(by_item, config)), system_means=means if named else {})


def _translation_figures(
    manifest: Manifest, done: Mapping[str, Mapping[str, Any]], config: Any, gold: GoldReport | None
) -> TranslationFigures:
    quality = TranslationQuality(config if isinstance(config, TranslationConfig) else None)
    items = {item.id: item for item in manifest.items}
    per_system: dict[str, list[tuple[float, int]]] = {}
    per_annotator: dict[str, list[tuple[float, int]]] = {}
    for annotator, given in sorted(done.items()):
        for item_id, annotation in sorted(given.items()):
            item = items[item_id]
            figure = (quality.mqm(annotation, item.content), len(annotation["errors"]))
            per_system.setdefault(_system(item), []).append(figure)
            per_annotator.setdefault(annotator, []).append(figure)
    passed: dict[str, list[bool]] = {}
    for result in gold.results if gold is not None else ():
        if result.kind == "translation" and result.score is not None:
            passed.setdefault(result.annotator, []).append(not result.failed)
            per_annotator.setdefault(result.annotator, [])

    def row(name: str, figures: list[tuple[float, int]]) -> MqmRow:
        count = len(figures)
        results = passed.get(name, [])
        return MqmRow(
            name=name,
            items=count,
            mean_mqm=math.fsum(mqm for mqm, _ in figures) / count if count else None,
            errors_per_item=sum(errors for _, errors in figures) / count if count else None,
            gold_items=len(results),
            gold_passed=sum(results),
        )

    return TranslationFigures(
        systems=tuple(sorted((row(name, figures) for name, figures in per_system.items()), key=_by_mqm)),
        annotators=tuple(row(name, figures) for name, figures in sorted(per_annotator.items())),
    )


def _by_mqm(row: MqmRow) -> tuple[float, str]:
    return (row.mean_mqm if row.mean_mqm is not None else math.inf, row.name)


def _rewrite_figures(manifest: Manifest, done: Mapping[str, Mapping[str, Any]]) -> tuple[RewriteFigures, ...]:
    items = {item.id: item for item in manifest.items}
    return tuple(
        rewrite_figures(
            annotator,
            [(annotation, response_text(items[item_id].content)) for item_id, annotation in sorted(given.items())],
        )
        for annotator, given in sorted(done.items())
    )


# Formatting ----------------------------------------------------------------------------------------

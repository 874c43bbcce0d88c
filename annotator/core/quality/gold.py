"""Gold: the lead's gold items read from JSONL, and each annotator's bundles scored against the answer key."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.documents import schema_problems
from annotator.core.documents.json_reader import decode_json_text
from annotator.core.errors import BundleError, PackageError, Problem
from annotator.core.model import ITEM_KINDS
from annotator.core.package_source import unsafe_path_reason
from annotator.core.quality.answer_key import AnswerKey
from annotator.core.quality.kinds import GoldScore, quality_for
from annotator.core.quality.merge import distinct_bundles
from annotator.core.text_tables import decode_table

# A done gold item whose accuracy is below its kind's figure is a gold failure (the review queue's
# filter): a label must be exactly right; boxes need an F1 of 0.5 (half the boxes matched both
# ways); a transcript fails above a WER of 25 %, past what careful transcribers differ by.
# A known preference must be matched; a rating may be off by a quarter of its scale on average; a
# translation check must find half the planted errors; a rewrite must be 80 % like the gold text.
DEFAULT_FAIL_BELOW: Mapping[str, float] = {
    "text": 1.0,
    "image": 0.5,
    "audio": 0.75,
    "pairwise": 1.0,
    "rating": 0.75,
    "translation": 0.5,
    "rewrite": 0.8,
}
_GOLD_KEYS = {"item", "annotation"}


@dataclass(frozen=True)
class GoldItem:
    """One line of a gold JSONL file: a package item, its right annotation, and its media file if it has one."""

    item: dict[str, Any]
    annotation: Any
    media: Path | None = None
    place: str = ""  # `gold.jsonl:3`, for messages


def read_gold_items(path: Path | str) -> list[GoldItem]:
    """Read a gold JSONL file: one {"item": <package item>, "annotation": <the right annotation>} per line.

    The annotation is checked against its kind's annotation schema. A media path is relative to the
    file's folder, and its `sha256` may be left out (it is computed; if given, it must match).
    PackageError names the line of every problem.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise PackageError([Problem(str(path), "no such file or folder")]) from exc
    except OSError as exc:
        raise PackageError([Problem(str(path), f"cannot be read ({exc.strerror or exc})")]) from exc
    content = decode_table(raw, str(path))
    problems: list[Problem] = []
    gold: list[GoldItem] = []
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        place = f"{path}:{number}"
        row, line_problems = decode_json_text(line, place)
        if line_problems:
            problems.extend(line_problems)
            continue
        entry = _gold_entry(row, place, path.parent, problems)
        if entry is not None:
            gold.append(entry)
    if not gold and not problems:
        problems.append(Problem(str(path), "holds no gold items"))
    if problems:
        raise PackageError(problems)
    return gold


def _gold_entry(row: Any, place: str, folder: Path, problems: list[Problem]) -> GoldItem | None:
    if not isinstance(row, dict) or not isinstance(row.get("item"), dict) or "annotation" not in row:
        problems.append(Problem(place, 'each line must be an object {"item": {...}, "annotation": ...}'))
        return None
    unknown = sorted(set(row) - _GOLD_KEYS)
    if unknown:
        problems.append(Problem(place, f"unknown field '{unknown[0]}' (a line holds only 'item' and 'annotation')"))
        return None
    item, kind = dict(row["item"]), row["item"].get("kind")
    if kind not in ITEM_KINDS:
        problems.append(Problem(place, f"'item.kind' must be one of {', '.join(ITEM_KINDS)}"))
        return None
    before = len(problems)
    problems += [
        Problem(place, _under("annotation", problem.reason))
        for problem in schema_problems(row["annotation"], f"annotation-{kind}-v1", place)
    ]
    media = None
    if isinstance(item.get("media"), str):
        reason = unsafe_path_reason(item["media"])
        if reason:
            problems.append(Problem(place, f"media '{item['media']}': {reason}"))
        else:
            media = folder / item["media"]
            digest = _file_sha256(media, place, problems)
            if digest is not None and item.setdefault("sha256", digest) != digest:
                problems.append(Problem(str(media), "does not match the 'sha256' its gold item gives"))
    if len(problems) > before:
        return None
    return GoldItem(item=item, annotation=row["annotation"], media=media, place=place)


def _under(field_name: str, reason: str) -> str:
    """A schema problem of a value found under `field_name`, named from the line's top: 'annotation.labels': ..."""
    if reason.startswith("top level"):
        return f"'{field_name}'" + reason[len("top level") :]
    if reason.startswith("'["):
        return f"'{field_name}" + reason[1:]
    return f"'{field_name}." + reason[1:] if reason.startswith("'") else reason


def _file_sha256(path: Path, place: str, problems: list[Problem]) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except FileNotFoundError:
        problems.append(Problem(place, f"media {path}: no such file or folder"))
        return None
    except OSError as exc:
        problems.append(Problem(str(path), f"cannot be read ({exc.strerror or exc})"))
        return None
    return digest.hexdigest()


@dataclass(frozen=True)
class GoldResult:
    """One annotator on one gold item: the ids it has in the key and in their package, and how it scored.

    `score` is None when the item is not done (or has no annotation); such an item never fails.
    """

    annotator: str
    package_id: str
    item_id: str  # the key's id of the gold item
    package_item_id: str  # the id the annotator's package (and bundle) gives it
    kind: str
    status: str
    score: GoldScore | None
    failed: bool


@dataclass(frozen=True)
class AnnotatorGold:
    """One annotator's gold figures: items seen (in their bundles) and done, mean accuracy, per-kind means.

    `accuracy` is the mean of the done gold items' accuracies (None when none is done); `detail`
    holds, per kind, the mean of each of the kind's figures over that kind's done gold items
    (precision, recall, f1, ... for boxes; wer, cer for transcripts; exact for labels).
    """

    annotator: str
    packages: tuple[str, ...]
    seen: int
    done: int
    accuracy: float | None
    failures: int
    detail: Mapping[str, Mapping[str, float]] = field(default_factory=dict)


@dataclass(frozen=True)
class GoldReport:
    """Gold figures by annotator (sorted by pseudonym) and every scored item, in bundle then package order."""

    annotators: Mapping[str, AnnotatorGold]
    results: tuple[GoldResult, ...]

    def failures(self) -> list[GoldResult]:
        """The done gold items scored below their kind's threshold: what the review queue filters on."""
        return [result for result in self.results if result.failed]


def score_gold(
    bundles: Sequence[dict[str, Any]],
    key: AnswerKey,
    *,
    fail_below: Mapping[str, float] | None = None,
    names: Sequence[str] | None = None,
    settings: Mapping[str, Any] | None = None,
) -> GoldReport:
    """Score verified bundles of the key's team packages against its gold answers.

    Each bundle must be of one of the packages the key made, from the same version (manifest hash);
    otherwise BundleError names it (`names` give the bundles' names, their files, for that). A
    bundle given twice counts once. `fail_below` overrides the per-kind failure thresholds.
    `settings` (the package's `Manifest.task_configs`) tune the kinds that use them, such as a
    rating's scale ranges.
    """
    thresholds = {**DEFAULT_FAIL_BELOW, **(fail_below or {})}
    chosen, _ = distinct_bundles(bundles, names)
    problems: list[Problem] = []
    results: list[GoldResult] = []
    for name, document in chosen:
        package_id = document["package"]["id"]
        record = key.package(package_id)
        if record is None:
            made = [package.id for package in key.packages]
            listed = ", ".join(made[:5]) + (f", and {len(made) - 5} more" if len(made) > 5 else "")
            problems.append(
                Problem(name, f"is a bundle of package '{package_id}', which the answer key did not make ({listed})")
            )
            continue
        if document["package"]["manifest_sha256"] != record.manifest_sha256:
            problems.append(
                Problem(name, f"was made from another version of package '{package_id}' (manifest hash differs)")
            )
            continue
        unknown = [entry["id"] for entry in document["items"] if entry["id"] not in record.items]
        if unknown:
            problems.append(
                Problem(name, f"bundle has items package '{package_id}' does not: {', '.join(unknown[:5])}")
            )
            continue
        for entry in document["items"]:
            key_id = record.items[entry["id"]]
            if not key.is_gold(key_id):
                continue
            answer = key.gold[key_id]
            if entry["kind"] != answer.kind:
                problems.append(
                    Problem(name, f"item '{entry['id']}' is {entry['kind']} here, {answer.kind} in the key")
                )
                continue
            score = None
            if entry["status"] == "done" and entry["annotation"] is not None:
                quality = quality_for(answer.kind, (settings or {}).get(answer.kind))
                score = quality.score(entry["annotation"], answer.annotation)
            results.append(
                GoldResult(
                    annotator=document["annotator"],
                    package_id=package_id,
                    item_id=key_id,
                    package_item_id=entry["id"],
                    kind=answer.kind,
                    status=entry["status"],
                    score=score,
                    failed=score is not None and score.accuracy < thresholds.get(answer.kind, 1.0),
                )
            )
    if problems:
        raise BundleError(problems)
    # Every annotator with a bundle is listed, with nothing seen if their bundles hold no gold item.
    packages: dict[str, set[str]] = {}
    for _, document in chosen:
        packages.setdefault(document["annotator"], set()).add(document["package"]["id"])
    annotators = {
        name: _figures(name, sorted(packages[name]), [result for result in results if result.annotator == name])
        for name in sorted(packages)
    }
    return GoldReport(annotators=annotators, results=tuple(results))


def _figures(annotator: str, packages: list[str], results: list[GoldResult]) -> AnnotatorGold:
    scored = [result for result in results if result.score is not None]
    per_kind: dict[str, dict[str, list[float]]] = {}
    for result in scored:
        assert result.score is not None
        figures = per_kind.setdefault(result.kind, {})
        for name, value in result.score.detail.items():
            figures.setdefault(name, []).append(value)
    return AnnotatorGold(
        annotator=annotator,
        packages=tuple(packages),
        seen=len(results),
        done=len(scored),
        accuracy=_mean([result.score.accuracy for result in scored if result.score]) if scored else None,
        failures=sum(1 for result in results if result.failed),
        detail={
            kind: {name: _mean(values) for name, values in sorted(figures.items())}
            for kind, figures in sorted(per_kind.items())
        },
    )


def _mean(values: list[float]) -> float:
    # fsum: the same figures give the same mean in any order.
    return math.fsum(values) / len(values)

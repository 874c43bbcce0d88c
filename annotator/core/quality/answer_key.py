"""The answer key `pack-team` writes for the lead alone: gold answers, who got which item under which id, the source package."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.core.atomic import write_atomic
from annotator.core.bundle import HASH_FIELD, content_hash, read_document
from annotator.core.documents import decode_json, schema_problems
from annotator.core.documents.schemas import short_repr
from annotator.core.errors import Problem

FORMAT_ID = "annotator.answer-key"
SCHEMA_VERSION = 1
SCHEMA = "answer-key-v1"
FILE_NAME = "answer-key.json"


def key_path_for(output: Path) -> Path:
    """Where pack-team keeps the key of the team folder `output`: beside it (`team.answer-key.json`), never in it,
    so sending the folder of packages never sends the key."""
    return output.parent / f"{output.name}.{FILE_NAME}"


def team_folder_of(key_path: Path) -> Path:
    """The team folder a key written by pack-team belongs to (its packages are there)."""
    suffix = f".{FILE_NAME}"
    return key_path.with_name(key_path.name[: -len(suffix)]) if key_path.name.endswith(suffix) else key_path.parent


@dataclass(frozen=True)
class GoldAnswer:
    """One gold item as the lead gave it (`item`, a package-v1 item object) and its right annotation."""

    item: dict[str, Any]
    annotation: Any

    @property
    def id(self) -> str:
        """The gold item's own id (never shown to an annotator when the packages use opaque ids)."""
        return self.item["id"]

    @property
    def kind(self) -> str:
        """The item kind, which says how the answer is scored."""
        return self.item["kind"]


@dataclass(frozen=True)
class KeyPackage:
    """One annotator's package: its id and manifest hash, and each of its item ids mapped to a source or gold id."""

    id: str
    annotator: str
    manifest_sha256: str
    items: Mapping[str, str] = field(
        default_factory=dict
    )  # package item id -> source or gold item id, in package order


@dataclass(frozen=True)
class AnswerKey:
    """What the lead keeps from `pack-team`; read it with `read_answer_key`, make it with `pack_team`."""

    source_id: str
    source_manifest_sha256: str
    overlap: int
    seed: int
    packages: tuple[KeyPackage, ...]
    gold: Mapping[str, GoldAnswer]  # by gold id

    def package(self, package_id: str) -> KeyPackage | None:
        """The key's record of one output package, or None if the key made no package of that id."""
        for package in self.packages:
            if package.id == package_id:
                return package
        return None

    def is_gold(self, item_id: str) -> bool:
        """Whether a source-or-gold id (a value of `KeyPackage.items`) is a gold item."""
        return item_id in self.gold

    def to_json(self) -> dict[str, Any]:
        """The answer-key-v1 document, content hash included."""
        document: dict[str, Any] = {
            "format": FORMAT_ID,
            "schema_version": SCHEMA_VERSION,
            "source": {"id": self.source_id, "manifest_sha256": self.source_manifest_sha256},
            "overlap": self.overlap,
            "seed": self.seed,
            "packages": [
                {
                    "id": package.id,
                    "annotator": package.annotator,
                    "manifest_sha256": package.manifest_sha256,
                    "items": [{"id": item_id, "item": key_id} for item_id, key_id in package.items.items()],
                }
                for package in self.packages
            ],
            "gold": [{"item": gold.item, "annotation": gold.annotation} for gold in self.gold.values()],
            "app": {"name": "annotator", "version": __version__},
        }
        document[HASH_FIELD] = content_hash(document)
        return document


def make_key(
    *,
    source_id: str,
    source_manifest_sha256: str,
    overlap: int,
    seed: int,
    packages: Iterable[KeyPackage],
    gold: Iterable[GoldAnswer],
) -> AnswerKey:
    """An AnswerKey checked as `read_answer_key` checks one (so what is written always reads back)."""
    key = AnswerKey(
        source_id=source_id,
        source_manifest_sha256=source_manifest_sha256,
        overlap=overlap,
        seed=seed,
        packages=tuple(packages),
        gold={answer.id: answer for answer in gold},
    )
    document, problems = decode_answer_key(key_bytes(key), "answer key")
    if problems:
        raise ValueError("; ".join(str(problem) for problem in problems))
    assert document is not None
    return document


def key_bytes(key: AnswerKey) -> bytes:
    """The file bytes: indented JSON with sorted keys (the lead may read it), and a newline."""
    return (json.dumps(key.to_json(), indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n").encode()


def write_answer_key(path: Path | str, key: AnswerKey) -> None:
    """Write the key atomically (its folder must exist)."""
    write_atomic(Path(path), key_bytes(key))


def read_answer_key(path: Path | str) -> AnswerKey:
    """Read and check an answer key; BundleError lists every problem, naming the file."""
    return read_document(path, decode_answer_key)


def decode_answer_key(raw: bytes, file: str) -> tuple[AnswerKey | None, list[Problem]]:
    """Strict JSON, the answer-key-v1 schema (gold annotations by their kind's schema), unique ids, the hash."""
    document, problems = decode_json(raw, file)
    if problems:
        return None, problems
    if not isinstance(document, dict) or document.get("format") != FORMAT_ID:
        found = short_repr(document.get("format")) if isinstance(document, dict) else "not an object"
        return None, [Problem(file, f"'format' must be '{FORMAT_ID}' (found {found}): not an answer key")]
    problems = schema_problems(document, SCHEMA, file)
    if problems:
        return None, problems
    problems = [Problem(file, reason) for reason in _id_problems(document)]
    if not problems and document[HASH_FIELD] != content_hash(document):
        problems.append(Problem(file, "content_sha256 does not match the content (changed after it was written?)"))
    if problems:
        return None, problems
    key = AnswerKey(
        source_id=document["source"]["id"],
        source_manifest_sha256=document["source"]["manifest_sha256"],
        overlap=document["overlap"],
        seed=document["seed"],
        packages=tuple(
            KeyPackage(
                id=package["id"],
                annotator=package["annotator"],
                manifest_sha256=package["manifest_sha256"],
                items={entry["id"]: entry["item"] for entry in package["items"]},
            )
            for package in document["packages"]
        ),
        gold={entry["item"]["id"]: GoldAnswer(entry["item"], entry["annotation"]) for entry in document["gold"]},
    )
    return key, []


def _id_problems(document: dict[str, Any]) -> list[str]:
    """What the schema cannot say: ids unique where they must be, and no package named like the source."""
    reasons: list[str] = []
    gold_ids: set[str] = set()
    for index, entry in enumerate(document["gold"]):
        gold_id = entry["item"]["id"]
        if gold_id in gold_ids:
            reasons.append(f"'gold[{index}]': gold item '{gold_id}' is listed twice")
        gold_ids.add(gold_id)
    package_ids: set[str] = {document["source"]["id"]}
    annotators: set[str] = set()
    for index, package in enumerate(document["packages"]):
        where = f"'packages[{index}]'"
        if package["id"] in package_ids:
            reasons.append(f"{where}: package id '{package['id']}' is used twice (or is the source's)")
        package_ids.add(package["id"])
        if package["annotator"] in annotators:
            reasons.append(f"{where}: annotator '{package['annotator']}' has two packages")
        annotators.add(package["annotator"])
        ids: set[str] = set()
        mapped: set[str] = set()
        for entry in package["items"]:
            if entry["id"] in ids:
                reasons.append(f"{where}: item id '{entry['id']}' appears twice")
            if entry["item"] in mapped:
                reasons.append(f"{where}: item '{entry['item']}' is given twice")
            ids.add(entry["id"])
            mapped.add(entry["item"])
    return reasons

"""Sync deltas: what changed since the last sync, as numbered, content-addressed files that fold into the bundle."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from annotator import __version__
from annotator.core.bundle import (
    HASH_FIELD,
    assemble,
    build_bundle,
    canonical_json,
    decode_hashed_document,
    is_valid_pseudonym,
    item_line,
    read_document,
)
from annotator.core.documents.schemas import MAX_SCHEMA_PROBLEMS
from annotator.core.errors import BundleError, Problem
from annotator.core.model import Manifest, Status
from annotator.core.workspace import ItemState

FORMAT_ID = "annotator.delta"
SCHEMA_VERSION = 1
SUFFIX = ".delta.json"
_NAME = re.compile(r"^(\d{8,})-([0-9a-f]{16})\.delta\.json$")
# The state of an item no one has touched: a full delta lists it with revision 0.
_UNTOUCHED = {
    "status": Status.TODO.value,
    "annotation": None,
    "comment": "",
    "timing": {"active_ms": 0, "idle_ms": 0},
    "created_at": None,
    "updated_at": None,
}


# -- writing ------------------------------------------------------------------------------------


def build_delta(
    manifest: Manifest,
    *,
    manifest_sha256: str,
    annotator: str,
    sequence: int,
    base_revision: int,
    revision: int,
    rows: Mapping[str, tuple],
    full: bool = False,
) -> bytes:
    """Delta file bytes from `Workspace.changed_rows(after_revision=base_revision)`; pure, so it can run in a worker.

    Items come in package order; rows of items the manifest does not hold are left out. A full delta
    (base_revision 0, from `changed_rows(after_revision=0)`) lists every item of the package, those
    never touched as todo with revision 0, so it alone is the whole bundle. Raises ValueError for
    numbers a reader would refuse (a row's revision outside (base_revision, revision] means the rows
    were read after `revision` was chosen).
    """
    if not is_valid_pseudonym(annotator):
        raise ValueError(f"annotator id {annotator!r} must be 1-64 letters, digits, '.', '_' or '-'")
    reasons = _numbering_problems(int(sequence), int(base_revision), int(revision), bool(full))
    if reasons:
        raise ValueError("; ".join(reasons))
    lines = []
    for item in manifest.items:
        row = rows.get(item.id)
        if row is None:
            if full:
                lines.append(item_line(item.id, item.kind, None, revision=0))
            continue
        item_revision = row[-1]
        if not base_revision < item_revision <= revision:
            raise ValueError(
                f"item '{item.id}' has revision {item_revision}, outside ({base_revision}, {revision}] of this delta"
            )
        lines.append(item_line(item.id, item.kind, row[:-1], revision=item_revision))
    head = {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        "package": {"id": manifest.id, "manifest_sha256": manifest_sha256},
        "annotator": annotator,
        "app": {"name": "annotator", "version": __version__},
        "sequence": int(sequence),
        "base_revision": int(base_revision),
        "revision": int(revision),
        "full": bool(full),
    }
    return assemble(head, lines)


class DeltaName(NamedTuple):
    """The parts of a delta's file name: its sequence and the start of the SHA-256 of its bytes."""

    sequence: int
    digest: str


def delta_name(data: bytes) -> str:
    """The content-addressed file name of delta bytes: `00000007-<16 hex of their SHA-256>.delta.json`.

    The sequence comes first so a listing sorts in order; the digest makes the name change with any
    byte, so a name on a target always means exactly one content.
    """
    document = json.loads(data)
    sequence = document.get("sequence") if isinstance(document, dict) else None
    if type(sequence) is not int or sequence < 1:
        raise ValueError("not a sync delta: no sequence number")
    return _name(sequence, data)


def _name(sequence: int, data: bytes) -> str:
    return f"{sequence:08d}-{hashlib.sha256(data).hexdigest()[:16]}{SUFFIX}"


def parse_delta_name(name: str) -> DeltaName | None:
    """The sequence and digest of a delta file name (no folder), or None for any other name."""
    match = _NAME.match(name)
    return DeltaName(int(match.group(1)), match.group(2)) if match else None


# -- reading ------------------------------------------------------------------------------------


def read_delta(path: Path | str) -> dict[str, Any]:
    """Read and verify a delta file; raise BundleError listing every problem.

    A file named like a delta (`00000007-<digest>.delta.json`) must also hold the bytes its name says.
    """
    path = Path(path)
    name = path.name if parse_delta_name(path.name) else None
    return read_document(path, lambda raw, file: decode_delta(raw, file, name=name))


def decode_delta(raw: bytes, file: str, *, name: str | None = None) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Parse and check delta bytes; returns the document and every problem found.

    Strict JSON, then the published schema (delta-v1), then what a schema cannot say: unique item
    ids, the content hash, base_revision < revision (0 for a full delta), and every item's revision
    inside (base_revision, revision] (or 0, in a full delta, for an item never touched). `name`, when given, is the file name the bytes were stored
    under, which must be their `delta_name`.
    """
    document, problems = decode_hashed_document(
        raw,
        file,
        what="delta",
        format_id=FORMAT_ID,
        version=SCHEMA_VERSION,
        schema="delta-v1",
        object_name="sync delta",
    )
    if document is None:
        return None, problems
    if name is not None and name != _name(document["sequence"], raw):
        expected = _name(document["sequence"], raw)
        return None, [Problem(file, f"the name {name!r} does not match the content (it would be {expected!r})")]
    # Checked after the hash: a tampered delta is reported as tampered, not as misnumbered.
    reasons = _numbering_problems(
        document["sequence"], document["base_revision"], document["revision"], document["full"]
    )
    reasons = reasons or _item_revision_problems(document)
    if len(reasons) > MAX_SCHEMA_PROBLEMS:
        reasons = [*reasons[:MAX_SCHEMA_PROBLEMS], "more problems not listed"]
    return (None, [Problem(file, reason) for reason in reasons]) if reasons else (document, [])


def _numbering_problems(sequence: int, base_revision: int, revision: int, full: bool) -> list[str]:
    reasons = []
    if sequence < 1:
        reasons.append(f"'sequence' must be at least 1 (found {sequence})")
    if base_revision < 0 or base_revision >= revision:
        reasons.append(f"'base_revision' ({base_revision}) must be at least 0 and less than 'revision' ({revision})")
    elif full and base_revision != 0:
        reasons.append(f"'base_revision' of a full delta must be 0 (found {base_revision})")
    return reasons


def _item_revision_problems(document: dict[str, Any]) -> list[str]:
    low, high, full = document["base_revision"], document["revision"], document["full"]
    reasons = []
    for index, item in enumerate(document["items"]):
        number = item["revision"]
        if number == 0 and full:
            if any(item[key] != value for key, value in _UNTOUCHED.items()):
                reasons.append(f"'items[{index}]': revision 0 is for an item never touched, but this one has work")
        elif not low < number <= high:
            reasons.append(
                f"'items[{index}].revision': {number} is outside ({low}, {high}], the revisions this delta covers"
            )
    return reasons


# -- folding ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Folded:
    """One annotator's deltas of one package folded together: per item, the state of the highest revision.

    `contents` maps each folded sequence to the content hashes seen under it (one, unless two
    different deltas claim the same number); `full_sequences` are those of full deltas.
    """

    package_id: str
    manifest_sha256: str
    annotator: str
    items: dict[str, dict[str, Any]]
    contents: dict[int, frozenset[str]]
    full_sequences: frozenset[int]
    revision: int

    @property
    def sequences(self) -> tuple[int, ...]:
        """The sequence numbers folded, ascending."""
        return tuple(sorted(self.contents))

    @property
    def gaps(self) -> tuple[int, ...]:
        """Sequences missing below the highest one folded, except those a folded full delta covers."""
        if not self.contents:
            return ()
        start = max(self.full_sequences, default=0) + 1
        return tuple(number for number in range(start, max(self.contents)) if number not in self.contents)

    @property
    def clashes(self) -> tuple[int, ...]:
        """Sequences seen with two different contents: deltas of two workspaces (a reinstall?) under one pseudonym."""
        return tuple(sorted(number for number, hashes in self.contents.items() if len(hashes) > 1))


def fold(deltas: Iterable[dict[str, Any] | Folded]) -> Folded:
    """Fold verified delta documents (and earlier `Folded` results) of one annotator and package version.

    For every item the state with the highest revision wins; two states of one revision (the same
    write) are ordered by their canonical bytes, so the result never depends on the order of the
    deltas: folding is commutative, associative and idempotent. Raises BundleError, naming both, for
    deltas of two packages, package versions or annotators; ValueError for nothing to fold.
    """
    first: Folded | None = None
    items: dict[str, dict[str, Any]] = {}
    contents: dict[int, set[str]] = {}
    full: set[int] = set()
    revision = 0
    for delta in deltas:
        part = delta if isinstance(delta, Folded) else _single(delta)
        if first is None:
            first = part
        else:
            _check_same_source(first, part)
        for item_id, item in part.items.items():
            kept = items.get(item_id)
            if kept is None or _later(item, kept):
                items[item_id] = item
        for number, hashes in part.contents.items():
            contents.setdefault(number, set()).update(hashes)
        full |= part.full_sequences
        revision = max(revision, part.revision)
    if first is None:
        raise ValueError("no deltas to fold")
    return Folded(
        package_id=first.package_id,
        manifest_sha256=first.manifest_sha256,
        annotator=first.annotator,
        items=items,
        contents={number: frozenset(hashes) for number, hashes in contents.items()},
        full_sequences=frozenset(full),
        revision=revision,
    )


def _single(document: dict[str, Any]) -> Folded:
    items: dict[str, dict[str, Any]] = {}
    for item in document["items"]:
        kept = items.get(item["id"])
        if kept is None or _later(item, kept):
            items[item["id"]] = item
    sequence = document["sequence"]
    return Folded(
        package_id=document["package"]["id"],
        manifest_sha256=document["package"]["manifest_sha256"],
        annotator=document["annotator"],
        items=items,
        contents={sequence: frozenset([document[HASH_FIELD]])},
        full_sequences=frozenset([sequence]) if document["full"] else frozenset(),
        revision=document["revision"],
    )


def _later(item: dict[str, Any], kept: dict[str, Any]) -> bool:
    if item["revision"] != kept["revision"]:
        return item["revision"] > kept["revision"]
    return item is not kept and canonical_json(item) > canonical_json(kept)


def _check_same_source(first: Folded, part: Folded) -> None:
    for what, field in (("package", "package_id"), ("package version", "manifest_sha256"), ("annotator", "annotator")):
        ours, theirs = getattr(first, field), getattr(part, field)
        if ours != theirs:
            raise BundleError(
                [
                    Problem(
                        _describe(part),
                        f"is of {what} {theirs!r}, but {_describe(first)} of {ours!r}: only the deltas of one "
                        "package version and one annotator fold together",
                    )
                ]
            )


def _describe(part: Folded) -> str:
    numbers = part.sequences
    if len(numbers) == 1:
        return f"delta {numbers[0]}"
    shown = ", ".join(str(number) for number in numbers[:5])
    return f"deltas {shown}" + (f" and {len(numbers) - 5} more" if len(numbers) > 5 else "")


def folded_bundle(folded: Folded, manifest: Manifest, *, manifest_sha256: str) -> dict[str, Any]:
    """The bundle-v1 document of folded deltas; items never seen are todo.

    For deltas covering a workspace's work this is exactly the bundle built from that workspace
    (same content_sha256). Raises BundleError if the deltas are of another package or version.
    """
    if folded.package_id != manifest.id:
        reason = f"the deltas are for package {folded.package_id!r}, not {manifest.id!r}"
        raise BundleError([Problem(_describe(folded), reason)])
    if folded.manifest_sha256 != manifest_sha256:
        reason = "the deltas were made from another version of this package (manifest hash differs)"
        raise BundleError([Problem(_describe(folded), reason)])
    states = []
    for position, item in enumerate(manifest.items):
        entry = folded.items.get(item.id)
        if entry is not None:
            states.append(
                ItemState(
                    package_id=manifest.id,
                    item_id=item.id,
                    position=position,
                    kind=item.kind,
                    status=Status(entry["status"]),
                    annotation=entry["annotation"],
                    comment=entry["comment"],
                    active_ms=entry["timing"]["active_ms"],
                    idle_ms=entry["timing"]["idle_ms"],
                    created_at=entry["created_at"],
                    updated_at=entry["updated_at"],
                )
            )
    return build_bundle(manifest, manifest_sha256=manifest_sha256, annotator=folded.annotator, states=states)

"""Result bundles: build from the workspace, write deterministically and atomically, read and verify."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from annotator import __version__
from annotator.core.atomic import write_atomic
from annotator.core.documents import decode_json, schema_problems
from annotator.core.documents.schemas import short_repr
from annotator.core.errors import BundleError, Problem
from annotator.core.model import Manifest, Status
from annotator.core.workspace import ItemState, Workspace

FORMAT_ID = "annotator.bundle"
SCHEMA_VERSION = 1
HASH_FIELD = "content_sha256"
T = TypeVar("T")
_PSEUDONYM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def canonical_json(value: Any) -> bytes:
    """The one byte form a bundle is hashed in: sorted keys, no spaces, UTF-8, exact floats."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def content_hash(document: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of a bundle without its own hash field."""
    body = {key: value for key, value in document.items() if key != HASH_FIELD}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def is_valid_pseudonym(name: str) -> bool:
    """A pseudonymous annotator id: 1-64 letters, digits, '.', '_' or '-'; never a real name required."""
    return bool(_PSEUDONYM.match(name))


def build_bundle(
    manifest: Manifest,
    *,
    manifest_sha256: str,
    annotator: str,
    states: Iterable[ItemState] = (),
) -> dict[str, Any]:
    """The bundle document for a package; items the workspace has never seen are still to do."""
    if not is_valid_pseudonym(annotator):
        raise ValueError(f"annotator id {annotator!r} must be 1-64 letters, digits, '.', '_' or '-'")
    by_id = {state.item_id: state for state in states}
    items = [_bundle_item(item.id, item.kind, by_id.get(item.id)) for item in manifest.items]
    summary = {status.value: 0 for status in Status}
    for entry in items:
        summary[entry["status"]] += 1
    summary["total"] = len(items)
    document = _head(manifest, manifest_sha256, annotator, summary)
    document["items"] = items
    document[HASH_FIELD] = content_hash(document)
    return document


def _head(manifest: Manifest, manifest_sha256: str, annotator: str, summary: dict[str, int]) -> dict[str, Any]:
    # Every top-level field but the items and the hash.
    return {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        "package": {"id": manifest.id, "manifest_sha256": manifest_sha256},
        "annotator": annotator,
        "app": {"name": "annotator", "version": __version__},
        "summary": summary,
    }


def _bundle_item(item_id: str, kind: str, state: ItemState | None) -> dict[str, Any]:
    if state is None:
        return {
            "id": item_id,
            "kind": kind,
            "status": Status.TODO.value,
            "annotation": None,
            "comment": "",
            "timing": {"active_ms": 0, "idle_ms": 0},
            "created_at": None,
            "updated_at": None,
        }
    return {
        "id": item_id,
        "kind": kind,
        "status": state.status.value,
        "annotation": state.annotation,
        "comment": state.comment,
        "timing": {"active_ms": state.active_ms, "idle_ms": state.idle_ms},
        "created_at": state.created_at,
        "updated_at": state.updated_at,
    }


def bundle_bytes(document: dict[str, Any]) -> bytes:
    """The file bytes: canonical JSON with one item per line, so a bundle reads and diffs well."""
    head = {key: value for key, value in document.items() if key not in ("items", HASH_FIELD)}
    return assemble(head, [canonical_json(item) for item in document["items"]])


def assemble(head: dict[str, Any], item_lines: list[bytes]) -> bytes:
    """File bytes of a document with `head` fields, an 'items' list of canonical `item_lines`, and its hash.

    The hash is over the canonical form, built from the same pieces, so each item is encoded once.
    The file keeps the head's fields that sort before 'items' first, then the hash and the items one
    per line, then the rest (bundles and sync deltas share this layout).
    """
    before = canonical_json({k: v for k, v in head.items() if k < "items"})[:-1]
    after = canonical_json({k: v for k, v in head.items() if k > "items"})[1:]
    digest = hashlib.sha256()
    digest.update(before + b',"items":[')
    digest.update(b",".join(item_lines))
    digest.update(b"]," + after)
    hashed = canonical_json({HASH_FIELD: digest.hexdigest()})[1:-1]
    return b"".join([before, b",", hashed, b',"items":[\n', b",\n".join(item_lines), b"\n],", after, b"\n"])


def item_line(item_id: str, kind: str, row: tuple | None, *, revision: int | None = None) -> bytes:
    """Canonical JSON of one bundle item from a `Workspace.bundle_rows` row (None: never touched).

    The annotation passes through as the workspace stored it (already canonical), so floats are never
    parsed and formatted again. A sync delta's item also carries its `revision`.
    """
    if row is None:
        annotation, comment, active, idle, created, updated, status = "null", "", 0, 0, None, None, "todo"
    else:
        status, annotation, comment, active, idle, created, updated = row
        annotation = annotation or "null"
    dumps = json.dumps
    # 'revision' sorts between 'kind' and 'status'.
    numbered = "" if revision is None else f'"revision":{int(revision)},'
    return (
        f'{{"annotation":{annotation},"comment":{dumps(comment, ensure_ascii=False)},'
        f'"created_at":{dumps(created)},"id":{dumps(item_id, ensure_ascii=False)},"kind":"{kind}",{numbered}'
        f'"status":"{status}","timing":{{"active_ms":{active},"idle_ms":{idle}}},"updated_at":{dumps(updated)}}}'
    ).encode()


def export_bundle(
    path: Path | str, workspace: Workspace, manifest: Manifest, *, manifest_sha256: str, annotator: str | None = None
) -> dict[str, int]:
    """Write a package's bundle straight from the workspace (fast path); returns the summary."""
    data, summary = bundle_from_rows(
        manifest,
        manifest_sha256=manifest_sha256,
        annotator=annotator or workspace.annotator_id(),
        rows=workspace.bundle_rows(manifest.id),
    )
    write_atomic(Path(path), data)
    return summary


def bundle_from_rows(
    manifest: Manifest, *, manifest_sha256: str, annotator: str, rows: dict[str, tuple]
) -> tuple[bytes, dict[str, int]]:
    """Bundle file bytes and summary from `Workspace.bundle_rows`; pure, so it can run in a worker."""
    if not is_valid_pseudonym(annotator):
        raise ValueError(f"annotator id {annotator!r} must be 1-64 letters, digits, '.', '_' or '-'")
    summary = {status.value: 0 for status in Status}
    lines = []
    for item in manifest.items:
        row = rows.get(item.id)
        summary[row[0] if row else Status.TODO.value] += 1
        lines.append(item_line(item.id, item.kind, row))
    summary["total"] = len(lines)
    return assemble(_head(manifest, manifest_sha256, annotator, summary), lines), summary


def write_bundle(path: Path | str, document: dict[str, Any]) -> None:
    """Write a bundle atomically."""
    write_atomic(Path(path), bundle_bytes(document))


def read_bundle(path: Path | str) -> dict[str, Any]:
    """Read and verify a bundle; raise BundleError listing every problem."""
    return read_document(path, decode_bundle)


def read_document(path: Path | str, decode: Callable[[bytes, str], tuple[T | None, list[Problem]]]) -> T:
    """Read a file and check it with `decode` (bundles, deltas, reviews, answer keys); BundleError lists every problem, naming the file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise BundleError([Problem(str(path), "no such file or folder")]) from exc
    except OSError as exc:
        raise BundleError([Problem(str(path), f"cannot be read ({exc.strerror or exc})")]) from exc
    document, problems = decode(raw, str(path))
    if problems:
        raise BundleError(problems)
    assert document is not None
    return document


def decode_bundle(raw: bytes, file: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Parse and check bundle bytes; returns the document and every problem found.

    Strict JSON first, then the published schema (bundle-v1, with each kind's annotation schema), so
    nothing below meets a field of the wrong type; then what a schema cannot say: unique ids, the
    content hash, and the summary's counts.
    """
    document, problems = decode_hashed_document(
        raw, file, what="bundle", format_id=FORMAT_ID, version=SCHEMA_VERSION, schema="bundle-v1"
    )
    if document is None:
        return None, problems
    # Checked after the hash: a tampered bundle is reported as tampered, not as miscounted.
    problems = [Problem(file, reason) for reason in _summary_problems(document["summary"], document["items"])]
    return (document if not problems else None), problems


def decode_hashed_document(
    raw: bytes, file: str, *, what: str, format_id: str, version: int, schema: str, object_name: str = ""
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The checks every document of the bundle family passes (bundles, sync deltas): strict JSON, an
    object of `format_id` and `version`, the published `schema`, unique item ids, then the content hash.

    Returns the document (None with the problems when any check failed); each family then checks
    what its schema cannot say. `what` names the document in messages (`object_name`, if given, in
    the first one).
    """
    document, problems = decode_json(raw, file)
    if problems:
        return None, problems
    if not isinstance(document, dict):
        return None, [Problem(file, f"a {object_name or what} must be a JSON object")]
    if document.get("format") != format_id:
        return None, [Problem(file, f"'format' must be '{format_id}' (found {short_repr(document.get('format'))})")]
    if document.get("schema_version") != version:
        found = short_repr(document.get("schema_version"))
        return None, [Problem(file, f"unknown {what} schema version {found}; this app reads {version}")]
    problems = schema_problems(document, schema, file)
    problems += [Problem(file, reason) for reason in duplicate_id_problems(document.get("items"))]
    if problems:
        return None, problems
    if document[HASH_FIELD] != content_hash(document):
        return None, [Problem(file, "content does not match its content_sha256 (damaged or edited by hand)")]
    return document, []


def _summary_problems(summary: Any, items: Sequence[dict[str, Any]]) -> list[str]:
    expected = {status.value: 0 for status in Status}
    for item in items:
        expected[item["status"]] += 1
    expected["total"] = len(items)
    if summary != expected:
        return [f"'summary' must count the items by status: expected {dump_summary(expected)}"]
    return []


def dump_summary(summary: dict[str, int]) -> str:
    """A summary as 'done 3, flagged 0, ...' for messages."""
    return ", ".join(f"{key} {value}" for key, value in sorted(summary.items()))


def duplicate_id_problems(items: Any) -> list[str]:
    """A reason ("item 'x' appears twice") for every repeated id in a list of items; anything else is skipped."""
    reasons: list[str] = []
    seen: set[str] = set()
    for item in items if isinstance(items, list) else []:
        item_id = item.get("id") if isinstance(item, dict) else None
        if isinstance(item_id, str):
            if item_id in seen:
                reasons.append(f"item '{item_id}' appears twice")
            seen.add(item_id)
    return reasons


def bundle_matches_package(document: dict[str, Any], manifest: Manifest, manifest_sha256: str) -> list[str]:
    """Why a verified bundle does not belong to this exact package (empty if it does)."""
    reasons = []
    if document["package"]["id"] != manifest.id:
        reasons.append(f"bundle is for package '{document['package']['id']}', not '{manifest.id}'")
    elif document["package"]["manifest_sha256"] != manifest_sha256:
        reasons.append("bundle was made from a different version of this package (manifest hash differs)")
    known = {item.id for item in manifest.items}
    unknown = [item["id"] for item in document["items"] if item["id"] not in known]
    if unknown:
        reasons.append(f"bundle has items the package does not: {_some(unknown)}")
    return reasons


_LISTED = 5


def _some(names: list[str]) -> str:
    """The first few names, and how many more there are, so a long list never hides its length."""
    shown = ", ".join(names[:_LISTED])
    rest = len(names) - _LISTED
    return f"{shown}, and {rest} more" if rest > 0 else shown

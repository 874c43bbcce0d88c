"""Review bundles: the lead's accept / reject / fix decisions on one annotator's work, written, read, and applied by the annotator."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.core.bundle import HASH_FIELD, canonical_json, content_hash, is_valid_pseudonym, read_document
from annotator.core.documents import decode_json, schema_problems
from annotator.core.documents.schemas import short_repr
from annotator.core.errors import BundleError, Problem
from annotator.core.model import Status
from annotator.core.workspace import Workspace

FORMAT_ID = "annotator.review"
SCHEMA_VERSION = 1
SUFFIX = ".review.json"
DECISIONS = ("accept", "reject", "fix")
# Per package, the decisions the annotator has been shown, by item: {item_id: {decision, reason, reviewer, at}}.
FEEDBACK_SETTING = "review.feedback."
APPLIED_SETTING = "review.applied"


@dataclass(frozen=True)
class Decision:
    """One decision on one item: accept, reject (the reason is required) or fix (the reviewer's annotation)."""

    item_id: str
    kind: str
    decision: str
    reason: str
    at: str
    annotation: Any = None

    def to_json(self) -> dict[str, Any]:
        """The decision as the review bundle holds it."""
        document = {
            "item_id": self.item_id,
            "kind": self.kind,
            "decision": self.decision,
            "reason": self.reason,
            "at": self.at,
        }
        if self.decision == "fix":
            document["annotation"] = self.annotation
        return document


def build_review(
    *, package_id: str, manifest_sha256: str, annotator: str, reviewer: str, decisions: Iterable[Decision]
) -> dict[str, Any]:
    """The review document, decisions sorted by item id (so the same decisions give the same bytes)."""
    for name, who in (("annotator", annotator), ("reviewer", reviewer)):
        if not is_valid_pseudonym(who):
            raise ValueError(f"{name} {who!r} must be a pseudonym of 1-64 letters, digits, '.', '_' or '-'")
    chosen = sorted(decisions, key=lambda d: d.item_id)
    for decision in chosen:
        if decision.decision not in DECISIONS:
            raise ValueError(f"{decision.item_id}: unknown decision {decision.decision!r}")
        if decision.decision == "reject" and not decision.reason.strip():
            raise ValueError(f"{decision.item_id}: a rejection needs a reason the annotator can act on")
    document: dict[str, Any] = {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        "package": {"id": package_id, "manifest_sha256": manifest_sha256},
        "annotator": annotator,
        "reviewer": reviewer,
        "app": {"name": "annotator", "version": __version__},
        "decisions": [decision.to_json() for decision in chosen],
    }
    document[HASH_FIELD] = content_hash(document)
    return document


def review_bytes(document: dict[str, Any]) -> bytes:
    """The file bytes: canonical JSON (hash included) and a newline."""
    return canonical_json(document) + b"\n"


def review_name(document: dict[str, Any]) -> str:
    """A file name that says whose review it is and is unique to its content: `review-ada-1a2b3c4d5e6f7a8b.review.json`."""
    return f"review-{document['annotator']}-{document[HASH_FIELD][:16]}{SUFFIX}"


def decode_review(raw: bytes, file: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Strict JSON, then the review-v1 schema, then unique item ids and the content hash."""
    document, problems = decode_json(raw, file)
    if problems:
        return None, problems
    if not isinstance(document, dict) or document.get("format") != FORMAT_ID:
        found = short_repr(document.get("format")) if isinstance(document, dict) else "not an object"
        return None, [Problem(file, f"'format' must be '{FORMAT_ID}' (found {found}): not a review bundle")]
    problems = schema_problems(document, "review-v1", file)
    if problems:
        return None, problems
    seen: set[str] = set()
    for index, decision in enumerate(document["decisions"]):
        if decision["item_id"] in seen:
            problems.append(Problem(file, f"'decisions[{index}]': item {decision['item_id']!r} is decided twice"))
        seen.add(decision["item_id"])
    if not problems and document[HASH_FIELD] != content_hash(document):
        problems.append(Problem(file, "content_sha256 does not match the content (changed after it was written?)"))
    return (None if problems else document), problems


def read_review(path: Path | str) -> dict[str, Any]:
    """Read and check a review bundle; BundleError lists every problem."""
    return read_document(path, decode_review)


@dataclass(frozen=True)
class AppliedReview:
    """What importing a review did on the annotator's side."""

    reopened: tuple[str, ...]
    accepted: int
    fixed: tuple[str, ...]
    already_imported: bool = False


def apply_review(workspace: Workspace, document: dict[str, Any], *, file: str = "review") -> AppliedReview:
    """The annotator imports a review: rejected items reopen (to do) with the reason kept to show; fixes are shown.

    Refused (BundleError) when the review is for another annotator or another version of the
    package. Importing the same review again changes nothing, so a resubmitted fix is never reopened
    by an old review pulled a second time.
    """
    package_id = document["package"]["id"]
    record = workspace.package(package_id)
    me = workspace.annotator_id()
    if record is None:
        raise BundleError([Problem(file, f"is a review of package {package_id!r}, which this workspace never opened")])
    if document["package"]["manifest_sha256"] != record.manifest_sha256:
        raise BundleError([Problem(file, "is a review of another version of this package (its manifest hash differs)")])
    if document["annotator"] != me:
        raise BundleError([Problem(file, f"is a review of {document['annotator']!r}'s work; you are {me!r}")])
    applied = list(workspace.setting(APPLIED_SETTING, []) or [])
    if document[HASH_FIELD] in applied:
        return AppliedReview((), 0, (), already_imported=True)
    statuses = workspace.statuses(package_id)
    feedback = dict(workspace.setting(FEEDBACK_SETTING + package_id, {}) or {})
    reopened, fixed, accepted = [], [], 0
    for decision in document["decisions"]:
        item_id = decision["item_id"]
        if item_id not in statuses:
            continue  # an item the package no longer queues: nothing to reopen
        feedback[item_id] = {
            "decision": decision["decision"],
            "reason": decision["reason"],
            "reviewer": document["reviewer"],
            "at": decision["at"],
        }
        if decision["decision"] == "reject":
            if statuses[item_id] is not Status.TODO:
                workspace.set_status(package_id, item_id, Status.TODO)
            reopened.append(item_id)
        elif decision["decision"] == "fix":
            fixed.append(item_id)
        else:
            accepted += 1
    workspace.set_settings(
        [(FEEDBACK_SETTING + package_id, feedback), (APPLIED_SETTING, [*applied, document[HASH_FIELD]])]
    )
    return AppliedReview(tuple(reopened), accepted, tuple(fixed))


def feedback_for(workspace: Workspace, package_id: str, item_id: str) -> dict[str, str] | None:
    """The reviewer's last decision on an item, to show beside it ({decision, reason, reviewer, at}), or None."""
    value = (workspace.setting(FEEDBACK_SETTING + package_id, {}) or {}).get(item_id)
    return value if isinstance(value, dict) else None

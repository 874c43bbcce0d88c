"""Merge: the bundles of several annotators (or of a team's packages) made into one consolidated bundle of the source package."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.bundle import HASH_FIELD, build_bundle, bundle_matches_package
from annotator.core.documents import schema_problems
from annotator.core.errors import BundleError, Problem
from annotator.core.model import Manifest, Status
from annotator.core.quality.answer_key import AnswerKey
from annotator.core.quality.kinds import Vote, quality_of
from annotator.core.workspace import ItemState

MERGED_ANNOTATOR = "merged"
REVIEWS = "reviews"  # how the lead's fixes are named in messages


@dataclass(frozen=True)
class MergeResult:
    """The consolidated bundle (bundle-v1, annotator 'merged') and what the merge made of each item.

    `needs_review` gives, in package order, each item a person should look at and why: the kind's
    merge could not settle it (a tie, boxes that do not match, ...), or an annotator flagged it.
    Such an item is `flagged` in the bundle; an item the lead fixed never is.
    """

    bundle: dict[str, Any]
    needs_review: dict[str, str]
    merged: int  # items whose annotation the votes made
    fixed: int  # items whose annotation is the lead's fix
    todo: int  # items no one finished
    bundles: int  # distinct bundles merged
    duplicates: int  # copies of a bundle already given, left out
    gold_left_out: int  # annotations of gold items, which never reach the merged bundle


def distinct_bundles(
    bundles: Sequence[dict[str, Any]], names: Sequence[str] | None = None
) -> tuple[list[tuple[str, dict[str, Any]]], int]:
    """(name, document) of each bundle once, in a fixed order (package, annotator, hash), and how many copies were dropped.

    The same bundle given twice counts once; two different bundles of one annotator for one package
    are refused, since only the annotator knows which is the later one.
    """
    if names is not None and len(names) != len(bundles):
        raise ValueError("give one name per bundle")
    labelled = [(names[index] if names else _default_name(doc), doc) for index, doc in enumerate(bundles)]
    by_hash: dict[str, tuple[str, dict[str, Any]]] = {}
    problems: list[Problem] = []
    first: dict[tuple[str, str], str] = {}
    for name, document in labelled:  # in the order given, so the message names the later one
        if document[HASH_FIELD] in by_hash:
            continue
        by_hash[document[HASH_FIELD]] = (name, document)
        owner = (document["package"]["id"], document["annotator"])
        earlier = first.setdefault(owner, name)
        if earlier != name:
            problems.append(
                Problem(
                    name,
                    f"is another bundle of {owner[1]!r} for package '{owner[0]}' than {earlier}: give only the latest one",
                )
            )
    if problems:
        raise BundleError(problems)
    chosen = sorted(
        by_hash.values(), key=lambda pair: (pair[1]["package"]["id"], pair[1]["annotator"], pair[1][HASH_FIELD])
    )
    return chosen, len(bundles) - len(chosen)


def _default_name(document: dict[str, Any]) -> str:
    return f"bundle of {document['annotator']!r} for '{document['package']['id']}' ({document[HASH_FIELD][:12]})"


def merge_bundles(
    bundles: Sequence[dict[str, Any]],
    manifest: Manifest,
    *,
    manifest_sha256: str,
    reviews: Mapping[str, Any] | None = None,
    weights: Mapping[str, float] | None = None,
    exclude_gold: AnswerKey | None = None,
    key: AnswerKey | None = None,
    names: Sequence[str] | None = None,
) -> MergeResult:
    """One bundle of `manifest` from verified bundles (as `read_bundle` returns them), byte-identical in any order.

    Per item: the lead's fix in `reviews` (item id -> annotation) always wins; else the kind's merge
    of the annotations of everyone who marked it done (weighted by `weights`, by annotator, 1.0 by
    default); an item no one finished stays to do. Bundles of the package itself merge as they are;
    bundles of a team's packages need the answer `key` that made them (their ids are mapped back to
    the source's, and gold items left out). With `exclude_gold`, the key's gold items are also left
    out of the merged bundle when the package holds them. `names` name the bundles in errors (their files).
    """
    if key is not None and exclude_gold is not None and key != exclude_gold:
        raise ValueError("key and exclude_gold must be the same answer key")
    key = key or exclude_gold
    chosen, duplicates = distinct_bundles(bundles, names)
    kinds = {item.id: item.kind for item in manifest.items}
    _check_weights(weights or {})
    fixes = _checked_fixes(reviews or {}, kinds)
    left_out = _gold_in_package(manifest, key) if exclude_gold is not None else set()
    tally = _Tally(left_out)
    problems: list[Problem] = []
    for name, document in chosen:
        before = len(problems)
        route = _route(name, document, manifest, manifest_sha256, key, problems)
        if len(problems) == before:
            tally.add(name, document, route, kinds, weights or {}, problems)
    if problems:
        raise BundleError(problems)
    states: list[ItemState] = []
    needs_review: dict[str, str] = {}
    merged = fixed = todo = 0
    for position, item in enumerate(manifest.items):
        if item.id in left_out:
            continue
        reasons = []
        if item.id in fixes:
            annotation, status = fixes[item.id], Status.DONE
            fixed += 1
        elif item.id in tally.votes:
            outcome = quality_of(item.kind).merge(sorted(tally.votes[item.id], key=lambda vote: vote.annotator))
            annotation, status = outcome.annotation, Status.DONE
            merged += 1
            if outcome.needs_review:
                reasons.append(outcome.reason or "the merge could not settle it")
        else:
            annotation, status = None, Status.TODO
            todo += 1
        if item.id not in fixes:
            reasons += [_flag_reason(who, comment) for who, comment in sorted(tally.flags.get(item.id, []))]
        if reasons:
            needs_review[item.id] = "; ".join(reasons)
            status = Status.FLAGGED
        touched = tally.touched.get(item.id)
        if status is Status.TODO and touched is None:
            continue  # never touched: build_bundle writes it as to do
        active, idle, created, updated = touched or (0, 0, None, None)
        states.append(
            ItemState(
                package_id=manifest.id,
                item_id=item.id,
                position=position,
                kind=item.kind,
                status=status,
                annotation=annotation,
                comment="",
                active_ms=active,
                idle_ms=idle,
                created_at=created,
                updated_at=updated,
            )
        )
    target = (
        manifest
        if not left_out
        else dataclasses.replace(manifest, items=tuple(item for item in manifest.items if item.id not in left_out))
    )
    document = build_bundle(target, manifest_sha256=manifest_sha256, annotator=MERGED_ANNOTATOR, states=states)
    return MergeResult(
        bundle=document,
        needs_review=needs_review,
        merged=merged,
        fixed=fixed,
        todo=todo,
        bundles=len(chosen),
        duplicates=duplicates,
        gold_left_out=tally.gold,
    )


class _Tally:
    """What the bundles say of each item of the package: votes, flags, time spent, first and last change."""

    def __init__(self, left_out: set[str]) -> None:
        self.left_out = left_out  # the package's own gold items, when they are to be left out
        self.votes: dict[str, list[Vote]] = {}
        self.flags: dict[str, list[tuple[str, str]]] = {}
        self.touched: dict[str, list[Any]] = {}  # item -> [active_ms, idle_ms, first created_at, last updated_at]
        self.worked: dict[str, dict[str, str]] = {}  # annotator -> item -> the bundle that has their work on it
        self.gold = 0

    def add(
        self,
        name: str,
        document: dict[str, Any],
        route: Mapping[str, str | None] | None,
        kinds: Mapping[str, str],
        weights: Mapping[str, float],
        problems: list[Problem],
    ) -> None:
        # The loop every item of every bundle goes through: locals only, one dict look-up per figure.
        annotator = document["annotator"]
        weight = float(weights.get(annotator, 1.0))
        votes, flags, touched = self.votes, self.flags, self.touched
        worked = self.worked.setdefault(annotator, {})
        left_out = self.left_out
        for entry in document["items"]:
            status, annotation, timing = entry["status"], entry["annotation"], entry["timing"]
            if status == "todo" and annotation is None and not timing["active_ms"]:
                continue  # never touched
            item_id = entry["id"] if route is None else route.get(entry["id"])
            if item_id is None or item_id in left_out:
                self.gold += 1
                continue
            kind = kinds.get(item_id)
            if entry["kind"] != kind:
                where = f"{kind} in the package" if kind else "not in the package"
                problems.append(Problem(name, f"item '{entry['id']}' ({item_id}) is {entry['kind']} here, {where}"))
                continue
            earlier = worked.setdefault(item_id, name)
            if earlier != name:
                problems.append(Problem(name, f"{annotator!r} worked on item '{item_id}' in {earlier} too"))
                continue
            if status == "done" and annotation is not None:
                vote = Vote(annotator, annotation, weight)
                if item_id in votes:
                    votes[item_id].append(vote)
                else:
                    votes[item_id] = [vote]
            elif status == "flagged":
                flags.setdefault(item_id, []).append((annotator, entry["comment"]))
            created, updated = entry["created_at"], entry["updated_at"]
            record = touched.get(item_id)
            if record is None:
                touched[item_id] = [timing["active_ms"], timing["idle_ms"], created, updated]
                continue
            record[0] += timing["active_ms"]
            record[1] += timing["idle_ms"]
            if created is not None and (record[2] is None or created < record[2]):
                record[2] = created
            if updated is not None and (record[3] is None or updated > record[3]):
                record[3] = updated


def _flag_reason(annotator: str, comment: str) -> str:
    comment = " ".join(comment.split())
    return f"flagged by {annotator}" + (f": {comment[:200]}" if comment else "")


def _route(
    name: str,
    document: dict[str, Any],
    manifest: Manifest,
    manifest_sha256: str,
    key: AnswerKey | None,
    problems: list[Problem],
) -> dict[str, str | None] | None:
    """How one bundle's item ids reach the package's: None for the package's own bundles, else a map (None: a gold item)."""
    package_id = document["package"]["id"]
    if package_id == manifest.id:
        problems += [Problem(name, reason) for reason in bundle_matches_package(document, manifest, manifest_sha256)]
        return None
    record = key.package(package_id) if key is not None else None
    if key is None or record is None:
        hint = "the answer key does not list it" if key else "give the answer key that made the team's packages"
        problems.append(Problem(name, f"is a bundle of package '{package_id}', not of '{manifest.id}' ({hint})"))
        return {}
    if key.source_id != manifest.id or key.source_manifest_sha256 != manifest_sha256:
        problems.append(
            Problem(
                name, f"comes from a team pack of package '{key.source_id}', not of this version of '{manifest.id}'"
            )
        )
        return {}
    if document["package"]["manifest_sha256"] != record.manifest_sha256:
        problems.append(
            Problem(name, f"was made from another version of package '{package_id}' (manifest hash differs)")
        )
        return {}
    unknown = [entry["id"] for entry in document["items"] if entry["id"] not in record.items]
    if unknown:
        shown = ", ".join(unknown[:5]) + (f", and {len(unknown) - 5} more" if len(unknown) > 5 else "")
        problems.append(Problem(name, f"bundle has items package '{package_id}' does not: {shown}"))
        return {}
    return {item_id: (None if key.is_gold(key_id) else key_id) for item_id, key_id in record.items.items()}


def _gold_in_package(manifest: Manifest, key: AnswerKey) -> set[str]:
    """The items of `manifest` that are the key's gold items (by their own ids, or as one of the team's packages)."""
    record = key.package(manifest.id)
    if record is not None:
        return {item_id for item_id, key_id in record.items.items() if key.is_gold(key_id)}
    return {item.id for item in manifest.items if key.is_gold(item.id)}


def _check_weights(weights: Mapping[str, float]) -> None:
    for annotator, weight in weights.items():
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not math.isfinite(weight) or weight < 0:
            raise ValueError(f"the weight of {annotator!r} must be a number of 0 or more, not {weight!r}")


def _checked_fixes(reviews: Mapping[str, Any], kinds: Mapping[str, str]) -> dict[str, Any]:
    problems: list[Problem] = []
    for item_id, annotation in reviews.items():
        kind = kinds.get(item_id)
        if kind is None:
            problems.append(Problem(REVIEWS, f"item '{item_id}' is not in the package"))
            continue
        problems += [
            Problem(REVIEWS, f"the fix of item '{item_id}': {problem.reason}")
            for problem in schema_problems(annotation, f"annotation-{kind}-v1", REVIEWS)
        ]
    if problems:
        raise BundleError(problems)
    return dict(reviews)

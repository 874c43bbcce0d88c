"""The annotator's side of sync, outward: what changed leaves as numbered deltas, marked synced only once the target has them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from annotator import __version__
from annotator.core.bundle import canonical_json
from annotator.core.model import Manifest
from annotator.core.sync import layout
from annotator.core.sync.delta import build_delta, delta_name
from annotator.core.sync.journal import OutboxEntry, SyncJournal
from annotator.core.sync.retry import DEFAULT_POLICY, RetryPolicy, with_retries
from annotator.core.sync.target import NotFoundError, SyncError, Target, TransientError
from annotator.core.workspace import Workspace, format_time, utc_now


@dataclass(frozen=True)
class PackageRef:
    """A package to sync: its manifest and manifest hash (read from the package file by the caller)."""

    manifest: Manifest
    manifest_sha256: str


@dataclass(frozen=True)
class NewDelta:
    """A delta built for a preview and not yet recorded: exactly these bytes are what will be sent."""

    sequence: int
    base_revision: int
    revision: int
    name: str
    data: bytes
    item_count: int


@dataclass(frozen=True)
class PackagePlan:
    """What one package will send: deltas built earlier and not yet confirmed, then the new one (if any)."""

    package: PackageRef
    pending: tuple[OutboxEntry, ...]
    new: NewDelta | None

    @property
    def deltas(self) -> list[tuple[str, bytes, int]]:
        """(file name, bytes, items) of every delta to send, in sequence order."""
        out = [(entry.name, entry.data, entry.item_count) for entry in self.pending]
        if self.new is not None:
            out.append((self.new.name, self.new.data, self.new.item_count))
        return out


@dataclass(frozen=True)
class PushPlan:
    """Everything a push would send, per package; the preview shows it and push sends exactly it."""

    target_key: str
    annotator: str
    packages: tuple[PackagePlan, ...]

    @property
    def item_count(self) -> int:
        """Item states in all deltas (an item changed twice across two pending deltas counts twice)."""
        return sum(items for plan in self.packages for _name, _data, items in plan.deltas)

    @property
    def byte_count(self) -> int:
        """Bytes of all deltas."""
        return sum(len(data) for plan in self.packages for _name, data, _items in plan.deltas)

    @property
    def is_empty(self) -> bool:
        """True when nothing would leave the machine."""
        return not any(plan.deltas for plan in self.packages)

    def documents(self) -> list[bytes]:
        """The bytes of every delta, for the preview."""
        return [data for plan in self.packages for _name, data, _items in plan.deltas]


@dataclass
class PushResult:
    """What a push did: deltas the target now holds (new, or already there from an earlier try)."""

    sent: int = 0
    already_there: int = 0
    items: int = 0
    bytes: int = 0
    retries: int = 0
    names: list[str] = field(default_factory=list)


def plan_push(
    workspace: Workspace,
    packages: list[PackageRef],
    *,
    target_key: str,
    annotator: str,
    full: bool = False,
) -> PushPlan:
    """Build (without recording anything) what a push would send now. `full` adds a delta of every item."""
    journal = SyncJournal(workspace)
    plans = []
    for ref in packages:
        package_id = ref.manifest.id
        pending = tuple(journal.pending(target_key, package_id))
        # A package updated since the last delta (a new manifest hash) starts over with a full delta:
        # the lead folds only deltas of one package version, so the new one must stand on its own.
        whole = full or _sent_version(workspace, target_key, package_id) not in (None, ref.manifest_sha256)
        after = 0 if whole else journal.last_revision(target_key, package_id)
        rows = workspace.changed_rows(package_id, after_revision=after)
        new = None
        revision = max((row[-1] for row in rows.values()), default=0)
        if revision > after:
            sequence = journal.next_sequence(target_key, package_id)
            data = build_delta(
                ref.manifest,
                manifest_sha256=ref.manifest_sha256,
                annotator=annotator,
                sequence=sequence,
                base_revision=after,
                revision=revision,
                rows=rows,
                full=whole,
            )
            count = len(ref.manifest.items) if whole else sum(1 for item in ref.manifest.items if item.id in rows)
            new = NewDelta(sequence, after, revision, delta_name(data), data, count)
        plans.append(PackagePlan(ref, pending, new))
    return PushPlan(target_key, annotator, tuple(plans))


def _version_setting(target_key: str, package_id: str) -> str:
    return f"sync.sent_version.{target_key}.{package_id}"


def _sent_version(workspace: Workspace, target_key: str, package_id: str) -> str | None:
    """The manifest hash of the package version the last recorded delta was for (None before any)."""
    value = workspace.setting(_version_setting(target_key, package_id))
    return value if isinstance(value, str) else None


def push(
    workspace: Workspace,
    target: Target,
    plan: PushPlan,
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    sleep: Callable[[float], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> PushResult:
    """Send exactly `plan`: record its new deltas in the journal first, then put each, and confirm each once the target has it.

    A delta is recorded before it leaves, so a crash or a dropped connection at any point leaves it
    pending with the same bytes and name; the next push sends it again, and a target that already
    has it (an answer lost on the way back) answers "exists" — then its bytes are compared and it is
    confirmed. Nothing is marked synced before the target holds it. Raises SyncError with what is left.
    """
    journal = SyncJournal(workspace)
    result = PushResult()
    work: list[tuple[str, OutboxEntry]] = []
    for package_plan in plan.packages:
        package_id = package_plan.package.manifest.id
        new = package_plan.new
        if new is not None:
            if journal.next_sequence(plan.target_key, package_id) != new.sequence:
                raise SyncError(f"{package_id}: the work changed while the preview was open; look at it again")
            try:
                journal.add(
                    plan.target_key,
                    package_id,
                    sequence=new.sequence,
                    base_revision=new.base_revision,
                    revision=new.revision,
                    name=new.name,
                    data=new.data,
                    item_count=new.item_count,
                )
                workspace.set_setting(
                    _version_setting(plan.target_key, package_id), package_plan.package.manifest_sha256
                )
            except sqlite3.Error as exc:
                # A delta that cannot be recorded is not sent: sent but unrecorded, it could never be confirmed.
                raise SyncError(f"{package_id}: the delta could not be recorded in the workspace ({exc})") from exc
        work += [(package_id, entry) for entry in journal.pending(plan.target_key, package_id)]
    kwargs: dict[str, Any] = {"policy": policy, "on_retry": _counter(result)}
    if sleep is not None:
        kwargs["sleep"] = sleep
    for done, (package_id, entry) in enumerate(work):
        name = layout.delta_object(package_id, plan.annotator, entry.name)
        created = with_retries(lambda: target.put_if_absent(name, entry.data), **kwargs)  # noqa: B023 - called at once
        if not created:
            there = with_retries(lambda: target.get(name), **kwargs)  # noqa: B023
            if there != entry.data:
                raise SyncError(f"{target.description}: {name} holds other bytes than this delta; nothing was replaced")
            result.already_there += 1
        else:
            result.sent += 1
        journal.confirm(plan.target_key, package_id, entry.sequence)
        result.items += entry.item_count
        result.bytes += len(entry.data)
        result.names.append(name)
        if progress is not None:
            progress(done + 1, len(work))
    if work:
        _write_annotator_manifest(workspace, target, plan, kwargs)
    return result


def _counter(result: PushResult) -> Callable[[int, TransientError], None]:
    def count(_retry: int, _error: TransientError) -> None:
        result.retries += 1

    return count


def _write_annotator_manifest(workspace: Workspace, target: Target, plan: PushPlan, kwargs: dict[str, Any]) -> None:
    """Replace annotators/<annotator>.json: per package, the deltas confirmed so far and when."""
    journal = SyncJournal(workspace)
    name = layout.annotator_manifest(plan.annotator)
    try:
        old = json.loads(with_retries(lambda: target.get(name), **kwargs))
        packages = old.get("packages", {}) if isinstance(old, dict) else {}
    except (NotFoundError, ValueError):
        packages = {}
    for package_plan in plan.packages:
        package_id = package_plan.package.manifest.id
        packages[package_id] = {
            "folder": layout.package_segment(package_id),
            "manifest_sha256": package_plan.package.manifest_sha256,
            "last_sequence": journal.next_sequence(plan.target_key, package_id) - 1,
            "revision": journal.confirmed_revision(plan.target_key, package_id),
        }
    document = {
        "format": "annotator.sync-annotator",
        "schema_version": 1,
        "annotator": plan.annotator,
        "app": {"name": "annotator", "version": __version__},
        "updated_at": format_time(utc_now()),
        "packages": packages,
    }
    data = canonical_json(document) + b"\n"
    with_retries(lambda: target.put(name, data), **kwargs)

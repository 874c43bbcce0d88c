"""The annotator's side of sync, inward: new packages and review feedback come down; nothing local is ever overwritten."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.atomic import write_atomic
from annotator.core.sync import layout
from annotator.core.sync.retry import DEFAULT_POLICY, RetryPolicy, with_retries
from annotator.core.sync.target import ObjectInfo, Target

INBOX_PACKAGES = "packages"
INBOX_FEEDBACK = "feedback"
# Which object (and tag) each inbox file came from: a later pull skips an object whose tag is unchanged.
RECORD = ".pulled.json"


@dataclass
class PullResult:
    """Files that came down, files already here, and files kept beside a local one that differs."""

    new: list[Path] = field(default_factory=list)
    unchanged: int = 0
    kept_both: list[tuple[Path, Path]] = field(default_factory=list)  # (the local file, the one from the target)

    def messages(self) -> list[str]:
        """What to tell the person, one line each."""
        lines = [f"New: {path.name}" for path in self.new]
        lines += [
            f"{local.name} here differs from the copy on the sync target: yours is kept, theirs is saved as {theirs.name}"
            for local, theirs in self.kept_both
        ]
        return lines


def pull(
    target: Target,
    *,
    annotator: str,
    inbox: Path,
    policy: RetryPolicy = DEFAULT_POLICY,
    sleep: Callable[[float], None] | None = None,
) -> PullResult:
    """Bring down every package to do and this annotator's feedback into `inbox` (packages/, feedback/<package>/).

    A file already in the inbox with the same bytes is skipped. One with other bytes is never
    replaced: the target's copy is saved beside it under a name with its hash, and the result says
    so. Each file is written atomically, so a dropped connection or a full disk leaves no half file.
    """
    kwargs = {"policy": policy} if sleep is None else {"policy": policy, "sleep": sleep}
    result = PullResult()
    wanted: list[tuple[ObjectInfo, Path]] = []
    for info in with_retries(lambda: target.list(layout.PACKAGES), **kwargs):
        parts = info.name.split("/")
        if len(parts) == 2 and parts[1].lower().endswith(".zip"):
            wanted.append((info, inbox / INBOX_PACKAGES / parts[1]))
    for info in with_retries(lambda: target.list(layout.FEEDBACK), **kwargs):
        place = layout.parse_feedback_place(info.name, annotator)
        if place is not None:
            wanted.append((info, inbox / INBOX_FEEDBACK / place[0] / place[1]))
    record = _read_record(inbox)
    seen = dict(record)
    for info, local in wanted:
        if info.tag and record.get(info.name) == info.tag and local.exists():
            result.unchanged += 1
            continue
        data = with_retries(lambda: target.get(info.name), **kwargs)  # noqa: B023 - called at once
        _store(local, data, result)
        seen[info.name] = info.tag
    if seen != record:
        inbox.mkdir(parents=True, exist_ok=True)
        write_atomic(inbox / RECORD, json.dumps(seen, sort_keys=True).encode("utf-8"))
    return result


def _read_record(inbox: Path) -> dict[str, str]:
    try:
        value = json.loads((inbox / RECORD).read_bytes())
    except (OSError, ValueError):
        return {}  # none yet, or damaged: every object is fetched and compared again, nothing lost
    return (
        {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(value, dict) else {}
    )


def _store(local: Path, data: bytes, result: PullResult) -> None:
    if local.exists():
        if local.read_bytes() == data:
            result.unchanged += 1
            return
        theirs = local.with_name(f"{local.stem}.from-sync-{hashlib.sha256(data).hexdigest()[:8]}{local.suffix}")
        if theirs.exists() and theirs.read_bytes() == data:
            result.unchanged += 1
            return
        local.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(theirs, data)
        result.kept_both.append((local, theirs))
        return
    local.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(local, data)
    result.new.append(local)

"""The sync journal: every delta built for a target, per package, and whether the target has confirmed it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from annotator.core.workspace import Workspace


@dataclass(frozen=True)
class OutboxEntry:
    """A delta built for a target and not confirmed yet: the exact bytes to send (again) until it is."""

    sequence: int
    base_revision: int
    revision: int
    name: str
    data: bytes
    item_count: int
    created_at: str


_KEY = "target_key=? AND package_id=?"


class SyncJournal:
    """Durable bookkeeping of what was sent where, kept in the workspace's database (table sync_journal).

    Keyed by target (`TargetConfig.key`) and package. A delta is added before it leaves the machine
    and confirmed once the target holds it; only a confirmed delta counts as synced. Every method
    commits before it returns.
    """

    def __init__(self, workspace: Workspace):
        self._workspace = workspace
        self._db: sqlite3.Connection = workspace.connection

    def add(
        self,
        target_key: str,
        package_id: str,
        *,
        sequence: int,
        base_revision: int,
        revision: int,
        name: str,
        data: bytes,
        item_count: int,
    ) -> None:
        """Record a delta as pending, durably; ValueError unless `sequence` is `next_sequence` and base < revision."""
        if not 0 <= base_revision < revision:
            raise ValueError(f"a delta covers base_revision < revision (got {base_revision} and {revision})")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            # Checked inside the write transaction: a second connection cannot take the number meanwhile.
            expected = self._next_sequence(target_key, package_id)
            if sequence != expected:
                raise ValueError(f"delta {sequence} for {package_id!r} is out of turn: the next number is {expected}")
            db.execute(
                "INSERT INTO sync_journal(target_key, package_id, sequence, base_revision, revision, name, data,"
                " item_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    target_key,
                    package_id,
                    int(sequence),
                    int(base_revision),
                    int(revision),
                    name,
                    bytes(data),
                    int(item_count),
                    self._workspace.now(),
                ),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def confirm(self, target_key: str, package_id: str, sequence: int) -> None:
        """Mark a delta as held by the target (again is harmless); its bytes are dropped, its numbers kept."""
        updated = self._db.execute(
            f"UPDATE sync_journal SET confirmed_at=COALESCE(confirmed_at, ?), data=NULL WHERE {_KEY} AND sequence=?",
            (self._workspace.now(), target_key, package_id, int(sequence)),
        ).rowcount
        if not updated:
            raise ValueError(f"no delta {sequence} for {package_id!r} in the sync journal")

    def pending(self, target_key: str, package_id: str) -> list[OutboxEntry]:
        """Deltas built and not confirmed, in sequence order."""
        rows = self._db.execute(
            "SELECT sequence, base_revision, revision, name, data, item_count, created_at FROM sync_journal"
            f" WHERE {_KEY} AND confirmed_at IS NULL ORDER BY sequence",
            (target_key, package_id),
        )
        return [OutboxEntry(*row) for row in rows]

    def next_sequence(self, target_key: str, package_id: str) -> int:
        """The number of the next delta: 1 for the first; numbers are never reused."""
        return self._next_sequence(target_key, package_id)

    def _next_sequence(self, target_key: str, package_id: str) -> int:
        row = self._db.execute(
            f"SELECT COALESCE(MAX(sequence), 0) + 1 FROM sync_journal WHERE {_KEY}", (target_key, package_id)
        ).fetchone()
        return row[0]

    def last_revision(self, target_key: str, package_id: str) -> int:
        """The highest revision any delta in the journal covers, pending or confirmed: where the next one starts."""
        row = self._db.execute(
            f"SELECT COALESCE(MAX(revision), 0) FROM sync_journal WHERE {_KEY}", (target_key, package_id)
        ).fetchone()
        return row[0]

    def confirmed_revision(self, target_key: str, package_id: str) -> int:
        """The highest revision R such that confirmed deltas cover every revision up to R (0 if none).

        Deltas are confirmed in order, so this is the last confirmed delta's revision; one confirmed
        past a pending one does not count until the pending one is confirmed too.
        """
        rows = self._db.execute(
            f"SELECT base_revision, revision FROM sync_journal WHERE {_KEY} AND confirmed_at IS NOT NULL"
            " ORDER BY base_revision",
            (target_key, package_id),
        )
        covered = 0
        for base_revision, revision in rows:
            if base_revision > covered:
                break
            covered = max(covered, revision)
        return covered

    def last_confirmed_at(self, target_key: str) -> str | None:
        """When the target last confirmed a delta of any package (format_time), or None if never."""
        row = self._db.execute(
            "SELECT MAX(confirmed_at) FROM sync_journal WHERE target_key=?", (target_key,)
        ).fetchone()
        return row[0]

    def pending_items(self, target_key: str, package_id: str, workspace: Workspace | None = None) -> int:
        """Items still to sync: those changed after `last_revision`, plus the items of pending deltas.

        What the status bar shows. An item changed again after its pending delta counts twice, as it
        will be sent twice. `workspace` is the one whose changes count (by default the journal's own).
        """
        workspace = workspace or self._workspace
        changed = workspace.changed_count(package_id, after_revision=self.last_revision(target_key, package_id))
        row = self._db.execute(
            f"SELECT COALESCE(SUM(item_count), 0) FROM sync_journal WHERE {_KEY} AND confirmed_at IS NULL",
            (target_key, package_id),
        ).fetchone()
        return changed + row[0]

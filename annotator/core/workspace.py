"""The annotator's local store: SQLite in WAL mode, every edit committed durably at once."""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from annotator.core.annotation_memo import AnnotationMemo
from annotator.core.errors import WorkspaceError
from annotator.core.model import Manifest, Status
from annotator.core.workspace_lock import WorkspaceLock
from annotator.core.workspace_schema import SCHEMA_VERSION, migrate

DB_NAME = "workspace.db"
Clock = Callable[[], datetime]
# How old the history's last entry may be and still take the next key of the same run of typing.
RUN_SECONDS = 5.0


def utc_now() -> datetime:
    """The wall clock in UTC; workspaces take another clock in tests."""
    return datetime.now(UTC)


def format_time(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, e.g. 2026-11-23T14:05:00.123Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_time(text: str) -> datetime:
    """The moment format_time wrote."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def dump_json(value: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, floats written so they read back bit-exactly."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


@dataclass(frozen=True)
class ItemState:
    """What the workspace holds for one item."""

    package_id: str
    item_id: str
    position: int
    kind: str
    status: Status
    annotation: Any
    comment: str
    active_ms: int
    idle_ms: int
    created_at: str | None
    updated_at: str | None


@dataclass(frozen=True)
class PackageRecord:
    """A package the annotator has opened in this workspace."""

    package_id: str
    manifest_sha256: str
    path: str
    title: str
    current_item: str | None
    last_opened_at: str | None


@dataclass(frozen=True)
class EditRecord:
    """One row of the edit history: what changed on which item, and when."""

    seq: int
    package_id: str
    item_id: str
    what: str
    before: Any
    after: Any
    at: str


@dataclass(frozen=True)
class TimeRecord:
    """One flush of measured time to an item (private to the worker; summed per day for the dashboard)."""

    at: str
    package_id: str
    item_id: str
    active_ms: int
    idle_ms: int
    key_events: int
    pointer_events: int


@dataclass(frozen=True)
class BreakRecord:
    """One row of the private break log."""

    at: str
    kind: str
    outcome: str
    duration_ms: int


@dataclass(frozen=True)
class DoneRecord:
    """A status change to done, with when it happened."""

    at: str
    package_id: str
    item_id: str


_BUNDLE_COLUMNS = "item_id, status, annotation, comment, active_ms, idle_ms, created_at, updated_at"
_ITEM_COLUMNS = (
    "package_id, item_id, position, kind, status, annotation, comment, active_ms, idle_ms, created_at, updated_at"
)


def _item_from_row(row: tuple, parse: Callable[[str], Any] = json.loads) -> ItemState:
    return ItemState(
        package_id=row[0],
        item_id=row[1],
        position=row[2],
        kind=row[3],
        status=Status(row[4]),
        annotation=None if row[5] is None else parse(row[5]),
        comment=row[6],
        active_ms=row[7],
        idle_ms=row[8],
        created_at=row[9],
        updated_at=row[10],
    )


class Workspace:
    """One annotator's store. Open with `Workspace.open(folder)`; every setter commits before it returns."""

    def __init__(self, folder: Path, connection: sqlite3.Connection, lock: WorkspaceLock | None, clock: Clock):
        self.folder = folder
        self._db = connection
        self._lock = lock
        self._clock = clock
        self._closed = False
        # The annotations last stored or read, so an edit of one box among thousands neither re-encodes nor
        # re-parses them all; checked against the stored text on every read, whoever wrote it.
        self._memo = AnnotationMemo(dump_json)
        # Opened without the lock, beside the app that may hold it: reads only (SQLite refuses writes).
        self.read_only = lock is None

    @classmethod
    def open(cls, folder: Path | str, *, clock: Clock = utc_now, read_only: bool = False) -> Workspace:
        """Open (creating if needed) the workspace in `folder`; raises WorkspaceLockedError if in use.

        `read_only` opens an existing workspace to read it while another process holds it (the app,
        say): no lock is taken, nothing is created or migrated, and every write fails. SQLite's WAL
        lets such a reader see the last committed state beside the writer, and never blocks it.
        """
        folder = Path(folder)
        if read_only:
            return cls._open_read_only(folder, clock)
        folder.mkdir(parents=True, exist_ok=True)
        lock = WorkspaceLock(folder / (DB_NAME + ".lock"))
        lock.acquire()
        try:
            connection = sqlite3.connect(folder / DB_NAME, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            # FULL syncs the WAL on every commit: an edit shown as saved survives power loss too.
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
            migrate(connection)
        except sqlite3.DatabaseError as exc:
            lock.release()
            raise WorkspaceError(f"The workspace database {folder / DB_NAME} cannot be opened: {exc}") from exc
        except Exception:
            lock.release()
            raise
        return cls(folder, connection, lock, clock)

    @classmethod
    def _open_read_only(cls, folder: Path, clock: Clock) -> Workspace:
        path = folder / DB_NAME
        if not path.is_file():
            raise WorkspaceError(f"There is no workspace in {folder} yet (no {DB_NAME})")
        try:
            # mode=ro: SQLite itself refuses every write on this connection, whatever the caller does.
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise WorkspaceError(f"The workspace database {path} cannot be read: {exc}") from exc
        if version != SCHEMA_VERSION:
            connection.close()
            # A reader cannot migrate; the app brings the schema up to date the next time it opens it.
            raise WorkspaceError(
                f"The workspace database {path} has schema {version}, this annotator reads {SCHEMA_VERSION}: "
                "open it in the app once (or update the app), then try again."
            )
        return cls(folder, connection, None, clock)

    @property
    def is_open(self) -> bool:
        """False once `close()` ran: timers that outlive a window check it before they read."""
        return not self._closed

    def close(self) -> None:
        """Checkpoint, close and unlock (a read-only workspace only closes)."""
        self._closed = True
        if self._lock is None:
            self._db.close()
            return
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.close()
        finally:
            self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def now(self) -> str:
        """The workspace clock's time as stored (format_time), for rows other core modules keep here."""
        return format_time(self._clock())

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection, for core modules that keep their own tables here (the sync journal)."""
        return self._db

    # -- packages ----------------------------------------------------------------------------

    def register_package(self, manifest: Manifest, *, manifest_sha256: str, path: str) -> PackageRecord:
        """Record a package and its items; reopening keeps every annotation and the current item."""
        now = self.now()
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(
                "INSERT INTO packages(package_id, manifest_sha256, path, title, added_at, last_opened_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(package_id) DO UPDATE SET manifest_sha256=excluded.manifest_sha256,"
                " path=excluded.path, title=excluded.title, last_opened_at=excluded.last_opened_at",
                (manifest.id, manifest_sha256, path, manifest.title, now, now),
            )
            # Items that left an updated package keep their work but drop out of the queue.
            db.execute("UPDATE items SET position=-1 WHERE package_id=?", (manifest.id,))
            db.executemany(
                "INSERT INTO items(package_id, item_id, position, kind) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(package_id, item_id) DO UPDATE SET position=excluded.position, kind=excluded.kind",
                ((manifest.id, item.id, index, item.kind) for index, item in enumerate(manifest.items)),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        record = self.package(manifest.id)
        assert record is not None
        return record

    def package(self, package_id: str) -> PackageRecord | None:
        """The record of one package, or None if never opened here."""
        row = self._db.execute(
            "SELECT package_id, manifest_sha256, path, title, current_item, last_opened_at"
            " FROM packages WHERE package_id=?",
            (package_id,),
        ).fetchone()
        return PackageRecord(*row) if row else None

    def packages(self) -> list[PackageRecord]:
        """Every package opened in this workspace, most recently opened first."""
        rows = self._db.execute(
            "SELECT package_id, manifest_sha256, path, title, current_item, last_opened_at"
            " FROM packages ORDER BY last_opened_at DESC, package_id"
        )
        return [PackageRecord(*row) for row in rows]

    def last_package(self) -> PackageRecord | None:
        """The package opened most recently, to resume where the annotator left off."""
        row = self._db.execute(
            "SELECT package_id, manifest_sha256, path, title, current_item, last_opened_at"
            " FROM packages ORDER BY last_opened_at DESC LIMIT 1"
        ).fetchone()
        return PackageRecord(*row) if row else None

    def set_current_item(self, package_id: str, item_id: str) -> None:
        """Remember where the annotator is, so reopening resumes there."""
        self._db.execute("UPDATE packages SET current_item=? WHERE package_id=?", (item_id, package_id))

    # -- items -------------------------------------------------------------------------------

    def items(self, package_id: str) -> list[ItemState]:
        """Every queued item of a package in package order."""
        rows = self._db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items WHERE package_id=? AND position>=0 ORDER BY position",
            (package_id,),
        ).fetchall()
        return [_item_from_row(row) for row in rows]

    def item(self, package_id: str, item_id: str) -> ItemState:
        """One item's state; raises WorkspaceError for an unknown item.

        The annotation is shared with other readers and with the item's later versions (it is parsed once
        per stored text): treat it as read-only, and copy it before changing it in place.
        """
        row = self._db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items WHERE package_id=? AND item_id=?", (package_id, item_id)
        ).fetchone()
        if row is None:
            raise WorkspaceError(f"No item '{item_id}' in package '{package_id}' in this workspace")
        return _item_from_row(row, lambda text: self._memo.parsed((package_id, item_id), text))

    def statuses(self, package_id: str) -> dict[str, Status]:
        """Every queued item's status, cheaply (no annotations decoded)."""
        rows = self._db.execute("SELECT item_id, status FROM items WHERE package_id=? AND position>=0", (package_id,))
        return {item_id: Status(status) for item_id, status in rows}

    def bundle_rows(self, package_id: str) -> dict[str, tuple]:
        """Raw stored fields per item for bundle export: status, annotation JSON text, comment, times."""
        rows = self._db.execute(f"SELECT {_BUNDLE_COLUMNS} FROM items WHERE package_id=?", (package_id,))
        return {row[0]: row[1:] for row in rows}

    def revision(self) -> int:
        """The workspace-wide revision: the number the last change to any item took (0 before any)."""
        return self._db.execute("SELECT revision FROM revision_counter").fetchone()[0]

    def changed_rows(self, package_id: str, *, after_revision: int) -> dict[str, tuple]:
        """`bundle_rows` of the items whose revision is above `after_revision`, each with that revision last."""
        rows = self._db.execute(
            f"SELECT {_BUNDLE_COLUMNS}, revision FROM items WHERE package_id=? AND revision>?",
            (package_id, int(after_revision)),
        )
        return {row[0]: row[1:] for row in rows}

    def changed_count(self, package_id: str, *, after_revision: int) -> int:
        """How many queued items changed after `after_revision` (cheap: no annotation is read or decoded)."""
        return self._db.execute(
            "SELECT COUNT(*) FROM items WHERE package_id=? AND revision>? AND position>=0",
            (package_id, int(after_revision)),
        ).fetchone()[0]

    def status_counts(self, package_id: str) -> dict[Status, int]:
        """How many queued items are in each status."""
        counts = {status: 0 for status in Status}
        for status, count in self._db.execute(
            "SELECT status, COUNT(*) FROM items WHERE package_id=? AND position>=0 GROUP BY status", (package_id,)
        ):
            counts[Status(status)] = count
        return counts

    def set_annotation(self, package_id: str, item_id: str, annotation: Any, *, run: bool = False) -> None:
        """Store an item's annotation (any JSON value) and record the change in the history.

        `run`: the change continues a run of typing (or nudging) in this item; if the history's last
        entry is that run's, a few seconds old at most, it is extended instead of a new entry added, so
        typing in a long text keeps one entry per run, not a copy of the text per key.
        """
        # Encoded as dump_json would, re-using the text of every part the item's last value shares with this one.
        value = None if annotation is None else self._memo.encode((package_id, item_id), annotation)
        self._change(package_id, item_id, "annotation", value, run=run)

    def set_status(self, package_id: str, item_id: str, status: Status) -> None:
        """Set todo / done / skipped / flagged, recorded in the history."""
        self._change(package_id, item_id, "status", Status(status).value)

    def set_comment(self, package_id: str, item_id: str, comment: str) -> None:
        """Set the annotator's comment on an item, recorded in the history."""
        self._change(package_id, item_id, "comment", comment)

    def _change(self, package_id: str, item_id: str, column: str, value: str | None, *, run: bool = False) -> None:
        now = self.now()
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute(
                f"SELECT {column} FROM items WHERE package_id=? AND item_id=?", (package_id, item_id)
            ).fetchone()
            if row is None:
                raise WorkspaceError(f"No item '{item_id}' in package '{package_id}' in this workspace")
            db.execute(
                f"UPDATE items SET {column}=?, updated_at=?, created_at=COALESCE(created_at, ?)"
                " WHERE package_id=? AND item_id=?",
                (value, now, now, package_id, item_id),
            )
            self._take_revision(package_id, item_id)
            last = self._run_entry(package_id, item_id, column, now) if run else None
            if last is not None:
                db.execute("UPDATE edits SET after=?, at=? WHERE seq=?", (value, now, last))
            else:
                db.execute(
                    "INSERT INTO edits(package_id, item_id, what, before, after, at) VALUES (?, ?, ?, ?, ?, ?)",
                    (package_id, item_id, column, row[0], value, now),
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _run_entry(self, package_id: str, item_id: str, column: str, now: str) -> int | None:
        """The history's last entry, if it is a change of the same item and field at most RUN_SECONDS old."""
        last = self._db.execute(
            "SELECT seq, package_id, item_id, what, at FROM edits ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if last is None or tuple(last[1:4]) != (package_id, item_id, column):
            return None
        age = (parse_time(now) - parse_time(last[4])).total_seconds()
        return last[0] if 0 <= age <= RUN_SECONDS else None

    def add_time(
        self,
        package_id: str,
        item_id: str,
        *,
        active_ms: int,
        idle_ms: int = 0,
        key_events: int = 0,
        pointer_events: int = 0,
    ) -> None:
        """Add measured active and idle time to an item, and log it (with input-event counts) for the day."""
        now = self.now()
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            updated = db.execute(
                "UPDATE items SET active_ms=active_ms+?, idle_ms=idle_ms+? WHERE package_id=? AND item_id=?",
                (int(active_ms), int(idle_ms), package_id, item_id),
            ).rowcount
            if updated and (active_ms or idle_ms):
                self._take_revision(package_id, item_id)
            db.execute(
                "INSERT INTO time_log(at, package_id, item_id, active_ms, idle_ms, key_events, pointer_events)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (now, package_id, item_id, int(active_ms), int(idle_ms), int(key_events), int(pointer_events)),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _take_revision(self, package_id: str, item_id: str) -> None:
        # Inside the caller's transaction, so a change and its revision commit (or roll back) together.
        self._db.execute("UPDATE revision_counter SET revision=revision+1")
        self._db.execute(
            "UPDATE items SET revision=(SELECT revision FROM revision_counter) WHERE package_id=? AND item_id=?",
            (package_id, item_id),
        )

    def time_log(self, *, since: datetime) -> list[TimeRecord]:
        """Every flush of measured time at or after `since`, oldest first."""
        rows = self._db.execute(
            "SELECT at, package_id, item_id, active_ms, idle_ms, key_events, pointer_events FROM time_log"
            " WHERE at>=? ORDER BY seq",
            (format_time(since),),
        )
        return [TimeRecord(*row) for row in rows]

    def log_break(self, *, kind: str, outcome: str, duration_ms: int) -> None:
        """Record a break in the private log: taken, postponed, skipped or natural."""
        self._db.execute(
            "INSERT INTO break_log(at, kind, outcome, duration_ms) VALUES (?, ?, ?, ?)",
            (self.now(), str(kind), str(outcome), int(duration_ms)),
        )

    def breaks(self, *, since: datetime) -> list[BreakRecord]:
        """Break log rows at or after `since`, oldest first."""
        rows = self._db.execute(
            "SELECT at, kind, outcome, duration_ms FROM break_log WHERE at>=? ORDER BY seq", (format_time(since),)
        )
        return [BreakRecord(*row) for row in rows]

    def done_events(self, *, since: datetime) -> list[DoneRecord]:
        """Items set to done at or after `since` that are still done (an undone 'done' does not count)."""
        rows = self._db.execute(
            "SELECT e.at, e.package_id, e.item_id FROM edits e JOIN items i"
            " ON i.package_id=e.package_id AND i.item_id=e.item_id"
            " WHERE e.what='status' AND e.after='done' AND e.at>=? AND i.status='done'"
            " AND e.seq=(SELECT MAX(seq) FROM edits x WHERE x.package_id=e.package_id AND x.item_id=e.item_id"
            " AND x.what='status')"
            " ORDER BY e.seq",
            (format_time(since),),
        )
        return [DoneRecord(*row) for row in rows]

    def history(self, package_id: str, item_id: str | None = None) -> list[EditRecord]:
        """The edit history, oldest first, of a package or of one item."""
        query = "SELECT seq, package_id, item_id, what, before, after, at FROM edits WHERE package_id=?"
        args: list[Any] = [package_id]
        if item_id is not None:
            query += " AND item_id=?"
            args.append(item_id)
        rows = self._db.execute(query + " ORDER BY seq", args).fetchall()
        return [EditRecord(*row) for row in rows]

    # -- settings ----------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        """A stored setting (any JSON value), or `default`."""
        row = self._db.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        """Store a setting durably."""
        self._db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (key, dump_json(value)),
        )

    def annotator_id(self) -> str:
        """The pseudonymous annotator id, made up once if the user never chose one.

        A read-only workspace cannot make one up: it raises WorkspaceError if none is stored.
        """
        name = self.setting("annotator_id")
        if not name and self.read_only:
            raise WorkspaceError(f"The workspace {self.folder} has no pseudonym yet")
        if not name:
            name = f"anon-{secrets.token_hex(4)}"
            self.set_setting("annotator_id", name)
        return name

    def set_settings(self, values: Iterable[tuple[str, Any]]) -> None:
        """Store several settings in one transaction."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            for key, value in values:
                self.set_setting(key, value)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

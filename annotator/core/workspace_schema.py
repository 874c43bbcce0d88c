"""The workspace's SQLite schema and its numbered migrations (PRAGMA user_version)."""

from __future__ import annotations

import sqlite3

from annotator.core.errors import WorkspaceError

_V1 = """
CREATE TABLE packages(
    package_id TEXT PRIMARY KEY,
    manifest_sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    added_at TEXT NOT NULL,
    last_opened_at TEXT,
    current_item TEXT
);
CREATE TABLE items(
    package_id TEXT NOT NULL REFERENCES packages(package_id),
    item_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'todo',
    annotation TEXT,
    comment TEXT NOT NULL DEFAULT '',
    active_ms INTEGER NOT NULL DEFAULT 0,
    idle_ms INTEGER NOT NULL DEFAULT 0,
    created_at TEXT,
    updated_at TEXT,
    PRIMARY KEY(package_id, item_id)
) WITHOUT ROWID;
CREATE INDEX items_by_position ON items(package_id, position);
CREATE TABLE edits(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    package_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    what TEXT NOT NULL,
    before TEXT,
    after TEXT,
    at TEXT NOT NULL
);
CREATE INDEX edits_by_item ON edits(package_id, item_id, seq);
CREATE TABLE settings(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Private to the worker, never exported: each flush of measured time (so active time per day can be
# summed without a clock of its own) and each break with how it ended.
_V2 = """
CREATE TABLE time_log(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    package_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    active_ms INTEGER NOT NULL,
    idle_ms INTEGER NOT NULL,
    key_events INTEGER NOT NULL DEFAULT 0,
    pointer_events INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX time_log_by_at ON time_log(at);
CREATE TABLE break_log(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    outcome TEXT NOT NULL,
    duration_ms INTEGER NOT NULL
);
CREATE INDEX break_log_by_at ON break_log(at);
CREATE INDEX edits_by_at ON edits(at)
"""

# Change tracking for sync. Every write that changes what a bundle holds for an item takes the next
# workspace-wide revision and stores it on the item, so "what changed since revision r" is one
# indexed query. Items with work from before this version get revision 1, so a first sync sends them.
# The journal records every delta built for a target: pending until the target confirms it; a
# confirmed delta's bytes may be dropped (data NULL), its numbers never are (sequences are not reused).
_V3 = """
ALTER TABLE items ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
CREATE INDEX items_by_revision ON items(package_id, revision);
CREATE TABLE revision_counter(
    only_row INTEGER PRIMARY KEY CHECK (only_row = 0),
    revision INTEGER NOT NULL
);
UPDATE items SET revision=1 WHERE updated_at IS NOT NULL OR active_ms>0 OR idle_ms>0;
INSERT INTO revision_counter(only_row, revision) SELECT 0, COALESCE(MAX(revision), 0) FROM items;
CREATE TABLE sync_journal(
    target_key TEXT NOT NULL,
    package_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    base_revision INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    name TEXT NOT NULL,
    data BLOB,
    item_count INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    confirmed_at TEXT,
    PRIMARY KEY(target_key, package_id, sequence)
)
"""

# Index i holds the script that takes the schema from version i to i + 1.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the database to SCHEMA_VERSION, one transaction per step; refuse newer databases."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            f"This workspace was written by a newer annotator (schema {version}; this one knows "
            f"{SCHEMA_VERSION}). Update the app to open it."
        )
    for step in range(version, SCHEMA_VERSION):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version={step + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

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

# Index i holds the script that takes the schema from version i to i + 1.
MIGRATIONS: tuple[str, ...] = (_V1, _V2)
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

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

# Index i holds the script that takes the schema from version i to i + 1.
MIGRATIONS: tuple[str, ...] = (_V1,)
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

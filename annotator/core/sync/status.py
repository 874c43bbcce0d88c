"""What the status bar and `annotator sync --status` say: the target, the last confirmed sync, the items still to send."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.core.sync.config import AUTO_SETTING, load_config
from annotator.core.sync.journal import SyncJournal
from annotator.core.workspace import Workspace

INBOX = "inbox"


@dataclass(frozen=True)
class SyncStatus:
    """The sync state of one package in one workspace."""

    configured: bool
    description: str
    last_sync_at: str | None
    pending_items: int
    auto: bool


def sync_status(workspace: Workspace, package_id: str | None) -> SyncStatus:
    """The state for `package_id` (None: no package open) against the workspace's target."""
    config = load_config(workspace)
    auto = bool(workspace.setting(AUTO_SETTING, False))
    if config is None:
        return SyncStatus(False, "", None, 0, auto)
    journal = SyncJournal(workspace)
    pending = journal.pending_items(config.key, package_id, workspace) if package_id else 0
    return SyncStatus(True, config.describe(), journal.last_confirmed_at(config.key), pending, auto)


def inbox_folder(workspace: Workspace) -> Path:
    """Where pulled packages and feedback land: `<workspace>/inbox/`."""
    return workspace.folder / INBOX


def worker_workspace(workspace: Workspace) -> Workspace:
    """A second connection to the same workspace, for a sync worker thread; close it when done.

    The app's connection belongs to the UI thread (edits are saved on it at every keystroke). A
    sync in a worker writes its journal through its own connection; SQLite's WAL lets the two write
    in turn (busy timeout) without sharing a transaction. The workspace lock stays with the app, so
    closing this connection releases nothing.
    """
    import sqlite3

    from annotator.core.workspace import DB_NAME

    connection = sqlite3.connect(
        workspace.folder / DB_NAME, isolation_level=None, check_same_thread=False, timeout=30.0
    )
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    sibling = Workspace(workspace.folder, connection, None, workspace._clock)  # noqa: SLF001 - same class family
    sibling.read_only = False  # it writes; only the lock is not its own
    return sibling

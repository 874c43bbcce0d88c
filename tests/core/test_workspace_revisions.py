"""Change tracking for sync: every write that changes an item's bundle entry takes the next revision; old workspaces migrate."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import WorkspaceError
from annotator.core.model import Status
from annotator.core.sync.journal import SyncJournal
from annotator.core.workspace import DB_NAME, Workspace
from annotator.core.workspace_schema import MIGRATIONS, SCHEMA_VERSION
from tests.core.helpers import FakeClock, small_manifest

PKG = "test-pkg"
LABEL = {"labels": ["positive"], "answer": None, "question": None, "unsure": False, "spans": [], "source": "user"}


@pytest.fixture
def workspace(tmp_path: Path):
    """A workspace with the three-item test manifest registered."""
    ws = Workspace.open(tmp_path / "ws", clock=FakeClock())
    ws.register_package(small_manifest(), manifest_sha256="a" * 64, path="p")
    yield ws
    ws.close()


def revisions(ws: Workspace) -> dict[str, int]:
    return {item_id: row[-1] for item_id, row in ws.changed_rows(PKG, after_revision=0).items()}


def test_a_new_workspace_is_at_revision_0_with_nothing_changed(workspace: Workspace) -> None:
    assert workspace.revision() == 0
    assert workspace.changed_rows(PKG, after_revision=0) == {}


def test_each_kind_of_change_takes_the_next_revision(workspace: Workspace) -> None:
    workspace.set_annotation(PKG, "t1", LABEL)
    workspace.set_status(PKG, "t2", Status.DONE)
    workspace.set_comment(PKG, "t3", "unsure")
    assert revisions(workspace) == {"t1": 1, "t2": 2, "t3": 3}
    workspace.add_time(PKG, "t1", active_ms=1_200, idle_ms=30)
    assert workspace.revision() == 4
    assert revisions(workspace) == {"t1": 4, "t2": 2, "t3": 3}


def test_changed_rows_are_bundle_rows_with_the_revision_last(workspace: Workspace) -> None:
    workspace.set_annotation(PKG, "t1", LABEL)
    workspace.set_status(PKG, "t2", Status.SKIPPED)
    bundle_rows = workspace.bundle_rows(PKG)
    changed = workspace.changed_rows(PKG, after_revision=1)
    assert changed == {"t2": (*bundle_rows["t2"], 2)}
    assert workspace.changed_rows(PKG, after_revision=2) == {}


def test_a_time_flush_bumps_the_revision_and_an_empty_one_does_not(workspace: Workspace) -> None:
    workspace.add_time(PKG, "t2", active_ms=500)
    assert (workspace.revision(), revisions(workspace)) == (1, {"t2": 1})
    workspace.add_time(PKG, "t2", active_ms=0, idle_ms=0, key_events=3)
    workspace.add_time(PKG, "nope", active_ms=900)  # no such item: nothing changed, no revision taken
    assert workspace.revision() == 1
    workspace.add_time(PKG, "t2", active_ms=0, idle_ms=40)
    assert (workspace.revision(), revisions(workspace)) == (2, {"t2": 2})


def test_a_refused_change_takes_no_revision(workspace: Workspace) -> None:
    with pytest.raises(WorkspaceError):
        workspace.set_status(PKG, "nope", Status.DONE)
    assert workspace.revision() == 0


def test_revisions_are_workspace_wide_and_survive_reopening(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, clock=FakeClock()) as ws:
        ws.register_package(small_manifest(), manifest_sha256="a" * 64, path="p")
        ws.register_package(small_manifest(package_id="other"), manifest_sha256="b" * 64, path="q")
        ws.set_status(PKG, "t1", Status.DONE)
        ws.set_status("other", "t1", Status.DONE)
    with Workspace.open(folder, clock=FakeClock()) as ws:
        assert ws.revision() == 2
        assert revisions(ws) == {"t1": 1}
        assert {k: v[-1] for k, v in ws.changed_rows("other", after_revision=0).items()} == {"t1": 2}
        ws.set_comment(PKG, "t3", "x")
        assert ws.revision() == 3


def test_changed_count_counts_queued_items_only(workspace: Workspace) -> None:
    workspace.set_status(PKG, "t1", Status.DONE)
    workspace.set_status(PKG, "t3", Status.DONE)
    assert workspace.changed_count(PKG, after_revision=0) == 2
    assert workspace.changed_count(PKG, after_revision=1) == 1
    # t3 leaves the package in an update: its row is still there, but it is not queued to send.
    workspace.register_package(small_manifest(["t1", "t2"]), manifest_sha256="c" * 64, path="p")
    assert workspace.changed_count(PKG, after_revision=0) == 1
    assert set(workspace.changed_rows(PKG, after_revision=0)) == {"t1", "t3"}


# -- migrating a version 2 workspace ---------------------------------------------------------------


def version_2_workspace(folder: Path) -> None:
    """A workspace as the previous release left it: t1 annotated, t2 with time only, t3 untouched."""
    folder.mkdir()
    connection = sqlite3.connect(folder / DB_NAME)
    for script in MIGRATIONS[:2]:
        connection.executescript(script)
    connection.execute("PRAGMA user_version=2")
    connection.execute(
        "INSERT INTO packages(package_id, manifest_sha256, path, title, added_at) VALUES (?, ?, 'p', 'T', 'x')",
        (PKG, "a" * 64),
    )
    connection.executemany(
        "INSERT INTO items(package_id, item_id, position, kind, status, annotation, active_ms, created_at, updated_at)"
        " VALUES (?, ?, ?, 'text', ?, ?, ?, ?, ?)",
        [
            (
                PKG,
                "t1",
                0,
                "done",
                '{"labels":["positive"]}',
                0,
                "2026-01-01T00:00:00.000Z",
                "2026-01-01T00:00:01.000Z",
            ),
            (PKG, "t2", 1, "todo", None, 2_500, None, None),
            (PKG, "t3", 2, "todo", None, 0, None, None),
        ],
    )
    connection.commit()
    connection.close()


def test_a_version_2_workspace_migrates_with_its_work_to_sync(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    version_2_workspace(folder)
    with Workspace.open(folder, clock=FakeClock()) as ws:
        assert ws.revision() == 1
        assert revisions(ws) == {"t1": 1, "t2": 1}
        rows = ws.changed_rows(PKG, after_revision=0)
        assert rows["t1"][:2] == ("done", '{"labels":["positive"]}')
        assert rows["t2"][3] == 2_500
        assert SyncJournal(ws).pending_items("folder-x", PKG) == 2
        ws.set_status(PKG, "t3", Status.FLAGGED)
        assert revisions(ws) == {"t1": 1, "t2": 1, "t3": 2}
    connection = sqlite3.connect(folder / DB_NAME)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    connection.close()


def test_an_empty_version_2_workspace_migrates_to_revision_0(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    connection = sqlite3.connect(folder / DB_NAME)
    for script in MIGRATIONS[:2]:
        connection.executescript(script)
    connection.execute("PRAGMA user_version=2")
    connection.close()
    with Workspace.open(folder) as ws:
        assert ws.revision() == 0

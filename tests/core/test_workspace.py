"""The SQLite workspace: WAL, schema version, the lock, history, statuses, resume and manifest updates."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from annotator.core.edits import annotation_edit, comment_edit, status_edit
from annotator.core.errors import WorkspaceError, WorkspaceLockedError
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.session import PackageSession
from annotator.core.workspace import DB_NAME, EditRecord, Workspace, format_time
from annotator.core.workspace_schema import SCHEMA_VERSION
from tests.core.helpers import FakeClock, small_manifest

PKG = "test-pkg"


@pytest.fixture
def clock() -> FakeClock:
    """A clock that starts at 2026-11-23T14:05:00.123456Z and moves only when told to."""
    return FakeClock()


@pytest.fixture
def workspace(tmp_path: Path, clock: FakeClock):
    """A workspace in tmp_path with the three-item test manifest registered."""
    ws = Workspace.open(tmp_path / "ws", clock=clock)
    ws.register_package(small_manifest(), manifest_sha256="a" * 64, path="/somewhere/pkg.zip")
    yield ws
    ws.close()


def pragma(folder: Path, name: str):
    """Read a PRAGMA through a separate connection, as another process would see the file."""
    connection = sqlite3.connect(folder / DB_NAME)
    try:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        connection.close()


# -- the database file ----------------------------------------------------------------------------


def test_journal_mode_is_wal(workspace: Workspace) -> None:
    assert pragma(workspace.folder, "journal_mode") == "wal"


def test_user_version_is_the_schema_version(workspace: Workspace) -> None:
    assert SCHEMA_VERSION >= 1
    assert pragma(workspace.folder, "user_version") == SCHEMA_VERSION


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    Workspace.open(folder).close()
    connection = sqlite3.connect(folder / DB_NAME)
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    connection.close()

    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(folder)
    assert str(caught.value) == (
        f"This workspace was written by a newer annotator (schema {SCHEMA_VERSION + 1}; this one knows "
        f"{SCHEMA_VERSION}). Update the app to open it."
    )
    # The refusal released the lock: trying again is refused for the schema again, not as "in use".
    with pytest.raises(WorkspaceError) as again:
        Workspace.open(folder)
    assert not isinstance(again.value, WorkspaceLockedError)
    assert pragma(folder, "user_version") == SCHEMA_VERSION + 1


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(WorkspaceError, match=r"The workspace database .* cannot be opened: "):
        Workspace.open(folder)


def test_second_open_is_locked_and_names_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    first = Workspace.open(folder)
    try:
        with pytest.raises(WorkspaceLockedError) as caught:
            Workspace.open(folder)
        message = str(caught.value)
        assert str(folder) in message
        assert message.startswith(f"The workspace {folder} is in use by another annotator window (process ")
    finally:
        first.close()
    second = Workspace.open(folder)
    second.close()


def test_data_survives_close_and_reopen(tmp_path: Path, clock: FakeClock) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, clock=clock) as ws:
        ws.register_package(small_manifest(), manifest_sha256="a" * 64, path="p")
        ws.set_annotation(PKG, "t1", {"labels": ["positive"]})
        ws.set_setting("zoom", 1.5)
    with Workspace.open(folder, clock=clock) as ws:
        assert ws.item(PKG, "t1").annotation == {"labels": ["positive"]}
        assert ws.setting("zoom") == 1.5
        assert ws.setting("missing", "default") == "default"


# -- history and clock ----------------------------------------------------------------------------


def test_history_records_what_before_after_and_at(workspace: Workspace, clock: FakeClock) -> None:
    t0 = "2026-11-23T14:05:00.123Z"
    workspace.set_annotation(PKG, "t1", {"labels": ["positive"], "score": 0.1})
    clock.advance(seconds=1, milliseconds=5)
    workspace.set_annotation(PKG, "t1", None)
    clock.advance(minutes=2)
    workspace.set_status(PKG, "t1", Status.DONE)
    clock.advance(milliseconds=1)
    workspace.set_comment(PKG, "t2", "blurry ✓")

    history = workspace.history(PKG)
    assert [(r.item_id, r.what, r.before, r.after, r.at) for r in history] == [
        ("t1", "annotation", None, '{"labels":["positive"],"score":0.1}', t0),
        ("t1", "annotation", '{"labels":["positive"],"score":0.1}', None, "2026-11-23T14:05:01.128Z"),
        ("t1", "status", "todo", "done", "2026-11-23T14:07:01.128Z"),
        ("t2", "comment", "", "blurry ✓", "2026-11-23T14:07:01.129Z"),
    ]
    assert [r.seq for r in history] == sorted({r.seq for r in history})
    assert all(isinstance(r, EditRecord) and r.package_id == PKG for r in history)
    assert [r.what for r in workspace.history(PKG, "t2")] == ["comment"]
    assert workspace.history(PKG, "t3") == []


def test_a_run_of_typing_keeps_one_history_entry_not_a_copy_per_key(workspace: Workspace, clock: FakeClock) -> None:
    text = "x" * 50_000
    for count in range(1, 201):  # 200 keys typed into a 50,000-character rewrite, 0.2 s apart
        workspace.set_annotation(PKG, "t1", {"text": text + "y" * count}, run=True)
        clock.advance(milliseconds=200)
    runs = workspace.history(PKG, "t1")
    assert len(runs) == 1
    assert (runs[0].before, runs[0].after) == (None, '{"text":"' + text + "y" * 200 + '"}')
    assert workspace.item(PKG, "t1").annotation == {"text": text + "y" * 200}
    # A pause of more than RUN_SECONDS, another item in between, or a change that is not typing: new entries.
    clock.advance(seconds=6)
    workspace.set_annotation(PKG, "t1", {"text": "a"}, run=True)
    workspace.set_annotation(PKG, "t2", {"text": "b"}, run=True)
    workspace.set_annotation(PKG, "t1", {"text": "c"}, run=True)
    workspace.set_annotation(PKG, "t1", {"text": "d"})
    assert [(r.item_id, r.after) for r in workspace.history(PKG)][1:] == [
        ("t1", '{"text":"a"}'),
        ("t2", '{"text":"b"}'),
        ("t1", '{"text":"c"}'),
        ("t1", '{"text":"d"}'),
    ]


def test_injected_clock_gives_exact_item_timestamps(workspace: Workspace, clock: FakeClock) -> None:
    assert workspace.item(PKG, "t1").created_at is None
    workspace.set_status(PKG, "t1", Status.FLAGGED)
    clock.advance(hours=1, microseconds=999)
    workspace.set_comment(PKG, "t1", "x")
    state = workspace.item(PKG, "t1")
    assert state.created_at == "2026-11-23T14:05:00.123Z"
    assert state.updated_at == "2026-11-23T15:05:00.124Z"


def test_format_time_converts_to_utc_with_milliseconds() -> None:
    plus_two = timezone(timedelta(hours=2))
    assert format_time(datetime(2026, 1, 2, 3, 4, 5, 678999, tzinfo=plus_two)) == "2026-01-02T01:04:05.678Z"
    assert format_time(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02T03:04:05.000Z"


def test_changing_an_unknown_item_is_refused_and_records_nothing(workspace: Workspace) -> None:
    with pytest.raises(WorkspaceError, match=r"^No item 'nope' in package 'test-pkg' in this workspace$"):
        workspace.set_annotation(PKG, "nope", {"x": 1})
    with pytest.raises(WorkspaceError, match=r"^No item 't1' in package 'other' in this workspace$"):
        workspace.item("other", "t1")
    assert workspace.history(PKG) == []


def test_annotations_that_are_not_json_are_refused_and_record_nothing(workspace: Workspace) -> None:
    with pytest.raises(ValueError):
        workspace.set_annotation(PKG, "t1", {"x": float("nan")})
    assert workspace.item(PKG, "t1").annotation is None
    assert workspace.history(PKG) == []


# -- statuses, timing, settings -------------------------------------------------------------------


def test_statuses_and_counts(workspace: Workspace) -> None:
    assert workspace.status_counts(PKG) == {Status.TODO: 3, Status.DONE: 0, Status.SKIPPED: 0, Status.FLAGGED: 0}
    workspace.set_status(PKG, "t1", Status.DONE)
    workspace.set_status(PKG, "t2", "skipped")
    workspace.set_status(PKG, "t3", Status.FLAGGED)
    workspace.set_status(PKG, "t3", Status.TODO)
    assert [s.status for s in workspace.items(PKG)] == [Status.DONE, Status.SKIPPED, Status.TODO]
    assert workspace.status_counts(PKG) == {Status.TODO: 1, Status.DONE: 1, Status.SKIPPED: 1, Status.FLAGGED: 0}
    with pytest.raises(ValueError):
        workspace.set_status(PKG, "t1", "finished")
    assert workspace.item(PKG, "t1").status is Status.DONE


def test_time_adds_up(workspace: Workspace) -> None:
    workspace.add_time(PKG, "t2", active_ms=1500, idle_ms=20)
    workspace.add_time(PKG, "t2", active_ms=500)
    state = workspace.item(PKG, "t2")
    assert (state.active_ms, state.idle_ms) == (2000, 20)


def test_annotator_id_is_made_once_and_kept(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        first = ws.annotator_id()
        assert first.startswith("anon-") and len(first) == len("anon-") + 8
        assert ws.annotator_id() == first
        ws.set_settings([("annotator_id", "worker-7"), ("theme", {"dark": True})])
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.annotator_id() == "worker-7"
        assert ws.setting("theme") == {"dark": True}


# -- packages: resume and updates -----------------------------------------------------------------


def test_current_item_resumes(tmp_path: Path, clock: FakeClock) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, clock=clock) as ws:
        record = ws.register_package(small_manifest(), manifest_sha256="a" * 64, path="/p.zip")
        assert record.current_item is None
        assert record.last_opened_at == "2026-11-23T14:05:00.123Z"
        ws.set_current_item(PKG, "t2")
    clock.advance(days=1)
    with Workspace.open(folder, clock=clock) as ws:
        assert ws.package(PKG).current_item == "t2"
        record = ws.register_package(small_manifest(), manifest_sha256="a" * 64, path="/p.zip")
        assert record.current_item == "t2"
        assert record.last_opened_at == "2026-11-24T14:05:00.123Z"
        assert ws.last_package().package_id == PKG


def test_last_package_is_the_most_recently_opened(workspace: Workspace, clock: FakeClock) -> None:
    clock.advance(seconds=1)
    workspace.register_package(small_manifest(["x"], package_id="other"), manifest_sha256="b" * 64, path="o")
    assert workspace.last_package().package_id == "other"
    clock.advance(seconds=1)
    workspace.register_package(small_manifest(), manifest_sha256="a" * 64, path="p")
    assert workspace.last_package().package_id == PKG
    assert workspace.package("never") is None


def test_reregistering_an_updated_manifest_keeps_annotations(workspace: Workspace) -> None:
    workspace.set_annotation(PKG, "t1", {"labels": ["negative"]})
    workspace.set_annotation(PKG, "t2", {"labels": ["positive"]})
    workspace.set_status(PKG, "t2", Status.DONE)
    workspace.set_comment(PKG, "t2", "sure")

    record = workspace.register_package(small_manifest(["t4", "t2", "t3"]), manifest_sha256="c" * 64, path="v2")
    assert record.manifest_sha256 == "c" * 64
    assert record.path == "v2"
    assert [s.item_id for s in workspace.items(PKG)] == ["t4", "t2", "t3"]
    kept = workspace.item(PKG, "t2")
    assert (kept.annotation, kept.status, kept.comment, kept.position) == (
        {"labels": ["positive"]},
        Status.DONE,
        "sure",
        1,
    )
    # t1 left the package: out of the queue and the counts, but its work is kept.
    assert workspace.item(PKG, "t1").position == -1
    assert workspace.item(PKG, "t1").annotation == {"labels": ["negative"]}
    assert sum(workspace.status_counts(PKG).values()) == 3

    workspace.register_package(small_manifest(), manifest_sha256="a" * 64, path="v1")
    assert [s.item_id for s in workspace.items(PKG)] == ["t1", "t2", "t3"]
    assert workspace.item(PKG, "t1").annotation == {"labels": ["negative"]}


# -- edits: apply and revert ----------------------------------------------------------------------


def test_edits_apply_and_revert(workspace: Workspace) -> None:
    edit = annotation_edit(workspace, PKG, "t1", {"labels": ["positive"]}, "Pick label")
    assert (edit.before, edit.after, edit.text) == (None, {"labels": ["positive"]}, "Pick label")
    edit.apply(workspace)
    assert workspace.item(PKG, "t1").annotation == {"labels": ["positive"]}
    edit.revert(workspace)
    assert workspace.item(PKG, "t1").annotation is None

    status = status_edit(workspace, PKG, "t1", Status.SKIPPED, "Skip")
    status.apply(workspace)
    assert workspace.item(PKG, "t1").status is Status.SKIPPED
    status.revert(workspace)
    assert workspace.item(PKG, "t1").status is Status.TODO

    comment = comment_edit(workspace, PKG, "t1", "look again")
    comment.apply(workspace)
    assert workspace.item(PKG, "t1").comment == "look again"
    comment.revert(workspace)
    assert workspace.item(PKG, "t1").comment == ""
    assert [r.what for r in workspace.history(PKG, "t1")] == ["annotation"] * 2 + ["status"] * 2 + ["comment"] * 2


# -- the session over a real package --------------------------------------------------------------


def test_session_resumes_at_the_current_item_and_counts_progress(demo_package: Path, tmp_path: Path) -> None:
    ticks = iter([0.0, 7200.0])
    package = open_package(demo_package)
    try:
        with Workspace.open(tmp_path / "ws") as ws:
            session = PackageSession(package, ws, monotonic=lambda: next(ticks))
            assert session.current_index == 0
            first, second = session.items[0].id, session.items[1].id
            ws.set_status(session.package_id, first, Status.DONE)
            session.record_status(first, Status.DONE)
            assert session.next_unfinished_index() == 1
            session.go_to(5)
            progress = session.progress()
            assert (progress.total, progress.done, progress.todo) == (len(session.items), 1, len(session.items) - 1)
            # One item and no active time recorded: no pace yet (items per ACTIVE hour, once meaningful).
            assert progress.items_per_hour is None and progress.eta_seconds is None
        with Workspace.open(tmp_path / "ws") as ws:
            again = PackageSession(package, ws)
            assert again.current_index == 5
            assert again.status(first) is Status.DONE
            assert again.status(second) is Status.TODO
    finally:
        package.close()

"""The sync journal: deltas pending until confirmed, numbers never reused, everything kept across reopening."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.model import Status
from annotator.core.sync.journal import OutboxEntry, SyncJournal
from annotator.core.workspace import Workspace
from tests.core.helpers import FakeClock, small_manifest

PKG = "test-pkg"
TARGET = "folder-0123456789abcdef"
AT = "2026-11-23T14:05:00.123Z"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def workspace(tmp_path: Path, clock: FakeClock):
    ws = Workspace.open(tmp_path / "ws", clock=clock)
    ws.register_package(small_manifest(), manifest_sha256="a" * 64, path="p")
    yield ws
    ws.close()


def add(journal: SyncJournal, sequence: int, base: int, revision: int, *, target: str = TARGET, items: int = 1) -> None:
    journal.add(
        target,
        PKG,
        sequence=sequence,
        base_revision=base,
        revision=revision,
        name=f"{sequence:08d}-{'0' * 16}.delta.json",
        data=b"delta %d" % sequence,
        item_count=items,
    )


def test_an_empty_journal(workspace: Workspace) -> None:
    journal = SyncJournal(workspace)
    assert journal.pending(TARGET, PKG) == []
    assert journal.next_sequence(TARGET, PKG) == 1
    assert journal.confirmed_revision(TARGET, PKG) == 0
    assert journal.last_revision(TARGET, PKG) == 0
    assert journal.last_confirmed_at(TARGET) is None
    assert journal.pending_items(TARGET, PKG, workspace) == 0


def test_a_delta_is_pending_until_confirmed(workspace: Workspace, clock: FakeClock) -> None:
    journal = SyncJournal(workspace)
    add(journal, 1, 0, 4, items=3)
    assert journal.pending(TARGET, PKG) == [
        OutboxEntry(1, 0, 4, "00000001-0000000000000000.delta.json", b"delta 1", 3, AT)
    ]
    assert journal.confirmed_revision(TARGET, PKG) == 0  # built is not synced
    assert journal.last_revision(TARGET, PKG) == 4
    clock.advance(minutes=2)
    journal.confirm(TARGET, PKG, 1)
    assert journal.pending(TARGET, PKG) == []
    assert journal.confirmed_revision(TARGET, PKG) == 4
    assert journal.last_confirmed_at(TARGET) == "2026-11-23T14:07:00.123Z"
    clock.advance(minutes=5)
    journal.confirm(TARGET, PKG, 1)  # again (an answer lost on the way): keeps the first time
    assert journal.last_confirmed_at(TARGET) == "2026-11-23T14:07:00.123Z"


def test_sequences_are_never_reused(workspace: Workspace) -> None:
    journal = SyncJournal(workspace)
    add(journal, 1, 0, 2)
    journal.confirm(TARGET, PKG, 1)
    assert journal.next_sequence(TARGET, PKG) == 2
    with pytest.raises(ValueError, match="delta 1 for 'test-pkg' is out of turn: the next number is 2"):
        add(journal, 1, 2, 3)
    with pytest.raises(ValueError, match="out of turn"):
        add(journal, 3, 2, 3)  # a gap the lead would see forever
    add(journal, 2, 2, 3)
    assert [entry.sequence for entry in journal.pending(TARGET, PKG)] == [2]


def test_refusals(workspace: Workspace) -> None:
    journal = SyncJournal(workspace)
    with pytest.raises(ValueError, match="base_revision < revision"):
        add(journal, 1, 3, 3)
    with pytest.raises(ValueError, match="no delta 7 for 'test-pkg' in the sync journal"):
        journal.confirm(TARGET, PKG, 7)
    assert journal.next_sequence(TARGET, PKG) == 1


def test_targets_and_packages_are_kept_apart(workspace: Workspace) -> None:
    journal = SyncJournal(workspace)
    add(journal, 1, 0, 2)
    add(journal, 1, 0, 5, target="webdav-x")
    journal.confirm("webdav-x", PKG, 1)
    assert journal.next_sequence("webdav-x", PKG) == 2
    assert journal.next_sequence(TARGET, "other-pkg") == 1
    assert [entry.revision for entry in journal.pending(TARGET, PKG)] == [2]
    assert journal.pending("webdav-x", PKG) == []
    assert (journal.confirmed_revision(TARGET, PKG), journal.confirmed_revision("webdav-x", PKG)) == (0, 5)
    assert journal.last_confirmed_at(TARGET) is None


def test_a_delta_confirmed_past_a_pending_one_does_not_count_yet(workspace: Workspace) -> None:
    journal = SyncJournal(workspace)
    add(journal, 1, 0, 3)
    add(journal, 2, 3, 7)
    journal.confirm(TARGET, PKG, 2)
    assert journal.confirmed_revision(TARGET, PKG) == 0
    journal.confirm(TARGET, PKG, 1)
    assert journal.confirmed_revision(TARGET, PKG) == 7


def test_a_confirmed_full_delta_covers_what_came_before(workspace: Workspace) -> None:
    journal = SyncJournal(workspace)
    add(journal, 1, 0, 3)
    add(journal, 2, 3, 7)
    add(journal, 3, 0, 9)  # full, on demand
    journal.confirm(TARGET, PKG, 3)
    assert journal.confirmed_revision(TARGET, PKG) == 9
    assert [entry.sequence for entry in journal.pending(TARGET, PKG)] == [1, 2]


def test_pending_items_counts_changes_since_the_journal_and_pending_deltas(workspace: Workspace) -> None:
    journal = SyncJournal(workspace)
    workspace.set_status(PKG, "t1", Status.DONE)
    workspace.set_status(PKG, "t2", Status.DONE)
    assert journal.pending_items(TARGET, PKG, workspace) == 2
    add(journal, 1, 0, workspace.revision(), items=2)
    assert journal.pending_items(TARGET, PKG, workspace) == 2  # built, not confirmed: still to sync
    workspace.set_comment(PKG, "t3", "later")
    workspace.set_comment(PKG, "t1", "again")
    assert journal.pending_items(TARGET, PKG) == 4  # t1 will go twice: in delta 1 and in the next
    journal.confirm(TARGET, PKG, 1)
    assert journal.pending_items(TARGET, PKG) == 2


def test_the_journal_survives_reopening(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, clock=FakeClock()) as ws:
        journal = SyncJournal(ws)
        add(journal, 1, 0, 2)
        journal.confirm(TARGET, PKG, 1)
        add(journal, 2, 2, 6, items=4)
    with Workspace.open(folder, clock=FakeClock()) as ws:
        journal = SyncJournal(ws)
        assert journal.pending(TARGET, PKG) == [
            OutboxEntry(2, 2, 6, "00000002-0000000000000000.delta.json", b"delta 2", 4, AT)
        ]
        assert journal.confirmed_revision(TARGET, PKG) == 2
        assert journal.last_confirmed_at(TARGET) == AT
        assert journal.next_sequence(TARGET, PKG) == 3


def test_a_read_only_workspace_reads_the_journal(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, clock=FakeClock()) as ws:
        add(SyncJournal(ws), 1, 0, 2)
        with Workspace.open(folder, read_only=True) as reader:
            assert [entry.sequence for entry in SyncJournal(reader).pending(TARGET, PKG)] == [1]

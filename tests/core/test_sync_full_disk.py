"""A sync onto a really full disk (a 64 KiB tmpfs): the remote files stay as they were, the journal does not move on, the error names the file.

Then, with room again, the same push sends what was left and the lead's bundle holds all of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.sync import layout
from annotator.core.sync.delta import read_delta
from annotator.core.sync.folder_target import TEMP_FOLDER, FolderTarget
from annotator.core.sync.journal import SyncJournal
from annotator.core.sync.target import SyncError, TransientError
from tests.conftest import fill_disk
from tests.core.sync.people import TARGET_KEY, Annotator, package_zip

NO_SPACE = "cannot write (No space left on device)"


def remote_files(root: Path) -> dict[str, bytes]:
    """Every file under the target folder but the filler, by relative path, with its bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != "filler"
    }


def test_a_push_onto_a_full_disk_changes_nothing_there_and_leaves_the_delta_pending(
    tiny_disk: Path, tmp_path: Path
) -> None:
    target = FolderTarget(tiny_disk)
    target.put("packages/p.zip", package_zip(tmp_path, count=4))
    ada = Annotator(tmp_path, "ada")
    ada.pull(target)
    ada.label("t00", "positive")
    ada.push(target)
    journal = SyncJournal(ada.workspace)
    confirmed = journal.confirmed_revision(TARGET_KEY, "team-pkg")
    before = remote_files(tiny_disk)
    assert layout.annotator_manifest("ada") in before

    ada.label("t01", "negative")
    filler = fill_disk(tiny_disk)
    with pytest.raises(SyncError) as caught:
        ada.push(target)

    # Told: the file that could not be written, and why; transient, so the app will try again later.
    assert isinstance(caught.value, TransientError)
    message = str(caught.value)
    assert message.startswith(str(tiny_disk / "bundles" / "team-pkg" / "ada")) and message.endswith(NO_SPACE)
    # Nothing there changed, and no temp file is left behind.
    assert remote_files(tiny_disk) == before
    assert list((tiny_disk / TEMP_FOLDER).glob("*")) == []
    # The journal did not move on: the new delta waits, unconfirmed, with its bytes.
    assert journal.confirmed_revision(TARGET_KEY, "team-pkg") == confirmed
    (pending,) = journal.pending(TARGET_KEY, "team-pkg")
    assert pending.sequence == 2 and pending.data

    # Room again: the next push sends exactly that delta, and the remote holds all the work.
    filler.unlink()
    _plan, result = ada.push(target)
    assert result.sent == 1
    assert journal.pending(TARGET_KEY, "team-pkg") == []
    assert journal.confirmed_revision(TARGET_KEY, "team-pkg") == ada.workspace.revision()
    sent = tiny_disk / result.names[0]
    assert read_delta(sent)["sequence"] == 2
    assert [item["id"] for item in read_delta(sent)["items"]] == ["t01"]
    ada.workspace.close()

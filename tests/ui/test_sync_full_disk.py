"""Sync in the window onto a really full disk (a 64 KiB tmpfs): the user is told why, nothing there changes, nothing is lost.

Driven by keys as in tests/ui/test_sync_ui.py, whose helpers (and its quick-retry and no-keyring
fixtures) this reuses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from annotator.core.sync.status import sync_status
from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow
from tests.conftest import fill_disk
from tests.core.test_timing import FakeMonotonic
from tests.ui.test_sync_ui import (  # noqa: F401 - the two fixtures are used by name
    delta_files,
    label,
    mark_done,
    no_keyring,
    quick_retries,
    send,
    set_up_folder,
    sync_with_preview,
)
from tests.ui.windows import open_window

NO_SPACE = "No space left on device"


@pytest.fixture
def win(qtbot, workspace: Workspace, demo_package: Path) -> MainWindow:
    # A clock that stands still, as in test_sync_ui.py: only the edits below change what a sync sends.
    return open_window(qtbot, workspace, demo_package, monotonic=FakeMonotonic())


def files_under(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_full_sync_disk_is_shown_with_its_reason_and_the_work_waits(
    qtbot, win: MainWindow, workspace: Workspace, tiny_disk: Path
) -> None:
    set_up_folder(qtbot, win, tiny_disk)
    mark_done(qtbot, win, 1)
    send(qtbot, win, sync_with_preview(qtbot, win))  # a first sync that fits
    annotator = workspace.annotator_id()
    first = delta_files(tiny_disk, annotator)
    assert len(first) == 1

    mark_done(qtbot, win, 1)
    filler = fill_disk(tiny_disk)
    before = files_under(tiny_disk)
    said = send(qtbot, win, sync_with_preview(qtbot, win), fails=True)

    # Told: the file it could not write and why, in the status bar and in the sync label's tooltip.
    assert NO_SPACE in said and str(tiny_disk / "bundles" / "demo" / annotator) in said
    assert NO_SPACE in win.statusBar().currentMessage()
    assert label(win) == "Sync: offline — 1 item wait"
    sync_label = win.statusBar().findChild(QLabel, "sync_label")
    assert sync_label is not None and NO_SPACE in sync_label.toolTip()
    assert win.findChild(QWidget, "error_box") is None  # it clears by itself: no box to dismiss
    # Nothing there changed; the work waits in the journal.
    assert files_under(tiny_disk) == before
    assert sync_status(workspace, "demo").pending_items == 1

    filler.unlink()  # room again: the same work goes, and the label says so
    preview = sync_with_preview(qtbot, win)
    documents = preview.plan.documents()
    send(qtbot, win, preview)
    assert [path.read_bytes() for path in delta_files(tiny_disk, annotator)][1:] == documents
    assert label(win).startswith("Sync: up to date")
    assert sync_status(workspace, "demo").pending_items == 0

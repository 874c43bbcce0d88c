"""Fixtures for UI tests: a workspace in tmp_path and a main window showing the demo package."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.playback.fake_output import BackendTap, FakeOutputBackend
from annotator.core.playback.player import Player
from annotator.core.workspace import Workspace
from annotator.ui.dialogs.pseudonym import store_pseudonym
from annotator.ui.editors import transcription
from annotator.ui.main_window import MainWindow
from tests.ui.windows import open_window


@pytest.fixture
def workspace(tmp_path: Path):
    """A fresh workspace, closed (and unlocked) after the test."""
    ws = Workspace.open(tmp_path / "ws")
    # As once the first export's question was answered, so exporting goes straight to the preview
    # (tests/ui/test_pseudonym.py asks it).
    store_pseudonym(ws, ws.annotator_id())
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace: Workspace, demo_package: Path) -> MainWindow:
    """The main window, shown and active, with the demo's first item on screen."""
    return open_window(qtbot, workspace, demo_package)


@pytest.fixture
def tap(monkeypatch: pytest.MonkeyPatch):
    """Every player the transcription editor makes plays on one paced fake sound card, tapped so each
    block handed to it can be checked; `tap.backend.available` unplugs it. Players are closed after."""
    tapped = BackendTap(FakeOutputBackend(samplerate=8000, channels=1, period=256))
    players: list[Player] = []

    def make_player() -> Player:
        players.append(Player(backend=tapped))
        return players[-1]

    monkeypatch.setattr(transcription, "Player", make_player)
    yield tapped
    for player in players:
        player.close()

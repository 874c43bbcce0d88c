"""The status bar around a break, on a fake clock: a heads-up before, 'break now' during, the next break after."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from annotator.core.breaks import SETTINGS_KEY, BreakSettings
from annotator.core.workspace import Workspace
from annotator.ui.break_overlay import KEY_GRACE_S, BreakOverlay
from annotator.ui.main_window import MainWindow
from tests.core.test_timing import FakeMonotonic
from tests.ui.windows import open_window


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def win(qtbot, workspace: Workspace, demo_package: Path, mono: FakeMonotonic) -> MainWindow:
    # A late heads-up (8 s, as after a pause): the break comes within the 15 s its message stays.
    workspace.set_setting(SETTINGS_KEY, BreakSettings(heads_up_s=8).to_dict())
    window = open_window(qtbot, workspace, demo_package, monotonic=mono)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def overlay(window: MainWindow) -> BreakOverlay:
    found = window.findChild(BreakOverlay, "break_overlay")
    assert found is not None
    return found


def status_bar_says(window: MainWindow) -> str:
    """Everything the status bar shows now: its message (or the item line under it), and its labels."""
    bar = window.statusBar()
    shown = [label.text() for label in bar.findChildren(QLabel) if label.isVisible() and label.text()]
    return " | ".join([bar.currentMessage(), *shown])


def type_for(qtbot, window: MainWindow, mono: FakeMonotonic, seconds: int, *, every: int = 1) -> None:
    """A key (Shift, harmless) every `every` seconds, the UI timer polling before and after each."""
    for _ in range(seconds // every):
        mono.advance(every)
        window.breaks.poll()
        if overlay(window).isVisible():
            return
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Shift)
        window.breaks.poll()


def wait_for(window: MainWindow, mono: FakeMonotonic, seconds: float) -> None:
    """No input; the UI timer polls twice a second."""
    for _ in range(int(seconds * 2)):
        mono.advance(0.5)
        window.breaks.poll()


def test_a_break_that_waited_for_a_pause_in_typing_is_not_announced_while_it_is_on(
    qtbot, win: MainWindow, mono: FakeMonotonic
) -> None:
    type_for(qtbot, win, mono, 20 * 60 - 7)
    assert win.statusBar().currentMessage() == "Micro break in about 8 s — it waits for a pause in your typing."
    type_for(qtbot, win, mono, 8)  # due, but typing goes on: the break waits
    assert not overlay(win).isVisible()
    with qtbot.waitSignal(win.break_started, timeout=2_000):
        wait_for(win, mono, 3.5)  # the pause it waited for
    assert overlay(win).isVisible()
    for _ in range(3):  # the countdown runs; the heads-up's 15 s would still be on the bar
        said = status_bar_says(win)
        assert "in about" not in said and "waits for a pause" not in said, said
        assert "Next micro break" not in said, said
        assert win.break_label.text() == "Micro-break now"
        wait_for(win, mono, 5)
    with qtbot.waitSignal(win.break_ended) as ended:
        wait_for(win, mono, 6)
    assert ended.args == ["micro", "taken"]
    assert not overlay(win).isVisible()
    assert win.break_label.text() == "Next micro break in 20 min"
    assert "in about" not in status_bar_says(win)


def test_after_a_postponed_break_the_bar_tells_the_next_one_and_warns_again_before_it(
    qtbot, win: MainWindow, mono: FakeMonotonic
) -> None:
    type_for(qtbot, win, mono, 20 * 60 - 7)
    with qtbot.waitSignal(win.break_started, timeout=2_000):
        type_for(qtbot, win, mono, 8)
        wait_for(win, mono, 3.5)
    shown = overlay(win)
    assert "in about" not in status_bar_says(win)
    mono.advance(KEY_GRACE_S)
    with qtbot.waitSignal(win.break_ended) as ended:
        qtbot.keyClick(shown, Qt.Key.Key_P)
    assert ended.args == ["micro", "postponed"]
    assert win.break_label.text() == "Next micro break in 5 min"
    assert "in about" not in status_bar_says(win)
    type_for(qtbot, win, mono, 5 * 60 - 5)
    assert "Micro break in about" in win.statusBar().currentMessage()

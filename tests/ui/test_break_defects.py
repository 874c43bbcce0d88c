"""What an annotator hit around breaks and time, driven in the window with keys on a fake clock.

Natural breaks counted as idle in the bundle, a pace on wall time that disagreed with the dashboard,
a break screen that silently ignored keys and cut its advice off, a stale heads-up in the status bar,
and the time to the next break lost on restart.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from annotator.core.breaks import SETTINGS_KEY, BreakKind, BreakSettings
from annotator.core.session import Progress
from annotator.core.workspace import Workspace
from annotator.ui.break_overlay import BreakOverlay
from annotator.ui.main_window import MainWindow
from annotator.ui.widgets.progress import format_progress
from tests.core.test_timing import FakeMonotonic
from tests.ui.windows import open_window

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


def open_at(qtbot, workspace: Workspace, demo_package: Path, mono: FakeMonotonic) -> MainWindow:
    win = open_window(qtbot, workspace, demo_package, monotonic=mono)
    qtbot.waitUntil(win.isActiveWindow)
    return win


def overlay(window: MainWindow) -> BreakOverlay:
    found = window.findChild(BreakOverlay, "break_overlay")
    assert found is not None
    return found


def key(qtbot, window: MainWindow) -> None:
    """A harmless key (Shift) to whatever has the keyboard: input, nothing else."""
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Shift)


def type_for(qtbot, window: MainWindow, mono: FakeMonotonic, seconds: int, *, every: int = 1) -> None:
    """Work: a key every `every` seconds, the UI timer polling before each key (as it does, twice a second)."""
    for _ in range(seconds // every):
        mono.advance(every)
        window.breaks.poll()
        if overlay(window).isVisible():
            return
        key(qtbot, window)
        window.breaks.poll()


def away_for(window: MainWindow, mono: FakeMonotonic, seconds: int) -> None:
    """No input at all, the UI timer polling every second."""
    for _ in range(seconds):
        mono.advance(1)
        window.breaks.poll()


def finish_item(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# -- 1. a natural break is neither active nor idle time ---------------------------------------------


def test_a_long_pause_logged_as_a_natural_break_is_not_idle_in_the_bundle(
    qtbot, workspace: Workspace, demo_package: Path, mono: FakeMonotonic, tmp_path: Path
) -> None:
    # A 90 s micro-break, so that a pause of 80 s is idle (past the 60 s threshold) but no break.
    workspace.set_setting(SETTINGS_KEY, BreakSettings(micro_length_s=90).to_dict())
    win = open_at(qtbot, workspace, demo_package, mono)
    item = win.session.current_item.id
    type_for(qtbot, win, mono, 60)
    away_for(win, mono, 80)  # a minute of reading (active), then 20 s idle
    key(qtbot, win)
    type_for(qtbot, win, mono, 30)
    away_for(win, mono, 6 * 60)  # longer than the rest break: a natural break after a minute of reading
    key(qtbot, win)
    type_for(qtbot, win, mono, 20)
    finish_item(qtbot, win)
    assert win.session.current_item.id != item
    with qtbot.waitSignal(win.bundle_exported, timeout=10_000):
        win.export_bundle(tmp_path / "out.bundle.json")
    bundle = json.loads((tmp_path / "out.bundle.json").read_text(encoding="utf-8"))
    timing = next(entry["timing"] for entry in bundle["items"] if entry["id"] == item)
    assert timing == {"active_ms": (60 + 60 + 30 + 60 + 20) * 1000, "idle_ms": 20_000}
    log = [(row.kind, row.outcome, row.duration_ms) for row in workspace.breaks(since=EPOCH)]
    assert log == [("rest", "natural", 6 * 60 * 1000)]


# -- 2. one pace: items per active hour, the same in the status bar and on the dashboard -----------


def test_the_status_bar_pace_is_the_dashboards_on_active_time(
    qtbot, workspace: Workspace, demo_package: Path, mono: FakeMonotonic
) -> None:
    win = open_at(qtbot, workspace, demo_package, mono)
    assert win.progress_label.text() == "0 / 54 done · 54 items left · pace after a few items"
    type_for(qtbot, win, mono, 30, every=5)
    finish_item(qtbot, win)
    assert win.progress_label.text() == "1 / 54 done · 53 items left · pace after a few items"
    away_for(win, mono, 10 * 60)  # a minute of reading, then a natural break: neither counts as pace
    key(qtbot, win)
    type_for(qtbot, win, mono, 90, every=5)
    finish_item(qtbot, win)
    type_for(qtbot, win, mono, 90, every=5)
    finish_item(qtbot, win)
    # 3 items in 30 + 60 + 90 + 90 s of active time: 40 per active hour; 51 to go take 1 hour 16 min.
    assert win.progress_label.text() == "3 / 54 done · 51 items left · 40.0 items/h · about 1 hour 16 min left"
    qtbot.keyClick(win, Qt.Key.Key_D, CTRL_SHIFT)
    board = win.findChild(QWidget, "dashboard")
    assert board is not None and board.isVisible()
    assert board.findChild(QLabel, "dash_pace").text() == "40.0"
    assert board.figures.today.items_per_hour == pytest.approx(40.0)


@pytest.mark.parametrize(
    ("progress", "text"),
    [
        (Progress(39, 0, 0, 0, 39, None, None), "0 / 39 done · 39 items left · pace after a few items"),
        (Progress(2, 1, 0, 0, 1, None, None), "1 / 2 done · 1 item left · pace after a few items"),
        (Progress(2, 2, 0, 0, 0, 30.0, None), "2 / 2 done · nothing left to do"),
        (Progress(30, 10, 1, 2, 17, 17.0, 3600.0), "10 / 30 done · 2 flagged · 1 skipped · 17 items left · "
         "17.0 items/h · about 1 hour left"),
        (Progress(30, 10, 0, 0, 20, 9.6, 7500.0), "10 / 30 done · 20 items left · 9.6 items/h · about 2 hours 5 min left"),
        (Progress(99, 1, 0, 0, 98, 1.2, 82 * 3600.0), "1 / 99 done · 98 items left · 1.2 items/h · about 82 hours left"),
        (Progress(9, 5, 0, 0, 4, 0.0, None), "5 / 9 done · 4 items left · 0.0 items/h"),
    ],
)
def test_progress_reads_right_for_none_one_and_many(progress: Progress, text: str) -> None:
    assert format_progress(progress) == text


# -- 3. the break screen: keys visibly not live yet, advice not cut off, an honest status bar ------


def test_the_break_screen_shows_that_its_keys_are_not_live_yet(qtbot, workspace, demo_package, mono) -> None:
    win = open_at(qtbot, workspace, demo_package, mono)
    qtbot.keyClick(win, Qt.Key.Key_B, CTRL_SHIFT)
    shown = overlay(win)
    keys = shown.findChild(QLabel, "break_keys")
    assert shown.isVisible()
    assert not keys.isEnabled()
    assert keys.text() == "P  postpone once   ·   Esc  skip   ·   or just wait   (keys in 2 s…)"
    qtbot.keyClick(shown, Qt.Key.Key_Escape)  # typed on from the work: ignored, as the hint says
    assert shown.isVisible()
    mono.advance(1)
    qtbot.waitUntil(lambda: keys.text().endswith("(keys in 1 s…)"))
    assert not keys.isEnabled()
    with qtbot.waitSignal(shown.keys_enabled, timeout=2_000):
        mono.advance(0.5)
    assert keys.isEnabled()
    assert keys.text() == "P  postpone once   ·   Esc  skip   ·   or just wait"
    with qtbot.waitSignal(win.break_ended) as ended:
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert ended.args == ["micro", "skipped"]


def _fits(label: QLabel) -> bool:
    """The label needs no more height, at the width the layout gave it, than it got: nothing is cut off."""
    return label.heightForWidth(label.width()) <= label.height()


@pytest.mark.parametrize("size", [(1024, 640), (2560, 1440)])
def test_the_advice_is_wrapped_and_never_cut_off(qtbot, workspace, demo_package, mono, size) -> None:
    win = open_at(qtbot, workspace, demo_package, mono)
    win.resize(*size)
    qtbot.waitUntil(lambda: (win.width(), win.height()) == size)
    qtbot.keyClick(win, Qt.Key.Key_B, CTRL_SHIFT)
    shown = overlay(win)
    for kind in (BreakKind.MICRO, BreakKind.REST, BreakKind.DAILY):
        if kind is not BreakKind.MICRO:
            shown.show_break(kind, seconds_left=None if kind is BreakKind.DAILY else 300, can_postpone=False)
        qtbot.waitUntil(lambda: shown.geometry() == win.rect())
        labels = [shown.findChild(QLabel, name) for name in ("break_title", "break_countdown", "break_suggestion")]
        labels.append(shown.findChild(QLabel, "break_keys"))
        visible = [label for label in labels if label.isVisible()]
        qtbot.waitUntil(lambda visible=visible: all(_fits(label) for label in visible))
        suggestion = labels[2]
        assert suggestion.wordWrap() and suggestion.text()
        for upper, lower in zip(visible, visible[1:], strict=False):
            assert upper.geometry().bottom() < lower.geometry().top(), (kind, upper.objectName(), lower.objectName())
        assert all(shown.rect().contains(label.geometry()) for label in visible)


def test_the_status_bar_says_a_break_is_on_and_afterwards_when_the_next_is(
    qtbot, workspace, demo_package, mono
) -> None:
    win = open_at(qtbot, workspace, demo_package, mono)
    type_for(qtbot, win, mono, 20 * 60 - 40, every=5)
    type_for(qtbot, win, mono, 15, every=5)
    assert win.statusBar().currentMessage().startswith("Micro break in about")
    qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_B, CTRL_SHIFT)
    assert overlay(win).isVisible()
    assert win.statusBar().currentMessage() == ""
    assert win.break_label.text() == "Micro-break now"
    assert win.item_label.isVisible()  # the heads-up no longer stands in its place
    mono.advance(20)
    with qtbot.waitSignal(win.break_ended) as ended:
        win.breaks.poll()
    assert ended.args == ["micro", "taken"]
    assert win.statusBar().currentMessage() == ""
    assert win.break_label.text() == "Next micro break in 20 min"


# -- 4. the time to the next break survives a restart ---------------------------------------------


def test_the_time_to_the_next_break_survives_closing_and_reopening(
    qtbot, workspace: Workspace, demo_package: Path, mono: FakeMonotonic
) -> None:
    first = open_at(qtbot, workspace, demo_package, mono)
    type_for(qtbot, first, mono, 15 * 60, every=5)
    assert first.break_label.text() == "Next micro break in 5 min"
    first.close()
    later = FakeMonotonic(start=50_000.0)  # a new process: its monotonic clock starts anywhere
    second = open_at(qtbot, workspace, demo_package, later)
    assert second.break_label.text() == "Next micro break in 5 min"
    type_for(qtbot, second, later, 5 * 60 - 10, every=5)
    assert not overlay(second).isVisible()
    with qtbot.waitSignal(second.break_started, timeout=2_000) as started:
        type_for(qtbot, second, later, 60, every=5)
    assert started.args == ["micro"]
    assert second.breaks.clock.active_ms() == 5 * 60 * 1000

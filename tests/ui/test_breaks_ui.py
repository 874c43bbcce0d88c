"""Breaks in the window, driven by real key events on a fake clock: overlay, keys, log, dashboard, settings."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox, QWidget

from annotator.core.breaks import SETTINGS_KEY, BreakSettings
from annotator.core.model import Status
from annotator.core.workspace import Workspace
from annotator.ui.break_overlay import BreakOverlay
from annotator.ui.main_window import MainWindow
from tests.core.test_timing import FakeMonotonic
from tests.ui.windows import open_window

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


def open_window_at(qtbot, workspace: Workspace, demo_package: Path, mono: FakeMonotonic) -> MainWindow:
    win = open_window(qtbot, workspace, demo_package, monotonic=mono)
    qtbot.waitUntil(win.isActiveWindow)
    return win


@pytest.fixture
def win(qtbot, workspace: Workspace, demo_package: Path, mono: FakeMonotonic) -> MainWindow:
    return open_window_at(qtbot, workspace, demo_package, mono)


def overlay(window: MainWindow) -> BreakOverlay:
    found = window.findChild(BreakOverlay, "break_overlay")
    assert found is not None
    return found


def work(qtbot, window: MainWindow, mono: FakeMonotonic, seconds: int, *, every: int = 5) -> None:
    """A person at work: a key (Shift, harmless everywhere) every `every` seconds, the UI timer polling."""
    for _ in range(seconds // every):
        mono.advance(every)
        window.breaks.poll()  # the timer's poll in the quiet moment before the key
        if overlay(window).isVisible():
            return
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Shift)
        window.breaks.poll()


def test_the_break_screen_appears_after_twenty_minutes_of_work(qtbot, win: MainWindow, mono) -> None:
    work(qtbot, win, mono, 20 * 60 - 40)
    assert not overlay(win).isVisible()
    work(qtbot, win, mono, 15)
    assert "Micro break in about" in win.statusBar().currentMessage()
    with qtbot.waitSignal(win.break_started, timeout=2_000) as started:
        work(qtbot, win, mono, 60)
    assert started.args == ["micro"]
    shown = overlay(win)
    assert shown.isVisible() and shown.geometry() == win.rect()
    assert shown.findChild(QLabel, "break_countdown").text() == "0:20"
    assert "Look away" in shown.findChild(QLabel, "break_suggestion").text()
    assert QApplication.focusWidget() is shown
    assert win.actions_by_id["break.skip"].isEnabled()


def test_p_postpones_once_then_only_esc_skips_and_the_log_records_both(
    qtbot, win: MainWindow, workspace: Workspace, mono
) -> None:
    win.breaks.take_now()
    shown = overlay(win)
    assert shown.isVisible()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)  # typed on from the work: ignored for a moment
    assert shown.isVisible()
    mono.advance(2)
    with qtbot.waitSignal(win.break_ended) as ended:
        qtbot.keyClick(shown, Qt.Key.Key_P)
    assert ended.args == ["micro", "postponed"]
    assert not shown.isVisible()
    with qtbot.waitSignal(win.break_started, timeout=2_000):
        work(qtbot, win, mono, 6 * 60)
    assert "postponed once already" in shown.findChild(QLabel, "break_keys").text()
    assert not win.actions_by_id["break.postpone"].isEnabled()
    mono.advance(2)
    qtbot.keyClick(shown, Qt.Key.Key_P)
    assert shown.isVisible()  # no second postpone
    with qtbot.waitSignal(win.break_ended) as ended:
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert ended.args == ["micro", "skipped"]
    log = [(row.kind, row.outcome, row.duration_ms) for row in workspace.breaks(since=EPOCH)]
    assert log == [("micro", "postponed", 2_000), ("micro", "skipped", 2_000)]


def test_a_break_ends_by_itself_and_work_resumes_where_it_was(
    qtbot, win: MainWindow, workspace: Workspace, mono
) -> None:
    before_item = win.session.current_item.id
    before_focus = QApplication.focusWidget()
    assert before_focus is not None
    qtbot.keyClick(win, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert overlay(win).isVisible()
    mono.advance(10)
    win.breaks.poll()
    assert overlay(win).findChild(QLabel, "break_countdown").text() == "0:10"
    mono.advance(10)
    with qtbot.waitSignal(win.break_ended) as ended:
        win.breaks.poll()
    assert ended.args == ["micro", "taken"]
    assert not overlay(win).isVisible()
    assert QApplication.focusWidget() is before_focus
    assert win.session.current_item.id == before_item
    assert [(r.outcome, r.duration_ms) for r in workspace.breaks(since=EPOCH)] == [("taken", 20_000)]
    # The twenty seconds of break are nobody's work time.
    win.breaks.flush()
    assert workspace.item("demo", before_item).active_ms < 2_000


def test_the_dashboard_shows_the_figures_computed_from_the_log(
    qtbot, win: MainWindow, workspace: Workspace, mono
) -> None:
    for _ in range(3):  # three items done by keys, a minute and a half of work each
        work(qtbot, win, mono, 90)
        qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    workspace.log_break(kind="micro", outcome="taken", duration_ms=20_000)
    workspace.log_break(kind="micro", outcome="skipped", duration_ms=1_000)
    workspace.log_break(kind="rest", outcome="postponed", duration_ms=3_000)
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    board = win.findChild(QWidget, "dashboard")
    assert board is not None and board.isVisible()
    active_ms = sum(row.active_ms for row in workspace.time_log(since=EPOCH))
    assert 270_000 <= active_ms <= 275_000
    assert board.findChild(QLabel, "dash_active").text() == "4 min"
    assert board.findChild(QLabel, "dash_items").text() == "3"
    assert board.findChild(QLabel, "dash_pace").text() == f"{3 / (active_ms / 3_600_000):.1f}"
    assert board.findChild(QLabel, "dash_breaks").text() == "1 taken · 0 natural · 1 postponed · 1 skipped"
    pay = f"USD {3 * 0.04:.2f} by item · USD {12.0 * active_ms / 3_600_000:.2f} by active hour"
    assert board.findChild(QLabel, "dash_earnings").text() == pay
    hours = board.chart.hours()
    assert len(hours) == 7 and hours[-1] == pytest.approx(active_ms / 3_600_000) and hours[:-1] == [0.0] * 6
    assert [workspace.item("demo", i).status for i in ("img-astronaut", "img-coffee", "img-chelsea")] == [
        Status.DONE
    ] * 3


def test_keys_count_as_activity_but_only_their_number_is_kept(
    qtbot, win: MainWindow, workspace: Workspace, mono
) -> None:
    item = win.session.current_item.id
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Shift):
        mono.advance(1)
        qtbot.keyClick(win.focusWidget(), key)
    mono.advance(100)
    win.breaks.flush()
    rows = workspace.time_log(since=EPOCH)
    assert sum(r.key_events for r in rows) == 3
    assert workspace.item("demo", item).active_ms == 3_000 + 60_000
    assert workspace.item("demo", item).idle_ms == 40_000
    # Audio playback keeps time active through the public hook (the transcription editor calls it).
    for _ in range(12):
        mono.advance(10)
        win.breaks.monitor.note_activity()
    win.breaks.flush()
    # The first ten seconds came after a long pause and are idle; from the first tick on it is work.
    assert workspace.item("demo", item).active_ms == 63_000 + 110_000
    assert workspace.item("demo", item).idle_ms == 40_000 + 10_000


def test_moving_to_another_item_gives_it_its_own_time(qtbot, win: MainWindow, workspace: Workspace, mono) -> None:
    work(qtbot, win, mono, 30)
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    work(qtbot, win, mono, 10)
    win.close()
    assert workspace.item("demo", "img-astronaut").active_ms == 30_000
    assert workspace.item("demo", "img-coffee").active_ms == 10_000


def test_when_the_window_is_not_in_front_the_desktop_is_notified(qtbot, win: MainWindow, mono) -> None:
    sent: list[tuple[str, str]] = []

    class FakeNotifier:
        def notify(self, title: str, text: str) -> bool:
            sent.append((title, text))
            return True

    win.breaks.notifier = FakeNotifier()
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not win.isActiveWindow())
    mono.advance(5)
    win.breaks.take_now()
    assert sent == [("Micro-break: 0:20", "Look away from the screen, at something far away. Blink a few times.")]
    assert overlay(win).isVisible()


def test_break_and_idle_settings_persist_across_reopening(qtbot, tmp_path: Path, demo_package: Path, mono) -> None:
    workspace = Workspace.open(tmp_path / "own")
    try:
        win = open_window_at(qtbot, workspace, demo_package, mono)
        qtbot.keyClick(win, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        dialog = win.findChild(QWidget, "break_settings")
        assert dialog is not None and dialog.isVisible()
        for name, value in (("micro_every_s", "15"), ("idle_threshold_s", "90")):
            spin = dialog.findChild(QSpinBox, name)
            spin.setFocus()
            qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(spin, value)
        qtbot.keyClick(dialog.findChild(QWidget, "daily_limit_enabled"), Qt.Key.Key_Space)
        qtbot.keyClick(dialog.findChild(QSpinBox, "idle_threshold_s"), Qt.Key.Key_Return)
        assert not dialog.isVisible()
        assert win.breaks.clock.idle_threshold_s == 90
        assert win.breaks.status_text() == "Next micro break in 15 min"
        win.close()
    finally:
        workspace.close()
    again = Workspace.open(tmp_path / "own")
    try:
        expected = BreakSettings(micro_every_s=900.0, idle_threshold_s=90.0, daily_limit_s=6 * 3600.0)
        assert BreakSettings.from_dict(again.setting(SETTINGS_KEY)) == expected
        win2 = open_window_at(qtbot, again, demo_package, mono)
        assert win2.breaks.settings == expected
        assert win2.breaks.clock.idle_threshold_s == 90
        win2.close()
    finally:
        again.close()

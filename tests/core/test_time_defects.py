"""Time defects an annotator hit: natural breaks counted as idle, a pace on wall time, break timers lost on restart."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from annotator.core.activity_stats import dashboard, items_per_active_hour
from annotator.core.breaks import (
    BreakEnded,
    BreakKind,
    BreakScheduler,
    BreakSettings,
    restore_timers,
    store_timers,
)
from annotator.core.bundle import read_bundle
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.session import PackageSession
from annotator.core.timing import ActivityClock, InputKind, ItemTimeRecorder, workspace_sink
from annotator.core.workspace import Workspace
from tests.core.helpers import FakeClock, manifest_dict, text_item, write_folder_package
from tests.core.test_timing import FakeMonotonic

MIN = 60
NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def text_package(tmp_path: Path) -> Path:
    items = [text_item(f"t{i}", f"text {i}") for i in range(1, 11)]
    return write_folder_package(tmp_path / "pkg", manifest_dict(items))


class Desk:
    """A clock, the break scheduler and the time recorder wired to a workspace as the app wires them."""

    def __init__(self, workspace: Workspace, settings: BreakSettings):
        self.workspace = workspace
        self.mono = FakeMonotonic()
        self.clock = ActivityClock(monotonic=self.mono)
        self.scheduler = BreakScheduler(self.clock, settings)
        self.recorder = ItemTimeRecorder(self.clock, workspace_sink(workspace))

    def second(self, *, key: bool) -> None:
        """One second passes; the UI timer then ticks the recorder and polls the scheduler."""
        self.mono.advance(1)
        if key:
            self.clock.note_input(InputKind.KEY)
        self.recorder.tick()
        for event in self.scheduler.poll():
            if isinstance(event, BreakEnded):
                self.workspace.log_break(kind=event.kind, outcome=event.outcome, duration_ms=event.duration_ms)

    def type_for(self, seconds: int) -> None:
        for _ in range(seconds):
            self.second(key=True)

    def away_for(self, seconds: int) -> None:
        for _ in range(seconds):
            self.second(key=False)

    def key_now(self) -> None:
        self.clock.note_input(InputKind.KEY)


def test_a_pause_logged_as_a_natural_break_is_not_idle_time_in_the_bundle(text_package: Path, tmp_path: Path) -> None:
    # A micro-break of 90 s: a pause of 80 s is then idle (past the 60 s threshold) but no break.
    settings = BreakSettings(micro_length_s=90)
    package = open_package(text_package)
    try:
        with Workspace.open(tmp_path / "ws") as ws:
            session = PackageSession(package, ws)
            desk = Desk(ws, settings)
            desk.recorder.show_item(package_id=session.package_id, item_id="t1")
            desk.type_for(60)
            desk.away_for(80)  # 60 s of reading (active), then 20 s idle
            desk.key_now()
            desk.type_for(30)
            desk.away_for(6 * MIN)  # longer than the rest break: a natural break, 60 s active first
            desk.key_now()
            desk.type_for(20)
            ws.set_status(session.package_id, "t1", Status.DONE)
            session.record_status("t1", Status.DONE)
            desk.recorder.show_item(package_id=session.package_id, item_id="t2")
            desk.recorder.close()
            breaks = [(row.kind, row.outcome, row.duration_ms) for row in ws.breaks(since=NOON - timedelta(days=9999))]
            session.export_bundle(tmp_path / "out.bundle.json")
    finally:
        package.close()
    assert breaks == [("rest", "natural", 6 * MIN * 1000)]
    timing = {item["id"]: item["timing"] for item in read_bundle(tmp_path / "out.bundle.json")["items"]}
    assert timing["t1"] == {"active_ms": (60 + 60 + 30 + 60 + 20) * 1000, "idle_ms": 20_000}


def test_the_pace_is_items_per_active_hour_once_it_means_something() -> None:
    assert items_per_active_hour(0, 0) is None
    assert items_per_active_hour(1, 30_000) is None  # one quick item says nothing about an hour
    assert items_per_active_hour(2, 2 * MIN * 1000 - 1) is None
    assert items_per_active_hour(3, 30_000) == pytest.approx(360.0)
    assert items_per_active_hour(1, 2 * MIN * 1000) == pytest.approx(30.0)
    assert items_per_active_hour(0, 10 * MIN * 1000) == 0.0


def test_the_sessions_pace_is_the_dashboards_and_ignores_idle_time(text_package: Path, tmp_path: Path) -> None:
    wall = FakeClock(NOON)
    package = open_package(text_package)
    try:
        with Workspace.open(tmp_path / "ws", clock=wall) as ws:
            session = PackageSession(package, ws, monotonic=FakeMonotonic(), today=lambda: NOON.date())
            # Three items in half an hour of work, with an hour of idle time beside it.
            for item_id in ("t1", "t2", "t3"):
                ws.add_time(session.package_id, item_id, active_ms=10 * MIN * 1000, idle_ms=20 * MIN * 1000)
                ws.set_status(session.package_id, item_id, Status.DONE)
                session.record_status(item_id, Status.DONE)
                wall.advance(minutes=30)
            progress = session.progress()
            board = dashboard(ws, today=NOON.date())
    finally:
        package.close()
    assert progress.items_per_hour == pytest.approx(6.0)
    assert board.today.items_per_hour == progress.items_per_hour
    assert progress.eta_seconds == pytest.approx(7 / 6.0 * 3600)


def test_break_timers_survive_a_restart_unless_the_app_was_closed_as_long_as_a_break() -> None:
    settings = BreakSettings()
    stored = store_timers({BreakKind.MICRO: 15 * MIN * 1000, BreakKind.REST: 40 * MIN * 1000}, now=NOON)
    assert restore_timers(stored, settings, now=NOON + timedelta(seconds=30)) == {
        BreakKind.MICRO: 15 * MIN * 1000,
        BreakKind.REST: 40 * MIN * 1000,
    }
    # Away longer than the idle threshold: a natural micro-break; longer than a rest break: both.
    assert restore_timers(stored, settings, now=NOON + timedelta(minutes=2)) == {
        BreakKind.MICRO: 0,
        BreakKind.REST: 40 * MIN * 1000,
    }
    assert restore_timers(stored, settings, now=NOON + timedelta(minutes=5)) == {BreakKind.MICRO: 0, BreakKind.REST: 0}
    for unreadable in (None, "x", {"micro_ms": 1}, {"micro_ms": "1", "rest_ms": 2, "at": NOON.isoformat()}):
        assert restore_timers(unreadable, settings, now=NOON) == {}


def test_a_restarted_scheduler_goes_on_counting_even_a_postponed_break() -> None:
    mono = FakeMonotonic()
    clock = ActivityClock(monotonic=mono)
    scheduler = BreakScheduler(clock, replace(BreakSettings(), rest_enabled=False))
    for _ in range(15 * MIN):
        mono.advance(1)
        clock.note_input(InputKind.KEY)
        scheduler.poll()
    assert scheduler.next_break() == (BreakKind.MICRO, 5 * MIN)
    again = BreakScheduler(ActivityClock(monotonic=FakeMonotonic()), worked_ms=scheduler.worked_ms())
    assert again.next_break() == (BreakKind.MICRO, 5 * MIN)
    # Postponed by 5 min at 20 min of work: after a restart it is still 5 min away, not due at once.
    while scheduler.on_break is None:  # a key every 5 s: the due break starts in the quiet after one
        mono.advance(5)
        clock.note_input(InputKind.KEY)
        scheduler.poll()
        mono.advance(4)
        scheduler.poll()
    assert clock.active_ms() >= 20 * MIN * 1000
    scheduler.postpone()
    kind, seconds = scheduler.next_break()
    restarted = BreakScheduler(ActivityClock(monotonic=FakeMonotonic()), worked_ms=scheduler.worked_ms())
    assert restarted.next_break() == (kind, pytest.approx(seconds, abs=0.001))
    assert (kind, seconds) == (BreakKind.MICRO, 5 * MIN)


def test_idle_so_far_is_written_by_an_explicit_flush_in_a_pause() -> None:
    mono = FakeMonotonic()
    clock = ActivityClock(monotonic=mono, idle_threshold_s=60)
    written: list[tuple[int, int]] = []
    recorder = ItemTimeRecorder(clock, lambda _p, _i, tally: written.append((tally.active_ms, tally.idle_ms)))
    recorder.show_item(package_id="p", item_id="a")
    mono.advance(90)
    recorder.tick()  # the periodic flush holds the open pause's idle back
    assert written == [(60_000, 0)]
    recorder.flush()  # an export or the dashboard: what is known so far is idle
    assert written == [(60_000, 0), (0, 30_000)]
    mono.advance(10)
    clock.count_pause_as_break()  # then the pause turns out to be a natural break: the rest is nobody's
    clock.note_input(InputKind.KEY)
    recorder.flush()
    assert written == [(60_000, 0), (0, 30_000), (0, 0)]  # only the key's count: its 10 s are neither


def test_a_fast_annotator_does_not_pay_for_reading_the_pace_at_every_item(text_package: Path, tmp_path: Path) -> None:
    # The pace walks the day's time log; once there is one, finished items refresh it at most every 5 s.
    wall, monotonic = FakeClock(NOON), FakeMonotonic()
    package = open_package(text_package)
    try:
        with Workspace.open(tmp_path / "ws", clock=wall) as ws:
            session = PackageSession(package, ws, monotonic=monotonic, today=lambda: NOON.date())

            def finish(item_id: str, active_minutes: float) -> float | None:
                ws.add_time(session.package_id, item_id, active_ms=int(active_minutes * 60_000), idle_ms=0)
                ws.set_status(session.package_id, item_id, Status.DONE)
                session.record_status(item_id, Status.DONE)
                return session.progress().items_per_hour

            assert finish("t1", 1) is None  # no pace before 3 items or 2 active minutes
            assert finish("t2", 1) == pytest.approx(60.0)  # 2 items in 2 minutes: read at once
            monotonic.advance(1.0)
            # A long item 1 s later: the true pace is 3 in 12 minutes, the figure read 1 s ago stands.
            assert finish("t3", 10) == pytest.approx(60.0)
            monotonic.advance(5.0)
            assert finish("t4", 1) == pytest.approx(4 / (13 / 60))  # 5 s on: read again, 4 in 13 minutes
    finally:
        package.close()

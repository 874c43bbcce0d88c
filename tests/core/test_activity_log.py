"""The private logs in the workspace: time per flush, breaks, items done; the figures per day; persistence."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from annotator.core.activity_stats import Earnings, dashboard, day_stats, estimate_earnings
from annotator.core.breaks import SETTINGS_KEY, BreakSettings, Outcome, load_break_settings
from annotator.core.bundle import read_bundle
from annotator.core.model import PayRate, Status
from annotator.core.package import open_package
from annotator.core.session import PackageSession
from annotator.core.timing import ActivityClock, InputKind, ItemTimeRecorder, Tally, workspace_sink
from annotator.core.workspace import DB_NAME, Workspace
from annotator.core.workspace_schema import MIGRATIONS, SCHEMA_VERSION
from tests.core.helpers import FakeClock, manifest_dict, small_manifest, text_item, write_folder_package
from tests.core.test_timing import FakeMonotonic

PKG = "test-pkg"
TZ = timezone(timedelta(hours=1))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


@pytest.fixture
def workspace(tmp_path: Path, clock: FakeClock):
    ws = Workspace.open(tmp_path / "ws", clock=clock)
    ws.register_package(small_manifest(), manifest_sha256="a" * 64, path="/somewhere/pkg.zip")
    yield ws
    ws.close()


def test_a_version_1_workspace_is_migrated_and_keeps_its_work(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    connection = sqlite3.connect(folder / DB_NAME)
    connection.executescript(MIGRATIONS[0])
    connection.execute("PRAGMA user_version=1")
    connection.execute("INSERT INTO settings(key, value) VALUES ('annotator_id', '\"anna\"')")
    connection.commit()
    connection.close()
    with Workspace.open(folder) as ws:
        assert ws.annotator_id() == "anna"
        ws.log_break(kind="micro", outcome="taken", duration_ms=20_000)
        assert len(ws.breaks(since=datetime(2000, 1, 1, tzinfo=UTC))) == 1
    connection = sqlite3.connect(folder / DB_NAME)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    connection.close()


def test_add_time_updates_the_item_and_logs_the_flush(workspace: Workspace, clock: FakeClock) -> None:
    workspace.add_time(PKG, "t1", active_ms=1_500, idle_ms=20, key_events=7, pointer_events=2)
    clock.advance(minutes=1)
    workspace.add_time(PKG, "t1", active_ms=500)
    state = workspace.item(PKG, "t1")
    assert (state.active_ms, state.idle_ms) == (2_000, 20)
    log = workspace.time_log(since=datetime(2026, 11, 23, tzinfo=UTC))
    assert [(r.at, r.active_ms, r.key_events, r.pointer_events) for r in log] == [
        ("2026-11-23T09:00:00.000Z", 1_500, 7, 2),
        ("2026-11-23T09:01:00.000Z", 500, 0, 0),
    ]
    assert workspace.time_log(since=datetime(2026, 11, 23, 9, 0, 30, tzinfo=UTC))[0].active_ms == 500


def test_done_events_count_only_items_still_done(workspace: Workspace) -> None:
    workspace.set_status(PKG, "t1", Status.DONE)
    workspace.set_status(PKG, "t2", Status.DONE)
    workspace.set_status(PKG, "t2", Status.TODO)  # undone
    workspace.set_status(PKG, "t3", Status.FLAGGED)
    since = datetime(2026, 11, 1, tzinfo=UTC)
    assert [r.item_id for r in workspace.done_events(since=since)] == ["t1"]


def test_day_figures_come_from_the_logs_by_local_day(workspace: Workspace, clock: FakeClock) -> None:
    clock.now = datetime(2026, 11, 21, 22, 30, tzinfo=UTC)  # 23:30 on the 21st in UTC+1
    workspace.add_time(PKG, "t1", active_ms=600_000)
    clock.now = datetime(2026, 11, 21, 23, 30, tzinfo=UTC)  # 00:30 on the 22nd in UTC+1
    workspace.add_time(PKG, "t1", active_ms=1_200_000, idle_ms=5_000)
    workspace.set_status(PKG, "t1", Status.DONE)
    workspace.log_break(kind="micro", outcome=Outcome.TAKEN, duration_ms=20_000)
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    workspace.add_time(PKG, "t2", active_ms=1_800_000)
    workspace.set_status(PKG, "t2", Status.DONE)
    workspace.set_status(PKG, "t3", Status.DONE)
    for outcome in (Outcome.POSTPONED, Outcome.SKIPPED, Outcome.NATURAL, Outcome.TAKEN):
        workspace.log_break(kind="micro", outcome=outcome, duration_ms=1_000)
    days = day_stats(workspace, today=date(2026, 11, 23), days=3, tz=TZ)
    assert [d.day for d in days] == [date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 23)]
    assert [d.active_ms for d in days] == [600_000, 1_200_000, 1_800_000]
    assert [d.items_done for d in days] == [0, 1, 2]
    assert days[1].idle_ms == 5_000
    assert days[2].breaks == {"postponed": 1, "skipped": 1, "natural": 1, "taken": 1}
    assert days[2].items_per_hour == pytest.approx(4.0)
    assert days[0].items_per_hour == 0.0
    assert day_stats(workspace, today=date(2026, 11, 23), days=1, tz=TZ, package_id="other")[0].active_ms == 0


def test_earnings_are_estimated_from_the_declared_rate() -> None:
    pay = PayRate(currency="USD", per_item=0.04, per_hour=12.0)
    assert estimate_earnings(pay, items_done=25, active_ms=30 * 60_000) == Earnings("USD", 1.0, 6.0)
    assert estimate_earnings(PayRate("EUR", per_hour=10.0), items_done=3, active_ms=0) == Earnings("EUR", None, 0.0)
    assert estimate_earnings(None, items_done=3, active_ms=1) is None


def test_the_dashboard_figures_for_the_open_package(workspace: Workspace, clock: FakeClock) -> None:
    workspace.add_time(PKG, "t1", active_ms=3_600_000)
    workspace.set_status(PKG, "t1", Status.DONE)
    board = dashboard(
        workspace, today=date(2026, 11, 23), tz=TZ, package_id=PKG, pay=PayRate("USD", per_item=0.5, per_hour=10)
    )
    assert len(board.days) == 7 and board.today.day == date(2026, 11, 23)
    assert board.today.items_done == 1 and board.today.items_per_hour == pytest.approx(1.0)
    assert board.earnings == Earnings("USD", 0.5, 10.0)


def test_break_and_idle_settings_persist_across_reopening(tmp_path: Path) -> None:
    chosen = replace(
        BreakSettings(), micro_every_s=15 * 60, rest_length_s=600, daily_limit_s=6 * 3600, idle_threshold_s=90
    )
    with Workspace.open(tmp_path / "ws") as ws:
        ws.set_setting(SETTINGS_KEY, chosen.to_dict())
    with Workspace.open(tmp_path / "ws") as ws:
        assert load_break_settings(ws.setting(SETTINGS_KEY)) == (chosen, None)


def test_a_bundle_carries_exactly_the_time_the_clock_recorded(tmp_path: Path) -> None:
    """Done when 3: a scripted session; the bundle's timing fields equal the clock's per-item tallies."""
    root = write_folder_package(tmp_path / "pkg", manifest_dict([text_item(f"t{i}", f"text {i}") for i in range(1, 4)]))
    mono = FakeMonotonic()
    clock = ActivityClock(monotonic=mono, idle_threshold_s=60)
    expected: dict[str, Tally] = {}
    package = open_package(root)
    try:
        with Workspace.open(tmp_path / "ws") as ws:
            session = PackageSession(package, ws)

            store = workspace_sink(ws)

            def sink(package_id: str, item_id: str, tally: Tally) -> None:
                expected[item_id] = expected.get(item_id, Tally()) + tally
                store(package_id, item_id, tally)

            recorder = ItemTimeRecorder(clock, sink, flush_every_s=5)
            script = [("t1", 40, 2), ("t2", 7, 1), ("t1", 3, 10), ("t3", 0, 0)]  # item, keys, seconds apart
            for item_id, keys, gap in script:
                recorder.show_item(package_id=session.package_id, item_id=item_id)
                for _ in range(keys):
                    mono.advance(gap)
                    clock.note_input(InputKind.KEY)
                    recorder.tick()
                mono.advance(95)  # reads, then looks away: 60 s active, 35 s idle
                recorder.tick()
            recorder.close()
            session.export_bundle(tmp_path / "out.bundle.json")
        document = read_bundle(tmp_path / "out.bundle.json")
    finally:
        package.close()
    timing = {item["id"]: item["timing"] for item in document["items"]}
    assert timing == {
        item_id: {"active_ms": tally.active_ms, "idle_ms": tally.idle_ms} for item_id, tally in expected.items()
    }
    # Back on t1 after a long pause: the first 10 s before a key are still idle, then it is work again.
    assert timing["t1"] == {"active_ms": 80_000 + 60_000 + 20_000 + 60_000, "idle_ms": 35_000 + 10_000 + 35_000}
    total = clock.total()
    assert sum(t["active_ms"] for t in timing.values()) == total.active_ms
    assert sum(t["idle_ms"] for t in timing.values()) == total.idle_ms

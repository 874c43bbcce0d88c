"""The break scheduler on a fake clock: active time only, deferral, natural breaks, postpone, daily limit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from annotator.core.breaks import (
    BreakEnded,
    BreakKind,
    BreakScheduler,
    BreakSettings,
    BreakStarted,
    HeadsUp,
    Outcome,
    load_break_settings,
)
from annotator.core.timing import ActivityClock, InputKind
from tests.core.test_timing import FakeMonotonic

MIN = 60


class Rig:
    """A clock, a scheduler and a person who works by the second."""

    def __init__(self, settings: BreakSettings | None = None, *, active_today_ms: int = 0):
        self.mono = FakeMonotonic()
        self.clock = ActivityClock(monotonic=self.mono)
        self.scheduler = BreakScheduler(self.clock, settings or BreakSettings(), active_today_ms=active_today_ms)
        self.events: list[tuple[float, object]] = []  # (wall seconds since start, event)
        self._start = self.mono.now

    @property
    def wall(self) -> float:
        return self.mono.now - self._start

    def step(self, *, key: bool) -> list[object]:
        self.mono.advance(1)
        if key:
            self.clock.note_input(InputKind.KEY)
        new = self.scheduler.poll()
        self.events.extend((self.wall, event) for event in new)
        return new

    def work(self, seconds: int, *, key_every: int = 5, stop_at_break: bool = True) -> BreakStarted | None:
        """Work at a steady pace (a key every `key_every` s); stop when a break starts."""
        for second in range(seconds):
            for event in self.step(key=second % key_every == 0):
                if isinstance(event, BreakStarted) and stop_at_break:
                    return event
        return None

    def rest(self, seconds: int) -> list[object]:
        """No input at all for `seconds` (poll every second)."""
        out: list[object] = []
        for _ in range(seconds):
            out.extend(self.step(key=False))
        return out

    def of_type(self, kind: type) -> list:
        return [event for _t, event in self.events if isinstance(event, kind)]


def test_a_micro_break_fires_after_twenty_minutes_of_active_work_with_a_heads_up() -> None:
    rig = Rig(BreakSettings(rest_enabled=False))
    assert rig.work(20 * MIN - 31) is None
    started = rig.work(60)
    assert started == BreakStarted(BreakKind.MICRO, 20, can_postpone=True)
    assert 20 * MIN <= rig.clock.active_ms() / 1000 <= 20 * MIN + 3
    heads_up = rig.of_type(HeadsUp)
    assert heads_up == [HeadsUp(BreakKind.MICRO, pytest.approx(30, abs=1))]
    # The break runs on the wall clock with the activity clock paused, and ends by itself.
    active = rig.clock.active_ms()
    ended = [e for e in rig.rest(25) if isinstance(e, BreakEnded)]
    assert ended == [BreakEnded(BreakKind.MICRO, Outcome.TAKEN, 20_000)]
    assert rig.clock.active_ms() - active <= 6_000  # only the seconds after the break ended


def test_breaks_run_on_active_time_not_wall_time() -> None:
    rig = Rig(BreakSettings(micro_enabled=False))
    # Work 10 minutes, then wander off for 4 minutes (idle, but shorter than a rest break), four times.
    for _ in range(4):
        assert rig.work(10 * MIN) is None
        assert not rig.of_type(BreakStarted)
        rig.rest(4 * MIN)
        assert not rig.of_type(BreakStarted)
    assert rig.wall >= 56 * MIN
    # Each pause adds a minute of grace (reading, thinking) as active time; the rest is idle.
    assert rig.clock.active_ms() / 1000 == pytest.approx(4 * (10 + 1) * MIN, abs=30)
    started = rig.work(10 * MIN)
    assert started is not None and started.kind is BreakKind.REST and started.length_s == 300
    assert 50 * MIN <= rig.clock.active_ms() / 1000 <= 50 * MIN + 3


def test_a_rest_break_comes_at_fifty_minutes_between_micro_breaks_and_resets_them() -> None:
    rig = Rig()
    kinds = []
    while rig.clock.active_ms() < 75 * MIN * 1000:
        started = rig.work(10 * MIN)
        if started is not None:
            kinds.append((started.kind, round(rig.clock.active_ms() / 60_000)))
            rig.rest(int(started.length_s) + 1)
    assert kinds == [(BreakKind.MICRO, 20), (BreakKind.MICRO, 40), (BreakKind.REST, 50), (BreakKind.MICRO, 70)]


def test_a_due_break_waits_while_the_user_types_until_a_quiet_moment() -> None:
    rig = Rig(BreakSettings(rest_enabled=False))
    rig.work(20 * MIN - 5, key_every=1)
    assert rig.work(10, key_every=1) is None  # due now, but typing: deferred
    rig.step(key=False)
    rig.step(key=False)
    assert not rig.of_type(BreakStarted)
    rig.step(key=False)  # three seconds without a key
    assert rig.of_type(BreakStarted) == [BreakStarted(BreakKind.MICRO, 20, True)]


def test_deferral_is_capped() -> None:
    rig = Rig(BreakSettings(rest_enabled=False, defer_cap_s=60))
    rig.work(20 * MIN, key_every=1)
    due_at = rig.wall
    started = rig.work(5 * MIN, key_every=1)  # types without ever pausing
    assert started is not None
    assert 59 <= rig.wall - due_at <= 61


def test_a_drag_defers_and_submitting_the_item_ends_the_wait_at_once() -> None:
    rig = Rig(BreakSettings(rest_enabled=False))
    rig.work(20 * MIN, key_every=1)
    rig.clock.set_pointer_held(True)
    rig.rest(10)  # no keys, but the mouse button is down: a drag
    assert not rig.of_type(BreakStarted)
    rig.clock.set_pointer_held(False)
    rig.step(key=True)
    rig.scheduler.note_submitted()
    rig.step(key=True)
    assert len(rig.of_type(BreakStarted)) == 1


def test_an_idle_pause_as_long_as_a_break_is_a_natural_break_and_resets_its_timer() -> None:
    rig = Rig(BreakSettings(rest_enabled=False))
    rig.work(15 * MIN)
    rig.rest(2 * MIN)  # longer than both the micro-break and the idle threshold
    assert rig.work(15 * MIN) is None  # would have fired at 20 min without the natural break
    natural = rig.of_type(BreakEnded)
    assert len(natural) == 1
    assert natural[0].kind is BreakKind.MICRO and natural[0].outcome is Outcome.NATURAL
    assert natural[0].duration_ms >= 2 * MIN * 1000
    started = rig.work(10 * MIN)
    assert started is not None
    assert round(rig.clock.active_ms() / 60_000) == 15 + 1 + 20  # the minute of grace counted as active


def test_reading_for_twenty_seconds_is_not_a_natural_micro_break() -> None:
    rig = Rig(BreakSettings(rest_enabled=False))
    for _ in range(40):  # read 25 s, type 5 s: the pauses are longer than the break, shorter than idle
        rig.work(5, key_every=1)
        rig.rest(25)
    assert not [e for e in rig.of_type(BreakEnded) if e.outcome is Outcome.NATURAL]
    assert rig.of_type(BreakStarted)


def test_a_pause_as_long_as_a_rest_break_resets_both_timers() -> None:
    rig = Rig()
    rig.work(45 * MIN)  # takes micro-breaks at 20 and 40
    rig.rest(22)
    rig.rest(6 * MIN)
    rig.step(key=True)
    rig.step(key=True)
    natural = [e for e in rig.of_type(BreakEnded) if e.outcome is Outcome.NATURAL]
    assert [e.kind for e in natural] == [BreakKind.REST]
    before = len(rig.of_type(BreakStarted))
    assert rig.work(19 * MIN) is None
    assert len(rig.of_type(BreakStarted)) == before


def test_postpone_once_then_only_skip() -> None:
    settings = BreakSettings(rest_enabled=False, postpone_s=5 * MIN)
    rig = Rig(settings)
    assert rig.work(21 * MIN) is not None
    assert rig.scheduler.can_postpone()
    rig.mono.advance(2)
    assert rig.scheduler.postpone() == [BreakEnded(BreakKind.MICRO, Outcome.POSTPONED, 2_000)]
    assert rig.scheduler.on_break is None
    active = rig.clock.active_ms()
    again = rig.work(10 * MIN)
    assert again == BreakStarted(BreakKind.MICRO, 20, can_postpone=False)
    assert 5 * MIN <= (rig.clock.active_ms() - active) / 1000 <= 5 * MIN + 3
    assert not rig.scheduler.can_postpone()
    assert rig.scheduler.postpone() == []
    assert rig.scheduler.on_break is not None
    rig.mono.advance(1)
    assert rig.scheduler.skip() == [BreakEnded(BreakKind.MICRO, Outcome.SKIPPED, 1_000)]
    # Skipping starts the timer again, with a fresh postpone.
    active = rig.clock.active_ms()
    nxt = rig.work(25 * MIN)
    assert nxt == BreakStarted(BreakKind.MICRO, 20, can_postpone=True)
    assert 20 * MIN <= (rig.clock.active_ms() - active) / 1000 <= 20 * MIN + 3


def test_the_daily_limit_stops_the_day_until_dismissed() -> None:
    settings = BreakSettings(micro_enabled=False, rest_enabled=False, daily_limit_s=4 * 3600)
    rig = Rig(settings, active_today_ms=(4 * 3600 - 10 * MIN) * 1000)
    assert rig.work(10 * MIN - 5) is None
    started = rig.work(60)
    assert started == BreakStarted(BreakKind.DAILY, None, can_postpone=True)
    assert rig.scheduler.active_today_ms() >= 4 * 3600 * 1000
    rig.rest(3600)  # no countdown: it stays until the worker decides
    assert rig.scheduler.on_break is not None and rig.scheduler.seconds_left() is None
    rig.scheduler.postpone()
    assert rig.work(6 * MIN) is not None
    assert rig.scheduler.skip()[0].outcome is Outcome.SKIPPED
    assert rig.work(60 * MIN) is None  # dismissed for today


def test_take_now_starts_the_next_break_at_once() -> None:
    rig = Rig()
    rig.work(30 * MIN)  # the micro-break at 20 min starts; it ends by itself
    rig.rest(25)
    events = rig.scheduler.take_now()
    assert events == [BreakStarted(BreakKind.MICRO, 20, True)]
    assert rig.scheduler.take_now() == []  # already on one


def test_settings_round_trip_and_bad_values_are_named() -> None:
    settings = replace(BreakSettings(), micro_every_s=600, daily_limit_s=7200, idle_threshold_s=45)
    assert BreakSettings.from_dict(settings.to_dict()) == settings
    with pytest.raises(ValueError, match="'micro_every_s' must be a positive number"):
        BreakSettings(micro_every_s=0)
    with pytest.raises(ValueError, match="'max_postpones'"):
        BreakSettings(max_postpones=-1)
    loaded, problem = load_break_settings({"rest_length_s": "five minutes"})
    assert loaded == BreakSettings()
    assert problem is not None and "'rest_length_s'" in problem
    assert load_break_settings(None) == (BreakSettings(), None)
    assert load_break_settings({"micro_every_s": 300, "from_the_future": 1}) == (
        BreakSettings(micro_every_s=300),
        None,
    )


def test_new_settings_apply_to_the_clock_and_the_schedule() -> None:
    rig = Rig()
    rig.scheduler.apply(replace(BreakSettings(), micro_every_s=5 * MIN, idle_threshold_s=30, rest_enabled=False))
    assert rig.clock.idle_threshold_s == 30
    started = rig.work(6 * MIN)
    assert started is not None and 5 * MIN <= rig.clock.active_ms() / 1000 <= 5 * MIN + 3

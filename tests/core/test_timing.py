"""The active-time clock and the per-item recorder, driven by a fake monotonic clock."""

from __future__ import annotations

import pytest

from annotator.core.timing import ActivityClock, InputKind, ItemTimeRecorder, Tally


class FakeMonotonic:
    """A monotonic clock in seconds that moves only when told to."""

    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


def test_time_after_input_is_active_until_the_threshold_then_idle(mono: FakeMonotonic) -> None:
    clock = ActivityClock(monotonic=mono, idle_threshold_s=60)
    clock.note_input(InputKind.KEY)
    mono.advance(30)
    assert clock.total() == Tally(active_ms=30_000, idle_ms=0, key_events=1)
    mono.advance(60)
    assert clock.total().active_ms == 60_000
    assert clock.total().idle_ms == 30_000
    assert clock.is_idle()


def test_idle_time_is_never_counted_as_active(mono: FakeMonotonic) -> None:
    clock = ActivityClock(monotonic=mono, idle_threshold_s=60)
    for _ in range(10):  # ten minutes of work, a key every 10 s
        clock.note_input(InputKind.KEY)
        mono.advance(10)
    clock.note_input(InputKind.KEY)
    mono.advance(45 * 60)  # lunch
    clock.note_input(InputKind.KEY)
    total = clock.total()
    assert total.active_ms == 100_000 + 60_000
    assert total.idle_ms == 45 * 60_000 - 60_000
    assert total.active_ms + total.idle_ms == 100_000 + 45 * 60_000


def test_the_threshold_is_configurable_and_checked(mono: FakeMonotonic) -> None:
    clock = ActivityClock(monotonic=mono, idle_threshold_s=5)
    mono.advance(20)
    assert clock.total() == Tally(active_ms=5_000, idle_ms=15_000)
    clock.set_idle_threshold(120)
    clock.note_input(InputKind.KEY)
    mono.advance(100)
    assert clock.total().active_ms == 105_000
    with pytest.raises(ValueError, match="idle_threshold_s must be a positive number"):
        clock.set_idle_threshold(0)
    with pytest.raises(ValueError, match="idle_threshold_s"):
        ActivityClock(monotonic=mono, idle_threshold_s=-1)


def test_only_counts_of_keys_and_clicks_are_kept(mono: FakeMonotonic) -> None:
    clock = ActivityClock(monotonic=mono)
    for kind in (InputKind.KEY, InputKind.KEY, InputKind.POINTER, InputKind.MOVE, InputKind.AUDIO):
        clock.note_input(kind)
    assert clock.total() == Tally(key_events=2, pointer_events=1)


def test_audio_keeps_time_active_but_not_the_hands(mono: FakeMonotonic) -> None:
    clock = ActivityClock(monotonic=mono, idle_threshold_s=60)
    clock.note_input(InputKind.KEY)
    for _ in range(30):  # five minutes of listening, a tick every 10 s
        mono.advance(10)
        clock.note_input(InputKind.AUDIO)
    assert clock.total().active_ms == 300_000
    assert clock.idle_for_ms() == 0
    assert clock.hands_idle_for_ms() == 300_000


def test_paused_time_counts_as_neither_and_resuming_is_activity(mono: FakeMonotonic) -> None:
    clock = ActivityClock(monotonic=mono, idle_threshold_s=60)
    mono.advance(10)
    clock.pause()
    mono.advance(300)
    clock.note_input(InputKind.KEY)  # ignored: on a break
    assert clock.total() == Tally(active_ms=10_000)
    clock.resume()
    mono.advance(50)
    assert clock.total() == Tally(active_ms=60_000)


class Sink:
    """Collects what the recorder flushes, like Workspace.add_time would."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, Tally]] = []

    def __call__(self, package_id: str, item_id: str, tally: Tally) -> None:
        self.calls.append((package_id, item_id, tally))

    def per_item(self) -> dict[str, Tally]:
        out: dict[str, Tally] = {}
        for _pkg, item, tally in self.calls:
            out[item] = out.get(item, Tally()) + tally
        return out


def test_time_goes_to_the_item_on_screen_and_is_flushed_on_change_tick_and_close(mono: FakeMonotonic) -> None:
    clock = ActivityClock(monotonic=mono, idle_threshold_s=60)
    sink = Sink()
    recorder = ItemTimeRecorder(clock, sink, flush_every_s=5)
    mono.advance(7)  # no item yet: dropped
    recorder.show_item(package_id="p", item_id="a")
    assert sink.calls == []
    clock.note_input(InputKind.KEY)
    mono.advance(4)
    recorder.tick()
    assert sink.calls == []  # under the flush interval
    mono.advance(1)
    recorder.tick()
    assert sink.calls == [("p", "a", Tally(active_ms=5_000, key_events=1))]
    mono.advance(2)
    recorder.show_item(package_id="p", item_id="b")
    assert sink.calls[-1] == ("p", "a", Tally(active_ms=2_000))
    clock.note_input(InputKind.POINTER)
    mono.advance(100)
    recorder.close()
    assert sink.per_item() == {
        "a": Tally(active_ms=7_000, key_events=1),
        "b": Tally(active_ms=60_000, idle_ms=40_000, pointer_events=1),
    }


def test_a_crash_loses_at_most_the_flush_interval(mono: FakeMonotonic) -> None:
    clock = ActivityClock(monotonic=mono, idle_threshold_s=60)
    sink = Sink()
    recorder = ItemTimeRecorder(clock, sink, flush_every_s=5)
    recorder.show_item(package_id="p", item_id="a")
    for _ in range(123):  # a tick a second, as the UI timer does; then the process dies (no close)
        mono.advance(1)
        clock.note_input(InputKind.KEY)
        recorder.tick()
    saved = sink.per_item()["a"].active_ms
    assert 123_000 - saved <= 5_000

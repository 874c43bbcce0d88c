"""The active-time clock: input-event counts in, active and idle milliseconds per item out."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

Monotonic = Callable[[], float]

DEFAULT_IDLE_THRESHOLD_S = 60.0
DEFAULT_FLUSH_EVERY_S = 5.0


class InputKind(StrEnum):
    """What kind of input happened; only the kind is ever seen here, never a key or a position."""

    KEY = "key"
    POINTER = "pointer"  # a button press or a wheel turn
    MOVE = "move"  # pointer motion: activity, but not counted as an event
    AUDIO = "audio"  # a tick while audio plays: listening is work, but not typing


@dataclass(frozen=True)
class Tally:
    """Time and event counts accrued over some span."""

    active_ms: int = 0
    idle_ms: int = 0
    key_events: int = 0
    pointer_events: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.active_ms + other.active_ms,
            self.idle_ms + other.idle_ms,
            self.key_events + other.key_events,
            self.pointer_events + other.pointer_events,
        )

    def is_empty(self) -> bool:
        """True when nothing at all accrued."""
        return not (self.active_ms or self.idle_ms or self.key_events or self.pointer_events)


class ActivityClock:
    """Splits elapsed time into active and idle from the moments of input.

    Time after an input counts as active until `idle_threshold_s` passes without another, so
    reading and thinking between keystrokes is work; beyond the threshold it is idle. While paused
    (on a break) time counts as neither, and so does the idle part of a pause that the break
    scheduler declares a natural break (`count_pause_as_break`). All arithmetic is in integer
    milliseconds, so totals never drift however often they are read.

    The idle time of the pause under way is kept apart until the pause ends: it may still turn out
    to be a natural break, and time handed to the workspace cannot be taken back.
    """

    def __init__(self, *, monotonic: Monotonic = time.monotonic, idle_threshold_s: float = DEFAULT_IDLE_THRESHOLD_S):
        self._monotonic = monotonic
        self._threshold_ms = _positive_ms(idle_threshold_s, "idle_threshold_s")
        now = self.now_ms()
        # Opening the app is itself an act of the user: the clock starts active.
        self._last_input_ms = now
        self._last_hands_ms = now
        self._settled_ms = now
        self._paused = False
        self._pointer_held = False
        self._total = Tally()
        self._pending = Tally()
        self._open_idle_ms = 0  # idle of the pause under way, not yet in the tallies
        self._pause_is_break = False

    def now_ms(self) -> int:
        """The injected monotonic clock in whole milliseconds."""
        return int(self._monotonic() * 1000)

    @property
    def idle_threshold_s(self) -> float:
        """Seconds without input after which time counts as idle."""
        return self._threshold_ms / 1000

    def set_idle_threshold(self, seconds: float) -> None:
        """Change the idle threshold; time already accounted keeps its old split."""
        self._settle()
        self._threshold_ms = _positive_ms(seconds, "idle_threshold_s")

    def note_input(self, kind: InputKind) -> None:
        """Record that input of `kind` happened now. Ignored while paused."""
        if self._paused:
            return
        self._settle()
        self._end_pause()
        now = self._settled_ms
        self._last_input_ms = now
        if kind is not InputKind.AUDIO:
            self._last_hands_ms = now
        if kind is InputKind.KEY:
            self._add(Tally(key_events=1))
        elif kind is InputKind.POINTER:
            self._add(Tally(pointer_events=1))

    def set_pointer_held(self, held: bool) -> None:
        """A mouse button is down (a drag may be under way): breaks wait for it."""
        self._pointer_held = held

    @property
    def pointer_held(self) -> bool:
        """Whether a mouse button is down."""
        return self._pointer_held

    def pause(self) -> None:
        """Stop counting (a break started): what elapsed so far is accounted first."""
        self._settle()
        self._end_pause()
        self._paused = True

    def resume(self) -> None:
        """Count again; resuming is treated as input, since the user is back at work."""
        self._settled_ms = self.now_ms()
        self._paused = False
        self._last_input_ms = self._settled_ms
        self._last_hands_ms = self._settled_ms
        self._pause_is_break = False

    def count_pause_as_break(self) -> None:
        """The pause under way is a natural break: its idle time, so far and until the next input, counts as neither.

        Only what is still held back can be dropped: idle that an explicit `take()` already handed
        out mid-pause stays idle. Active time (the grace after the last input) stays active.
        """
        if self._paused:
            return
        self._settle()
        self._open_idle_ms = 0
        self._pause_is_break = True

    def last_input_ms(self) -> int:
        """When the last input (of any kind) happened, on the monotonic clock in milliseconds."""
        return self._last_input_ms

    def idle_for_ms(self) -> int:
        """Milliseconds since the last input of any kind (0 while paused)."""
        return 0 if self._paused else max(0, self.now_ms() - self._last_input_ms)

    def hands_idle_for_ms(self) -> int:
        """Milliseconds since the last key or pointer input (audio ticks do not count)."""
        return 0 if self._paused else max(0, self.now_ms() - self._last_hands_ms)

    def is_idle(self) -> bool:
        """True once the idle threshold has passed without input."""
        return self.idle_for_ms() > self._threshold_ms

    def total(self) -> Tally:
        """Everything accounted since the clock started, up to now.

        The idle time of the pause under way is included, provisionally: it goes if the pause
        becomes a natural break.
        """
        self._settle()
        return self._total + Tally(idle_ms=self._open_idle_ms)

    def active_ms(self) -> int:
        """Active milliseconds since the clock started, up to now."""
        return self.total().active_ms

    def take(self, *, hold_open_pause: bool = False) -> Tally:
        """What accrued since the last take, up to now; the pending tally starts again at zero.

        With `hold_open_pause`, the idle time of a pause still under way stays back (the periodic
        flush uses this), since that pause may yet be a natural break; otherwise it is handed out
        as idle.
        """
        self._settle()
        if not hold_open_pause:
            self._commit_open_idle()
        taken, self._pending = self._pending, Tally()
        return taken

    def _add(self, tally: Tally) -> None:
        self._pending = self._pending + tally
        self._total = self._total + tally

    def _commit_open_idle(self) -> None:
        if self._open_idle_ms:
            self._add(Tally(idle_ms=self._open_idle_ms))
            self._open_idle_ms = 0

    def _end_pause(self) -> None:
        # Input (or a break starting) ends the pause: its idle is idle for good, unless it was a break.
        self._commit_open_idle()
        self._pause_is_break = False

    def _settle(self) -> None:
        if self._paused:
            return
        now = self.now_ms()
        if now <= self._settled_ms:
            return
        active_until = self._last_input_ms + self._threshold_ms
        active = max(0, min(now, active_until) - self._settled_ms)
        idle = now - self._settled_ms - active
        self._settled_ms = now
        if active:
            self._add(Tally(active_ms=active))
        if not self._pause_is_break:
            self._open_idle_ms += idle


TimeSink = Callable[[str, str, Tally], None]


def workspace_sink(workspace: Any) -> TimeSink:
    """The sink that stores every flushed tally with the workspace's `add_time` (one transaction each)."""

    def store(package_id: str, item_id: str, tally: Tally) -> None:
        workspace.add_time(
            package_id,
            item_id,
            active_ms=tally.active_ms,
            idle_ms=tally.idle_ms,
            key_events=tally.key_events,
            pointer_events=tally.pointer_events,
        )

    return store


class ItemTimeRecorder:
    """Attributes the clock's time to the item on screen and hands it to a sink (the workspace).

    Flushes when the item changes, when `tick()` finds `flush_every_s` passed, and on `close()`,
    so a crash loses at most the last few seconds (and the idle time of a pause under way, which
    `tick()` holds back until the pause ends, since it may turn out to be a natural break).
    """

    def __init__(self, clock: ActivityClock, sink: TimeSink, *, flush_every_s: float = DEFAULT_FLUSH_EVERY_S):
        self._clock = clock
        self._sink = sink
        self._every_ms = _positive_ms(flush_every_s, "flush_every_s")
        self._item: tuple[str, str] | None = None
        self._flushed_at_ms = clock.now_ms()

    @property
    def item(self) -> tuple[str, str] | None:
        """(package id, item id) of the item time goes to, or None."""
        return self._item

    def show_item(self, *, package_id: str, item_id: str) -> None:
        """The item on screen changed: the time so far belongs to the previous one."""
        self.flush()
        self._item = (package_id, item_id)

    def tick(self) -> None:
        """Flush if the flush interval has passed; call it from a timer."""
        if self._clock.now_ms() - self._flushed_at_ms >= self._every_ms:
            self._flush(hold_open_pause=True)

    def flush(self) -> None:
        """Hand the time accrued so far to the sink, a pause under way as idle so far. Time with no item is dropped."""
        self._flush(hold_open_pause=False)

    def _flush(self, *, hold_open_pause: bool) -> None:
        tally = self._clock.take(hold_open_pause=hold_open_pause)
        self._flushed_at_ms = self._clock.now_ms()
        if self._item is not None and not tally.is_empty():
            self._sink(self._item[0], self._item[1], tally)

    def close(self) -> None:
        """Final flush (window closing)."""
        self.flush()
        self._item = None


def _positive_ms(seconds: float, name: str) -> int:
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or not seconds > 0:
        raise ValueError(f"{name} must be a positive number of seconds, not {seconds!r}")
    return int(round(seconds * 1000))

"""The break scheduler: micro, rest and daily-limit breaks on active time, with deferral and natural breaks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from annotator.core.timing import ActivityClock

# The workspace setting the break settings (idle threshold included) are stored under.
SETTINGS_KEY = "breaks"
# The workspace setting that keeps the active time counted toward the next breaks across restarts.
TIMERS_KEY = "break_timers"


class BreakKind(StrEnum):
    """Which break: a short one for the eyes, a longer one to get up, or the end of the day."""

    MICRO = "micro"
    REST = "rest"
    DAILY = "daily"


class Outcome(StrEnum):
    """How a break ended, as the private break log records it."""

    TAKEN = "taken"
    POSTPONED = "postponed"
    SKIPPED = "skipped"
    NATURAL = "natural"


@dataclass(frozen=True)
class BreakSettings:
    """Every knob of the breaks and of idle detection. Durations are seconds of *active* time."""

    micro_enabled: bool = True
    micro_every_s: float = 20 * 60
    micro_length_s: float = 20
    rest_enabled: bool = True
    rest_every_s: float = 50 * 60
    rest_length_s: float = 5 * 60
    daily_limit_s: float | None = None  # None: no daily limit
    heads_up_s: float = 30
    # A due break waits while the user types or drags: until the item is submitted or quiet_s pass
    # without key or pointer input, but never longer than defer_cap_s (wall time).
    quiet_s: float = 3
    defer_cap_s: float = 60
    postpone_s: float = 5 * 60
    max_postpones: int = 1
    idle_threshold_s: float = 60

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if field.name.endswith("_enabled"):
                if not isinstance(value, bool):
                    raise ValueError(f"break setting '{field.name}' must be true or false, not {value!r}")
            elif field.name == "max_postpones":
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    raise ValueError(f"break setting 'max_postpones' must be a whole number >= 0, not {value!r}")
            elif value is None and field.name == "daily_limit_s":
                continue
            elif not _is_number(value) or value < 0 or (value == 0 and field.name not in _MAY_BE_ZERO):
                raise ValueError(f"break setting '{field.name}' must be a positive number of seconds, not {value!r}")

    def length_s(self, kind: BreakKind) -> float | None:
        """How long a break of `kind` lasts; None for the daily limit, which lasts until dismissed."""
        return {BreakKind.MICRO: self.micro_length_s, BreakKind.REST: self.rest_length_s}.get(kind)

    def every_s(self, kind: BreakKind) -> float:
        """Active time between two micro or two rest breaks."""
        return {BreakKind.MICRO: self.micro_every_s, BreakKind.REST: self.rest_every_s}[kind]

    def natural_break_s(self, kind: BreakKind) -> float:
        """How long a pause must last to be a natural break of `kind`: the break's length, at least the idle threshold."""
        # At least the idle threshold: staring at the screen for 20 s is reading, not a break for the eyes.
        return max(self.length_s(kind) or 0, self.idle_threshold_s)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, as stored in the workspace settings."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> BreakSettings:
        """Settings from a stored dict; unknown keys are ignored, bad values raise ValueError."""
        if not isinstance(data, dict):
            raise ValueError(f"break settings must be an object, not {type(data).__name__}")
        known = {field.name for field in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


_MAY_BE_ZERO = {"heads_up_s", "quiet_s", "defer_cap_s"}


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


@dataclass(frozen=True)
class HeadsUp:
    """A break of `kind` is `seconds_left` seconds of active time away."""

    kind: BreakKind
    seconds_left: float


@dataclass(frozen=True)
class BreakStarted:
    """A break begins now; `length_s` is None for the daily limit."""

    kind: BreakKind
    length_s: float | None
    can_postpone: bool


@dataclass(frozen=True)
class BreakEnded:
    """A break ended (or a natural one was noticed); the break log records exactly this."""

    kind: BreakKind
    outcome: Outcome
    duration_ms: int


BreakEvent = HeadsUp | BreakStarted | BreakEnded

_PRIORITY = (BreakKind.DAILY, BreakKind.REST, BreakKind.MICRO)


class BreakScheduler:
    """Decides when breaks happen, from an ActivityClock. Call `poll()` often (about once a second).

    Working: a break is due when active time since the last break of its kind reaches its interval;
    a heads-up comes `heads_up_s` before. Due: it waits for a quiet moment (see BreakSettings).
    On a break: the clock is paused; the break ends by itself after its length (taken), or by
    `postpone()` (allowed `max_postpones` times per break) or `skip()`. A pause without input as long
    as a break, and at least the idle threshold, is a natural break: it resets that break's timer,
    and its idle time counts as neither active nor idle, like a break taken on the screen.
    """

    def __init__(
        self,
        clock: ActivityClock,
        settings: BreakSettings | None = None,
        *,
        active_today_ms: int = 0,
        worked_ms: Mapping[BreakKind, int] | None = None,
    ):
        """`worked_ms`: active time already counted toward the next micro and rest break (see `worked_ms()`)."""
        self._clock = clock
        self._settings = settings or BreakSettings()
        clock.set_idle_threshold(self._settings.idle_threshold_s)
        active = clock.active_ms()
        self._active_today_base = active_today_ms - active
        worked = worked_ms or {}
        self._base = {kind: active - max(0, int(worked.get(kind, 0))) for kind in (BreakKind.MICRO, BreakKind.REST)}
        self._due_at: dict[BreakKind, int | None] = {}
        self._postpones = {kind: 0 for kind in BreakKind}
        self._warned = {kind: False for kind in BreakKind}
        self._daily_dismissed = False
        self._due: BreakKind | None = None
        self._due_since_ms = 0
        self._submitted = False
        self._on_break: BreakStarted | None = None
        self._break_started_ms = 0
        self._pause_key: int | None = None
        self._pause_credit: BreakKind | None = None
        self._pause_longest_ms = 0
        self._reschedule_all()

    # -- settings ------------------------------------------------------------------------------

    @property
    def settings(self) -> BreakSettings:
        """The settings in force."""
        return self._settings

    def apply(self, settings: BreakSettings) -> None:
        """Use new settings from now on; timers keep the active time already counted."""
        self._settings = settings
        self._clock.set_idle_threshold(settings.idle_threshold_s)
        self._reschedule_all()

    def _reschedule_all(self) -> None:
        for kind in (BreakKind.MICRO, BreakKind.REST):
            self._reschedule(kind)
        limit = self._settings.daily_limit_s
        self._due_at[BreakKind.DAILY] = (
            None if limit is None or self._daily_dismissed else int(limit * 1000) - self._active_today_base
        )

    def _reschedule(self, kind: BreakKind) -> None:
        settings = self._settings
        enabled = settings.micro_enabled if kind is BreakKind.MICRO else settings.rest_enabled
        self._due_at[kind] = self._base[kind] + int(settings.every_s(kind) * 1000) if enabled else None

    # -- what the UI asks ----------------------------------------------------------------------

    @property
    def on_break(self) -> BreakStarted | None:
        """The break under way, or None."""
        return self._on_break

    def can_postpone(self) -> bool:
        """Whether the break under way may still be postponed (once, by default), or only skipped."""
        return self._on_break is not None and self._postpones[self._on_break.kind] < self._settings.max_postpones

    def seconds_left(self) -> float | None:
        """Countdown of the break under way; None when there is none or it is the daily limit."""
        if self._on_break is None or self._on_break.length_s is None:
            return None
        elapsed = self._clock.now_ms() - self._break_started_ms
        return max(0.0, self._on_break.length_s - elapsed / 1000)

    def next_break(self) -> tuple[BreakKind, float] | None:
        """The next break and the seconds of active time until it is due, or None if all are off."""
        active = self._clock.active_ms()
        upcoming = [(due, kind) for kind, due in self._due_at.items() if due is not None]
        if not upcoming:
            return None
        due, kind = min(upcoming, key=lambda pair: (pair[0], _PRIORITY.index(pair[1])))
        return kind, max(0.0, (due - active) / 1000)

    def active_today_ms(self) -> int:
        """Active time today: what was recorded before this session plus this session's."""
        return self._active_today_base + self._clock.active_ms()

    def worked_ms(self) -> dict[BreakKind, int]:
        """Active ms counted toward the next micro and rest break: what a restart keeps (`worked_ms=`).

        A postponed break counts as that much nearer its interval, so it stays put across a restart.
        """
        active = self._clock.active_ms()
        worked = {}
        for kind in (BreakKind.MICRO, BreakKind.REST):
            due = self._due_at[kind]
            if due is None:
                worked[kind] = active - self._base[kind]
            else:
                worked[kind] = int(self._settings.every_s(kind) * 1000) - max(0, due - active)
        return worked

    # -- what the UI tells ---------------------------------------------------------------------

    def note_submitted(self) -> None:
        """The user finished an item: a break waiting for a good moment may start now."""
        self._submitted = True

    def poll(self) -> list[BreakEvent]:
        """Advance the schedule to now; returns what happened, oldest first."""
        if self._on_break is not None:
            left = self.seconds_left()
            if left is not None and left <= 0:
                return [self._end(Outcome.TAKEN)]
            return []
        events: list[BreakEvent] = self._notice_natural_breaks()
        active = self._clock.active_ms()
        if self._due is None:
            due_now = [kind for kind in _PRIORITY if self._is_due(kind, active)]
            if due_now:
                self._due = due_now[0]
                self._due_since_ms = self._clock.now_ms()
                self._submitted = False
        if self._due is not None:
            if self._good_moment():
                events.append(self._start(self._due))
            return events
        events.extend(self._heads_up(active))
        return events

    def take_now(self, kind: BreakKind | None = None) -> list[BreakEvent]:
        """Start a break at once: `kind`, or whichever is due next (a micro-break if none are on)."""
        if self._on_break is not None:
            return []
        if kind is None:
            upcoming = self.next_break()
            kind = upcoming[0] if upcoming else BreakKind.MICRO
        return [self._start(kind)]

    def postpone(self) -> list[BreakEvent]:
        """Put the break under way off by `postpone_s` of active time; refused (empty) once used up."""
        if not self.can_postpone():
            return []
        assert self._on_break is not None
        kind = self._on_break.kind
        self._postpones[kind] += 1
        event = self._end(Outcome.POSTPONED)
        self._due_at[kind] = self._clock.active_ms() + int(self._settings.postpone_s * 1000)
        return [event]

    def skip(self) -> list[BreakEvent]:
        """End the break under way without taking it; its timer starts again as if it was taken."""
        if self._on_break is None:
            return []
        return [self._end(Outcome.SKIPPED)]

    def close(self) -> list[BreakEvent]:
        """The app is closing: a break under way counts as taken so far, a natural one as noticed."""
        if self._on_break is not None:
            return [self._end(Outcome.TAKEN)]
        return self._finish_pause()

    # -- internals -----------------------------------------------------------------------------

    def _is_due(self, kind: BreakKind, active: int) -> bool:
        due = self._due_at[kind]
        if due is None:
            return False
        return active >= due

    def _good_moment(self) -> bool:
        settings = self._settings
        if self._clock.now_ms() - self._due_since_ms >= settings.defer_cap_s * 1000:
            return True
        if self._clock.pointer_held:
            return False
        return self._submitted or self._clock.hands_idle_for_ms() >= settings.quiet_s * 1000

    def _heads_up(self, active: int) -> list[BreakEvent]:
        upcoming = self.next_break()
        if upcoming is None:
            return []
        kind, seconds = upcoming
        if self._warned[kind] or seconds <= 0 or seconds > self._settings.heads_up_s:
            return []
        self._warned[kind] = True
        return [HeadsUp(kind, seconds)]

    def _start(self, kind: BreakKind) -> BreakStarted:
        self._clock.pause()
        self._due = None
        self._submitted = False
        started = BreakStarted(
            kind, self._settings.length_s(kind), self._postpones[kind] < self._settings.max_postpones
        )
        self._on_break = started
        self._break_started_ms = self._clock.now_ms()
        return started

    def _end(self, outcome: Outcome) -> BreakEnded:
        assert self._on_break is not None
        kind = self._on_break.kind
        elapsed = self._clock.now_ms() - self._break_started_ms
        length = self._on_break.length_s
        duration = min(elapsed, int(length * 1000)) if outcome is Outcome.TAKEN and length is not None else elapsed
        self._on_break = None
        self._clock.resume()
        self._warned[kind] = False
        if outcome is not Outcome.POSTPONED:
            self._reset(kind)
        return BreakEnded(kind, outcome, duration)

    def _reset(self, kind: BreakKind) -> None:
        self._postpones[kind] = 0
        self._warned[kind] = False
        if kind is BreakKind.DAILY:
            # Dismissed for today: the limit is the worker's own, not a lock.
            self._daily_dismissed = True
            self._due_at[BreakKind.DAILY] = None
            return
        # A rest break is also a micro-break: both timers start again.
        kinds = (BreakKind.REST, BreakKind.MICRO) if kind is BreakKind.REST else (BreakKind.MICRO,)
        active = self._clock.active_ms()
        for each in kinds:
            self._base[each] = active
            self._postpones[each] = 0
            self._warned[each] = False
            self._reschedule(each)
            if self._due is each:
                self._due = None

    def _natural_threshold_ms(self, kind: BreakKind) -> int:
        return int(self._settings.natural_break_s(kind) * 1000)

    def _notice_natural_breaks(self) -> list[BreakEvent]:
        events: list[BreakEvent] = []
        idle = self._clock.idle_for_ms()
        key = self._clock.last_input_ms()  # the moment of the last input identifies this pause
        if self._pause_key != key:
            events.extend(self._finish_pause())
            self._pause_key = key
        self._pause_longest_ms = max(self._pause_longest_ms, idle)
        for kind in (BreakKind.REST, BreakKind.MICRO):
            if self._due_at[kind] is None or idle < self._natural_threshold_ms(kind):
                continue
            if self._pause_credit is BreakKind.REST or self._pause_credit is kind:
                break
            self._pause_credit = kind
            self._reset(kind)
            # Break time is nobody's idle time: the item's idle tally must not carry it.
            self._clock.count_pause_as_break()
            break
        return events

    def _finish_pause(self) -> list[BreakEvent]:
        credit, longest = self._pause_credit, self._pause_longest_ms
        self._pause_credit = None
        self._pause_longest_ms = 0
        self._pause_key = None
        if credit is None:
            return []
        return [BreakEnded(credit, Outcome.NATURAL, longest)]


def load_break_settings(stored: Any) -> tuple[BreakSettings, str | None]:
    """Settings from what the workspace stored, and a message if it was unusable (defaults are used then)."""
    if stored is None:
        return BreakSettings(), None
    try:
        return BreakSettings.from_dict(stored), None
    except (TypeError, ValueError) as exc:
        return BreakSettings(), f"The saved break settings were ignored ({exc}); the defaults are used."


def store_timers(worked: Mapping[BreakKind, int], *, now: datetime) -> dict[str, Any]:
    """The JSON-ready record of `BreakScheduler.worked_ms()` kept under TIMERS_KEY, stamped with the wall clock."""
    return {
        "micro_ms": int(worked.get(BreakKind.MICRO, 0)),
        "rest_ms": int(worked.get(BreakKind.REST, 0)),
        "at": now.astimezone(UTC).isoformat(timespec="milliseconds"),
    }


def restore_timers(stored: Any, settings: BreakSettings, *, now: datetime) -> dict[BreakKind, int]:
    """The active time counted toward each break when the app last stopped, for `BreakScheduler(worked_ms=)`.

    The app being closed is a pause too: closed as long as a natural break of a kind, that timer
    starts again (a rest break is also a micro-break). A record that cannot be read starts afresh.
    """
    if not isinstance(stored, dict):
        return {}
    try:
        at = datetime.fromisoformat(stored["at"])
        worked = {BreakKind.MICRO: stored["micro_ms"], BreakKind.REST: stored["rest_ms"]}
    except (KeyError, TypeError, ValueError):
        return {}
    if at.tzinfo is None or not all(isinstance(v, int) and not isinstance(v, bool) for v in worked.values()):
        return {}
    # A wall clock set back makes the gap negative: then nothing is known to have been a break.
    away_s = max(0.0, (now - at).total_seconds())
    if away_s >= settings.natural_break_s(BreakKind.REST):
        return {BreakKind.MICRO: 0, BreakKind.REST: 0}
    if away_s >= settings.natural_break_s(BreakKind.MICRO):
        worked[BreakKind.MICRO] = 0
    return {kind: max(0, value) for kind, value in worked.items()}

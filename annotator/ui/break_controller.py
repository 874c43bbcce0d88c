"""Runs the clock, the time recorder and the break scheduler for a window, and turns their events into UI."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from annotator.core.activity_stats import day_stats
from annotator.core.breaks import (
    SETTINGS_KEY,
    TIMERS_KEY,
    BreakEnded,
    BreakEvent,
    BreakKind,
    BreakScheduler,
    BreakSettings,
    BreakStarted,
    HeadsUp,
    load_break_settings,
    restore_timers,
    store_timers,
)
from annotator.core.timing import DEFAULT_FLUSH_EVERY_S, ActivityClock, ItemTimeRecorder, Monotonic, workspace_sink
from annotator.core.workspace import Workspace, utc_now
from annotator.ui.activity import ActivityMonitor
from annotator.ui.break_overlay import BreakOverlay, Notifier, notification_text, title

POLL_MS = 500
# The time toward the next break is written when it moved this much (as often as the time tally
# is flushed), and on every flush, break and close: a restart keeps it, without a write a second.
_SAVE_TIMERS_EVERY_MS = int(DEFAULT_FLUSH_EVERY_S * 1000)


class BreakController(QObject):
    """Owns the timing pieces of one window. Tests inject `monotonic` (and `wall`) and call `poll()` or wait for it.

    The active time counted toward the next breaks is kept in the workspace (TIMERS_KEY), so a
    restart goes on counting; a restart after being away as long as a break starts that timer again.
    """

    break_started = Signal(str)  # kind
    break_ended = Signal(str, str)  # kind, outcome
    heads_up = Signal(str, float)  # kind, seconds of active time left
    settings_problem = Signal(str)
    status_changed = Signal(str)  # status_text() changed as time went on, e.g. 'Next micro break in 4 min'

    def __init__(
        self,
        workspace: Workspace,
        window: QWidget,
        *,
        monotonic: Monotonic = time.monotonic,
        wall: Callable[[], datetime] = utc_now,
    ):
        super().__init__(window)
        self._workspace = workspace
        self._window = window
        self._monotonic = monotonic
        self._wall = wall
        settings, self.problem = load_break_settings(workspace.setting(SETTINGS_KEY))
        self.clock = ActivityClock(monotonic=monotonic, idle_threshold_s=settings.idle_threshold_s)
        self.recorder = ItemTimeRecorder(self.clock, workspace_sink(workspace))
        today = day_stats(workspace, today=date.today(), days=1)[0]
        worked = restore_timers(workspace.setting(TIMERS_KEY), settings, now=wall())
        self.scheduler = BreakScheduler(self.clock, settings, active_today_ms=today.active_ms, worked_ms=worked)
        self._saved_worked = self.scheduler.worked_ms()
        self._status = self.status_text()
        self.monitor = ActivityMonitor(self.clock, self)
        self.overlay = BreakOverlay(window, on_postpone=self.postpone, on_skip=self.skip, now_s=monotonic)
        self.notifier = Notifier(window)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    # -- what the window tells -----------------------------------------------------------------

    def show_item(self, *, package_id: str, item_id: str) -> None:
        """A new item is on screen: time from now on is its time."""
        self.recorder.show_item(package_id=package_id, item_id=item_id)

    def note_submitted(self) -> None:
        """An item was finished: a waiting break may start now."""
        self.scheduler.note_submitted()
        self.poll()

    def flush(self) -> None:
        """Write the time measured so far (before an export, or the dashboard), and the time toward the next break."""
        self.recorder.flush()
        self._save_timers(force=True)

    def close(self) -> None:
        """Window closing: log a break under way, write the last seconds and the break timers, stop the timer."""
        self._timer.stop()
        self._handle(self.scheduler.close())
        self._save_timers(force=True)
        self.recorder.close()

    # -- actions -------------------------------------------------------------------------------

    def poll(self) -> None:
        """Advance the schedule; called by a timer, and after anything that may start a break."""
        self.recorder.tick()
        self._handle(self.scheduler.poll())
        if self.scheduler.on_break is not None:
            self.overlay.update_countdown(self.scheduler.seconds_left())
        self._save_timers(force=False)
        status = self.status_text()
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)

    def postpone(self) -> None:
        """Postpone the break on screen (once)."""
        self._handle(self.scheduler.postpone())

    def skip(self) -> None:
        """Skip the break on screen."""
        self._handle(self.scheduler.skip())

    def take_now(self) -> None:
        """Start the next break now."""
        self.recorder.flush()
        self._handle(self.scheduler.take_now())

    @property
    def settings(self) -> BreakSettings:
        """The break and idle settings in force."""
        return self.scheduler.settings

    def apply_settings(self, settings: BreakSettings) -> None:
        """Use and store new settings; they persist in the workspace."""
        self.recorder.flush()
        self.scheduler.apply(settings)
        self._workspace.set_setting(SETTINGS_KEY, settings.to_dict())

    def status_text(self) -> str:
        """e.g. 'Next: micro-break in 12 min' for the status bar."""
        if self.scheduler.on_break is not None:
            kind = self.scheduler.on_break.kind
            if kind is BreakKind.MICRO:
                return self.tr("Micro-break now")
            if kind is BreakKind.REST:
                return self.tr("Rest break now")
            return self.tr("Time to stop for today")
        upcoming = self.scheduler.next_break()
        if upcoming is None:
            return self.tr("Breaks off")
        kind, seconds = upcoming
        minutes = QLocale().toString(max(1, round(seconds / 60)))
        if kind is BreakKind.MICRO:
            return self.tr("Next micro break in {minutes} min").format(minutes=minutes)
        if kind is BreakKind.REST:
            return self.tr("Next rest break in {minutes} min").format(minutes=minutes)
        return self.tr("Daily limit in {minutes} min").format(minutes=minutes)

    # -- internals -----------------------------------------------------------------------------

    def _save_timers(self, *, force: bool) -> None:
        worked = self.scheduler.worked_ms()
        moved = any(abs(worked[kind] - self._saved_worked.get(kind, 0)) >= _SAVE_TIMERS_EVERY_MS for kind in worked)
        if not (force or moved):
            return
        self._workspace.set_setting(TIMERS_KEY, store_timers(worked, now=self._wall()))
        self._saved_worked = worked

    def _handle(self, events: list[BreakEvent]) -> None:
        for event in events:
            if isinstance(event, HeadsUp):
                self._on_heads_up(event)
            elif isinstance(event, BreakStarted):
                self._on_break_started(event)
            elif isinstance(event, BreakEnded):
                self._on_break_ended(event)

    def _on_heads_up(self, event: HeadsUp) -> None:
        if not self._window.isActiveWindow():
            heading = self.tr("{title} in {seconds} s").format(
                title=title(event.kind), seconds=QLocale().toString(round(event.seconds_left))
            )
            self.notifier.notify(heading, self.tr("Finish what you are doing."))
        self.heads_up.emit(event.kind.value, event.seconds_left)

    def _on_break_started(self, event: BreakStarted) -> None:
        # The break's time is nobody's item time: what came before is written first.
        self.recorder.flush()
        self.overlay.show_break(event.kind, seconds_left=event.length_s, can_postpone=event.can_postpone)
        if not self._window.isActiveWindow():
            self.notifier.notify(*notification_text(event.kind, event.length_s))
        self.break_started.emit(event.kind.value)

    def _on_break_ended(self, event: BreakEnded) -> None:
        self._workspace.log_break(kind=event.kind.value, outcome=event.outcome.value, duration_ms=event.duration_ms)
        # The timer started again: a restart from here must not bring back the time before the break.
        self._save_timers(force=True)
        if self.overlay.isVisible() and self.scheduler.on_break is None:
            self.overlay.end_break()
        self.break_ended.emit(event.kind.value, event.outcome.value)

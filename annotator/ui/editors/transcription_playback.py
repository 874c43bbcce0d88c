"""The transcription editor's playback glue: keys and controls drive the Player; the playhead follows it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from annotator.core.playback.player import AudioSource, Player
from annotator.ui.editors.audio_controls import AudioControls
from annotator.ui.editors.waveform_view import WaveformView

SKIP_SECONDS = 1.5  # oTranscribe's step; transcribers expect 1-1.5 s (ref/audio-tools.md)
SPEED_STEP = 0.1
VOLUME_STEP = 0.1
TICK_MS = 30  # playhead refresh while playing
ACTIVITY_EVERY = 2.0  # seconds between "still listening" notes to the activity monitor


class TranscriptionPlayback(QObject):
    """Owns the editor's use of a Player: what may play, when it pauses, and what the views show of it.

    The editor tells it the item's audio (`load`, `unload`) and the selected segment (`set_loop_span`);
    everything else (controls, seek clicks on the waveforms, breaks, hiding) it wires itself.
    """

    def __init__(
        self,
        player: Player,
        *,
        editor: QWidget,
        controls: AudioControls,
        overview: WaveformView,
        waveform: WaveformView,
    ):
        super().__init__(editor)
        self.player = player
        self._editor = editor
        self._controls = controls
        self._overview = overview
        self._waveform = waveform
        self._duration: float | None = None
        self._loop_span: tuple[float, float] | None = None
        self._actions: list[QAction] = []
        self._break_window: QWidget | None = None
        self._activity_noted = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        controls.play_clicked.connect(self.toggle)
        controls.speed_changed.connect(lambda speed: self._set_player(player.set_speed, speed))
        controls.volume_changed.connect(lambda volume: self._set_player(player.set_volume, volume))
        controls.auto_rewind_changed.connect(lambda seconds: self._set_player(player.set_auto_rewind, seconds))
        controls.loop_toggled.connect(lambda _on: self._apply_loop())
        controls.retry_clicked.connect(self.retry)
        overview.seek_requested.connect(self.seek)
        waveform.seek_requested.connect(self.seek)
        # Hiding the editor pauses; showing it (in a window) connects to that window's breaks.
        editor.installEventFilter(self)

    def action_handlers(self) -> dict[str, Callable[[], object]]:
        """The playback actions' handlers, by short action id; they need a sound device."""
        return {
            "play_pause": self.toggle,
            "skip_back": lambda: self._skip(-SKIP_SECONDS),
            "skip_forward": lambda: self._skip(SKIP_SECONDS),
            "slower": lambda: self._step_speed(-SPEED_STEP),
            "faster": lambda: self._step_speed(SPEED_STEP),
            "volume_down": lambda: self._step_volume(-VOLUME_STEP),
            "volume_up": lambda: self._step_volume(VOLUME_STEP),
            "loop": self._controls.loop.toggle,
        }

    def bind_actions(self, actions: list[QAction]) -> None:
        """The built playback actions: enabled only while a device is there."""
        self._actions = actions
        self._update_availability()

    # -- the item's audio ----------------------------------------------------------------------

    def unload(self) -> None:
        """Stop and forget the audio (another item is coming); nothing plays until `load`."""
        self.player.pause()
        self.player.unload()
        self._timer.stop()
        self._duration = None
        self._controls.set_time(0.0, None)
        self._controls.set_playing(False)
        # The views outlive the item: without this they kept the last item's playhead until playback moved.
        for view in (self._overview, self._waveform):
            view.set_playhead(0.0)

    def load(self, open_source: Callable[[], AudioSource], *, name: str, duration: float) -> None:
        """Open the item's audio for playback; raises MediaError when it cannot be played."""
        self._duration = duration
        self.player.load(open_source, name=name)
        self._apply_loop()
        self._show_position(self.player.position)

    def set_loop_span(self, span: tuple[float, float] | None) -> None:
        """The selected segment's (start, end): what plays over and over while Loop is on."""
        self._loop_span = span
        self._apply_loop()

    # -- what keys and controls do -------------------------------------------------------------

    def toggle(self) -> None:
        """Play or pause."""
        if self.player.availability.ok and self._duration is not None:
            self.player.toggle()
            self._on_timer_timeout()
            if self.player.playing:
                self._timer.start()

    def seek(self, seconds: float) -> None:
        """Move the playhead (and playback) to `seconds`."""
        if self._duration is None:
            return
        self.player.seek(min(max(seconds, 0.0), self._duration))
        self._show_position(self.player.position)

    def retry(self) -> None:
        """Look for an output device again (after plugging one in)."""
        self.player.retry()
        self._update_availability()

    def _skip(self, delta: float) -> None:
        if self._duration is not None:
            self.player.skip(delta)
            self._show_position(self.player.position)

    def _step_speed(self, delta: float) -> None:
        self._set_player(self.player.set_speed, min(max(round(self.player.speed + delta, 2), 0.5), 2.0))

    def _step_volume(self, delta: float) -> None:
        self._set_player(self.player.set_volume, min(max(round(self.player.volume + delta, 2), 0.0), 2.0))

    def _set_player(self, setter: Callable[[float], object], value: float) -> None:
        setter(value)
        self._update_availability()

    def _apply_loop(self) -> None:
        if self._duration is None:
            return
        if self._controls.loop.isChecked() and self._loop_span is not None:
            self.player.set_loop(*self._loop_span)
        else:
            self.player.set_loop(None, None)

    def _update_availability(self) -> None:
        availability = self.player.availability
        self._controls.set_availability(availability.ok, availability.reason)
        for action in self._actions:
            action.setEnabled(availability.ok)
        self._controls.show_values(
            speed=self.player.speed,
            volume=self.player.volume,
            auto_rewind=self.player.auto_rewind,
            loop=self._controls.loop.isChecked(),
        )

    # -- while playing -------------------------------------------------------------------------

    def _show_position(self, position: float) -> None:
        for view in (self._overview, self._waveform):
            view.set_playhead(position)
        self._waveform.follow(position)
        self._controls.set_time(position, self._duration)
        self._controls.set_playing(self.player.playing)

    def _on_timer_timeout(self) -> None:
        self._show_position(self.player.position)
        if self.player.playing:
            self._note_activity()
        else:
            self._timer.stop()

    def _note_activity(self) -> None:
        # Listening is work: the activity monitor must not count a transcriber who only listens as idle.
        note = getattr(self._editor.window(), "note_activity", None)
        now = time.monotonic()
        if callable(note) and now - self._activity_noted >= ACTIVITY_EVERY:
            self._activity_noted = now
            note()

    def _pause(self) -> None:
        if self.player.playing:
            self.player.pause()
            self._on_timer_timeout()

    def _connect_break_signal(self) -> None:
        window = self._editor.window()
        if window is not self._break_window and hasattr(window, "break_started"):
            window.break_started.connect(self._on_window_break_started)
            self._break_window = window

    def _on_window_break_started(self, *_args: Any) -> None:
        self._pause()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor:
            if event.type() == QEvent.Type.Show:
                self._connect_break_signal()
            elif event.type() == QEvent.Type.Hide:
                # Another kind of item took the screen: this audio must not keep playing behind it.
                self._pause()
        return False

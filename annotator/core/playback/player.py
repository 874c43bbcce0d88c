"""Plays one audio file: play/pause, seek, skip, speed with pitch kept, volume, loop and auto-rewind.

Three threads touch a Player. The caller's (the UI thread) calls its methods; a worker thread reads
the file, time-stretches, resamples and applies the volume into a preallocated ring buffer; the
device callback only copies from that ring. The media time of every output frame is kept in a
Timeline, so `position` is the media time being heard, exact across seeks and speed changes.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import numpy as np

from annotator.core.errors import MediaError
from annotator.core.media.audio import open_audio, read_frames
from annotator.core.media.stretch import MAX_SPEED, MIN_SPEED, TimeStretcher
from annotator.core.playback.output import (
    Availability,
    OutputBackend,
    OutputError,
    OutputStream,
    SoundDeviceBackend,
    StreamFormat,
)
from annotator.core.playback.resample import StreamResampler
from annotator.core.playback.ring_buffer import RingBuffer
from annotator.core.playback.timeline import Timeline

MAX_VOLUME = 2.0
MAX_AUTO_REWIND = 10.0
# Half a second buffered rides out a busy UI thread holding the GIL; seeks flush it, so it adds no lag.
RING_SECONDS = 0.5
# Source read per worker step: small enough that a seek waits little for the step in progress.
BLOCK_SECONDS = 0.05
# Output ready before load() or seek() returns, so play() sounds on the very next device buffer.
PREFILL_SECONDS = 0.06
# A short fade-in after a jump, and a fade-out on pause, avoid clicks (python-sounddevice #452).
FADE_SECONDS = 0.005
WORKER_POLL_SECONDS = 0.005

AudioSource = str | Path | BinaryIO


class Player:
    """Plays one loaded audio file on an output backend; every method is safe without a device."""

    def __init__(self, *, backend: OutputBackend | None = None, auto_rewind: float = 1.0):
        self._backend: OutputBackend = backend if backend is not None else SoundDeviceBackend()
        self._availability = self._backend.probe()
        self._auto_rewind = _clamp(auto_rewind, 0.0, MAX_AUTO_REWIND)
        self._speed = 1.0
        self._volume = 1.0
        self._loop: tuple[int, int] | None = None  # media frames [start, end)
        self._error: MediaError | None = None

        self._sound = None  # an open AudioFile
        self._handle: BinaryIO | None = None  # a file object open_source returned, ours to close
        self._name = ""
        self._frames = 0
        self._rate = 0

        self._stream: OutputStream | None = None
        self._format: StreamFormat | None = None
        self._ring: RingBuffer | None = None
        self._latency_frames = 0
        self._timeline = Timeline()

        # Read by the device callback: plain attributes, each written in one assignment.
        self._active = False
        self._fading_out = False  # set by pause(): the next buffer fades what would have come to silence
        self._fade_out: np.ndarray = np.zeros((0, 1), dtype=np.float32)
        self._all_written = False
        self._callback_time = 0.0
        self._callback_frames = 0

        # Producer state; only touched with _produce_lock held.
        self._produce_lock = threading.RLock()
        self._cursor = 0  # media frame the next read starts at
        self._needs_seek = True
        self._source_done = False
        self._stretcher: TimeStretcher | None = None
        self._resampler: StreamResampler | None = None
        self._pending: np.ndarray | None = None  # produced frames the full ring had no room for
        self._produced = 0  # ring index of the next frame produced
        self._fade_left = 0
        self._fade: np.ndarray = np.zeros(0, dtype=np.float32)

        self._floor = 0  # ring index at the last jump: the position is never computed from before it
        self._still = 0.0  # media frame to report when there is no ring (no device)
        self._rewind_pending = False

        self._closed = False
        self._wake = threading.Event()
        self._worker = threading.Thread(target=self._run_worker, name="audio-producer", daemon=True)
        self._worker.start()

    # -- device ------------------------------------------------------------------------------------

    @property
    def availability(self) -> Availability:
        """Whether playback works, and if not, the reason to show the user."""
        return self._availability

    def retry(self) -> Availability:
        """Look for an output device again (one may have been plugged in) and use it if found."""
        self._availability = self._backend.probe(refresh=not self._availability.ok)
        if self._availability.ok and self._sound is not None and self._stream is None:
            with self._produce_lock:
                media = self._still
                self._open_stream()
                self._restart(media=media, fade=True)
        return self._availability

    def _open_stream(self) -> None:
        """Open (or reuse) a stream for the loaded file's format; on refusal, playback becomes unavailable."""
        try:
            wanted = self._backend.negotiate(samplerate=self._rate, channels=self._sound.channels)
            if self._stream is not None and wanted == self._format:
                return
            self._close_stream()
            ring = RingBuffer(capacity=max(1, int(RING_SECONDS * wanted.samplerate)), channels=wanted.channels)
            stream = self._backend.open_stream(stream_format=wanted, callback=self._make_callback(ring))
        except OutputError as exc:
            self._availability = Availability(False, str(exc))
            return
        self._stream, self._format, self._ring = stream, wanted, ring
        self._latency_frames = int(round(stream.latency * wanted.samplerate))
        fade_frames = max(1, int(FADE_SECONDS * wanted.samplerate))
        self._fade = np.linspace(0.0, 1.0, fade_frames, dtype=np.float32)[:, None]
        self._fade_out = self._fade[::-1].copy()

    def _close_stream(self) -> None:
        self._active = False
        if self._stream is not None:
            self._stream.close()
        self._stream, self._format, self._ring = None, None, None

    def _make_callback(self, ring: RingBuffer) -> Callable[[np.ndarray], None]:
        read_into, peek_into = ring.read_into, ring.peek_into
        clock = time.perf_counter

        def callback(out: np.ndarray) -> None:
            # Audio thread: copy from the ring and nothing else (no decoding, allocation or logging).
            if not self._active:
                if self._fading_out:
                    # Paused: the next few ms fade to silence instead of stopping dead (a click).
                    # Peeked, not read, so the pause point stays the frame handed last.
                    self._fading_out = False
                    fade = self._fade_out[: len(out)]
                    peek_into(out)
                    out[: len(fade)] *= fade
                    out[len(fade) :] = 0.0
                    return
                out.fill(0.0)
                return
            finished = self._all_written  # read first: then everything it promises is already in the ring
            count = read_into(out)
            self._callback_time = clock()
            self._callback_frames = count
            if finished and count < len(out):
                self._active = False

        return callback

    # -- media -------------------------------------------------------------------------------------

    def load(self, open_source: Callable[[], AudioSource], *, name: str) -> None:
        """Open the audio `open_source()` gives and get it ready to play at 0; MediaError names `name`."""
        self.unload()
        try:
            source = open_source()
        except OSError as exc:
            raise MediaError(name, f"cannot be opened ({exc})") from exc
        handle = None if isinstance(source, str | Path) else source
        try:
            sound = open_audio(source, name=name)
        except BaseException:
            if handle is not None:
                handle.close()
            raise
        with self._produce_lock:
            self._sound, self._handle, self._name = sound, handle, name
            self._frames, self._rate = int(sound.frames), int(sound.samplerate)
            self._error = None
            self._loop = None
            if self._availability.ok:
                self._open_stream()
            self._restart(media=0, fade=True)

    def unload(self) -> None:
        """Stop and close the file (the output stream stays open for the next file)."""
        self._active = False
        with self._produce_lock:
            if self._ring is not None:
                self._ring.discard()
            self._pending = None
            self._source_done = True
            self._all_written = True
            if self._sound is not None:
                self._sound.close()
            if self._handle is not None:
                self._handle.close()
            self._sound, self._handle, self._name = None, None, ""
            self._frames, self._rate = 0, 0
            self._stretcher = self._resampler = None
            self._loop = None
            self._still = 0.0
            self._rewind_pending = False

    def close(self) -> None:
        """Unload, stop the worker and release the device. The player cannot be used afterwards."""
        self.unload()
        self._closed = True
        self._wake.set()
        # Generous: on a loaded machine the worker may be mid-way through a decode and stretch block.
        self._worker.join(timeout=10.0)
        with self._produce_lock:
            self._close_stream()

    @property
    def error(self) -> MediaError | None:
        """A decoding error met while playing (playback stopped there), or None."""
        return self._error

    @property
    def duration(self) -> float:
        """Length of the loaded file in seconds (0.0 when none)."""
        return self._frames / self._rate if self._rate else 0.0

    @property
    def position(self) -> float:
        """Seconds of media time being heard now (where it stands when paused)."""
        if self._sound is None:
            return 0.0
        ring = self._ring
        if ring is None:
            return self._still / self._rate
        handed = ring.read
        if not self._active and self._all_written and ring.available() == 0:
            return self.duration  # played to the end: the stretcher's last frame rounding aside
        if self._active:
            # What is heard now was handed over one output latency ago; between callbacks the
            # device plays on, so move on by the time since the last one (at most its length).
            since = time.perf_counter() - self._callback_time
            rate = self._format.samplerate if self._format is not None else self._rate
            ahead = min(since * rate, self._callback_frames)
            heard = min(handed - self._latency_frames + ahead, handed)
        else:
            heard = handed
        media = self._timeline.media_at(max(heard, self._floor))
        return _clamp(media, 0.0, self._frames) / self._rate

    @property
    def playing(self) -> bool:
        """Whether audio is being played (False once the end was reached)."""
        return self._active

    # -- transport ---------------------------------------------------------------------------------

    def play(self) -> None:
        """Start or resume; after a pause, resume `auto_rewind` seconds earlier. A no-op without a device."""
        if self._active or self._sound is None or self._stream is None or not self._availability.ok:
            return
        with self._produce_lock:
            at_end = self._all_written and self._ring is not None and self._ring.available() == 0
            if at_end or self.position >= self.duration:
                self._restart(media=self._loop[0] if self._loop else 0, fade=True)
            elif self._rewind_pending:
                earliest = self._loop[0] / self._rate if self._loop else 0.0
                target = max(earliest, self.position - self._auto_rewind)
                self._restart(media=target * self._rate, fade=True)
            self._rewind_pending = False
            # The first buffers after a start are still on their way: do not report time before now.
            self._floor = self._ring.read
            self._fading_out = False
            try:
                if not self._stream.active:
                    self._stream.start()
            except OutputError as exc:
                self._availability = Availability(False, str(exc))
                return
            self._active = True

    def pause(self) -> None:
        """Stop at the frame being heard; the device gets silence from its next buffer on."""
        if not self._active:
            return
        # Buffers already handed over still play out, so the pause point is what was handed.
        self._fading_out = True
        self._active = False
        self._rewind_pending = True

    def toggle(self) -> None:
        """Pause when playing, else play."""
        if self._active:
            self.pause()
        else:
            self.play()

    def seek(self, seconds: float) -> None:
        """Jump to `seconds` (clamped to the file); playing goes on from there."""
        if self._sound is None:
            return
        with self._produce_lock:
            self._rewind_pending = False
            self._restart(media=_clamp(seconds, 0.0, self.duration) * self._rate, fade=True)

    def skip(self, delta: float) -> None:
        """Jump `delta` seconds forward (negative: back) from the position heard."""
        self.seek(self.position + delta)

    @property
    def speed(self) -> float:
        """Playback speed, 0.5 to 2.0; the pitch stays."""
        return self._speed

    def set_speed(self, speed: float) -> None:
        """Change the speed (clamped to 0.5 .. 2.0) from the next frame on, pitch kept."""
        speed = round(_clamp(speed, MIN_SPEED, MAX_SPEED), 6)
        if speed == self._speed:
            return
        with self._produce_lock:
            self._speed = speed
            self._continue_changed()

    @property
    def volume(self) -> float:
        """Gain, 0 (silent) to 2 (twice as loud, clipped)."""
        return self._volume

    def set_volume(self, volume: float) -> None:
        """Change the gain (clamped to 0 .. 2), heard at once rather than after the buffered half second."""
        volume = _clamp(volume, 0.0, MAX_VOLUME)
        if volume == self._volume:
            return
        with self._produce_lock:
            self._volume = volume
            self._continue_changed()

    @property
    def auto_rewind(self) -> float:
        """Seconds play() goes back when resuming after a pause."""
        return self._auto_rewind

    def set_auto_rewind(self, seconds: float) -> None:
        """Set the resume rewind (clamped to 0 .. 10 s; 0 turns it off)."""
        self._auto_rewind = _clamp(seconds, 0.0, MAX_AUTO_REWIND)

    @property
    def loop(self) -> tuple[float, float] | None:
        """The looped range in seconds, or None."""
        return (self._loop[0] / self._rate, self._loop[1] / self._rate) if self._loop else None

    def set_loop(self, start: float | None, end: float | None) -> None:
        """Loop [start, end) while set (None clears); outside the range, playback jumps to `start`."""
        if self._sound is None:
            return
        with self._produce_lock:
            if start is None or end is None:
                self._loop = None
                self._continue_changed()
                return
            first = int(round(_clamp(start, 0.0, self.duration) * self._rate))
            last = int(round(_clamp(end, 0.0, self.duration) * self._rate))
            if last <= first:
                raise ValueError(f"loop end {end} must be after its start {start}")
            self._loop = (first, last)
            handed = self._handed_media()
            if first <= handed < last:
                self._restart(media=handed, fade=False)
            else:
                self._restart(media=first, fade=True)

    # -- producer ----------------------------------------------------------------------------------

    def _handed_media(self) -> float:
        """Media frame of the next frame the device will get: where a seamless change continues."""
        if self._ring is None:
            return self._still
        return self._timeline.media_at(max(self._ring.read, self._floor))

    def _continue_changed(self) -> None:
        """Re-produce from the next unplayed frame, so a new speed, volume or loop is heard at once."""
        if self._sound is not None:
            self._restart(media=self._handed_media(), fade=False)

    def _restart(self, *, media: float, fade: bool) -> None:
        """Flush the ring and produce from media frame `media` on (a seek, or a change heard at once)."""
        media = _clamp(media, 0.0, self._frames)
        self._fading_out = False  # a fade still due from a pause would fade in the new position's audio
        self._still = media
        self._cursor = int(media)
        self._needs_seek = True
        self._source_done = self._cursor >= self._frames
        self._all_written = self._source_done
        self._pending = None
        if self._ring is None or self._format is None:
            return
        self._ring.discard()
        self._produced = self._ring.written
        self._floor = self._produced
        self._stretcher = (
            None
            if self._speed == 1.0
            else TimeStretcher(samplerate=self._rate, channels=self._sound.channels, speed=self._speed)
        )
        device_rate = self._format.samplerate
        self._resampler = (
            None
            if device_rate == self._rate
            else StreamResampler(source_rate=self._rate, target_rate=device_rate, channels=self._sound.channels)
        )
        self._timeline.start(at=self._produced, media=float(self._cursor), rate=self._speed * self._rate / device_rate)
        self._fade_left = len(self._fade) if fade else 0
        # Ready before returning, so a play() right after a load or a seek sounds on the next buffer.
        wanted = int(PREFILL_SECONDS * device_rate)
        for _ in range(64):
            if self._ring.available() >= wanted or self._all_written:
                break
            if not self._produce_step():
                break
        self._wake.set()

    def _produce_step(self) -> bool:
        """Read, convert and buffer one block; False when nothing could be done."""
        ring = self._ring
        if ring is None or self._sound is None:
            return False
        if self._pending is not None:
            written = ring.write(self._pending)
            self._pending = self._pending[written:] if written < len(self._pending) else None
            if self._pending is None and self._source_done:
                self._all_written = True
            return written > 0
        if self._source_done:
            return False
        want = max(1, int(BLOCK_SECONDS * self._rate))
        loop = self._loop
        if loop is not None and loop[0] <= self._cursor < loop[1]:
            want = min(want, loop[1] - self._cursor)
        try:
            data = self._read(want)
        except MediaError as exc:
            self._error = exc
            data = np.zeros((0, self._sound.channels), dtype=np.float32)
            self._cursor = self._frames
        self._cursor += len(data)
        wrapping = loop is not None and self._cursor >= loop[1] and self._cursor - len(data) < loop[1]
        ended = self._cursor >= self._frames or len(data) < want
        out = self._convert(data, last=wrapping or ended)
        self._emit(out)
        if wrapping:
            self._wrap(loop[0])
        elif ended:
            self._source_done = True
            if self._pending is None:
                self._all_written = True
        return True

    def _read(self, frames: int) -> np.ndarray:
        if self._needs_seek:
            # read_frames seeks exactly (with pre-roll for MP3); later blocks continue from there.
            self._needs_seek = False
            return read_frames(self._sound, start=self._cursor, frames=frames)
        try:
            return self._sound.read(frames, dtype="float32", always_2d=True)
        except RuntimeError as exc:  # soundfile.LibsndfileError is a RuntimeError
            raise MediaError(self._name, f"audio could not be decoded at frame {self._cursor} ({exc})") from exc

    def _convert(self, data: np.ndarray, *, last: bool) -> np.ndarray:
        """File frames to device frames: stretch, resample, map channels, apply the volume."""
        if self._stretcher is not None:
            stretched = self._stretcher.process(data)
            data = np.concatenate([stretched, self._stretcher.flush()]) if last else stretched
        if self._resampler is not None:
            data = self._resampler.process(data)
        data = _map_channels(data, self._format.channels)
        if self._volume != 1.0:
            data = np.clip(data * np.float32(self._volume), -1.0, 1.0)
        if self._fade_left and len(data):
            data = np.array(data, dtype=np.float32)  # never scale the reader's own buffer in place
            start = len(self._fade) - self._fade_left
            count = min(self._fade_left, len(data))
            data[:count] *= self._fade[start : start + count]
            self._fade_left -= count
        return np.ascontiguousarray(data, dtype=np.float32)

    def _emit(self, out: np.ndarray) -> None:
        if not len(out):
            return
        written = self._ring.write(out)
        if written < len(out):
            self._pending = out[written:]
        self._produced += len(out)

    def _wrap(self, start: int) -> None:
        """At the loop end: go on from the loop start, recording the jump in the timeline."""
        self._cursor = start
        self._needs_seek = True
        if self._stretcher is not None:
            self._stretcher.reset()
        if self._resampler is not None:
            self._resampler.reset()
        self._timeline.start(
            at=self._produced, media=float(start), rate=self._speed * self._rate / self._format.samplerate
        )

    def _run_worker(self) -> None:
        while not self._closed:
            busy = False
            with self._produce_lock:
                ring = self._ring
                # Refill when a quarter is free: fewer, larger steps than topping up every few frames.
                if ring is not None and self._sound is not None and ring.free() >= ring.capacity // 4:
                    try:
                        busy = self._produce_step()
                    except Exception as exc:  # the worker must survive anything a file throws at it
                        self._error = MediaError(self._name, f"playback stopped: {exc}")
                        self._source_done = self._all_written = True
            if not busy:
                self._wake.wait(WORKER_POLL_SECONDS)
                self._wake.clear()


def _map_channels(data: np.ndarray, channels: int) -> np.ndarray:
    """File channels to device channels: mono to every speaker, stereo down to mono, extra channels dropped."""
    have = data.shape[1]
    if have == channels:
        return data
    if have == 1:
        return np.repeat(data, channels, axis=1)
    if channels == 1:
        return data.mean(axis=1, keepdims=True, dtype=np.float32)
    if have > channels:
        return data[:, :channels]
    return np.concatenate([data, np.zeros((len(data), channels - have), dtype=np.float32)], axis=1)


def _clamp(value: float, low: float, high: float) -> float:
    value = float(value)
    if math.isnan(value):
        return low
    return min(max(value, low), high)

"""Output backends for tests and benchmarks: a fake device paced in real time, and a tap on any backend."""

from __future__ import annotations

import threading
import time
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from annotator.core.playback.output import (
    NO_DEVICE,
    Availability,
    Callback,
    OutputBackend,
    OutputError,
    OutputStream,
    StreamFormat,
)


class FakeOutputBackend:
    """A pretend sound card: a thread calls the callback every `period` frames, in real time.

    `available` can be flipped to act out "no device" and "device plugged in"; `rates` limits the
    sample rates it accepts (None: any), like the JACK dummy that only runs at 48 kHz.
    """

    def __init__(
        self,
        *,
        samplerate: int = 48000,
        channels: int = 2,
        period: int = 512,
        available: bool = True,
        rates: Collection[int] | None = None,
    ):
        self.samplerate = samplerate
        self.channels = channels
        self.period = period
        self.available = available
        self.rates = set(rates) if rates is not None else None
        self.streams: list[FakePacedStream] = []

    def probe(self, *, refresh: bool = False) -> Availability:
        """Ok while `available` is set."""
        return Availability(True) if self.available else Availability(False, NO_DEVICE)

    def negotiate(self, *, samplerate: int, channels: int) -> StreamFormat:
        """The asked rate if accepted, else the fake's own; always `channels` of the fake out."""
        if not self.available:
            raise OutputError(NO_DEVICE)
        rate = samplerate if self.rates is None or samplerate in self.rates else self.samplerate
        return StreamFormat(samplerate=rate, channels=self.channels)

    def open_stream(self, *, stream_format: StreamFormat, callback: Callback) -> FakePacedStream:
        """A stream whose thread starts on start()."""
        if not self.available:
            raise OutputError(NO_DEVICE)
        stream = FakePacedStream(stream_format=stream_format, callback=callback, period=self.period)
        self.streams.append(stream)
        return stream


class FakePacedStream:
    """Calls the callback with a preallocated (period, channels) buffer at the pace of the sample rate."""

    def __init__(self, *, stream_format: StreamFormat, callback: Callback, period: int):
        self.stream_format = stream_format
        self._callback = callback
        self._period = period
        self._buffer = np.zeros((period, stream_format.channels), dtype=np.float32)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.frames_handed = 0
        self.closed = False

    @property
    def latency(self) -> float:
        """One period, like a two-buffer device."""
        return self._period / self.stream_format.samplerate

    @property
    def active(self) -> bool:
        """Whether the pacing thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the pacing thread."""
        if self.active:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="fake-audio-device", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the pacing thread and wait for it."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
        self._thread = None

    def close(self) -> None:
        """Stop; the stream cannot be started again."""
        self.stop()
        self.closed = True

    def _run(self) -> None:
        seconds_per_period = self._period / self.stream_format.samplerate
        # Absolute deadlines, so sleep overshoot does not add up into drift.
        deadline = time.perf_counter()
        while not self._stop.is_set():
            self._callback(self._buffer)
            self.frames_handed += self._period
            deadline += seconds_per_period
            delay = deadline - time.perf_counter()
            if delay > 0:
                self._stop.wait(delay)
            elif delay < -0.5:
                deadline = time.perf_counter()  # far behind (machine stalled): start pacing afresh


@dataclass(frozen=True)
class TappedBlock:
    """One buffer handed to the device: when, how long, whether it held sound, and (if kept) a copy."""

    at: float  # time.perf_counter() after the callback filled it
    frames: int
    sounding: bool
    data: np.ndarray | None


class BackendTap:
    """Wraps a backend so every buffer the player hands to the device is seen; for tests and benchmarks.

    The tap adds work to the audio thread (a scan, optionally a copy), so it is not for production.
    """

    def __init__(self, backend: OutputBackend, *, keep_data: bool = False, threshold: float = 1e-4):
        self.backend = backend
        self.keep_data = keep_data
        self.threshold = threshold
        self.blocks: list[TappedBlock] = []
        self._lock = threading.Lock()
        self.stream: OutputStream | None = None

    def probe(self, *, refresh: bool = False) -> Availability:
        """The wrapped backend's answer."""
        return self.backend.probe(refresh=refresh)

    def negotiate(self, *, samplerate: int, channels: int) -> StreamFormat:
        """The wrapped backend's answer."""
        return self.backend.negotiate(samplerate=samplerate, channels=channels)

    def open_stream(self, *, stream_format: StreamFormat, callback: Callback) -> OutputStream:
        """Open the wrapped stream with a callback that records each buffer after the player filled it."""

        def tapped(out: np.ndarray) -> None:
            callback(out)
            sounding = bool(np.abs(out).max() > self.threshold) if len(out) else False
            block = TappedBlock(time.perf_counter(), len(out), sounding, out.copy() if self.keep_data else None)
            with self._lock:
                self.blocks.append(block)

        self.stream = self.backend.open_stream(stream_format=stream_format, callback=tapped)
        return self.stream

    def clear(self) -> None:
        """Forget the blocks seen so far."""
        with self._lock:
            self.blocks.clear()

    def snapshot(self) -> list[TappedBlock]:
        """The blocks seen so far, oldest first."""
        with self._lock:
            return list(self.blocks)

    def first_block(self, *, sounding: bool, after: float) -> TappedBlock | None:
        """The first block handed over after perf_counter time `after` that is (or is not) sounding."""
        for block in self.snapshot():
            if block.at >= after and block.sounding == sounding:
                return block
        return None

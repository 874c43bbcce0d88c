"""The audio output device: whether there is one, and a small backend interface over sounddevice.

This is the only module that imports sounddevice, and only inside functions: on Linux its import
raises OSError when PortAudio is missing, and the app must still open (see ref/audio-tools.md 4.3).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

NO_PORTAUDIO = "Audio output unavailable: PortAudio is not installed (install libportaudio2)."
NO_SOUNDDEVICE = "Audio output unavailable: the sounddevice module is not installed."
NO_DEVICE = "Audio output unavailable: no output device found. Plug one in and press Retry."

# Fills one device buffer, float32 (frames, channels), completely. Runs on the audio thread.
Callback = Callable[[np.ndarray], None]


@dataclass(frozen=True)
class Availability:
    """Whether audio can be played; `reason` is a sentence for the user when it cannot ("" when ok)."""

    ok: bool
    reason: str = ""


@dataclass(frozen=True)
class StreamFormat:
    """What an output stream runs at: the sample rate and channel count the device accepted."""

    samplerate: int
    channels: int


class OutputStream(Protocol):
    """A running (or stopped) output stream that calls its callback for every device buffer."""

    @property
    def latency(self) -> float:
        """Seconds from a buffer handed to the callback until it is heard."""
        ...

    @property
    def active(self) -> bool:
        """Whether the stream is started."""
        ...

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...


class OutputBackend(Protocol):
    """Where a Player sends audio: a sound card through sounddevice, or a fake for tests and benchmarks."""

    def probe(self, *, refresh: bool = False) -> Availability:
        """Whether there is an output device now; `refresh` rescans devices plugged in since the last look."""
        ...

    def negotiate(self, *, samplerate: int, channels: int) -> StreamFormat:
        """The format a stream for this audio will run at (the device may refuse the file's rate)."""
        ...

    def open_stream(self, *, stream_format: StreamFormat, callback: Callback) -> OutputStream:
        """Open (not start) a float32 stream; raises OutputError when the device refuses."""
        ...


class OutputError(Exception):
    """The output device refused a stream; the message is a sentence for the user."""


def _import_sounddevice() -> tuple[Any | None, str]:
    """The sounddevice module, or None and why not. Not cached, so a retry sees a fresh install."""
    try:
        import sounddevice
    except OSError:
        return None, NO_PORTAUDIO
    except ImportError:
        return None, NO_SOUNDDEVICE
    return sounddevice, ""


def _default_output(sd: Any) -> dict[str, Any] | None:
    """The default output device's description, or None when PortAudio has none."""
    try:
        device = sd.query_devices(kind="output")
    except (sd.PortAudioError, ValueError):
        # "Error querying device -1": PortAudio works but sees no output device. Not an OSError.
        return None
    if not device or int(device.get("max_output_channels", 0)) < 1:
        return None
    return dict(device)


def probe_output() -> Availability:
    """Whether an audio output device can be used right now. Never raises."""
    sd, reason = _import_sounddevice()
    if sd is None:
        return Availability(False, reason)
    try:
        device = _default_output(sd)
    except Exception as exc:  # a broken PortAudio must not take the editor down with it
        return Availability(False, f"Audio output unavailable: {exc}.")
    return Availability(True) if device is not None else Availability(False, NO_DEVICE)


class SoundDeviceBackend:
    """The real output: the default PortAudio output device, through sounddevice."""

    def probe(self, *, refresh: bool = False) -> Availability:
        """Whether there is an output device; `refresh` restarts PortAudio so new devices show up."""
        if refresh:
            sd, _ = _import_sounddevice()
            if sd is not None:
                self._rescan(sd)
        return probe_output()

    @staticmethod
    def _rescan(sd: Any) -> None:
        # PortAudio lists devices once, at initialisation; re-initialising is the only way to see a
        # device plugged in later (python-sounddevice has no public call for it). Only done while
        # nothing plays, i.e. when there was no device before.
        try:
            sd._terminate()
            sd._initialize()
        except Exception:
            pass

    def negotiate(self, *, samplerate: int, channels: int) -> StreamFormat:
        """The file's rate if the device takes it, else the device's own rate; mono or stereo out."""
        sd, reason = _import_sounddevice()
        if sd is None:
            raise OutputError(reason)
        device = _default_output(sd)
        if device is None:
            raise OutputError(NO_DEVICE)
        # Speech is mono; a mono stream would play on the left speaker only, so use stereo when there is one.
        out_channels = min(2, int(device["max_output_channels"]))
        try:
            sd.check_output_settings(samplerate=samplerate, channels=out_channels, dtype="float32")
            rate = int(samplerate)
        except (sd.PortAudioError, ValueError):
            rate = int(device["default_samplerate"])
        return StreamFormat(samplerate=rate, channels=out_channels)

    def open_stream(self, *, stream_format: StreamFormat, callback: Callback) -> OutputStream:
        """Open a float32 output stream on the default device."""
        sd, reason = _import_sounddevice()
        if sd is None:
            raise OutputError(reason)
        return _SoundDeviceStream(sd, stream_format, callback)


class _SoundDeviceStream:
    """A sounddevice.OutputStream whose callback hands the buffer to ours and counts device trouble."""

    def __init__(self, sd: Any, stream_format: StreamFormat, callback: Callback):
        self.status_count = 0  # underflows and other flags PortAudio reported; read by diagnostics

        def on_buffer(outdata: np.ndarray, frames: int, time: Any, status: Any) -> None:
            if status:
                self.status_count += 1
            callback(outdata)

        try:
            self._stream = sd.OutputStream(
                samplerate=stream_format.samplerate,
                channels=stream_format.channels,
                dtype="float32",
                callback=on_buffer,
            )
        except (sd.PortAudioError, ValueError) as exc:
            raise OutputError(f"Audio output unavailable: the device refused to play ({exc}).") from exc
        self._sd = sd

    @property
    def latency(self) -> float:
        """Output latency PortAudio reports for the stream, in seconds."""
        return float(self._stream.latency)

    @property
    def active(self) -> bool:
        """Whether the stream is started."""
        return bool(self._stream.active)

    def start(self) -> None:
        """Start calling back; raises OutputError when the device went away."""
        try:
            self._stream.start()
        except self._sd.PortAudioError as exc:
            raise OutputError(f"Audio output unavailable: the device stopped working ({exc}).") from exc

    def stop(self) -> None:
        """Stop calling back (buffers already handed over still play out)."""
        try:
            self._stream.stop()
        except self._sd.PortAudioError:
            pass

    def close(self) -> None:
        """Release the device."""
        try:
            self._stream.close()
        except self._sd.PortAudioError:
            pass

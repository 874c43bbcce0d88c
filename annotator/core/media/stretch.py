"""Pitch-preserving time stretch by WSOLA (waveform-similarity overlap-add), whole arrays or streamed."""

from __future__ import annotations

import numpy as np

MIN_SPEED = 0.5
MAX_SPEED = 2.0
# 40 ms Hann frames at 50 % overlap and a +-10 ms similarity search: long enough to hold two periods
# of a low voice (80 Hz), short enough that consonants are not smeared (see ref/audio-tools.md 4.4).
FRAME_SECONDS = 0.040
TOLERANCE_SECONDS = 0.010
# Input already used is dropped in chunks, not per frame, so the buffer is not copied 50 times a second.
_DROP_AT_LEAST = 8192
_EPSILON = 1e-9


def _check_speed(speed: float) -> float:
    speed = float(speed)
    if not MIN_SPEED <= speed <= MAX_SPEED:
        raise ValueError(f"speed {speed} is outside {MIN_SPEED}..{MAX_SPEED}")
    return speed


def stretch(signal: np.ndarray, *, speed: float, samplerate: int) -> np.ndarray:
    """`signal` (float32, (n,) or (n, channels)) played at `speed` with its pitch kept; about n / speed frames.

    Speed 1.0 returns an exact copy; other speeds run a TimeStretcher over the whole array.
    """
    speed = _check_speed(speed)
    data = np.asarray(signal, dtype=np.float32)
    if data.ndim not in (1, 2):
        raise ValueError(f"signal must be (n,) or (n, channels), not {data.shape}")
    if speed == 1.0:
        return data.copy()
    frames = data.reshape(len(data), -1)
    stretcher = TimeStretcher(samplerate=samplerate, channels=frames.shape[1], speed=speed)
    out = np.concatenate([stretcher.process(frames), stretcher.flush()])
    return out[:, 0].copy() if data.ndim == 1 else out


class TimeStretcher:
    """Streaming WSOLA: blocks in at any size, stretched blocks out, continuous across calls.

    Output sample i holds source time i * speed (for a constant speed, within the +-10 ms search
    tolerance) from the last reset: nothing is delayed, output is only held back until its overlap
    is complete (about one frame and the tolerance, 50 ms of source).
    """

    def __init__(self, *, samplerate: int, channels: int, speed: float = 1.0):
        if samplerate <= 0 or channels <= 0:
            raise ValueError(f"samplerate and channels must be positive, not {samplerate} and {channels}")
        self.samplerate = int(samplerate)
        self.channels = int(channels)
        self._speed = _check_speed(speed)
        self._hop = max(8, int(round(FRAME_SECONDS * samplerate / 2)))  # synthesis hop: half a frame
        self._frame = 2 * self._hop
        self._tolerance = max(1, int(round(TOLERANCE_SECONDS * samplerate)))
        # Periodic Hann: at a hop of half its length the windows sum to exactly 1.
        self._window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(self._frame) / self._frame)).astype(np.float32)
        # The first frame after a reset has no predecessor to overlap: flat, then fading like the rest.
        self._first_window = self._window.copy()
        self._first_window[: self._hop] = 1.0
        self._mix = np.ones(self.channels, dtype=np.float32)
        span = self._frame + 2 * self._tolerance
        self._fft_size = 1 << (span - 1).bit_length()
        self.reset()

    @property
    def speed(self) -> float:
        """The current speed factor (0.5 to 2.0)."""
        return self._speed

    def set_speed(self, speed: float) -> None:
        """Change speed from the next frame on; the similarity search keeps the join seamless."""
        self._speed = _check_speed(speed)
        if self._previous is None:
            self._position = self._speed * self._hop

    def reset(self) -> None:
        """Forget all input and output held (after a seek), keeping the speed."""
        # One hop of silence before the source: frame k is centred on source time (k + 1) * hop * speed
        # while its output is centred on (k + 1) * hop, so output i is source i * speed from the start.
        self._buffer = np.zeros((self._hop, self.channels), dtype=np.float32)
        self._position = self._speed * self._hop  # nominal analysis start of the next frame, in buffer frames
        self._previous: int | None = None  # where the last frame was actually taken from
        self._acc = np.zeros((self._frame, self.channels), dtype=np.float32)
        self._weight = np.zeros(self._frame, dtype=np.float32)
        self._expected = 0.0  # output frames the input so far is worth, summed block by block
        self._produced = 0

    def process(self, block: np.ndarray) -> np.ndarray:
        """Take float32 (n, channels) input; return the (m, channels) output completed so far."""
        block = np.asarray(block, dtype=np.float32)
        if block.ndim == 1 and self.channels == 1:
            block = block[:, None]
        if block.ndim != 2 or block.shape[1] != self.channels:
            raise ValueError(f"block must be (n, {self.channels}), not {block.shape}")
        self._expected += len(block) / self._speed
        self._buffer = np.concatenate([self._buffer, block])
        out = []
        while self._can_step():
            out.append(self._step())
        self._drop_used()
        return np.concatenate(out) if out else np.zeros((0, self.channels), dtype=np.float32)

    def flush(self) -> np.ndarray:
        """Return the tail still held, so total output is round(input / speed); then reset."""
        target = int(round(self._expected))
        wanted = max(0, target - self._produced)
        out = []
        while self._produced + self._hop < target:
            needed = self._needed() - len(self._buffer)
            if needed > 0:
                # Silence after the end lets the last frames be taken; the excess is cut below.
                self._buffer = np.concatenate([self._buffer, np.zeros((needed, self.channels), np.float32)])
            out.append(self._step())
        weight = np.maximum(self._weight[: self._hop], _EPSILON)
        out.append(self._acc[: self._hop] / weight[:, None])
        tail = np.concatenate(out)[:wanted]
        self.reset()
        return tail.astype(np.float32, copy=False)

    # -- one WSOLA frame ---------------------------------------------------------------------------

    def _needed(self) -> int:
        """Buffer frames the next step reads up to."""
        end = int(self._position) + self._tolerance + self._frame
        if self._previous is not None:
            end = max(end, self._previous + self._hop + self._frame)
        return end

    def _can_step(self) -> bool:
        return len(self._buffer) >= self._needed()

    def _step(self) -> np.ndarray:
        window = self._window if self._previous is not None else self._first_window
        start = self._best_start()
        frame = self._buffer[start : start + self._frame]
        self._acc += frame * window[:, None]
        self._weight += window
        ready = self._acc[: self._hop] / np.maximum(self._weight[: self._hop], _EPSILON)[:, None]
        # Shift the overlap-add accumulator by one hop.
        self._acc = np.concatenate([self._acc[self._hop :], np.zeros((self._hop, self.channels), np.float32)])
        self._weight = np.concatenate([self._weight[self._hop :], np.zeros(self._hop, np.float32)])
        self._previous = start
        self._position += self._hop * self._speed
        self._produced += self._hop
        return ready

    def _best_start(self) -> int:
        nominal = int(self._position)
        if self._previous is None:
            return nominal
        # The frame that would continue the previous one seamlessly ...
        natural = self._previous + self._hop
        # ... and the candidate within the tolerance of the nominal position most like it.
        low = max(0, nominal - self._tolerance)
        high = nominal + self._tolerance + self._frame
        first = min(low, natural)
        mono = self._mono(first, max(high, natural + self._frame))
        target = mono[natural - first : natural - first + self._frame]
        region = mono[low - first : high - first]
        lags = len(region) - self._frame + 1
        spectrum = np.fft.rfft(region, self._fft_size) * np.conj(np.fft.rfft(target, self._fft_size))
        correlation = np.fft.irfft(spectrum, self._fft_size)[:lags]
        energy = np.concatenate([[0.0], np.cumsum(region * region, dtype=np.float64)])
        # Normalised, so a loud candidate does not win only for being loud.
        score = correlation / np.sqrt(np.maximum(energy[self._frame :] - energy[: lags], 0.0) + _EPSILON)
        # A hair of preference for the nominal position decides ties (silence), so source time does not drift.
        score -= 1e-9 * np.abs(np.arange(low, low + lags) - nominal)
        return low + int(np.argmax(score))

    def _mono(self, start: int, end: int) -> np.ndarray:
        # A plain sum, not a mean: the normalised score does not care about scale, and matmul is fast.
        part = self._buffer[start:end]
        return part[:, 0] if self.channels == 1 else part @ self._mix

    def _drop_used(self) -> None:
        keep_from = max(0, int(self._position) - self._tolerance)
        if self._previous is not None:
            keep_from = min(keep_from, self._previous + self._hop)
        if keep_from >= _DROP_AT_LEAST:
            self._buffer = self._buffer[keep_from:]
            self._position -= keep_from
            if self._previous is not None:
                self._previous -= keep_from

"""Streaming sample-rate conversion for devices that refuse the file's rate (the JACK dummy is 48 kHz only)."""

from __future__ import annotations

import math

import numpy as np


class StreamResampler:
    """Linear-interpolation resampler, continuous across blocks: output frame k is input time k * step.

    Linear interpolation is plenty for speech going up to a device rate (16 or 22.05 kHz to 48 kHz);
    there is no delay, so the player's output-to-media map stays exact.
    """

    def __init__(self, *, source_rate: int, target_rate: int, channels: int):
        if source_rate <= 0 or target_rate <= 0:
            raise ValueError(f"sample rates must be positive, not {source_rate} and {target_rate}")
        self.step = source_rate / target_rate  # input frames per output frame
        self.channels = channels
        self.reset()

    def reset(self) -> None:
        """Forget the held frame and phase (after a seek)."""
        self._last: np.ndarray | None = None  # the last input frame, the left side of the next interval
        self._phase = 0.0  # where the next output falls, in input frames from `_last` (or the block start)

    def process(self, block: np.ndarray) -> np.ndarray:
        """Convert float32 (n, channels) input; return the output whose neighbours are known."""
        if len(block) == 0:
            return np.zeros((0, self.channels), dtype=np.float32)
        data = block if self._last is None else np.concatenate([self._last, block])
        span = len(data) - 1  # outputs need a right neighbour: positions < span
        if span <= self._phase:
            count = 0
        else:
            count = math.ceil((span - self._phase) / self.step)
        if count:
            positions = self._phase + self.step * np.arange(count)
            index = positions.astype(np.int64)
            fraction = (positions - index).astype(np.float32)[:, None]
            out = data[index] * (1.0 - fraction) + data[index + 1] * fraction
            next_position = self._phase + self.step * count
        else:
            out = np.zeros((0, self.channels), dtype=np.float32)
            next_position = self._phase
        self._phase = next_position - span
        self._last = data[-1:].copy()
        return out.astype(np.float32, copy=False)

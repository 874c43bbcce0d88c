"""The map from frames handed to the device back to media time, kept exact across seeks, speeds and loops."""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Stretch:
    """From output frame `start` on, output frame i plays media frame `media + (i - start) * rate`."""

    start: int  # output frame index (the ring buffer's running count)
    media: float  # media frame (file sample index) at `start`
    rate: float  # media frames per output frame: speed x file rate / device rate


class Timeline:
    """The stretches the producer started (one per seek, speed change or loop wrap), newest last.

    Only the recent past matters (what is still buffered or just played), so old stretches are dropped.
    """

    def __init__(self, *, keep: int = 512):
        self._keep = keep
        self._starts: list[int] = []
        self._stretches: list[Stretch] = []
        self._lock = threading.Lock()

    def start(self, *, at: int, media: float, rate: float) -> None:
        """Producer: output from frame `at` on plays media from frame `media` at `rate`."""
        stretch = Stretch(at, media, rate)
        with self._lock:
            # A restart before anything of the previous stretch was produced replaces it.
            while self._starts and self._starts[-1] >= at:
                self._starts.pop()
                self._stretches.pop()
            self._starts.append(at)
            self._stretches.append(stretch)
            if len(self._starts) > self._keep:
                del self._starts[: -self._keep]
                del self._stretches[: -self._keep]

    def media_at(self, index: float) -> float:
        """The media frame output frame `index` plays (0.0 before anything was started)."""
        with self._lock:
            if not self._stretches:
                return 0.0
            found = bisect.bisect_right(self._starts, index) - 1
            stretch = self._stretches[max(found, 0)]
        return stretch.media + (index - stretch.start) * stretch.rate

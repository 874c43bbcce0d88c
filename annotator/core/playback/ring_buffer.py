"""A preallocated float32 ring buffer between one producer thread and the audio callback."""

from __future__ import annotations

import threading

import numpy as np


class RingBuffer:
    """Frames written by one producer, read by one consumer (the device callback), never reallocated.

    `written` and `read` count frames since creation and never go back, so a frame keeps one
    index for life: the player maps these indices to media time. The lock guards only the index
    updates and the consumer's copy of one device buffer (microseconds), never a decode.
    """

    def __init__(self, *, capacity: int, channels: int):
        if capacity <= 0 or channels <= 0:
            raise ValueError(f"capacity and channels must be positive, not {capacity} and {channels}")
        self.capacity = int(capacity)
        self.channels = int(channels)
        self._data = np.zeros((self.capacity, self.channels), dtype=np.float32)
        self._lock = threading.Lock()
        self._written = 0
        self._read = 0

    @property
    def written(self) -> int:
        """Frames ever written."""
        return self._written

    @property
    def read(self) -> int:
        """Frames ever read (handed to the device) or discarded."""
        return self._read

    def available(self) -> int:
        """Frames written and not yet read."""
        return self._written - self._read

    def free(self) -> int:
        """Frames that can be written now."""
        return self.capacity - (self._written - self._read)

    def write(self, block: np.ndarray) -> int:
        """Producer: copy as many frames of `block` (n, channels) as fit; return how many."""
        count = min(len(block), self.free())
        if count <= 0:
            return 0
        # The free region is the producer's alone (the consumer stops at `written`), so the copy
        # needs no lock; only publishing the new count does.
        start = self._written % self.capacity
        first = min(count, self.capacity - start)
        self._data[start : start + first] = block[:first]
        if count > first:
            self._data[: count - first] = block[first:count]
        with self._lock:
            self._written += count
        return count

    def read_into(self, out: np.ndarray) -> int:
        """Consumer: fill `out` (frames, channels) with the next frames, silence after them; return how many were real.

        Only copies: no allocation, so it is safe on the audio thread. Running dry (underrun)
        gives zeros, never stale frames.
        """
        return self._copy_into(out, advance=True)

    def peek_into(self, out: np.ndarray) -> int:
        """Consumer: like read_into, but the frames stay unread (a fade-out that is heard but not counted)."""
        return self._copy_into(out, advance=False)

    def _copy_into(self, out: np.ndarray, *, advance: bool) -> int:
        wanted = len(out)
        with self._lock:
            start_index = self._read
            count = min(wanted, self._written - start_index)
            if count > 0:
                start = start_index % self.capacity
                first = min(count, self.capacity - start)
                out[:first] = self._data[start : start + first]
                if count > first:
                    out[first:count] = self._data[: count - first]
                if advance:
                    self._read = start_index + count
            else:
                count = 0
        if count < wanted:
            out[count:] = 0.0
        return count

    def discard(self) -> int:
        """Drop every unread frame (after a seek); return the read count before, i.e. frames handed over."""
        with self._lock:
            handed = self._read
            self._read = self._written
        return handed

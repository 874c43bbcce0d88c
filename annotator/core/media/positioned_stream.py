"""A seekable byte stream of known size whose reads are positioned: the base of the media streams a package hands out."""

from __future__ import annotations

import io
import os


class PositionedReader(io.RawIOBase):
    """`size` bytes, read at any position; a subclass says where they come from in `_read_at`."""

    def __init__(self, size: int):
        super().__init__()
        self._size = size
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        bases = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._size}
        if whence not in bases:
            raise ValueError(f"invalid whence {whence}")
        target = bases[whence] + offset
        if target < 0:
            raise OSError(f"seek to {target}, before the start")
        self._position = target
        return target

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        wanted = min(len(view), max(0, self._size - self._position))
        if wanted == 0:
            return 0
        got = self._read_at(self._position, view[:wanted])
        self._position += got
        return got

    def _read_at(self, position: int, view: memoryview) -> int:
        """Fill `view` with the bytes from `position` on; return how many were read."""
        raise NotImplementedError

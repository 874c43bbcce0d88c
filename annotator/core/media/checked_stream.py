"""A seekable reader that hashes what it reads in order, so media is checked against its SHA-256 while streaming."""

from __future__ import annotations

import hashlib
from typing import BinaryIO

from annotator.core.errors import AnnotatorError, MediaError
from annotator.core.media.positioned_stream import PositionedReader

_CHUNK = 1 << 20


class Sha256CheckedReader(PositionedReader):
    """Reads `raw` unchanged; bytes read in order from the start feed a SHA-256 on the way.

    Decoders seek (a WAV header, a look at the end), so only reads that continue the hashed prefix
    are hashed; `verify()` hashes whatever was skipped and compares. A full pass (peaks) thus hashes
    the file for the price of reading it once. Until `verify()` has passed, what was read is unproven.
    """

    def __init__(self, raw: BinaryIO, *, size: int, sha256: str, name: str):
        super().__init__(size)
        self._raw = raw
        self._expected = sha256.lower()
        self.name = name  # type: ignore[misc]
        self._hash = hashlib.sha256()
        self._hashed = 0
        self._verified = False

    @property
    def verified(self) -> bool:
        """Whether verify() has passed."""
        return self._verified

    def _read_at(self, position: int, view: memoryview) -> int:
        try:
            self._raw.seek(position)
            got = self._raw.readinto(view) or 0  # type: ignore[attr-defined]
        except AnnotatorError as exc:  # a damaged zip entry: say so, naming the file
            raise MediaError(self.name, str(exc)) from exc
        except OSError as exc:
            raise MediaError(self.name, f"cannot be read ({exc.strerror or exc})") from exc
        # Only a read that continues the hashed prefix feeds the hash.
        if position <= self._hashed < position + got:
            self._hash.update(view[self._hashed - position : got])
            self._hashed = position + got
        return got

    def verify(self) -> None:
        """Hash the bytes not yet hashed and compare; raise MediaError on a mismatch."""
        if self._verified:
            return
        while self._hashed < self._size:
            try:
                self._raw.seek(self._hashed)
                chunk = self._raw.read(min(_CHUNK, self._size - self._hashed))
            except AnnotatorError as exc:
                raise MediaError(self.name, str(exc)) from exc
            except OSError as exc:
                raise MediaError(self.name, f"cannot be read ({exc.strerror or exc})") from exc
            if not chunk:
                raise MediaError(self.name, f"ends after {self._hashed} of {self._size} bytes (damaged or altered)")
            self._hash.update(chunk)
            self._hashed += len(chunk)
        if self._hash.hexdigest() != self._expected:
            raise MediaError(self.name, "does not match its SHA-256 in package.json (damaged or altered)")
        self._verified = True

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()

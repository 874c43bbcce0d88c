"""An exclusive lock file beside the workspace, so two running apps never write it at once."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.core.errors import WorkspaceLockedError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


class WorkspaceLock:
    """Held for the life of an open workspace; the OS drops it if the process dies, even on SIGKILL."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise WorkspaceLockedError naming the holder's process id."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            holder = os.read(fd, 64).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise WorkspaceLockedError(
                f"The workspace {self.path.parent} is in use by another annotator window "
                f"(process {holder}). Close that window first, then try again."
            )
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        """Let another instance open the workspace."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

from annotator.core.errors import AnnotatorError


class WriteError(AnnotatorError, OSError):
    """A file could not be written: `str()` names the target (never the temp file) and why.

    Also an OSError (errno, strerror, filename = the target), so code that catches OSError still does.
    """

    def __init__(self, path: Path | str, reason: str, code: int | None = None):
        OSError.__init__(self, code, reason, str(path))
        self.path = Path(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    @classmethod
    def from_os_error(cls, path: Path | str, exc: OSError) -> WriteError:
        """`path: cannot write (No space left on device)`, for what the OS refused."""
        return cls(path, f"cannot write ({exc.strerror or exc})", exc.errno)


def require_folder(path: Path | str) -> None:
    """Raise WriteError unless the folder `path` would be written into exists; nothing is created.

    Writers never make folders, so a mistyped output path is refused instead of silently creating
    (and, after a failure, leaving behind) a tree of folders.
    """
    path = Path(path)
    folder = path.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise WriteError(path, f"{folder} is not a folder", errno.ENOTDIR)
    raise WriteError(path, f"the folder {folder} does not exist", errno.ENOENT)


def write_atomic(path: Path | str, data: bytes) -> None:
    """Replace `path` with `data` so a crash leaves either the old file or the new one, never half.

    The folder must exist (see `require_folder`). Any failure raises WriteError naming `path`, and
    leaves no temp file and the old file, if any, untouched.
    """
    path = Path(path)
    folder = path.parent
    try:
        fd, temp_name = _create_temp(path)
    except OSError as exc:
        require_folder(path)
        raise WriteError.from_os_error(path, exc) from exc
    try:
        try:
            _keep_mode(fd, path)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp_name, path)
    except BaseException as exc:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise WriteError.from_os_error(path, exc) from exc
        raise
    try:
        _fsync_folder(folder)
    except OSError as exc:
        raise WriteError.from_os_error(path, exc) from exc


_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_TEMP_TRIES = 100


def _create_temp(path: Path) -> tuple[int, str]:
    """A new temp file beside `path`, created with mode 0o666 so the OS applies the user's umask.

    tempfile.mkstemp creates 0o600, which would leave every package and bundle unreadable by
    anyone else whatever the umask. Letting open(2) apply the umask (and a folder's default ACL)
    reads no process-wide state, so it is right in every thread and follows a umask changed later.
    """
    for _ in range(_TEMP_TRIES):
        temp_name = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp_name, _TEMP_FLAGS, 0o666), temp_name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(path))


def _keep_mode(fd: int, path: Path) -> None:
    # A file being replaced keeps its permissions: the user may have opened or closed it on purpose.
    if not hasattr(os, "fchmod"):  # pragma: no cover - Windows before Python 3.13
        return
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode) & 0o777
    except FileNotFoundError:
        return
    os.fchmod(fd, mode)


def _write_all(fd: int, data: bytes) -> None:
    # os.write may write less than asked (a signal, a nearly full disk); the rest goes in later calls,
    # and a disk that is full raises ENOSPC from one of them.
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _fsync_folder(folder: Path) -> None:
    # The rename itself is only durable once the folder entry is on disk (POSIX only).
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

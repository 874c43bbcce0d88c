"""The folder target: objects are files under a folder (a shared drive, a synced folder, a USB stick)."""

from __future__ import annotations

import errno
import os
import secrets
import time
from pathlib import Path

from annotator.core.sync.target import (
    NotFoundError,
    ObjectInfo,
    PermanentError,
    SyncError,
    TransientError,
    check_object_name,
    is_object_name,
)

# Temp files live in one hidden folder under the root: never listed (hidden), on the same file system
# as every object (so a rename or link is atomic), and easy to tell a sync client to skip. Nextcloud's
# default exclude list already skips "*.part".
TEMP_FOLDER = ".annotator-tmp"

# What may clear by itself: a full disk or quota, an unplugged or slow device, a busy or stale handle.
_TRANSIENT = frozenset(
    getattr(errno, name)
    for name in ("ENOSPC", "EDQUOT", "EIO", "ETIMEDOUT", "EAGAIN", "EBUSY", "ESTALE", "EINTR")
    if hasattr(errno, name)
)
# Windows reports a file held open by another program (an indexer, a virus scanner, the sync client)
# as a sharing or lock violation; it goes away by itself.
_TRANSIENT_WINERROR = frozenset({32, 33})
# link(2) where the file system has no hard links: FAT/exFAT (EPERM), SMB and FUSE mounts
# (EOPNOTSUPP, ENOSYS), Windows on FAT (EINVAL), a folder that is another mount (EXDEV).
_NO_HARD_LINKS = frozenset(
    getattr(errno, name)
    for name in ("EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS", "EINVAL")
    if hasattr(errno, name)
)
# fsync of a folder is refused by some network and FUSE file systems; the data itself is synced by
# then, so only the durability of the rename is lost, which such file systems do not offer anyway.
_FOLDER_FSYNC_UNSUPPORTED = frozenset(
    getattr(errno, name) for name in ("EINVAL", "ENOTSUP", "EOPNOTSUPP", "EBADF", "EISDIR") if hasattr(errno, name)
)
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_STALE_TEMP_SECONDS = 24 * 3600


class FolderTarget:
    """A `Target` on a folder: object 'a/b/c.json' is the file root/a/b/c.json.

    Writes go to a temp file in root/.annotator-tmp/, are fsynced, then renamed (put) or hard-linked
    (put_if_absent) into place, so no partial file is ever visible under an object's name. The root
    must exist; folders below it are made as needed.
    """

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.description = f"folder {self.root}"

    def list(self, prefix: str) -> list[ObjectInfo]:
        """Every object whose name starts with `prefix`, sorted by name; hidden and unsafe names skipped.

        The tag is the file's size, modification time and inode.
        """
        folder = prefix.rpartition("/")[0]
        if folder:
            check_object_name(folder)
        self._require_root()
        start = self.root.joinpath(*folder.split("/")) if folder else self.root
        found: list[ObjectInfo] = []
        pending = [(start, f"{folder}/" if folder else "")]
        while pending:
            path, base = pending.pop()
            try:
                entries = list(os.scandir(path))
            except (FileNotFoundError, NotADirectoryError):
                continue  # no such prefix folder, or it went away while we walked
            except OSError as exc:
                raise _error(path, "cannot list", exc) from exc
            for entry in entries:
                name = base + entry.name
                if entry.name.startswith(".") or not is_object_name(name):
                    continue
                try:
                    # Symlinks are skipped: a link on a shared drive must not pull in files from elsewhere.
                    if entry.is_dir(follow_symlinks=False):
                        if name.startswith(prefix) or prefix.startswith(f"{name}/"):
                            pending.append((Path(entry.path), f"{name}/"))
                    elif entry.is_file(follow_symlinks=False) and name.startswith(prefix):
                        found.append(_info(name, entry.stat(follow_symlinks=False)))
                except FileNotFoundError:
                    continue  # deleted by someone else while we listed
                except OSError as exc:
                    raise _error(Path(entry.path), "cannot list", exc) from exc
        return sorted(found, key=lambda info: info.name)

    def get(self, name: str) -> bytes:
        """The whole file; NotFoundError if there is none."""
        path = self._path(name)
        try:
            return path.read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError) as exc:
            self._require_root()
            raise NotFoundError(f"{path}: no such object") from exc
        except OSError as exc:
            raise _error(path, "cannot read", exc) from exc

    def put_if_absent(self, name: str, data: bytes) -> bool:
        """Create the file; False (nothing written) if it exists.

        Atomic through a hard link where the file system has them. On one without (FAT, exFAT, most
        SMB shares) this checks, then renames: two writers of the same name in that instant could
        both win and the later one's bytes stay. Windows' rename refuses an existing target, so
        there the check is atomic too.
        """
        return self._write(self._path(name), data, replace=False)

    def put(self, name: str, data: bytes) -> None:
        """Create or replace the file atomically (rename over the old one)."""
        self._write(self._path(name), data, replace=True)

    def delete(self, name: str) -> None:
        """Remove the file; nothing happens if it is already gone."""
        path = self._path(name)
        try:
            path.unlink()
        except (FileNotFoundError, NotADirectoryError):
            self._require_root()
            return
        except OSError as exc:
            raise _error(path, "cannot delete", exc) from exc
        _fsync_folder(path.parent, path)

    def check(self) -> None:
        """The root is a folder we can list, write a probe file in, read it back and delete it."""
        self._require_root()
        try:
            os.listdir(self.root)
        except OSError as exc:
            raise _error(self.root, "cannot list", exc) from exc
        probe = self.root / f".annotator-probe-{secrets.token_hex(4)}"
        payload = b"annotator probe\n"
        self._write(probe, payload, replace=True)
        try:
            if probe.read_bytes() != payload:
                raise PermanentError(f"{probe}: a file written here reads back different")
        except OSError as exc:
            raise _error(probe, "cannot read", exc) from exc
        finally:
            try:
                probe.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise _error(probe, "cannot delete", exc) from exc
        self._sweep_stale_temp_files()

    def close(self) -> None:
        """Nothing to release: every file is closed when its call returns."""

    # -- inside -------------------------------------------------------------------------------------

    def _path(self, name: str) -> Path:
        return self.root.joinpath(*check_object_name(name).split("/"))

    def _require_root(self) -> None:
        if self.root.is_dir():
            return
        if self.root.exists():
            raise PermanentError(f"{self.root}: not a folder")
        raise PermanentError(f"{self.root}: the folder does not exist (is the drive connected?)")

    def _write(self, path: Path, data: bytes, *, replace: bool) -> bool:
        self._require_root()
        temp_folder = self.root / TEMP_FOLDER
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temp_folder.mkdir(exist_ok=True)
            fd, temp = _create_temp(temp_folder)
        except OSError as exc:
            raise _error(path, "cannot write", exc) from exc
        try:
            try:
                _write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            written = _move_into_place(temp, path, replace=replace)
        except OSError as exc:
            raise _error(path, "cannot write", exc) from exc
        finally:
            try:
                os.unlink(temp)  # still there after a link, a failure, or a lost race
            except FileNotFoundError:
                pass
            except OSError:
                pass  # a hidden leftover is harmless; check() sweeps old ones
        if written:
            _fsync_folder(path.parent, path)
        return written

    def _sweep_stale_temp_files(self) -> None:
        # Temp files outlive their write only when a process died mid-write; a day is far longer
        # than any write, so one that old is nobody's.
        folder = self.root / TEMP_FOLDER
        cutoff = time.time() - _STALE_TEMP_SECONDS
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        for entry in entries:
            try:
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                    os.unlink(entry.path)
            except OSError:
                continue


def _info(name: str, stat: os.stat_result) -> ObjectInfo:
    # Every write is a new file renamed into place, so the inode changes even where the clock is
    # too coarse (FAT: 2 s) to tell two writes of the same size apart.
    return ObjectInfo(name, stat.st_size, tag=f"{stat.st_size}-{stat.st_mtime_ns}-{stat.st_ino}")


def _create_temp(folder: Path) -> tuple[int, str]:
    # Mode 0o666 so the OS applies the user's umask, as for any other file the user makes.
    while True:
        temp = str(folder / f"{secrets.token_hex(8)}.part")
        try:
            return os.open(temp, _TEMP_FLAGS, 0o666), temp
        except FileExistsError:
            continue


def _write_all(fd: int, data: bytes) -> None:
    # os.write may write less than asked (a signal, a nearly full disk); a full disk raises ENOSPC.
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _move_into_place(temp: str, path: Path, *, replace: bool) -> bool:
    if replace:
        os.replace(temp, path)
        return True
    try:
        os.link(temp, path)
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
    if os.name == "nt":  # pragma: no cover - Windows: rename never replaces, so this is atomic
        try:
            os.rename(temp, path)
            return True
        except FileExistsError:
            return False
    if os.path.lexists(path):
        return False
    os.replace(temp, path)  # racy: see FolderTarget.put_if_absent
    return True


def _fsync_folder(folder: Path, path: Path) -> None:
    # The rename or unlink is durable only once the folder entry is on disk (POSIX only).
    if os.name == "nt":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.errno not in _FOLDER_FSYNC_UNSUPPORTED:
            raise _error(path, "cannot write", exc) from exc


def _error(path: Path | str, doing: str, exc: OSError) -> SyncError:
    """'<path>: cannot write (No space left on device)', transient if the cause may clear by itself."""
    message = f"{path}: {doing} ({exc.strerror or exc})"
    if exc.errno in _TRANSIENT or getattr(exc, "winerror", None) in _TRANSIENT_WINERROR:
        return TransientError(message)
    return PermanentError(message)

"""Safe access to the files of a package, as a folder or a zip: paths, symlinks and zip bombs."""

from __future__ import annotations

import io
import os
import stat
import struct
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from annotator.core.errors import PackageError, Problem
from annotator.core.media.positioned_stream import PositionedReader

MANIFEST_NAME = "package.json"
# Files a lead may add beside the manifest that no item needs to list.
DOCUMENT_NAMES = frozenset({"README.md", "LICENSE.md", "LICENSE", "README.txt"})
# Litter that desktop zip tools add; never media, never worth refusing a package for.
IGNORED_PARTS = frozenset({"__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini"})


@dataclass(frozen=True)
class Limits:
    """Ceilings that stop zip bombs and decompression bombs before they cost memory or disk."""

    max_files: int = 500_000
    max_total_bytes: int = 50 * 1024**3
    max_ratio: float = 200.0
    # A tiny entry may compress extremely well (a blank file); only big ones are judged by ratio.
    ratio_min_bytes: int = 1024 * 1024
    max_image_pixels: int = 1_000_000_000
    # Formats that cannot be decoded at a reduced size (PNG, BMP, TIFF, GIF, WebP) are decoded whole:
    # their estimated decoded size must stay under this, or a 1 MB PNG could ask for gigabytes.
    max_decoded_image_bytes: int = 512 * 1024**2
    # Files read whole into memory (images, texts); larger ones are refused, never read.
    max_in_memory_bytes: int = 1024**3
    max_manifest_bytes: int = 512 * 1024**2


def unsafe_path_reason(name: str) -> str | None:
    """Why a package-relative path is unsafe, or None if it is a plain relative POSIX path."""
    if not name:
        return "empty path"
    if "\\" in name:
        return "backslash in path (use '/')"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "absolute path is not allowed"
    parts = name.rstrip("/").split("/")
    if any(part == ".." for part in parts):
        return "path leaves the package ('..')"
    if any(part in ("", ".") for part in parts):
        return "path is not normalised (empty or '.' segment)"
    if any("\x00" in part for part in parts):
        return "NUL byte in path"
    return None


def _is_ignored(name: str) -> bool:
    return any(part in IGNORED_PARTS or part.startswith("._") for part in name.split("/"))


class PackageSource:
    """Read-only access to the files of one package by package-relative path."""

    label: str

    def names(self) -> set[str]:
        """Every regular file in the package except litter, as package-relative paths."""
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        """The bytes of one file; raises KeyError if it is not there."""
        raise NotImplementedError

    def size(self, name: str) -> int:
        """The uncompressed size of one file."""
        raise NotImplementedError

    def open(self, name: str) -> BinaryIO:
        """A seekable binary stream of one file with a handle of its own (safe beside other threads)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release any open handle."""

    def display(self, name: str) -> str:
        """How to name a file of this package in a message."""
        return f"{self.label}:{name}"


class FolderSource(PackageSource):
    """A package unpacked in a folder. Symlinks are refused: they could point anywhere."""

    def __init__(self, root: Path):
        self.root = root
        self.label = str(root)
        self._names: set[str] | None = None
        self.problems: list[Problem] = []

    def scan(self) -> None:
        """Walk the folder once, noting symlinks as problems and regular files as names."""
        names: set[str] = set()
        stack = [("", self.root)]
        while stack:
            prefix, folder = stack.pop()
            with os.scandir(folder) as entries:
                for entry in entries:
                    rel = f"{prefix}{entry.name}"
                    if _is_ignored(rel):
                        continue
                    if entry.is_symlink():
                        self.problems.append(Problem(self.display(rel), "symbolic links are not allowed in a package"))
                    elif entry.is_dir(follow_symlinks=False):
                        stack.append((rel + "/", Path(entry.path)))
                    elif entry.is_file(follow_symlinks=False):
                        names.add(rel)
        self._names = names

    def names(self) -> set[str]:
        if self._names is None:
            self.scan()
        assert self._names is not None
        return self._names

    def _path(self, name: str) -> Path:
        if unsafe_path_reason(name) or name not in self.names():
            raise KeyError(name)
        return self.root / name

    def read(self, name: str) -> bytes:
        path = self._path(name)
        # O_NOFOLLOW: a file swapped for a link after the scan is still refused.
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            return handle.read()

    def size(self, name: str) -> int:
        return self._path(name).stat().st_size

    def open(self, name: str) -> BinaryIO:
        path = self._path(name)
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        return os.fdopen(os.open(path, flags), "rb")

    def display(self, name: str) -> str:
        return str(self.root / name)


class ZipSource(PackageSource):
    """A package as a zip, read member by member without ever extracting to disk."""

    def __init__(self, path: Path, limits: Limits):
        self.path = path
        self.label = str(path)
        self.limits = limits
        self.problems: list[Problem] = []
        self._lock = threading.Lock()
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise PackageError([Problem(str(path), f"not a readable zip file ({exc})")]) from exc
        self._infos: dict[str, zipfile.ZipInfo] = {}
        self._prefix = ""
        self._inspect()

    def _inspect(self) -> None:
        infos = self._zip.infolist()
        limits = self.limits
        if len(infos) > limits.max_files:
            raise PackageError(
                [Problem(self.label, f"zip holds {len(infos)} entries, more than the limit of {limits.max_files}")]
            )
        total = 0
        for info in infos:
            name = info.filename
            reason = unsafe_path_reason(name)
            if reason:
                self.problems.append(Problem(f"{self.label}:{name}", reason))
                continue
            if _is_ignored(name) or info.is_dir():
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                self.problems.append(Problem(f"{self.label}:{name}", "symbolic links are not allowed in a package"))
                continue
            if info.flag_bits & 0x1:
                self.problems.append(Problem(f"{self.label}:{name}", "encrypted zip entries are not supported"))
                continue
            total += info.file_size
            if info.file_size >= limits.ratio_min_bytes and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                self.problems.append(
                    Problem(
                        f"{self.label}:{name}",
                        f"compression ratio {info.file_size / max(info.compress_size, 1):.0f}:1 "
                        f"exceeds the limit of {limits.max_ratio:.0f}:1 (zip bomb?)",
                    )
                )
                continue
            if name in self._infos:
                self.problems.append(Problem(f"{self.label}:{name}", "entry appears twice in the zip"))
                continue
            self._infos[name] = info
        if total > limits.max_total_bytes:
            self.problems.append(
                Problem(self.label, f"zip unpacks to {total} bytes, more than the limit of {limits.max_total_bytes}")
            )
        self._prefix = self._find_root()

    def _find_root(self) -> str:
        # Zipping a folder often puts everything under one top-level folder; accept that.
        if MANIFEST_NAME in self._infos:
            return ""
        candidates = [n[: -len(MANIFEST_NAME)] for n in self._infos if n.endswith("/" + MANIFEST_NAME)]
        candidates = [c for c in candidates if c.count("/") == 1]
        return candidates[0] if len(candidates) == 1 else ""

    def names(self) -> set[str]:
        prefix = self._prefix
        return {n[len(prefix) :] for n in self._infos if n.startswith(prefix)}

    def _info(self, name: str) -> zipfile.ZipInfo:
        return self._infos[self._prefix + name]

    def read(self, name: str) -> bytes:
        info = self._info(name)
        with self._lock:
            # zipfile stops at the declared size and checks the CRC, so a lying header cannot
            # make us read more than the ratio and total checks allowed.
            return self._zip.read(info)

    def size(self, name: str) -> int:
        return self._info(name).file_size

    def open(self, name: str) -> BinaryIO:
        info = self._info(name)
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size == info.file_size:
            # Media is stored (`annotator pack` does so): a window onto the zip file seeks in O(1),
            # where zipfile's own reader rewinds and rereads from the entry's start on a backward seek.
            handle = open(self.path, "rb")  # noqa: SIM115 - owned by the returned slice
            try:
                offset = _data_offset(handle, info)
            except BaseException:
                handle.close()
                raise
            return io.BufferedReader(_FileSlice(handle, offset, info.file_size))  # type: ignore[return-value]
        # A compressed entry streams through its own ZipFile, so no lock is shared with read().
        archive = zipfile.ZipFile(self.path)
        try:
            return _OwningZipEntry(archive, archive.open(info))  # type: ignore[return-value]
        except BaseException:
            archive.close()
            raise

    def close(self) -> None:
        self._zip.close()

    def display(self, name: str) -> str:
        return f"{self.label}:{self._prefix}{name}"


def _data_offset(handle: BinaryIO, info: zipfile.ZipInfo) -> int:
    """Where an entry's bytes start: after its local header, whose name and extra lengths may differ from the central directory's."""
    handle.seek(info.header_offset)
    header = handle.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    offset = info.header_offset + 30 + name_length + extra_length
    if offset + info.file_size > os.fstat(handle.fileno()).st_size:
        raise zipfile.BadZipFile(f"{info.filename} runs past the end of the zip")
    return offset


class _FileSlice(PositionedReader):
    """Bytes [offset, offset + size) of an open file, as a seekable stream that owns the file."""

    def __init__(self, handle: BinaryIO, offset: int, size: int):
        super().__init__(size)
        self._handle, self._offset = handle, offset

    def _read_at(self, position: int, view: memoryview) -> int:
        self._handle.seek(self._offset + position)
        return self._handle.readinto(view) or 0  # type: ignore[attr-defined]

    def close(self) -> None:
        if not self.closed:
            self._handle.close()
        super().close()


class _OwningZipEntry(io.BufferedIOBase):
    """A zip entry's stream that closes its own ZipFile with it."""

    def __init__(self, archive: zipfile.ZipFile, entry: BinaryIO):
        super().__init__()
        self._archive, self._entry = archive, entry

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._entry.read(-1 if size is None else size)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._entry.read(len(buffer))
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._entry.seek(offset, whence)

    def tell(self) -> int:
        return self._entry.tell()

    def close(self) -> None:
        if not self.closed:
            self._entry.close()
            self._archive.close()
        super().close()


def open_source(path: Path, limits: Limits) -> PackageSource:
    """Open a package folder or zip; structural problems are kept on the source's `problems`."""
    if not path.exists():
        raise PackageError([Problem(str(path), "no such file or folder")])
    if path.is_symlink() and path.is_dir():
        raise PackageError([Problem(str(path), "a package folder may not be a symbolic link")])
    if path.is_dir():
        source = FolderSource(path)
        source.scan()
        return source
    if path.name == MANIFEST_NAME:
        return open_source(path.parent, limits)
    return ZipSource(path, limits)


def posix_suffix(name: str) -> str:
    """The lower-case extension of a package-relative path."""
    base = name.rsplit("/", 1)[-1]
    dot = base.rfind(".")
    return base[dot:].lower() if dot > 0 else ""

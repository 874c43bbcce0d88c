"""Safe access to the files of a package, as a folder or a zip: paths, symlinks and zip bombs."""

from __future__ import annotations

import io
import lzma
import os
import stat
import struct
import threading
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from annotator.core.errors import AnnotatorError, PackageError, Problem
from annotator.core.media.positioned_stream import PositionedReader

MANIFEST_NAME = "package.json"
# What a damaged or hostile zip can raise from zipfile, zlib, bz2 and lzma while it is read.
ZIP_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    NotImplementedError,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    OverflowError,
    RuntimeError,
)
# Methods zipfile decodes: stored, deflate, bzip2, lzma. Others (e.g. 99, WinZip AES) are refused up front.
_SUPPORTED_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate", zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "lzma"}
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"


class EntryReadError(AnnotatorError):
    """A file of a package could not be read (a damaged zip entry, an I/O error); the text says why."""
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
    # zipfile reads the whole central directory into memory; 128 MB holds a million entries' names.
    max_zip_index_bytes: int = 128 * 1024**2


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
        _check_entry_count(path, limits)
        try:
            self._zip = zipfile.ZipFile(path)
        except ZIP_READ_ERRORS as exc:
            raise PackageError([Problem(str(path), f"not a readable zip file ({_reason(exc)})")]) from exc
        except UnicodeDecodeError as exc:
            raise PackageError([Problem(str(path), "not a readable zip file (an entry name is not valid text)")]) from exc
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
            if info.compress_type not in _SUPPORTED_METHODS:
                self.problems.append(
                    Problem(
                        f"{self.label}:{name}",
                        f"zip compression method {info.compress_type} is not supported "
                        "(use deflate or store; zip it again with a common tool)",
                    )
                )
                continue
            if info.flag_bits & 0x20:
                self.problems.append(
                    Problem(f"{self.label}:{name}", "patched-data zip entries (flag bit 5) are not supported")
                )
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
        if info.file_size > self.limits.max_in_memory_bytes:
            raise EntryReadError(
                f"is {info.file_size:,} bytes unpacked, more than the {self.limits.max_in_memory_bytes:,} "
                "that may be read into memory"
            )
        with self._lock:
            # zipfile stops at the declared size and checks the CRC, so a lying header cannot
            # make us read more than the ratio and total checks allowed.
            try:
                return self._zip.read(info)
            except ZIP_READ_ERRORS as exc:
                raise EntryReadError(f"cannot be unpacked: the zip entry is damaged ({_reason(exc)})") from exc

    def size(self, name: str) -> int:
        return self._info(name).file_size

    def open(self, name: str) -> BinaryIO:
        info = self._info(name)
        try:
            return self._open_entry(info)
        except ZIP_READ_ERRORS as exc:
            raise EntryReadError(f"cannot be unpacked: the zip entry is damaged ({_reason(exc)})") from exc

    def _open_entry(self, info: zipfile.ZipInfo) -> BinaryIO:
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


def _check_entry_count(path: Path, limits: Limits) -> None:
    """Refuse a zip whose end record declares too many entries, before zipfile reads (and holds) its whole index."""
    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            tail_start = max(0, size - (22 + 0xFFFF + 20))
            handle.seek(tail_start)
            tail = handle.read()
            at = tail.rfind(_EOCD)
            if at < 0 or at + 22 > len(tail):
                return  # zipfile will say it is not a zip
            entries, directory_size = struct.unpack_from("<HI", tail, at + 10)
            if entries == 0xFFFF and at >= 20 and tail[at - 20 : at - 16] == _EOCD64_LOCATOR:
                (eocd64_offset,) = struct.unpack_from("<Q", tail, at - 20 + 8)
                handle.seek(eocd64_offset)
                record = handle.read(56)
                if len(record) == 56 and record[:4] == b"PK\x06\x06":
                    entries, directory_size = struct.unpack_from("<QQ", record, 32)
    except OSError as exc:
        raise PackageError([Problem(str(path), f"cannot be read ({exc.strerror or exc})")]) from exc
    if entries > limits.max_files:
        raise PackageError([Problem(str(path), f"zip holds {entries} entries, more than the limit of {limits.max_files}")])
    if directory_size > limits.max_zip_index_bytes:
        raise PackageError(
            [
                Problem(
                    str(path),
                    f"zip index is {directory_size:,} bytes, more than the limit of {limits.max_zip_index_bytes:,}",
                )
            ]
        )


def _reason(exc: BaseException) -> str:
    """A zip or zlib error as a short phrase, without Python object reprs."""
    text = str(exc).strip()
    if isinstance(exc, zlib.error):
        return f"deflate data is corrupt: {text}" if text else "deflate data is corrupt"
    if isinstance(exc, NotImplementedError):
        return text or "uses a zip feature that is not supported"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return text or type(exc).__name__


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
        try:
            return self._entry.read(-1 if size is None else size)
        except ZIP_READ_ERRORS as exc:
            raise EntryReadError(f"cannot be unpacked: the zip entry is damaged ({_reason(exc)})") from exc

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        # A backward seek re-inflates from the entry's start, so it can meet the damage too.
        try:
            return self._entry.seek(offset, whence)
        except ZIP_READ_ERRORS as exc:
            raise EntryReadError(f"cannot be unpacked: the zip entry is damaged ({_reason(exc)})") from exc

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

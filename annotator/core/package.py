"""Open and validate work packages: the manifest, its media, and the safety checks around them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from annotator.core.errors import MediaError, PackageError, Problem
from annotator.core.manifest import decode_manifest, parse_manifest
from annotator.core.media.checked_stream import Sha256CheckedReader
from annotator.core.media.probe import (
    AUDIO_SUFFIXES,
    IMAGE_SUFFIXES,
    TEXT_SUFFIXES,
    UNSUPPORTED_AUDIO_SUFFIXES,
    check_image,
    decode_text,
    probe_audio,
)
from annotator.core.model import Item, Manifest
from annotator.core.package_source import (
    DOCUMENT_NAMES,
    MANIFEST_NAME,
    EntryReadError,
    Limits,
    PackageSource,
    open_source,
    posix_suffix,
)

_SUFFIXES_BY_KIND = {
    "image": IMAGE_SUFFIXES,
    "audio": AUDIO_SUFFIXES | UNSUPPORTED_AUDIO_SUFFIXES,
    "text": TEXT_SUFFIXES,
}


@dataclass
class Package:
    """An opened work package: its manifest, where it lives, and hash-checked access to media."""

    path: Path
    manifest: Manifest
    manifest_sha256: str
    source: PackageSource
    limits: Limits

    def media_bytes(self, item: Item) -> bytes:
        """The bytes of an item's media file, refused if they do not match the manifest's SHA-256."""
        if item.media is None:
            raise MediaError(f"{self.path}", f"item '{item.id}' has no media file")
        name = self.source.display(item.media)
        with _media_errors(name):
            size = self.source.size(item.media)
            if size > self.limits.max_in_memory_bytes:
                raise MediaError(
                    name,
                    f"is {size:,} bytes, more than the {self.limits.max_in_memory_bytes:,} that may be read into memory",
                )
            data = self.source.read(item.media)
        if hashlib.sha256(data).hexdigest() != item.sha256:
            raise MediaError(name, "does not match its SHA-256 in package.json (damaged or altered)")
        return data

    def open_media(self, item: Item) -> BinaryIO:
        """A seekable stream of an item's media, never read whole into memory, with its own handle.

        The stream is a Sha256CheckedReader: it hashes what is read in order, and its `verify()`
        raises MediaError if the bytes do not match the manifest's SHA-256. `compute_peaks` reads the
        whole file and calls it, so the first waveform of a file is also its hash check; code that
        reads only part of the file (playback) relies on that pass or calls `verify()` itself.
        """
        if item.media is None:
            raise MediaError(f"{self.path}", f"item '{item.id}' has no media file")
        name = self.source.display(item.media)
        with _media_errors(name):
            size = self.source.size(item.media)
            raw = self.source.open(item.media)
        return Sha256CheckedReader(raw, size=size, sha256=item.sha256 or "", name=name)  # type: ignore[return-value]

    def item_text(self, item: Item) -> str:
        """The text of a text item, inline or from its UTF-8 media file."""
        if item.text is not None:
            return item.text
        return decode_text(self.media_bytes(item), self.source.display(item.media or ""))

    def close(self) -> None:
        """Release the zip handle, if any."""
        self.source.close()


@contextmanager
def _media_errors(name: str) -> Iterator[None]:
    """Turn what reading a package file can raise into a MediaError naming the file."""
    try:
        yield
    except EntryReadError as exc:
        raise MediaError(name, str(exc)) from exc
    except KeyError as exc:
        raise MediaError(name, "is not in the package") from exc
    except OSError as exc:
        raise MediaError(name, f"cannot be read ({exc.strerror or exc})") from exc


def open_package(path: Path | str, *, limits: Limits | None = None) -> Package:
    """Open a package folder or zip with every structural check; raise PackageError listing all problems.

    Media hashes are checked when a file is read (`Package.media_bytes`) or by `validate_package`,
    so opening stays fast for packages of many items.
    """
    path = Path(path)
    limits = limits or Limits()
    source = open_source(path, limits)
    try:
        return _open_from_source(path, source, limits)
    except PackageError:
        source.close()
        raise


def _open_from_source(path: Path, source: PackageSource, limits: Limits) -> Package:
    problems: list[Problem] = list(getattr(source, "problems", []))
    names = source.names()
    manifest_label = source.display(MANIFEST_NAME)
    if MANIFEST_NAME not in names:
        # A manifest entry refused for its own sake (say, an unknown zip method) is reported as that.
        if not any(problem.file == manifest_label for problem in problems):
            problems.append(Problem(source.label, f"no {MANIFEST_NAME} at the top of the package"))
        raise PackageError(problems)
    if source.size(MANIFEST_NAME) > limits.max_manifest_bytes:
        problems.append(Problem(manifest_label, "manifest is larger than the limit"))
        raise PackageError(problems)
    try:
        raw = source.read(MANIFEST_NAME)
    except EntryReadError as exc:
        problems.append(Problem(manifest_label, str(exc)))
        raise PackageError(problems) from exc
    except OSError as exc:
        problems.append(Problem(manifest_label, f"cannot be read ({exc.strerror or exc})"))
        raise PackageError(problems) from exc
    data, decode_problems = decode_manifest(raw, manifest_label)
    problems.extend(decode_problems)
    if data is None:
        raise PackageError(problems)
    manifest, manifest_problems = parse_manifest(data, manifest_label)
    problems.extend(manifest_problems)
    if manifest is not None:
        problems.extend(_media_problems(manifest, names, source))
    if problems or manifest is None:
        raise PackageError(problems)
    return Package(
        path=path,
        manifest=manifest,
        manifest_sha256=hashlib.sha256(raw).hexdigest(),
        source=source,
        limits=limits,
    )


def _media_problems(manifest: Manifest, names: set[str], source: PackageSource) -> list[Problem]:
    problems: list[Problem] = []
    listed: set[str] = set()
    for item in manifest.items:
        if item.media is None:
            continue
        listed.add(item.media)
        if item.media not in names:
            problems.append(
                Problem(source.display(item.media), f"missing: listed by item '{item.id}' but not in the package")
            )
        elif posix_suffix(item.media) not in _SUFFIXES_BY_KIND[item.kind]:
            problems.append(
                Problem(
                    source.display(item.media),
                    f"item '{item.id}' is {item.kind}, but this is not a {item.kind} file type",
                )
            )
    for name in sorted(names - listed - {MANIFEST_NAME} - DOCUMENT_NAMES):
        problems.append(Problem(source.display(name), "not listed by any item in package.json"))
    return problems


def check_media(package: Package, item: Item) -> None:
    """Read one item's media as a stream, check it decodes as its kind and matches its hash; raise MediaError.

    Memory stays flat whatever the file's size: nothing is read whole, and the hash is taken on the
    way (Sha256CheckedReader), with the rest read by `verify()`.
    """
    if item.kind == "text":
        package.item_text(item)
        return
    name = package.source.display(item.media or "")
    with package.open_media(item) as stream:
        try:
            if item.kind == "image":
                check_image(
                    stream,
                    name,
                    max_pixels=package.limits.max_image_pixels,
                    max_decoded_bytes=package.limits.max_decoded_image_bytes,
                )
            else:
                probe_audio(stream, name)
        except MediaError:
            # A file altered after packing is reported as altered, whatever else is wrong with it.
            stream.verify()  # type: ignore[attr-defined]
            raise
        stream.verify()  # type: ignore[attr-defined]


def validate_package(
    path: Path | str,
    *,
    limits: Limits | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Problem]:
    """Every problem with a package, including media hashes, corrupt media and decompression bombs."""
    try:
        package = open_package(path, limits=limits)
    except PackageError as exc:
        return exc.problems
    problems: list[Problem] = []
    try:
        items = package.manifest.items
        for index, item in enumerate(items):
            if item.media is not None:
                try:
                    check_media(package, item)
                except MediaError as exc:
                    problems.append(exc.problem)
            if progress:
                progress(index + 1, len(items))
    finally:
        package.close()
    return problems

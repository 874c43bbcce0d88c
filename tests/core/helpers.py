"""Builders shared by the core tests: manifests, folder and zip packages, media bytes, a fake clock."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import math
import struct
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from annotator.core.manifest import parse_manifest
from annotator.core.model import Manifest

LABELS: dict[str, dict[str, Any]] = {
    "image": {
        "mode": "single",
        "labels": [{"name": "cat", "color": "#3cb44b", "hotkey": "1"}, {"name": "dog", "color": "#4363d8"}],
        "attributes": ["occluded"],
    },
    "audio": {"mode": "single", "labels": [], "tags": ["[inaudible]"], "speakers": ["A", "B"]},
    "text": {
        "mode": "single",
        "labels": [
            {"name": "positive", "color": "#3cb44b", "hotkey": "1"},
            {"name": "negative", "color": "#e6194b", "hotkey": "2"},
        ],
    },
}

Files = Mapping[str, bytes]


def sha256(data: bytes) -> str:
    """Hex SHA-256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


def manifest_dict(items: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    """A valid package.json document holding `items`; keyword arguments override top-level fields."""
    document: dict[str, Any] = {
        "format": "annotator.package",
        "schema_version": 1,
        "id": "test-pkg",
        "title": "Test package",
        "instructions": "Do the thing.",
        "labels": copy.deepcopy(LABELS),  # a test may change its own copy, never the next test's
        "items": items,
    }
    document.update(fields)
    return document


def media_item(item_id: str, kind: str, media: str, data: bytes, **extra: Any) -> dict[str, Any]:
    """An image, audio or text item whose `sha256` matches `data`."""
    return {"id": item_id, "kind": kind, "media": media, "sha256": sha256(data), **extra}


def text_item(item_id: str, text: str, **extra: Any) -> dict[str, Any]:
    """An inline text item."""
    return {"id": item_id, "kind": "text", "text": text, **extra}


def manifest_bytes(manifest: dict[str, Any] | bytes) -> bytes:
    """The package.json bytes: a dict is dumped as pretty UTF-8 JSON, bytes are kept raw."""
    if isinstance(manifest, bytes):
        return manifest
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()


def write_folder_package(root: Path, manifest: dict[str, Any] | bytes, files: Files | None = None) -> Path:
    """A package folder: `package.json` plus `files` (package-relative path -> bytes)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "package.json").write_bytes(manifest_bytes(manifest))
    for name, data in (files or {}).items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root


def write_zip_package(
    path: Path,
    manifest: dict[str, Any] | bytes | None,
    files: Files | None = None,
    *,
    infos: Sequence[tuple[zipfile.ZipInfo, bytes]] = (),
) -> Path:
    """A package zip. Names go in through ZipInfo so they are kept raw (`../x`, `/x` survive)."""
    with zipfile.ZipFile(path, "w") as archive:
        if manifest is not None:
            archive.writestr(zip_info("package.json"), manifest_bytes(manifest))
        for name, data in (files or {}).items():
            archive.writestr(zip_info(name), data)
        for info, data in infos:
            archive.writestr(info, data)
    return path


def zip_info(name: str, *, compress_type: int = zipfile.ZIP_DEFLATED, mode: int = 0o100644) -> zipfile.ZipInfo:
    """A ZipInfo with a raw name, fixed date (deterministic bytes) and unix mode bits."""
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = compress_type
    info.external_attr = mode << 16
    info.create_system = 3  # unix, so readers honour the mode bits
    return info


def make_package(layout: str, tmp_path: Path, manifest: dict[str, Any] | bytes, files: Files | None = None) -> Path:
    """The same package as a folder or as a zip, for tests parametrised over both layouts."""
    if layout == "folder":
        return write_folder_package(tmp_path / "pkg", manifest, files)
    assert layout == "zip", layout
    return write_zip_package(tmp_path / "pkg.zip", manifest, files)


def shown(package: Path, name: str) -> str:
    """How the core names a file of a package in a Problem: the path in a folder, `zip:name` in a zip."""
    if package.is_dir():
        return str(package / name)
    return f"{package}:{name}"


# -- media --------------------------------------------------------------------------------------


def png_bytes(width: int = 8, height: int = 6, color: tuple[int, int, int] = (200, 30, 40)) -> bytes:
    """A real, small PNG made with Pillow."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose IHDR declares `width` x `height` (valid CRCs): a decompression bomb's header."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + _png_chunk(b"IEND", b"")
    )


def sine(seconds: float = 0.25, rate: int = 8000, freq: float = 440.0) -> Any:
    """A mono float32 sine wave."""
    import numpy as np

    t = np.arange(int(seconds * rate), dtype=np.float64) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def audio_bytes(fmt: str = "WAV", seconds: float = 0.25, rate: int = 8000) -> bytes:
    """A short sine as WAV (16-bit PCM) or FLAC bytes, made with soundfile."""
    import soundfile

    buffer = io.BytesIO()
    soundfile.write(buffer, sine(seconds, rate), rate, format=fmt, subtype="PCM_16")
    return buffer.getvalue()


# -- manifests and clocks -----------------------------------------------------------------------


def parsed_manifest(document: dict[str, Any]) -> Manifest:
    """A Manifest from a package.json document, failing the test if the document is invalid."""
    manifest, problems = parse_manifest(document, "package.json")
    assert manifest is not None, problems
    return manifest


def small_manifest(item_ids: list[str] | None = None, *, package_id: str = "test-pkg") -> Manifest:
    """A manifest of inline text items, enough for workspace tests."""
    ids = item_ids if item_ids is not None else ["t1", "t2", "t3"]
    return parsed_manifest(manifest_dict([text_item(i, f"text of {i}") for i in ids], id=package_id))


class FakeClock:
    """A clock for Workspace.open(clock=...) that moves only when told to."""

    def __init__(self, start: datetime | None = None):
        self.now = start or datetime(2026, 11, 23, 14, 5, 0, 123456, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        """Move the clock forward by a timedelta's keyword arguments."""
        self.now += timedelta(**delta)


# -- bit-exact comparison -----------------------------------------------------------------------


def assert_bit_exact(got: Any, expected: Any, where: str = "$") -> None:
    """Equal values of equal types, with floats compared by their IEEE-754 bytes (so -0.0 != 0.0)."""
    assert type(got) is type(expected), f"{where}: {type(got).__name__} != {type(expected).__name__}"
    if isinstance(expected, float):
        assert struct.pack("<d", got) == struct.pack("<d", expected), f"{where}: {got!r} != {expected!r}"
        assert math.copysign(1.0, got) == math.copysign(1.0, expected), f"{where}: sign of {got!r}"
    elif isinstance(expected, dict):
        assert set(got) == set(expected), f"{where}: keys differ by {set(got) ^ set(expected)}"
        for key in expected:
            assert_bit_exact(got[key], expected[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert len(got) == len(expected), f"{where}: length {len(got)} != {len(expected)}"
        for index, (a, b) in enumerate(zip(got, expected, strict=True)):
            assert_bit_exact(a, b, f"{where}[{index}]")
    else:
        assert got == expected, f"{where}: {got!r} != {expected!r}"

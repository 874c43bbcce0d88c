"""Package.open_media streams an item's media from a folder or a zip, seekably, checking its SHA-256."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import numpy as np
import pytest
import soundfile

from annotator.core.errors import MediaError
from annotator.core.media.audio import open_audio
from annotator.core.package import open_package
from tests.core.helpers import manifest_dict, media_item, sha256, write_folder_package, write_zip_package, zip_info

RATE = 8_000


def wav_bytes(seconds: float = 3.0) -> bytes:
    signal = np.random.default_rng(7).uniform(-0.5, 0.5, int(seconds * RATE)).astype(np.float32)
    buffer = io.BytesIO()
    soundfile.write(buffer, signal, RATE, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


WAV = wav_bytes()


def build(layout: str, tmp_path: Path, data: bytes = WAV, *, manifest_data: bytes | None = None) -> Path:
    """A package of one audio item; `manifest_data` is what its listed SHA-256 is taken from."""
    manifest = manifest_dict([media_item("a", "audio", "media/a.wav", manifest_data or data)])
    if layout == "folder":
        return write_folder_package(tmp_path / "pkg", manifest, {"media/a.wav": data})
    compress = zipfile.ZIP_STORED if layout == "zip-stored" else zipfile.ZIP_DEFLATED
    return write_zip_package(
        tmp_path / "pkg.zip", manifest, infos=[(zip_info("media/a.wav", compress_type=compress), data)]
    )


LAYOUTS = ["folder", "zip-stored", "zip-deflated"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_stream_reads_seeks_and_verifies(layout: str, tmp_path: Path) -> None:
    package = open_package(build(layout, tmp_path))
    try:
        with package.open_media(package.manifest.items[0]) as stream:
            assert stream.seekable()
            assert stream.read() == WAV
            rng = random.Random(1)
            for _ in range(50):
                offset, length = rng.randrange(len(WAV)), rng.randrange(1, 5000)
                stream.seek(offset)
                assert stream.read(length) == WAV[offset : offset + length]
                assert stream.tell() == min(len(WAV), offset + length)
            assert stream.seek(-10, os.SEEK_END) == len(WAV) - 10
            stream.verify()  # type: ignore[attr-defined]
            assert stream.verified  # type: ignore[attr-defined]
    finally:
        package.close()


@pytest.mark.parametrize("layout", LAYOUTS)
def test_stream_decodes_with_soundfile(layout: str, tmp_path: Path) -> None:
    package = open_package(build(layout, tmp_path))
    try:
        item = package.manifest.items[0]
        with package.open_media(item) as stream, open_audio(stream, name="a.wav") as sound:
            assert (sound.samplerate, sound.frames) == (RATE, 3 * RATE)
            sound.seek(RATE)
            got = sound.read(100, dtype="int16")
        expected, _ = soundfile.read(io.BytesIO(WAV), dtype="int16", start=RATE, stop=RATE + 100)
        assert np.array_equal(got, expected)
    finally:
        package.close()


@pytest.mark.parametrize("layout", LAYOUTS)
def test_altered_media_fails_verify(layout: str, tmp_path: Path) -> None:
    altered = WAV[:-1] + bytes([WAV[-1] ^ 1])
    package = open_package(build(layout, tmp_path, altered, manifest_data=WAV))
    try:
        with package.open_media(package.manifest.items[0]) as stream:
            stream.seek(1000)
            stream.read(10)  # read out of order: verify must still hash everything
            with pytest.raises(MediaError, match=r"a\.wav: does not match its SHA-256"):
                stream.verify()  # type: ignore[attr-defined]
            assert not stream.verified  # type: ignore[attr-defined]
    finally:
        package.close()


def test_verify_after_a_partial_read_hashes_the_rest(tmp_path: Path) -> None:
    package = open_package(build("zip-stored", tmp_path))
    try:
        with package.open_media(package.manifest.items[0]) as stream:
            assert stream.read(100) == WAV[:100]
            stream.verify()  # type: ignore[attr-defined]
            assert stream.tell() == 100  # verifying does not move the reader
            assert stream.read(5) == WAV[100:105]
    finally:
        package.close()


def test_each_stream_has_its_own_handle(tmp_path: Path) -> None:
    package = open_package(build("zip-stored", tmp_path))
    item = package.manifest.items[0]
    first, second = package.open_media(item), package.open_media(item)
    try:
        first.seek(500)
        assert second.read(10) == WAV[:10]
        package.close()  # the package's own zip handle is not what the streams read through
        assert first.read(10) == WAV[500:510]
    finally:
        first.close()
        second.close()
    assert sha256(WAV) == item.sha256


def test_item_without_media_is_refused(tmp_path: Path) -> None:
    path = write_folder_package(tmp_path / "pkg", manifest_dict([{"id": "t", "kind": "text", "text": "hi"}]))
    package = open_package(path)
    try:
        with pytest.raises(MediaError, match="has no media file"):
            package.open_media(package.manifest.items[0])
    finally:
        package.close()

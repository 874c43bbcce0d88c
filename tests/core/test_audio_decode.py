"""open_audio refuses bad audio with a message naming the file; read_frames is seek-exact, MP3 included."""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
import pytest
import soundfile

from annotator.core.errors import MediaError
from annotator.core.media.audio import open_audio, read_frames
from annotator.core.media.probe import probe_audio

RATE = 16_000
FAKE_M4A = b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00M4A isommp42" + bytes(200)


def chirp(seconds: float = 2.0, rate: int = RATE) -> np.ndarray:
    """A rising tone: every stretch of it differs, so a wrong seek shows."""
    t = np.arange(int(seconds * rate)) / rate
    return (0.5 * np.sin(2 * np.pi * (200 + 300 * t) * t)).astype(np.float32)


def write(path: Path, signal: np.ndarray, fmt: str, subtype: str | None = None) -> Path:
    soundfile.write(path, signal, RATE, format=fmt, subtype=subtype)
    return path


def refusal(source: object, name: str) -> str:
    """The message open_audio refuses `source` with; it must start with the file's name."""
    with pytest.raises(MediaError) as caught:
        open_audio(source, name=name)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith(f"{name}: "), message
    assert caught.value.problem.file == name
    return caught.value.problem.reason


@pytest.mark.parametrize("as_path", [True, False])
def test_m4a_by_extension(tmp_path: Path, as_path: bool) -> None:
    path = tmp_path / "voice.m4a"
    path.write_bytes(FAKE_M4A)
    source = path if as_path else io.BytesIO(FAKE_M4A)
    assert refusal(source, str(path)) == ".m4a audio is not supported; convert it to WAV, FLAC, OGG, Opus or MP3"


def test_m4a_behind_a_wav_name_is_found_by_content(tmp_path: Path) -> None:
    path = tmp_path / "renamed.wav"
    path.write_bytes(FAKE_M4A)
    reason = refusal(path, str(path))
    assert reason.startswith("unsupported audio format (M4A/AAC in an MP4 container, brand M4A)")
    assert reason.endswith("supported: WAV, FLAC, OGG Vorbis, Opus, MP3")


def test_raw_aac_is_named(tmp_path: Path) -> None:
    reason = refusal(io.BytesIO(b"\xff\xf1\x50\x80" + bytes(100)), "voice.audio")
    assert reason.startswith("unsupported audio format (raw AAC (ADTS))")


@pytest.mark.parametrize("as_path", [True, False])
def test_truncated_wav(tmp_path: Path, as_path: bool) -> None:
    data = (write(tmp_path / "full.wav", chirp(), "WAV", "PCM_16")).read_bytes()
    cut = data[: len(data) // 2]
    path = tmp_path / "cut.wav"
    path.write_bytes(cut)
    reason = refusal(path if as_path else io.BytesIO(cut), "cut.wav")
    assert reason.startswith("audio file is truncated: its header declares 64000 bytes of samples, it holds ")


def test_truncated_wav_found_behind_other_chunks(tmp_path: Path) -> None:
    data = write(tmp_path / "full.wav", chirp(), "WAV", "PCM_16").read_bytes()
    # A LIST chunk before the data chunk, as many recorders write.
    listing = b"LIST" + (12).to_bytes(4, "little") + b"INFOISFT" + (0).to_bytes(4, "little")
    fixed = data[:36] + listing + data[36:]
    fixed = fixed[:4] + (len(fixed) - 8).to_bytes(4, "little") + fixed[8:]
    with open_audio(io.BytesIO(fixed), name="ok.wav") as sound:
        assert sound.frames == 2 * RATE
    assert "truncated" in refusal(io.BytesIO(fixed[:-100]), "cut.wav")


@pytest.mark.parametrize("as_path", [True, False])
def test_zero_length_file(tmp_path: Path, as_path: bool) -> None:
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    assert refusal(path if as_path else io.BytesIO(b""), str(path)) == "audio file is empty (0 bytes)"


@pytest.mark.parametrize("name", ["noise.wav", "noise.flac", "noise.bin"])
def test_random_bytes(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(random.Random(5).randbytes(4096))
    reason = refusal(path, str(path))
    assert reason.startswith("not a readable audio file (")
    assert reason.endswith("supported: WAV, FLAC, OGG Vorbis, Opus, MP3")


def test_header_without_samples(tmp_path: Path) -> None:
    data = write(tmp_path / "full.wav", chirp(), "WAV", "PCM_16").read_bytes()
    assert refusal(io.BytesIO(data[:44]), "head.wav") == "audio file holds no samples (truncated?)"


def test_missing_file_is_a_media_error(tmp_path: Path) -> None:
    assert refusal(tmp_path / "gone.wav", "gone.wav").startswith("cannot be read (")


def test_file_object_is_left_where_it_was(tmp_path: Path) -> None:
    data = write(tmp_path / "a.wav", chirp(), "WAV", "PCM_16").read_bytes()
    handle = io.BytesIO(data)
    with open_audio(handle, name="a.wav") as sound:
        assert (sound.samplerate, sound.channels, sound.frames) == (RATE, 1, 2 * RATE)
        assert np.abs(read_frames(sound, start=0, frames=10)[:, 0] - chirp()[:10]).max() < 1e-4


@pytest.mark.parametrize(("fmt", "subtype"), [("WAV", "PCM_16"), ("FLAC", "PCM_16"), ("OGG", "VORBIS")])
def test_read_frames_seeks_exactly(tmp_path: Path, fmt: str, subtype: str) -> None:
    signal = np.stack([chirp(), -chirp()], axis=1)
    path = tmp_path / f"a.{fmt.lower()}"
    write(path, signal, fmt, subtype)
    with open_audio(path, name=path.name) as sound:
        whole = sound.read(dtype="float32", always_2d=True)
        part = read_frames(sound, start=12_345, frames=2_000)
        assert part.dtype == np.float32 and part.shape == (2_000, 2)
        assert np.array_equal(part, whole[12_345:14_345])
        assert len(read_frames(sound, start=2 * RATE - 100, frames=2_000)) == 100
        assert len(read_frames(sound, start=10 * RATE, frames=2_000)) == 0


def test_read_frames_after_an_mp3_seek_matches_the_full_decode(tmp_path: Path) -> None:
    path = write(tmp_path / "a.mp3", chirp(3.0), "MP3")
    with open_audio(path, name=path.name) as sound:
        whole = sound.read(dtype="float32", always_2d=True)
        for start in (3_000, int(1.5 * RATE), 2 * RATE + 7):
            part = read_frames(sound, start=start, frames=4_000)
            # Without the pre-roll ~3,600 frames after a seek come back silent or wrong.
            assert np.abs(part[:1000]).max() > 0.2
            assert np.abs(part - whole[start : start + 4_000]).max() < 0.02


def test_probe_audio_shares_the_refusals() -> None:
    with pytest.raises(MediaError, match=r"^renamed.ogg: unsupported audio format \(M4A/AAC"):
        probe_audio(FAKE_M4A, "renamed.ogg")
    with pytest.raises(MediaError, match=r"^e.flac: audio file is empty"):
        probe_audio(b"", "e.flac")


def test_probe_audio_finds_a_cut_flac(tmp_path: Path) -> None:
    data = write(tmp_path / "a.flac", chirp(), "FLAC", "PCM_16").read_bytes()
    info = probe_audio(data, "a.flac")
    assert (info.samplerate, info.frames, info.duration) == (RATE, 2 * RATE, 2.0)
    with pytest.raises(MediaError, match=r"^cut.flac: audio file is truncated"):
        probe_audio(data[: len(data) // 2], "cut.flac")

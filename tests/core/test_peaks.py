"""Waveform peaks: min/max per bucket of a known signal, envelopes at several zooms, the cache, the hash check."""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pytest
import soundfile

from annotator.core.errors import MediaError
from annotator.core.media.peaks import PeaksCache, compute_peaks
from annotator.core.package import open_package
from tests.core.helpers import manifest_dict, media_item, write_zip_package, zip_info

RATE = 8_000
BUCKET = 256


def sine_then_silence() -> np.ndarray:
    """1 s of a half-scale 1 kHz sine (8 frames a period, crests at exactly +-0.5), then 1 s of silence."""
    t = np.arange(RATE) / RATE
    tone = 0.5 * np.sin(2 * np.pi * 1000 * t)
    return np.concatenate([tone, np.zeros(RATE)]).astype(np.float32)


def write(path: Path, signal: np.ndarray, fmt: str = "WAV") -> Path:
    soundfile.write(path, signal, RATE, format=fmt, subtype="PCM_16")
    return path


def expected_int16(signal: np.ndarray) -> np.ndarray:
    """The samples as a PCM_16 file holds them."""
    return soundfile.read(io.BytesIO(_bytes(signal)), dtype="int16")[0]


def _bytes(signal: np.ndarray, fmt: str = "WAV") -> bytes:
    buffer = io.BytesIO()
    soundfile.write(buffer, signal, RATE, format=fmt, subtype="PCM_16")
    return buffer.getvalue()


def test_min_max_per_bucket_of_a_known_signal(tmp_path: Path) -> None:
    signal = sine_then_silence()
    peaks = compute_peaks(write(tmp_path / "a.wav", signal), name="a.wav", bucket_frames=BUCKET)
    assert (peaks.samplerate, peaks.frames, peaks.bucket_frames, peaks.duration) == (RATE, 2 * RATE, BUCKET, 2.0)
    mins, maxs = peaks.levels[0]
    assert mins.dtype == np.int16 and len(mins) == -(-2 * RATE // BUCKET)  # 63: the last bucket is partial
    samples = expected_int16(signal)
    padded = np.concatenate([samples, np.full(63 * BUCKET - len(samples), samples[-1])]).reshape(63, BUCKET)
    assert np.array_equal(mins, padded.min(axis=1)) and np.array_equal(maxs, padded.max(axis=1))
    # The tone's buckets reach +-0.5 full scale, the silent ones are 0.
    assert np.all(maxs[:31] == 16384) and np.all(mins[:31] == -16384)
    assert np.all(maxs[32:] == 0) and np.all(mins[32:] == 0)


def test_levels_halve_down_to_one_bucket(tmp_path: Path) -> None:
    peaks = compute_peaks(write(tmp_path / "a.wav", sine_then_silence()), name="a.wav", bucket_frames=BUCKET)
    lengths = [len(mins) for mins, _ in peaks.levels]
    assert lengths == [63, 32, 16, 8, 4, 2, 1]
    for (fine_min, fine_max), (mins, maxs) in zip(peaks.levels, peaks.levels[1:], strict=False):
        assert mins[0] == fine_min[:2].min() and maxs[-1] == fine_max[-2:].max()
    top_min, top_max = peaks.levels[-1]
    assert (top_min[0], top_max[0]) == (-16384, 16384)


def test_channels_are_mixed_for_display(tmp_path: Path) -> None:
    left = sine_then_silence()
    stereo = np.stack([left, np.zeros_like(left)], axis=1)
    path = tmp_path / "s.wav"
    soundfile.write(path, stereo, RATE, subtype="PCM_16")
    mins, maxs = compute_peaks(path, name="s.wav").levels[0]
    assert maxs[0] == 8192 and mins[0] == -8192


def test_float_wav_beyond_full_scale_is_clipped_not_wrapped(tmp_path: Path) -> None:
    path = tmp_path / "f.wav"
    soundfile.write(path, np.array([0.0, 1.7, -2.0, 0.25] * 200, dtype=np.float32), RATE, subtype="FLOAT")
    mins, maxs = compute_peaks(path, name="f.wav").levels[0]
    assert maxs.max() == 32767 and mins.min() == -32768


def test_envelope_at_several_zooms(tmp_path: Path) -> None:
    peaks = compute_peaks(write(tmp_path / "a.wav", sine_then_silence()), name="a.wav", bucket_frames=BUCKET)
    # Whole file in 10 columns: half the columns loud, half silent; the bucket across the edge
    # (frames 7,936-8,191) belongs to the column its start falls in, column 5.
    mins, maxs = peaks.envelope(start=0.0, end=2.0, columns=10)
    assert mins.dtype == np.float32 and maxs.shape == (10,)
    assert np.allclose(maxs[:6], 0.5, atol=1e-3) and np.allclose(mins[:6], -0.5, atol=1e-3)
    assert np.all(maxs[6:] == 0) and np.all(mins[6:] == 0)
    # One column over everything uses the coarsest level.
    mins, maxs = peaks.envelope(start=0.0, end=2.0, columns=1)
    assert (mins[0], maxs[0]) == (-0.5, 0.5)
    # Zoomed in further than one bucket a column: every column still shows its bucket.
    mins, maxs = peaks.envelope(start=0.5, end=0.51, columns=100)
    assert np.allclose(maxs, 0.5, atol=1e-3)
    # Around the edge between tone and silence, at 1 bucket a column.
    mins, maxs = peaks.envelope(start=0.0, end=63 * BUCKET / RATE, columns=63)
    assert np.array_equal(maxs, peaks.levels[0][1] / np.float32(32768))
    # Past the end and before the start: zeros.
    mins, maxs = peaks.envelope(start=1.5, end=3.5, columns=4)
    assert np.all(maxs[2:] == 0) and np.all(mins[2:] == 0)
    mins, maxs = peaks.envelope(start=-1.0, end=1.0, columns=4)
    assert np.all(maxs[:2] == 0) and np.allclose(maxs[2:], 0.5, atol=1e-3)
    assert peaks.envelope(start=1.0, end=1.0, columns=5)[0].shape == (5,)


def test_envelope_never_loses_a_peak_between_columns(tmp_path: Path) -> None:
    signal = np.zeros(10 * RATE, dtype=np.float32)
    signal[12_345] = 0.9  # one loud sample: every zoom must show it once
    peaks = compute_peaks(write(tmp_path / "click.wav", signal), name="click.wav")
    for columns in (7, 100, 250, 312):  # at most one 256-frame bucket a column
        _, maxs = peaks.envelope(start=0.0, end=10.0, columns=columns)
        assert np.count_nonzero(maxs > 0.8) == 1, columns
    # Zoomed in past the finest level, the columns inside the click's bucket all show it.
    _, maxs = peaks.envelope(start=0.0, end=10.0, columns=3125)  # 25.6 frames a column
    loud = np.flatnonzero(maxs > 0.8)
    assert list(loud) == list(range(loud[0], loud[0] + 10)) and loud[0] * 25.6 <= 12_345 < (loud[-1] + 1) * 25.6


def test_flac_and_wav_agree(tmp_path: Path) -> None:
    # int16 samples, so both files hold the very same ones (float to PCM_16 rounds differently per writer).
    signal = np.random.default_rng(3).integers(-26_000, 26_000, 3 * RATE + 17).astype(np.int16)
    wav = compute_peaks(write(tmp_path / "a.wav", signal), name="a.wav")
    flac = compute_peaks(write(tmp_path / "a.flac", signal, "FLAC"), name="a.flac")
    assert (wav.frames, wav.samplerate) == (flac.frames, flac.samplerate)
    for (wav_min, wav_max), (flac_min, flac_max) in zip(wav.levels, flac.levels, strict=True):
        assert np.array_equal(wav_min, flac_min) and np.array_equal(wav_max, flac_max)


def test_bad_audio_is_a_media_error(tmp_path: Path) -> None:
    path = tmp_path / "voice.m4a"
    path.write_bytes(b"\x00\x00\x00\x20ftypM4A " + bytes(64))
    with pytest.raises(MediaError, match="voice.m4a: .m4a audio is not supported"):
        compute_peaks(path, name="voice.m4a")


def test_cache_returns_identical_arrays_without_decoding_again(tmp_path: Path) -> None:
    audio = write(tmp_path / "a.wav", sine_then_silence())
    cache = PeaksCache(tmp_path / "cache")
    opened: list[int] = []

    def open_source() -> Path:
        opened.append(1)
        return audio

    key = "ab" * 32
    first = cache.load_or_compute(key=key, open_source=open_source, name="a.wav")
    second = cache.load_or_compute(key=key, open_source=open_source, name="a.wav")
    assert len(opened) == 1
    assert (second.samplerate, second.frames, second.bucket_frames) == (first.samplerate, first.frames, 256)
    assert len(second.levels) == len(first.levels)
    for (a_min, a_max), (b_min, b_max) in zip(first.levels, second.levels, strict=True):
        assert a_min.dtype == b_min.dtype == np.int16
        assert np.array_equal(a_min, b_min) and np.array_equal(a_max, b_max)
    # Only the cache file is left: the temp file it was written through is gone.
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == [f"{key}.peaks.npz"]


def test_cache_is_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    audio = write(tmp_path / "a.wav", sine_then_silence())
    cache = PeaksCache(tmp_path / "cache")
    key = "cd" * 32
    cache.load_or_compute(key=key, open_source=lambda: audio, name="a.wav")
    before = cache.path(key).read_bytes()
    replaced: list[tuple[str, str]] = []
    real_replace = os.replace

    def crash_on_replace(src: str, dst: str) -> None:
        replaced.append((str(src), str(dst)))
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", crash_on_replace)
    cache.path(key).write_bytes(b"junk")  # force a recompute that then "crashes" at the rename
    with pytest.raises(OSError, match="power cut"):
        cache.load_or_compute(key=key, open_source=lambda: audio, name="a.wav")
    monkeypatch.setattr(os, "replace", real_replace)
    # The write went to a temp file in the same folder, and nothing half-written is left.
    assert replaced and Path(replaced[0][0]).parent == cache.folder and replaced[0][1] == str(cache.path(key))
    assert sorted(p.name for p in cache.folder.iterdir()) == [f"{key}.peaks.npz"]
    assert cache.path(key).read_bytes() == b"junk"
    cache.load_or_compute(key=key, open_source=lambda: audio, name="a.wav")
    assert cache.path(key).read_bytes() == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: data[:200] + bytes(b ^ 0xFF for b in data[200:260]) + data[260:],
        lambda data: b"not an npz at all",
    ],
)
def test_damaged_cache_file_is_recomputed(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    audio = write(tmp_path / "a.wav", sine_then_silence())
    cache = PeaksCache(tmp_path / "cache")
    key = "ef" * 32
    good = cache.load_or_compute(key=key, open_source=lambda: audio, name="a.wav")
    cache.path(key).write_bytes(damage(cache.path(key).read_bytes()))
    again = cache.load_or_compute(key=key, open_source=lambda: audio, name="a.wav")
    assert np.array_equal(again.levels[0][1], good.levels[0][1])
    assert cache.load_or_compute(key=key, open_source=lambda: audio, name="a.wav").frames == good.frames


def test_cache_of_other_shape_is_not_trusted(tmp_path: Path) -> None:
    audio = write(tmp_path / "a.wav", sine_then_silence())
    cache = PeaksCache(tmp_path / "cache")
    key = "01" * 32
    good = cache.load_or_compute(key=key, open_source=lambda: audio, name="a.wav")
    with np.load(cache.path(key)) as archive:
        arrays = {name: archive[name] for name in archive.files}
    arrays["max0"] = arrays["max0"][:-3]  # a well-formed npz that cannot be these peaks
    np.savez(cache.path(key), **arrays)
    again = cache.load_or_compute(key=key, open_source=lambda: audio, name="a.wav")
    assert len(again.levels[0][1]) == len(good.levels[0][1])


def test_cache_key_must_be_a_hash(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a hash"):
        PeaksCache(tmp_path).load_or_compute(key="../../etc/passwd", open_source=lambda: "x", name="x")


def test_peaks_through_open_media_check_the_sha256(tmp_path: Path) -> None:
    data = _bytes(sine_then_silence())
    altered = data[:-2] + b"\x01\x00"
    manifest = manifest_dict(
        [media_item("good", "audio", "media/good.wav", data), media_item("bad", "audio", "media/bad.wav", data)]
    )
    path = write_zip_package(
        tmp_path / "pkg.zip",
        manifest,
        infos=[(zip_info("media/good.wav", compress_type=0), data), (zip_info("media/bad.wav", compress_type=0), altered)],
    )
    package = open_package(path)
    good, bad = package.manifest.items
    cache = PeaksCache(tmp_path / "cache")
    try:
        peaks = cache.load_or_compute(key=good.sha256 or "", open_source=lambda: package.open_media(good), name="g")
        assert peaks.frames == 2 * RATE
        with pytest.raises(MediaError, match=r"bad\.wav: does not match its SHA-256"):
            cache.load_or_compute(key="00" * 32, open_source=lambda: package.open_media(bad), name="media/bad.wav")
        assert not cache.path("00" * 32).exists()  # peaks of altered media are never cached
    finally:
        package.close()

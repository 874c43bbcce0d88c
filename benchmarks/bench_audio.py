"""Audio core: waveform peaks of an hour of 16 kHz audio (WAV, FLAC), their peak memory, time-stretch speed.

Peak memory is measured in child processes (`python -m benchmarks.bench_audio peaks-rss PATH`, one JSON
line), so each figure is that of one compute_peaks call and not of the runner.
"""

from __future__ import annotations

import os
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import soundfile

from annotator.core.media.peaks import compute_peaks
from annotator.core.media.stretch import TimeStretcher
from benchmarks.child import emit, peak_rss_mib, run_child
from benchmarks.data import BENCH_DIR
from benchmarks.report import Benchmark, Result, format_seconds, median

RATE = 16_000
HOUR = 3600
PEAKS_RUNS = 3
PEAKS_TARGETS = {"WAV": 0.2, "FLAC": 1.2}
MEMORY_GROWTH_TARGET_MB = 50.0
STRETCH_SECONDS = 20
STRETCH_BLOCK = 2048
STRETCH_TARGET_X = 20.0  # x real time
STRETCH_CASES = ((16_000, 1), (48_000, 2))
STRETCH_SPEEDS = (0.5, 1.5, 2.0)
# Bump when the generated audio changes, so stale caches are rebuilt rather than reused.
BUILD_VERSION = 1


# -- inputs (built once in .bench/audio, reused) ---------------------------------------------------


def _speechlike(rng: np.random.Generator, frames: int) -> np.ndarray:
    """Noise shaped by a syllable-rate envelope with pauses: not silence, not a pure tone."""
    noise = rng.standard_normal(frames).astype(np.float32)
    t = np.arange(frames, dtype=np.float32) / RATE
    envelope = np.maximum(0.0, np.sin(2 * np.pi * 3.0 * t + rng.uniform(0, 6.3))).astype(np.float32)
    return 0.2 * noise * envelope


def audio_file(fmt: str, seconds: int) -> Path:
    """The cached `seconds`-long 16 kHz mono PCM_16 file in `fmt` (WAV or FLAC), written in chunks."""
    path = BENCH_DIR / "audio" / f"speechlike-{seconds}s-v{BUILD_VERSION}.{fmt.lower()}"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f"{path.name}.{os.getpid()}.partial")
    rng = np.random.default_rng(seconds)
    with soundfile.SoundFile(temp, "w", RATE, 1, format=fmt, subtype="PCM_16") as sound:
        for start in range(0, seconds, 60):
            sound.write(_speechlike(rng, min(60, seconds - start) * RATE))
    os.replace(temp, path)
    return path


# -- the parent side -------------------------------------------------------------------------------


def _run_child(*args: str) -> dict[str, Any]:
    return run_child("benchmarks.bench_audio", *args)


def bench_peaks(fmt: str) -> Result:
    """Median over PEAKS_RUNS of compute_peaks on 1 h of 16 kHz mono."""
    hour = audio_file(fmt, HOUR)
    times = []
    for _ in range(PEAKS_RUNS):
        start = time.perf_counter()
        peaks = compute_peaks(hour, name=hour.name)
        times.append(time.perf_counter() - start)
    decode_start = time.perf_counter()
    with soundfile.SoundFile(hour) as sound:
        for _block in sound.blocks(blocksize=1 << 20, dtype="int16"):
            pass
    decode = time.perf_counter() - decode_start
    detail = (
        f"decoding alone (int16 blocks) {format_seconds(decode)}; {len(peaks.levels[0][0]):,} buckets of "
        f"{peaks.bucket_frames} frames, {len(peaks.levels)} levels; file {hour.stat().st_size / 1e6:.0f} MB; "
        f"max of runs {format_seconds(max(times))}"
    )
    return Result(
        name=f"waveform peaks, 1 h 16 kHz mono {fmt} (median)",
        figure=median(times),
        target=PEAKS_TARGETS[fmt],
        samples=PEAKS_RUNS,
        detail=detail,
    )


def bench_peaks_memory(fmt: str) -> Result:
    """Peak memory of compute_peaks on 1 h minus that on 1 min, each in a fresh child process."""
    hour, minute = audio_file(fmt, HOUR), audio_file(fmt, 60)
    big, small = _run_child("peaks-rss", str(hour)), _run_child("peaks-rss", str(minute))
    return Result(
        name=f"waveform peaks memory, 1 h vs 1 min of {fmt} (growth)",
        figure=big["rss_mb"] - small["rss_mb"],
        target=MEMORY_GROWTH_TARGET_MB,
        samples=1,
        detail=f"peak memory (VmHWM of a child) 1 h {big['rss_mb']:.0f} MB vs 1 min {small['rss_mb']:.0f} MB",
        unit="MB",
    )


def bench_stretch(rate: int, channels: int, speed: float) -> Result:
    """Seconds of TimeStretcher work per second of source, in 2048-frame blocks (20x real time = 0.05 s)."""
    rng = np.random.default_rng(rate)
    mono = _speechlike(rng, STRETCH_SECONDS * rate)
    signal = np.repeat(mono[:, None], channels, axis=1) if channels > 1 else mono[:, None]
    runs = []
    for _ in range(3):
        stretcher = TimeStretcher(samplerate=rate, channels=channels, speed=speed)
        produced = 0
        start = time.perf_counter()
        for offset in range(0, len(signal), STRETCH_BLOCK):
            produced += len(stretcher.process(signal[offset : offset + STRETCH_BLOCK]))
        produced += len(stretcher.flush())
        runs.append(time.perf_counter() - start)
    per_second = median(runs) / STRETCH_SECONDS
    layout = "mono" if channels == 1 else "stereo"
    return Result(
        name=f"time stretch {speed}x, {rate // 1000} kHz {layout}, {STRETCH_BLOCK}-frame blocks (x real time)",
        figure=1.0 / per_second,
        target=STRETCH_TARGET_X,
        samples=len(runs),
        detail=f"{format_seconds(per_second)} of work per second of audio; {STRETCH_SECONDS} s in, "
        f"{produced / rate:.1f} s out",
        unit="x",
        higher_is_better=True,
    )


BENCHMARKS = (
    *(Benchmark(id=f"peaks-{fmt.lower()}", area="audio", run=partial(bench_peaks, fmt)) for fmt in PEAKS_TARGETS),
    *(
        Benchmark(id=f"peaks-memory-{fmt.lower()}", area="audio", run=partial(bench_peaks_memory, fmt))
        for fmt in PEAKS_TARGETS
    ),
    *(
        Benchmark(
            id=f"stretch-{speed}x-{rate // 1000}k", area="audio", run=partial(bench_stretch, rate, channels, speed)
        )
        for rate, channels in STRETCH_CASES
        for speed in STRETCH_SPEEDS
    ),
)


# -- the child side --------------------------------------------------------------------------------


def _child(argv: list[str]) -> None:
    mode, path = argv
    assert mode == "peaks-rss", mode
    peaks = compute_peaks(Path(path), name=path)
    emit({"rss_mb": peak_rss_mib() * 1024 * 1024 / 1e6, "buckets": len(peaks.levels[0][0])})


if __name__ == "__main__":
    _child(sys.argv[1:])

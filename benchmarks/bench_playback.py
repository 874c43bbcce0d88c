"""Key press to sound: play() to the first non-silent buffer handed to the device, and pause() to silence."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile

from annotator.core.playback.fake_output import BackendTap, FakeOutputBackend
from annotator.core.playback.output import SoundDeviceBackend, probe_output
from annotator.core.playback.player import Player
from benchmarks.data import scratch_folder
from benchmarks.report import Benchmark, Result, format_seconds, median, percentile

TRIES = 20
TARGET_P95 = 0.050
TONE_SECONDS = 30.0
TONE_RATE = 16000  # speech rate: the device runs at 48 kHz, so the resampler is on the path
BLOCK_TIMEOUT = 1.0


def _backend() -> tuple[BackendTap, str]:
    """The real output device when there is one, else the fake paced device; and which it is."""
    availability = probe_output()
    if availability.ok:
        import sounddevice  # only reached when probe_output() could import it

        device = sounddevice.query_devices(kind="output")
        host = sounddevice.query_hostapis(device["hostapi"])["name"]
        return BackendTap(SoundDeviceBackend()), f"real device '{device['name']}' ({host})"
    return BackendTap(FakeOutputBackend()), f"fake paced device ({availability.reason})"


def _write_tone(path: Path) -> Path:
    t = np.arange(int(TONE_SECONDS * TONE_RATE)) / TONE_RATE
    soundfile.write(path, (0.1 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), TONE_RATE)
    return path


def _until_block(tap: BackendTap, *, sounding: bool, after: float) -> float:
    """Seconds from `after` to the first block handed over that is (or is not) sounding."""
    deadline = time.perf_counter() + BLOCK_TIMEOUT
    while time.perf_counter() < deadline:
        block = tap.first_block(sounding=sounding, after=after)
        if block is not None:
            return block.at - after
        time.sleep(0.001)
    raise RuntimeError(f"no {'sounding' if sounding else 'silent'} block within {BLOCK_TIMEOUT} s")


Prepare = Callable[[Player, Path, random.Random], None]


def _measure(prepare: Prepare, *, action: str) -> tuple[list[float], str]:
    """TRIES timings of play() (after `prepare`) to sound, or of pause() to silence when `action` is 'pause'."""
    tap, device = _backend()
    rng = random.Random(4)
    samples: list[float] = []
    with scratch_folder("playback-") as folder:
        tone = _write_tone(folder / "tone.wav")
        player = Player(backend=tap)
        try:
            for _ in range(TRIES):
                prepare(player, tone, rng)
                tap.clear()
                start = time.perf_counter()
                player.play()
                if action == "play":
                    samples.append(_until_block(tap, sounding=True, after=start))
                else:
                    _until_block(tap, sounding=True, after=start)
                    time.sleep(0.05)  # playing steadily, not just started
                    start = time.perf_counter()
                    player.pause()
                    samples.append(_until_block(tap, sounding=False, after=start))
                player.pause()
                time.sleep(0.02)
        finally:
            player.close()
    return samples, device


def _after_load(player: Player, tone: Path, rng: random.Random) -> None:
    """Load the file afresh (the stream is reused, as when the editor moves to the next item)."""
    player.load(lambda: tone, name="tone.wav")


def _after_seek(player: Player, tone: Path, rng: random.Random) -> None:
    """Seek to a random point of the loaded file (loading it first if needed)."""
    if player.duration == 0.0:
        player.load(lambda: tone, name="tone.wav")
    player.seek(rng.uniform(1.0, TONE_SECONDS - 5.0))


def _result(name: str, samples: list[float], device: str) -> Result:
    return Result(
        name=name,
        figure=percentile(samples, 0.95),
        target=TARGET_P95,
        samples=len(samples),
        detail=f"p50 {format_seconds(median(samples))}, 16 kHz WAV on the {device}",
    )


def bench_play_after_load() -> Result:
    """p95 of play() right after load() to the first non-silent buffer handed to the device."""
    samples, device = _measure(_after_load, action="play")
    return _result("play() after load to first sound handed to device (p95)", samples, device)


def bench_play_after_seek() -> Result:
    """p95 of play() right after a seek to the first non-silent buffer handed to the device."""
    samples, device = _measure(_after_seek, action="play")
    return _result("play() after seek to first sound handed to device (p95)", samples, device)


def bench_pause_to_silence() -> Result:
    """p95 of pause() while playing to the first silent buffer handed to the device."""
    samples, device = _measure(_after_seek, action="pause")
    return _result("pause() to first silent buffer handed to device (p95)", samples, device)


BENCHMARKS = (
    Benchmark("playback.play_after_load", "playback", bench_play_after_load),
    Benchmark("playback.play_after_seek", "playback", bench_play_after_seek),
    Benchmark("playback.pause_to_silence", "playback", bench_pause_to_silence),
)

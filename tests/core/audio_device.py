"""Test helpers for playback: the real output device (or a clear failure under CI), tones, and polling."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import soundfile

from annotator.core.playback.output import probe_output

HOW_TO_GET_ONE = (
    "run the tests through `make test` (it starts a JACK dummy server with packaging/with-test-audio.sh; "
    "jackd2 comes from packaging/install-system-deps.sh, run as root)"
)


def require_output_device() -> None:
    """Fail (under CI=true) or skip (elsewhere) with the reason when there is no output device."""
    availability = probe_output()
    if availability.ok:
        return
    problem = os.environ.get("ANNOTATOR_TEST_AUDIO_PROBLEM", "")
    reason = (
        f"{availability.reason} {('Test server: ' + problem + '. ') if problem else ''}To get one, {HOW_TO_GET_ONE}."
    )
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI has no audio output device for the real playback tests: {reason}", pytrace=False)
    pytest.skip(f"no audio output device: {reason}")


def write_tone(
    path: Path, *, seconds: float, samplerate: int = 16000, channels: int = 1, frequency: float = 440.0
) -> Path:
    """A sine tone at a tenth of full scale (quiet, in case a developer's real speakers play it)."""
    t = np.arange(int(seconds * samplerate)) / samplerate
    wave = (0.1 * np.sin(2 * np.pi * frequency * t)).astype(np.float32)
    soundfile.write(path, np.repeat(wave[:, None], channels, axis=1), samplerate)
    return path


def wait_until(condition: Callable[[], bool], *, timeout: float, what: str) -> float:
    """Poll `condition` every 2 ms until true; return the wall seconds it took, fail after `timeout`."""
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.002)
    return time.perf_counter() - start


def dominant_frequency(signal: np.ndarray, samplerate: int) -> float:
    """The strongest frequency in a mono signal, by FFT peak."""
    window = np.hanning(len(signal))
    spectrum = np.abs(np.fft.rfft(signal * window))
    return float(np.argmax(spectrum) * samplerate / len(signal))

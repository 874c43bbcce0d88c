"""Time stretch keeps the pitch, scales the duration, streams without clicks and is exact at speed 1."""

from __future__ import annotations

import numpy as np
import pytest

from annotator.core.media.stretch import TimeStretcher, stretch

RATE = 16_000


def tone(seconds: float = 2.0, *, rate: int = RATE, freq: float = 440.0, channels: int = 0) -> np.ndarray:
    """A 440 Hz sine at half scale; (n,) when channels is 0, else (n, channels)."""
    t = np.arange(int(seconds * rate)) / rate
    signal = (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    return signal if channels == 0 else np.repeat(signal[:, None], channels, axis=1)


def dominant_hz(signal: np.ndarray, rate: int) -> float:
    """The FFT peak of a mono signal, zero-padded 8x so the bin is finer than 1 % of 440 Hz."""
    size = 8 * len(signal)
    spectrum = np.abs(np.fft.rfft(signal * np.hanning(len(signal)), size))
    return float(np.argmax(spectrum)) * rate / size


def streamed(signal: np.ndarray, *, speed: float, rate: int = RATE, block: int = 1024) -> np.ndarray:
    """`signal` (n, channels) through a TimeStretcher in fixed blocks, flushed at the end."""
    stretcher = TimeStretcher(samplerate=rate, channels=signal.shape[1], speed=speed)
    out = [stretcher.process(signal[i : i + block]) for i in range(0, len(signal), block)]
    out.append(stretcher.flush())
    return np.concatenate(out)


def test_dominant_frequency_is_tested_meaningfully() -> None:
    # Plain resampling to half speed would halve the pitch; the measure must see that.
    signal = tone()
    resampled = np.interp(np.arange(2 * len(signal)) / 2, np.arange(len(signal)), signal)
    assert abs(dominant_hz(resampled, RATE) - 220.0) < 2.0


@pytest.mark.parametrize("speed", [0.5, 2.0])
def test_whole_array_keeps_pitch_and_scales_duration(speed: float) -> None:
    signal = tone()
    out = stretch(signal, speed=speed, samplerate=RATE)
    assert out.dtype == np.float32 and out.ndim == 1
    assert abs(len(out) - len(signal) / speed) <= 0.02 * len(signal) / speed
    assert abs(dominant_hz(out, RATE) - 440.0) <= 4.4


@pytest.mark.parametrize("speed", [0.5, 2.0])
@pytest.mark.parametrize(("rate", "channels"), [(16_000, 1), (48_000, 2)])
def test_streamed_in_blocks_keeps_pitch_and_scales_duration(speed: float, rate: int, channels: int) -> None:
    signal = tone(rate=rate, channels=channels)
    out = streamed(signal, speed=speed, rate=rate)
    assert out.dtype == np.float32 and out.shape[1] == channels
    assert abs(len(out) - len(signal) / speed) <= 0.02 * len(signal) / speed
    for channel in range(channels):
        assert abs(dominant_hz(out[:, channel], rate) - 440.0) <= 4.4


@pytest.mark.parametrize("speed", [0.5, 0.75, 1.5, 2.0])
def test_stream_has_no_clicks(speed: float) -> None:
    # A sine's steepest step is 2*pi*f/rate times its amplitude; a bad join jumps far more.
    signal = tone(channels=1)
    out = streamed(signal, speed=speed, block=777)
    steepest = 0.5 * 2 * np.pi * 440.0 / RATE
    assert np.abs(np.diff(out[:, 0])).max() <= 1.2 * steepest
    # The level stays that of the input (no gaps, no doubled overlaps), past the first frame (which
    # starts up to half a hop before the source at slow speeds) and before the end.
    body = out[RATE // 50 :, 0]
    body = body[: (len(body) - RATE // 10) // 40 * 40]
    peaks = np.abs(body).reshape(-1, 40).max(axis=1)  # 40 frames hold at least one crest of 440 Hz
    assert peaks.min() > 0.45 and peaks.max() < 0.55


def test_speed_one_whole_array_is_an_exact_copy() -> None:
    signal = np.random.default_rng(1).standard_normal((5000, 2)).astype(np.float32)
    out = stretch(signal, speed=1.0, samplerate=RATE)
    assert np.array_equal(out, signal) and out is not signal
    out[0, 0] = 99.0
    assert signal[0, 0] != 99.0


def test_streamed_speed_one_reproduces_the_input() -> None:
    signal = np.random.default_rng(2).standard_normal((3 * RATE, 1)).astype(np.float32) * 0.3
    out = streamed(signal, speed=1.0)
    assert out.shape == signal.shape
    assert np.abs(out - signal).max() < 1e-5


def test_output_follows_source_time_without_delay() -> None:
    # Output sample i holds source time i * speed: a click at 1.0 s comes out at 2.0 s at half speed.
    signal = np.zeros((3 * RATE, 1), dtype=np.float32)
    signal[RATE : RATE + 80, 0] = 1.0
    out = streamed(signal, speed=0.5)
    # WSOLA repeats a transient in overlapping frames at 0.5x, so compare where its energy is centred.
    energy = out[:, 0].astype(np.float64) ** 2
    centre = float(np.sum(np.arange(len(out)) * energy) / np.sum(energy))
    assert abs(centre - (2 * RATE + 80)) < 0.01 * RATE


def test_set_speed_changes_the_rate_at_the_next_block_smoothly() -> None:
    signal = tone(6.0, channels=1)
    stretcher = TimeStretcher(samplerate=RATE, channels=1)
    first = np.concatenate([stretcher.process(signal[i : i + 1000]) for i in range(0, 2 * RATE, 1000)])
    stretcher.set_speed(2.0)
    assert stretcher.speed == 2.0
    second = np.concatenate([stretcher.process(signal[i : i + 1000]) for i in range(2 * RATE, 6 * RATE, 1000)])
    tail = stretcher.flush()
    out = np.concatenate([first, second, tail])
    # 2 s at 1x and 4 s at 2x: 4 s of output.
    assert abs(len(out) - 4 * RATE) <= 0.02 * 4 * RATE
    steepest = 0.5 * 2 * np.pi * 440.0 / RATE
    assert np.abs(np.diff(out[:, 0])).max() <= 1.2 * steepest
    # Once past the change the output runs at half the input's rate.
    assert abs(len(second) / (4 * RATE) - 0.5) < 0.03
    assert abs(dominant_hz(out[3 * RATE :, 0], RATE) - 440.0) <= 4.4


def test_reset_forgets_what_was_held() -> None:
    stretcher = TimeStretcher(samplerate=RATE, channels=1, speed=1.5)
    stretcher.process(tone(1.0, channels=1))
    stretcher.reset()
    silence = np.zeros((RATE, 1), dtype=np.float32)
    out = np.concatenate([stretcher.process(silence), stretcher.flush()])
    assert np.abs(out).max() == 0.0
    assert len(out) == round(RATE / 1.5)
    assert stretcher.speed == 1.5


def test_flush_on_nothing_is_empty() -> None:
    stretcher = TimeStretcher(samplerate=RATE, channels=2, speed=0.5)
    assert stretcher.flush().shape == (0, 2)


@pytest.mark.parametrize("speed", [0.49, 2.01, 0.0, -1.0])
def test_speed_outside_the_range_is_refused(speed: float) -> None:
    with pytest.raises(ValueError, match="outside"):
        stretch(tone(0.1), speed=speed, samplerate=RATE)
    with pytest.raises(ValueError, match="outside"):
        TimeStretcher(samplerate=RATE, channels=1).set_speed(speed)


def test_block_of_the_wrong_shape_is_refused() -> None:
    with pytest.raises(ValueError, match=r"\(n, 2\)"):
        TimeStretcher(samplerate=RATE, channels=2).process(np.zeros((10, 3), dtype=np.float32))

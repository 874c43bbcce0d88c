"""The ring buffer and the device callback: it hands over exactly what was buffered, and silence when dry."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile

from annotator.core.playback.fake_output import BackendTap, FakeOutputBackend
from annotator.core.playback.player import FADE_SECONDS, Player
from annotator.core.playback.ring_buffer import RingBuffer
from tests.core.audio_device import wait_until

RATE = 48000


def _frames(start: int, count: int, channels: int = 2) -> np.ndarray:
    """Frames whose values say where they came from, so a misplaced copy cannot go unnoticed."""
    values = np.arange(start, start + count, dtype=np.float32)[:, None]
    return np.repeat(values, channels, axis=1) + np.arange(channels, dtype=np.float32) * 0.5


def test_read_returns_what_was_written_across_the_wrap() -> None:
    ring = RingBuffer(capacity=1000, channels=2)
    out = np.empty((300, 2), dtype=np.float32)
    written = 0
    for _ in range(10):  # 10 x 300 frames through 1000 slots: wraps three times
        assert ring.write(_frames(written, 300)) == 300
        assert ring.read_into(out) == 300
        np.testing.assert_array_equal(out, _frames(written, 300))
        written += 300
    assert ring.written == ring.read == 3000


def test_a_full_ring_takes_only_what_fits() -> None:
    ring = RingBuffer(capacity=100, channels=1)
    assert ring.write(_frames(0, 80, 1)) == 80
    assert ring.write(_frames(80, 50, 1)) == 20
    assert ring.free() == 0
    assert ring.write(_frames(100, 5, 1)) == 0


def test_underrun_gives_silence_not_stale_frames() -> None:
    ring = RingBuffer(capacity=512, channels=2)
    out = np.empty((512, 2), dtype=np.float32)
    ring.write(_frames(1, 512))
    ring.read_into(out)  # every slot now holds an old, non-zero frame
    ring.write(_frames(10_000, 100))
    out.fill(np.nan)  # whatever the device buffer held before
    assert ring.read_into(out) == 100
    np.testing.assert_array_equal(out[:100], _frames(10_000, 100))
    assert not out[100:].any()
    out.fill(np.nan)
    assert ring.read_into(out) == 0
    assert not out.any()


def test_discard_drops_unread_frames_and_reports_what_was_handed() -> None:
    ring = RingBuffer(capacity=1000, channels=1)
    out = np.empty((200, 1), dtype=np.float32)
    ring.write(_frames(0, 600, 1))
    ring.read_into(out)
    assert ring.discard() == 200
    assert ring.available() == 0
    ring.write(_frames(5000, 10, 1))
    ring.read_into(out)
    np.testing.assert_array_equal(out[:10], _frames(5000, 10, 1))


def test_concurrent_writer_and_reader_keep_every_frame_in_order() -> None:
    ring = RingBuffer(capacity=257, channels=1)  # an odd size, so copies split at the wrap
    total = 50_000
    received: list[np.ndarray] = []

    def produce() -> None:
        sent = 0
        while sent < total:
            count = ring.write(_frames(sent, min(1000, total - sent), 1))
            sent += count
            if not count:
                time.sleep(0.0005)  # full: let the reader run instead of spinning on the GIL

    writer = threading.Thread(target=produce)
    writer.start()
    out = np.empty((64, 1), dtype=np.float32)
    got = 0
    while got < total:
        count = ring.read_into(out)
        received.append(out[:count, 0].copy())
        got += count
        if not count:
            time.sleep(0.0005)
    writer.join()
    np.testing.assert_array_equal(np.concatenate(received), np.arange(total, dtype=np.float32))


def _handed_from_first_sound(tap: BackendTap) -> tuple[np.ndarray, int]:
    """Everything handed to the device, and where the first block with sound begins in it."""
    blocks = tap.snapshot()
    first_block = next(index for index, block in enumerate(blocks) if block.sounding)
    return np.concatenate([block.data for block in blocks]), sum(block.frames for block in blocks[:first_block])


@pytest.fixture
def noise_file(tmp_path: Path) -> Path:
    rng = np.random.default_rng(7)
    noise = (rng.uniform(-0.5, 0.5, size=(int(0.4 * RATE), 2))).astype(np.float32)
    path = tmp_path / "noise.wav"
    soundfile.write(path, noise, RATE, subtype="FLOAT")  # float WAV: samples come back bit-exact
    return path


@pytest.fixture
def tapped_player(noise_file: Path) -> Iterator[tuple[Player, BackendTap]]:
    tap = BackendTap(FakeOutputBackend(samplerate=RATE, channels=2), keep_data=True)
    player = Player(backend=tap)
    player.load(lambda: noise_file, name="noise.wav")
    yield player, tap
    player.close()


def test_the_device_gets_the_file_frames_exactly_then_silence(
    tapped_player: tuple[Player, BackendTap], noise_file: Path
) -> None:
    player, tap = tapped_player
    source = soundfile.read(noise_file, dtype="float32", always_2d=True)[0]
    player.play()
    wait_until(lambda: not player.playing, timeout=3.0, what="the file to play to its end")
    handed, first = _handed_from_first_sound(tap)
    played = handed[first : first + len(source)]
    fade = int(FADE_SECONDS * RATE)
    # After the short fade-in, what reached the device is the file, sample for sample ...
    np.testing.assert_array_equal(played[fade:], source[fade:])
    np.testing.assert_allclose(played[:fade], source[:fade] * np.linspace(0, 1, fade)[:, None], atol=1e-6)
    # ... and after the end only zeros: the drained ring gives silence, not the frames still in its slots.
    assert not handed[first + len(source) :].any()
    assert player.position == pytest.approx(0.4)


def test_volume_scales_what_the_device_gets(tapped_player: tuple[Player, BackendTap], noise_file: Path) -> None:
    player, tap = tapped_player
    source = soundfile.read(noise_file, dtype="float32", always_2d=True)[0]
    player.set_volume(0.5)
    player.play()
    wait_until(lambda: not player.playing, timeout=3.0, what="the file to play to its end")

    def tail_handed() -> bool:
        # The player stops when the file's end is in its ring; the device may take the last blocks after.
        handed, first = _handed_from_first_sound(tap)
        return len(handed) >= first + len(source)

    wait_until(tail_handed, timeout=3.0, what="the last frames to reach the device")
    handed, first = _handed_from_first_sound(tap)
    fade = int(FADE_SECONDS * RATE)
    np.testing.assert_allclose(handed[first + fade : first + len(source)], 0.5 * source[fade:], atol=1e-7)


def test_a_pause_fades_out_what_would_have_come_and_keeps_the_pause_point(
    tapped_player: tuple[Player, BackendTap], noise_file: Path
) -> None:
    player, tap = tapped_player
    source = soundfile.read(noise_file, dtype="float32", always_2d=True)[0]
    player.play()
    wait_until(lambda: player.position >= 0.1, timeout=3.0, what="playback to start")
    paused_at = time.perf_counter()
    player.pause()
    stopped = player.position
    wait_until(lambda: len([b for b in tap.snapshot() if b.at > paused_at]) >= 4, timeout=3.0, what="buffers")
    assert player.position == stopped  # the fade is heard, not counted
    blocks = tap.snapshot()
    # The last buffer with sound (the one in flight at the pause may come before it) is the fade-out:
    # the file's next frames under a falling ramp, silent after FADE_SECONDS, and nothing after it sounds.
    fade_index = max(i for i, block in enumerate(blocks) if block.sounding)
    assert blocks[fade_index].at > paused_at
    fade = int(FADE_SECONDS * RATE)
    faded = blocks[fade_index].data
    assert np.abs(faded[: fade // 4]).max() > 0.05  # not cut dead at the pause
    assert not faded[fade:].any()
    ramp = np.linspace(1, 0, fade)[:, None]
    assert any(
        np.allclose(source[offset : offset + fade] * ramp, faded[:fade], atol=1e-6)
        for offset in range(len(source) - fade)
    )

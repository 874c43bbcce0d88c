"""Playback through sounddevice on a real (JACK dummy, real-time paced) output device."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from annotator.core.playback.fake_output import BackendTap
from annotator.core.playback.output import SoundDeviceBackend
from annotator.core.playback.player import Player
from tests.core.audio_device import dominant_frequency, require_output_device, wait_until, write_tone

TONE_SECONDS = 8.0


@pytest.fixture
def tap() -> BackendTap:
    require_output_device()
    return BackendTap(SoundDeviceBackend(), keep_data=True)


@pytest.fixture
def player(tap: BackendTap, tmp_path: Path) -> Iterator[Player]:
    tone = write_tone(tmp_path / "tone.wav", seconds=TONE_SECONDS, samplerate=16000)
    player = Player(backend=tap, auto_rewind=1.0)
    assert player.availability.ok, player.availability.reason
    player.load(lambda: tone, name="tone.wav")
    yield player
    player.close()


def _advance(player: Player, *, wall: float) -> tuple[float, float]:
    """Media seconds and wall seconds that pass while waiting about `wall` seconds."""
    start_media, start_wall = player.position, time.perf_counter()
    wait_until(lambda: time.perf_counter() - start_wall >= wall, timeout=wall + 1, what="time to pass")
    return player.position - start_media, time.perf_counter() - start_wall


def test_play_advances_with_wall_time_and_sounds_the_tone(player: Player, tap: BackendTap) -> None:
    assert player.duration == pytest.approx(TONE_SECONDS)
    started = time.perf_counter()
    player.play()
    assert player.playing
    wait_until(lambda: player.position >= 0.6, timeout=3.0, what="the playhead to reach 0.6 s")
    elapsed = time.perf_counter() - started
    # The JACK dummy runs in real time (~1.05 s per s); the playhead follows it, not the producer.
    assert 0.6 / elapsed == pytest.approx(1.0, abs=0.15)
    sounding = [block for block in tap.snapshot() if block.sounding]
    assert sounding, "no buffer with sound reached the device"
    heard = np.concatenate([block.data for block in sounding])[:, 0]
    # 16 kHz file on a 48 kHz-only device: resampled, still 440 Hz.
    assert dominant_frequency(heard, 48000) == pytest.approx(440.0, rel=0.01)


def test_pause_stops_the_playhead_and_the_sound(player: Player, tap: BackendTap) -> None:
    player.play()
    wait_until(lambda: player.position >= 0.3, timeout=3.0, what="playback to start")
    paused_at = time.perf_counter()
    player.pause()
    assert not player.playing
    stopped = player.position
    assert 0.3 <= stopped < 0.6
    _advance(player, wall=0.3)
    assert player.position == stopped
    # One buffer may have been in flight at the pause, and the next fades out; everything after is silence.
    after = [block for block in tap.snapshot() if block.at > paused_at]
    assert len(after) > 10
    assert not any(block.sounding for block in after[2:])


def test_seek_and_skip_while_playing(player: Player) -> None:
    player.play()
    player.seek(5.0)
    assert player.position == pytest.approx(5.0, abs=0.02)
    wait_until(lambda: player.position >= 5.3, timeout=3.0, what="playback on from 5 s")
    before = player.position
    player.skip(-2.0)
    assert player.position == pytest.approx(before - 2.0, abs=0.05)
    player.skip(1.5)
    assert player.position == pytest.approx(before - 0.5, abs=0.08)
    media, wall = _advance(player, wall=0.3)
    assert media == pytest.approx(wall, abs=0.06)


def test_double_speed_advances_media_twice_as_fast(player: Player) -> None:
    player.play()
    wait_until(lambda: player.position >= 0.2, timeout=3.0, what="playback to start")
    media, wall = _advance(player, wall=0.5)
    assert media / wall == pytest.approx(1.0, abs=0.15)
    player.set_speed(2.0)
    assert player.speed == 2.0
    media, wall = _advance(player, wall=0.8)
    assert media / wall == pytest.approx(2.0, abs=0.25)
    player.set_speed(0.5)
    media, wall = _advance(player, wall=0.8)
    assert media / wall == pytest.approx(0.5, abs=0.1)


def test_loop_wraps_inside_its_range(player: Player) -> None:
    player.set_loop(1.0, 1.4)
    assert player.position == pytest.approx(1.0)
    player.play()
    seen: list[float] = []
    started = time.perf_counter()
    while time.perf_counter() - started < 1.2:
        seen.append(player.position)
        time.sleep(0.005)
    assert min(seen) >= 1.0 - 1e-6 and max(seen) < 1.4 + 0.01
    wraps = sum(1 for earlier, later in zip(seen, seen[1:], strict=False) if later < earlier - 0.2)
    assert wraps >= 2  # 1.2 s of wall time through a 0.4 s loop
    player.set_loop(None, None)
    wait_until(lambda: player.position >= 1.6, timeout=3.0, what="playback past the old loop end")


def test_resume_after_pause_rewinds(player: Player) -> None:
    player.play()
    wait_until(lambda: player.position >= 1.5, timeout=4.0, what="playback to 1.5 s")
    player.pause()
    stopped = player.position
    player.play()
    assert player.position == pytest.approx(stopped - 1.0, abs=0.02)
    player.pause()
    player.set_auto_rewind(0.0)
    stopped = player.position
    player.play()
    assert player.position == pytest.approx(stopped, abs=0.02)
    # A seek while paused is where the user wants to be: no rewind on top of it.
    player.pause()
    player.set_auto_rewind(1.0)
    player.seek(3.0)
    player.play()
    assert player.position == pytest.approx(3.0, abs=0.02)


def test_playback_stops_at_the_end(player: Player) -> None:
    player.seek(TONE_SECONDS - 0.3)
    player.play()
    wait_until(lambda: not player.playing, timeout=3.0, what="playback to reach the end")
    assert player.position == pytest.approx(TONE_SECONDS, abs=0.01)
    player.play()  # at the end, play starts over
    assert player.playing
    assert player.position < 0.05

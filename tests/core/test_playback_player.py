"""Player behaviour on the fake paced device: bad files, file objects, exact media time, resampling."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from annotator.core.errors import MediaError
from annotator.core.playback.fake_output import BackendTap, FakeOutputBackend
from annotator.core.playback.player import Player
from annotator.core.playback.resample import StreamResampler
from annotator.core.playback.timeline import Timeline
from tests.core.audio_device import dominant_frequency, wait_until, write_tone


@pytest.fixture
def tap() -> BackendTap:
    # Like the JACK dummy: 48 kHz only, so a 16 kHz file goes through the resampler.
    return BackendTap(FakeOutputBackend(rates={48000}), keep_data=True)


@pytest.fixture
def player(tap: BackendTap) -> Iterator[Player]:
    player = Player(backend=tap)
    yield player
    player.close()


def test_bad_files_give_a_media_error_naming_the_file(player: Player, tmp_path: Path) -> None:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(MediaError, match="empty.wav"):
        player.load(lambda: empty, name="empty.wav")
    with pytest.raises(MediaError, match="talk.m4a.*not supported"):
        player.load(lambda: tmp_path / "talk.m4a", name="talk.m4a")

    def missing() -> Path:
        raise FileNotFoundError("no such file")

    with pytest.raises(MediaError, match="gone.wav: cannot be opened"):
        player.load(missing, name="gone.wav")
    assert player.duration == 0.0 and player.position == 0.0
    player.play()
    assert not player.playing


def test_a_file_object_is_played_and_closed_on_unload(player: Player, tmp_path: Path) -> None:
    tone = write_tone(tmp_path / "tone.wav", seconds=1.0)
    handle = open(tone, "rb")  # noqa: SIM115 - the player owns it from load() on
    player.load(lambda: handle, name="tone.wav")
    player.play()
    wait_until(lambda: player.position > 0.1, timeout=2.0, what="playback from a file object")
    player.unload()
    assert handle.closed
    assert not player.playing and player.duration == 0.0


def test_double_speed_plays_the_file_in_half_the_frames(player: Player, tap: BackendTap, tmp_path: Path) -> None:
    tone = write_tone(tmp_path / "tone.wav", seconds=1.0)
    player.load(lambda: tone, name="tone.wav")
    player.set_speed(2.0)
    player.play()
    wait_until(lambda: not player.playing, timeout=2.0, what="the end at 2x")
    assert player.position == pytest.approx(1.0)
    handed = np.concatenate([block.data for block in tap.snapshot()])[:, 0]
    sounding = np.flatnonzero(np.abs(handed) > 1e-4)
    played = handed[sounding[0] : sounding[-1] + 1]
    assert len(played) == pytest.approx(24000, rel=0.03)  # 1 s of media at 2x on a 48 kHz device
    assert dominant_frequency(played, 48000) == pytest.approx(440.0, rel=0.01)  # pitch kept


def test_speed_change_keeps_the_position(player: Player, tmp_path: Path) -> None:
    tone = write_tone(tmp_path / "tone.wav", seconds=4.0)
    player.load(lambda: tone, name="tone.wav")
    player.play()
    wait_until(lambda: player.position > 0.5, timeout=2.0, what="playback")
    before = player.position
    player.set_speed(0.5)
    assert player.position == pytest.approx(before, abs=0.03)
    player.set_speed(9.0)
    assert player.speed == 2.0  # clamped
    player.set_volume(-1.0)
    assert player.volume == 0.0


def test_loop_must_end_after_it_starts(player: Player, tmp_path: Path) -> None:
    tone = write_tone(tmp_path / "tone.wav", seconds=2.0)
    player.load(lambda: tone, name="tone.wav")
    with pytest.raises(ValueError, match="after its start"):
        player.set_loop(1.0, 0.5)
    player.set_loop(0.5, 1.0)
    assert player.loop == (0.5, 1.0)
    assert player.position == 0.5
    player.set_loop(None, None)
    assert player.loop is None


def test_close_stops_the_worker_and_the_stream(tap: BackendTap, tmp_path: Path) -> None:
    player = Player(backend=tap)
    player.load(lambda: write_tone(tmp_path / "tone.wav", seconds=1.0), name="tone.wav")
    player.play()
    player.close()
    assert not any(thread.name == "audio-producer" and thread.is_alive() for thread in threading.enumerate())
    assert all(stream.closed for stream in tap.backend.streams)


def test_resampler_is_continuous_across_blocks() -> None:
    t = np.arange(16000) / 16000
    signal = np.sin(2 * np.pi * 440 * t).astype(np.float32)[:, None]
    whole = StreamResampler(source_rate=16000, target_rate=48000, channels=1).process(signal)
    blocked = StreamResampler(source_rate=16000, target_rate=48000, channels=1)
    pieces = [blocked.process(signal[start : start + 733]) for start in range(0, len(signal), 733)]
    np.testing.assert_allclose(np.concatenate(pieces), whole, atol=1e-6)
    assert len(whole) == pytest.approx(48000, abs=3)
    assert dominant_frequency(whole[:, 0], 48000) == pytest.approx(440.0, rel=0.01)


def test_timeline_maps_output_frames_to_media_across_jumps() -> None:
    timeline = Timeline()
    assert timeline.media_at(100) == 0.0
    timeline.start(at=0, media=1000.0, rate=1.0 / 3)  # 16 kHz file on a 48 kHz device
    timeline.start(at=4800, media=80000.0, rate=2.0 / 3)  # a seek, then double speed
    assert timeline.media_at(300) == pytest.approx(1100.0)
    assert timeline.media_at(4800 + 300) == pytest.approx(80200.0)
    timeline.start(at=4800, media=0.0, rate=1.0)  # restarted before anything was produced: replaces
    assert timeline.media_at(4810) == pytest.approx(10.0)

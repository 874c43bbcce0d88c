"""Without PortAudio or without an output device: a clear reason, a Player that never crashes, and Retry."""

from __future__ import annotations

import builtins
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.core.playback.fake_output import FakePacedStream
from annotator.core.playback.output import NO_DEVICE, NO_PORTAUDIO, StreamFormat, probe_output
from annotator.core.playback.player import Player
from tests.core.audio_device import wait_until, write_tone


class PortAudioError(Exception):
    """Like sounddevice.PortAudioError: an Exception, not an OSError."""


def _fake_sounddevice() -> types.ModuleType:
    """A stand-in sounddevice whose one output device can be unplugged and plugged in."""
    module = types.ModuleType("sounddevice")
    module.PortAudioError = PortAudioError
    module.present = False
    module.rescans = 0

    def query_devices(kind: str | None = None) -> dict[str, Any]:
        if not module.present:
            raise PortAudioError("Error querying device -1")
        return {"name": "fake", "max_output_channels": 2, "default_samplerate": 48000.0}

    def check_output_settings(*, samplerate: int, channels: int, dtype: str) -> None:
        if samplerate != 48000:
            raise PortAudioError("Invalid sample rate [PaErrorCode -9997]")

    class OutputStream:
        def __init__(self, *, samplerate: int, channels: int, dtype: str, callback: Any):
            if not module.present:
                raise PortAudioError("Error querying device -1")
            self._paced = FakePacedStream(
                stream_format=StreamFormat(samplerate, channels),
                callback=lambda out: callback(out, len(out), None, 0),
                period=512,
            )
            self.latency = self._paced.latency

        @property
        def active(self) -> bool:
            return self._paced.active

        def start(self) -> None:
            self._paced.start()

        def stop(self) -> None:
            self._paced.stop()

        def close(self) -> None:
            self._paced.close()

    def rescan() -> None:
        module.rescans += 1

    module.query_devices = query_devices
    module.check_output_settings = check_output_settings
    module.OutputStream = OutputStream
    module._terminate = rescan
    module._initialize = lambda: None
    return module


@pytest.fixture
def no_portaudio(monkeypatch: pytest.MonkeyPatch) -> None:
    """`import sounddevice` raises OSError, as on Linux without libportaudio2."""
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    real_import = builtins.__import__

    def guarded(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", guarded)


@pytest.fixture
def fake_sd(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """sounddevice with PortAudio loaded but no output device (query_devices raises PortAudioError)."""
    module = _fake_sounddevice()
    monkeypatch.setitem(sys.modules, "sounddevice", module)
    return module


@pytest.fixture
def tone(tmp_path: Path) -> Path:
    return write_tone(tmp_path / "tone.wav", seconds=3.0)


@pytest.fixture
def make_player() -> Iterator[Any]:
    players: list[Player] = []

    def make(**kwargs: Any) -> Player:
        players.append(Player(**kwargs))
        return players[-1]

    yield make
    for player in players:
        player.close()


def _exercise_without_sound(player: Player, tone: Path) -> None:
    """Everything the editor calls works without a device: load, seek, speed, loop; play stays off."""
    player.load(lambda: tone, name="tone.wav")
    assert player.duration == pytest.approx(3.0)
    player.play()
    assert not player.playing
    player.toggle()
    assert not player.playing
    player.seek(1.25)
    assert player.position == pytest.approx(1.25)
    player.skip(-0.5)
    assert player.position == pytest.approx(0.75)
    player.set_speed(1.5)
    player.set_volume(0.5)
    player.set_auto_rewind(2.0)
    player.set_loop(0.5, 1.0)
    player.set_loop(None, None)
    player.pause()
    assert (player.speed, player.volume, player.auto_rewind) == (1.5, 0.5, 2.0)
    assert player.position == pytest.approx(0.75)


def test_without_portaudio_the_reason_says_what_to_install(no_portaudio: None) -> None:
    availability = probe_output()
    assert not availability.ok
    assert availability.reason == NO_PORTAUDIO
    assert "install libportaudio2" in availability.reason


def test_without_portaudio_the_player_still_loads_and_seeks(no_portaudio: None, tone: Path, make_player: Any) -> None:
    player = make_player()
    assert player.availability.reason == NO_PORTAUDIO
    _exercise_without_sound(player, tone)
    assert not player.retry().ok


def test_without_a_device_the_reason_says_plug_one_in(fake_sd: types.ModuleType) -> None:
    availability = probe_output()
    assert not availability.ok
    assert availability.reason == NO_DEVICE
    assert "Retry" in availability.reason


def test_retry_uses_a_device_plugged_in_later(fake_sd: types.ModuleType, tone: Path, make_player: Any) -> None:
    player = make_player()
    assert player.availability.reason == NO_DEVICE
    _exercise_without_sound(player, tone)
    assert not player.retry().ok
    fake_sd.present = True
    assert player.retry().ok
    assert fake_sd.rescans >= 1  # PortAudio was re-initialised so it could see the new device
    assert player.availability.ok
    player.play()
    assert player.playing
    # Playback starts where the editor had got to without sound.
    assert player.position == pytest.approx(0.75, abs=0.02)
    wait_until(lambda: player.position >= 1.0, timeout=3.0, what="the playhead to move on the new device")


def test_a_device_that_refuses_the_stream_turns_playback_off(
    fake_sd: types.ModuleType, tone: Path, make_player: Any
) -> None:
    fake_sd.present = True
    player = make_player()
    assert player.availability.ok

    def refuse(**kwargs: Any) -> None:
        raise PortAudioError("Device unavailable [PaErrorCode -9985]")

    fake_sd.OutputStream = refuse
    player.load(lambda: tone, name="tone.wav")
    assert not player.availability.ok
    assert "Device unavailable" in player.availability.reason
    player.play()
    assert not player.playing

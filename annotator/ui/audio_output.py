"""The annotator's audio settings: which output device plays, and how far playback rewinds on resume."""

from __future__ import annotations

from typing import Any

from annotator.core.playback.output import NO_DEVICE, _import_sounddevice
from annotator.core.playback.player import MAX_AUTO_REWIND
from annotator.ui.i18n import translate

DEVICE_SETTING = "audio.output_device"  # a device name; "" is the system's default output
REWIND_SETTING = "audio.auto_rewind"  # seconds replayed when playback resumes after a pause
DEFAULT_REWIND = 1.0


def output_devices() -> tuple[list[str], str]:
    """The names of the output devices PortAudio sees, and why there are none ("" when there are). Never raises."""
    sd, reason = _import_sounddevice()
    if sd is None:
        return [], reason
    try:
        devices = sd.query_devices()
    except Exception as exc:  # a broken PortAudio must not take the settings dialog down with it
        return [], translate("AudioOutput", "Audio output unavailable: {error}.").format(error=exc)
    names = [str(device["name"]) for device in devices if int(device.get("max_output_channels", 0)) > 0]
    # One name per device: two entries of one name are one choice, the first of them.
    unique = list(dict.fromkeys(names))
    return unique, "" if unique else NO_DEVICE


def use_output_device(name: str) -> bool:
    """Make `name` the output every stream opened from now on plays to ("": the system default).

    Returns whether it is in use: a device no longer there leaves the system default in force.
    """
    sd, _reason = _import_sounddevice()
    if sd is None:
        return not name
    index: int | None = None
    if name:
        try:
            index = next(
                number
                for number, device in enumerate(sd.query_devices())
                if device["name"] == name and int(device.get("max_output_channels", 0)) > 0
            )
        except (StopIteration, Exception):
            index = None
    # sounddevice's default device is what query_devices(kind="output") and every OutputStream use.
    # None is PortAudio's own default (nothing here records from a microphone, so input stays None).
    sd.default.device = (None, index)
    return index is not None or not name


def stored_device(workspace: Any) -> str:
    """The output device chosen in a workspace ("" for the system's default)."""
    value = workspace.setting(DEVICE_SETTING, "")
    return value if isinstance(value, str) else ""


def stored_rewind(workspace: Any) -> float:
    """The auto-rewind chosen in a workspace, in seconds (0 to MAX_AUTO_REWIND)."""
    value = workspace.setting(REWIND_SETTING, DEFAULT_REWIND)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DEFAULT_REWIND
    return min(max(float(value), 0.0), MAX_AUTO_REWIND)


def store_rewind(workspace: Any, seconds: float) -> None:
    """Keep the auto-rewind for every transcription from now on."""
    workspace.set_setting(REWIND_SETTING, round(min(max(float(seconds), 0.0), MAX_AUTO_REWIND), 2))

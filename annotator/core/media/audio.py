"""Audio decoding with soundfile: open for streaming reads with clear refusals, read frames seek-exactly."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

import numpy as np
import soundfile

from annotator.core.errors import MediaError
from annotator.core.media.probe import UNSUPPORTED_AUDIO_SUFFIXES

AudioSourceLike = str | Path | BinaryIO

SUPPORTED_FORMATS = "WAV, FLAC, OGG Vorbis, Opus, MP3"
# libmpg123 returns silence after a seek while its bit reservoir refills: ~3,600-4,100 frames
# (80 ms at 48 kHz, ENV-NOTES; measured ~3,650 at 16 kHz, where 0.2 s alone is not enough).
# Seek this much earlier and throw the warm-up away.
MP3_PREROLL_SECONDS = 0.2
MP3_PREROLL_MIN_FRAMES = 8192
_HEAD_BYTES = 64


class AudioFile(soundfile.SoundFile):
    """A SoundFile that knows how to name its file in a message."""

    def __init__(self, source: AudioSourceLike, *, display_name: str):
        self.display_name = display_name
        super().__init__(source)


def open_audio(source: AudioSourceLike, *, name: str) -> AudioFile:
    """Open `source` (a path or a seekable binary file) for streaming reads; MediaError names `name`.

    Refused: unsupported containers (M4A/AAC/MP4, WMA) by extension or content, empty files, WAVs
    whose data chunk is shorter than their header says, anything libsndfile cannot read, no frames.
    Compressed files are not decoded to their end here (see probe.probe_audio for that check).
    """
    suffix = Path(name).suffix.lower()
    if suffix in UNSUPPORTED_AUDIO_SUFFIXES:
        raise MediaError(name, f"{suffix} audio is not supported; convert it to WAV, FLAC, OGG, Opus or MP3")
    size, head = _size_and_head(source, name)
    if size == 0:
        raise MediaError(name, "audio file is empty (0 bytes)")
    container = _unsupported_container(head)
    if container:
        raise MediaError(name, f"unsupported audio format ({container}); supported: {SUPPORTED_FORMATS}")
    try:
        sound = AudioFile(source, display_name=name)
    except (RuntimeError, soundfile.LibsndfileError, TypeError, ValueError) as exc:
        raise MediaError(name, f"not a readable audio file ({exc}); supported: {SUPPORTED_FORMATS}") from exc
    try:
        if sound.frames <= 0 or sound.samplerate <= 0:
            raise MediaError(name, "audio file holds no samples (truncated?)")
        if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
            _check_wav_length(source, size, name)
    except BaseException:
        sound.close()
        raise
    return sound


def read_frames(sound: soundfile.SoundFile, *, start: int, frames: int) -> np.ndarray:
    """Frames [start, start + frames) as float32 (n, channels); fewer near the end, none past it."""
    start = max(0, min(int(start), sound.frames))
    frames = max(0, min(int(frames), sound.frames - start))
    name = getattr(sound, "display_name", str(sound.name))
    preroll = 0
    if sound.format == "MP3":
        preroll = min(start, max(MP3_PREROLL_MIN_FRAMES, int(MP3_PREROLL_SECONDS * sound.samplerate)))
    try:
        sound.seek(start - preroll)
        data = sound.read(preroll + frames, dtype="float32", always_2d=True)
    except (RuntimeError, soundfile.LibsndfileError) as exc:
        raise MediaError(name, f"audio could not be decoded at frame {start} ({exc})") from exc
    return data[preroll:]


def _size_and_head(source: AudioSourceLike, name: str) -> tuple[int, bytes]:
    """The file's size and its first bytes; a file object is left where it was."""
    try:
        if isinstance(source, str | os.PathLike):
            with open(source, "rb") as handle:
                return os.fstat(handle.fileno()).st_size, handle.read(_HEAD_BYTES)
        where = source.tell()
        size = source.seek(0, os.SEEK_END)
        source.seek(0)
        head = source.read(_HEAD_BYTES)
        source.seek(where)
        return size, head
    except OSError as exc:
        raise MediaError(name, f"cannot be read ({exc})") from exc


def _unsupported_container(head: bytes) -> str:
    """What an unsupported file is, judged from its first bytes; '' if it may be supported."""
    if head[4:8] == b"ftyp":
        return f"M4A/AAC in an MP4 container, brand {head[8:12].decode('ascii', 'replace').strip() or '?'}"
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xF6) == 0xF0:
        return "raw AAC (ADTS)"
    if head[:8] == b"\x30\x26\xb2\x75\x8e\x66\xcf\x11":
        return "WMA/ASF"
    return ""


def _check_wav_length(source: AudioSourceLike, size: int, name: str) -> None:
    # libsndfile counts the frames actually present, so a cut WAV only shows in its data chunk size.
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as handle:
            _walk_wav_chunks(handle, size, name)
        return
    where = source.tell()
    try:
        _walk_wav_chunks(source, size, name)
    finally:
        source.seek(where)


def _walk_wav_chunks(handle: BinaryIO, size: int, name: str) -> None:
    offset = 12
    while offset + 8 <= size:
        handle.seek(offset)
        header = handle.read(8)
        if len(header) < 8:
            return
        chunk_id, chunk_size = header[:4], int.from_bytes(header[4:], "little")
        if chunk_id == b"data":
            present = size - offset - 8
            # 0 and 0xFFFFFFFF mean "unknown" (streamed WAV); nothing to compare against.
            if chunk_size not in (0, 0xFFFFFFFF) and present < chunk_size:
                raise MediaError(
                    name,
                    f"audio file is truncated: its header declares {chunk_size} bytes of samples, it holds {present}",
                )
            return
        offset += 8 + chunk_size + (chunk_size & 1)

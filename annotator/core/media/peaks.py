"""Waveform peaks: streamed int16 min/max per bucket, a 2x pyramid of levels, an envelope per pixel, a cache."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile

from annotator.core.atomic import write_atomic
from annotator.core.errors import MediaError
from annotator.core.media.audio import AudioSourceLike, open_audio
from annotator.core.media.checked_stream import Sha256CheckedReader

# About a million frames a block: a few MB decoded at a time, whatever the file's length.
_BLOCK_BUCKETS = 4096
# Subtypes whose samples may exceed full scale: decoded as float and clipped, not wrapped.
_FLOAT_SUBTYPES = frozenset({"FLOAT", "DOUBLE"})
CACHE_VERSION = 1
_KEY = re.compile(r"[0-9A-Za-z_-]{1,128}")


@dataclass(frozen=True, eq=False)
class Peaks:
    """Min/max of the channel mix per bucket of frames, at the finest level and each 2x coarser one."""

    samplerate: int
    frames: int
    bucket_frames: int
    levels: tuple[tuple[np.ndarray, np.ndarray], ...]  # (mins, maxs) int16, level 0 finest

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.frames / self.samplerate

    def envelope(self, *, start: float, end: float, columns: int) -> tuple[np.ndarray, np.ndarray]:
        """float32 mins and maxs in [-1, 1], one per column, for drawing seconds [start, end) in `columns` pixels.

        Uses the coarsest level that still has at least one bucket per column; columns outside the
        file are 0. Each bucket falls in exactly one column, so no peak is drawn twice or lost.
        """
        columns = int(columns)
        mins_out = np.zeros(max(columns, 0), dtype=np.float32)
        maxs_out = np.zeros(max(columns, 0), dtype=np.float32)
        if columns <= 0 or end <= start:
            return mins_out, maxs_out
        first = start * self.samplerate
        per_column = (end - start) * self.samplerate / columns
        level = 0
        while level + 1 < len(self.levels) and self.bucket_frames * 2 ** (level + 1) <= per_column:
            level += 1
        mins, maxs = self.levels[level]
        bucket = self.bucket_frames * 2**level
        edges = first + per_column * np.arange(columns + 1)
        inside = (edges[:-1] >= 0) & (edges[:-1] < self.frames)
        if not inside.any():
            return mins_out, maxs_out
        index = np.floor(edges / bucket).astype(np.int64).clip(0, len(mins))
        starts = index[:-1][inside]
        stop = index[1:][inside][-1]
        # reduceat takes each range up to the next start; a sentinel past the end closes the last one.
        ends = np.append(starts, stop)
        padded_mins, padded_maxs = np.append(mins, np.int16(0)), np.append(maxs, np.int16(0))
        mins_out[inside] = np.minimum.reduceat(padded_mins, ends)[:-1] / 32768.0
        maxs_out[inside] = np.maximum.reduceat(padded_maxs, ends)[:-1] / 32768.0
        return mins_out, maxs_out


def compute_peaks(source: AudioSourceLike, *, name: str, bucket_frames: int = 256) -> Peaks:
    """Peaks of an audio file, decoded block by block (memory flat in the file's length).

    A `Sha256CheckedReader` source (from Package.open_media) is verified once fully read, so
    peaks of altered media raise MediaError "does not match its SHA-256" instead of being returned.
    """
    if bucket_frames <= 0:
        raise ValueError(f"bucket_frames must be positive, not {bucket_frames}")
    mins: list[np.ndarray] = []
    maxs: list[np.ndarray] = []
    with open_audio(source, name=name) as sound:
        as_float = sound.subtype in _FLOAT_SUBTYPES
        channels = sound.channels
        blocks = sound.blocks(blocksize=bucket_frames * _BLOCK_BUCKETS, dtype="float32" if as_float else "int16")
        try:
            for block in blocks:
                mono = _mix(block, channels, as_float)
                whole = len(mono) // bucket_frames * bucket_frames
                if whole:
                    grid = mono[:whole].reshape(-1, bucket_frames)
                    mins.append(grid.min(axis=1))
                    maxs.append(grid.max(axis=1))
                if whole < len(mono):  # only the last block ends in a part bucket
                    mins.append(mono[whole:].min(keepdims=True))
                    maxs.append(mono[whole:].max(keepdims=True))
        except (RuntimeError, soundfile.LibsndfileError) as exc:
            # A file cut short past its header ("flac decoder lost sync"): say which file, as open_audio does.
            raise MediaError(name, f"audio could not be decoded to its end (truncated?) ({exc})") from exc
        samplerate, frames = sound.samplerate, sound.frames
    if isinstance(source, Sha256CheckedReader):
        source.verify()
    level = (np.concatenate(mins).astype(np.int16), np.concatenate(maxs).astype(np.int16))
    return Peaks(samplerate=samplerate, frames=frames, bucket_frames=bucket_frames, levels=_pyramid(level))


def _mix(block: np.ndarray, channels: int, as_float: bool) -> np.ndarray:
    """One int16 channel: the mean of all, as audiowaveform shows a file."""
    if as_float:
        mono = block if block.ndim == 1 else block.mean(axis=1)
        return (np.clip(mono, -1.0, 32767 / 32768) * 32768).astype(np.int16)
    if block.ndim == 1:
        return block
    return (block.sum(axis=1, dtype=np.int32) // channels).astype(np.int16)


def _pyramid(level: tuple[np.ndarray, np.ndarray]) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    levels = [level]
    mins, maxs = level
    while len(mins) > 1:
        if len(mins) % 2:  # an odd tail bucket pairs with itself
            mins, maxs = np.append(mins, mins[-1]), np.append(maxs, maxs[-1])
        mins = np.minimum(mins[0::2], mins[1::2])
        maxs = np.maximum(maxs[0::2], maxs[1::2])
        levels.append((mins, maxs))
    return tuple(levels)


class PeaksCache:
    """Peaks kept as `.npz` files in a folder, keyed by the media's SHA-256, never trusted blindly."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        """The cache file for one key."""
        if not _KEY.fullmatch(key):
            raise ValueError(f"peaks cache key {key!r} is not a hash")
        return self.folder / f"{key}.peaks.npz"

    def load_or_compute(self, *, key: str, open_source: Callable[[], AudioSourceLike], name: str) -> Peaks:
        """The cached peaks for `key`, or peaks computed from `open_source()` and cached atomically.

        A damaged, foreign or stale cache file is recomputed and replaced, never trusted. A source that
        is a file object is closed after use.
        """
        path = self.path(key)
        cached = self._load(path)
        if cached is not None:
            return cached
        source = open_source()
        try:
            peaks = compute_peaks(source, name=name)
        finally:
            if hasattr(source, "close"):
                source.close()  # type: ignore[union-attr]
        self._save(path, peaks)
        return peaks

    def _save(self, path: Path, peaks: Peaks) -> None:
        arrays = {"meta": np.array([CACHE_VERSION, peaks.samplerate, peaks.frames, peaks.bucket_frames], np.int64)}
        for number, (mins, maxs) in enumerate(peaks.levels):
            arrays[f"min{number}"], arrays[f"max{number}"] = mins, maxs
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        # The cache folder is ours, so it is made here: write_atomic never makes folders.
        self.folder.mkdir(parents=True, exist_ok=True)
        # write_atomic: temp file in the folder, fsync, os.replace, fsync the folder.
        write_atomic(path, buffer.getvalue())

    def _load(self, path: Path) -> Peaks | None:
        try:
            # Our own handle: np.load leaks its file when a damaged cache makes it raise.
            with open(path, "rb") as handle, np.load(handle, allow_pickle=False) as archive:
                version, samplerate, frames, bucket_frames = (int(v) for v in archive["meta"])
                count = sum(1 for key in archive.files if key.startswith("min"))
                levels = tuple((archive[f"min{n}"], archive[f"max{n}"]) for n in range(count))
        except (OSError, KeyError, ValueError, TypeError, AttributeError, EOFError, zipfile.BadZipFile):
            return None
        peaks = Peaks(samplerate=samplerate, frames=frames, bucket_frames=bucket_frames, levels=levels)
        return peaks if version == CACHE_VERSION and _consistent(peaks) else None


def _consistent(peaks: Peaks) -> bool:
    """Whether loaded peaks have the shape computed peaks of their length would have."""
    if peaks.samplerate <= 0 or peaks.frames <= 0 or peaks.bucket_frames <= 0 or not peaks.levels:
        return False
    expected = -(-peaks.frames // peaks.bucket_frames)
    for mins, maxs in peaks.levels:
        if mins.dtype != np.int16 or maxs.dtype != np.int16 or mins.shape != (expected,) or maxs.shape != (expected,):
            return False
        if np.any(mins > maxs):
            return False
        expected = -(-expected // 2)
    return len(peaks.levels[-1][0]) == 1

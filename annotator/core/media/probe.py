"""Cheap checks that a media file is what it claims: header-only for images, metadata for audio."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.core.errors import MediaError
from annotator.core.media.orientation import display_size

if TYPE_CHECKING:
    import soundfile

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff", ".gif"})
AUDIO_SUFFIXES = frozenset({".wav", ".flac", ".ogg", ".oga", ".opus", ".mp3"})
# Formats people will try that libsndfile cannot decode: named so the message can say so.
UNSUPPORTED_AUDIO_SUFFIXES = frozenset({".m4a", ".aac", ".wma", ".mp4", ".amr"})
TEXT_SUFFIXES = frozenset({".txt"})


@dataclass(frozen=True)
class ImageInfo:
    """Header facts of an image, before any pixel is decoded."""

    width: int
    height: int
    format: str


@dataclass(frozen=True)
class AudioInfo:
    """Stream facts of an audio file."""

    samplerate: int
    channels: int
    frames: int

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.frames / self.samplerate if self.samplerate else 0.0


def probe_image(data: bytes, name: str, *, max_pixels: int) -> ImageInfo:
    """Read an image header; refuse corrupt files and decompression bombs without decoding pixels."""
    from PIL import Image, UnidentifiedImageError

    # The pixel limit is ours (Limits.max_image_pixels, checked below from the header alone);
    # Pillow's lower built-in one would refuse the 100-megapixel images we must open.
    Image.MAX_IMAGE_PIXELS = None
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            fmt = image.format or "unknown"
    except Image.DecompressionBombError as exc:
        raise MediaError(name, f"image is a decompression bomb ({exc})") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise MediaError(name, f"not a readable image ({exc})") from exc
    if width <= 0 or height <= 0:
        raise MediaError(name, f"image has an empty size {width}x{height}")
    if width * height > max_pixels:
        raise MediaError(
            name,
            f"image declares {width}x{height} = {width * height:,} pixels, more than the limit of "
            f"{max_pixels:,} (decompression bomb?)",
        )
    return ImageInfo(width=width, height=height, format=fmt)


def probe_audio(data: bytes, name: str) -> AudioInfo:
    """Read an audio file's stream facts; refuse empty, truncated and unsupported files clearly.

    The checks of `audio.open_audio`, plus one for compressed files: their last second must decode.
    """
    # Imported here: soundfile (and its C library) loads only once audio is met.
    from annotator.core.media.audio import open_audio

    with open_audio(io.BytesIO(data), name=name) as sound:
        if sound.format != "WAV":
            _check_tail_decodes(sound, name)
        return AudioInfo(samplerate=sound.samplerate, channels=sound.channels, frames=sound.frames)


def _check_tail_decodes(sound: soundfile.SoundFile, name: str) -> None:
    # Compressed formats declare their length up front; decoding the last second proves it is there.
    import soundfile

    frames = sound.frames
    tail = min(frames, sound.samplerate)
    try:
        sound.seek(frames - tail)
        got = len(sound.read(tail, dtype="int16"))
    except (RuntimeError, soundfile.LibsndfileError) as exc:
        raise MediaError(name, f"audio file is truncated or damaged near its end ({exc})") from exc
    if got < tail:
        raise MediaError(name, f"audio file is truncated: {frames - tail + got} of {frames} frames decode")


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file as UTF-8 (a BOM is allowed); anything else is refused with the offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MediaError(
            name, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from exc


def image_geometry(data: bytes, name: str, *, max_pixels: int = 1_000_000_000) -> dict[str, object]:
    """EXIF orientation and both sizes: boxes are drawn on the displayed (rotated) image, and this says how it relates to the file's pixels."""
    from PIL import Image

    info = probe_image(data, name, max_pixels=max_pixels)
    with Image.open(io.BytesIO(data)) as image:
        orientation = int(image.getexif().get(0x0112, 1) or 1)
    if orientation not in range(1, 9):
        orientation = 1
    display = display_size(orientation, info.width, info.height)
    return {"orientation": orientation, "raw_size": [info.width, info.height], "display_size": list(display)}

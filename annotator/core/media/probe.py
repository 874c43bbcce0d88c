"""Cheap checks that a media file is what it claims: header-only for images, metadata for audio."""

from __future__ import annotations

import io
import re
import struct
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from annotator.core.errors import MediaError
from annotator.core.media.orientation import display_size

if TYPE_CHECKING:
    import soundfile

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff", ".gif"})
AUDIO_SUFFIXES = frozenset({".wav", ".flac", ".ogg", ".oga", ".opus", ".mp3"})
# Formats people will try that libsndfile cannot decode: named so the message can say so.
UNSUPPORTED_AUDIO_SUFFIXES = frozenset({".m4a", ".aac", ".wma", ".mp4", ".amr"})
TEXT_SUFFIXES = frozenset({".txt"})
# Formats Pillow and Qt can decode at a reduced size (JPEG DCT scaling); every other one is decoded whole.
REDUCIBLE_FORMATS = frozenset({"JPEG", "MPO"})
# Decoders hold most images as 32-bit pixels (Qt's ARGB32, Pillow's RGB/RGBA).
DECODED_BYTES_PER_PIXEL = 4
DEFAULT_MAX_DECODED_BYTES = 512 * 1024**2
# Pillow warns (UserWarning) on damaged TIFF/EXIF tags it skips; we refuse or ignore such data
# ourselves, and a warning printed from a worker thread tells the annotator nothing.
warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.(TiffImagePlugin|Image)")
_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")


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


def probe_image(
    source: bytes | BinaryIO,
    name: str,
    *,
    max_pixels: int,
    max_decoded_bytes: int = DEFAULT_MAX_DECODED_BYTES,
) -> ImageInfo:
    """Read an image header; refuse corrupt files and decompression bombs without decoding pixels.

    JPEG decodes at 1/2, 1/4 or 1/8 size, so only `max_pixels` bounds it. Other formats (PNG, BMP,
    TIFF, GIF, WebP) are decoded whole, so their decoded size is estimated first (4 bytes a pixel,
    what the decoders allocate) and refused above `max_decoded_bytes`.
    """
    from PIL import Image, UnidentifiedImageError

    # The pixel limit is ours (Limits.max_image_pixels, checked below from the header alone);
    # Pillow's lower built-in one would refuse the 100-megapixel images we must open.
    Image.MAX_IMAGE_PIXELS = None
    stream = io.BytesIO(source) if isinstance(source, (bytes, bytearray, memoryview)) else source
    try:
        stream.seek(0)
        with Image.open(stream) as image:
            width, height = image.size
            fmt = image.format or "unknown"
    except UnidentifiedImageError as exc:
        raise MediaError(name, "not a readable image (unknown format, or the file is damaged)") from exc
    except (OSError, SyntaxError, ValueError, struct.error, EOFError, IndexError, KeyError, TypeError) as exc:
        raise MediaError(name, f"not a readable image ({_plain(exc)})") from exc
    if width <= 0 or height <= 0:
        raise MediaError(name, f"image has an empty size {width}x{height}")
    if width * height > max_pixels:
        raise MediaError(
            name,
            f"image declares {width}x{height} = {width * height:,} pixels, more than the limit of "
            f"{max_pixels:,} (decompression bomb?)",
        )
    if fmt not in REDUCIBLE_FORMATS and width * height * DECODED_BYTES_PER_PIXEL > max_decoded_bytes:
        need = width * height * DECODED_BYTES_PER_PIXEL / 1024**2
        raise MediaError(
            name,
            f"{fmt} image of {width}x{height} would need {need:,.0f} MB to decode (the limit is "
            f"{max_decoded_bytes / 1024**2:,.0f} MB; {fmt} cannot be decoded at a reduced size): "
            "convert it to JPEG or split it",
        )
    return ImageInfo(width=width, height=height, format=fmt)


def check_image(source: bytes | BinaryIO, name: str, *, max_pixels: int, max_decoded_bytes: int) -> ImageInfo:
    """What `validate` checks of an image: its header and limits (probe_image), and that it is whole."""
    from annotator.core.media.image_integrity import check_image_complete

    stream = io.BytesIO(source) if isinstance(source, (bytes, bytearray, memoryview)) else source
    info = probe_image(stream, name, max_pixels=max_pixels, max_decoded_bytes=max_decoded_bytes)
    check_image_complete(stream, name, info.format)
    return info


def _plain(exc: BaseException) -> str:
    """An exception's text without Python object reprs such as '<_io.BytesIO object at 0x7f...>'."""
    text = _OBJECT_REPR.sub("the file", str(exc)).strip() or type(exc).__name__
    return text[:200]


def probe_audio(source: bytes | BinaryIO, name: str) -> AudioInfo:
    """Read an audio file's stream facts; refuse empty, truncated and unsupported files clearly.

    The checks of `audio.open_audio`, plus one for compressed files: their last second must decode.
    """
    # Imported here: soundfile (and its C library) loads only once audio is met.
    from annotator.core.media.audio import open_audio

    stream = io.BytesIO(source) if isinstance(source, (bytes, bytearray, memoryview)) else source
    stream.seek(0)
    with open_audio(stream, name=name) as sound:
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


def image_geometry(
    data: bytes,
    name: str,
    *,
    max_pixels: int = 1_000_000_000,
    max_decoded_bytes: int = DEFAULT_MAX_DECODED_BYTES,
) -> dict[str, object]:
    """EXIF orientation and both sizes: boxes are drawn on the displayed (rotated) image, and this says how it relates to the file's pixels."""
    info = probe_image(data, name, max_pixels=max_pixels, max_decoded_bytes=max_decoded_bytes)
    orientation = exif_orientation(data, info.format)
    display = display_size(orientation, info.width, info.height)
    return {"orientation": orientation, "raw_size": [info.width, info.height], "display_size": list(display)}


def exif_orientation(data: bytes, image_format: str) -> int:
    """The EXIF orientation tag (1-8; 1 when absent or odd), read without decoding a pixel.

    Pillow's getexif() decodes a whole PNG to find an eXIf chunk after the pixels (877 MB for a
    900-megapixel PNG), so PNG chunks are walked here instead.
    """
    from PIL import Image

    try:
        with warnings.catch_warnings():
            # Pillow warns about damaged EXIF blocks; a damaged block means "no orientation" here.
            warnings.simplefilter("ignore")
            if image_format == "PNG":
                raw = _png_exif(data)
                exif = Image.Exif()
                if raw:
                    exif.load(raw)
            else:
                with Image.open(io.BytesIO(data)) as image:
                    exif = image.getexif()
            orientation = int(exif.get(0x0112, 1) or 1)
    except (OSError, SyntaxError, ValueError, struct.error, TypeError, KeyError, IndexError):
        return 1
    return orientation if orientation in range(1, 9) else 1


def _png_exif(data: bytes | BinaryIO) -> bytes | None:
    # Chunk headers only: the pixel data between them is skipped by a seek, never read.
    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray, memoryview)) else data
    position = 8
    while True:
        stream.seek(position)
        head = stream.read(8)
        if len(head) < 8:
            return None
        length, kind = struct.unpack(">I4s", head)
        if kind == b"eXIf":
            return stream.read(min(length, 1 << 20))
        if kind == b"IEND":
            return None
        position += 12 + length


def geometry_of_stream(stream: BinaryIO, name: str, *, max_pixels: int = 1_000_000_000) -> dict[str, object]:
    """`image_geometry` from a seekable stream, reading the header and the EXIF block but no pixels (for exports of many images)."""
    info = probe_image(stream, name, max_pixels=max_pixels, max_decoded_bytes=1 << 62)
    if info.format == "PNG":
        raw = _png_exif(stream)
        from PIL import Image

        exif = Image.Exif()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if raw:
                    exif.load(raw)
            orientation = int(exif.get(0x0112, 1) or 1)
        except (OSError, SyntaxError, ValueError, struct.error, TypeError, KeyError, IndexError):
            orientation = 1
        orientation = orientation if orientation in range(1, 9) else 1
    else:
        stream.seek(0)
        # EXIF sits in the first 64 KB of a JPEG (APP1 is limited to 64 KB) and in a TIFF's first IFDs.
        orientation = exif_orientation(stream.read(1 << 20), info.format)
    display = display_size(orientation, info.width, info.height)
    return {"orientation": orientation, "raw_size": [info.width, info.height], "display_size": list(display)}

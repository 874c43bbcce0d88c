"""Whether an image file is whole, read as a stream with flat memory: a JPEG reaches its end marker, a PNG its IEND."""

from __future__ import annotations

import struct
import zlib
from typing import BinaryIO

from annotator.core.errors import MediaError

_CHUNK = 1 << 20
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# JPEG markers that stand alone, without a length: TEM, RST0-7, SOI, EOI.
_STANDALONE = {0x01, *range(0xD0, 0xDA)}


def check_image_complete(stream: BinaryIO, name: str, image_format: str) -> None:
    """Raise MediaError if a JPEG or PNG stops short (a cut download, a full disk); other formats pass.

    Decoders fill a truncated JPEG with grey and say nothing, so this is the only way to know the
    lower part of the picture is missing.
    """
    stream.seek(0)
    if image_format == "JPEG":
        _check_jpeg(stream, name)
    elif image_format == "PNG":
        _check_png(stream, name)


def _check_jpeg(stream: BinaryIO, name: str) -> None:
    if stream.read(2) != b"\xff\xd8":
        raise MediaError(name, "not a JPEG file (no start marker)")
    # Walk the header segments to the first scan; the end marker must come after it (an EXIF
    # thumbnail before the scan has an end marker of its own, which does not count).
    while True:
        head = stream.read(2)
        while head[:1] == b"\xff" and head[1:2] == b"\xff":  # fill bytes
            head = head[1:] + stream.read(1)
        if len(head) < 2 or head[0] != 0xFF:
            raise MediaError(name, "image file is truncated or damaged (JPEG header ends early)")
        marker = head[1]
        if marker in _STANDALONE:
            if marker == 0xD9:
                raise MediaError(name, "image file is truncated (JPEG ends before its picture data)")
            continue
        length_bytes = stream.read(2)
        if len(length_bytes) < 2:
            raise MediaError(name, "image file is truncated or damaged (JPEG header ends early)")
        (length,) = struct.unpack(">H", length_bytes)
        stream.seek(length - 2, 1)
        if marker == 0xDA:  # start of scan
            break
    previous = b""
    while True:
        block = stream.read(_CHUNK)
        if not block:
            raise MediaError(name, "image file is truncated: the JPEG ends before its last row (part of the picture is missing)")
        if b"\xff\xd9" in previous + block:
            return
        previous = block[-1:]


def _check_png(stream: BinaryIO, name: str) -> None:
    if stream.read(8) != _PNG_SIGNATURE:
        raise MediaError(name, "not a PNG file (bad signature)")
    inflater = zlib.decompressobj()
    while True:
        head = stream.read(8)
        if len(head) < 8:
            raise MediaError(name, "image file is truncated: the PNG ends before its IEND chunk (part of the picture is missing)")
        length, kind = struct.unpack(">I4s", head)
        crc = zlib.crc32(kind)
        left = length
        while left:
            data = stream.read(min(left, _CHUNK))
            if not data:
                raise MediaError(name, f"image file is truncated inside its {_chunk_name(kind)} chunk (part of the picture is missing)")
            crc = zlib.crc32(data, crc)
            left -= len(data)
            if kind == b"IDAT" and not inflater.eof:
                _inflate_counting(inflater, data, name)
        stored = stream.read(4)
        if len(stored) < 4:
            raise MediaError(name, f"image file is truncated inside its {_chunk_name(kind)} chunk (part of the picture is missing)")
        if struct.unpack(">I", stored)[0] != crc & 0xFFFFFFFF:
            raise MediaError(name, f"image file is damaged: the {_chunk_name(kind)} chunk fails its checksum")
        if kind == b"IEND":
            if not inflater.eof:
                raise MediaError(name, "image file is damaged: its picture data stops early (part of the picture is missing)")
            return


def _inflate_counting(inflater: zlib._Decompress, data: bytes, name: str) -> None:
    # Inflate in bounded steps and drop the output: only reaching the stream's end matters, and a
    # decompression bomb must not cost memory here.
    try:
        inflater.decompress(data, _CHUNK)
        while inflater.unconsumed_tail and not inflater.eof:
            inflater.decompress(inflater.unconsumed_tail, _CHUNK)
    except zlib.error as exc:
        raise MediaError(name, f"image file is damaged: its picture data does not inflate ({exc})") from exc


def _chunk_name(kind: bytes) -> str:
    return kind.decode("latin-1") if kind.isalpha() else repr(kind)

"""A corpus of corrupt images and audio opened in the window: each item shows, or says what is wrong with its file; nothing crashes; Alt+Right goes on.

The corpus is made here, from good files cut, emptied, relabelled and given lying headers: truncated
JPEG, PNG, WAV, FLAC, OGG and MP3; zero bytes; the wrong magic; dimensions of a decompression bomb;
EXIF orientations outside 1-8. One package holds them all, with a good text item last.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from annotator.core.workspace import Workspace
from annotator.ui.editors.transcription import TranscriptionEditor
from annotator.ui.main_window import MainWindow
from tests.core.helpers import manifest_dict, media_item, png_header_only, text_item, write_folder_package
from tests.ui.windows import open_window


def _image(fmt: str, *, orientation: int | None = None) -> bytes:
    buffer = io.BytesIO()
    pixels = np.random.default_rng(7).integers(0, 256, (48, 64, 3), dtype=np.uint8)  # the same bytes every call
    image = Image.fromarray(pixels, "RGB")
    options: dict[str, Any] = {}
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        options["exif"] = exif.tobytes()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _audio(fmt: str, subtype: str) -> bytes:
    buffer = io.BytesIO()
    tone = (0.3 * np.sin(np.arange(8000) * 0.2)).astype("float32")
    soundfile.write(buffer, tone, 8000, format=fmt, subtype=subtype)
    return buffer.getvalue()


def _jpeg_claiming(width: int, height: int) -> bytes:
    data = bytearray(_image("JPEG"))
    at = data.find(b"\xff\xc0")
    struct.pack_into(">HH", data, at + 5, height, width)
    return bytes(data)


def _wav_claiming_huge_data() -> bytes:
    data = bytearray(_audio("WAV", "PCM_16"))
    struct.pack_into("<I", data, 4, 0xFFFFFFF0)  # RIFF size
    at = data.find(b"data")
    struct.pack_into("<I", data, at + 4, 0xFFFFFFF0)  # data chunk size far past the end
    return bytes(data)


def corpus() -> dict[str, tuple[str, bytes]]:
    """Media name -> (kind, bytes)."""
    jpeg, png = _image("JPEG"), _image("PNG")
    wav, flac = _audio("WAV", "PCM_16"), _audio("FLAC", "PCM_16")
    ogg, mp3 = _audio("OGG", "VORBIS"), _audio("MP3", "MPEG_LAYER_III")
    return {
        "media/truncated.jpg": ("image", jpeg[: len(jpeg) // 2]),
        "media/truncated.png": ("image", png[: len(png) // 2]),
        "media/header-only.jpg": ("image", jpeg[:200]),
        "media/zero.png": ("image", b""),
        "media/png-named.jpg": ("image", png),  # the wrong magic for its name: Pillow reads what it is
        "media/not-an-image.png": ("image", b"GIF89a" + b"\x00" * 40),
        "media/noise.jpg": ("image", bytes(range(256)) * 8),
        "media/bomb.png": ("image", png_header_only(200_000, 200_000)),
        "media/wide.png": ("image", png_header_only(1_000_000, 1)),
        "media/huge-sof.jpg": ("image", _jpeg_claiming(65_535, 65_535)),
        "media/orientation-0.jpg": ("image", _image("JPEG", orientation=0)),
        "media/orientation-99.jpg": ("image", _image("JPEG", orientation=99)),
        "media/truncated.wav": ("audio", wav[: len(wav) // 3]),
        "media/truncated.flac": ("audio", flac[: len(flac) // 3]),
        "media/truncated.ogg": ("audio", ogg[: len(ogg) // 3]),
        "media/truncated.mp3": ("audio", mp3[: len(mp3) // 3]),
        "media/zero.wav": ("audio", b""),
        "media/header-only.flac": ("audio", flac[:60]),
        "media/png-named.wav": ("audio", png),
        "media/huge-data.wav": ("audio", _wav_claiming_huge_data()),
    }


@pytest.fixture
def corrupt_package(tmp_path: Path) -> Path:
    files = {name: data for name, (_, data) in corpus().items()}
    items = [media_item(Path(name).name.replace(".", "-"), kind, name, data) for name, (kind, data) in corpus().items()]
    items.append(text_item("last", "A good text after all that."))
    return write_folder_package(tmp_path / "corpus", manifest_dict(items, id="corpus"), files)


def visible_message(window: MainWindow) -> str:
    """The text of the editor's message about its item, or "" when none is shown."""
    for message in window.findChildren(QLabel, "editor_message"):
        if message.isVisible() and message.text():
            return message.text()
    return ""


def test_every_corrupt_file_shows_a_message_or_the_item_and_navigation_goes_on(
    qtbot, workspace: Workspace, corrupt_package: Path
) -> None:
    waveforms: list[str] = []
    window: MainWindow = open_window(qtbot, workspace, corrupt_package)
    names = list(corpus())
    shown: dict[str, str] = {}
    for index, name in enumerate(names):
        assert window.session is not None and window.session.current_item.media == name
        if corpus()[name][0] == "audio":
            editor = window.findChild(TranscriptionEditor)
            assert editor is not None
            if index == 0 or corpus()[names[index - 1]][0] != "audio":
                editor.waveform_loaded.connect(waveforms.append)
            # Shown once its length is known; the waveform (or a message that it cannot be read) follows.
            item_id = window.session.current_item.id
            qtbot.waitUntil(lambda: bool(visible_message(window)) or item_id in waveforms, timeout=10_000)  # noqa: B023
        shown[name] = visible_message(window)
        if shown[name]:
            assert Path(name).name in shown[name], f"{name}: the message does not name the file: {shown[name]!r}"
        next_id = window.session.items[index + 1].id
        with qtbot.waitSignal(window.item_shown, timeout=10_000) as went:
            qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert went.args[0] == next_id, f"Alt+Right after {name} went to {went.args[0]!r}"
    assert window.session.current_item.id == "last" and visible_message(window) == ""
    # Files that cannot be read at all say so; the rest (a PNG named .jpg, odd EXIF orientations) show.
    unreadable = [name for name in names if any(word in name for word in ("truncated", "zero", "header-only"))]
    assert {name: bool(shown[name]) for name in unreadable} == dict.fromkeys(unreadable, True), shown
    assert shown["media/png-named.jpg"] == "" and shown["media/orientation-99.jpg"] == ""
    assert window.isVisible()

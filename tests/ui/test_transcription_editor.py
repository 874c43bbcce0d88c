"""The transcription editor driven by real mouse and key events; every check reads the workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.core.workspace import Workspace
from annotator.ui.editors.transcription import TranscriptionEditor
from annotator.ui.main_window import MainWindow
from tests.core.helpers import LABELS, audio_bytes, manifest_dict, media_item, write_folder_package
from tests.ui.windows import open_transcription

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
PACKAGE_ID = "test-pkg"


@pytest.fixture
def backend(tap):
    """The fake sound card behind the tap (see tests/ui/conftest.py)."""
    return tap.backend


def audio_package(tmp_path: Path, files: dict[str, bytes], *, prelabel: dict | None = None) -> Path:
    labels = dict(LABELS, audio={**LABELS["audio"], "tags": ["[inaudible]", "[music]"]})
    items = [
        media_item(f"a{n}", "audio", name, data, **({"prelabel": prelabel} if n == 1 and prelabel else {}))
        for n, (name, data) in enumerate(files.items(), start=1)
    ]
    return write_folder_package(tmp_path / "pkg", manifest_dict(items, labels=labels), files)


def open_window(qtbot, workspace: Workspace, package: Path) -> tuple[MainWindow, TranscriptionEditor]:
    return open_transcription(qtbot, workspace, package, wait_for_audio=False)


@pytest.fixture
def four_seconds(tmp_path: Path) -> Path:
    return audio_package(tmp_path, {"media/a.wav": audio_bytes("WAV", seconds=4.0)})


def x_of(editor: TranscriptionEditor, seconds: float) -> int:
    view = editor.waveform
    return round((seconds - view.view_start) / view.view_span * view.width())


def drag(qtbot, editor: TranscriptionEditor, start: float, end: float) -> None:
    view, y = editor.waveform, editor.waveform.height() // 2
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(x_of(editor, start), y))
    qtbot.mouseMove(view, QPoint((x_of(editor, start) + x_of(editor, end)) // 2, y))
    qtbot.mouseMove(view, QPoint(x_of(editor, end), y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(x_of(editor, end), y))


def click(qtbot, editor: TranscriptionEditor, seconds: float) -> None:
    qtbot.mouseClick(editor.waveform, Qt.MouseButton.LeftButton, pos=QPoint(x_of(editor, seconds), 20))


def stored(workspace: Workspace, item_id: str = "a1") -> list[dict]:
    annotation = workspace.item(PACKAGE_ID, item_id).annotation
    return [] if annotation is None else annotation["segments"]


def spans(segments: list[dict]) -> list[tuple[float, float]]:
    return [(s["start"], s["end"]) for s in segments]


def pixel(editor: TranscriptionEditor) -> float:
    return editor.waveform.view_span / editor.waveform.width()


def near(got: float, want: float, editor: TranscriptionEditor) -> bool:
    return abs(got - want) <= 1.5 * pixel(editor)


def test_create_resize_split_merge_delete_undo_redo(qtbot, backend, workspace: Workspace, four_seconds: Path) -> None:
    window, editor = open_window(qtbot, workspace, four_seconds)
    assert editor.duration == 4.0 and stored(workspace) == []
    text_box = editor.panel.text_box
    assert text_box.hasFocus()

    drag(qtbot, editor, 0.5, 2.5)
    [(start, end)] = spans(stored(workspace))
    assert near(start, 0.5, editor) and near(end, 2.5, editor)
    drag(qtbot, editor, 2.9, 3.5)
    assert len(stored(workspace)) == 2 and editor.selected_index() == 1

    # Drag the first segment's end edge from 2.5 s to 2.0 s.
    drag(qtbot, editor, end, 2.0)
    first = stored(workspace)[0]
    assert first["start"] == start and near(first["end"], 2.0, editor)

    # Split at the playhead: click at 1.0 s (seeks and selects segment 1), then Ctrl+Shift+S.
    click(qtbot, editor, 1.0)
    assert editor.selected_index() == 0
    assert near(editor.player.position, 1.0, editor)
    qtbot.keyClick(text_box, Qt.Key.Key_S, CTRL | SHIFT)
    segments = stored(workspace)
    assert len(segments) == 3 and segments[0]["end"] == segments[1]["start"] == editor.player.position

    qtbot.keyClick(text_box, Qt.Key.Key_Up, ALT)  # back to the first half
    assert editor.selected_index() == 0
    qtbot.keyClick(text_box, Qt.Key.Key_M, CTRL | SHIFT)  # merge the halves again
    assert spans(stored(workspace))[0] == (first["start"], first["end"])
    assert len(stored(workspace)) == 2

    qtbot.keyClick(text_box, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert len(stored(workspace)) == 1 and near(stored(workspace)[0]["start"], 2.9, editor)

    undo_target = window.focusWidget()
    qtbot.keyClick(undo_target, Qt.Key.Key_Z, CTRL)  # undo delete
    assert len(stored(workspace)) == 2
    qtbot.keyClick(undo_target, Qt.Key.Key_Z, CTRL)  # undo merge
    assert len(stored(workspace)) == 3
    qtbot.keyClick(undo_target, Qt.Key.Key_Z, CTRL | SHIFT)  # redo merge
    assert len(stored(workspace)) == 2
    assert editor.segments() == stored(workspace)


def test_typing_tags_timestamp_and_speaker_keys(qtbot, backend, workspace: Workspace, tmp_path: Path) -> None:
    prelabel = {"segments": [{"start": 0.5, "end": 3.0, "text": "draft", "speaker": "A"}]}
    package = audio_package(tmp_path, {"media/a.wav": audio_bytes("WAV", seconds=4.0)}, prelabel=prelabel)
    window, editor = open_window(qtbot, workspace, package)
    text_box = editor.panel.text_box
    # The model's draft is on screen and selected, not stored until touched.
    assert editor.segments()[0]["text"] == "draft" and editor.selected_index() == 0
    assert workspace.item(PACKAGE_ID, "a1").annotation is None

    text_box.moveCursor(text_box.textCursor().MoveOperation.End)
    qtbot.keyClicks(text_box, " words")
    assert stored(workspace)[0]["text"] == "draft words"
    qtbot.keyClick(text_box, Qt.Key.Key_1, ALT)
    qtbot.keyClick(text_box, Qt.Key.Key_4, ALT)  # the schema's own tag
    assert stored(workspace)[0]["text"] == "draft words [inaudible] [music] "
    click(qtbot, editor, 1.25)
    qtbot.keyClick(text_box, Qt.Key.Key_J, CTRL | SHIFT)
    assert stored(workspace)[0]["text"].endswith("[music] [00:01.2] ")
    qtbot.keyClick(text_box, Qt.Key.Key_2, CTRL | SHIFT)
    assert stored(workspace)[0]["speaker"] == "B"
    qtbot.keyClick(text_box, Qt.Key.Key_S, ALT)  # next speaker after B: none
    assert stored(workspace)[0]["speaker"] is None

    # Undo: speaker, speaker, timestamp, tag, tag, then all the typing in one step.
    for _ in range(5):
        qtbot.keyClick(text_box, Qt.Key.Key_Z, CTRL)
    assert stored(workspace)[0]["text"] == "draft words"
    assert text_box.toPlainText() == "draft words"
    qtbot.keyClick(text_box, Qt.Key.Key_Z, CTRL)
    assert workspace.item(PACKAGE_ID, "a1").annotation is None
    assert text_box.toPlainText() == "draft"
    qtbot.keyClick(text_box, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(workspace)[0]["text"] == "draft words"
    assert window.undo_stack.count() == 6


def test_audio_keys_reach_the_player_while_typing(qtbot, backend, workspace: Workspace, four_seconds: Path) -> None:
    _window, editor = open_window(qtbot, workspace, four_seconds)
    text_box = editor.panel.text_box
    drag(qtbot, editor, 0.2, 3.8)
    assert text_box.hasFocus()
    player = editor.player

    qtbot.keyClick(text_box, Qt.Key.Key_Escape)
    assert player.playing
    qtbot.waitUntil(lambda: player.position > 0.3, timeout=5000)
    qtbot.waitUntil(lambda: editor.controls.time_label.text().startswith("00:00.") and player.position > 0.4)
    qtbot.keyClick(text_box, Qt.Key.Key_Space, CTRL)
    assert not player.playing
    paused_at = player.position
    qtbot.keyClick(text_box, Qt.Key.Key_F7)
    assert player.position == pytest.approx(max(paused_at - 1.5, 0.0), abs=0.02)
    qtbot.keyClick(text_box, Qt.Key.Key_F8)
    assert player.position == pytest.approx(max(paused_at - 1.5, 0.0) + 1.5, abs=0.02)
    qtbot.keyClick(text_box, Qt.Key.Key_F4)
    qtbot.keyClick(text_box, Qt.Key.Key_F4)
    qtbot.keyClick(text_box, Qt.Key.Key_F3)
    assert player.speed == pytest.approx(1.1)
    assert editor.controls.speed.value() == pytest.approx(1.1)
    qtbot.keyClick(text_box, Qt.Key.Key_F5)
    assert player.volume == pytest.approx(0.9)
    qtbot.keyClick(text_box, Qt.Key.Key_L, CTRL)
    segment = stored(workspace)[0]
    assert player.loop == pytest.approx((segment["start"], segment["end"]), abs=1 / 8000)  # to the frame

    # Letters and spaces still type; none of them reached the player.
    qtbot.keyClicks(text_box, "hi there")
    assert stored(workspace)[0]["text"] == "hi there"
    assert not player.playing and player.speed == pytest.approx(1.1)


def test_no_device_banner_and_retry(qtbot, backend, workspace: Workspace, four_seconds: Path) -> None:
    backend.available = False
    _window, editor = open_window(qtbot, workspace, four_seconds)
    controls = editor.controls
    assert controls.banner.isVisible()
    assert "no output device" in controls.banner_text.text()
    assert not controls.play_button.isEnabled() and not controls.speed.isEnabled()
    # Reading, segmenting and typing still work.
    drag(qtbot, editor, 1.0, 2.0)
    qtbot.keyClicks(editor.panel.text_box, "typed")
    assert stored(workspace)[0]["text"] == "typed"
    qtbot.keyClick(editor.panel.text_box, Qt.Key.Key_Escape)
    assert not editor.player.playing

    backend.available = True  # a device is plugged in
    qtbot.mouseClick(controls.retry_button, Qt.MouseButton.LeftButton)
    assert not controls.banner.isVisible()
    assert controls.play_button.isEnabled()
    qtbot.keyClick(editor.panel.text_box, Qt.Key.Key_Escape)
    assert editor.player.playing
    qtbot.waitUntil(lambda: editor.player.position > 0.2, timeout=5000)


def truncated_wav() -> bytes:
    data = audio_bytes("WAV", seconds=2.0)
    return data[: len(data) // 3]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("media/voice.m4a", b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom" + b"\x00" * 64, "not supported"),
        ("media/cut.wav", truncated_wav(), "trunc"),
        ("media/empty.wav", b"", "empty"),
    ],
)
def test_bad_audio_shows_a_clear_message(
    qtbot, backend, workspace: Workspace, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    prelabel = {"segments": [{"start": 0.0, "end": 1.0, "text": "still readable", "speaker": None}]}
    package = audio_package(tmp_path, {name: data}, prelabel=prelabel)
    window, editor = open_window(qtbot, workspace, package)
    assert editor.message.isVisible()
    text = editor.message.text()
    assert Path(name).name in text and reason in text.lower()
    assert "Flag" in text
    assert editor.segments()[0]["text"] == "still readable"
    qtbot.keyClick(editor.panel.text_box, Qt.Key.Key_Escape)  # nothing to play, nothing breaks
    assert not editor.player.playing
    qtbot.keyClick(editor.panel.text_box, Qt.Key.Key_K, CTRL)  # the item can still be skipped
    assert workspace.item(PACKAGE_ID, "a1").status == "skipped"

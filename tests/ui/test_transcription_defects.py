"""What an annotator hit in the transcription editor: a stale playhead, ruler labels off by a second
after zooming, double spaces around tags, media symbols drawn as empty boxes, and a window of
1024 x 640 px squeezing the volume slider and the segments' text away. Driven by keys, clicks and
wheel turns, as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QLabel, QStyle, QWidget

from annotator.core.workspace import Workspace
from annotator.ui.editors.transcription import TranscriptionEditor
from annotator.ui.editors.waveform_view import PLAYHEAD, WaveformView
from tests.core.helpers import audio_bytes
from tests.ui.test_transcription_editor import audio_package, click, drag, open_window, stored, x_of
from tests.ui.test_transcription_playback import wheel

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
NO = Qt.KeyboardModifier.NoModifier
LONG_TEXT = "please check every label before you submit the patch to the team"


@pytest.fixture
def two_clips(tmp_path: Path) -> Path:
    """Two audio items of different lengths (8 s, then 6 s), the first with one drafted segment."""
    prelabel = {"segments": [{"start": 0.5, "end": 3.0, "text": LONG_TEXT, "speaker": "A"}]}
    files = {"media/a.wav": audio_bytes("WAV", seconds=8.0), "media/b.wav": audio_bytes("WAV", seconds=6.0)}
    return audio_package(tmp_path, files, prelabel=prelabel)


def opened(qtbot, workspace: Workspace, package: Path) -> TranscriptionEditor:
    _window, editor = open_window(qtbot, workspace, package)
    qtbot.waitUntil(lambda: editor.duration is not None)
    return editor


def playhead_columns(view: WaveformView) -> list[int]:
    """The x of every pixel column where the playhead's colour is drawn."""
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    target = QColor(PLAYHEAD)
    columns = set()
    for x in range(image.width()):
        for y in range(0, image.height(), 4):
            pixel = image.pixelColor(x, y)
            if max(abs(a - b) for a, b in zip(pixel.getRgb()[:3], target.getRgb()[:3], strict=True)) < 8:
                columns.add(x)
                break
    return sorted(columns)


def test_the_playhead_is_at_the_next_items_start_after_alt_right(
    qtbot, tap, workspace: Workspace, two_clips: Path
) -> None:
    editor = opened(qtbot, workspace, two_clips)
    text_box = editor.panel.text_box
    click(qtbot, editor, 5.0)  # seek in item 1, then let it play on a little
    qtbot.keyClick(text_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.player.position > 5.2, timeout=5000)
    assert editor.waveform.playhead > 4.9 and playhead_columns(editor.waveform)[0] > editor.waveform.width() // 2

    qtbot.keyClick(text_box, Qt.Key.Key_Right, ALT)  # next item, while it plays
    qtbot.waitUntil(lambda: editor.duration == 6.0)
    assert not editor.player.playing and editor.player.position == 0.0
    for view in (editor.overview, editor.waveform):
        assert view.playhead == 0.0, view.objectName()
        # What is drawn, not only the number: the red line hugs the left edge (a 2 px pen at x = 0).
        assert playhead_columns(view) and max(playhead_columns(view)) <= 1, view.objectName()
    assert editor.controls.time_label.text() == "00:00.0 / 00:06.0"
    assert editor.controls.play_button.accessibleName() == "Play"


def label_seconds(label: str) -> float:
    """The time a ruler label says: m:ss, h:mm:ss, optionally with .t (tenths)."""
    whole, _, tenths = label.partition(".")
    seconds = 0
    for part in whole.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds + (int(tenths) / 10 if tenths else 0.0)


def check_ruler(view: WaveformView) -> tuple[float, dict[float, str]]:
    """Every tick's label says the time at its x; returns the ruler's step and the labels by time."""
    ticks = view.ruler_ticks()
    assert len(ticks) >= 3, (view.view_start, view.view_span)
    step = round(view.time_at(ticks[1][0]) - view.time_at(ticks[0][0]), 1)
    labels = {}
    for x, label in ticks:
        at = view.time_at(x)
        assert abs(label_seconds(label) - at) < 1e-6, (
            f"{label!r} drawn at {at} s (view {view.view_start}+{view.view_span})"
        )
        assert ("." in label) == (step < 1), label  # tenths only on a ruler finer than a second
        labels[round(at, 1)] = label
    return step, labels


def test_ruler_labels_say_the_time_at_their_x_at_every_zoom_and_scroll(
    qtbot, tap, workspace: Workspace, two_clips: Path
) -> None:
    editor = opened(qtbot, workspace, two_clips)
    view = editor.waveform
    check_ruler(view)
    at_two: set[tuple[float, str]] = set()  # (ruler step, label of the tick at 2.0 s)
    for anchor in (1.0, 2.0, 5.5):  # where the mouse is while zooming
        wheel(view, view.width() // 2, -20, CTRL)  # all the way out first
        assert view.view_span == 8.0
        for _notch in range(12):  # down to the deepest zoom, one notch at a time
            wheel(view, x_of(editor, anchor), 1, CTRL)
            for notches in (0, 1, -2, 1):  # and scrolled a little each way at that zoom
                if notches:
                    wheel(view, view.width() // 2, notches, NO)
                step, labels = check_ruler(view)
                if 2.0 in labels:
                    at_two.add((step, labels[2.0]))
    assert view.view_span < 1.0, "the wheel zoomed in"
    # The case of the report: on the 0.2 s ruler from 1.0 s or earlier, five steps of 0.2 added up to
    # 1.9999999999999998, which a truncating clock read as "0:01.0".
    assert (0.2, "0:02.0") in at_two
    assert {label for _step, label in at_two} <= {"0:02", "0:02.0"}, at_two


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` key by key; an emoji arrives as one key event carrying it (QTest's keyClicks aborts on
    characters outside the BMP), as an emoji picker or compose key delivers it."""
    for char in text:
        if ord(char) > 0xFFFF:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, NO, char))
        else:
            qtbot.keyClicks(widget, char)


def test_tags_leave_single_spaces_wherever_they_go(qtbot, tap, workspace: Workspace, tmp_path: Path) -> None:
    package = audio_package(tmp_path, {"media/a.wav": audio_bytes("WAV", seconds=4.0)})
    editor = opened(qtbot, workspace, package)
    drag(qtbot, editor, 0.5, 2.5)
    text_box = editor.panel.text_box
    assert text_box.hasFocus()
    # (text typed, caret steps from the start, what the person types after Alt+1, the text then)
    cases = [
        ("hello world", 6, "", "hello [inaudible] world"),  # after a space: "hello |world"
        ("hello world", 5, "", "hello [inaudible] world"),  # before a space
        ("hello world", 0, "", "[inaudible] hello world"),  # at the start
        ("hello world", 11, "", "hello world [inaudible] "),  # at the end: ready for the next word
        ("hello world", 11, " next", "hello world [inaudible] next"),  # ... and a person types a space first
        ("hello world", 11, "next", "hello world [inaudible] next"),  # ... or does not
        ("hello ", 6, " world", "hello [inaudible] world"),
        ("hello world", 6, " now ", "hello [inaudible] now world"),
        ("👍 world", 2, "", "👍 [inaudible] world"),  # an emoji is two of the widget's units
    ]
    for typed, steps, after, expected in cases:
        qtbot.keyClick(text_box, Qt.Key.Key_A, CTRL)
        qtbot.keyClick(text_box, Qt.Key.Key_Delete)
        type_text(qtbot, text_box, typed)
        qtbot.keyClick(text_box, Qt.Key.Key_Home)
        for _ in range(steps):
            qtbot.keyClick(text_box, Qt.Key.Key_Right)
        qtbot.keyClick(text_box, Qt.Key.Key_1, ALT)
        qtbot.keyClicks(text_box, after)
        case = f"{typed!r} at {steps}, then {after!r}"
        assert text_box.toPlainText() == expected, case
        assert stored(workspace)[0]["text"] == expected, case
    # Spaces typed anywhere else still type: only the one right after a tag's own space is swallowed.
    qtbot.keyClick(text_box, Qt.Key.Key_End)
    qtbot.keyClicks(text_box, "  ")
    assert stored(workspace)[0]["text"] == "👍 [inaudible] world  "


def glyphs_missing(widget: QWidget, text: str) -> list[str]:
    metrics = widget.fontMetrics()
    return [char for char in text if not char.isspace() and not metrics.inFontUcs4(ord(char))]


def test_the_play_button_is_an_icon_with_a_name(qtbot, tap, workspace: Workspace, two_clips: Path) -> None:
    editor = opened(qtbot, workspace, two_clips)
    controls = editor.controls
    button = controls.play_button

    def state() -> tuple[int, QImage]:
        return button.icon().cacheKey(), button.icon().pixmap(QSize(16, 16)).toImage()

    assert not button.icon().isNull() and button.text() == ""
    assert button.accessibleName() == "Play" and "Esc" in button.toolTip()
    play_key, play_image = state()

    qtbot.keyClick(editor.panel.text_box, Qt.Key.Key_Escape)
    assert editor.player.playing
    assert button.accessibleName() == "Pause" and "Pause" in button.toolTip()
    pause_key, pause_image = state()
    assert pause_key != play_key and pause_image != play_image, "the icon shows the state"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not editor.player.playing and button.accessibleName() == "Play" and state()[0] == play_key
    # No control shows a symbol its font lacks (those are the empty boxes of the report).
    for widget in controls.findChildren(QAbstractButton) + controls.findChildren(QLabel):
        assert not glyphs_missing(widget, widget.text()), (widget.objectName(), widget.text())
    for widget in (controls.volume, controls.speed, controls.rewind, button):
        assert widget.accessibleName(), widget.objectName()


def test_volume_and_segment_text_fit_a_1024_by_640_window(qtbot, tap, workspace: Workspace, two_clips: Path) -> None:
    window, editor = open_window(qtbot, workspace, two_clips)
    qtbot.waitUntil(lambda: editor.duration is not None)
    window.resize(1024, 640)
    table, header = editor.segment_list, editor.segment_list.horizontalHeader()

    def laid_out() -> bool:
        # The header has applied its stretch rule to the new width (it does so after the resize).
        others = sum(header.sectionSize(column) for column in range(4))
        stretched = max(header.minimumSectionSize(), table.viewport().width() - others)
        return window.size() == QSize(1024, 640) and editor.width() < 1024 and header.sectionSize(4) == stretched

    qtbot.waitUntil(laid_out)
    assert window.minimumSizeHint().width() <= 1024
    assert editor.controls.volume.width() >= 80

    assert header.sectionResizeMode(4) == QHeaderView.ResizeMode.Stretch
    for column in range(4):  # number, start, end, speaker: as wide as what they show
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)
    cell = table.visualRect(table.model().index(0, 4))
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    shown = table.fontMetrics().elidedText(LONG_TEXT, Qt.TextElideMode.ElideRight, cell.width() - 2 * margin)
    visible = shown.removesuffix("…")
    assert LONG_TEXT.startswith(visible) and len(visible) >= 20, shown

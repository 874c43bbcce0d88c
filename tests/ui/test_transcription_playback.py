"""Playback in the transcription editor as the window drives it: breaks, hiding, activity, zoom and seek clicks."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from annotator.core.playback.fake_output import BackendTap
from annotator.core.workspace import Workspace
from annotator.ui.editors import transcription_playback
from annotator.ui.editors.transcription import TranscriptionEditor
from annotator.ui.editors.waveform_view import WaveformView
from tests.core.helpers import audio_bytes, manifest_dict, media_item, text_item, write_folder_package
from tests.core.test_timing import FakeMonotonic
from tests.ui.test_transcription_editor import PACKAGE_ID, audio_package
from tests.ui.windows import open_transcription

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def ten_seconds(tmp_path: Path) -> Path:
    return audio_package(tmp_path, {"media/a.wav": audio_bytes("WAV", seconds=10.0)})


def open_window(qtbot, workspace: Workspace, package: Path, mono: FakeMonotonic):
    return open_transcription(qtbot, workspace, package, monotonic=mono)


def start_playing(qtbot, editor: TranscriptionEditor, tap: BackendTap) -> None:
    """Esc in the transcript, then wait until the device is handed sound."""
    started = time.perf_counter()
    qtbot.keyClick(editor.panel.text_box, Qt.Key.Key_Escape)
    assert editor.player.playing
    qtbot.waitUntil(lambda: tap.first_block(sounding=True, after=started) is not None, timeout=5000)


def wheel(view: WaveformView, x: int, notches: int, modifiers: Qt.KeyboardModifier) -> None:
    """One wheel turn over the view, delivered as the platform would (QTest has no wheel helper)."""
    position = QPointF(x, view.height() / 2)
    event = QWheelEvent(
        position,
        QPointF(view.mapToGlobal(position.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def test_a_break_pauses_playback(qtbot, tap, workspace: Workspace, ten_seconds: Path, mono) -> None:
    window, editor = open_window(qtbot, workspace, ten_seconds, mono)
    start_playing(qtbot, editor, tap)
    assert editor.controls.play_button.accessibleName() == "Pause"

    with qtbot.waitSignal(window.break_started, timeout=2000):
        window.actions_by_id["break.take_now"].trigger()
    assert not editor.player.playing
    assert editor.controls.play_button.accessibleName() == "Play"
    paused = time.perf_counter()
    qtbot.waitUntil(lambda: sum(not b.sounding for b in tap.snapshot() if b.at >= paused) >= 3, timeout=2000)
    # At most the pause's short fade-out, then the device hears silence and nothing more.
    assert sum(b.sounding for b in tap.snapshot() if b.at >= paused) <= 1


def test_moving_to_another_kind_of_item_pauses_playback(qtbot, tap, workspace: Workspace, tmp_path: Path, mono):
    audio = audio_bytes("WAV", seconds=10.0)
    items = [media_item("a1", "audio", "media/a.wav", audio), text_item("t1", "a text after the audio")]
    package = write_folder_package(tmp_path / "pkg", manifest_dict(items), {"media/a.wav": audio})
    window, editor = open_window(qtbot, workspace, package, mono)
    start_playing(qtbot, editor, tap)
    with qtbot.waitSignal(window.item_shown, timeout=5000) as shown:
        qtbot.keyClick(editor.panel.text_box, Qt.Key.Key_Right, ALT)
    assert shown.args == ["t1"] and not editor.isVisible()
    assert not editor.player.playing


def test_listening_counts_as_active_time(
    qtbot, tap, workspace: Workspace, ten_seconds: Path, mono, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Notes every tick rather than every 2 s of real time, so the test need not wait for them.
    monkeypatch.setattr(transcription_playback, "ACTIVITY_EVERY", 0.0)
    window, editor = open_window(qtbot, workspace, ten_seconds, mono)
    clock = window.breaks.clock
    start_playing(qtbot, editor, tap)
    window.breaks.flush()
    before = workspace.item(PACKAGE_ID, "a1")

    # Three minutes with no key or mouse, three times the idle threshold, while the audio plays.
    for _ in range(6):
        mono.advance(30)
        qtbot.waitUntil(lambda: clock.idle_for_ms() == 0, timeout=2000)
    window.breaks.flush()
    listened = workspace.item(PACKAGE_ID, "a1")
    assert listened.active_ms - before.active_ms == 180_000
    assert listened.idle_ms == before.idle_ms

    # Paused, the same silence is idle once the threshold has passed.
    qtbot.keyClick(editor.panel.text_box, Qt.Key.Key_Space, CTRL)
    assert not editor.player.playing
    mono.advance(180)
    window.breaks.flush()
    after = workspace.item(PACKAGE_ID, "a1")
    assert after.active_ms - listened.active_ms == 60_000
    assert after.idle_ms - listened.idle_ms == 120_000


def test_ctrl_wheel_zooms_the_waveform_around_the_pointer(
    qtbot, tap, workspace: Workspace, ten_seconds: Path, mono
) -> None:
    _window, editor = open_window(qtbot, workspace, ten_seconds, mono)
    view = editor.waveform
    start, span = view.view_start, view.view_span
    x = view.width() // 4
    under = view.time_at(x)

    wheel(view, x, 1, CTRL)
    assert view.view_span == pytest.approx(span / 1.25)
    assert view.time_at(x) == pytest.approx(under)  # the time under the pointer stays put
    wheel(view, x, 2, CTRL)
    assert view.view_span == pytest.approx(span / 1.25**3)
    assert view.time_at(x) == pytest.approx(under)

    # Without Ctrl the wheel scrolls: same zoom, later start.
    zoomed_start, zoomed_span = view.view_start, view.view_span
    wheel(view, x, -1, Qt.KeyboardModifier.NoModifier)
    assert view.view_span == pytest.approx(zoomed_span)
    assert view.view_start == pytest.approx(zoomed_start + 0.1 * zoomed_span)

    wheel(view, x, -3, CTRL)
    assert view.view_span == pytest.approx(span) and view.view_start == pytest.approx(start)
    assert editor.player.position == 0.0  # zooming never moves the playhead


def test_a_click_on_the_overview_seeks(qtbot, tap, workspace: Workspace, ten_seconds: Path, mono) -> None:
    _window, editor = open_window(qtbot, workspace, ten_seconds, mono)
    overview = editor.overview
    x = round(overview.width() * 0.6)
    seconds = overview.time_at(x)
    assert 5.5 < seconds < 6.5

    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=QPoint(x, overview.height() // 2))
    assert editor.player.position == pytest.approx(seconds, abs=1 / 8000)
    assert editor.controls.time_label.text().startswith("00:0" + str(int(seconds)))
    assert workspace.item(PACKAGE_ID, "a1").annotation is None  # a seek is no edit

    # While playing, a click moves the playback itself: it goes on from the new place.
    start_playing(qtbot, editor, tap)
    x = round(overview.width() * 0.2)
    seconds = overview.time_at(x)
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=QPoint(x, overview.height() // 2))
    assert editor.player.playing
    qtbot.waitUntil(lambda: editor.player.position > seconds + 0.1, timeout=5000)
    assert editor.player.position < seconds + 2.0


def test_waveform_loaded_follows_the_item_and_the_second_visit_uses_the_cache(
    qtbot, tap, workspace: Workspace, tmp_path: Path, mono
) -> None:
    files = {"media/a.wav": audio_bytes("WAV", seconds=3.0), "media/b.flac": audio_bytes("FLAC", seconds=5.0)}
    window, editor = open_window(qtbot, workspace, audio_package(tmp_path, files), mono)
    with qtbot.waitSignal(editor.waveform_loaded, timeout=5000) as loaded:
        qtbot.keyClick(editor.panel.text_box, Qt.Key.Key_Right, ALT)
    assert loaded.args == ["a2"] and editor.duration == 5.0
    peaks = workspace.folder / "peaks"
    qtbot.waitUntil(lambda: len(list(peaks.glob("*.npz"))) == 2)  # the first item's may still be being written
    cached = sorted(peaks.glob("*.npz"))
    stamps = [path.stat().st_mtime_ns for path in cached]
    with qtbot.waitSignal(editor.waveform_loaded, timeout=5000) as loaded:
        qtbot.keyClick(editor.panel.text_box, Qt.Key.Key_Left, ALT)
    assert loaded.args == ["a1"] and editor.duration == 3.0
    assert [path.stat().st_mtime_ns for path in cached] == stamps  # read back, not computed again

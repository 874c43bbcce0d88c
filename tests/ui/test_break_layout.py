"""The break screen's layout with long Italian and German advice: wrapped in full at a reading width, never on the countdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from annotator.core.breaks import BreakKind
from annotator.core.workspace import Workspace
from annotator.ui import break_overlay
from annotator.ui.break_overlay import BreakOverlay
from annotator.ui.main_window import MainWindow
from tests.core.test_timing import FakeMonotonic
from tests.ui.windows import open_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# Longer than any advice the app ships, as a translation makes it: a long word or two, many lines.
LONG_ADVICE = {
    "de": "Schauen Sie vom Bildschirm weg, auf etwas weit Entferntes, zum Beispiel aus dem Fenster auf einen "
    "Baum oder ein Gebäude am Horizont. Blinzeln Sie ein paar Mal bewusst, lockern Sie die Augenmuskulatur, "
    "entspannen Sie Schultern und Nacken und atmen Sie dabei ruhig und tief durch. Bildschirmarbeitsplatzverordnung.",
    "it": "Distogli lo sguardo dallo schermo e guarda qualcosa di lontano, per esempio fuori dalla finestra verso "
    "un albero o un edificio all'orizzonte. Sbatti le palpebre qualche volta, rilassa i muscoli degli occhi, "
    "le spalle e il collo, e respira con calma e profondamente prima di ricominciare a lavorare.",
}
LONG_TITLE = {"de": "Kurze Bildschirmpause", "it": "Breve pausa dallo schermo"}
SIZES = [(1024, 640), (2560, 1440)]


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


def break_screen_at(qtbot, workspace: Workspace, demo_package: Path, mono: FakeMonotonic, size) -> MainWindow:
    """The window at `size`, a micro-break taken with its key (Ctrl+Shift+B); the overlay laid out."""
    win = open_window(qtbot, workspace, demo_package, monotonic=mono)
    qtbot.waitUntil(win.isActiveWindow)
    win.resize(*size)
    qtbot.waitUntil(lambda: (win.width(), win.height()) == size)
    qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_B, CTRL_SHIFT)
    shown = overlay(win)
    assert shown.isVisible()
    qtbot.waitUntil(lambda: shown.geometry() == win.rect())
    return win


def overlay(window: MainWindow) -> BreakOverlay:
    found = window.findChild(BreakOverlay, "break_overlay")
    assert found is not None
    return found


def label(window: MainWindow, name: str) -> QLabel:
    found = overlay(window).findChild(QLabel, name)
    assert found is not None
    return found


def fits(shown: QLabel) -> bool:
    """All of the label's wrapped text has room: it needs no more height, at its width, than it got."""
    return shown.heightForWidth(shown.width()) <= shown.height()


@pytest.mark.parametrize("language", sorted(LONG_ADVICE))
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_long_advice_wraps_in_full_and_never_runs_into_the_countdown(
    qtbot, workspace, demo_package, mono, monkeypatch, size, language
) -> None:
    monkeypatch.setitem(break_overlay.SUGGESTIONS, BreakKind.MICRO, LONG_ADVICE[language])
    monkeypatch.setitem(break_overlay.TITLES, BreakKind.MICRO, LONG_TITLE[language])
    win = break_screen_at(qtbot, workspace, demo_package, mono, size)
    advice, countdown = label(win, "break_suggestion"), label(win, "break_countdown")
    title, keys = label(win, "break_title"), label(win, "break_keys")
    assert advice.text() == LONG_ADVICE[language]
    qtbot.waitUntil(lambda: all(fits(shown) for shown in (title, countdown, advice, keys)))
    assert not advice.geometry().intersects(countdown.geometry())
    assert countdown.geometry().bottom() < advice.geometry().top()
    assert advice.geometry().bottom() < keys.geometry().top()
    assert overlay(win).rect().contains(advice.geometry())
    # Several lines, not one cut-off line: the wrapped text is taller than one line of its font.
    assert advice.height() >= 3 * advice.fontMetrics().lineSpacing()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_advice_keeps_a_reading_width_in_the_middle(qtbot, workspace, demo_package, mono, monkeypatch, size):
    monkeypatch.setitem(break_overlay.SUGGESTIONS, BreakKind.MICRO, LONG_ADVICE["de"])
    win = break_screen_at(qtbot, workspace, demo_package, mono, size)
    advice = label(win, "break_suggestion")
    qtbot.waitUntil(lambda: fits(advice))
    # About 72 characters a line, whatever the screen: not a 2,400-pixel line on a wide one.
    assert advice.width() <= advice.fontMetrics().averageCharWidth() * 72 + 2
    assert advice.width() <= win.width() - 2 * 48
    middle = overlay(win).rect().center().x()
    assert abs(advice.geometry().center().x() - middle) <= 1
    assert advice.alignment() & Qt.AlignmentFlag.AlignHCenter


def test_the_shipped_advice_fits_on_a_small_laptop_for_every_kind(qtbot, workspace, demo_package, mono) -> None:
    win = break_screen_at(qtbot, workspace, demo_package, mono, (1024, 640))
    shown = overlay(win)
    for kind in (BreakKind.REST, BreakKind.DAILY):
        shown.show_break(kind, seconds_left=None if kind is BreakKind.DAILY else 300, can_postpone=False)
        advice = label(win, "break_suggestion")
        assert advice.text() == break_overlay.SUGGESTIONS[kind]
        qtbot.waitUntil(lambda advice=advice: fits(advice))
        countdown = label(win, "break_countdown")
        assert countdown.isVisible() == (kind is not BreakKind.DAILY)
        if countdown.isVisible():
            assert not advice.geometry().intersects(countdown.geometry())

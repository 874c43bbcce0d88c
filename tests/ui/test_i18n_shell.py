"""The shell in Italian and German: status bar, item line, Items panel, menus, dashboard and break screen speak it.

Each test chooses the language as the annotator does (stored in the workspace, applied when the window opens)
and puts English back afterwards, so the other tests read the English texts they assert.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from annotator.core.breaks import SETTINGS_KEY, BreakSettings
from annotator.core.package import open_package
from annotator.core.session import Progress
from annotator.core.workspace import Workspace
from annotator.ui.break_overlay import BreakOverlay
from annotator.ui.i18n import i18n_dir
from annotator.ui.locale_choice import apply_language, store_language
from annotator.ui.main_window import MainWindow
from annotator.ui.queue_model import ItemIdRole
from annotator.ui.widgets.progress import SEPARATOR, format_duration, format_pace, format_progress
from tests.core.test_timing import FakeMonotonic
from tests.ui.untranslated import not_in_language, translation_pattern
from tests.ui.windows import open_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# A translation with fewer letters than this besides its placeholders ('{minutes} min') would match English too.
STRICT_LETTERS = 6


@pytest.fixture(params=["it", "de"])
def language(request: pytest.FixtureRequest, workspace: Workspace) -> Iterator[str]:
    """The UI language, chosen in the workspace's settings; English again after the test."""
    store_language(workspace, request.param)
    apply_language(request.param)
    yield request.param
    apply_language("en")


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def win(qtbot, workspace: Workspace, demo_package: Path, mono: FakeMonotonic, language: str) -> MainWindow:
    # The heads-up comes 8 s before the break, so a few seconds of typing reach it.
    workspace.set_setting(SETTINGS_KEY, BreakSettings(heads_up_s=8).to_dict())
    window = open_window(qtbot, workspace, demo_package, monotonic=mono)
    qtbot.waitUntil(window.isActiveWindow)
    return window


@functools.cache
def package_texts(demo_package: Path) -> tuple[str, ...]:
    """The demo's own texts (ids, title, instructions, the recent menu's entry of it): never the app's to translate."""
    package = open_package(demo_package)
    try:
        manifest = package.manifest
        texts = [manifest.id, manifest.title, manifest.instructions, *(item.id for item in manifest.items)]
    finally:
        package.close()
    return (*texts, f"1 {manifest.title} ({demo_package.name})")


@functools.cache
def strict_pattern(language: str) -> re.Pattern[str]:
    """Like translation_pattern, but only translations with enough letters of their own to tell them from English."""
    pieces = []
    for path in i18n_dir().glob(f"*_{language}.ts"):
        for message in ET.parse(path).iter("message"):
            translation = message.find("translation")
            forms = [translation] if translation is not None and len(translation) == 0 else list(translation or [])
            for form in forms:
                if form is None or not form.text or form.get("type") in ("unfinished", "obsolete"):
                    continue
                text = form.text.replace("&", "").strip()
                if sum(char.isalpha() for char in re.sub(r"\{[^}]*\}|%n|%\d", "", text)) < STRICT_LETTERS:
                    continue
                pieces.append(re.sub(r"\\\{[^}]*\\\}|%n|%\d", ".+?", re.escape(text)))
    return re.compile("|".join(sorted(set(pieces), key=len, reverse=True)), re.DOTALL)


def not_spoken(widget: QWidget, language: str, demo_package: Path) -> list[tuple[str, str]]:
    """not_in_language, a text of parts joined by ' · ' (the progress line) taken part by part."""
    pattern = translation_pattern(language)
    found = not_in_language(widget, language, package_texts=package_texts(demo_package))
    return [(where, text) for where, text in found if not all(pattern.fullmatch(p) for p in text.split(SEPARATOR))]


def status_texts(window: MainWindow) -> dict[str, str]:
    """The status bar's labels by name (item line, progress, break, sync) and its message, as shown now."""
    bar = window.statusBar()
    texts = {label.objectName(): label.text() for label in bar.findChildren(QLabel) if label.isVisible()}
    if bar.currentMessage():
        texts["message"] = bar.currentMessage()
    return texts


def assert_status_bar_speaks(window: MainWindow, language: str, demo_package: Path) -> None:
    """No English in the status bar, each of its parts a translation of its own (not a bare '{n} min')."""
    assert not_spoken(window.statusBar(), language, demo_package) == []
    strict = strict_pattern(language)
    for name, text in status_texts(window).items():
        if text:
            assert all(strict.fullmatch(part) for part in text.split(SEPARATOR)), (name, text)


def overlay(window: MainWindow) -> BreakOverlay:
    found = window.findChild(BreakOverlay, "break_overlay")
    assert found is not None
    return found


def type_for(qtbot, window: MainWindow, mono: FakeMonotonic, seconds: int, *, every: int = 10) -> None:
    """A key (Shift, harmless) every `every` seconds, the UI timer polling before and after each."""
    for _ in range(seconds // every):
        mono.advance(every)
        window.breaks.poll()
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Shift)
        window.breaks.poll()


def test_status_bar_items_panel_and_menus_speak_the_language(
    qtbot, win: MainWindow, demo_package: Path, language: str
) -> None:
    texts = status_texts(win)
    assert {"item_label", "progress_label", "break_label", "sync_label"} <= set(texts)
    assert_status_bar_speaks(win, language, demo_package)
    first = win.session.current_item.id
    # Done, by its key: the item line, the progress and the list's tooltip follow in the language.
    qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.session.current_item.id != first)
    assert_status_bar_speaks(win, language, demo_package)
    assert status_texts(win)["progress_label"].startswith(
        {"it": "1 / 54 completati", "de": "1 / 54 erledigt"}[language]
    )
    assert not_spoken(win.queue_dock, language, demo_package) == []
    assert not_spoken(win.menuBar(), language, demo_package) == []
    for dock in (win.queue_dock, win.instructions_dock):
        assert translation_pattern(language).fullmatch(dock.windowTitle()), dock.windowTitle()
    # Every row's tooltip: the id (the package's), then its kind and status in the language.
    pattern, model = strict_pattern(language), win.queue_view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        item_id, tip = index.data(ItemIdRole), index.data(Qt.ItemDataRole.ToolTipRole)
        kind, status = tip.removeprefix(f"{item_id} — ").rsplit(", ", 1)
        if " → " in kind:  # a translation check names its languages by code ("en → it"): the package's, as given
            kind = kind.rsplit(", ", 1)[0]
        assert translation_pattern(language).fullmatch(status), tip
        assert pattern.fullmatch(kind) or translation_pattern(language).fullmatch(kind), tip
    # File ▸ Recent packages lists the demo (its own title) and the app's entries in the language.
    win.recent_menu.popup(win.mapToGlobal(win.rect().center()))
    qtbot.waitUntil(win.recent_menu.isVisible)
    assert not_spoken(win.recent_menu, language, demo_package) == []
    win.recent_menu.close()


def test_the_filter_and_its_message_speak_the_language(
    qtbot, win: MainWindow, demo_package: Path, language: str
) -> None:
    box = win.filter_box
    assert not_spoken(box, language, demo_package) == []
    # The filter for flagged items, chosen by keyboard: nothing is flagged, so "next to do" says so in the language.
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert win.queue_filter.rowCount() == 0
    win.actions_by_id["go.next_unfinished"].trigger()
    message = win.statusBar().currentMessage()
    assert box.currentText() in message and strict_pattern(language).fullmatch(message), message


def test_the_dashboard_speaks_the_language(qtbot, win: MainWindow, demo_package: Path, language: str) -> None:
    qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_D, CTRL_SHIFT)
    board = win.findChild(QWidget, "dashboard")
    assert board is not None
    qtbot.waitUntil(board.isVisible)
    assert not_spoken(board, language, demo_package) == []
    breaks = board.findChild(QLabel, "dash_breaks").text()
    assert strict_pattern(language).fullmatch(breaks), breaks


def test_the_break_screen_and_the_status_around_it_speak_the_language(
    qtbot, win: MainWindow, mono: FakeMonotonic, demo_package: Path, language: str
) -> None:
    type_for(qtbot, win, mono, 20 * 60 - 10, every=10)
    type_for(qtbot, win, mono, 4, every=1)
    # The heads-up, in the language, with the seconds left.
    assert "message" in status_texts(win), "no heads-up"
    assert_status_bar_speaks(win, language, demo_package)
    # The break itself, taken at once with its key; the keys greyed for a moment, then live.
    qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_B, CTRL_SHIFT)
    shown = overlay(win)
    assert shown.isVisible()
    keys = shown.findChild(QLabel, "break_keys")
    assert not keys.isEnabled()
    assert not_spoken(shown, language, demo_package) == []
    assert_status_bar_speaks(win, language, demo_package)
    mono.advance(2)
    qtbot.waitUntil(keys.isEnabled)
    assert not_spoken(shown, language, demo_package) == []
    strict = strict_pattern(language)
    for name in ("break_title", "break_suggestion", "break_keys"):
        text = shown.findChild(QLabel, name).text()
        assert strict.fullmatch(text), (name, text)
    # Postponed once: the hint says so, in the language.
    qtbot.keyClick(shown, Qt.Key.Key_P)
    assert not shown.isVisible()
    assert_status_bar_speaks(win, language, demo_package)


def test_numbers_and_durations_are_written_as_the_language_writes_them(language: str) -> None:
    assert QLocale().toString(1.5, "f", 1) == "1,5"
    assert format_pace(42.66) == "42,7"
    assert format_duration(7500) == {"it": "2 ore 5 min", "de": "2 Stunden 5 Min."}[language]
    line = format_progress(Progress(12_345, 2, 0, 1, 12_342, 1234.5, 3600.0))
    expected = {
        "it": "2 / 12.345 completati · 1 segnalato · 12.342 elementi rimasti · 1234,5 elementi/h · ancora circa 1 ora",
        "de": "2 / 12.345 erledigt · 1 markiert · 12.342 Elemente übrig · 1.234,5 Elemente/Std. · noch etwa 1 Stunde",
    }
    assert line == expected[language]

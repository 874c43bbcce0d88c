"""The action table in Italian and German: the main window's menus, their entries and status tips, and their Alt keys."""

from __future__ import annotations

import functools
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from annotator.core.workspace import Workspace
from annotator.ui.actions import BREAK_ACTIONS, MENU_ORDER, SHELL_ACTIONS, menu_title
from annotator.ui.i18n import i18n_dir
from annotator.ui.locale_choice import apply_language, store_language
from annotator.ui.main_window import MainWindow
from annotator.ui.review.review_actions import REVIEW_ACTIONS
from tests.conftest import DEMO_PACKAGE
from tests.ui.untranslated import not_in_language
from tests.ui.windows import open_window

LANGUAGES = ("it", "de")
# The window's menus hold the shell's and the breaks' actions; the editors' keys are in no menu.
SPECS = {spec.id: spec for spec in SHELL_ACTIONS + BREAK_ACTIONS}


@functools.cache
def action_translations(language: str) -> dict[str, str]:
    """The actions area's .ts for `language`: English source -> finished translation."""
    found = {}
    for message in ET.parse(i18n_dir() / f"actions_{language}.ts").iter("message"):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext("source")
        found[message.findtext("source")] = translation.text
    return found


def menus_of(window: MainWindow) -> list[QMenu]:
    """Every menu of the menu bar, and their submenus, in order."""
    found: list[QMenu] = []
    pending = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    while pending:
        menu = pending.pop(0)
        found.append(menu)
        pending += [action.menu() for action in menu.actions() if action.menu() is not None]
    return found


def mnemonic(text: str) -> str | None:
    """The Alt letter of a menu text ('Paket ö&ffnen…' -> 'f'), lower case; None without one."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else None


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The UI switched to Italian or German, and back to English for the tests that follow."""
    apply_language(request.param)
    yield request.param
    apply_language("en")
    assert menu_title("File") == "&File"


@pytest.fixture
def translated_window(qtbot, workspace: Workspace, language: str) -> MainWindow:
    """The main window built in `language` (chosen in the settings, so the window applies it too), on the demo package."""
    store_language(workspace, language)
    return open_window(qtbot, workspace, DEMO_PACKAGE)


def test_every_menu_title_and_entry_is_a_finished_translation(translated_window: MainWindow, language: str) -> None:
    window = translated_window
    # File ▸ Recent packages has no entries until it opens: they are checked below, with the package's title.
    for menu in [window.menuBar(), *menus_of(window)]:
        assert not_in_language(menu, language) == [], menu.title()
    titles = [action.text() for action in window.menuBar().actions()]
    expected = [action_translations(language)[f"&{name}"] for name in (*MENU_ORDER[:-1], "Breaks", MENU_ORDER[-1])]
    assert titles == expected


def test_menu_entries_and_status_tips_say_what_the_translation_says(
    translated_window: MainWindow, language: str
) -> None:
    translations = action_translations(language)
    checked = 0
    for menu in menus_of(translated_window):
        for action in menu.actions():
            spec = SPECS.get(action.objectName())
            if spec is None:
                continue  # a separator, the recent packages' submenu
            assert action.text() == translations[spec.text]
            assert action.statusTip() == translations[spec.description] != spec.description
            assert action.toolTip().startswith(translations[spec.description])
            checked += 1
    assert checked == len(SPECS)


def test_the_recent_packages_menu_speaks_the_language(translated_window: MainWindow, language: str) -> None:
    recent = translated_window.findChild(QMenu, "recent_menu")
    recent.aboutToShow.emit()  # as when it opens: its entries are made then
    title = json.loads((DEMO_PACKAGE / "package.json").read_text(encoding="utf-8"))["title"]
    entries = [action.text() for action in recent.actions() if action.text()]
    assert len(entries) >= 2
    assert not_in_language(recent, language, package_texts=[text for text in entries if title in text]) == []


def test_alt_letters_are_unique_in_every_menu(translated_window: MainWindow, language: str) -> None:
    bar = defaultdict(list)
    for action in translated_window.menuBar().actions():
        bar[mnemonic(action.text())].append(action.text())
    assert None not in bar and all(len(texts) == 1 for texts in bar.values()), bar
    for menu in menus_of(translated_window):
        letters = defaultdict(list)
        for action in menu.actions():
            if action.text():
                letters[mnemonic(action.text())].append(action.text())
        letters.pop(None, None)
        assert all(len(texts) == 1 for texts in letters.values()), (menu.title(), dict(letters))


def test_no_other_area_translates_an_action_otherwise(language: str) -> None:
    # One context, one translation: an area's .qm loaded later would win over the action table's.
    mine = action_translations(language)
    differing = []
    for path in sorted(i18n_dir().glob(f"*_{language}.ts")):
        if path.name.startswith("actions_"):
            continue
        for context in ET.parse(path).iter("context"):
            if context.findtext("name") != "actions":
                continue
            for message in context.iter("message"):
                source = message.findtext("source")
                if source in mine and message.findtext("translation") != mine[source]:
                    differing.append((path.name, source, message.findtext("translation"), mine[source]))
    assert differing == []


def test_the_review_windows_actions_have_translations(language: str) -> None:
    # The review window builds its menus from the same table, in the same context.
    translations = action_translations(language)
    for spec in REVIEW_ACTIONS:
        assert translations[spec.text] != spec.text
        assert translations[spec.description] != spec.description
        assert translations[f"&{spec.menu}"] == menu_title(spec.menu)


def test_alt_and_the_help_menus_letter_open_the_help_menu(qtbot, translated_window: MainWindow, language: str) -> None:
    help_title = menu_title("Help")
    letter = mnemonic(help_title)
    assert help_title != "&Help" and letter is not None
    qtbot.keyClick(translated_window, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    opened = QApplication.activePopupWidget()
    assert opened.title() == help_title
    assert not_in_language(opened, language) == []
    opened.close()

"""Every dialog, opened from the main window on the demo package by its action, speaks Italian and German throughout."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QKeySequenceEdit, QLabel, QLineEdit, QWidget

from annotator.core.sync import credentials
from annotator.core.sync.config import save_config, target_config
from annotator.core.workspace import Workspace
from annotator.ui.dialogs.cheat_sheet import CheatSheetDialog
from annotator.ui.dialogs.export_as import ExportAsDialog
from annotator.ui.dialogs.settings_dialog import SettingsDialog
from annotator.ui.dialogs.sync_settings import SyncSettingsDialog
from annotator.ui.locale_choice import LANGUAGES, apply_language, store_language
from annotator.ui.main_window import MainWindow
from tests.core.test_timing import FakeMonotonic
from tests.ui.untranslated import not_in_language
from tests.ui.windows import open_window

# What Qt's own widgets say in English; in a translated UI, Qt's translations (qtbase_*.qm) say it instead.
QT_ENGLISH = {"Close", "&Close", "Cancel", "&Cancel", "Save", "&Save", "Press shortcut"}


@pytest.fixture(params=["it", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication, workspace: Workspace) -> Iterator[str]:
    """The UI language chosen in the workspace, as the settings store it (the window puts it in force when built).

    English again after the test: the other tests read English.
    """
    store_language(workspace, request.param)
    apply_language(request.param)  # translators need the application, hence `qapp`
    yield request.param
    apply_language("en")


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    # Never the developer's own keyring: the sync settings then say secrets live for the session.
    monkeypatch.setattr(credentials, "_usable_keyring", lambda: None)


@pytest.fixture
def win(qtbot, language: str, workspace: Workspace, demo_package: Path) -> MainWindow:
    # Built once the language is in force, as after a start in that language; a clock that stands still.
    return open_window(qtbot, workspace, demo_package, monotonic=FakeMonotonic())


def package_texts(package: Path) -> set[str]:
    """Every text the demo package itself holds (labels, speakers, titles): shown as written, in any language."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for each in value.values():
                walk(each)
        elif isinstance(value, list):
            for each in value:
                walk(each)

    walk(json.loads((package / "package.json").read_text(encoding="utf-8")))
    # Each language is named in its own language, so a user who cannot read the current one finds theirs.
    return found | {name for code, name in LANGUAGES if code != "system"}


def qt_own_texts(dialog: QWidget) -> set[str]:
    """The texts Qt's own widgets put in the dialog (standard buttons, the key editor's prompt), checked translated."""
    texts = set()
    for box in dialog.findChildren(QDialogButtonBox):
        texts |= {button.text() for button in box.buttons() if box.standardButton(button)}
    for editor in dialog.findChildren(QKeySequenceEdit):
        texts |= {line.placeholderText() for line in editor.findChildren(QWidget) if hasattr(line, "placeholderText")}
    texts.discard("")
    assert not texts & QT_ENGLISH, f"Qt's own texts are in English: {sorted(texts & QT_ENGLISH)}"
    return texts


def english_left(dialog: QWidget, language: str, demo_package: Path) -> list[tuple[str, str]]:
    """What the dialog shows that is not in `language`."""
    exempt = package_texts(demo_package) | qt_own_texts(dialog)
    return not_in_language(dialog, language, package_texts=exempt)


def shown(qtbot, window: MainWindow, dialog_class: type[QDialog], name: str) -> QDialog:
    """The window's dialog of that class and name, once it is on screen."""
    qtbot.waitUntil(lambda: (found := window.findChild(dialog_class, name)) is not None and found.isVisible())
    return window.findChild(dialog_class, name)


def close(qtbot, dialog: QDialog) -> None:
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


# (action id, dialog class, object name): each dialog a menu action opens without blocking.
BY_ACTION = (
    ("help.about", QDialog, "about_dialog"),
    ("help.cheat_sheet", CheatSheetDialog, "cheat_sheet"),
    ("settings.breaks", QDialog, "break_settings"),
    ("file.pseudonym", QDialog, "pseudonym_dialog"),
    ("file.export_as", ExportAsDialog, "export_as_dialog"),
    ("file.import", QDialog, "import_dialog"),
    ("file.sync_settings", SyncSettingsDialog, "sync_settings"),
    ("settings.open", SettingsDialog, "settings_dialog"),
)


@pytest.mark.parametrize(("action_id", "dialog_class", "name"), BY_ACTION, ids=[row[0] for row in BY_ACTION])
def test_a_dialog_opened_by_its_action_speaks_the_language(
    qtbot, win: MainWindow, language: str, demo_package: Path, action_id: str, dialog_class: type[QDialog], name: str
) -> None:
    win.actions_by_id[action_id].trigger()
    dialog = shown(qtbot, win, dialog_class, name)
    assert english_left(dialog, language, demo_package) == []
    close(qtbot, dialog)


def test_the_cheat_sheet_names_actions_keys_and_classes_in_the_language(qtbot, win: MainWindow, language: str) -> None:
    win.actions_by_id["help.cheat_sheet"].trigger()
    sheet = shown(qtbot, win, CheatSheetDialog, "cheat_sheet")
    table = sheet.findChild(QWidget, "cheat_sheet_table")
    headers = [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]
    assert (
        headers
        == {
            "it": ["Dove", "Gruppo", "Azione", "Tasti", "Cosa fa"],
            "de": ["Wo", "Gruppe", "Aktion", "Tasten", "Was es tut"],
        }[language]
    )
    assert sheet.action_text("bbox.class_1").startswith({"it": "Classe 1 — ", "de": "Klasse 1 — "}[language])
    close(qtbot, sheet)


def test_the_export_preview_speaks_the_language_and_writes_numbers_its_way(
    qtbot, win: MainWindow, language: str, workspace: Workspace, demo_package: Path
) -> None:
    workspace.add_time("demo", "img-coffee", active_ms=4_321, idle_ms=1_000)
    with qtbot.waitSignal(win.export_previewed, timeout=10_000):
        win.actions_by_id["file.export_bundle"].trigger()
    preview = win.export_preview
    assert preview is not None and preview.isVisible()
    assert english_left(preview, language, demo_package) == []
    model = preview.table.model()
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert (
        headers
        == {
            "it": ["Elemento", "Stato", "Annotazione", "Commento", "Attivo", "Inattivo"],
            "de": ["Element", "Status", "Annotation", "Kommentar", "Aktiv", "Inaktiv"],
        }[language]
    )
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "img-coffee")
    assert model.index(row, 4).data() == "4,3 s"  # Italian and German write a decimal comma
    close(qtbot, preview)


def test_the_sync_preview_speaks_the_language(
    qtbot, win: MainWindow, language: str, workspace: Workspace, demo_package: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    save_config(workspace, target_config(str(folder)))
    win.actions_by_id["item.done"].trigger()
    with qtbot.waitSignal(win.sync.previewed, timeout=10_000):
        win.actions_by_id["file.sync_now"].trigger()
    preview = win.sync.preview
    assert preview is not None and preview.isVisible()
    assert english_left(preview, language, demo_package) == []
    head = preview.findChild(QLabel, "sync_preview_head").text()
    assert head.startswith({"it": "1 elemento in 1 file delta", "de": "1 Element in 1 Delta-Datei"}[language])
    close(qtbot, preview)


def test_a_refused_pseudonym_is_explained_in_the_language(
    qtbot, win: MainWindow, language: str, demo_package: Path
) -> None:
    win.actions_by_id["file.pseudonym"].trigger()
    dialog = shown(qtbot, win, QDialog, "pseudonym_dialog")
    field = dialog.findChild(QLineEdit, "pseudonym_field")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "Jane Doe")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    problem = dialog.findChild(QLabel, "pseudonym_problem")
    assert dialog.isVisible() and problem.isVisible()
    assert problem.text().startswith("«Jane Doe» contiene uno spazio" if language == "it" else "„Jane Doe“ enthält ein")
    assert english_left(dialog, language, demo_package) == []
    close(qtbot, dialog)


def test_the_key_editor_opened_from_help_speaks_the_language(
    qtbot, win: MainWindow, language: str, demo_package: Path
) -> None:
    # Help ▸ Change keys… runs the dialog modally: it is read, then cancelled, from inside its own event loop.
    said: list[Any] = []

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        said.append((dialog.objectName(), english_left(dialog, language, demo_package)))
        dialog.reject()

    QTimer.singleShot(0, read_and_cancel)
    win.actions_by_id["settings.keys"].trigger()
    assert said == [("keymap_dialog", [])]


def test_english_comes_back_for_every_dialog_after_a_translated_one(
    qtbot, workspace: Workspace, demo_package: Path
) -> None:
    apply_language("it")
    apply_language("en")
    window = open_window(qtbot, workspace, demo_package)
    window.actions_by_id["settings.open"].trigger()
    dialog = shown(qtbot, window, SettingsDialog, "settings_dialog")
    assert [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())][0] == "&General"
    assert QLocale().toString(4.5, "f", 1) == "4.5"
    close(qtbot, dialog)

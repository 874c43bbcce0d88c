"""The pseudonym is the annotator's choice: asked once before the first export, refused if it is not one,
changed later from File ▸ Pseudonym…, and the one the bundle carries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

from annotator.core.bundle import read_bundle
from annotator.core.workspace import Workspace
from annotator.ui.dialogs.pseudonym import PseudonymDialog
from annotator.ui.main_window import MainWindow
from tests.ui.windows import open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def fresh_workspace(tmp_path: Path):
    """A workspace whose annotator has never been asked (the shared fixture answers for them)."""
    ws = Workspace.open(tmp_path / "fresh")
    yield ws
    ws.close()


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def back_to_window(qtbot, window: MainWindow) -> None:
    """A window manager gives the window the keyboard back once its dialog closes; offscreen Qt does not."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def visible(window: MainWindow, kind, name: str):
    """The dialog of that kind on screen (each use opens one of its own)."""
    return next((d for d in window.findChildren(kind, name) if d.isVisible()), None)


def pseudonym_dialog(qtbot, window: MainWindow) -> PseudonymDialog:
    qtbot.waitUntil(lambda: visible(window, PseudonymDialog, "pseudonym_dialog") is not None)
    dialog = visible(window, PseudonymDialog, "pseudonym_dialog")
    qtbot.waitUntil(lambda: dialog.findChild(QLineEdit, "pseudonym_field").hasFocus())
    return dialog


def type_pseudonym(qtbot, dialog: PseudonymDialog, text: str) -> None:
    """Select what the field holds and type over it, then Enter, as a person does."""
    field = dialog.findChild(QLineEdit, "pseudonym_field")
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def export_to(qtbot, window: MainWindow, target: Path, step) -> str:
    """`step` (a key press) leads to the preview; Enter there, then the file dialog writes `target`.

    Returns the file name the dialog proposed."""
    with qtbot.waitSignal(window.export_previewed, timeout=10_000):
        step()
    qtbot.keyClick(window.export_preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible(window, QFileDialog, "export_dialog") is not None)
    dialog = visible(window, QFileDialog, "export_dialog")
    proposed = dialog.findChild(QLineEdit, "fileNameEdit").text()
    with qtbot.waitSignal(window.bundle_exported, timeout=10_000):
        dialog.fileSelected.emit(str(target))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the signal alone leaves the dialog open
    back_to_window(qtbot, window)
    return proposed


def test_the_first_export_asks_for_a_pseudonym_refuses_a_real_name_and_the_bundle_carries_it(
    qtbot, fresh_workspace: Workspace, demo_package: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, fresh_workspace, demo_package)
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    dialog = pseudonym_dialog(qtbot, window)
    text = dialog.findChild(QLabel, "pseudonym_text").text()
    assert "pseudonym" in text and "never by your real name" in text
    proposed = dialog.findChild(QLineEdit, "pseudonym_field").text()
    assert proposed.startswith("anon-")

    type_pseudonym(qtbot, dialog, "Jane Doe")
    assert dialog.isVisible(), "a name with a space is not a pseudonym"
    problem = dialog.findChild(QLabel, "pseudonym_problem")
    assert problem.isVisible() and "“Jane Doe” has a space" in problem.text()
    assert window.export_preview is None, "nothing is exported on a refused name"

    target = tmp_path / "out.bundle.json"
    export_to(qtbot, window, target, lambda: type_pseudonym(qtbot, dialog, "worker-7"))
    assert fresh_workspace.annotator_id() == "worker-7"
    assert read_bundle(target)["annotator"] == "worker-7"

    # Asked once: the next export goes straight to the preview.
    export_to(qtbot, window, tmp_path / "again.bundle.json", lambda: press(qtbot, window, Qt.Key.Key_E, CTRL))
    assert visible(window, PseudonymDialog, "pseudonym_dialog") is None


def test_escape_on_the_question_exports_nothing_and_asks_again_next_time(
    qtbot, fresh_workspace: Workspace, demo_package: Path
) -> None:
    window = open_window(qtbot, fresh_workspace, demo_package)
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    dialog = pseudonym_dialog(qtbot, window)
    qtbot.keyClick(dialog.findChild(QLineEdit, "pseudonym_field"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: visible(window, PseudonymDialog, "pseudonym_dialog") is None)
    assert window.export_preview is None
    back_to_window(qtbot, window)
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    pseudonym_dialog(qtbot, window)


def test_the_pseudonym_can_be_changed_later_from_the_file_menu(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    press(qtbot, window, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.AltModifier)  # File ▸ Pseudonym…
    dialog = pseudonym_dialog(qtbot, window)
    type_pseudonym(qtbot, dialog, "team/b")
    assert dialog.isVisible() and "cannot be used" in dialog.findChild(QLabel, "pseudonym_problem").text()
    type_pseudonym(qtbot, dialog, "team-b.42")
    qtbot.waitUntil(lambda: visible(window, PseudonymDialog, "pseudonym_dialog") is None)
    back_to_window(qtbot, window)
    assert workspace.annotator_id() == "team-b.42"
    target = tmp_path / "changed.bundle.json"
    proposed = export_to(qtbot, window, target, lambda: press(qtbot, window, Qt.Key.Key_E, CTRL))
    assert proposed == "demo.team-b.42.bundle.json"
    assert read_bundle(target)["annotator"] == "team-b.42"

"""The annotator's File ▸ Import review…: rejected items come back to do, the reason shows on them, and only once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from annotator.core.model import Status
from annotator.core.quality.review_bundle import Decision, build_review
from annotator.core.workspace import Workspace
from annotator.ui.dialogs.pseudonym import store_pseudonym
from annotator.ui.main_window import MainWindow
from annotator.ui.queue_model import StatusRole
from tests.core.quality.test_review_bundle import (
    AT,
    PACKAGE_ID,
    TEXTS,
    annotator_bundle,
    annotator_workspace,
    judgement,
    manifest_hash,
    review_file,
    text_package,
)
from tests.ui.windows import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
ALT = Qt.KeyboardModifier.AltModifier
REASON = "wrong label: <b>lovely</b> is positive"


@pytest.fixture
def done_by_ada(tmp_path: Path, qtbot):
    """ada has done every text; her window is open on the first one."""
    package = text_package(tmp_path / "pkg")
    annotator_bundle(tmp_path, package, "ada", {item_id: judgement("negative") for item_id in TEXTS})
    workspace = Workspace.open(annotator_workspace(tmp_path, "ada"))
    store_pseudonym(workspace, "ada")
    window = open_window(qtbot, workspace, package)
    yield package, window
    window.close()
    workspace.close()


def review_of(tmp_path: Path, package: Path, annotator: str = "ada") -> Path:
    document = build_review(
        package_id=PACKAGE_ID,
        manifest_sha256=manifest_hash(package),
        annotator=annotator,
        reviewer="lead",
        decisions=[
            Decision("t1", "text", "reject", REASON, AT),
            Decision("t2", "text", "accept", "", AT),
            Decision("t3", "text", "reject", "guideline not followed", AT),
        ],
    )
    folder = tmp_path / "from-lead"
    folder.mkdir(exist_ok=True)
    return review_file(folder, document)


def import_by_keys(qtbot, window: MainWindow, path: Path) -> None:
    """Ctrl+Alt+R, the path pasted into the file dialog's name box, Open clicked."""
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R, CTRL_ALT)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QFileDialog, "import_review_dialog")))
    dialog = next(d for d in window.findChildren(QFileDialog, "import_review_dialog") if d.isVisible())
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setFocus()
    name.setText(str(path))  # pasted: typed, the dialog's completer rewrites a path starting at the root
    # Offscreen, the dialog is never the active window, so its default button takes no Enter: a click it is.
    opener = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # a window manager gives the window the keyboard back; offscreen Qt does not
    qtbot.waitUntil(window.isActiveWindow)


def queue_status(window: MainWindow, item_id: str) -> str:
    return window.queue_model.index(window.session.index_of(item_id)).data(StatusRole)


def test_the_rejected_items_are_to_do_again_with_the_reason_on_them(qtbot, tmp_path: Path, done_by_ada) -> None:
    package, window = done_by_ada
    banner = window.feedback_panel.banner
    assert not banner.isVisible()
    review = review_of(tmp_path, package)
    with qtbot.waitSignal(window.review_import.imported, timeout=10_000):
        import_by_keys(qtbot, window, review)
    assert window.statusBar().currentMessage() == "2 items reopened: t1, t3 · 1 accepted"
    statuses = window.workspace.statuses(PACKAGE_ID)
    assert (statuses["t1"], statuses["t2"], statuses["t3"]) == (Status.TODO, Status.DONE, Status.TODO)
    assert (queue_status(window, "t1"), queue_status(window, "t2")) == ("todo", "done")
    assert "to do" in window.item_label.text()
    # t1 is on screen: the reason shows above it, as the reviewer wrote it (text, never markup).
    assert banner.isVisible() and banner.text() == f"↻ Reopened by lead: {REASON}"
    assert banner.textFormat() == Qt.TextFormat.PlainText

    with qtbot.waitSignal(window.item_shown):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    assert not banner.isVisible(), "an accepted item needs no banner"
    with qtbot.waitSignal(window.item_shown):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    assert banner.text() == "↻ Reopened by lead: guideline not followed"

    # ada redoes t3; the same review imported again reopens nothing.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert window.workspace.statuses(PACKAGE_ID)["t3"] == Status.DONE
    with qtbot.waitSignal(window.review_import.imported, timeout=10_000) as again:
        import_by_keys(qtbot, window, review)
    assert again.args[0].already_imported and again.args[0].reopened == ()
    assert "nothing new is reopened" in window.statusBar().currentMessage()
    assert window.workspace.statuses(PACKAGE_ID)["t3"] == Status.DONE


def test_another_annotators_review_is_refused_and_changes_nothing(qtbot, tmp_path: Path, done_by_ada) -> None:
    package, window = done_by_ada
    with qtbot.waitSignal(window.failed, timeout=10_000) as failed:
        import_by_keys(qtbot, window, review_of(tmp_path, package, annotator="bob"))
    assert "is a review of 'bob''s work; you are 'ada'" in failed.args[0]
    assert window.findChild(QMessageBox, "error_box") is not None
    assert set(window.workspace.statuses(PACKAGE_ID).values()) == {Status.DONE}


def test_a_damaged_review_is_refused_by_name(qtbot, tmp_path: Path, done_by_ada) -> None:
    package, window = done_by_ada
    review = review_of(tmp_path, package)
    review.write_bytes(review.read_bytes().replace(b"guideline", b"gu1deline"))
    with qtbot.waitSignal(window.failed, timeout=10_000) as failed:
        import_by_keys(qtbot, window, review)
    assert f"{review}: content_sha256 does not match" in failed.args[0]
    assert set(window.workspace.statuses(PACKAGE_ID).values()) == {Status.DONE}

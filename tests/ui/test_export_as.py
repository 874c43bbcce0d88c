"""File ▸ Export as… driven by keys: a label made in the editor reaches the chosen format's file, written in a worker."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.workspace import Workspace
from annotator.ui.dialogs.export_as import ExportAsDialog
from annotator.ui.dialogs.pseudonym import CHOSEN_SETTING, PseudonymDialog
from annotator.ui.main_window import MainWindow
from tests.ui.windows import open_window

NO = Qt.KeyboardModifier.NoModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TEXTS = [("t1", "Lovely staff, quick delivery."), ("t2", "Broken zipper."), ("t3", "Fine.")]


def text_package(folder: Path) -> Path:
    folder.mkdir(parents=True)
    document = {
        "format": "annotator.package",
        "schema_version": 1,
        "id": "texts",
        "title": "Texts",
        "instructions": "Pick the sentiment.",
        "labels": {
            "text": {
                "mode": "single",
                "labels": [{"name": "positive", "color": "#2ca02c"}, {"name": "negative", "color": "#d62728"}],
            }
        },
        "items": [{"id": item_id, "kind": "text", "text": text, "lang": "en"} for item_id, text in TEXTS],
    }
    (folder / "package.json").write_text(json.dumps(document), encoding="utf-8")
    return folder


def press(qtbot, key: Qt.Key, modifiers=NO) -> None:
    """A key pressed where the keyboard is, as a person presses it."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifiers)


def open_export_as(qtbot, window: MainWindow) -> ExportAsDialog:
    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.export_as_dialog, ExportAsDialog) and window.export_as_dialog.isVisible())
    dialog = window.export_as_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.format_list)
    return dialog


def row_of(dialog: ExportAsDialog, format_id: str):
    list_ = dialog.format_list
    return next(list_.item(r) for r in range(list_.count()) if list_.item(r).text().startswith(f"{format_id} — "))


def test_a_label_typed_in_the_editor_is_in_the_jsonl_written_from_export_as(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, text_package(tmp_path / "pkg"))
    press(qtbot, Qt.Key.Key_2)  # t1: negative
    qtbot.waitUntil(lambda: (workspace.item("texts", "t1").annotation or {}).get("labels") == ["negative"])
    dialog = open_export_as(qtbot, window)
    qtbot.keyClicks(dialog.format_list, "jsonl")  # type-ahead finds it
    assert dialog.selected_format() is not None and dialog.selected_format().id == "jsonl"
    target = tmp_path / "out" / "texts.jsonl"
    target.parent.mkdir()
    dialog.output.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as done:
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.progress.isVisible(), "a busy bar shows while the worker writes"
    assert done.args == [f"Wrote 1 file to {target} (1 annotated items of 3)."]
    assert dialog.status.text() == done.args[0] and not dialog.progress.isVisible()
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["t1", "t2", "t3"]
    assert rows[0]["labels"] == ["negative"] and rows[0]["annotator"] == workspace.annotator_id()
    assert rows[1]["labels"] == [] and rows[1]["status"] == "todo"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_formats_that_cannot_hold_the_package_kinds_are_greyed_out_with_the_reason(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, text_package(tmp_path / "pkg"))
    dialog = open_export_as(qtbot, window)
    coco = row_of(dialog, "coco")
    assert not coco.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "holds images only; this package has texts" in coco.text()
    assert coco.toolTip() == "holds images only; this package has texts"
    assert row_of(dialog, "srt").flags() & Qt.ItemFlag.ItemIsEnabled == Qt.ItemFlag.NoItemFlags
    assert row_of(dialog, "label-studio").flags() & Qt.ItemFlag.ItemIsEnabled
    # Arrow keys walk past every greyed-out format: only those that can take texts are ever chosen.
    chosen = {dialog.selected_format().id}
    for _ in range(dialog.format_list.count()):
        press(qtbot, Qt.Key.Key_Down)
        chosen.add(dialog.selected_format().id)
    assert chosen == {"csv", "csv-excel", "jsonl", "label-studio", "spacy-jsonl"}


def test_on_the_mixed_demo_a_format_says_which_items_it_leaves_out(qtbot, window: MainWindow) -> None:
    dialog = open_export_as(qtbot, window)
    assert "writes the texts; leaves out 6 images, 3 audio" in row_of(dialog, "jsonl").text()
    assert "leaves out" not in row_of(dialog, "label-studio").text()


def test_an_export_into_a_missing_folder_shows_an_error_naming_the_path(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, text_package(tmp_path / "pkg"))
    dialog = open_export_as(qtbot, window)
    qtbot.keyClicks(dialog.format_list, "jsonl")
    target = tmp_path / "no-such-folder" / "texts.jsonl"
    dialog.output.setText(str(target))
    with qtbot.waitSignal(window.failed, timeout=10_000) as failed:
        press(qtbot, Qt.Key.Key_Return)
    assert str(target) in failed.args[0] and "does not exist" in failed.args[0]
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible() and str(target) in box.text()
    assert not target.parent.exists()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.export_button.isEnabled(), "the dialog stays, to fix the path and retry"


def test_export_as_asks_the_pseudonym_first_as_export_bundle_does(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    workspace.set_setting(CHOSEN_SETTING, False)
    window = open_window(qtbot, workspace, text_package(tmp_path / "pkg"))
    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    question = window.findChild(PseudonymDialog, "pseudonym_dialog")
    assert question is not None and question.isVisible() and window.export_as_dialog is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is question.field)
    qtbot.keyClicks(question.field, "worker-7")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.export_as_dialog is not None and window.export_as_dialog.isVisible())
    assert workspace.annotator_id() == "worker-7"

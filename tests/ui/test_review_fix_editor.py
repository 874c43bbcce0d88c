"""The lead fixes a result in the usual editor of its kind (E), by the editor's keys; Ctrl+Return takes the fix, Esc nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from annotator.ui.review.fix_editor import FixEditorDialog
from annotator.ui.review.review_window import ReviewWindow
from tests.core.helpers import audio_bytes, manifest_dict, media_item, png_bytes, write_folder_package
from tests.core.quality.test_review_bundle import annotator_bundle, judgement, text_package
from tests.ui.test_review_window import CTRL, TEXTS, box, decision, open_review, press


def open_fix_editor(qtbot, window: ReviewWindow) -> FixEditorDialog:
    press(qtbot, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.fix_editor is not None and window.fix_editor.isVisible())
    dialog = window.fix_editor
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(
        lambda: dialog.editor.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is dialog.editor
    )
    return dialog


def back_in_review(qtbot, window: ReviewWindow, dialog: FixEditorDialog) -> None:
    qtbot.waitUntil(lambda: window.fix_editor is None and not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)


def key_of(text: str) -> Qt.Key:
    return QKeySequence(text)[0].key()


def test_a_text_is_fixed_by_a_label_key_in_the_sentiment_editor(qtbot, tmp_path: Path) -> None:
    package = text_package(tmp_path / "pkg", TEXTS)
    bundles = [
        annotator_bundle(tmp_path, package, "ada", {item_id: judgement("positive") for item_id in TEXTS}),
        annotator_bundle(tmp_path, package, "bob", {item_id: judgement("negative") for item_id in TEXTS}),
    ]
    window = open_review(qtbot, package, bundles, tmp_path / "review")
    assert window.current == ("t1", "ada")

    dialog = open_fix_editor(qtbot, window)
    editor = dialog.editor
    assert editor.objectName() == "sentiment_editor"
    assert editor.judgement()["labels"] == ["positive"], "it starts from ada's result"
    press(qtbot, key_of(editor.label_keys()["negative"]))
    assert editor.judgement()["labels"] == ["negative"]
    assert decision(window, "t1", "ada") == "", "nothing is decided while editing"
    press(qtbot, Qt.Key.Key_Return, CTRL)
    back_in_review(qtbot, window, dialog)

    taken = window.session.decision("t1", "ada")
    assert taken.decision == "fix" and taken.annotation["labels"] == ["negative"]
    assert decision(window, "t1", "ada") == "fix"
    assert window.current == ("t1", "bob"), "on to the next undecided result, as after F"

    press(qtbot, Qt.Key.Key_Z, CTRL)  # the fix undone, on its own result
    assert window.current == ("t1", "ada") and decision(window, "t1", "ada") == ""
    assert window.session.decision("t1", "ada") is None


def test_esc_leaves_the_result_undecided_and_the_editor_opens_again(qtbot, tmp_path: Path) -> None:
    package = text_package(tmp_path / "pkg", TEXTS)
    bundles = [annotator_bundle(tmp_path, package, "ada", {item_id: judgement("positive") for item_id in TEXTS})]
    window = open_review(qtbot, package, bundles, tmp_path / "review")

    dialog = open_fix_editor(qtbot, window)
    press(qtbot, key_of(dialog.editor.label_keys()["negative"]))
    press(qtbot, Qt.Key.Key_Escape)
    back_in_review(qtbot, window, dialog)
    assert window.session.decision("t1", "ada") is None and decision(window, "t1", "ada") == ""
    assert window.current == ("t1", "ada")

    # The scratch workspace was let go of, and the next edit starts from ada's result again.
    dialog = open_fix_editor(qtbot, window)
    assert dialog.editor.judgement()["labels"] == ["positive"]
    press(qtbot, Qt.Key.Key_Escape)
    back_in_review(qtbot, window, dialog)
    assert window.session.decisions == {}


def test_an_image_is_fixed_by_deleting_a_box_in_the_box_editor(qtbot, tmp_path: Path) -> None:
    image = png_bytes(200, 100, (128, 128, 128))
    package = write_folder_package(
        tmp_path / "pkg",
        manifest_dict([media_item("photo", "image", "media/photo.png", image)], id="rev-img"),
        {"media/photo.png": image},
    )
    cat, dog = box("b1", "cat", 10, 10, 70, 60), box("b2", "dog", 110, 20, 70, 60)
    bundles = [
        annotator_bundle(tmp_path, package, "ada", {"photo": {"boxes": [cat, dog], "verified": False}}),
        annotator_bundle(tmp_path, package, "bob", {"photo": {"boxes": [dog], "verified": False}}),
    ]
    window = open_review(qtbot, package, bundles, tmp_path / "review")
    assert window.current == ("photo", "ada")

    dialog = open_fix_editor(qtbot, window)
    editor = dialog.editor
    assert editor.objectName() == "box_editor"
    qtbot.waitUntil(lambda: editor.canvas.sceneRect().width() == 200)
    assert [b["id"] for b in editor.layer.boxes] == ["b1", "b2"], "it starts from ada's boxes"
    press(qtbot, Qt.Key.Key_Tab)  # select a box
    selected = editor.layer.selected
    assert selected in ("b1", "b2")
    press(qtbot, Qt.Key.Key_Delete)
    assert [b["id"] for b in editor.layer.boxes] == [b for b in ("b1", "b2") if b != selected]
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the editor's own undo, inside the dialog
    assert len(editor.layer.boxes) == 2
    press(qtbot, Qt.Key.Key_Tab)
    selected = editor.layer.selected
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    back_in_review(qtbot, window, dialog)

    taken = window.session.decision("photo", "ada")
    assert taken.decision == "fix"
    assert [b["id"] for b in taken.annotation["boxes"]] == [b for b in ("b1", "b2") if b != selected]
    assert window.session.decision("photo", "bob") is None


def test_an_audio_result_opens_in_the_transcription_editor(qtbot, tmp_path: Path, tap) -> None:
    sound = audio_bytes(seconds=1.0)
    package = write_folder_package(
        tmp_path / "pkg",
        manifest_dict([media_item("clip", "audio", "media/clip.wav", sound)], id="rev-aud"),
        {"media/clip.wav": sound},
    )
    said = {"segments": [{"start": 0.0, "end": 1.0, "text": "the cat sat", "speaker": None}]}
    bundles = [annotator_bundle(tmp_path, package, "ada", {"clip": said})]
    window = open_review(qtbot, package, bundles, tmp_path / "review")

    dialog = open_fix_editor(qtbot, window)
    assert dialog.editor.objectName() == "transcription_editor"
    press(qtbot, Qt.Key.Key_Return, CTRL)  # taken as it stands: ada's transcript
    back_in_review(qtbot, window, dialog)
    taken = window.session.decision("clip", "ada")
    assert taken.decision == "fix" and [s["text"] for s in taken.annotation["segments"]] == ["the cat sat"]

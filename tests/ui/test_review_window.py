"""The lead's review window, by keyboard: accept, reject with a reason, fix by a digit, undo, filter, write, resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.quality import review_session
from annotator.core.quality.review_bundle import read_review
from annotator.ui.review.reason_dialog import EMPTY_REFUSED
from annotator.ui.review.review_queue import DecisionRole
from annotator.ui.review.review_window import ReviewWindow
from tests.core.helpers import audio_bytes, manifest_dict, media_item, png_bytes, write_folder_package
from tests.core.quality.test_review_bundle import annotator_bundle, judgement, text_package

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TEXTS = {
    "t1": "The staff were lovely.",
    "t2": "Cold soup, <b>rude</b> waiter.",
    "t3": "It was fine, I suppose.",
}


def press(qtbot, key: Qt.Key, modifiers=NO) -> None:
    """A key pressed where the keyboard is, as a person presses it."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifiers)


def type_text(qtbot, text: str) -> None:
    """Typed a character at a time where the keyboard is (the first may move it, as it does for a person)."""
    for character in text:
        qtbot.keyClicks(QApplication.focusWidget(), character)


def open_review(qtbot, package: Path, bundles: list[Path], folder: Path) -> ReviewWindow:
    window = ReviewWindow(reviewer="lead")
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignals([window.review_loaded, window.result_shown], timeout=10_000):
        window.open_review(package, bundles, folder=folder)
    return window


def on_screen(window: ReviewWindow) -> tuple[str, str] | None:
    return window.current


def decision(window: ReviewWindow, item_id: str, annotator: str) -> str:
    row = window.model.row_of(item_id, annotator)
    return window.model.index(row, 0).data(DecisionRole)


@pytest.fixture
def texts_reviewed(tmp_path: Path) -> tuple[Path, list[Path]]:
    """Three annotators' bundles of three texts: t1 agreed, t2 and t3 not."""
    package = text_package(tmp_path / "pkg", TEXTS)
    bundles = [
        annotator_bundle(
            tmp_path,
            package,
            "ada",
            {"t1": judgement("positive"), "t2": judgement("positive"), "t3": judgement("negative")},
        ),
        annotator_bundle(
            tmp_path,
            package,
            "bob",
            {"t1": judgement("positive"), "t2": judgement("negative"), "t3": judgement("negative", unsure=True)},
        ),
        annotator_bundle(
            tmp_path,
            package,
            "cy",
            {"t1": judgement("positive"), "t2": judgement("positive"), "t3": judgement("positive")},
            comments={"t1": "<i>not markup</i>"},
        ),
    ]
    return package, bundles


def reject_with_chip(qtbot, window: ReviewWindow, chip: Qt.Key, words: str) -> None:
    press(qtbot, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.reason_dialog is not None and window.reason_dialog.isVisible())
    dialog = window.reason_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, chip)
    type_text(qtbot, words)  # the first character moves the keyboard into the text box
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)


def test_a_review_by_keyboard_is_written_as_review_bundles(qtbot, tmp_path: Path, texts_reviewed) -> None:
    package, bundles = texts_reviewed
    window = open_review(qtbot, package, bundles, tmp_path / "review")
    assert window.model.rowCount() == 9 and on_screen(window) == ("t1", "ada")
    text_view = window.views.text_view
    assert text_view.text.toPlainText() == TEXTS["t1"]
    cells = [text_view.table.item(r, 3).text() for r in range(3)]
    assert cells == ["", "", "<i>not markup</i>"]  # a comment is shown as typed

    press(qtbot, Qt.Key.Key_A)  # accept: on to the next undecided result
    assert decision(window, "t1", "ada") == "accept"
    assert on_screen(window) == ("t1", "bob") and text_view.current_row() == 1
    press(qtbot, Qt.Key.Key_J)
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_Down)
    assert on_screen(window) == ("t1", "cy") and text_view.current_row() == 2

    reject_with_chip(qtbot, window, Qt.Key.Key_5, "look at rule 3")
    assert on_screen(window) == ("t2", "ada")
    assert window.session.decision("t1", "cy").reason == "guideline not followed: look at rule 3"
    assert text_view.text.toPlainText() == TEXTS["t2"], "the item's text is plain, never markup"

    # An empty reason is refused and Esc leaves the result undecided.
    press(qtbot, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.reason_dialog is not None and window.reason_dialog.isVisible())
    dialog = window.reason_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == EMPTY_REFUSED
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)
    assert decision(window, "t2", "ada") == ""

    # Fix by a digit of the schema's labels, then Enter.
    press(qtbot, Qt.Key.Key_F)
    assert "1 positive · 2 negative" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_2)
    assert "chosen: negative" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_Return)
    assert window.session.decision("t2", "ada").annotation["labels"] == ["negative"]
    assert on_screen(window) == ("t2", "bob")

    press(qtbot, Qt.Key.Key_Z, CTRL)  # the fix undone, on its own result
    assert on_screen(window) == ("t2", "ada") and decision(window, "t2", "ada") == ""
    assert window.session.decision("t2", "ada") is None
    press(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert decision(window, "t2", "ada") == "fix"
    assert window.progress_label.text() == "3 of 9 results decided"

    # The disagreements: t2 and t3, each with its three results.
    press(qtbot, Qt.Key.Key_L, CTRL)
    popup = window.filter_box.view()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(3):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.filter_box.currentText() == "Disagreements")
    listed = {window.filter.index(r, 0).data() for r in range(window.filter.rowCount())}
    assert listed == {"t2", "t3"} and window.filter.rowCount() == 6
    window.queue_view.setFocus()
    press(qtbot, Qt.Key.Key_J)
    assert on_screen(window)[0] in ("t2", "t3")

    with qtbot.waitSignal(window.reviews_written, timeout=10_000) as written:
        press(qtbot, Qt.Key.Key_S, CTRL)
    paths = [Path(p) for p in written.args[0]]
    assert str(tmp_path / "review") in window.statusBar().currentMessage()
    reviews = {doc["annotator"]: doc for doc in map(read_review, paths)}
    assert sorted(reviews) == ["ada", "cy"]
    ada = {d["item_id"]: d for d in reviews["ada"]["decisions"]}
    assert (ada["t1"]["decision"], ada["t2"]["decision"]) == ("accept", "fix")
    assert ada["t2"]["annotation"] == judgement("negative")
    assert reviews["cy"]["decisions"] == [
        {
            "item_id": "t1",
            "kind": "text",
            "decision": "reject",
            "reason": "guideline not followed: look at rule 3",
            "at": reviews["cy"]["decisions"][0]["at"],
        }
    ]
    assert {doc["reviewer"] for doc in reviews.values()} == {"lead"}


def test_the_state_file_resumes_in_a_new_window(qtbot, tmp_path: Path, texts_reviewed) -> None:
    package, bundles = texts_reviewed
    first = open_review(qtbot, package, bundles, tmp_path / "review")
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_A)
    first.close()
    state = json.loads((tmp_path / "review" / "review-state.json").read_bytes())
    assert [(row["item_id"], row["annotator"]) for row in state["decisions"]] == [("t1", "ada"), ("t1", "bob")]
    again = open_review(qtbot, package, bundles, tmp_path / "review")
    assert (decision(again, "t1", "ada"), decision(again, "t1", "bob")) == ("accept", "accept")
    assert on_screen(again) == ("t1", "cy"), "it goes on where the lead left off"
    assert "Resumed: 2 decisions" in again.statusBar().currentMessage()
    assert again.progress_label.text() == "2 of 9 results decided"


def test_a_decision_that_cannot_be_saved_is_not_shown_as_taken(
    qtbot, tmp_path: Path, texts_reviewed, monkeypatch
) -> None:
    package, bundles = texts_reviewed
    window = open_review(qtbot, package, bundles, tmp_path / "review")

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(review_session, "write_atomic", full_disk)
    with qtbot.waitSignal(window.failed) as failed:
        press(qtbot, Qt.Key.Key_A)
    assert "No space left on device" in failed.args[0]
    assert window.findChild(QMessageBox, "error_box").isVisible()
    assert decision(window, "t1", "ada") == "" and window.session.decision("t1", "ada") is None
    assert on_screen(window) == ("t1", "ada") and not window.undo_stack.canUndo()


def test_the_queue_model_passes_the_model_tester(qtmodeltester, qtbot, tmp_path: Path, texts_reviewed) -> None:
    package, bundles = texts_reviewed
    window = open_review(qtbot, package, bundles, tmp_path / "review")
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.filter)


def test_help_keys_lists_the_action_table(qtbot, tmp_path: Path, texts_reviewed) -> None:
    package, bundles = texts_reviewed
    window = open_review(qtbot, package, bundles, tmp_path / "review")
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.keys_dialog is not None and window.keys_dialog.isVisible())
    rows = dict((action, keys) for keys, action in window.keys_dialog.rows())
    assert rows["Next result"] == "J, Down" and rows["Reject…"] == "R" and rows["Pick 1–9"] == "1 … 9"


def test_a_bundle_of_another_package_is_named_in_the_error(qtbot, tmp_path: Path, texts_reviewed) -> None:
    package, bundles = texts_reviewed
    other = text_package(tmp_path / "other", {"x1": "Another text."}, package_id="other-pkg")
    stray = annotator_bundle(tmp_path / "o", other, "dee", {"x1": judgement("positive")})
    window = ReviewWindow(reviewer="lead")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.failed, timeout=10_000) as failed:
        window.open_review(package, [bundles[0], stray], folder=tmp_path / "review")
    assert f"{stray}: bundle is for package 'other-pkg', not 'rev-pkg'" in failed.args[0]
    assert window.result_label.text() == "The review could not be opened."


# -- images and audio -------------------------------------------------------------------------------


def box(box_id: str, label: str, x: float, y: float, w: float, h: float) -> dict:
    return {"id": box_id, "label": label, "x": x, "y": y, "w": w, "h": h, "attributes": [], "source": "user"}


def near(color: QColor, wanted: QColor) -> bool:
    return (
        max(abs(color.red() - wanted.red()), abs(color.green() - wanted.green()), abs(color.blue() - wanted.blue()))
        < 40
    )


def test_an_image_shows_each_annotators_boxes_in_a_colour_of_their_own(qtbot, tmp_path: Path) -> None:
    image = png_bytes(200, 100, (128, 128, 128))
    package = write_folder_package(
        tmp_path / "pkg",
        manifest_dict([media_item("photo", "image", "media/photo.png", image)], id="rev-img"),
        {"media/photo.png": image},
    )
    ada_box, bob_box = box("b1", "cat", 10, 10, 70, 60), box("b1", "dog", 110, 20, 70, 60)
    bundles = [
        annotator_bundle(tmp_path, package, "ada", {"photo": {"boxes": [ada_box], "verified": False}}),
        annotator_bundle(tmp_path, package, "bob", {"photo": {"boxes": [bob_box], "verified": False}}),
    ]
    window = open_review(qtbot, package, bundles, tmp_path / "review")
    view = window.views.image_view
    layers = view.layers()
    (ada_color, ada_boxes), (bob_color, bob_boxes) = layers["ada"], layers["bob"]
    assert ada_color != bob_color and ada_boxes == [ada_box] and bob_boxes == [bob_box]
    assert view.top_annotator() == "ada"
    assert [view.legend.itemAt(i).widget().text() for i in range(2)] == ["■ ada · 1 box", "■ bob · 1 box"]
    assert view.view.sceneRect().width() == 200, view.message.text()

    def colour_on_left_edge(b: dict) -> list[QColor]:
        grabbed = view.view.viewport().grab().toImage()
        point = view.view.mapFromScene(b["x"], b["y"] + b["h"] * 0.75)
        return [grabbed.pixelColor(point.x() + dx, point.y()) for dx in (-1, 0, 1)]

    assert any(near(c, ada_color) for c in colour_on_left_edge(ada_box)), "ada's box in ada's colour"
    assert any(near(c, bob_color) for c in colour_on_left_edge(bob_box)), "bob's box in bob's colour"
    press(qtbot, Qt.Key.Key_J)
    assert view.top_annotator() == "bob"

    # Fixing an image picks whose boxes win.
    press(qtbot, Qt.Key.Key_F)
    assert "1 ada · 2 bob" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Enter)
    assert window.session.decision("photo", "bob").annotation["boxes"] == [ada_box]


def review_two_transcripts(qtbot, tmp_path: Path, ada_said: str, bob_said: str) -> ReviewWindow:
    """The review window on one audio clip that ada and bob each transcribed as one segment."""
    sound = audio_bytes(seconds=1.0)
    package = write_folder_package(
        tmp_path / "pkg",
        manifest_dict([media_item("clip", "audio", "media/clip.wav", sound)], id="rev-aud"),
        {"media/clip.wav": sound},
    )

    def said(text: str) -> dict:
        return {"segments": [{"start": 0.0, "end": 1.0, "text": text, "speaker": None}]}

    bundles = [
        annotator_bundle(tmp_path, package, "ada", {"clip": said(ada_said)}),
        annotator_bundle(tmp_path, package, "bob", {"clip": said(bob_said)}),
    ]
    return open_review(qtbot, package, bundles, tmp_path / "review")


def test_audio_transcripts_are_diffed_word_by_word_against_the_first(qtbot, tmp_path: Path) -> None:
    window = review_two_transcripts(qtbot, tmp_path, "the cat sat", "the <b>cat</b> sat down")
    document = window.views.audio_view.document
    text = document.toPlainText()
    assert "▶ ada" in text and "bob  (3 words differ from ada)" in text
    assert "<b>cat</b>" in text, "a transcript is text, never markup"
    struck, added = [], []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().fontStrikeOut():
                struck.append(fragment.text())
            elif fragment.charFormat().fontUnderline():
                added.append(fragment.text())
            fragments += 1
        block = block.next()
    assert struck == ["cat"] and added == ["<b>cat</b>", "down"]


def test_the_command_names_a_missing_bundle_before_any_window_opens(tmp_path: Path, capsys) -> None:
    from annotator.cli import EXIT_INVALID, main

    package = text_package(tmp_path / "pkg", TEXTS)
    missing = tmp_path / "bundles" / "nobody.bundle.json"
    assert main(["--data-dir", str(tmp_path / "data"), "review", str(package), str(missing)]) == EXIT_INVALID
    assert f"error: {missing}:" in capsys.readouterr().err
    assert not (tmp_path / "data").exists(), "nothing is written for a refused command"

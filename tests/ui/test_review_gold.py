"""Gold in the review window, by keyboard: a team's bundles with the answer key, gold items marked with their score,
the gold failures listed, the answer shown beside the results, and the written review applied by the annotator."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.model import Item, Status
from annotator.core.quality.review_bundle import apply_review, feedback_for, read_review
from annotator.core.quality.review_session import Result
from annotator.core.workspace import Workspace
from annotator.ui.review.image_overlay import ANSWER_COLOR, ANSWER_KEY
from annotator.ui.review.result_views import AudioResultView, annotator_colors
from annotator.ui.review.review_queue import GOLD_COLUMN
from annotator.ui.review.review_window import ReviewWindow
from tests.core.quality.test_gold_and_merge import IMAGE_GOLD, Team
from tests.core.quality.test_review_bundle import annotator_bundle, judgement, text_package
from tests.ui.test_review_window import near, on_screen, press, reject_with_chip

CTRL = Qt.KeyboardModifier.ControlModifier


def open_with_key(qtbot, team: Team, bundles: list[Path], folder: Path) -> ReviewWindow:
    window = ReviewWindow(reviewer="lead")
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignals([window.review_loaded, window.result_shown], timeout=10_000):
        window.open_review(team.source, bundles, folder=folder, key=team.key_path)
    return window


def gold_cell(window: ReviewWindow, item_id: str, annotator: str) -> str:
    return window.model.index(window.model.row_of(item_id, annotator), GOLD_COLUMN).data()


def choose_list(qtbot, window: ReviewWindow, text: str) -> None:
    """Ctrl+L, then Down in the popup until `text`, then Enter."""
    press(qtbot, Qt.Key.Key_L, CTRL)
    popup = window.filter_box.view()
    qtbot.waitUntil(popup.isVisible)
    steps = window.filter_box.findText(text) - window.filter_box.currentIndex()
    for _ in range(steps):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.filter_box.currentText() == text)
    window.queue_view.setFocus()


@pytest.fixture
def texts(tmp_path: Path) -> Team:
    return Team(tmp_path, "text")


def test_a_gold_failure_is_listed_rejected_and_reopened_on_the_annotators_side(
    qtbot, tmp_path: Path, texts: Team
) -> None:
    # The folder the bundles are in, as `sync --pull-bundles` leaves them.
    window = open_with_key(qtbot, texts, [tmp_path], tmp_path / "review")
    assert not window.queue_view.isColumnHidden(GOLD_COLUMN)
    assert window.model.headerData(GOLD_COLUMN, Qt.Orientation.Horizontal) == "Gold"
    assert (gold_cell(window, "g1", "ada"), gold_cell(window, "g2", "bo")) == ("✓ 1.00", "✗ 0.00")
    assert gold_cell(window, "g3", "cy") == "–" and gold_cell(window, "t01", "bo") == ""
    items = [window.model.result(row).item_id for row in range(window.model.rowCount())]
    assert items[-9:] == ["g1"] * 3 + ["g2"] * 3 + ["g3"] * 3, "gold items come after the package's"

    choose_list(qtbot, window, "Gold failures")
    assert window.filter_box.currentIndex() == 4  # after All, Undecided, Rejected, Disagreements
    listed = [
        (window.filter.index(r, 0).data(), window.filter.index(r, 1).data()) for r in range(window.filter.rowCount())
    ]
    assert listed == [("g1", "cy"), ("g2", "bo")]
    assert on_screen(window) == ("g1", "cy")
    assert "gold item failed: accuracy 0.00" in window.result_label.text()
    table = window.views.text_view.table
    rows = [[table.item(r, c).text() for c in range(2)] for r in range(table.rowCount())]
    assert rows == [["ada", "positive"], ["bo", "positive"], ["cy", "negative"], [ANSWER_KEY, "positive"]]
    assert table.item(3, 0).font().italic(), "the answer key's row looks unlike an annotator's"
    assert window.views.text_view.text.toPlainText() == "review number 13: a stay"

    press(qtbot, Qt.Key.Key_J)
    assert on_screen(window) == ("g2", "bo")
    reject_with_chip(qtbot, window, Qt.Key.Key_1, "it says a stay, not a good one")
    assert window.session.decision("g2", "bo").reason == "wrong label: it says a stay, not a good one"

    with qtbot.waitSignal(window.reviews_written, timeout=10_000) as written:
        press(qtbot, Qt.Key.Key_S, CTRL)
    (path,) = [Path(p) for p in written.args[0]]
    review = read_review(path)
    record = texts.key.package("hotel-bo")
    own = {key_id: item_id for item_id, key_id in record.items.items()}
    assert review["annotator"] == "bo"
    assert review["package"] == {"id": "hotel-bo", "manifest_sha256": record.manifest_sha256}
    assert [d["item_id"] for d in review["decisions"]] == [own["g2"]]
    assert own["g2"] != "g2", "bo's package never shows the gold id"

    # On bo's side: the workspace that opened bo's team package takes the review and reopens the item.
    with Workspace.open(tmp_path / "workspaces" / "bo") as workspace:
        workspace.set_setting("annotator_id", "bo")
        assert workspace.statuses("hotel-bo")[own["g2"]] is Status.DONE
        applied = apply_review(workspace, review, file=str(path))
        assert applied.reopened == (own["g2"],)
        assert workspace.statuses("hotel-bo")[own["g2"]] is Status.TODO
        assert feedback_for(workspace, "hotel-bo", own["g2"])["reason"] == review["decisions"][0]["reason"]


def test_without_a_key_there_is_no_gold_column_or_list(qtbot, tmp_path: Path) -> None:
    package = text_package(tmp_path / "pkg")
    bundle = annotator_bundle(tmp_path, package, "ada", {"t1": judgement("positive")})
    window = ReviewWindow(reviewer="lead")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignals([window.review_loaded, window.result_shown], timeout=10_000):
        window.open_review(package, [bundle], folder=tmp_path / "review")
    assert window.queue_view.isColumnHidden(GOLD_COLUMN)
    assert window.filter_box.findText("Gold failures") == -1


def test_a_gold_image_shows_the_answer_keys_boxes_in_their_own_colour(qtbot, tmp_path: Path) -> None:
    images = Team(tmp_path, "image")
    window = open_with_key(qtbot, images, images.bundle_paths, tmp_path / "review")
    with qtbot.waitSignal(window.result_shown, timeout=10_000):  # once its image, from a team package, is on screen
        choose_list(qtbot, window, "Gold failures")
    assert on_screen(window) == ("gB", "bo")
    view = window.views.image_view
    assert view.view.sceneRect().width() == 40 and not view.message.isVisible()
    layers = view.layers()
    answer_color, answer_boxes = layers[ANSWER_KEY]
    assert answer_color == ANSWER_COLOR and answer_boxes == IMAGE_GOLD["gB"]
    assert all(answer_color != layers[who][0] for who in ("ada", "bo", "cy"))
    assert view.top_annotator() == "bo"
    legend = [view.legend.itemAt(i).widget().text() for i in range(view.legend.count() - 1)]
    assert legend[-1] == "■ answer key · 1 box"

    gold = IMAGE_GOLD["gB"][0]
    grabbed = view.view.viewport().grab().toImage()
    point = view.view.mapFromScene(gold["x"], gold["y"] + gold["h"] * 0.75)
    edge = [grabbed.pixelColor(point.x() + dx, point.y()) for dx in (-1, 0, 1)]
    assert any(near(colour, ANSWER_COLOR) for colour in edge), "the answer's box is drawn in its colour"


def test_a_gold_transcript_is_the_one_the_others_are_marked_against(qtbot) -> None:
    def said(text: str) -> dict:
        return {"segments": [{"start": 0.0, "end": 1.0, "text": text, "speaker": None}]}

    view = AudioResultView()
    qtbot.addWidget(view)
    results = [Result("clip", "audio", "ada", "done", said("the cat sat"), "", 1000)]
    colors = annotator_colors(["ada"])
    view.show_item(Item("clip", "audio"), results, current="ada", colors=colors, answer=said("the cat sat down"))
    text = view.document.toPlainText()
    assert text.index(ANSWER_KEY) < text.index("▶ ada  (1 word differ from answer key)")
    assert "answer key has and this one lacks" in view.note.text()


def test_a_key_away_from_its_team_packages_still_reviews_and_says_what_it_cannot_show(qtbot, tmp_path: Path) -> None:
    images = Team(tmp_path, "image")
    alone = tmp_path / "key-alone" / "answer-key.json"
    alone.parent.mkdir()
    shutil.copy(images.key_path, alone)
    images.key_path = alone
    window = open_with_key(qtbot, images, images.bundle_paths, tmp_path / "review")
    assert "No team package in the answer key's team folder holds the media of gold item gA, gB" in (
        window.statusBar().currentMessage()
    )
    with qtbot.waitSignal(window.result_shown, timeout=10_000):
        choose_list(qtbot, window, "Gold failures")
    view = window.views.image_view
    assert view.message.isVisible() and "cannot be shown" in view.message.text(), view.message.text()
    assert view.layers()[ANSWER_KEY][1] == IMAGE_GOLD["gB"], "the boxes are compared all the same"

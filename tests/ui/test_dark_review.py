"""A theme switch re-colours what is open: the review window (queue marks, legend, transcripts), the main window's
queue dots, the dashboard's bars and the review banner, and back again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from annotator.core.workspace import Workspace
from annotator.ui import theme
from annotator.ui.dashboard import DashboardDialog
from annotator.ui.review.feedback import FeedbackPanel, banner_style
from annotator.ui.review.result_views import annotator_colors
from annotator.ui.review.review_queue import DECISION_COLUMN
from tests.core.helpers import manifest_dict, media_item, png_bytes, write_folder_package
from tests.core.quality.test_review_bundle import annotator_bundle
from tests.e2e.dashboard_shot import seed as seed_a_week
from tests.ui.test_review_window import box, open_review, press, review_two_transcripts
from tests.ui.windows import open_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WINDOW_TEXT = QPalette.ColorRole.WindowText


@pytest.fixture(autouse=True)
def light_first(qapp) -> Iterator[None]:
    """Each test starts light; the theme is the whole app's, so the next tests get the default back."""
    theme.apply_theme("light")
    yield
    theme.apply_theme("system")


@pytest.fixture
def a_week_of_work(tmp_path: Path, demo_package: Path) -> Iterator[Workspace]:
    """The demo's workspace with done items, and active time on six of the last seven days."""
    seed_a_week(tmp_path / "ws", demo_package)
    workspace = Workspace.open(tmp_path / "ws")
    yield workspace
    workspace.close()


def shade(name: str, *, dark: bool) -> QColor:
    light_dark = theme.TONES.get(name) or theme.MARK_TONES.get(name) or theme.BACKDROP_TONES[name]
    return QColor(light_dark[dark])


def text_colour(label: QLabel) -> QColor:
    return label.palette().color(WINDOW_TEXT)


def colours_in(widget: QWidget) -> set[int]:
    """Every colour (as 0xRRGGBB) painted in the widget."""
    image = widget.grab().toImage()
    return {image.pixel(x, y) & 0xFFFFFF for y in range(image.height()) for x in range(image.width())}


def switch(qtbot, choice: str, settled) -> None:
    """Apply a theme as the settings dialog does; Qt passes the change on through the event loop."""
    theme.apply_theme(choice)
    qtbot.waitUntil(settled, timeout=3000)


def test_the_review_windows_marks_and_legend_follow_a_switch_and_back(qtbot, tmp_path: Path) -> None:
    image = png_bytes(200, 100, (128, 128, 128))
    package = write_folder_package(
        tmp_path / "pkg",
        manifest_dict([media_item("photo", "image", "media/photo.png", image)], id="rev-img"),
        {"media/photo.png": image},
    )
    bundles = [
        annotator_bundle(
            tmp_path, package, "ada", {"photo": {"boxes": [box("b1", "cat", 10, 10, 70, 60)], "verified": False}}
        ),
        annotator_bundle(
            tmp_path, package, "bob", {"photo": {"boxes": [box("b1", "dog", 110, 20, 70, 60)], "verified": False}}
        ),
    ]
    window = open_review(qtbot, package, bundles, tmp_path / "review")
    press(qtbot, Qt.Key.Key_A)  # ada's result accepted: its decision cell is green
    accepted = window.filter.index(window.model.row_of("photo", "ada"), DECISION_COLUMN)
    legend = window.findChild(QLabel, "legend_ada")
    ada = annotator_colors(["ada", "bob"])["ada"]

    def decision_colour() -> QColor:
        return accepted.data(Qt.ItemDataRole.ForegroundRole)

    light_legend = text_colour(legend)
    assert decision_colour() == shade("ok", dark=False)
    assert theme.contrast_ratio(light_legend, QApplication.palette().color(QPalette.ColorRole.Window)) >= 4.5
    assert light_legend.hslHue() == pytest.approx(ada.hslHue(), abs=6), "the legend keeps ada's hue"

    switch(qtbot, "dark", lambda: text_colour(legend) != light_legend)
    assert decision_colour() == shade("ok", dark=True)
    dark_legend = text_colour(legend)
    assert theme.contrast_ratio(dark_legend, QApplication.palette().color(QPalette.ColorRole.Window)) >= 4.5
    assert dark_legend.lightness() > light_legend.lightness()

    switch(qtbot, "light", lambda: text_colour(legend) == light_legend)
    assert decision_colour() == shade("ok", dark=False)


def test_the_transcripts_are_written_again_in_the_new_themes_colours(qtbot, tmp_path: Path) -> None:
    window = review_two_transcripts(qtbot, tmp_path, "the cat sat", "the dog sat")
    view = window.views.audio_view
    shown: list[str] = []
    view.item_shown.connect(shown.append)
    text = view.document.toPlainText()

    def backdrops() -> tuple[QColor, QColor]:
        """The current transcript's block backdrop, and the backdrop of the word bob lacks ("cat")."""
        current = view.document.begin().blockFormat().background().color()
        block = view.document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().fontStrikeOut():
                    return current, fragment.charFormat().background().color()
                fragments += 1
            block = block.next()
        raise AssertionError("no struck-out word")

    assert backdrops() == (shade("current_backdrop", dark=False), shade("deleted_backdrop", dark=False))
    switch(qtbot, "dark", lambda: backdrops()[0] == shade("current_backdrop", dark=True))
    assert backdrops()[1] == shade("deleted_backdrop", dark=True)
    assert view.document.toPlainText() == text and shown == [], "the same transcripts, and no new result shown"
    switch(
        qtbot,
        "light",
        lambda: backdrops() == (shade("current_backdrop", dark=False), shade("deleted_backdrop", dark=False)),
    )


def test_the_queue_dots_and_the_dashboard_bars_follow_a_switch_and_back(
    qtbot, a_week_of_work: Workspace, demo_package: Path
) -> None:
    window = open_window(qtbot, a_week_of_work, demo_package)
    first = window.queue_view.model().index(0, 0)

    def dot() -> QColor:
        return first.data(Qt.ItemDataRole.DecorationRole).pixmap(12, 12).toImage().pixelColor(6, 6)

    assert dot() == shade("status_done", dark=False)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, CTRL_SHIFT)  # Your day (dashboard)
    qtbot.waitUntil(lambda: window.findChild(DashboardDialog, "dashboard") is not None)
    board = window.findChild(DashboardDialog, "dashboard")
    qtbot.waitUntil(board.isVisible)

    def bars(*, dark: bool) -> set[int]:
        return {shade("bar", dark=dark).rgb() & 0xFFFFFF, shade("bar_today", dark=dark).rgb() & 0xFFFFFF}

    def bars_drawn() -> set[int]:
        return colours_in(board.chart) & (bars(dark=False) | bars(dark=True))

    assert bars_drawn() == bars(dark=False)
    switch(qtbot, "dark", lambda: dot() == shade("status_done", dark=True))
    qtbot.waitUntil(lambda: bars_drawn() == bars(dark=True))
    switch(qtbot, "light", lambda: dot() == shade("status_done", dark=False))
    qtbot.waitUntil(lambda: bars_drawn() == bars(dark=False))


def test_the_review_banner_keeps_its_decisions_colours_through_a_switch(qtbot) -> None:
    panel = FeedbackPanel(QLabel("the editor"))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_feedback({"decision": "reject", "reviewer": "lead", "reason": "wrong label"})
    panel.show_feedback({"decision": "fix", "reviewer": "lead", "reason": ""})  # a later item: another banner
    assert panel.banner.styleSheet() == banner_style("fix", dark=False)
    switch(qtbot, "dark", lambda: panel.banner.styleSheet() == banner_style("fix", dark=True))
    switch(qtbot, "light", lambda: panel.banner.styleSheet() == banner_style("fix", dark=False))


def test_a_kept_tone_inside_a_window_follows_a_switch(qtbot) -> None:
    # Qt tells only the window of the change; a label inside it hears of it from its parent.
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Clash with Ctrl+S")
    QVBoxLayout(window).addWidget(label)
    theme.keep_tone(label, "error")
    window.show()
    assert text_colour(label) == shade("error", dark=False)
    switch(qtbot, "dark", lambda: text_colour(label) == shade("error", dark=True))
    switch(qtbot, "light", lambda: text_colour(label) == shade("error", dark=False))

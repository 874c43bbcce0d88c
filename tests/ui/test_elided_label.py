"""The eliding label: cut with "…" to the width it gets, the full text kept in text(), tooltip and accessible name."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from annotator.ui.widgets.elided_label import ELLIPSIS, ElidedLabel

LONG = "Element 12 von 54: img-kaffeetasse-auf-dem-tisch (Bild) — zu erledigen, noch nicht begonnen"


def shown(qtbot, text: str, width: int) -> ElidedLabel:
    label = ElidedLabel(text)
    qtbot.addWidget(label)
    label.setFixedWidth(width)
    label.show()
    qtbot.waitExposed(label)
    return label


def test_a_text_too_wide_is_cut_with_an_ellipsis_that_fits_the_width(qtbot) -> None:
    label = shown(qtbot, LONG, 160)
    painted = label.shown_text()
    assert painted.endswith(ELLIPSIS) and LONG.startswith(painted.removesuffix(ELLIPSIS))
    assert len(painted) > 5  # the start of the line, not only the ellipsis
    assert label.fontMetrics().horizontalAdvance(painted) <= label.contentsRect().width()
    assert label.text() == LONG and label.is_elided()


def test_the_full_text_is_in_the_tooltip_and_for_screen_readers(qtbot) -> None:
    label = shown(qtbot, LONG, 160)
    assert label.toolTip() == LONG
    assert label.accessibleName() == LONG
    assert label.accessibleDescription() == LONG  # said while the eye sees it cut


def test_a_text_that_fits_is_shown_whole(qtbot) -> None:
    label = shown(qtbot, "Item 3 of 54", 400)
    assert label.shown_text() == "Item 3 of 54" and not label.is_elided()
    assert label.toolTip() == "Item 3 of 54" and label.accessibleDescription() == ""


def test_the_cut_follows_resizes_and_new_texts(qtbot) -> None:
    label = shown(qtbot, LONG, 160)
    narrow = label.shown_text()
    label.setFixedWidth(1200)
    qtbot.waitUntil(lambda: label.width() == 1200)
    assert label.shown_text() == LONG and label.accessibleDescription() == ""
    label.setFixedWidth(160)
    qtbot.waitUntil(lambda: label.width() == 160)
    assert label.shown_text() == narrow and label.accessibleDescription() == LONG
    label.setText("Fertig")
    assert label.shown_text() == "Fertig" and label.toolTip() == "Fertig" and label.accessibleDescription() == ""
    label.setText(LONG + " und mehr")
    assert label.shown_text() == narrow and label.toolTip() == LONG + " und mehr"


def test_a_larger_font_cuts_earlier(qtbot) -> None:
    label = shown(qtbot, LONG, 240)
    before = label.shown_text()
    font = QFont(label.font())
    font.setPointSize(font.pointSize() * 2)
    label.setFont(font)
    assert len(label.shown_text()) < len(before)
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.contentsRect().width()


def test_it_paints_the_cut_text_where_a_label_would_paint_it(qtbot) -> None:
    label = shown(qtbot, LONG, 160)
    plain = QLabel(label.shown_text())
    qtbot.addWidget(plain)
    plain.setFixedSize(label.size())
    plain.show()
    qtbot.waitExposed(plain)
    assert label.grab().toImage() == plain.grab().toImage()
    whole = QLabel(LONG)
    qtbot.addWidget(whole)
    whole.setFixedSize(label.size())
    assert label.grab().toImage() != whole.grab().toImage()  # a cut mid-letter, as QLabel draws it, is not it


def test_beside_others_it_takes_what_is_left(qtbot) -> None:
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    line = ElidedLabel(LONG)
    other = QLabel("0 / 54 done")
    layout.addWidget(line, 1)
    layout.addWidget(other)
    row.resize(300, 40)
    row.show()
    qtbot.waitExposed(row)
    # The short line keeps its words, the long one gives way (a plain label would insist on its whole width).
    assert other.width() >= other.sizeHint().width()
    assert row.minimumSizeHint().width() < line.fontMetrics().horizontalAdvance(LONG)
    assert line.is_elided() and not line.geometry().intersects(other.geometry())

"""The wrapping layout: items in reading order on as many lines as the width needs, the height following."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from annotator.ui.editors.pairwise_panels import ReasonChips
from annotator.ui.widgets.flow_layout import FlowLayout

NAMES = ["genauer", "hilfreicher", "verständlicher", "sicherer", "besser formatiert", "knapper"]


def flow_window(qtbot, width: int) -> tuple[QWidget, QWidget, list[QPushButton], QLineEdit]:
    """A window: a row of buttons in a flow layout, a line edit under it."""
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    row = QWidget()
    flow = FlowLayout(row, spacing=6, line_spacing=4)
    buttons = [QPushButton(name) for name in NAMES]
    for button in buttons:
        flow.addWidget(button)
    below = QLineEdit()
    column.addWidget(row)
    column.addWidget(below)
    column.addStretch(1)
    window.resize(width, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, row, buttons, below


def lines(buttons: list[QPushButton]) -> list[list[str]]:
    """The buttons' texts, line by line as they are placed (top to bottom, left to right)."""
    tops = sorted({button.y() for button in buttons})
    return [[b.text() for b in sorted((b for b in buttons if b.y() == top), key=lambda b: b.x())] for top in tops]


def test_items_wrap_to_the_next_line_in_their_order(qtbot) -> None:
    window, row, buttons, _below = flow_window(qtbot, 1400)
    assert lines(buttons) == [NAMES]
    window.resize(300, 400)
    qtbot.waitUntil(lambda: row.width() < 300)
    placed = lines(buttons)
    assert len(placed) > 2 and [name for line in placed for name in line] == NAMES
    for button in buttons:
        assert row.rect().contains(button.geometry()), button.text()
        assert button.width() >= button.sizeHint().width()  # wrapped, not squeezed
    for first, second in zip(buttons, buttons[1:], strict=False):
        assert not first.geometry().intersects(second.geometry())


def test_the_height_grows_as_the_width_shrinks_and_the_parent_gives_it(qtbot) -> None:
    window, row, buttons, below = flow_window(qtbot, 1400)
    flow = row.layout()
    assert flow.hasHeightForWidth() and row.hasHeightForWidth()
    one_line = flow.heightForWidth(1400)
    assert one_line == max(button.sizeHint().height() for button in buttons)
    window.resize(300, 400)
    qtbot.waitUntil(lambda: row.width() < 300)
    wrapped = flow.heightForWidth(row.width())
    assert wrapped >= 3 * one_line
    assert row.height() >= wrapped  # the column gave the row the height its lines need
    assert below.y() >= row.geometry().bottom()  # the line edit is under the last line, not over it
    assert max(button.geometry().bottom() for button in buttons) <= row.rect().bottom()


def test_the_narrowest_is_the_widest_item_and_hidden_items_take_no_room(qtbot) -> None:
    _window, row, buttons, _below = flow_window(qtbot, 1400)
    flow = row.layout()
    widest = max(button.minimumSizeHint().width() for button in buttons)
    assert flow.minimumSize().width() == widest
    assert flow.sizeHint().width() == sum(b.sizeHint().width() for b in buttons) + 6 * (len(buttons) - 1)
    buttons[0].hide()
    qtbot.waitUntil(lambda: buttons[1].x() == 0)
    assert lines([b for b in buttons if b.isVisible()]) == [NAMES[1:]]


def test_wrapping_keeps_the_keyboard_order(qtbot) -> None:
    window, row, buttons, below = flow_window(qtbot, 1400)
    window.activateWindow()
    qtbot.waitActive(window)

    def tab_order() -> list[str]:
        buttons[0].setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is buttons[0])
        seen = [buttons[0].text()]
        for _ in NAMES[1:]:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            seen.append(QApplication.focusWidget().text())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is below
        return seen

    # Tab walks the buttons as a person reads them: along a line, then down to the next one.
    assert tab_order() == [name for line in lines(buttons) for name in line] == NAMES
    window.resize(300, 400)
    qtbot.waitUntil(lambda: len(lines(buttons)) > 2)
    assert tab_order() == [name for line in lines(buttons) for name in line] == NAMES


def test_long_reason_chips_wrap_inside_the_comparison_editor_width(qtbot) -> None:
    chips = ReasonChips()
    qtbot.addWidget(chips)
    long_names = tuple(f"{name} als die andere Antwort" for name in NAMES)
    chips.set_reasons(long_names, [f"Alt+{n}" for n in range(1, 7)])
    chips.resize(420, chips.heightForWidth(420))
    chips.show()
    qtbot.waitExposed(chips)
    assert chips.minimumSizeHint().width() <= max(b.sizeHint().width() for b in chips.buttons())
    assert [b.text() for b in chips.buttons()] == [f"Alt+{n}  {name}" for n, name in enumerate(long_names, 1)]
    assert len(lines(chips.buttons())) >= 3
    for button in chips.buttons():
        assert chips.rect().contains(button.geometry()), button.text()
    # A click still toggles the chip it lands on, wherever its line put it.
    with qtbot.waitSignal(chips.toggled) as toggled:
        qtbot.mouseClick(chips.buttons()[4], Qt.MouseButton.LeftButton)
    assert toggled.args == [long_names[4]]


def test_a_caption_and_its_field_stay_on_one_line(qtbot) -> None:
    from annotator.ui.editors.audio_controls import AudioControls

    controls = AudioControls()
    qtbot.addWidget(controls)
    controls.resize(260, controls.heightForWidth(260))
    controls.show()
    qtbot.waitExposed(controls)
    captions = {label.text(): label for label in controls.findChildren(QLabel) if label.text() in ("Speed", "Volume")}
    for caption, field in ((captions["Speed"], controls.speed), (captions["Volume"], controls.volume)):
        assert caption.parentWidget() is field.parentWidget()
        assert abs(caption.geometry().center().y() - field.geometry().center().y()) <= 2
    assert controls.volume.width() >= 90
    assert controls.minimumSizeHint().width() < 300  # it wraps instead of widening the window
    # On one line the groups share a middle: the captions read as one line of text, not a staircase.
    controls.resize(1200, controls.heightForWidth(1200))
    qtbot.waitUntil(lambda: controls.width() == 1200)

    def middle(widget: QWidget) -> int:
        return widget.mapTo(controls, widget.rect().center()).y()

    assert abs(middle(captions["Speed"]) - middle(captions["Volume"])) <= 1
    assert abs(middle(controls.play_button) - middle(controls.rewind)) <= 1

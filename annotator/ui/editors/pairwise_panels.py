"""The pieces of the comparison editor: an answer's framed view, the criteria grid, the strength scale, reason chips.

Each is built once and then only told what to show, so moving to the next item changes texts and
colours, never the widget tree (except when a package's criteria or reasons differ from the last one's).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from annotator.core.evaluation.order import side_letter
from annotator.core.evaluation.word_diff import word_diff
from annotator.ui.theme import keep_tone
from annotator.ui.widgets.flow_layout import FlowLayout
from annotator.ui.widgets.response_view import ResponseView, sync_scrolling

CHOSEN = QColor("#2e7d32")
TIED = QColor("#b58900")
BAD = QColor("#c62828")
FOCUSED = QColor("#1e66d0")
FRAME = 3
MAX_ANSWERS = 9  # the package format's limit
DIFF_A = QColor("#f6c4c4")  # words of A that B does not have
DIFF_B = QColor("#c4ecc4")  # words of B that A does not have
# No text colour: an unchosen cell has the theme's own, readable on light and dark alike.
CELL = "border:1px solid #bbb;border-radius:4px;padding:2px 8px;"
CELL_ON = "border:1px solid #2e7d32;border-radius:4px;padding:2px 8px;background:#2e7d32;color:white;font-weight:bold;"


def plain_label(text: str = "", name: str = "") -> QLabel:
    """A label that shows package text as text, never as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class StyledLabel(QLabel):
    """A plain-text label that re-parses its style sheet only when the style really changes."""

    def __init__(self, text: str = "", name: str = ""):
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if name:
            self.setObjectName(name)
        self._style = ""

    def set_style(self, style: str) -> None:
        """Set the style sheet unless it is the one already set."""
        if style != self._style:
            self._style = style
            self.setStyleSheet(style)


class AnswerPanel(QFrame):
    """One response under its side letter; the frame's colour says what the decision made of it."""

    def __init__(self, letter: str, parent: Any = None):
        super().__init__(parent)
        self.setObjectName(f"pairwise_answer_{letter}")
        self.letter = letter
        self.title = plain_label(letter, f"pairwise_title_{letter}")
        self.title.setStyleSheet("font-size:16px;font-weight:bold;")
        self.state = plain_label("", f"pairwise_state_{letter}")
        keep_tone(self.state, "quiet")
        self.view = ResponseView()
        self.view.setObjectName(f"pairwise_view_{letter}")
        self._color: QColor | None = None
        self._focused = False
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(FRAME + 2, FRAME + 2, FRAME + 2, FRAME + 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)

    def color(self) -> QColor | None:
        """The frame's colour (None: not chosen)."""
        return self._color

    def set_state(self, *, color: QColor | None, focused: bool, text: str) -> None:
        """Frame colour (the decision), focus mark and the state text beside the letter; repaints only the frame."""
        self.state.setText(self.tr("▸ {state}").format(state=text) if focused else text)
        if (color, focused) != (self._color, self._focused):
            self._color, self._focused = color, focused
            self.update()

    def paintEvent(self, event: Any) -> None:
        # Painted, not styled: a style sheet change would re-polish the view and re-lay out a long answer.
        super().paintEvent(event)
        color = self._color or (FOCUSED if self._focused else None)
        if color is None:
            return
        painter = QPainter(self)
        pen = QPen(color, FRAME)
        pen.setStyle(Qt.PenStyle.SolidLine if self._color else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))


class AnswerBoard(QWidget):
    """Up to nine answer panels (one row up to four answers, else two rows), scrolling together, with a word diff."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("pairwise_answers")
        self.panels = [AnswerPanel(side_letter(index)) for index in range(MAX_ANSWERS)]
        for first, second in zip(self.panels, self.panels[1:], strict=False):
            # A chain, not a cycle: each bar follows its neighbour, so all answers stay level.
            sync_scrolling(first.view.verticalScrollBar(), second.view.verticalScrollBar())
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._count = 0
        self.place(2)

    def place(self, count: int) -> None:
        """Show `count` panels; the others are hidden, and emptied so no long answer lingers in them."""
        if count != self._count:
            columns = count if count <= 4 else math.ceil(count / 2)
            for index, panel in enumerate(self.panels):
                self._grid.removeWidget(panel)
                if index < count:
                    self._grid.addWidget(panel, index // columns, index % columns)
                panel.setVisible(index < count)
            for column in range(MAX_ANSWERS):
                self._grid.setColumnStretch(column, 1 if column < columns else 0)
            self._count = count
        for panel in self.panels[count:]:
            if panel.view.text():
                panel.view.show_text("")

    def show_texts(self, texts: list[str], *, raw: bool, diff: bool) -> None:
        """The answers' texts in shown order; with `diff`, the words A and B do not share are marked in both."""
        for panel, text in zip(self.panels, texts, strict=False):
            panel.view.show_text(text, raw=raw or diff)
        if diff and len(texts) >= 2:
            first, second = self.panels[0].view, self.panels[1].view
            hunks = [hunk for hunk in word_diff(texts[0], texts[1]) if hunk.op != "equal"]
            first.highlight([(h.before_start, h.before_end) for h in hunks if h.op in ("delete", "replace")], DIFF_A)
            second.highlight([(h.after_start, h.after_end) for h in hunks if h.op in ("insert", "replace")], DIFF_B)

    def set_raw(self, raw: bool) -> None:
        """Raw text or rendered Markdown in every shown answer."""
        for panel in self.panels[: self._count]:
            panel.view.set_raw(raw)


class CriteriaGrid(QWidget):
    """Criteria rows then the overall row, each showing its choice; the focused row is marked."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("pairwise_criteria")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._names: tuple[str, ...] | None = None
        self._rows: list[tuple[StyledLabel, dict[str, StyledLabel]]] = []

    def set_rows(self, criteria: tuple[str, ...]) -> None:
        """Build one row per criterion and the overall row (kept as they are when the criteria are the same)."""
        if criteria == self._names:
            return
        self._names = criteria
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._rows = []
        for row, name in enumerate((*criteria, self.tr("overall"))):
            title = StyledLabel(name, f"pairwise_row_{row}")
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            title.setMinimumWidth(120)
            self._grid.addWidget(title, row, 0)
            sides = ("A", "B", "tie", "both_bad") if row == len(criteria) else ("A", "B", "tie")
            cells = {}
            for column, side in enumerate(sides, start=1):
                shown = {"both_bad": self.tr("both bad"), "tie": self.tr("tie")}.get(side, side)
                cell = StyledLabel(shown, f"pairwise_cell_{row}_{side}")
                cell.set_style(CELL)
                self._grid.addWidget(cell, row, column)
                cells[side] = cell
            self._rows.append((title, cells))
        self._grid.setColumnStretch(5, 1)

    def show_choices(self, choices: list[str | None], focused: int | None) -> None:
        """Each row's choice (None: undecided), in row order; `focused` row is marked (None: no row focus)."""
        for row, ((title, cells), chosen) in enumerate(zip(self._rows, choices, strict=False)):
            name = (*self._names, self.tr("overall"))[row] if self._names is not None else ""
            title.setText(self.tr("▸ {row}").format(row=name) if row == focused else f"   {name}")
            title.set_style("font-weight:bold;" if row == focused else "")
            for side, cell in cells.items():
                cell.set_style(CELL_ON if side == chosen else CELL)

    def cell(self, row: int, side: str) -> StyledLabel:
        """One cell (for tests and screenshots to read)."""
        return self._rows[row][1][side]


class StrengthBar(QWidget):
    """The −3…+3 scale under its keys; the chosen point is filled."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("pairwise_strength")
        # The scale moves under its caption, whole, when a translated caption leaves no room beside it.
        layout = FlowLayout(self, spacing=6, line_spacing=2)
        layout.addWidget(plain_label(self.tr("How much better:")))
        scale = QWidget()
        points = QHBoxLayout(scale)
        points.setContentsMargins(0, 0, 0, 0)
        self._cells: dict[int, StyledLabel] = {}
        for value in range(-3, 4):
            cell = StyledLabel(name=f"pairwise_strength_{value}")
            cell.set_style(CELL)
            points.addWidget(cell)
            self._cells[value] = cell
        layout.addWidget(scale)

    def set_keys(self, keys: dict[int, str]) -> None:
        """Show each point's key above its value."""
        for value, cell in self._cells.items():
            cell.setText(f"{keys.get(value, '')}  {value:+d}" if value else f"{keys.get(value, '')}  0")

    def show_value(self, value: int | None) -> None:
        """Fill the chosen point (None: none)."""
        for point, cell in self._cells.items():
            cell.set_style(CELL_ON if point == value else CELL)


class ReasonChips(QWidget):
    """The package's reasons as toggle chips; a click toggles one as its key does."""

    toggled = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("pairwise_reasons")
        # Chips wrap to the next line as the width runs out: six reasons in one row (or long translations in
        # a grid of three) made the window wider than a laptop's screen.
        self._layout = FlowLayout(self, spacing=6, line_spacing=4)
        self._names: tuple[str, ...] | None = None
        self._buttons: dict[str, QPushButton] = {}

    def set_reasons(self, reasons: tuple[str, ...], keys: list[str]) -> None:
        """One chip per reason, labelled with its key (rebuilt only when the reasons change)."""
        if reasons != self._names:
            self._names = reasons
            while self._layout.count():
                widget = self._layout.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
            self._buttons = {}
            for name in reasons:
                button = QPushButton()
                button.setObjectName("pairwise_reason")
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays with the answers
                button.setStyleSheet(
                    "QPushButton{border:1px solid #888;border-radius:10px;padding:3px 10px;}"
                    "QPushButton:checked{background:#1e66d0;color:white;border-color:#1e66d0;}"
                )
                button.clicked.connect(lambda _checked=False, n=name: self.toggled.emit(n))
                self._layout.addWidget(button)
                self._buttons[name] = button
        for slot, (name, button) in enumerate(self._buttons.items()):
            key = keys[slot] if slot < len(keys) else ""
            button.setText(f"{key}  {name}" if key else name)

    def show_chosen(self, chosen: list[str]) -> None:
        """Check the chips of the chosen reasons."""
        for name, button in self._buttons.items():
            button.setChecked(name in chosen)

    def buttons(self) -> list[QPushButton]:
        """The chips, in the package's order."""
        return list(self._buttons.values())


class RationaleBox(QLineEdit):
    """The free-text rationale; Escape hands the keyboard back (Return does so through the submit key)."""

    left = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.left.emit()
            return
        super().keyPressEvent(event)

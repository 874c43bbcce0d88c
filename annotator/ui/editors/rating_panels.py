"""The rating editor's panels: the rubric grid, the search result list, the policy flags and the confidence row.

Each panel is built once per package setting and only re-marked per item and per key, so moving
between items costs a few property changes, not new widgets. No panel takes the keyboard: the editor
holds it, and a click on a cell reports the cell and leaves the keys where they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annotator.core.evaluation.configs import PolicyFlag, RubricCriterion, ScalePoint
from annotator.core.evaluation.content import SearchResult
from annotator.core.evaluation.rating import digit_for_point, digits_are_values
from annotator.ui.theme import keep_style, keep_tone
from annotator.ui.widgets.text_only import plain_tooltip

# A snippet is a preview of a page: past this it is cut (and says so), so one huge result cannot stall the list.
SNIPPET_CHARS = 5_000

CELL_STYLE = (
    "QPushButton{border:1px solid #8a8f98;border-radius:4px;padding:5px 9px;min-width:30px;background:#f6f8fa;"
    "color:#111;}"
    'QPushButton[chosen="true"]{background:#1f6feb;color:white;border-color:#1f6feb;font-weight:bold;}'
    # The ring is thicker, the padding thinner: a focused cell keeps its size and the row does not shift.
    'QPushButton[focused="true"]{border:3px solid #d29922;padding:3px 7px;}'
    # A see-through amber: the theme's own text stays readable on it, light or dark.
    'QLabel[focused="true"]{background:rgba(255,193,7,80);font-weight:bold;}'
)
FLAG_STYLE = (
    "QPushButton{border:1px solid #8a8f98;border-radius:6px;padding:4px 10px;background:#f6f8fa;color:#333;}"
    'QPushButton[answer="yes"]{background:#cf222e;color:white;border-color:#cf222e;font-weight:bold;}'
    'QPushButton[answer="no"]{background:#dafbe1;color:#116329;border-color:#2da44e;}'
    'QPushButton[chosen="true"]{background:#1f6feb;color:white;border-color:#1f6feb;font-weight:bold;}'
)

# The same cells for the dark theme: dark chips with light text, not white boxes on a dark window.
DARK_CELL_STYLE = CELL_STYLE.replace("background:#f6f8fa;color:#111;", "background:#383b40;color:#e6e6e6;")
DARK_FLAG_STYLE = FLAG_STYLE.replace("background:#f6f8fa;color:#333;", "background:#383b40;color:#e6e6e6;")


def mark(widget: QWidget, **properties: Any) -> None:
    """Set style properties and re-style the widget, only when one changed (re-polishing costs)."""
    changed = False
    for name, value in properties.items():
        if widget.property(name) != value:
            widget.setProperty(name, value)
            changed = True
    if changed:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def button_text(text: str) -> str:
    """Package text on a button as written ('&' would otherwise make a mnemonic)."""
    return text.replace("&", "&&")


def _cell(text: str, tooltip: str) -> QPushButton:
    button = QPushButton(button_text(text))
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setToolTip(plain_tooltip(tooltip))
    button.setProperty("chosen", False)
    button.setProperty("focused", False)
    return button


def _point_text(points: Sequence[ScalePoint], index: int) -> str:
    value = str(points[index].value)
    if digits_are_values(points):
        return value
    digit = digit_for_point(points, index)
    return f"{value} [{digit}]" if digit else value


def _plain_label(name: str, *, wrap: bool = True, style: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup (a url stays text, never a link)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class RubricGrid(QWidget):
    """Criteria rows × scale point cells, an N/A cell per row; the chosen cell filled, the focused one ringed."""

    cell_clicked = Signal(int, int)
    na_clicked = Signal(int)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("rating_grid")
        keep_style(self, CELL_STYLE, DARK_CELL_STYLE)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(4)
        self._layout.setVerticalSpacing(6)
        self._signature: tuple[Any, ...] | None = None
        self._names: list[QLabel] = []
        self._cells: list[list[QPushButton]] = []
        self._na: list[QPushButton | None] = []

    def set_rubric(self, criteria: Sequence[RubricCriterion], *, allow_na: bool) -> None:
        """Build the rows and cells (only when the rubric differs from the one shown)."""
        signature = (tuple(criteria), allow_na)
        if signature == self._signature:
            return
        self._signature = signature
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._names, self._cells, self._na = [], [], []
        for column in range(self._layout.columnCount()):
            self._layout.setColumnStretch(column, 0)
        columns = max((len(row.points) for row in criteria), default=0)
        for row, criterion in enumerate(criteria):
            name = _plain_label(f"rating_criterion_{row}", wrap=False)
            name.setText(criterion.name)
            name.setToolTip(plain_tooltip(criterion.description or criterion.name))
            name.setProperty("focused", False)
            self._layout.addWidget(name, row, 0)
            self._names.append(name)
            cells = []
            for index, point in enumerate(criterion.points):
                cell = _cell(_point_text(criterion.points, index), point.anchor or str(point.value))
                cell.setObjectName(f"rating_cell_{row}_{index}")
                cell.clicked.connect(lambda _checked=False, r=row, i=index: self.cell_clicked.emit(r, i))
                self._layout.addWidget(cell, row, 1 + index)
                cells.append(cell)
            self._cells.append(cells)
            na = None
            if allow_na:
                na = _cell("N/A", self.tr("Not applicable to this response"))
                na.setObjectName(f"rating_na_{row}")
                na.clicked.connect(lambda _checked=False, r=row: self.na_clicked.emit(r))
                self._layout.addWidget(na, row, 1 + columns)
            self._na.append(na)
        self._layout.setColumnStretch(2 + columns, 1)

    def show_state(
        self, criteria: Sequence[RubricCriterion], scores: dict[str, int], na: Sequence[str], focus: tuple[int, int]
    ) -> None:
        """Mark the chosen cells, the N/A rows, and the focused row and point."""
        for row, criterion in enumerate(criteria[: len(self._cells)]):
            chosen = scores.get(criterion.name)
            focused_row = row == focus[0]
            mark(self._names[row], focused=focused_row)
            for index, cell in enumerate(self._cells[row]):
                mark(cell, chosen=criterion.points[index].value == chosen, focused=focused_row and index == focus[1])
            if self._na[row] is not None:
                mark(self._na[row], chosen=criterion.name in na, focused=False)

    def cell(self, row: int, index: int) -> QPushButton:
        """The button of one scale point (row, point index)."""
        return self._cells[row][index]

    def na_cell(self, row: int) -> QPushButton | None:
        """The N/A button of a row (None when the rubric has no N/A)."""
        return self._na[row]


class ResultRow(QFrame):
    """One search result: title, snippet and url as plain text, and a cell per relevance grade."""

    def __init__(self, number: int, on_grade: Any, parent: Any = None):
        super().__init__(parent)
        self.setObjectName(f"rating_result_{number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("focused", False)
        self._number = number
        self._on_grade = on_grade
        self.title = _plain_label(f"rating_result_title_{number}", style="font-weight:bold;font-size:14px;")
        self.snippet = _plain_label(f"rating_result_snippet_{number}")
        self.url = _plain_label(f"rating_result_url_{number}")
        keep_tone(self.url, "ok")
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.snippet)
        texts.addWidget(self.url)
        self._grades = QHBoxLayout()
        self._grades.setSpacing(4)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addLayout(self._grades)
        self.cells: list[QPushButton] = []

    def set_scale(self, points: Sequence[ScalePoint]) -> None:
        """One cell per grade."""
        while self._grades.count():
            widget = self._grades.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.cells = []
        for index, point in enumerate(points):
            cell = _cell(_point_text(points, index), point.anchor or str(point.value))
            cell.setObjectName(f"rating_grade_{self._number}_{index}")
            cell.clicked.connect(lambda _checked=False, i=index: self._on_grade(self._number, i))
            self._grades.addWidget(cell)
            self.cells.append(cell)

    def show_result(self, result: SearchResult) -> None:
        """Fill in one result's texts."""
        self.title.setText(result.title)
        snippet = result.snippet
        if len(snippet) > SNIPPET_CHARS:
            more = QLocale().toString(len(snippet) - SNIPPET_CHARS)
            snippet = self.tr("{snippet}… ({count} more characters)").format(
                snippet=snippet[:SNIPPET_CHARS], count=more
            )
        self.snippet.setText(snippet)
        self.snippet.setVisible(bool(snippet))
        self.url.setText(result.url or "")
        self.url.setVisible(bool(result.url))


class ResultList(QScrollArea):
    """The results of a search item, top to bottom; row widgets are kept and refilled from item to item."""

    grade_clicked = Signal(int, int)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("rating_results")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        focused = 'ResultRow[focused="true"]{border:2px solid #d29922;background:rgba(210,153,34,40);}'
        keep_style(body, CELL_STYLE + focused, DARK_CELL_STYLE + focused)
        self._layout = QVBoxLayout(body)
        self._layout.addStretch(1)
        self.setWidget(body)
        self.rows: list[ResultRow] = []
        self._points: tuple[ScalePoint, ...] = ()

    def set_scale(self, points: Sequence[ScalePoint]) -> None:
        """The relevance grades every row offers."""
        if tuple(points) == self._points:
            return
        self._points = tuple(points)
        for row in self.rows:
            row.set_scale(points)

    def show_results(self, results: Sequence[SearchResult]) -> None:
        """Fill the rows with this item's results (new rows only when an item has more than any before)."""
        while len(self.rows) < len(results):
            row = ResultRow(len(self.rows), self.grade_clicked.emit)
            row.set_scale(self._points)
            self._layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        for index, row in enumerate(self.rows):
            if index < len(results):
                row.show_result(results[index])
            row.setVisible(index < len(results))
        self.verticalScrollBar().setValue(0)

    def show_state(self, results: Sequence[SearchResult], grades: dict[str, int], focus: tuple[int, int]) -> None:
        """Mark each result's chosen grade, and the focused result and grade."""
        for index, result in enumerate(results[: len(self.rows)]):
            row = self.rows[index]
            focused = index == focus[0]
            mark(row, focused=focused)
            chosen = grades.get(result.id)
            for point_index, cell in enumerate(row.cells):
                value = self._points[point_index].value
                mark(cell, chosen=value == chosen, focused=focused and point_index == focus[1])
        if 0 <= focus[0] < len(self.rows):
            self.ensureWidgetVisible(self.rows[focus[0]], 0, 24)


class FlagBar(QWidget):
    """The policy flags as buttons showing each one's key and answer: yes, no, or not answered yet."""

    flag_clicked = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("rating_flags")
        keep_style(self, FLAG_STYLE, DARK_FLAG_STYLE)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._signature: tuple[Any, ...] | None = None
        self.buttons: dict[str, QPushButton] = {}
        self._keys: dict[str, str] = {}

    def set_flags(self, flags: Sequence[PolicyFlag], keys: dict[str, str]) -> None:
        """One button per flag (rebuilt only when the flags or their keys change)."""
        signature = (tuple(flags), tuple(sorted(keys.items())))
        if signature == self._signature:
            return
        self._signature = signature
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons, self._keys = {}, dict(keys)
        for index, flag in enumerate(flags):
            button = QPushButton()
            button.setObjectName(f"rating_flag_{index}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(plain_tooltip(flag.description or flag.name))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.setProperty("answer", "open")
            button.clicked.connect(lambda _checked=False, name=flag.name: self.flag_clicked.emit(name))
            self._layout.addWidget(button)
            self.buttons[flag.name] = button
        self._layout.addStretch(1)
        self.show_state({})

    def show_state(self, answers: dict[str, bool]) -> None:
        """Each flag's answer on its button: 'yes' (filled), 'no', or '—' while unanswered."""
        for name, button in self.buttons.items():
            answer = answers.get(name)
            state = "open" if answer is None else ("yes" if answer else "no")
            key = self._keys.get(name)
            button.setText(button_text(self._flag_text(state, name, key)))
            mark(button, answer=state)

    def _flag_text(self, state: str, name: str, key: str | None) -> str:
        """'H  hallucination: no': the flag's key, its name (package text) and the answer ('—' while open)."""
        if key:
            texts = {
                "open": self.tr("{key}  {flag}: —"),
                "yes": self.tr("{key}  {flag}: yes"),
                "no": self.tr("{key}  {flag}: no"),
            }
        else:
            texts = {"open": self.tr("{flag}: —"), "yes": self.tr("{flag}: yes"), "no": self.tr("{flag}: no")}
        return texts[state].format(key=key, flag=name)


class ConfidenceBar(QWidget):
    """'Confidence' and a button per level, the chosen one filled; hidden when the package asks for none."""

    level_clicked = Signal(int)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("rating_confidence")
        keep_style(self, FLAG_STYLE, DARK_FLAG_STYLE)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._label = QLabel(self.tr("Confidence:"))
        self._layout.addWidget(self._label)
        self.buttons: list[QPushButton] = []

    def set_levels(self, levels: int, keys: Sequence[str]) -> None:
        """Buttons 1..levels (a guess .. sure), each with its key as a tooltip."""
        self.setVisible(levels > 0)
        if len(self.buttons) == levels and all(b.toolTip() == k for b, k in zip(self.buttons, keys, strict=False)):
            return
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for level in range(1, levels + 1):
            if level == 1:
                text = self.tr("{level} guess").format(level=level)
            elif level == levels:
                text = self.tr("{level} sure").format(level=level)
            else:
                text = str(level)
            button = QPushButton(text)
            button.setObjectName(f"rating_confidence_{level}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(keys[level - 1] if level <= len(keys) else "")
            button.setProperty("chosen", False)
            button.clicked.connect(lambda _checked=False, chosen=level: self.level_clicked.emit(chosen))
            self._layout.addWidget(button)
            self.buttons.append(button)

    def show_state(self, level: int | None) -> None:
        """Fill the chosen level's button."""
        for number, button in enumerate(self.buttons, start=1):
            mark(button, chosen=number == level)

"""The translation editor's widgets: sentences side by side with their error spans (Anthea), and the category type-ahead.

Source and target sit side by side, one row per sentence, error spans drawn by severity, the
focused row lit. All sentences live in one document as a three-column table (number, source, target), so rows line
up however the sentences wrap and Qt lays out a long item once. What changes at each key (the focused
row, the caret, the selection, the errors) is painted or set as extra selections: nothing re-lays out
the table, so a 200-sentence item answers keys at once. Positions cross the widget's UTF-16 units
through TextOffsets, one per sentence; everything outside this module speaks code points.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QTextEdit, QVBoxLayout, QWidget

from annotator.core.evaluation.translation import match_categories
from annotator.core.text_offsets import TextOffsets
from annotator.ui.editors.text_view import text_direction
from annotator.ui.theme import is_dark
from annotator.ui.widgets.text_only import plain_tooltip

SIDES = ("source", "target")
COLUMNS = {"source": 1, "target": 2}  # column 0 holds the sentence number
PADDING = 6
POINT_SIZE = 13.0
SEVERITY_COLORS = {"major": QColor("#d62728"), "minor": QColor("#e08a00"), "neutral": QColor("#1f77b4")}
UNDERLINES = {
    "major": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "minor": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "neutral": QTextCharFormat.UnderlineStyle.DotLine,
}
ROW_COLOR = QColor(255, 244, 196)  # the focused row, as Anthea lights the sentence being checked
SIDE_COLOR = QColor(255, 232, 150)  # the focused side of it
# The same yellows, deep enough for the dark theme's light text to stay readable on them.
DARK_ROW_COLOR = QColor(62, 56, 30)
DARK_SIDE_COLOR = QColor(92, 78, 26)
NON_TRANSLATION_COLOR = QColor(120, 60, 160, 70)
_EDITING_KEYS = {
    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End,
    Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backspace, Qt.Key.Key_Delete,
}  # fmt: skip


def displayable(text: str) -> str:
    """A sentence as the document holds it: each line break one paragraph break (what TextOffsets expects)."""
    return text.replace("\r\n", "\u2029").replace("\r", "\u2029").replace("\n", "\u2029")


class SentenceTable(QTextEdit):
    """The sentences of one item, read-only; the editor says what to mark, the mouse may select within one sentence."""

    # row, side, anchor, position: a mouse selection (or click) inside one sentence, in code points.
    selected_by_mouse = Signal(int, str, int, int)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("translation_sentences")
        self.setAccessibleName(self.tr("Source and translated sentences"))
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        # The mouse selects; every key is one of the editor's actions (read-only text lets them through).
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        font = QFont(self.font())
        font.setPointSizeF(POINT_SIZE)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._texts: dict[str, list[str]] = {"source": [], "target": []}
        self._offsets: dict[str, list[TextOffsets]] = {"source": [], "target": []}
        self._first: dict[str, list[int]] = {"source": [], "target": []}
        self._table: QTextTable | None = None
        self._rows = 0
        self._focus = (0, "target")
        self._caret = 0
        self._non_translation: set[int] = set()

    # -- content -------------------------------------------------------------------------------

    def show_sentences(self, source: Sequence[str], target: Sequence[str]) -> None:
        """Lay out an item's sentences, one row each (a summary's shorter side leaves cells empty)."""
        self._texts = {"source": list(source), "target": list(target)}
        self._rows = max(len(source), len(target))
        self.setExtraSelections([])
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        self._table = cursor.insertTable(max(self._rows, 1), 3, self._table_format())
        number_format = QTextCharFormat()
        number_format.setForeground(QColor("#888888"))
        for row in range(self._rows):
            cursor = self._table.cellAt(row, 0).firstCursorPosition()
            cursor.insertText(str(row + 1), number_format)
            for side in SIDES:
                if row < len(self._texts[side]):
                    self._insert(row, side)
        cursor.endEditBlock()
        self._index_cells()
        self._focus, self._caret, self._non_translation = (0, "target"), 0, set()
        self.verticalScrollBar().setValue(0)

    def _table_format(self) -> QTextTableFormat:
        table = QTextTableFormat()
        table.setBorder(0)
        table.setCellPadding(PADDING)
        table.setCellSpacing(0)
        table.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.FixedLength, 40),
                QTextLength(QTextLength.Type.PercentageLength, 48),
                QTextLength(QTextLength.Type.PercentageLength, 48),
            ]
        )
        return table

    def _insert(self, row: int, side: str) -> None:
        assert self._table is not None
        text = self._texts[side][row]
        cursor = self._table.cellAt(row, COLUMNS[side]).firstCursorPosition()
        block = QTextBlockFormat()
        if text_direction(text) == Qt.LayoutDirection.RightToLeft:
            # Arabic and Hebrew read from the right edge of their cell, whatever the other side does.
            block.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            block.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        cursor.setBlockFormat(block)
        cursor.insertText(displayable(text))

    def _index_cells(self) -> None:
        """Where each sentence starts in the document, and its UTF-16 map from what the cell really holds."""
        assert self._table is not None
        for side in SIDES:
            firsts, offsets = [], []
            for row, text in enumerate(self._texts[side]):
                cell = self._table.cellAt(row, COLUMNS[side])
                cursor = cell.firstCursorPosition()
                cursor.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
                held = cursor.selectedText()
                firsts.append(cell.firstPosition())
                try:
                    offsets.append(TextOffsets(text, None if held == text else held))
                except ValueError:  # a character Qt stores differently: fall back to one unit per code point
                    offsets.append(TextOffsets(text))
            self._first[side], self._offsets[side] = firsts, offsets

    def row_count(self) -> int:
        """How many rows (sentences of the longer side) are shown."""
        return self._rows

    def sentence(self, row: int, side: str) -> str | None:
        """The sentence in a cell (None for an empty cell of a summary)."""
        texts = self._texts.get(side, [])
        return texts[row] if 0 <= row < len(texts) else None

    def is_right_to_left(self, row: int, side: str) -> bool:
        """Whether a sentence reads right to left (its first strong character is Arabic, Hebrew, ...)."""
        text = self.sentence(row, side)
        return text is not None and text_direction(text) == Qt.LayoutDirection.RightToLeft

    # -- positions -----------------------------------------------------------------------------

    def document_position(self, row: int, side: str, index: int) -> int:
        """The document position of code point `index` of a sentence."""
        return self._first[side][row] + self._offsets[side][row].to_display(index)

    def _cursor(self, row: int, side: str, start: int, end: int | None = None) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(row, side, start))
        if end is not None:
            cursor.setPosition(self.document_position(row, side, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def point_at(self, row: int, side: str, index: int) -> QPoint:
        """Where on the viewport the caret before code point `index` of a sentence is drawn (its middle)."""
        return self.cursorRect(self._cursor(row, side, index)).center()

    def _row_rect(self, row: int) -> QRectF:
        assert self._table is not None
        layout = self.document().documentLayout()
        frame = layout.frameBoundingRect(self._table)
        top = layout.blockBoundingRect(self._table.cellAt(row, 0).firstCursorPosition().block()).top() - PADDING
        if row + 1 < self._rows:
            bottom = layout.blockBoundingRect(self._table.cellAt(row + 1, 0).firstCursorPosition().block()).top()
            bottom -= PADDING
        else:
            bottom = frame.bottom()
        return QRectF(frame.left(), top, frame.width(), bottom - top)

    def _cell_rect(self, row: int, side: str) -> QRectF:
        assert self._table is not None
        layout = self.document().documentLayout()
        block = layout.blockBoundingRect(self._table.cellAt(row, COLUMNS[side]).firstCursorPosition().block())
        band = self._row_rect(row)
        return QRectF(block.left() - PADDING, band.top(), block.width() + 2 * PADDING, band.height())

    def ensure_row_visible(self, row: int) -> None:
        """Scroll so the whole row (or as much of it as fits, from its top) is on screen."""
        if not 0 <= row < self._rows:
            return
        rect = self._row_rect(row)
        bar, height = self.verticalScrollBar(), self.viewport().height()
        if rect.top() < bar.value():
            bar.setValue(int(rect.top()))
        elif rect.bottom() > bar.value() + height:
            bar.setValue(int(min(rect.top(), rect.bottom() - height)))

    # -- what is marked ------------------------------------------------------------------------

    def show_marks(
        self,
        *,
        errors: Iterable[Mapping[str, Any]],
        non_translation: Iterable[int],
        focus: tuple[int, str],
        selection: tuple[int, int],
        hint: tuple[int, int] | None,
    ) -> None:
        """Draw the errors, the non-translated sentences, the focused row and side, the selection and the caret.

        `selection` is (anchor, position) in the focused sentence, the caret at `position`; `hint` is
        the word a severity key would mark while nothing is selected.
        """
        self._focus, self._caret = focus, selection[1]
        self._non_translation = set(non_translation)
        marks = [self._error_selection(error) for error in errors if self._fits(error)]
        row, side = focus
        if self.sentence(row, side) is not None:
            if hint is not None and selection[0] == selection[1]:
                wash = QColor(255, 255, 255, 40) if is_dark(self.palette()) else QColor(0, 0, 0, 28)
                marks.append(self._wash(row, side, hint, wash))
            start, end = sorted(selection)
            if start != end:
                # See-through, so an error just marked (still selected) shows its severity's colour under it.
                highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
                highlight.setAlpha(90)
                marks.append(self._wash(row, side, (start, end), highlight))
        self.setExtraSelections(marks)
        self.viewport().update()

    def _fits(self, error: Mapping[str, Any]) -> bool:
        text = self.sentence(error["segment"], error["side"])
        return text is not None and 0 <= error["start"] < error["end"] <= len(text)

    def _wash(self, row: int, side: str, span: tuple[int, int], color: QColor) -> QTextEdit.ExtraSelection:
        mark = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        mark.format = fmt
        mark.cursor = self._cursor(row, side, span[0], span[1])
        return mark

    def _error_selection(self, error: Mapping[str, Any]) -> QTextEdit.ExtraSelection:
        severity = error["severity"]
        color = SEVERITY_COLORS.get(severity, QColor("#888888"))
        wash = QColor(color)
        wash.setAlpha(55)
        mark = self._wash(error["segment"], error["side"], (error["start"], error["end"]), wash)
        mark.format.setUnderlineStyle(UNDERLINES.get(severity, QTextCharFormat.UnderlineStyle.SingleUnderline))
        mark.format.setUnderlineColor(color)
        category = error.get("category") or self.tr("no category yet (C chooses one)")
        shown = {"major": self.tr("major"), "minor": self.tr("minor"), "neutral": self.tr("neutral")}.get(
            severity, severity
        )
        mark.format.setToolTip(plain_tooltip(f"{shown} · {category}: {error['text']}"))
        return mark

    # -- painting and the mouse ----------------------------------------------------------------

    def paintEvent(self, event: Any) -> None:
        if self._table is not None and self._rows:
            painter = QPainter(self.viewport())
            shift = (-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
            row, side = self._focus
            if 0 <= row < self._rows:
                dark = is_dark(self.palette())  # read at every paint: a theme switch shows at once
                painter.fillRect(self._row_rect(row).translated(*shift), DARK_ROW_COLOR if dark else ROW_COLOR)
                painter.fillRect(self._cell_rect(row, side).translated(*shift), DARK_SIDE_COLOR if dark else SIDE_COLOR)
            for marked in self._non_translation:
                if marked < len(self._texts["target"]):
                    cell = self._cell_rect(marked, "target").translated(*shift)
                    painter.fillRect(cell, QBrush(NON_TRANSLATION_COLOR, Qt.BrushStyle.BDiagPattern))
            painter.end()
        super().paintEvent(event)
        row, side = self._focus
        if self._table is not None and self.sentence(row, side) is not None:
            painter = QPainter(self.viewport())
            caret = self.cursorRect(self._cursor(row, side, self._caret))
            role = QPalette.ColorRole.Text if self.hasFocus() else QPalette.ColorRole.PlaceholderText
            color = self.palette().color(role)
            painter.fillRect(caret.x(), caret.y(), 2, caret.height(), color)
            painter.end()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # The type-ahead opening below, or a smaller window, must not push the row being checked out of sight.
        self.ensure_row_visible(self._focus[0])

    def mouseReleaseEvent(self, event: Any) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._table is None:
            return
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        cell = self._table.cellAt(anchor)
        cursor.clearSelection()
        self.setTextCursor(cursor)  # the editor draws the selection it keeps; Qt's own would linger
        if not cell.isValid():
            return
        row = cell.row()
        side = next((s for s, column in COLUMNS.items() if column == cell.column()), self._focus[1])
        if self.sentence(row, side) is None:
            return
        first, last = cell.firstPosition(), cell.lastPosition()
        offsets = self._offsets[side][row]
        start = offsets.to_code_point(anchor - first) if cell.column() == COLUMNS[side] else 0
        # A drag that left the sentence stops at its edge: an error span never crosses sentences.
        end = offsets.to_code_point(max(first, min(position, last)) - first) if cell.column() == COLUMNS[side] else 0
        self.selected_by_mouse.emit(row, side, start, end)


class CategoryBox(QLineEdit):
    """The type-ahead's line: plain keys type into it (not the editor's), arrows move in the list, Return picks."""

    moved = Signal(int)
    picked = Signal()
    cancelled = Signal()

    def event(self, event: Any) -> bool:
        # Typing and moving keys act here, not as the editor's actions (M, X, digits, arrows, Return);
        # chords with Ctrl or Alt stay the window's (undo, done, next item, the cheat sheet's F1 too).
        if event.type() == QEvent.Type.ShortcutOverride and self._claims(event):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _claims(event: Any) -> bool:
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        return event.key() in _EDITING_KEYS or (bool(event.text()) and event.text().isprintable())

    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self.picked.emit()
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)


class CategoryPicker(QWidget):
    """A line edit over the package's categories, filtered as one types (best match first)."""

    chosen = Signal(str)
    closed = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("translation_category_picker")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self.box = CategoryBox()
        self.box.setObjectName("translation_category_box")
        self.box.setPlaceholderText(self.tr("Type part of a category — Return takes the top one, Esc decides later"))
        self.list = QListWidget()
        self.list.setObjectName("translation_category_list")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.box)
        layout.addWidget(self.list)
        self._categories: tuple[str, ...] = ()
        self._first: str | None = None
        self.box.textEdited.connect(self._filter)
        self.box.moved.connect(self._move)
        self.box.picked.connect(self._pick)
        self.box.cancelled.connect(self.closed)
        self.list.itemClicked.connect(lambda item: self.chosen.emit(item.text()))
        self.hide()

    def open(self, title: str, categories: tuple[str, ...], current: str | None) -> None:
        """Show the picker for one error, the list unfiltered with its current category on top."""
        self._categories, self._first = categories, current
        self.title.setText(title)
        self.box.clear()
        self._filter("")
        self.show()
        self.box.setFocus()

    def matches(self) -> list[str]:
        """The categories listed now, best match first."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _filter(self, typed: str) -> None:
        self.list.clear()
        self.list.addItems(match_categories(self._categories, typed, first=self._first))
        self.list.setCurrentRow(0)

    def _move(self, step: int) -> None:
        if self.list.count():
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))

    def _pick(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.text())

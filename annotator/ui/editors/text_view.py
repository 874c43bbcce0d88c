"""The text of an item, large and selectable by mouse and keyboard, with labelled spans highlighted."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QTextEdit

from annotator.core.text_offsets import TextOffsets
from annotator.ui.widgets.text_only import plain_tooltip

DEFAULT_POINT_SIZE = 18.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 9.0, 48.0
_ISOLATES = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI: what they enclose does not decide (UAX #9 P2)
_POP_ISOLATE = "\u2069"


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction of a text's first strong character (Unicode's rule P2), left to right if it has none."""
    depth = 0
    for char in text:
        if char in _ISOLATES:
            depth += 1
        elif char == _POP_ISOLATE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return Qt.LayoutDirection.RightToLeft
            if kind == "L":
                return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


class TextView(QPlainTextEdit):
    """Read-only text; selections and spans cross the widget's UTF-16 positions through TextOffsets."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("text_view")
        self.setAccessibleName(self.tr("Text to label"))
        self.setReadOnly(True)
        # Read-only but keyboard-selectable: a caret, Shift+arrows and Ctrl+Shift+arrows select text,
        # and unlike an editable widget it lets single-key shortcuts (label digits) through.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setCursorWidth(2)
        self._offsets = TextOffsets("")
        self._stored = ""
        self.set_point_size(DEFAULT_POINT_SIZE)

    def set_point_size(self, size: float) -> float:
        """Set the text size (clamped to a readable range); returns the size used."""
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        font = QFont(self.font())
        font.setPointSizeF(size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        return size

    def point_size(self) -> float:
        """The text size in points."""
        return self.font().pointSizeF()

    def show_text(self, text: str) -> None:
        """Show a text, caret at its start; offsets are rebuilt from what the widget really holds."""
        self._stored = text
        self.setExtraSelections([])
        self._follow_direction(text)
        self.setPlainText(text)
        raw = self._raw()
        self._offsets = TextOffsets(text, None if raw == text else raw)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _follow_direction(self, text: str) -> None:
        # A plain-text layout takes its alignment from the document as given: "left" stays left even in
        # a right-to-left paragraph, so Arabic and Hebrew sat at the left edge. Align to the text's own
        # start; each paragraph still finds its own reading order (Auto), so an English line in a Hebrew
        # text reads correctly.
        rtl = text_direction(text) == Qt.LayoutDirection.RightToLeft
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.document().setDefaultTextOption(option)

    def _raw(self) -> str:
        return self.document().toRawText()

    def displayed_text(self) -> str:
        """The widget's text with its paragraph breaks as newlines (what the annotator sees)."""
        return self._raw().replace("\u2029", "\n")

    def selection(self) -> tuple[int, int]:
        """The selection (or the caret, start == end) in code points of the stored text."""
        cursor = self.textCursor()
        return self._offsets.to_code_point(cursor.selectionStart()), self._offsets.to_code_point(cursor.selectionEnd())

    def select(self, start: int, end: int) -> None:
        """Select stored-text code points start..end (the caret ends at `end`)."""
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_display(start))
        cursor.setPosition(self._offsets.to_display(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def clear_selection(self) -> None:
        """Drop the selection, leaving the caret where it was."""
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def display_position(self, index: int) -> int:
        """The widget position of a stored-text code point (for tests and mouse hit points)."""
        return self._offsets.to_display(index)

    def set_spans(
        self, spans: list[dict[str, Any]], colors: dict[str, QColor], *, suggested: Sequence[dict[str, Any]] = ()
    ) -> None:
        """Highlight spans: a light wash of the label's colour and an underline in the colour itself.

        `suggested` spans (a model's, not yet accepted) get a fainter wash and a dashed underline, so they
        never look like a decision.
        """
        selections = [self._span_selection(span, colors, suggested=False) for span in spans]
        selections += [self._span_selection(span, colors, suggested=True) for span in suggested]
        self.setExtraSelections(selections)

    def _span_selection(
        self, span: dict[str, Any], colors: dict[str, QColor], *, suggested: bool
    ) -> QTextEdit.ExtraSelection:
        color = QColor(colors.get(span["label"], QColor("#888888")))
        wash = QColor(color)
        wash.setAlpha(30 if suggested else 70)
        fmt = QTextCharFormat()
        fmt.setBackground(wash)
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.DashUnderline
            if suggested
            else QTextCharFormat.UnderlineStyle.SingleUnderline
        )
        fmt.setUnderlineColor(color)
        tip = self.tr("suggested {label}: {text}") if suggested else "{label}: {text}"
        fmt.setToolTip(plain_tooltip(tip.format(label=span["label"], text=span.get("text", ""))))
        selection = QTextEdit.ExtraSelection()
        selection.format = fmt
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_display(span["start"]))
        cursor.setPosition(self._offsets.to_display(span["end"]), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection

"""A one-line label that ends in "…" when its text is wider than the room it gets, the full text in its tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStyle

ELLIPSIS = "…"


class ElidedLabel(QLabel):
    """Plain text on one line, cut with "…" to its width; `text()` and the tooltip keep the full text.

    The layout may squeeze it down to the ellipsis alone (a status bar line on a small screen) instead of the
    window growing past the screen or the text being cut mid-letter.
    """

    def __init__(self, text: str = "", parent: Any = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show `text`, elided to the current width; the tooltip and accessible name carry it whole."""
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._refresh_description()

    def shown_text(self) -> str:
        """The text as painted: the full text if it fits the label's width, else its start and "…"."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self._room().width())

    def is_elided(self) -> bool:
        """Whether the painted text is shorter than the full text."""
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:
        # As narrow as the ellipsis: the width is the layout's to give, the text adapts to it.
        room = self._room()
        around = self.width() - room.width()
        return QSize(self.fontMetrics().horizontalAdvance(ELLIPSIS) + around, super().minimumSizeHint().height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._refresh_description()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refresh_description()

    def paintEvent(self, event: QPaintEvent) -> None:
        # The frame as QFrame draws it, then the elided line where QLabel would put the whole one.
        painter = QPainter(self)
        self.drawFrame(painter)
        self.style().drawItemText(
            painter,
            self._room(),
            int(QStyle.visualAlignment(self.layoutDirection(), self.alignment()).value),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
        painter.end()

    def _refresh_description(self) -> None:
        # A reader that announces descriptions hears the whole line while the eye sees it cut.
        wanted = self.text() if self.is_elided() else ""
        if self.accessibleDescription() != wanted:
            self.setAccessibleDescription(wanted)

    def _room(self) -> QRect:
        """Where the text goes: inside the frame, the contents margins, the margin and the indent."""
        margin = self.margin()
        room = self.contentsRect().adjusted(margin, margin, -margin, -margin)
        if self.indent() > 0:
            room.setLeft(room.left() + self.indent())
        return room

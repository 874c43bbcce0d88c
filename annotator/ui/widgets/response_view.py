"""A prompt or a model's response on screen: Markdown and code rendered safely, or the raw text, and diffs marked.

The instructions renderer's rules hold: no raw HTML, no images, no resource of any kind, local or
remote, and links go nowhere. A response of 50,000 characters is shown in one go (Qt lays out only
what is visible), so the view has no loading state to wait through.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QScrollBar

from annotator.core.evaluation.content import Turn
from annotator.core.text_offsets import TextOffsets
from annotator.ui.i18n import translate
from annotator.ui.widgets.text_only import TextOnlyBrowser, TextOnlyDocument, render_markdown

MARGIN = 8
# Documents read ahead per view: the next item's answer, and one spare for a step back.
PREPARED = 2
# The roles of a chat by their names in the package; shown in the UI's language (a role of another name as it is).
ROLE_TITLES = {
    "user": QT_TRANSLATE_NOOP("ResponseView", "User"),
    "assistant": QT_TRANSLATE_NOOP("ResponseView", "Assistant"),
    "system": QT_TRANSLATE_NOOP("ResponseView", "System"),
}


def role_title(role: str) -> str:
    """A chat role as a heading: 'User', 'Assistant', 'System' in the UI's language, any other role as named."""
    return translate("ResponseView", ROLE_TITLES[role]) if role in ROLE_TITLES else role


def chat_markdown(turns: Sequence[Turn]) -> str:
    """A chat as one Markdown text: each turn under its role's name, turns divided by a rule."""
    if len(turns) == 1 and turns[0].role == "user":
        return turns[0].content
    return "\n\n---\n\n".join(f"**{role_title(turn.role)}:**\n\n{turn.content}" for turn in turns)


class ResponseView(TextOnlyBrowser):
    """Read-only text: rendered Markdown (the default) or raw, with changed stretches highlighted on request."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        # A scroll bar that comes and goes with each text changes the width, and so the whole layout, twice.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._text = ""
        self._raw = False
        self._prepared: dict[tuple[str, bool], TextOnlyDocument] = {}

    def text(self) -> str:
        """The text given to show (not what rendering made of it)."""
        return self._text

    def is_raw(self) -> bool:
        """Whether the raw text is shown instead of the rendered Markdown."""
        return self._raw

    def show_text(self, text: str, *, raw: bool | None = None) -> None:
        """Show `text`, rendered or raw (the current choice when `raw` is None); the view scrolls to the top."""
        self._text = text
        if raw is not None:
            self._raw = raw
        self._render()

    def set_raw(self, raw: bool) -> None:
        """Switch between the rendered Markdown and the raw text, keeping the reading position roughly."""
        if raw == self._raw:
            return
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._raw = raw
        self._render()
        bar.setValue(round(fraction * bar.maximum()))

    def prepare(self, text: str, *, raw: bool = False) -> None:
        """Render and lay out `text` now, while the annotator reads, so showing it later costs almost nothing."""
        key = (text, raw)
        if key in self._prepared or not text:
            return
        document = self._document(text, raw)
        document.setTextWidth(self.viewport().width())
        document.documentLayout().documentSize()  # the layout itself: the expensive part
        self._prepared[key] = document
        while len(self._prepared) > PREPARED:
            stale = self._prepared.pop(next(iter(self._prepared)))
            stale.deleteLater()

    def highlight(self, ranges: Iterable[tuple[int, int]], color: QColor) -> None:
        """Mark code point ranges of the raw text (shown raw: a diff is of the text, not of its rendering)."""
        if not self._raw:
            self.set_raw(True)
        document = self.document()
        cursor = QTextCursor(document)
        marked = QTextCharFormat()
        marked.setBackground(color)
        shown = document.toRawText()  # paragraph breaks as Qt holds them (a "\r\n" is one)
        offsets = TextOffsets(self._text, None if shown == self._text else shown)
        for start, end in ranges:
            if start >= end:
                continue
            cursor.setPosition(offsets.to_display(start))
            cursor.setPosition(offsets.to_display(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(marked)

    def _render(self) -> None:
        document = self._prepared.pop((self._text, self._raw), None)
        if document is None:
            document = self._document(self._text, self._raw)
        self._show_document(document)

    def _document(self, text: str, raw: bool) -> TextOnlyDocument:
        font = QFont(self.font())
        if raw:
            document = TextOnlyDocument()
            document.setDefaultFont(font)
            document.setPlainText(text)
        else:
            document = render_markdown(text, font=font)
        document.setDocumentMargin(MARGIN)
        document.setParent(self)
        return document


def sync_scrolling(first: QScrollBar, second: QScrollBar) -> None:
    """Keep two scroll bars at the same fraction of their range: long answers read side by side stay level."""
    moving = [False]

    def follow(source: QScrollBar, target: QScrollBar) -> None:
        if moving[0] or not source.maximum():
            return
        moving[0] = True
        try:
            target.setValue(round(source.value() / source.maximum() * target.maximum()))
        finally:
            moving[0] = False

    first.valueChanged.connect(lambda _value: follow(first, second))
    second.valueChanged.connect(lambda _value: follow(second, first))

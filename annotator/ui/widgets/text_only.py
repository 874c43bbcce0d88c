"""Package text shown as text only: documents and views that load no resource, and tooltips never read as markup."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextBrowser

MARKDOWN_FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
# Qt breaks a line of n characters that offers no break in time ~n² (200,000: 5 s, on every
# relayout); a zero-width space every so often gives it places to break.
LONG_RUN = 1_000
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")
_IMAGE_PROPERTIES = (
    QTextFormat.Property.ObjectType,
    QTextFormat.Property.ImageName,
    QTextFormat.Property.ImageTitle,
    QTextFormat.Property.ImageAltText,
    QTextFormat.Property.ImageWidth,
    QTextFormat.Property.ImageHeight,
    QTextFormat.Property.ImageMaxWidth,
    QTextFormat.Property.ImageQuality,
)


class TextOnlyDocument(QTextDocument):
    """A document that loads no resource at all: no image or stylesheet, local, relative or remote."""

    def loadResource(self, kind: int, name: QUrl) -> Any:
        # QTextDocument reads file: and relative URLs itself when no one else answers (a QTextBrowser's
        # own loadResource is only asked first), so the refusal has to live here.
        return None


class TextOnlyBrowser(QTextBrowser):
    """A read-only view of TextOnlyDocuments: links go nowhere, and nothing is ever loaded for what it shows."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self._shown: TextOnlyDocument | None = None

    def loadResource(self, kind: int, name: QUrl) -> Any:
        # The documents shown never ask (they refuse on their own), but QTextBrowser's own loader would
        # read a local file for anyone who did, e.g. a source URL: it refuses too.
        return None

    def _show_document(self, document: TextOnlyDocument) -> None:
        """Put `document` on screen whole and free the one it replaces."""
        previous = self.document()
        # Built detached and set whole: laid out once, lazily, instead of after every insertion.
        self.setDocument(document)
        document.setParent(self)
        # Held from Python too: the refusal to load resources is a Python override, and it must outlive any GC.
        self._shown = document
        if isinstance(previous, TextOnlyDocument):
            previous.deleteLater()


def render_markdown(markdown: str, *, font: QFont) -> TextOnlyDocument:
    """A document of some Markdown without raw HTML, every image replaced by its alt text."""
    document = TextOnlyDocument()
    document.setDefaultFont(font)
    document.setMarkdown(markdown, MARKDOWN_FEATURES)
    _replace_images(document)
    _break_long_runs(document)
    return document


def append_document(target: QTextDocument, piece: QTextDocument) -> None:
    """Add a rendered piece at the end of `target`, as if both had been rendered from one text."""
    if piece.isEmpty():
        return  # e.g. a piece of link definitions only: nothing to show
    cursor = QTextCursor(target)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    if target.isEmpty():
        cursor.insertFragment(QTextDocumentFragment(piece))
        return
    # A plain new block: one made by insertBlock() alone would carry on the list the text ends in.
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    joint = cursor.block().blockNumber()
    first = piece.begin()
    # A piece that opens with a rule or a table begins with an empty block of its own (a frame is never first).
    opens_later = first.textList() is not None or (
        not first.text() and not first.blockFormat().properties() and first.next().isValid()
    )
    cursor.insertFragment(QTextDocumentFragment(piece))
    joined = target.findBlockByNumber(joint)
    if opens_later:
        # The piece's content went in after the new block, leaving it empty: merge it into the block before.
        if not joined.text():
            QTextCursor(joined).deletePreviousChar()
    else:
        # The first block took the format of the block it landed in: give it its own back (heading, quote...).
        QTextCursor(joined).setBlockFormat(first.blockFormat())


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows `text` literally: Qt renders a tooltip as rich text when it looks like HTML."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def _replace_images(document: QTextDocument) -> None:
    images: list[tuple[int, int, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isImageFormat():
                images.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, image in reversed(images):  # from the end, so earlier positions stay valid
        alt = str(image.property(QTextFormat.Property.ImageAltText) or "")
        text_format = QTextCharFormat(image)
        for prop in _IMAGE_PROPERTIES:
            text_format.clearProperty(prop)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(" ".join([alt] * length) if alt else "", text_format)


def _break_long_runs(document: QTextDocument) -> None:
    runs: list[tuple[int, int, str, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        if block.length() > LONG_RUN:
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                text = fragment.text()
                if _LONG_RUN.search(text):
                    broken = _LONG_RUN.sub(lambda run: _with_breaks(run.group()), text)
                    runs.append((fragment.position(), fragment.length(), broken, fragment.charFormat()))
                fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, text, text_format in reversed(runs):  # from the end, so earlier positions stay valid
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text, text_format)


def _with_breaks(run: str) -> str:
    return "\u200b".join(run[i : i + LONG_RUN] for i in range(0, len(run), LONG_RUN))

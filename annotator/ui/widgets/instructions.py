"""The instructions panel: package Markdown rendered as text only, with no way to reach the network."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser


class InstructionsView(QTextBrowser):
    """Renders Markdown; images, remote resources and link navigation are refused."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("instructions")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.document().setDocumentMargin(12)

    def set_markdown(self, markdown: str) -> None:
        """Show Markdown without raw HTML, so a package can never inject markup or scripts."""
        self.document().setMarkdown(
            markdown or "_This package has no instructions._",
            QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML,
        )

    def loadResource(self, kind: int, name: QUrl) -> Any:
        # Every resource (image, stylesheet, remote or local) is refused: instructions are text only.
        return None

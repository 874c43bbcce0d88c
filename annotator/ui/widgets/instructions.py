"""The instructions panel: package Markdown shown as text only, never reaching a file or the network."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QFont

from annotator.ui.widgets.markdown_pieces import split_markdown
from annotator.ui.widgets.text_only import TextOnlyBrowser, TextOnlyDocument, append_document, render_markdown

# The app's own notes, in Markdown like the package's text they stand in for; translated where shown.
NO_INSTRUCTIONS = QT_TRANSLATE_NOOP("InstructionsView", "_This package has no instructions._")
LOADING = QT_TRANSLATE_NOOP("InstructionsView", "_Loading instructions…_")
MARGIN = 12
# Each turn of the event loop renders pieces for at most about this long, so typing and painting go on.
STEP_SECONDS = 0.010


class InstructionsView(TextOnlyBrowser):
    """Renders Markdown in pieces between event-loop turns; images become their alt text, links go nowhere."""

    rendered = Signal()  # the package's instructions (not the loading note) are on screen

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("instructions")
        self.setAccessibleName(self.tr("Instructions"))
        self._pieces: list[str] = []
        self._building: TextOnlyDocument | None = None
        self._step = QTimer(self)
        self._step.setSingleShot(True)
        self._step.setInterval(0)
        self._step.timeout.connect(self._on_step_timeout)
        self._show_document(self._render(self.tr(NO_INSTRUCTIONS)))

    def set_markdown(self, markdown: str) -> None:
        """Show Markdown without raw HTML or images, so a package can never inject markup or load a file."""
        pieces = split_markdown(markdown or self.tr(NO_INSTRUCTIONS))
        if len(pieces) == 1:
            self._step.stop()
            self._pieces, self._building = [], None
            self._show_document(self._render(pieces[0]))
            self.rendered.emit()
            return
        self._show_document(self._render(self.tr(LOADING)))
        self._pieces, self._building = pieces[::-1], self._new_document()
        self._step.start()

    def is_rendering(self) -> bool:
        """Whether long instructions are still being rendered (the loading note is shown meanwhile)."""
        return self._building is not None

    def _on_step_timeout(self) -> None:
        if self._building is None:
            return
        deadline = time.perf_counter() + STEP_SECONDS
        while self._pieces and time.perf_counter() < deadline:
            append_document(self._building, self._render(self._pieces.pop()))
        if self._pieces:
            self._step.start()
            return
        document, self._building = self._building, None
        self._show_document(document)
        self.rendered.emit()

    def _new_document(self) -> TextOnlyDocument:
        document = TextOnlyDocument()
        document.setDefaultFont(QFont(self.font()))
        document.setDocumentMargin(MARGIN)
        return document

    def _render(self, markdown: str) -> TextOnlyDocument:
        document = render_markdown(markdown, font=QFont(self.font()))
        document.setDocumentMargin(MARGIN)
        return document

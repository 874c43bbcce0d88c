"""Error messages the windows show: window-modal, plain text, and a long list of problems cut to its first lines."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.core.errors import ProblemsError
from annotator.ui.i18n import translate

SHOWN_PROBLEMS = 20


def problems_text(error: Exception, heading: str) -> str:
    """`heading`, a blank line, then the error: every problem of a ProblemsError (the first 20, and how many more)."""
    if isinstance(error, ProblemsError):
        lines = [str(problem) for problem in error.problems]
        more = len(lines) - SHOWN_PROBLEMS
        tail = (
            "\n" + translate("ErrorText", "… and {count} more").format(count=QLocale().toString(more))
            if more > 0
            else ""
        )
        return f"{heading}\n\n" + "\n".join(lines[:SHOWN_PROBLEMS]) + tail
    return f"{heading}\n\n{error}"


def open_error_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A window-modal warning that does not block the event loop.

    Plain text: messages quote package paths and texts, shown as written, never as markup that could
    load a file.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_box")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box

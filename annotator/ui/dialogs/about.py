"""Help ▸ About: the version and licence, where the workspace is, and what is (and is never) recorded."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from annotator import __version__
from annotator.ui.dialogs.cheat_sheet import menu_path

# English here, translated where shown (the AboutDialog context).
RECORDED = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "What is recorded, on this computer only, in the workspace:\n"
    "• per item: your annotation, status and comment, and active and idle time;\n"
    "• how many keys and clicks happened (counts only), every few seconds;\n"
    "• a private break log (when, which break, taken, postponed or skipped);\n"
    "• your settings: keys, break settings, pseudonym, recent packages.",
)
NEVER = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Never recorded: which keys you pressed or what you typed, where the mouse was, screenshots, "
    "the webcam, other applications.",
)
LEAVES = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Only the bundles you export leave this computer ({menu}), after you have seen every "
    "field they hold; they name you by your pseudonym. The break log, the counts and the dashboard never leave.",
)


def licence() -> str:
    """The licence the installed package declares (MIT, from pyproject.toml, when run from a source tree)."""
    try:
        declared = metadata.metadata("annotator")
    except metadata.PackageNotFoundError:
        return "MIT"
    return declared.get("License-Expression") or declared.get("License") or "MIT"


class AboutDialog(QDialog):
    """Plain text, selectable, so the workspace path can be copied into a file manager or a support mail."""

    def __init__(self, workspace_folder: Path, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About annotator"))
        layout = QVBoxLayout(self)
        parts = (
            (
                "about_version",
                self.tr("annotator {version} — offline, keyboard-first annotation of images, audio and text.").format(
                    version=__version__
                ),
            ),
            ("about_licence", self.tr("Licence: {licence}.").format(licence=licence())),
            (
                "about_workspace",
                self.tr("Your workspace (everything you do is saved here at once):\n{folder}").format(
                    folder=workspace_folder
                ),
            ),
            ("about_recorded", self.tr(RECORDED)),
            ("about_never", self.tr(NEVER)),
            ("about_leaves", self.tr(LEAVES).format(menu=menu_path("file.export_bundle"))),
        )
        for name, text in parts:
            label = QLabel(text)
            label.setObjectName(name)
            # A path may hold '<' or '&': shown as written, never as markup.
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def text(self) -> str:
        """Everything the dialog says, as one text."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))

"""The pseudonym a bundle names its annotator by: asked before the first export, changed from File ▸ Pseudonym…"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from annotator.core.bundle import is_valid_pseudonym
from annotator.core.workspace import Workspace
from annotator.ui.dialogs.cheat_sheet import menu_path
from annotator.ui.i18n import translate
from annotator.ui.theme import keep_tone

# The workspace makes up an `anon-…` id on first use; this records that the annotator confirmed or chose one.
CHOSEN_SETTING = "annotator_id_chosen"
RULE = QT_TRANSLATE_NOOP(
    "PseudonymDialog",
    "1–64 of the letters A–Z and a–z, digits, '.', '_' and '-', starting with a letter or digit; no spaces",
)


def rule() -> str:
    """What a pseudonym may be made of, in the UI's language."""
    return translate("PseudonymDialog", RULE)


def pseudonym_chosen(workspace: Workspace) -> bool:
    """Whether the annotator has answered the pseudonym question in this workspace."""
    return bool(workspace.setting(CHOSEN_SETTING, False))


def store_pseudonym(workspace: Workspace, name: str) -> None:
    """Keep `name` (already valid) as the pseudonym every bundle from now on carries."""
    workspace.set_settings([("annotator_id", name), (CHOSEN_SETTING, True)])


def refusal(name: str) -> str | None:
    """Why `name` cannot be a pseudonym, or None if it can."""
    if is_valid_pseudonym(name):
        return None
    if not name:
        return translate("PseudonymDialog", "Type a pseudonym.")
    if any(character.isspace() for character in name):
        text = translate(
            "PseudonymDialog", "“{name}” has a space: a pseudonym is one word ({rule}). Never your real name."
        )
        return text.format(name=name, rule=rule())
    return translate("PseudonymDialog", "“{name}” cannot be used: {rule}.").format(name=name, rule=rule())


class PseudonymDialog(QDialog):
    """Says what a pseudonym is for, proposes the current one; Enter keeps a valid one, Esc cancels."""

    pseudonym_chosen = Signal(str)

    def __init__(self, current: str, parent: Any = None, *, before_export: bool = False):
        super().__init__(parent)
        self.setObjectName("pseudonym_dialog")
        self.setWindowTitle(self.tr("Your pseudonym"))
        # Two whole sentences rather than one glued from parts: a translation may order them otherwise.
        if before_export:
            said = self.tr(
                "Before your first export: which pseudonym should your bundles carry?\n\n"
                "A bundle names you only by a pseudonym, never by your real name. Use the one your team "
                "lead gave you, or keep or make up one: {rule}. You can change it later ({menu})."
            )
        else:
            said = self.tr(
                "A bundle names you only by a pseudonym, never by your real name. Use the one your team "
                "lead gave you, or keep or make up one: {rule}. You can change it later ({menu})."
            )
        text = QLabel(said.format(rule=rule(), menu=menu_path("file.pseudonym")))
        text.setObjectName("pseudonym_text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.field = QLineEdit(current)
        self.field.setObjectName("pseudonym_field")
        self.field.setAccessibleName(self.tr("Pseudonym"))
        self.field.setMaxLength(64)
        self.field.selectAll()  # typing replaces the proposal; Enter keeps it
        self.problem = QLabel()
        self.problem.setObjectName("pseudonym_problem")
        self.problem.setWordWrap(True)
        # The refusal quotes what was typed: shown as written, never as markup.
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        keep_tone(self.problem, "error")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.field.textEdited.connect(lambda _text: self.problem.hide())
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        name = self.field.text().strip()
        reason = refusal(name)
        if reason is not None:
            self.problem.setText(reason)
            self.problem.show()
            self.field.setFocus()
            return  # the dialog stays open until the pseudonym can be used
        self.pseudonym_chosen.emit(name)
        super().accept()

"""Why a result is rejected: reason chips on keys 1-5 plus free text; Enter confirms, Esc cancels, an empty reason is refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

REASON_CHIPS = ("wrong label", "box too loose", "missed object", "transcript error", "guideline not followed")
EMPTY_REFUSED = "Choose a reason (1–5) or type one: the annotator needs to know what to fix."


def reason_text(chips: list[str], text: str) -> str:
    """The reason the annotator reads: the chips chosen, then the lead's own words ('wrong label; box too loose: the dog')."""
    chosen = "; ".join(chips)
    typed = " ".join(text.split())
    if chosen and typed:
        return f"{chosen}: {typed}"
    return chosen or typed


class ReasonDialog(QDialog):
    """Keys 1-5 toggle a chip (Alt+1-5 while typing); any other character starts the free text."""

    reason_chosen = Signal(str)

    def __init__(self, subject: str, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle("Reason for rejecting")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        prompt = QLabel(f"Why is {subject} rejected? The annotator reads this.")
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setWordWrap(True)
        chips = QHBoxLayout()
        self.chips: list[QPushButton] = []
        for number, name in enumerate(REASON_CHIPS, start=1):
            chip = QPushButton(f"{number} {name}")
            chip.setObjectName(f"reason_chip_{number}")
            chip.setCheckable(True)
            chip.setAutoDefault(False)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the dialog's: 1-5 never type into a chip
            chip.toggled.connect(self._on_chip_toggled)
            chips.addWidget(chip)
            self.chips.append(chip)
            # A bare digit while typing is typed (the text box claims it); Alt+digit always picks.
            action = QAction(name, self)
            action.setShortcuts([QKeySequence(str(number)), QKeySequence(f"Alt+{number}")])
            action.triggered.connect(chip.toggle)
            self.addAction(action)
        self.text = QLineEdit()
        self.text.setObjectName("reason_text")
        self.text.setPlaceholderText("More words for the annotator (optional with a chip)")
        self.text.setMaxLength(1500)  # with the chips, within the review bundle's 2,000 characters
        self.text.returnPressed.connect(self.confirm)
        self.text.textChanged.connect(self._on_chip_toggled)
        self.message = QLabel("1–5 pick reasons, type to add words · Enter confirms · Esc cancels")
        self.message.setObjectName("reason_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(chips)
        layout.addWidget(self.text)
        layout.addWidget(self.message)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def reason(self) -> str:
        """The reason as it stands."""
        return reason_text([REASON_CHIPS[i] for i, chip in enumerate(self.chips) if chip.isChecked()], self.text.text())

    def confirm(self) -> None:
        """Take the reason (refused, with a word why, while empty)."""
        reason = self.reason()
        if not reason:
            self.message.setText(EMPTY_REFUSED)
            return
        self.reason_chosen.emit(reason)
        self.accept()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.setFocus()  # on the dialog, not the text: bare digits pick chips

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
            return
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if plain and not self.text.hasFocus() and event.text().isprintable() and event.text().strip():
            # Typing starts the free text where the first character is kept.
            self.text.setFocus()
            self.text.insert(event.text())
            return
        super().keyPressEvent(event)  # Esc rejects

    def _on_chip_toggled(self, *_args: object) -> None:
        if self.reason():
            self.message.setText(f"The annotator reads: “{self.reason()}”")

"""Why a result is rejected: reason chips on keys 1-5 plus free text; Enter confirms, Esc cancels, an empty reason is refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from annotator.ui.i18n import translate

# English here; the dialog shows them (and the reason the annotator reads says them) in the lead's language.
REASON_CHIPS = (
    QT_TRANSLATE_NOOP("ReasonDialog", "wrong label"),
    QT_TRANSLATE_NOOP("ReasonDialog", "box too loose"),
    QT_TRANSLATE_NOOP("ReasonDialog", "missed object"),
    QT_TRANSLATE_NOOP("ReasonDialog", "transcript error"),
    QT_TRANSLATE_NOOP("ReasonDialog", "guideline not followed"),
)
# What each chip says, its key first: whole texts, so a chip shows a translation and not a number glued to one.
CHIP_LABELS = (
    QT_TRANSLATE_NOOP("ReasonDialog", "1 wrong label"),
    QT_TRANSLATE_NOOP("ReasonDialog", "2 box too loose"),
    QT_TRANSLATE_NOOP("ReasonDialog", "3 missed object"),
    QT_TRANSLATE_NOOP("ReasonDialog", "4 transcript error"),
    QT_TRANSLATE_NOOP("ReasonDialog", "5 guideline not followed"),
)
EMPTY_REFUSED = QT_TRANSLATE_NOOP(
    "ReasonDialog", "Choose a reason (1–5) or type one: the annotator needs to know what to fix."
)


def chip_names() -> list[str]:
    """The reason chips in the UI's language."""
    return [translate("ReasonDialog", name) for name in REASON_CHIPS]


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
        self.setWindowTitle(self.tr("Reason for rejecting"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        prompt = QLabel(self.tr("Why is {subject} rejected? The annotator reads this.").format(subject=subject))
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setWordWrap(True)
        chips = QHBoxLayout()
        self.chips: list[QPushButton] = []
        self.chip_names = chip_names()
        for number, name in enumerate(self.chip_names, start=1):
            chip = QPushButton(translate("ReasonDialog", CHIP_LABELS[number - 1]))
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
        self.text.setPlaceholderText(self.tr("More words for the annotator (optional with a chip)"))
        self.text.setAccessibleName(self.tr("Words for the annotator"))
        self.text.setMaxLength(1500)  # with the chips, within the review bundle's 2,000 characters
        self.text.returnPressed.connect(self.confirm)
        self.text.textChanged.connect(self._on_chip_toggled)
        self.message = QLabel(self.tr("1–5 pick reasons, type to add words · Enter confirms · Esc cancels"))
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
        chosen = [self.chip_names[i] for i, chip in enumerate(self.chips) if chip.isChecked()]
        return reason_text(chosen, self.text.text())

    def confirm(self) -> None:
        """Take the reason (refused, with a word why, while empty)."""
        reason = self.reason()
        if not reason:
            self.message.setText(translate("ReasonDialog", EMPTY_REFUSED))
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
            self.message.setText(self.tr("The annotator reads: “{reason}”").format(reason=self.reason()))

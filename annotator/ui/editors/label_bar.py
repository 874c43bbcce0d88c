"""A row of label buttons showing their keys, the choice, the suggestion, and binary answer buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from annotator.core.judgements import Suggestion
from annotator.core.model import LabelSchema
from annotator.ui.i18n import translate
from annotator.ui.widgets.text_only import plain_tooltip

# English here, translated where shown (LabelBar.set_schema); the key is part of the text, so a translation
# can name it as the language's keyboard does ("Leertaste", "Spazio").
ANSWER_BUTTONS = (
    ("accept", QT_TRANSLATE_NOOP("LabelBar", "A  ✓ accept")),
    ("reject", QT_TRANSLATE_NOOP("LabelBar", "X  ✗ reject")),
    ("ignore", QT_TRANSLATE_NOOP("LabelBar", "Space  ignore")),
)


def _readable_on(color: QColor) -> str:
    # Dark text on light label colours, white on dark ones (perceived luminance).
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return "#111111" if luminance > 150 else "#ffffff"


class LabelBar(QWidget):
    """Buttons never take focus, so clicking one leaves the keyboard in the text."""

    label_clicked = Signal(str)
    answer_clicked = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("label_bar")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        self.answer_buttons: dict[str, QPushButton] = {}
        self._signature: tuple[Any, ...] | None = None

    def set_schema(self, schema: LabelSchema, keys: dict[str, str]) -> None:
        """Rebuild the buttons, only when the schema or the keys differ from last time."""
        signature = (schema, tuple(sorted(keys.items())))
        if signature == self._signature:
            return
        self._signature = signature
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons, self.answer_buttons = {}, {}
        if schema.mode == "binary":
            for answer, text in ANSWER_BUTTONS:
                button = self._button(translate("LabelBar", text), QColor("#4a6fa5"))
                button.setObjectName(f"answer_{answer}")
                button.clicked.connect(lambda _checked=False, a=answer: self.answer_clicked.emit(a))
                self.answer_buttons[answer] = button
        for label in schema.labels:
            key = keys.get(label.name)
            button = self._button(f"{key}  {label.name}" if key else label.name, QColor(label.color))
            button.setObjectName(f"label_{label.name}")
            # The description comes from the package: shown as words, never as markup that could load a file.
            button.setToolTip(plain_tooltip(label.description or label.name))
            button.clicked.connect(lambda _checked=False, name=label.name: self.label_clicked.emit(name))
            self.buttons[label.name] = button
        self._layout.addStretch(1)

    def _button(self, text: str, color: QColor) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("base_text", text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        name, fg = color.name(), _readable_on(color)
        button.setStyleSheet(
            f"QPushButton {{ border: 2px solid {name}; border-radius: 6px; padding: 6px 14px; font-size: 15px; }}"
            f"QPushButton:checked {{ background: {name}; color: {fg}; }}"
            f"QPushButton[suggested='true'] {{ border-style: dashed; }}"
        )
        self._layout.addWidget(button)
        return button

    def show_state(self, *, chosen: list[str], answer: str | None, suggestion: Suggestion | None) -> None:
        """Check the chosen labels (or answer); mark suggested labels with a dashed border and their score."""
        suggested = set(suggestion.labels) if suggestion else set()
        for name, button in self.buttons.items():
            self._set_checked(button, name in chosen)
            is_suggested = name in suggested
            if button.property("suggested") != is_suggested:
                button.setProperty("suggested", is_suggested)
                button.style().unpolish(button)
                button.style().polish(button)
        for name, button in self.answer_buttons.items():
            self._set_checked(button, name == answer)

    @staticmethod
    def _set_checked(button: QPushButton, checked: bool) -> None:
        # A tick as well as the fill, so the choice does not rest on colour alone.
        button.setChecked(checked)
        button.setText(f"{button.property('base_text')}{'  ✓' if checked else ''}")

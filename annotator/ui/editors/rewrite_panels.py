"""The rewrite editor's parts: the text box with no undo of its own, the tracked changes, the edits, two questions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from annotator.core.evaluation import rewrite as ops
from annotator.core.text_offsets import TextOffsets
from annotator.ui.actions import SHELL_ACTIONS, spec_by_id
from annotator.ui.i18n import translate
from annotator.ui.keymap import current as current_keymap

DELETED = ("#f8d7da", "#842029")  # background, text
INSERTED = ("#d1e7dd", "#0f5132")
FOCUSED = "#ffe69c"
ROW_CHARS = 48  # how much of an edit's words a row of the list shows
UNCHANGED_QUESTION = QT_TRANSLATE_NOOP("RewriteEditor", "The response is unchanged. Submit it as needing no change?")
# What the category list offers for "untag": a choice, not a category (the list compares with the translated text).
NO_CATEGORY = QT_TRANSLATE_NOOP("RewriteEditor", "(no category)")


class RewriteBox(QPlainTextEdit):
    """The rewrite being typed. It keeps no undo history: the app's Ctrl+Z undoes typing like any other change."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("rewrite_box")
        self.setAccessibleName(self.tr("Rewritten response"))
        self.setUndoRedoEnabled(False)
        self.setPlaceholderText(self.tr("The rewritten response"))

    def event(self, event: QEvent) -> bool:
        # A text box claims Ctrl+Z and Ctrl+Shift+Z for its own undo; here they are the app's, so let them through.
        if event.type() == QEvent.Type.ShortcutOverride and self._is_undo_key(event):
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_undo_key(event):
            event.ignore()  # reached here only if the app's undo is disabled: nothing to undo, nothing to type
            return
        super().keyPressEvent(event)

    @staticmethod
    def _is_undo_key(event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
            return True
        pressed = QKeySequence(event.keyCombination())
        for action_id in ("edit.undo", "edit.redo"):
            for key in current_keymap().keys_for(spec_by_id(action_id, SHELL_ACTIONS)):
                if QKeySequence(key).matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                    return True
        return False

    def text(self) -> str:
        """What the box holds, every line break as '\\n' (Qt's paragraph and line separators included)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def caret(self) -> int:
        """The caret as a code point index of `text()`."""
        return TextOffsets(self.text()).to_code_point(self.textCursor().position())

    def set_caret(self, index: int) -> None:
        """Put the caret at code point `index` of `text()` and scroll it into view."""
        cursor = self.textCursor()
        cursor.setPosition(TextOffsets(self.text()).to_display(index))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def replace_text(self, text: str) -> None:
        """Show `text` by replacing only what differs; the caret ends after the change (after an undo: where it was)."""
        old = self.text()
        if old == text:
            return
        start, tail = ops.common_ends(old, text)
        cursor = QTextCursor(self.document())
        offsets = TextOffsets(old)
        cursor.setPosition(offsets.to_display(start))
        cursor.setPosition(offsets.to_display(len(old) - tail), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text[start : len(text) - tail])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


def _format(colors: tuple[str, str], *, strike: bool) -> QTextCharFormat:
    chosen = QTextCharFormat()
    chosen.setBackground(QColor(colors[0]))
    chosen.setForeground(QColor(colors[1]))
    chosen.setFontStrikeOut(strike)
    chosen.setFontUnderline(not strike)
    return chosen


class DiffView(QPlainTextEdit):
    """The original with the rewrite's changes tracked inline: deleted words struck through, inserted ones underlined.

    Built from the stored edits with plain-text inserts, so nothing of the package is ever read as markup.
    """

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("rewrite_diff")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the rewrite; the wheel still scrolls
        self._shown: tuple[str, list[tuple[str, str, int]]] | None = None
        self._places: list[tuple[int, int]] = []  # each edit's (start, end) in the view, UTF-16 units
        self._deleted = _format(DELETED, strike=True)
        self._inserted = _format(INSERTED, strike=False)

    def show_diff(self, original: str, edits: Sequence[dict[str, Any]]) -> None:
        """Show `original` with `edits` marked (nothing is rebuilt if they are the ones on screen)."""
        key = (original, [(e["before"], e["after"], e["before_start"]) for e in edits])
        if key == self._shown:
            return
        self._shown = key
        self.clear()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        plain = QTextCharFormat()
        places, last = [], 0
        for edit in edits:
            cursor.insertText(ops.editable(original[last : edit["before_start"]]), plain)
            start = cursor.position()
            if edit["before"]:
                cursor.insertText(ops.editable(edit["before"]), self._deleted)
            if edit["after"]:
                cursor.insertText(ops.editable(edit["after"]), self._inserted)
            places.append((start, cursor.position()))
            last = edit["before_start"] + len(edit["before"])
        cursor.insertText(ops.editable(original[last:]), plain)
        cursor.endEditBlock()
        self._places = places

    def focus_edit(self, index: int | None) -> None:
        """Outline edit `index` (None: none) and scroll it into view."""
        if index is None or not 0 <= index < len(self._places):
            self.setExtraSelections([])
            return
        start, end = self._places[index]
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format.setProperty(QTextFormat.Property.OutlinePen, QColor("#997404"))
        selection.format.setFontWeight(QFont.Weight.Bold)
        self.setExtraSelections([selection])
        caret = QTextCursor(self.document())
        caret.setPosition(end)
        self.setTextCursor(caret)
        self.ensureCursorVisible()

    def places(self) -> list[tuple[int, int]]:
        """Where each edit is in the view (start, end in Qt's units), for reading back what is shown."""
        return list(self._places)


def _shown_words(text: str) -> str:
    text = text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎").replace("\t", "⇥")
    return text if len(text) <= ROW_CHARS else text[: ROW_CHARS - 1] + "…"


def edit_row(number: int, edit: dict[str, Any]) -> str:
    """One edit as its row reads: '2  Berlin → Paris  · factual error'."""
    before = f"“{_shown_words(edit['before'])}”" if edit["before"] else translate("RewriteEditor", "(nothing)")
    after = f"“{_shown_words(edit['after'])}”" if edit["after"] else translate("RewriteEditor", "(deleted)")
    category = edit["category"] or translate("RewriteEditor", "no category")
    return f"{number}  {before} → {after}   · {category}"


class EditList(QListWidget):
    """The rewrite's edits, one row each with its category; the row of the edit at the caret is current."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("rewrite_edits")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # rows follow the caret; Alt+↑/↓ move it from edit to edit
        self.setAlternatingRowColors(True)
        self._rows: list[str] = []

    def show_edits(self, edits: Sequence[dict[str, Any]], focused: int | None) -> None:
        """List `edits` (rebuilt only if they changed) with row `focused` current."""
        rows = [edit_row(number, edit) for number, edit in enumerate(edits, start=1)]
        if rows != self._rows:
            self._rows = rows
            self.clear()
            for row in rows:
                self.addItem(QListWidgetItem(row))  # list items show plain text, never markup
        if focused is not None and 0 <= focused < len(rows):
            self.setCurrentRow(focused)
            self.scrollToItem(self.item(focused))
        else:
            self.setCurrentRow(-1)

    def rows(self) -> list[str]:
        """The rows as shown."""
        return list(self._rows)


def unchanged_question(parent: QWidget) -> tuple[QMessageBox, QPushButton]:
    """The question an unchanged response is submitted with, and its yes button: Return says yes, Esc says no."""
    question = translate("RewriteEditor", UNCHANGED_QUESTION)
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("RewriteEditor", "Unchanged response"), question, parent=parent
    )
    box.setObjectName("rewrite_unchanged_dialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(translate("RewriteEditor", "Submit unchanged"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(translate("RewriteEditor", "Keep editing"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    return box, yes


def no_category() -> str:
    """The category list's last choice, which takes the category off (in the UI's language)."""
    return translate("RewriteEditor", NO_CATEGORY)


def category_chooser(parent: QWidget, categories: Sequence[str], current: str | None, *, number: int) -> QInputDialog:
    """The whole list of categories for edit `number`: typing a letter jumps to it, Return takes it, Esc leaves it."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("rewrite_category_dialog")
    untag = no_category()
    dialog.setWindowTitle(translate("RewriteEditor", "Category"))
    dialog.setLabelText(
        translate("RewriteEditor", "Category of edit {number} (type to jump, Return takes it):").format(number=number)
    )
    dialog.setComboBoxItems([*categories, untag])  # combo box items are plain text
    dialog.setTextValue(current if current in categories else (categories[0] if categories else untag))
    return dialog

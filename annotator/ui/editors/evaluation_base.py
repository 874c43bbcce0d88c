"""What the four evaluation editors share: the item on screen, its stored annotation, undoable commits, the shell's keys.

A subclass builds its widgets, then implements `load(item, annotation)` (show a new item) and
`refresh()` (redraw from `self.annotation` after an edit, undo or redo); it changes things only through
`commit(new_annotation, text)`, so every change is one undoable step stored at once.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from annotator.core.edits import Edit, SetAnnotation
from annotator.core.model import Item
from annotator.core.session import PackageSession


class EvaluationEditor(QWidget):
    """Base of the pairwise, rating, translation and rewrite editors (see the module's docstring)."""

    item_shown = Signal(str)

    def __init__(self, context: Any, parent: Any = None):
        super().__init__(parent)
        self._context = context
        self.session: PackageSession | None = None
        self.item: Item | None = None
        self.annotation: Any = None
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self.message.setObjectName("editor_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background:#fff3cd;color:#5c4400;padding:6px;border-radius:4px;")
        self.message.hide()

    # -- what a subclass implements ------------------------------------------------------------

    def load(self, item: Item, annotation: Any) -> None:
        """Show a new item with its stored annotation (None if never touched)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Redraw from `self.annotation` (after an edit, undo or redo of this item)."""
        raise NotImplementedError

    # -- the host's interface ------------------------------------------------------------------

    def show_item(self, session: PackageSession, item: Item) -> None:
        """Show an item and what is stored for it; the keyboard lands in the editor on a fresh package."""
        first = self.session is not session
        self.session, self.item = session, item
        self.annotation = copy.deepcopy(session.state(item.id).annotation)
        self.message.hide()
        self.load(item, self.annotation)
        focus = QApplication.focusWidget()
        if first or focus is None or not focus.isVisible() or self.isAncestorOf(focus):
            self.take_focus()
        self.item_shown.emit(item.id)

    def take_focus(self) -> None:
        """Put the keyboard where this editor's keys work (a subclass may pick a child)."""
        self.setFocus()

    def item_changed(self, edit: Edit) -> None:
        """Re-read the item after an edit, undo or redo of it."""
        if self.session is None or self.item is None or edit.item_id != self.item.id:
            return
        if isinstance(edit, SetAnnotation):
            self.annotation = copy.deepcopy(self.session.state(self.item.id).annotation)
            self.refresh()

    # -- for subclasses ------------------------------------------------------------------------

    @property
    def annotator(self) -> str:
        """The annotator's pseudonym (what seeds the shown order)."""
        assert self.session is not None
        return self.session.workspace.annotator_id()

    def commit(self, annotation: Any, text: str, *, merge_key: str | None = None) -> None:
        """Store `annotation` for the item as one undoable step (nothing happens if it is unchanged)."""
        if self.session is None or self.item is None or annotation == self.annotation:
            return
        before = self.session.state(self.item.id).annotation
        self._context.push(
            SetAnnotation(self.session.package_id, self.item.id, before, annotation, text, merge_key=merge_key)
        )

    def show_message(self, text: str) -> None:
        """A note above the item (why a key did nothing, what is still missing)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def trigger_shell(self, action_id: str) -> None:
        """Run one of the shell's actions (item.done, go.previous, ...), as its own key would."""
        window = self.window()
        action = window.findChild(QAction, action_id) if window is not None else None
        if action is not None and action.isEnabled():
            action.trigger()

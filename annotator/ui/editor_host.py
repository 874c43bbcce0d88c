"""Hosts one editor per item kind and shows the current item in the right one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStackedWidget, QWidget

from annotator.core.edits import Edit
from annotator.core.model import Item
from annotator.core.session import PackageSession
from annotator.core.workspace import Workspace
from annotator.ui.undo import EditCommand, EditFailure


@dataclass
class EditorContext:
    """What an editor needs to change things: the store, the undo stack, and who to tell (of changes and failures)."""

    workspace: Workspace
    undo_stack: QUndoStack
    on_changed: Callable[[Edit], None]
    on_failed: Callable[[EditFailure], None]

    def push(self, edit: Edit) -> None:
        """Apply an edit as one undoable step (dropped, and reported, if the workspace cannot store it)."""
        self.undo_stack.push(EditCommand(self.workspace, edit, self.on_changed, self.on_failed))


def _box_editor(context: EditorContext) -> QWidget:
    from annotator.ui.editors.bbox import BoxEditor

    return BoxEditor(context)


def _sentiment_editor(context: EditorContext) -> QWidget:
    from annotator.ui.editors.sentiment import SentimentEditor

    return SentimentEditor(context)


def _transcription_editor(context: EditorContext) -> QWidget:
    from annotator.ui.editors.transcription import TranscriptionEditor

    return TranscriptionEditor(context)


def _pairwise_editor(context: EditorContext) -> QWidget:
    from annotator.ui.editors.pairwise import PairwiseEditor

    return PairwiseEditor(context)


def _rating_editor(context: EditorContext) -> QWidget:
    from annotator.ui.editors.rating import RatingEditor

    return RatingEditor(context)


def _translation_editor(context: EditorContext) -> QWidget:
    from annotator.ui.editors.translation import TranslationEditor

    return TranslationEditor(context)


def _rewrite_editor(context: EditorContext) -> QWidget:
    from annotator.ui.editors.rewrite import RewriteEditor

    return RewriteEditor(context)


# Kind -> editor factory: one for each of ITEM_KINDS (the manifest refuses any other kind).
EDITOR_FACTORIES: dict[str, Callable[[EditorContext], QWidget]] = {
    "image": _box_editor,
    "audio": _transcription_editor,
    "text": _sentiment_editor,
    "pairwise": _pairwise_editor,
    "rating": _rating_editor,
    "translation": _translation_editor,
    "rewrite": _rewrite_editor,
}


class EditorHost(QStackedWidget):
    """Creates editors lazily, one per kind, and re-emits `item_shown` once an item is on screen."""

    item_shown = Signal(str)

    def __init__(self, context: EditorContext, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("editor_host")
        self._context = context
        self._editors: dict[str, QWidget] = {}

    def editor_for(self, kind: str) -> QWidget:
        """The editor for an item kind, created on first use."""
        if kind not in self._editors:
            editor = EDITOR_FACTORIES[kind](self._context)
            editor.item_shown.connect(self.item_shown)
            self._editors[kind] = editor
            self.addWidget(editor)
        return self._editors[kind]

    def show_item(self, session: PackageSession, item: Item) -> None:
        """Switch to the item's editor and load the item into it."""
        editor = self.editor_for(item.kind)
        self.setCurrentWidget(editor)
        editor.show_item(session, item)

    def keymap_changed(self) -> None:
        """Tell every editor built so far that the user changed keys (some derive keys of their own)."""
        for editor in self._editors.values():
            if hasattr(editor, "keymap_changed"):
                editor.keymap_changed()

    def item_changed(self, edit: Edit) -> None:
        """Tell the visible editor that an item changed (after an edit, undo or redo)."""
        editor = self.currentWidget()
        if hasattr(editor, "item_changed"):
            editor.item_changed(edit)

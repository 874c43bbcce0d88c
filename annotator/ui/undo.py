"""QUndoCommand over core edit objects: the UI's undo stack never holds data, only edits."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.core.edits import Edit, SetAnnotation, SetComment
from annotator.core.workspace import Workspace

# Edits that carry a merge key: runs of nudges, of typing in a segment, of typing a comment.
MERGEABLE = (SetAnnotation, SetComment)


class EditCommand(QUndoCommand):
    """Applies a core edit on redo, reverts it on undo, then tells the view what changed."""

    def __init__(self, workspace: Workspace, edit: Edit, on_changed: Callable[[Edit], None]):
        super().__init__(edit.text)
        self._workspace = workspace
        self.edit = edit
        self._on_changed = on_changed

    def id(self) -> int:
        # Qt merges only commands with the same non-negative id; mergeWith checks the exact key.
        return 1 if isinstance(self.edit, MERGEABLE) and self.edit.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        mine, theirs = self.edit, getattr(other, "edit", None)
        if type(mine) is not type(theirs) or not isinstance(mine, MERGEABLE):
            return False
        if mine.merge_key != theirs.merge_key or (mine.package_id, mine.item_id) != (theirs.package_id, theirs.item_id):
            return False
        self.edit = dataclasses.replace(mine, after=theirs.after)
        return True

    def redo(self) -> None:
        self.edit.apply(self._workspace)
        self._on_changed(self.edit)

    def undo(self) -> None:
        self.edit.revert(self._workspace)
        self._on_changed(self.edit)

"""QUndoCommand over core edit objects: the UI's undo stack never holds data, only edits."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from annotator.core.edits import Edit, SetAnnotation, SetComment
from annotator.core.workspace import Workspace

# Edits that carry a merge key: runs of nudges, of typing in a segment, of typing a comment.
MERGEABLE = (SetAnnotation, SetComment)


@dataclass(frozen=True)
class EditFailure:
    """An edit the workspace could not store (`undoing`: while undoing it), and why."""

    edit: Edit
    error: Exception
    undoing: bool = False


class EditCommand(QUndoCommand):
    """Applies a core edit on redo, reverts it on undo, then tells the view what changed.

    When the workspace cannot store the change, the command makes itself obsolete, so the stack
    drops it instead of listing a step that was never saved, and `on_failed` tells the user.
    """

    def __init__(
        self,
        workspace: Workspace,
        edit: Edit,
        on_changed: Callable[[Edit], None],
        on_failed: Callable[[EditFailure], None],
    ):
        super().__init__(edit.text)
        self._workspace = workspace
        self.edit = edit
        self._on_changed = on_changed
        self._on_failed = on_failed

    def id(self) -> int:
        # Qt merges only commands with the same non-negative id; mergeWith checks the exact key.
        return 1 if isinstance(self.edit, MERGEABLE) and self.edit.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        mine, theirs = self.edit, getattr(other, "edit", None)
        if other.isObsolete():  # a step that failed to save must not slip into the one before it
            return False
        if type(mine) is not type(theirs) or not isinstance(mine, MERGEABLE):
            return False
        if mine.merge_key != theirs.merge_key or (mine.package_id, mine.item_id) != (theirs.package_id, theirs.item_id):
            return False
        self.edit = dataclasses.replace(mine, after=theirs.after)
        return True

    def redo(self) -> None:
        self._store(self.edit.apply, undoing=False)

    def undo(self) -> None:
        self._store(self.edit.revert, undoing=True)

    def _store(self, step: Callable[[Workspace], None], *, undoing: bool) -> None:
        try:
            step(self._workspace)
        except Exception as exc:  # any failure to store (sqlite, encoding, disk) must reach the user
            # Qt calls redo/undo from C++, where a Python exception would only be printed.
            self.setObsolete(True)
            self._on_failed(EditFailure(self.edit, exc, undoing))
        # Either way the view re-reads the store, so it shows what is saved and nothing else.
        self._on_changed(self.edit)

"""QUndoCommand over core edit objects: the UI's undo stack never holds data, only edits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.core.edits import Edit
from annotator.core.workspace import Workspace


class EditCommand(QUndoCommand):
    """Applies a core edit on redo, reverts it on undo, then tells the view what changed."""

    def __init__(self, workspace: Workspace, edit: Edit, on_changed: Callable[[Edit], None]):
        super().__init__(edit.text)
        self._workspace = workspace
        self.edit = edit
        self._on_changed = on_changed

    def redo(self) -> None:
        self.edit.apply(self._workspace)
        self._on_changed(self.edit)

    def undo(self) -> None:
        self.edit.revert(self._workspace)
        self._on_changed(self.edit)

"""The lead fixes one result in the usual editor of its kind, on a scratch workspace of the review folder; Ctrl+Return takes it as the fix."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from annotator.core.edits import Edit
from annotator.core.model import Item, Status
from annotator.core.package import Package
from annotator.core.quality.review_session import Result
from annotator.core.session import PackageSession
from annotator.core.workspace import Workspace
from annotator.ui.actions import ActionSpec, build_action
from annotator.ui.editor_host import EditorContext, EditorHost
from annotator.ui.undo import EditFailure

WORKSPACE_FOLDER = "fix-workspace"
_WINDOW = Qt.ShortcutContext.WindowShortcut
# The dialog's own keys; the editor's keys are its usual ones (none of them is one of these).
FIX_EDITOR_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "fix_editor.use",
        "&Use as fix",
        "Fix",
        ("Ctrl+Return", "Ctrl+Enter"),
        "Take the edited result as the fix",
        _WINDOW,
    ),
    ActionSpec("fix_editor.undo", "&Undo", "Fix", ("Ctrl+Z",), "Undo the last change in the editor", _WINDOW),
    ActionSpec("fix_editor.redo", "&Redo", "Fix", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the change undone last", _WINDOW),
)
# Their texts for lupdate, in the context spec_text and spec_description read every action's in
# (the action table's generated sources hold the main and review tables only; &Undo and &Redo are there).
_ACTION_TEXTS = (
    QT_TRANSLATE_NOOP("actions", "&Use as fix"),
    QT_TRANSLATE_NOOP("actions", "Take the edited result as the fix"),
    QT_TRANSLATE_NOOP("actions", "Undo the last change in the editor"),
    # "Redo the change undone last" is Edit > Redo's own description: the action table's translation serves it.
)


class FixEditorDialog(QDialog):
    """An EditorHost on a private workspace, started from one annotator's result; `fix_chosen` carries the edited annotation.

    The workspace (`<review folder>/fix-workspace`) is locked while the dialog is open and closed
    when it closes; what is stored there is only ever a starting point, overwritten on the next open.
    """

    fix_chosen = Signal(object)  # the annotation to fix with

    def __init__(self, *, package: Package, item: Item, result: Result, review_folder: Path, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("fix_editor_dialog")
        title = self.tr("Fix {item} ({annotator}'s result) — annotator")
        self.setWindowTitle(title.format(item=result.item_id, annotator=result.annotator))
        self.resize(1100, 720)
        self.item = item
        self.result = result
        self.workspace = Workspace.open(Path(review_folder) / WORKSPACE_FOLDER)
        try:
            self.session = PackageSession(package, self.workspace)
            package_id = self.session.package_id
            # The starting point: the annotator's result as their bundle holds it.
            self.workspace.set_annotation(package_id, item.id, copy.deepcopy(result.annotation))
            self.workspace.set_comment(package_id, item.id, "")
            status = result.status if result.status in set(Status) else Status.DONE
            self.workspace.set_status(package_id, item.id, Status(status))
            self.session.record_status(item.id, Status(status))
        except BaseException:
            self.workspace.close()
            raise
        self.undo_stack = QUndoStack(self)
        context = EditorContext(self.workspace, self.undo_stack, self._on_edit_changed, self._on_edit_failed)
        self.host = EditorHost(context)
        self.message = QLabel()
        self.message.setObjectName("fix_editor_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        hint = QLabel(
            self.tr(
                "Editing {annotator}'s result with the editor's usual keys · "
                "Ctrl+Return use as fix · Ctrl+Z undo · Esc cancel (nothing is decided)"
            ).format(annotator=result.annotator)
        )
        hint.setObjectName("fix_editor_hint")
        hint.setWordWrap(True)
        use_button = QPushButton(self.tr("Use as fix (Ctrl+Return)"))
        use_button.setObjectName("fix_editor_use_button")
        cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        cancel_button.setObjectName("fix_editor_cancel_button")
        for button in (use_button, cancel_button):
            # The keyboard stays in the editor, and Return means what the editor says, never "press a button".
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setDefault(False)
        use_button.clicked.connect(self.use_as_fix)
        cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(use_button)
        buttons.addWidget(cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.host, 1)
        layout.addLayout(buttons)
        handlers = {"fix_editor.use": self.use_as_fix, "fix_editor.undo": self.undo_stack.undo}
        handlers["fix_editor.redo"] = self.undo_stack.redo
        for spec in FIX_EDITOR_ACTIONS:
            build_action(self, spec, handlers[spec.id])
        # Editors hand "done" (the sentiment editor's Return, a binary answer) to the shell's action:
        # here, being done with the item means using it as the fix.
        done = QAction(self.tr("Use as fix"), self)
        done.setObjectName("item.done")
        done.triggered.connect(lambda _checked=False: self.use_as_fix())
        self.addAction(done)
        self.host.show_item(self.session, item)
        self.editor = self.host.currentWidget()
        self.editor.setFocus()
        self._released = False

    def annotation(self) -> Any:
        """The item's annotation as the editor has stored it in the scratch workspace."""
        return self.workspace.item(self.session.package_id, self.item.id).annotation

    def use_as_fix(self) -> None:
        """Ctrl+Return: the edited annotation becomes the fix, then the dialog closes."""
        if self._released:
            return
        self.fix_chosen.emit(copy.deepcopy(self.annotation()))
        self.accept()

    def _on_edit_changed(self, edit: Edit) -> None:
        self.host.item_changed(edit)

    def _on_edit_failed(self, failure: EditFailure) -> None:
        self.message.setText(self.tr("⚠ The change was not kept: {error}").format(error=failure.error))
        self.message.show()

    def done(self, code: int) -> None:
        # Hidden first: a comment box losing the keyboard stores its text while the workspace is still open.
        super().done(code)
        self._release()

    def _release(self) -> None:
        if not self._released:
            self._released = True
            self.undo_stack.clear()
            self.workspace.close()

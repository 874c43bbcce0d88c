"""The action table: every user action as data, with a stable id, menu, default keys and context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ActionSpec:
    """One action: `id` is stable and dotted; `keys` are defaults the user may remap."""

    id: str
    text: str
    menu: str
    keys: tuple[str, ...] = ()
    description: str = ""
    # Editor actions stay local to their editor so the same key can mean different things elsewhere.
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut


SHELL_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.open", "&Open package…", "File", ("Ctrl+O",), "Open a work package (.zip or folder)"),
    ActionSpec("file.export_bundle", "&Export bundle…", "File", ("Ctrl+E",), "Write your results as a bundle"),
    ActionSpec("file.quit", "&Quit", "File", ("Ctrl+Q",), "Quit; everything is already saved"),
    ActionSpec("edit.undo", "&Undo", "Edit", ("Ctrl+Z",), "Undo the last change"),
    ActionSpec("edit.redo", "&Redo", "Edit", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the change undone last"),
    ActionSpec("item.done", "Mark &done and next", "Item", ("Ctrl+Return",), "Mark the item done, go to the next unfinished"),
    ActionSpec("item.skip", "&Skip", "Item", ("Ctrl+K",), "Mark the item skipped, go to the next unfinished"),
    ActionSpec("item.flag", "&Flag", "Item", ("Ctrl+G",), "Flag the item for the team lead"),
    ActionSpec("item.todo", "Mark &to do", "Item", ("Ctrl+T",), "Put the item back to do"),
    ActionSpec("go.next", "&Next item", "Go", ("Alt+Right", "Ctrl+PgDown"), "Go to the next item"),
    ActionSpec("go.previous", "&Previous item", "Go", ("Alt+Left", "Ctrl+PgUp"), "Go to the previous item"),
    ActionSpec("go.next_unfinished", "Next &unfinished", "Go", ("Ctrl+J",), "Go to the next item still to do"),
    ActionSpec("view.queue", "Focus item &queue", "View", ("Ctrl+1",), "Put the keyboard in the item list"),
    ActionSpec("view.instructions", "Show &instructions", "View", ("Ctrl+I",), "Show or hide the instructions"),
    ActionSpec("help.cheat_sheet", "&Keyboard shortcuts", "Help", ("F1", "?"), "Show every key"),
)

MENU_ORDER = ("File", "Edit", "Item", "Go", "View", "Help")


def spec_by_id(action_id: str, specs: tuple[ActionSpec, ...] = SHELL_ACTIONS) -> ActionSpec:
    """Look up one action's spec."""
    for spec in specs:
        if spec.id == action_id:
            return spec
    raise KeyError(action_id)


def build_action(parent: QWidget, spec: ActionSpec, handler: Callable[[], object]) -> QAction:
    """A QAction for a spec, wired to `handler`, with its keys and context."""
    action = QAction(spec.text, parent)
    action.setObjectName(spec.id)
    action.setShortcuts([QKeySequence(key) for key in spec.keys])
    action.setShortcutContext(spec.context)
    action.setStatusTip(spec.description)
    action.setToolTip(f"{spec.description} ({', '.join(spec.keys)})" if spec.keys else spec.description)
    action.triggered.connect(lambda _checked=False: handler())
    parent.addAction(action)
    return action


def key_text(spec: ActionSpec) -> str:
    """Keys as the user sees them on this platform, e.g. 'Ctrl+Return, Ctrl+Enter'."""
    return ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in spec.keys)

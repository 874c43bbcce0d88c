"""What one user action is, as data: the table in actions.py and each editor's key module are made of these."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt


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
    # A check mark in the menu that follows what it shows (a panel on screen or not).
    checkable: bool = False


EDITOR = Qt.ShortcutContext.WidgetWithChildrenShortcut

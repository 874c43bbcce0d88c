"""The user's keys over the action table's defaults: kept in the workspace, applied at once, clashes found."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the action table builds its actions with this module's keys
    from annotator.ui.actions import ActionSpec

SETTING = "keys"


def normalized(key: str) -> str:
    """One spelling per key ('ctrl+return' and 'Ctrl+Return' are the same key)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


class Keymap:
    """Keys per action id: the user's choice where there is one, the default otherwise."""

    def __init__(self, overrides: Mapping[str, Iterable[str]] | None = None):
        self._overrides = {action_id: tuple(keys) for action_id, keys in (overrides or {}).items()}

    @classmethod
    def load(cls, workspace: Any) -> Keymap:
        """The keys stored in a workspace's settings (none: the defaults)."""
        stored = workspace.setting(SETTING, {}) or {}
        return cls({str(k): [str(key) for key in v] for k, v in stored.items() if isinstance(v, list)})

    def save(self, workspace: Any) -> None:
        """Store the user's keys (only those that differ from the defaults)."""
        workspace.set_setting(SETTING, {action_id: list(keys) for action_id, keys in sorted(self._overrides.items())})

    def keys_for(self, spec: ActionSpec) -> tuple[str, ...]:
        """The keys that trigger an action."""
        return self._overrides.get(spec.id, spec.keys)

    def set_keys(self, spec: ActionSpec, keys: Iterable[str]) -> None:
        """Give an action these keys (an empty list: no key)."""
        chosen = tuple(key for key in keys if key)
        if chosen == spec.keys:
            self._overrides.pop(spec.id, None)
        else:
            self._overrides[spec.id] = chosen

    def overrides(self) -> dict[str, tuple[str, ...]]:
        """The actions whose keys the user changed."""
        return dict(self._overrides)

    def conflicts(self, specs: Iterable[ActionSpec]) -> list[tuple[str, str, str]]:
        """(key, action, action) for each pair of actions one key would trigger at the same time.

        An editor's keys are live only while that editor has focus, so two editors may share a key;
        a window-wide key clashes with every action, and two actions of one editor clash.
        """
        by_key: dict[str, list[ActionSpec]] = defaultdict(list)
        for spec in specs:
            for key in self.keys_for(spec):
                by_key[normalized(key)].append(spec)
        clashes = []
        for key, holders in sorted(by_key.items()):
            for index, first in enumerate(holders):
                for second in holders[index + 1 :]:
                    if first.id != second.id and _live_together(first, second):
                        clashes.append((key, first.id, second.id))
        return clashes

    def apply(self, window: QWidget) -> None:
        """Re-key every action already built under a window (editors included)."""
        for action in window.findChildren(QAction):
            spec = _SPECS.get(action.objectName())
            if spec is not None:
                action.setShortcuts([QKeySequence(key) for key in self.keys_for(spec)])


def _live_together(first: ActionSpec, second: ActionSpec) -> bool:
    local = Qt.ShortcutContext.WidgetWithChildrenShortcut
    if not (first.context == local and second.context == local):
        return True
    return first.id.split(".")[0] == second.id.split(".")[0]


_current = Keymap()
_SPECS: dict[str, ActionSpec] = {}


def install(keymap: Keymap, specs: Iterable[ActionSpec]) -> None:
    """Make `keymap` the one every action built from now on takes its keys from."""
    global _current
    _current = keymap
    _SPECS.update({spec.id: spec for spec in specs})


def current() -> Keymap:
    """The keymap actions are built with."""
    return _current

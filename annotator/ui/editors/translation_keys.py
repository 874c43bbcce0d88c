"""The translation editor's actions: ids 'translation.*', single keys, each remappable in Help ▸ Change keys."""

from __future__ import annotations

from annotator.ui.action_spec import ActionSpec

TRANSLATION_ACTIONS: tuple[ActionSpec, ...] = ()

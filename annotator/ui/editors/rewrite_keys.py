"""The rewrite editor's actions: ids 'rewrite.*', single keys, each remappable in Help ▸ Change keys."""

from __future__ import annotations

from annotator.ui.action_spec import ActionSpec

REWRITE_ACTIONS: tuple[ActionSpec, ...] = ()

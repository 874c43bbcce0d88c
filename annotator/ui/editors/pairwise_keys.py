"""The pairwise editor's actions: ids 'pairwise.*', single keys, each remappable in Help ▸ Change keys."""

from __future__ import annotations

from annotator.ui.action_spec import ActionSpec

PAIRWISE_ACTIONS: tuple[ActionSpec, ...] = ()

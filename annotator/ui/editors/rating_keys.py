"""The rating editor's actions: ids 'rating.*', single keys, each remappable in Help ▸ Change keys."""

from __future__ import annotations

from annotator.ui.action_spec import ActionSpec

RATING_ACTIONS: tuple[ActionSpec, ...] = ()

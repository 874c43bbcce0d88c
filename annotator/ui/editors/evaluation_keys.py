"""The AI-output evaluation editors' actions, gathered from each editor's own key module for the action table."""

from __future__ import annotations

from annotator.ui.action_spec import ActionSpec
from annotator.ui.editors.pairwise_keys import PAIRWISE_ACTIONS
from annotator.ui.editors.rating_keys import RATING_ACTIONS
from annotator.ui.editors.rewrite_keys import REWRITE_ACTIONS
from annotator.ui.editors.translation_keys import TRANSLATION_ACTIONS

EVALUATION_ACTIONS: tuple[ActionSpec, ...] = PAIRWISE_ACTIONS + RATING_ACTIONS + TRANSLATION_ACTIONS + REWRITE_ACTIONS

# Where each editor's keys are live, by the first part of an action id (the cheat sheet's areas).
EVALUATION_AREAS = {
    "pairwise": "Comparison editor (two or more answers)",
    "rating": "Rating editor (rubric and search relevance)",
    "translation": "Translation check editor (MQM)",
    "rewrite": "Rewrite editor",
}

"""QUndoCommand over the review's SetDecision edits: the stack holds edits, ReviewSession.apply stores them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from annotator.core.quality.review_session import ReviewSession, SetDecision
from annotator.ui.i18n import translate

# Whole sentences per decision: the verb's place and form differ between languages.
STEPS = {
    "accept": QT_TRANSLATE_NOOP("DecisionCommand", "Accept {item} by {annotator}"),
    "reject": QT_TRANSLATE_NOOP("DecisionCommand", "Reject {item} by {annotator}"),
    "fix": QT_TRANSLATE_NOOP("DecisionCommand", "Fix {item} by {annotator}"),
}


@dataclass(frozen=True)
class DecisionFailure:
    """A decision the review state file could not take (`undoing`: while undoing it), and why."""

    edit: SetDecision
    error: Exception
    undoing: bool = False


def decision_text(edit: SetDecision) -> str:
    """What the undo stack calls a step, e.g. 'Reject t2 by ada'."""
    if edit.after is None:
        step = QT_TRANSLATE_NOOP("DecisionCommand", "Clear decision on {item} by {annotator}")
    else:
        step = STEPS.get(edit.after.decision, QT_TRANSLATE_NOOP("DecisionCommand", "Decide {item} by {annotator}"))
    return translate("DecisionCommand", step).format(item=edit.item_id, annotator=edit.annotator)


class DecisionCommand(QUndoCommand):
    """Applies a SetDecision on redo and backwards on undo, each saved before the view is told.

    When the state cannot be saved, the session keeps what it had, the command makes itself
    obsolete (the stack drops it instead of listing a step that was never kept), and `on_failed`
    tells the lead.
    """

    def __init__(
        self,
        session: ReviewSession,
        edit: SetDecision,
        on_changed: Callable[[SetDecision], None],
        on_failed: Callable[[DecisionFailure], None],
    ):
        super().__init__(decision_text(edit))
        self._session = session
        self.edit = edit
        self._on_changed = on_changed
        self._on_failed = on_failed

    def redo(self) -> None:
        self._store(undoing=False)

    def undo(self) -> None:
        self._store(undoing=True)

    def _store(self, *, undoing: bool) -> None:
        try:
            self._session.apply(self.edit, undo=undoing)
        except Exception as exc:  # Qt calls redo/undo from C++, where an exception would only be printed
            self.setObsolete(True)
            self._on_failed(DecisionFailure(self.edit, exc, undoing))
        # Either way the view re-reads the session, so it shows what is saved and nothing else.
        self._on_changed(self.edit)

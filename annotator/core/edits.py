"""Edit objects: every user change is one, with apply and revert, so the UI can undo anything."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotator.core.model import Status
from annotator.core.workspace import Workspace


@dataclass(frozen=True)
class SetAnnotation:
    """Replace an item's annotation."""

    package_id: str
    item_id: str
    before: Any
    after: Any
    text: str = "Edit annotation"
    # Consecutive edits with the same key undo as one step (a run of arrow-key nudges).
    merge_key: str | None = None

    def apply(self, workspace: Workspace) -> None:
        """Store the new annotation (a step of a merged run extends the run's history entry)."""
        workspace.set_annotation(self.package_id, self.item_id, self.after, run=self.merge_key is not None)

    def revert(self, workspace: Workspace) -> None:
        """Put the old annotation back."""
        workspace.set_annotation(self.package_id, self.item_id, self.before)


@dataclass(frozen=True)
class SetStatus:
    """Mark an item todo, done, skipped or flagged."""

    package_id: str
    item_id: str
    before: Status
    after: Status
    text: str = "Change status"

    def apply(self, workspace: Workspace) -> None:
        """Store the new status."""
        workspace.set_status(self.package_id, self.item_id, self.after)

    def revert(self, workspace: Workspace) -> None:
        """Put the old status back."""
        workspace.set_status(self.package_id, self.item_id, self.before)


@dataclass(frozen=True)
class SetComment:
    """Change the annotator's comment on an item."""

    package_id: str
    item_id: str
    before: str
    after: str
    text: str = "Edit comment"
    # Saved at every keystroke; a run of typing in one comment undoes as one step.
    merge_key: str | None = None

    def apply(self, workspace: Workspace) -> None:
        """Store the new comment."""
        workspace.set_comment(self.package_id, self.item_id, self.after)

    def revert(self, workspace: Workspace) -> None:
        """Put the old comment back."""
        workspace.set_comment(self.package_id, self.item_id, self.before)


Edit = SetAnnotation | SetStatus | SetComment


def status_edit(workspace: Workspace, package_id: str, item_id: str, status: Status, text: str) -> SetStatus:
    """A status edit from the item's current status to `status`."""
    current = workspace.item(package_id, item_id).status
    return SetStatus(package_id, item_id, current, Status(status), text)


def annotation_edit(workspace: Workspace, package_id: str, item_id: str, annotation: Any, text: str) -> SetAnnotation:
    """An annotation edit from the item's current annotation to `annotation`."""
    current = workspace.item(package_id, item_id).annotation
    return SetAnnotation(package_id, item_id, current, annotation, text)


def comment_edit(
    workspace: Workspace, package_id: str, item_id: str, comment: str, merge_key: str | None = None
) -> SetComment:
    """A comment edit from the item's current comment to `comment`."""
    current = workspace.item(package_id, item_id).comment
    return SetComment(package_id, item_id, current, comment, merge_key=merge_key)

"""The annotator's side of a review: File ▸ Import review… reopens rejected items, and a banner over the editor says why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

from annotator.core.errors import ProblemsError
from annotator.core.quality.review_bundle import AppliedReview, apply_review, feedback_for, read_review
from annotator.ui.i18n import translate
from annotator.ui.theme import keep_style
from annotator.ui.workers import run_in_background

# The banner's (backdrop, text, border) per decision, in the light and the dark theme: the text reads at 4.5:1.
BANNER_COLORS = {
    "reject": (("#fdecea", "#611a15", "#f5c2c0"), ("#4a2320", "#ffdad6", "#7a3a35")),
    "fix": (("#e8f0fe", "#0b3a75", "#c3d7f7"), ("#1f3354", "#d6e4ff", "#3d5a8a")),
}


def banner_style(decision: str, *, dark: bool) -> str:
    """The banner's style sheet for a decision ('reject', 'fix') in the light or the dark theme."""
    backdrop, text, border = BANNER_COLORS[decision][dark]
    return f"background:{backdrop}; color:{text}; border:1px solid {border}; border-radius:3px; padding:4px 8px;"


def banner_text(feedback: dict[str, str]) -> str:
    """What the banner says about the reviewer's last decision on an item."""
    who = feedback.get("reviewer") or translate("FeedbackPanel", "the reviewer")
    reason = feedback.get("reason", "").strip()
    if feedback.get("decision") == "reject":
        return translate("FeedbackPanel", "↻ Reopened by {who}: {reason}").format(who=who, reason=reason)
    if reason:
        return translate("FeedbackPanel", "✎ {who} fixed this item: {reason}").format(who=who, reason=reason)
    return translate("FeedbackPanel", "✎ {who} fixed this item (their fix counts in the merge)").format(who=who)


class FeedbackPanel(QWidget):
    """The editor host with a one-line banner above it, shown only on an item the reviewer rejected or fixed."""

    def __init__(self, editor: QWidget, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("feedback_panel")
        self.banner = QLabel()
        self.banner.setObjectName("review_banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # a reason is the reviewer's text, never markup
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.banner)
        layout.addWidget(editor, 1)

    def show_feedback(self, feedback: dict[str, str] | None) -> None:
        """Show the reviewer's word on the item on screen (None, or an accept: no banner)."""
        if feedback is None or feedback.get("decision") not in BANNER_COLORS:
            self.banner.hide()
            return
        self.banner.setText(banner_text(feedback))
        decision = feedback["decision"]
        keep_style(self.banner, banner_style(decision, dark=False), banner_style(decision, dark=True))
        self.banner.show()


class ReviewImport(QObject):
    """Reads a review bundle in a worker, applies it to the workspace, and keeps the banner on the item on screen."""

    imported = Signal(object)  # AppliedReview, once the workspace holds it

    def __init__(self, window: Any, panel: FeedbackPanel):
        super().__init__(window)
        self._window = window
        self._panel = panel
        self.dialog: QFileDialog | None = None
        window.item_shown.connect(self._on_window_item_shown)

    def choose_file(self) -> QFileDialog:
        """File ▸ Import review…: pick a .review.json."""
        dialog = QFileDialog(self._window, self.tr("Import review"))
        dialog.setObjectName("import_review_dialog")
        dialog.setNameFilters([self.tr("Review bundles (*.review.json)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        # The folder used last, else home: never the folder Qt last showed for some other file.
        dialog.setDirectory(str(self._window.last_folders.folder("review") or Path.home()))
        dialog.fileSelected.connect(lambda path: self._window.last_folders.remember("review", path))
        dialog.fileSelected.connect(self.import_file)
        self.dialog = dialog
        dialog.open()
        return dialog

    def import_file(self, path: Path | str) -> None:
        """Read (and check) the review in a worker, then apply it here, where the workspace is written."""
        path = str(path)
        run_in_background(lambda: (path, read_review(path)), self._on_review_read, self._on_review_failed)

    def _on_review_read(self, read: tuple[str, dict[str, Any]]) -> None:
        path, document = read
        try:
            applied = apply_review(self._window.workspace, document, file=path)
        except (ProblemsError, OSError, ValueError) as exc:
            self._on_review_failed(exc)
            return
        session = self._window.session
        if session is not None and session.package_id == document["package"]["id"]:
            for item_id in applied.reopened:
                session.refresh_status(item_id)
                self._window.queue_panel.status_changed(session.index_of(item_id))
            self._show_feedback_of(session.current_item.id)
        self._window.statusBar().showMessage(self.summary(applied, document["reviewer"]), 15_000)
        self.imported.emit(applied)

    @staticmethod
    def summary(applied: AppliedReview, reviewer: str) -> str:
        """What the status bar says, e.g. '2 items reopened: t1, t3 · 1 accepted'."""
        if applied.already_imported:
            text = translate("ReviewImport", "This review by {reviewer} was imported before: nothing new is reopened.")
            return text.format(reviewer=reviewer)
        count, number = len(applied.reopened), QLocale().toString
        if count == 1:
            reopened = translate("ReviewImport", "{count} item reopened: {items}")
        elif count:
            reopened = translate("ReviewImport", "{count} items reopened: {items}")
        else:
            reopened = translate("ReviewImport", "{count} items reopened")
        parts = [reopened.format(count=number(count), items=", ".join(applied.reopened))]
        if applied.fixed:
            fixed = translate("ReviewImport", "{count} fixed by {reviewer}: {items}")
            parts.append(
                fixed.format(count=number(len(applied.fixed)), reviewer=reviewer, items=", ".join(applied.fixed))
            )
        if applied.accepted:
            parts.append(translate("ReviewImport", "{count} accepted").format(count=number(applied.accepted)))
        return " · ".join(parts)

    def _on_review_failed(self, error: Exception) -> None:
        if isinstance(error, ProblemsError):
            text = "\n".join(str(problem) for problem in error.problems[:20])
        else:
            text = str(error)
        message = self.tr("The review was not imported; nothing changed.\n\n{problems}").format(problems=text)
        self._window.show_error(self.tr("Cannot import review"), message)

    def _on_window_item_shown(self, item_id: str) -> None:
        self._show_feedback_of(item_id)

    def _show_feedback_of(self, item_id: str) -> None:
        session = self._window.session
        feedback = feedback_for(self._window.workspace, session.package_id, item_id) if session is not None else None
        self._panel.show_feedback(feedback)

"""The lead's review window: the queue of results on the left, every annotator's result for the item in the centre (and a gold item's answer key)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.package import Package
from annotator.core.quality.review_session import Result, ReviewSession, SetDecision
from annotator.ui.actions import ActionSpec, build_action, menu_title
from annotator.ui.review.figures_dialog import FiguresDialog
from annotator.ui.review.fix_choice import MAX_OPTIONS, FixChoice
from annotator.ui.review.fix_editor import FixEditorDialog
from annotator.ui.review.keys_dialog import KeysDialog
from annotator.ui.review.reason_dialog import ReasonDialog
from annotator.ui.review.result_views import ResultViews
from annotator.ui.review.review_actions import FIX_ACTIONS, MENU_ORDER, REVIEW_ACTIONS, key_rows
from annotator.ui.review.review_fix_flow import ReviewFixFlow
from annotator.ui.review.review_load import LoadedReview, load_review, write_documents
from annotator.ui.review.review_queue import (
    DECISION_COLUMN,
    GOLD_COLUMN,
    DecisionRole,
    ReviewFilterModel,
    ReviewQueueModel,
    decision_text,
    filter_choices,
    gold_note,
)
from annotator.ui.review.review_undo import DecisionCommand, DecisionFailure
from annotator.ui.widgets.messages import open_error_box, problems_text
from annotator.ui.workers import run_in_background


class ReviewWindow(ReviewFixFlow, QMainWindow):
    """Decisions are SetDecision edits on a QUndoStack; each is saved by the session before the queue shows it."""

    review_loaded = Signal(str)  # package id
    result_shown = Signal(str, str)  # item id, annotator: once every result of the item is on screen
    reviews_written = Signal(list)  # paths
    failed = Signal(str)

    def __init__(self, *, reviewer: str, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("review_window")
        self.setWindowTitle(self.tr("Review — annotator"))
        self.resize(1280, 800)
        self.reviewer = reviewer
        self.session: ReviewSession | None = None
        self.package: Package | None = None
        self.loaded: LoadedReview | None = None
        self.undo_stack = QUndoStack(self)
        self.actions_by_id: dict[str, QAction] = {}
        self.current: tuple[str, str] | None = None  # (item id, annotator) on screen
        self.fixing: FixChoice | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.keys_dialog: KeysDialog | None = None
        self.figures_dialog: FiguresDialog | None = None
        self.fix_editor: FixEditorDialog | None = None
        self._syncing = False
        self._positions: dict[str, int] = {}  # item id -> place in the package
        self._build_views()
        self._build_actions()
        self._update_enablement()

    # -- construction ---------------------------------------------------------------------------

    def _build_views(self) -> None:
        self.model = ReviewQueueModel(self)
        self.filter = ReviewFilterModel(self)
        self.filter.setSourceModel(self.model)
        self.queue_view = QTableView()
        self.queue_view.setObjectName("review_queue")
        self.queue_view.setAccessibleName(self.tr("Results to review"))
        self.queue_view.setModel(self.filter)
        self.queue_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_view.verticalHeader().hide()
        header = self.queue_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DECISION_COLUMN, QHeaderView.ResizeMode.Stretch)  # the mark column stays narrow
        self.queue_view.selectionModel().currentRowChanged.connect(self._on_queue_view_current_changed)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("review_filter")
        self.filter_box.setAccessibleName(self.tr("Show results"))
        self.filter_box.currentIndexChanged.connect(self._on_filter_box_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.filter_box)
        left_layout.addWidget(self.queue_view)
        self.result_label = QLabel(self.tr("Reading the package and bundles…"))
        self.result_label.setObjectName("review_result_label")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.views = ResultViews()
        self.views.item_shown.connect(self._on_views_item_shown)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 4, 4, 4)
        centre_layout.addWidget(self.result_label)
        centre_layout.addWidget(self.views, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 860])
        self.setCentralWidget(splitter)
        self.hint_label = QLabel(
            self.tr(
                "J/K next/previous · A accept · R reject · F fix · E fix in the editor · Ctrl+Z undo · Ctrl+S write · "
                "Ctrl+I figures · F1 keys"
            )
        )
        self.hint_label.setObjectName("review_hint")
        self.statusBar().addWidget(self.hint_label, 1)  # hidden while a message shows
        self.progress_label = QLabel()
        self.progress_label.setObjectName("review_progress")
        self.statusBar().addPermanentWidget(self.progress_label)
        self.undo_stack.indexChanged.connect(self._update_enablement)

    def _build_actions(self) -> None:
        handlers = {
            "review.next": lambda: self.step(+1),
            "review.previous": lambda: self.step(-1),
            "review.filter": self._on_filter_triggered,
            "review.accept": self.accept_current,
            "review.reject": self.reject_current,
            "review.fix": self.start_fix,
            "review.edit_fix": self.edit_fix,
            "review.undo": self.undo,
            "review.redo": self.redo,
            "review.save": self.write_reviews,
            "review.close": self.close,
            "review.keys": self.show_keys,
            "review.figures": self.show_figures,
            "review.fix_confirm": self.confirm_fix,
            "review.fix_cancel": lambda: self.cancel_fix(self.tr("Fix cancelled; the result is as it was.")),
        }
        handlers.update({f"review.pick_{n}": (lambda n=n: self.pick(n)) for n in range(1, MAX_OPTIONS + 1)})
        menus = {name: self.menuBar().addMenu(menu_title(name)) for name in MENU_ORDER}
        for spec in REVIEW_ACTIONS + FIX_ACTIONS:
            action = build_action(self, spec, handlers[spec.id])
            if spec.menu in menus:
                menus[spec.menu].addAction(action)
            self.actions_by_id[spec.id] = action

    def key_rows(self) -> list[tuple[ActionSpec, str]]:
        """The rows of Help ▸ Keys: each action with its keys (the digit picks as one row)."""
        return key_rows()

    def show_keys(self) -> KeysDialog:
        """Help ▸ Keys (F1)."""
        if self.keys_dialog is None:
            self.keys_dialog = KeysDialog(self.key_rows(), self)
        self.keys_dialog.show()
        self.keys_dialog.raise_()
        return self.keys_dialog

    def show_figures(self) -> FiguresDialog | None:
        """Report ▸ Quality figures… (Ctrl+I): the report's figures of these bundles, computed in a worker."""
        if self.session is None:
            return None
        if self.figures_dialog is None or self.figures_dialog.session is not self.session:
            self.figures_dialog = FiguresDialog(self.session, self)
            self.figures_dialog.finished.connect(self._on_dialog_finished)
        self.figures_dialog.show()
        self.figures_dialog.raise_()
        return self.figures_dialog

    # -- opening --------------------------------------------------------------------------------

    def open_review(
        self, package: Path, bundles: Sequence[Path], *, folder: Path | None = None, key: Path | None = None
    ) -> None:
        """Read the package, bundles (files or folders) and answer key in a worker; the review shows once they are checked."""
        # One message per form, not "%n": English speaks its source texts (no .qm), and it and de have the same two.
        if len(bundles) == 1:
            reading = self.tr("Reading {package} and {count} bundle…")
        else:
            reading = self.tr("Reading {package} and {count} bundles…")
        self.result_label.setText(reading.format(package=package, count=QLocale().toString(len(bundles))))
        paths = [Path(p) for p in bundles]
        run_in_background(
            lambda: load_review(Path(package), paths, folder, key_path=key),
            self._on_review_read,
            self._on_review_failed,
        )

    def _on_review_read(self, loaded: LoadedReview) -> None:
        self._release()
        self.undo_stack.clear()
        self.loaded, self.package, self.session = loaded, loaded.package, loaded.session
        manifest = loaded.session.manifest
        self._positions = {item.id: index for index, item in enumerate(loaded.session.items)}
        self.setWindowTitle(self.tr("Review: {title} — annotator").format(title=manifest.title))
        self.views.set_annotators(loaded.session.annotators)
        self.model.set_session(loaded.session, disagreeing=loaded.disagreeing)
        self.queue_view.setColumnHidden(GOLD_COLUMN, loaded.session.key is None)
        self._syncing = True
        self.filter_box.clear()
        for text, key in filter_choices(loaded.session.annotators, gold=loaded.session.key is not None):
            self.filter_box.addItem(text, key)
        self.filter.set_filter("all")
        self._syncing = False
        self.queue_view.setFocus()
        self._update_progress()
        self._update_enablement()
        resumed = len(loaded.session.decisions)
        if resumed:
            if resumed == 1:
                text = self.tr("Resumed: {count} decision already taken, kept in {folder}.")
            else:
                text = self.tr("Resumed: {count} decisions already taken, kept in {folder}.")
            self.statusBar().showMessage(
                text.format(count=QLocale().toString(resumed), folder=loaded.session.folder), 8000
            )
        elif loaded.gold_unshown:
            text = self.tr(
                "No team package in the answer key's team folder holds the media of gold item {items}: "
                "its results are shown without it."
            )
            self.statusBar().showMessage(text.format(items=", ".join(loaded.gold_unshown)), 8000)
        first = self._next_undecided(-1) if self.session.results else None
        if first is None and self.session.results:
            first = 0
        if first is None:
            self.result_label.setText(self.tr("These bundles hold no finished result to review."))
            self.views.show_nothing(self.tr("No result to review: every item of these bundles is still to do."))
        else:
            self.show_row(first)
        self.review_loaded.emit(manifest.id)

    def _on_review_failed(self, error: Exception) -> None:
        self.result_label.setText(self.tr("The review could not be opened."))
        self.show_error(
            self.tr("Cannot open the review"), problems_text(error, self.tr("The review cannot be opened:"))
        )

    def show_error(self, title: str, text: str) -> QMessageBox:
        """A window-modal message, as plain text, that does not block the event loop."""
        box = open_error_box(self, title, text)
        self.failed.emit(text)
        return box

    # -- moving ---------------------------------------------------------------------------------

    def current_result(self) -> Result | None:
        """The result on screen."""
        row = self._current_row()
        return self.model.result(row) if row is not None else None

    def _current_row(self) -> int | None:
        return self.model.row_of(*self.current) if self.current is not None else None

    def show_row(self, row: int) -> None:
        """Show the result on a queue row (package order), with every other annotator's result for its item."""
        result = self.model.result(row)
        if result is None or self.session is None or self.package is None:
            return
        if self.fixing is not None and (result.item_id, result.annotator) != self.current:
            self.cancel_fix(self.tr("Fix cancelled: another result is on screen."))
        self.current = (result.item_id, result.annotator)
        self._highlight(row)
        self._update_result_label()
        items = self.session.items
        position = self._positions[result.item_id]
        item, upcoming = (
            items[position],
            [i for i in items[position + 1 : position + 4] if not self.session.is_gold(i.id)],
        )
        package = self.package
        if self.loaded is not None and item.id in self.loaded.gold_shown:  # its media are in a team package
            package, item = self.loaded.gold_shown[item.id]
        results = self.session.results_of(result.item_id)
        answer = self.session.gold_answer(item.id)
        self.views.show_item(package, item, results, current=result.annotator, upcoming=upcoming, answer=answer)

    def _highlight(self, row: int) -> None:
        view_index = self.filter.mapFromSource(self.model.index(row, 0))
        self._syncing = True
        try:
            if view_index.isValid():
                self.queue_view.selectionModel().setCurrentIndex(
                    view_index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.queue_view.scrollTo(view_index)
            else:
                self.queue_view.selectionModel().clear()
        finally:
            self._syncing = False

    def step(self, delta: int) -> None:
        """To the next (+1) or previous (-1) result in the list; at either end it stays."""
        if not self.filter.rowCount():
            text = self.tr("The list “{name}” is empty.")
            self.statusBar().showMessage(text.format(name=self.filter_box.currentText()), 5000)
            return
        target = self.filter.neighbour(self._current_row(), delta)
        if target is None:
            self.statusBar().showMessage(self.tr("That is the end of the list."), 3000)
            return
        self.show_row(target)

    def _next_undecided(self, after: int) -> int | None:
        """The first undecided result after row `after` that the list shows, wrapping round."""
        count = self.model.rowCount()
        rows = ((after + offset) % count for offset in range(1, count + 1))
        return next((r for r in rows if not self.model.index(r, 0).data(DecisionRole) and self.filter.accepts(r)), None)

    def _on_queue_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        row = self.filter.mapToSource(current).row()
        if self.current is None or row != self._current_row():
            self.show_row(row)

    def _on_filter_box_changed(self, _index: int) -> None:
        key = self.filter_box.currentData()
        if self._syncing or key is None:
            return
        self.filter.set_filter(*key)
        row = self._current_row()
        if row is not None and self.filter.accepts(row):
            self._highlight(row)
        elif self.filter.rowCount():
            self.show_row(self.filter.mapToSource(self.filter.index(0, 0)).row())
        else:
            self._highlight(-1)
            text = self.tr("No result in the list “{name}”.")
            self.statusBar().showMessage(text.format(name=self.filter_box.currentText()), 5000)

    def _on_filter_triggered(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.showPopup()

    def _on_views_item_shown(self, item_id: str) -> None:
        if self.current is not None and self.current[0] == item_id:
            self.result_shown.emit(*self.current)

    # -- deciding -------------------------------------------------------------------------------

    def accept_current(self) -> None:
        """Accept the result on screen (A)."""
        self.cancel_fix("")
        result = self.current_result()
        if result is not None and self.session is not None:
            self._take(self.session.decide(result.item_id, result.annotator, "accept"))

    def reject_current(self) -> ReasonDialog | None:
        """Ask why, then reject the result on screen (R); Esc in the dialog leaves it as it was."""
        self.cancel_fix("")
        result = self.current_result()
        if result is None or self.session is None:
            return None
        subject = self.tr("{annotator}'s result for {item}").format(annotator=result.annotator, item=result.item_id)
        dialog = ReasonDialog(subject, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        target = (result.item_id, result.annotator)
        dialog.reason_chosen.connect(lambda reason: self._reject(target, reason))
        dialog.finished.connect(self._on_dialog_finished)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, _code: int) -> None:
        # The keys go back to the queue (some platforms activate no window when a dialog closes).
        self.activateWindow()
        self.queue_view.setFocus()

    def _reject(self, target: tuple[str, str], reason: str) -> None:
        if self.session is not None:
            self._take(self.session.decide(*target, "reject", reason=reason))

    def _take(self, edit: SetDecision) -> None:
        assert self.session is not None
        self.undo_stack.push(DecisionCommand(self.session, edit, self._on_decision_changed, self._on_decision_failed))
        if self.session.decision(edit.item_id, edit.annotator) != edit.after:
            return  # not saved: it was reported, and the result stays on screen as it was
        row = self.model.row_of(edit.item_id, edit.annotator)
        following = self._next_undecided(row if row is not None else -1)
        if following is not None:
            self.show_row(following)
        elif self.session.decisions and len(self.session.decisions) == len(self.session.results):
            self.statusBar().showMessage(self.tr("Every result is decided — Ctrl+S writes the review bundles."), 8000)
        else:
            text = self.tr("Every result in the list “{name}” is decided — choose another list (Ctrl+L).")
            self.statusBar().showMessage(text.format(name=self.filter_box.currentText()), 8000)

    def _on_decision_changed(self, edit: SetDecision) -> None:
        self.model.decision_changed(edit.item_id, edit.annotator)
        self._update_result_label()
        self._update_progress()

    def _on_decision_failed(self, failure: DecisionFailure) -> None:
        edit = failure.edit
        if failure.undoing:
            text = self.tr(
                "Could not undo the decision on {annotator}'s result for '{item}':\n\n{error}\n\n"
                "The queue shows what is saved; the decision stays as it was saved. Earlier decisions are safe."
            )
        else:
            text = self.tr(
                "Could not save the decision on {annotator}'s result for '{item}':\n\n{error}\n\n"
                "The queue shows what is saved; it is not taken. Earlier decisions are safe."
            )
        text = text.format(annotator=edit.annotator, item=edit.item_id, error=failure.error)
        self.show_error(self.tr("Decision not saved"), text.encode("utf-8", "backslashreplace").decode("utf-8"))

    def undo(self) -> None:
        """Undo the last decision, with its result on screen."""
        self.cancel_fix("")
        self._show_result_of(self.undo_stack.index() - 1)
        self.undo_stack.undo()

    def redo(self) -> None:
        """Redo the decision undone last, with its result on screen."""
        self.cancel_fix("")
        self._show_result_of(self.undo_stack.index())
        self.undo_stack.redo()

    def _show_result_of(self, command_index: int) -> None:
        command = self.undo_stack.command(command_index) if 0 <= command_index < self.undo_stack.count() else None
        edit = getattr(command, "edit", None)
        if edit is not None and (edit.item_id, edit.annotator) != self.current:
            row = self.model.row_of(edit.item_id, edit.annotator)
            if row is not None:
                self.show_row(row)

    # -- writing --------------------------------------------------------------------------------

    def write_reviews(self) -> None:
        """Write one review bundle per annotator with a decision into the review folder, in a worker (Ctrl+S)."""
        if self.session is None:
            return
        documents = self.session.review_documents(self.reviewer)  # on this thread: decisions change only here
        if not documents:
            self.statusBar().showMessage(self.tr("No decision yet: there is nothing to write."), 5000)
            return
        folder = self.session.folder
        run_in_background(lambda: write_documents(documents, folder), self._on_reviews_written, self._on_reviews_failed)

    def _on_reviews_written(self, paths: list[str]) -> None:
        folder = Path(paths[0]).parent if paths else ""
        names = ", ".join(Path(p).name for p in paths)
        if len(paths) == 1:
            text = self.tr("{count} review bundle written to {folder}: {names}")
        else:
            text = self.tr("{count} review bundles written to {folder}: {names}")
        self.statusBar().showMessage(
            text.format(count=QLocale().toString(len(paths)), folder=folder, names=names), 15_000
        )
        self.reviews_written.emit(paths)

    def _on_reviews_failed(self, error: Exception) -> None:
        text = self.tr("The review bundles were not written:\n\n{error}").format(error=error)
        self.show_error(self.tr("Review bundles not written"), text)

    # -- state shown ----------------------------------------------------------------------------

    def _update_result_label(self) -> None:
        result = self.current_result()
        if result is None or self.session is None:
            return
        others = len(self.session.results_of(result.item_id))
        decision = self.session.decision(result.item_id, result.annotator)
        taken = self.tr("undecided")
        if decision is not None:
            taken = decision_text(decision.decision) + (f" — {decision.reason}" if decision.reason else "")
        # Where the result stands ("the annotators disagree · … · accepted"): one placeholder of the one message.
        state = [self.tr("the annotators disagree")] if self.model.disagrees(result.item_id) else []
        gold = self.session.gold_result(result.item_id, result.annotator)
        if gold is not None:
            state.append(gold_note(gold))
        state.append(taken)
        if others == 1:
            text = self.tr("{item} ({kind}) — {annotator}'s result, {count} annotator · {state}")
        else:
            text = self.tr("{item} ({kind}) — {annotator}'s result, {count} annotators · {state}")
        # The kind is the package's id of it ('text', 'image'), as the package and the bundles name it.
        self.result_label.setText(
            text.format(
                item=result.item_id,
                kind=result.kind,
                annotator=result.annotator,
                count=QLocale().toString(others),
                state=" · ".join(state),
            )
        )

    def _update_progress(self) -> None:
        if self.session is not None:
            decided, total = len(self.session.decisions), len(self.session.results)
            text = self.tr("{decided} of {total} results decided")
            self.progress_label.setText(
                text.format(decided=QLocale().toString(decided), total=QLocale().toString(total))
            )

    def _update_enablement(self, *_args: object) -> None:
        loaded = self.session is not None
        fixing = self.fixing is not None
        for action_id, action in self.actions_by_id.items():
            if action_id.startswith(("review.pick_", "review.fix_")):
                action.setEnabled(fixing)
            elif action_id in (
                "review.accept",
                "review.reject",
                "review.fix",
                "review.edit_fix",
                "review.next",
                "review.previous",
            ):
                action.setEnabled(loaded)
            elif action_id in ("review.save", "review.filter", "review.figures"):
                action.setEnabled(loaded)
        if self.actions_by_id:
            self.actions_by_id["review.undo"].setEnabled(self.undo_stack.canUndo())
            self.actions_by_id["review.redo"].setEnabled(self.undo_stack.canRedo())

    def _release(self) -> None:
        """Let go of the packages of the review on screen (and of its figures)."""
        if self.loaded is not None:
            self.loaded.close()
        self.loaded, self.package = None, None
        if self.figures_dialog is not None:
            self.figures_dialog.close()
            self.figures_dialog = None

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every decision is already saved in the state file; closing lets go of the packages.
        self._release()
        super().closeEvent(event)

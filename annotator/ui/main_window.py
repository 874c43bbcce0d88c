"""The main window: a shell of docks, menus and the editor host. No annotation logic lives here."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from annotator.core.edits import Edit, SetStatus, comment_edit, status_edit
from annotator.core.errors import ProblemsError
from annotator.core.model import Status
from annotator.core.package import Package, open_package
from annotator.core.session import PackageSession
from annotator.core.timing import Monotonic
from annotator.core.workspace import Workspace
from annotator.ui import keymap
from annotator.ui.actions import ALL_ACTIONS, BREAK_ACTIONS, MENU_ORDER, SHELL_ACTIONS, build_action, menu_title
from annotator.ui.break_controller import BreakController
from annotator.ui.bundle_export import BundleExport
from annotator.ui.dashboard import DashboardDialog
from annotator.ui.dialogs.cheat_sheet import CheatSheetDialog, package_key_names
from annotator.ui.dialogs.export_preview import ExportPreviewDialog
from annotator.ui.dialogs.pseudonym import PseudonymDialog, pseudonym_chosen, store_pseudonym
from annotator.ui.editor_host import EditorContext, EditorHost
from annotator.ui.panels import INSTRUCTIONS_MIN_WIDTH, PanelWidths
from annotator.ui.preferences import restore_preferences
from annotator.ui.queue_model import kind_name, status_text
from annotator.ui.queue_panel import QueuePanel
from annotator.ui.recent import LastFolders, RecentMenu, RecentPackages
from annotator.ui.review.feedback import FeedbackPanel, ReviewImport
from annotator.ui.sync_controller import SyncController
from annotator.ui.undo import EditFailure
from annotator.ui.widgets.elided_label import ElidedLabel
from annotator.ui.widgets.instructions import InstructionsView
from annotator.ui.widgets.messages import open_error_box, problems_text
from annotator.ui.widgets.progress import format_progress
from annotator.ui.window_dialogs import WindowDialogs
from annotator.ui.workers import run_in_background


class MainWindow(WindowDialogs, QMainWindow):
    """Opens packages, moves between items and dispatches actions; editors do the annotating."""

    package_opened = Signal(str)
    item_shown = Signal(str)
    bundle_exported = Signal(str)
    failed = Signal(str)
    # Editors that play audio connect here to pause it; `kind` is micro, rest or daily.
    break_started = Signal(str)
    break_ended = Signal(str, str)  # kind, outcome
    export_previewed = Signal()
    # The settings closed with another UI language in force; the composition root builds the window again in it.
    language_changed = Signal(str)

    def __init__(self, workspace: Workspace, parent: Any = None, *, monotonic: Monotonic = time.monotonic):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("annotator")
        self.resize(1280, 800)
        self.setAcceptDrops(True)
        self.workspace = workspace
        self.session: PackageSession | None = None
        self.undo_stack = QUndoStack(self)
        self.actions_by_id: dict[str, QAction] = {}
        self._cheat_sheet: CheatSheetDialog | None = None
        self._dashboard: DashboardDialog | None = None
        self.export_as_dialog: Any = None
        self.import_dialog: Any = None
        self.settings_dialog: Any = None
        # Theme, font size, language and audio device as the annotator left them, before any widget is built.
        restore_preferences(workspace)
        # Timing and breaks live in the controller; the window only routes to it.
        self.breaks = BreakController(workspace, self, monotonic=monotonic)
        # The user's keys, before any action (the editors' too) is built.
        keymap.install(keymap.Keymap.load(workspace), ALL_ACTIONS)
        self.recent = RecentPackages(workspace)
        self.last_folders = LastFolders(workspace)
        self._build_views()
        self.bundle_export = BundleExport(self)  # File ▸ Export bundle…: preview, file dialog, write
        self.review_import = ReviewImport(self, self.feedback_panel)  # File ▸ Import review… and its banner
        self.review_import.imported.connect(lambda _applied: (self._update_item_label(), self._update_progress()))
        self._build_actions()
        self._wire_breaks()
        self.sync = SyncController(self)  # its label sits at the status bar's right end
        self._update_enablement()

    # -- construction ------------------------------------------------------------------------

    def _build_views(self) -> None:
        self.edit_context = EditorContext(self.workspace, self.undo_stack, self._on_edit_applied, self._on_edit_failed)
        self._edit_error: QMessageBox | None = None
        self.editor_host = EditorHost(self.edit_context)
        self.feedback_panel = FeedbackPanel(self.editor_host)  # the reviewer's reason shows above the editor
        self.setCentralWidget(self.feedback_panel)

        self.queue_panel = QueuePanel()
        self.queue_panel.item_chosen.connect(self._on_queue_panel_item_chosen)
        # The panel's parts, by the names the rest of the window (and its tests) use.
        self.queue_model, self.queue_filter = self.queue_panel.model, self.queue_panel.filter
        self.queue_view, self.filter_box = self.queue_panel.view, self.queue_panel.filter_box
        self.queue_dock = self._dock(
            self.tr("Items"), "queue_dock", self.queue_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )

        self.instructions_view = InstructionsView()
        self.instructions_view.setMinimumWidth(INSTRUCTIONS_MIN_WIDTH)
        self.instructions_dock = self._dock(
            self.tr("Instructions"), "instructions_dock", self.instructions_view, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.panels = PanelWidths(self, [(self.queue_dock, 260), (self.instructions_dock, 320)])

        self.item_label = ElidedLabel(self.tr("No package open — File ▸ Open (Ctrl+O) or drop a package here"))
        self.item_label.setObjectName("item_label")
        self.progress_label = ElidedLabel()
        self.progress_label.setObjectName("progress_label")
        self.statusBar().addWidget(self.item_label, 1)
        self.statusBar().addPermanentWidget(self.progress_label)

        self.editor_host.item_shown.connect(self.item_shown)
        self.undo_stack.canUndoChanged.connect(self._update_enablement)
        self.undo_stack.canRedoChanged.connect(self._update_enablement)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_actions(self) -> None:
        handlers = {
            "file.open": self._on_open_triggered,
            "file.export_bundle": self.bundle_export.start,
            "file.export_as": self._on_export_as_triggered,
            "file.import": self._on_import_triggered,
            "file.import_review": lambda: self.review_import.choose_file(),
            "file.pseudonym": self.show_pseudonym_dialog,
            "file.sync_now": lambda: self.sync.sync_now(),
            "file.sync_settings": lambda: self.sync.show_settings(),
            "file.quit": self.close,
            "edit.undo": self.undo,
            "edit.redo": self.redo,
            "item.done": lambda: self.set_current_status(Status.DONE, advance=True),
            "item.skip": lambda: self.set_current_status(Status.SKIPPED, advance=True),
            "item.flag": self._on_flag_triggered,
            "item.todo": lambda: self.set_current_status(Status.TODO, advance=False),
            "go.next": lambda: self.session and self._go(self.session.next_index(among=self._listed())),
            "go.previous": lambda: self.session and self._go(self.session.previous_index(among=self._listed())),
            "go.next_unfinished": self._go_next_unfinished,
            "view.queue": self._focus_queue,
            "view.items": lambda: self.queue_dock.setVisible(self.actions_by_id["view.items"].isChecked()),
            "view.instructions": lambda: self.instructions_dock.setVisible(
                self.actions_by_id["view.instructions"].isChecked()
            ),
            "help.cheat_sheet": self.show_cheat_sheet,
            "help.about": self.show_about,
            "settings.keys": self.show_keymap_dialog,
            "settings.open": self.show_settings,
            "break.postpone": self.breaks.postpone,
            "break.skip": self.breaks.skip,
            "break.take_now": self.breaks.take_now,
            "view.dashboard": self.show_dashboard,
            "settings.breaks": self.show_break_settings,
        }
        menus = {name: self.menuBar().addMenu(menu_title(name)) for name in MENU_ORDER}
        for spec in SHELL_ACTIONS + BREAK_ACTIONS:
            if spec.menu not in menus:
                # Menus beyond the standard ones go before Help.
                menus[spec.menu] = self.menuBar().addMenu(menu_title(spec.menu))
                self.menuBar().insertMenu(menus["Help"].menuAction(), menus[spec.menu])
            action = build_action(self, spec, handlers[spec.id])
            menus[spec.menu].addAction(action)
            self.actions_by_id[spec.id] = action
        self.recent_menu = RecentMenu(self.recent, self.open_package, self)
        menus["File"].insertMenu(self.actions_by_id["file.export_bundle"], self.recent_menu)
        for action_id, dock in (("view.items", self.queue_dock), ("view.instructions", self.instructions_dock)):
            # The check mark follows the panel, however it was hidden (its close button, the key, the menu).
            action = self.actions_by_id[action_id]
            action.setChecked(True)
            dock.visibilityChanged.connect(lambda _visible, a=action, d=dock: a.setChecked(d.isVisibleTo(self)))

    def _focus_queue(self) -> None:
        self.queue_dock.show()  # a hidden list comes back to take the keyboard
        self.queue_view.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.panels.fit()

    def note_activity(self) -> None:
        """Count as activity without input, e.g. while audio plays (the transcription editor calls this)."""
        self.breaks.monitor.note_activity()

    def _wire_breaks(self) -> None:
        self.break_label = ElidedLabel()
        self.break_label.setObjectName("break_label")
        self.statusBar().addPermanentWidget(self.break_label)
        self.breaks.break_started.connect(self._on_break_changed)
        self.breaks.break_ended.connect(self._on_break_changed)
        self.breaks.break_started.connect(self.break_started)
        self.breaks.break_ended.connect(self.break_ended)
        self.breaks.heads_up.connect(self._on_break_heads_up)
        # A heads-up ("in about 5 s") is stale once its break is on: it must not stay through and after it.
        self.breaks.break_started.connect(self.statusBar().clearMessage)
        # The next break's time (and the pace) move with active time, not only with edits.
        self.breaks.status_changed.connect(self._update_progress)
        self.breaks.break_ended.connect(self._refresh_dashboard)
        if self.breaks.problem:
            self.statusBar().showMessage(self.breaks.problem, 10_000)
        self._on_break_changed()

    def _on_break_changed(self, *_args: object) -> None:
        on_break = self.breaks.scheduler.on_break is not None
        self.actions_by_id["break.postpone"].setEnabled(on_break and self.breaks.scheduler.can_postpone())
        self.actions_by_id["break.skip"].setEnabled(on_break)
        self.actions_by_id["break.take_now"].setEnabled(not on_break)
        self.break_label.setText(self.breaks.status_text())

    def _on_break_heads_up(self, kind: str, seconds: float) -> None:
        if kind == "micro":
            text = self.tr("Micro break in about {seconds} s — it waits for a pause in your typing.")
        elif kind == "rest":
            text = self.tr("Rest break in about {seconds} s — it waits for a pause in your typing.")
        else:
            text = self.tr("Daily limit in about {seconds} s — it waits for a pause in your typing.")
        self.statusBar().showMessage(text.format(seconds=QLocale().toString(round(seconds))), 15_000)

    # -- opening packages --------------------------------------------------------------------

    def open_package(self, path: Path | str) -> None:
        """Open a package; reading and checking it happens in a worker, the window stays live."""
        path = Path(path)
        self.item_label.setText(self.tr("Opening {path}…").format(path=path))
        run_in_background(lambda: open_package(path), self._on_package_read, self._on_package_failed)

    def _on_package_read(self, package: Package) -> None:
        if self.session is not None:
            self.session.package.close()
        self.undo_stack.clear()
        self.session = PackageSession(package, self.workspace)
        self.setWindowTitle(self.tr("{title} — annotator").format(title=package.manifest.title))
        self.instructions_view.set_markdown(package.manifest.instructions)
        self.queue_panel.set_session(self.session)
        self.recent.add(package.path, package.manifest.title)
        if self._cheat_sheet is not None:
            self._cheat_sheet.set_names(package_key_names(package.manifest))
        self._update_enablement()
        if self.session.items:
            self._go(self.session.current_index)
        else:
            self.item_label.setText(self.tr("This package has no items."))
        self._update_progress()
        self.package_opened.emit(package.manifest.id)

    def _on_package_failed(self, error: Exception) -> None:
        heading = (
            self.tr("This package cannot be opened. Ask the team lead for a fixed copy.")
            if isinstance(error, ProblemsError)
            else self.tr("This package cannot be opened:")
        )
        self.item_label.setText(self.tr("The package could not be opened."))
        self.show_error(self.tr("Cannot open package"), problems_text(error, heading))

    def show_error(self, title: str, text: str) -> QMessageBox:
        """A window-modal message that does not block the event loop."""
        box = open_error_box(self, title, text)
        self.failed.emit(text)
        return box

    def _on_open_triggered(self) -> None:
        dialog = QFileDialog(self, self.tr("Open work package"))
        dialog.setObjectName("open_dialog")
        dialog.setNameFilters([self.tr("Work packages (*.zip package.json)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        folder = self.last_folders.folder("open")
        if folder is not None:
            dialog.setDirectory(str(folder))
        dialog.fileSelected.connect(lambda path: self.last_folders.remember("open", path))
        dialog.fileSelected.connect(self.open_package)
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            # Always a copy, never the proposed move: a drag source told "moved" may delete the file.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            path = Path(urls[0].toLocalFile())
            if path.is_dir() or path.suffix.lower() == ".zip" or path.name == "package.json":
                self.open_package(path)
            else:
                self.show_error(
                    self.tr("Not a work package"),
                    self.tr(
                        "{name} is not a work package: open a package .zip or folder; "
                        "to add images, ask the team lead to pack them."
                    ).format(name=path.name),
                )

    # -- navigation --------------------------------------------------------------------------

    def _go(self, index: int | None) -> None:
        if self.session is None or index is None:
            return
        item = self.session.go_to(index)
        self.queue_panel.show_current(index)
        self._update_item_label()
        self.breaks.show_item(package_id=self.session.package_id, item_id=item.id)
        self.editor_host.show_item(self.session, item)

    def _listed(self) -> tuple[Status, ...] | None:
        # With a filter on, navigation keeps to the list the annotator sees.
        return self.queue_panel.listed()

    def _go_next_unfinished(self) -> None:
        if self.session is None:
            return
        index = self.session.next_unfinished_index(among=self._listed())
        if index is not None:
            self._go(index)
        elif self.session.next_unfinished_index() is not None:
            text = self.tr("No item to do in the list “{name}” — choose All to see the others.")
            self.statusBar().showMessage(text.format(name=self.queue_panel.filter_name()), 5000)
        else:
            self.statusBar().showMessage(self.tr("Every item is finished — export your bundle with Ctrl+E."), 5000)

    def _on_queue_panel_item_chosen(self, row: int) -> None:
        if self.session is not None and row != self.session.current_index:
            self._go(row)

    def _update_item_label(self) -> None:
        if self.session is None:
            return
        item = self.session.current_item
        locale = QLocale()
        self.item_label.setText(
            self.tr("Item {number} of {total}: {item} ({kind}) — {status}").format(
                number=locale.toString(self.session.current_index + 1),
                total=locale.toString(len(self.session.items)),
                item=item.id,
                kind=kind_name(item.kind),
                status=status_text(self.session.status(item.id)),
            )
        )

    # -- edits -------------------------------------------------------------------------------

    def set_current_status(self, status: Status, *, advance: bool) -> None:
        """Set the current item's status as one undoable edit; done and skip move on."""
        if self.session is None:
            return
        item = self.session.current_item
        text = self.tr("Mark {item} {status}").format(item=item.id, status=status_text(status))
        edit = status_edit(self.workspace, self.session.package_id, item.id, status, text)
        self.edit_context.push(edit)
        # Move on only once the status is stored: after a failed save the item stays on screen.
        if advance and self.session.status(item.id) == status:
            self._go_next_unfinished()

    def _on_flag_triggered(self) -> None:
        if self.session is None:
            return
        item_id = self.session.current_item.id
        dialog = QInputDialog(self)
        dialog.setObjectName("flag_dialog")
        dialog.setWindowTitle(self.tr("Flag item"))
        dialog.setLabelText(self.tr("Why flag {item}? The team lead reads this.").format(item=item_id))
        dialog.setTextValue(self.workspace.item(self.session.package_id, item_id).comment)
        dialog.textValueSelected.connect(lambda text: self.flag_item(item_id, text))
        dialog.open()

    def flag_item(self, item_id: str, comment: str) -> None:
        """Flag an item with a comment, as one undoable step."""
        if self.session is None:
            return
        package_id = self.session.package_id
        step = self.tr("Flag {item}").format(item=item_id)
        self.undo_stack.beginMacro(step)
        if comment != self.workspace.item(package_id, item_id).comment:
            self.edit_context.push(comment_edit(self.workspace, package_id, item_id, comment))
        self.edit_context.push(status_edit(self.workspace, package_id, item_id, Status.FLAGGED, step))
        self.undo_stack.endMacro()
        macro = self.undo_stack.command(self.undo_stack.index() - 1)
        if macro is not None and macro.childCount() == 0:
            # Neither part could be saved (each was reported): drop the empty step instead of listing it.
            macro.setObsolete(True)
            self.undo_stack.undo()

    def undo(self) -> None:
        """Undo the last change, on its own item: the annotator sees what came back."""
        self._go_to_item_of(self.undo_stack.index() - 1)
        self.undo_stack.undo()

    def redo(self) -> None:
        """Redo the change undone last, on its own item."""
        self._go_to_item_of(self.undo_stack.index())
        self.undo_stack.redo()

    def _go_to_item_of(self, command_index: int) -> None:
        command = self.undo_stack.command(command_index) if 0 <= command_index < self.undo_stack.count() else None
        edit = getattr(command, "edit", None)
        if edit is None or self.session is None or edit.package_id != self.session.package_id:
            return
        if edit.item_id != self.session.current_item.id:
            self._go(self.session.index_of(edit.item_id))

    def _on_edit_applied(self, edit: Edit) -> None:
        if self.session is None or edit.package_id != self.session.package_id:
            return
        if isinstance(edit, SetStatus) and edit.after is Status.DONE:
            # A finished item is the best moment for a waiting break (after the move to the next one).
            QTimer.singleShot(0, self.breaks.note_submitted)
        self.session.refresh_status(edit.item_id)
        self.editor_host.item_changed(edit)
        self.queue_panel.status_changed(self.session.index_of(edit.item_id))
        self._update_item_label()
        self._update_progress()

    def _on_edit_failed(self, failure: EditFailure) -> None:
        edit = failure.edit
        if failure.undoing:
            text = self.tr(
                "Could not undo your change to item '{item}' ({change}):\n\n{error}\n\n"
                "The item shows what is saved; the change stays as it was saved. Your earlier work is safe."
            )
        else:
            text = self.tr(
                "Could not save your change to item '{item}' ({change}):\n\n{error}\n\n"
                "The item shows what is saved; this change is not kept. Your earlier work is safe."
            )
        text = text.format(item=edit.item_id, change=edit.text, error=failure.error)
        # An error can quote a lone surrogate (the very thing that failed to encode); Qt needs valid text.
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
        if self._edit_error is not None and self._edit_error.isVisible():
            self._edit_error.setText(text)  # a run of failed keystrokes: one message, the latest
            self.failed.emit(text)
            return
        self._edit_error = self.show_error(self.tr("Change not saved"), text)

    def _update_progress(self) -> None:
        if self.session is not None:
            self.progress_label.setText(format_progress(self.session.progress()))
        self.break_label.setText(self.breaks.status_text())

    def _update_enablement(self) -> None:
        has_session = self.session is not None
        for action_id, action in self.actions_by_id.items():
            if action_id.startswith(("item.", "go.")) or action_id in ("file.export_bundle", "file.export_as"):
                action.setEnabled(has_session)
        if self.actions_by_id:
            self.actions_by_id["edit.undo"].setEnabled(self.undo_stack.canUndo())
            self.actions_by_id["edit.redo"].setEnabled(self.undo_stack.canRedo())

    # -- export ------------------------------------------------------------------------------

    def show_pseudonym_dialog(self, *, before_export: bool = False) -> PseudonymDialog:
        """Ask for the pseudonym bundles carry (File ▸ Pseudonym…); OK stores it in the workspace."""
        dialog = PseudonymDialog(self.workspace.annotator_id(), self, before_export=before_export)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.pseudonym_chosen.connect(self._on_pseudonym_chosen)
        dialog.open()
        return dialog

    def _on_pseudonym_chosen(self, name: str) -> None:
        store_pseudonym(self.workspace, name)
        self.statusBar().showMessage(self.tr("Your bundles name you “{name}”.").format(name=name), 5000)

    def ask_pseudonym_first(self, then: Any) -> bool:
        """Before the first export, ask the pseudonym and go on with `then` once it is chosen."""
        if pseudonym_chosen(self.workspace):
            return False
        # Asked once, here rather than at first start: the name matters only when something leaves
        # the machine, and the preview that follows then shows the one that goes in the file.
        self.show_pseudonym_dialog(before_export=True).accepted.connect(then)
        return True

    def _on_export_as_triggered(self) -> None:
        """File ▸ Export as…: the dialog picks the format and path; the export runs in its worker."""
        if self.session is None or self.ask_pseudonym_first(self._on_export_as_triggered):
            return
        session = self.session
        # Imported here: the format modules and their libraries cost start-up time no one waits for.
        from annotator.ui.dialogs.export_as import open_export_as
        from annotator.ui.interop_jobs import export_job

        def job_for(fmt: Any, out: Path) -> Any:
            self.breaks.flush()  # the last seconds of time go into the export too
            return export_job(self.workspace, session, fmt, out)

        self.export_as_dialog = open_export_as(self, job_for=job_for)

    def _on_import_triggered(self) -> None:
        """File ▸ Import…: another tool's files packed in a worker; the new package then opens here."""
        from annotator.ui.dialogs.import_from import open_import_from

        self.import_dialog = open_import_from(self)

    def export_bundle(self, path: Path | str, *, data: bytes | None = None) -> None:
        """Write the bundle in a worker: `data` as previewed, or encoded now from the workspace."""
        self.bundle_export.write(path, data=data)

    @property
    def export_preview(self) -> ExportPreviewDialog | None:
        """The export preview shown last (File ▸ Export bundle…), or None."""
        return self.bundle_export.preview

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every edit is already committed; closing writes the last seconds of time and lets go of the package.
        self.breaks.close()
        self.sync.close()
        if self.session is not None:
            self.session.package.close()
        super().closeEvent(event)

"""Sync in the app: the status-bar label, Sync now (preview, then send and fetch in a worker), settings, auto sync."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox

from annotator.core.sync.config import AUTO_SETTING, TargetConfig, load_config
from annotator.core.sync.retry import DEFAULT_POLICY, RetryPolicy
from annotator.core.sync.status import inbox_folder, sync_status, worker_workspace
from annotator.core.sync.target import SyncError, Target, TransientError
from annotator.ui.dialogs.pseudonym import pseudonym_chosen
from annotator.ui.i18n import translate
from annotator.ui.workers import run_in_background

if TYPE_CHECKING:
    from annotator.core.sync.credentials import CredentialStore
    from annotator.core.sync.pull import PullResult
    from annotator.core.sync.push import PackageRef, PushPlan, PushResult
    from annotator.ui.dialogs.sync_preview import SyncPreviewDialog
    from annotator.ui.dialogs.sync_settings import SyncSettingsDialog
    from annotator.ui.main_window import MainWindow

AUTO_EVERY_MS = 5 * 60 * 1000
AUTO_AFTER_EDIT_MS = 30 * 1000
# The label is one SQL query; after a run of keystrokes it is re-read at most this often.
REFRESH_MS = 1000
# How patiently one sync retries a flaky connection before it reports "offline".
RETRY_POLICY: RetryPolicy = DEFAULT_POLICY


@dataclass(frozen=True)
class SyncOutcome:
    """What one sync did: the push (None when there was nothing to send) and the pull, or why the pull failed."""

    pushed: PushResult | None
    pulled: PullResult | None
    pull_error: SyncError | None
    inbox: Path


def _open(config: TargetConfig, secret: str | None) -> Target:
    from annotator.core.sync.connect import open_target

    if config.kind == "folder" and not Path(config.location).is_dir():
        # An unplugged drive or an unmounted share comes back by itself: offline, not an error to fix.
        raise TransientError(f"{config.location}: the folder is not there (is the drive connected?)")
    return open_target(config, secret)


def _short_time(stamp: str | None) -> str:
    if not stamp:
        return ""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    same_day = moment.date() == datetime.now().astimezone().date()
    locale = QLocale()
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    if same_day:
        return time
    return f"{locale.toString(QDate(moment.year, moment.month, moment.day), 'd MMM')} {time}"


def _items(count: int) -> str:
    # One and many, chosen here: English, Italian and German all have just these two forms.
    if count == 1:
        return translate("SyncController", "1 item")
    return translate("SyncController", "{count} items").format(count=QLocale().toString(count))


class SyncController(QObject):
    """Owned by the main window: one sync at a time, its label in the status bar, and the two File actions."""

    synced = Signal(str)  # the message shown when a sync ended well
    sync_failed = Signal(str)  # why it did not (offline, refused, …)
    previewed = Signal()

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        self._workspace = window.workspace
        self._credentials: CredentialStore | None = None
        self.running = False  # from Sync now until the sync ends: one at a time
        self._sending = False  # the worker is talking to the target
        self._pending: tuple[TargetConfig, str | None] | None = None
        # A password typed at Sync now is kept once a sync with it went through: a mistyped one is asked again.
        self._typed_secret: tuple[TargetConfig, str] | None = None
        self.preview: SyncPreviewDialog | None = None
        self.settings_dialog: SyncSettingsDialog | None = None
        self._problem: str | None = None  # why the last sync failed, until one succeeds
        self._offline = False
        self._closed = False
        self.label = QLabel()
        self.label.setObjectName("sync_label")
        self.label.setAccessibleName(self.tr("Sync status"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.label)
        self._refresh_timer = self._timer(REFRESH_MS, self.refresh)
        self._auto_timer = self._timer(AUTO_EVERY_MS, self._on_auto_timer_timeout, single=False)
        self._after_edit_timer = self._timer(AUTO_AFTER_EDIT_MS, self._on_auto_timer_timeout)
        window.undo_stack.indexChanged.connect(self._on_undo_stack_changed)
        window.package_opened.connect(self._on_window_package_opened)
        window.review_import.imported.connect(lambda _applied: self.refresh())  # reopened items wait to be sent
        self._apply_auto_setting()
        self.refresh()

    @property
    def credentials(self) -> CredentialStore:
        """Sync secrets: the system keyring's, or this session's (made on first use: asking the keyring takes ~0.1 s)."""
        if self._credentials is None:
            from annotator.core.sync.credentials import CredentialStore

            self._credentials = CredentialStore()
        return self._credentials

    def _timer(self, interval: int, slot: Any, *, single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # -- the label ---------------------------------------------------------------------------

    def close(self) -> None:
        """The window is closing (the workspace closes after it): no timer may read it any more."""
        self._closed = True
        for timer in (self._refresh_timer, self._auto_timer, self._after_edit_timer):
            timer.stop()

    def refresh(self) -> None:
        """Re-read the sync state of the open package and say it in the label."""
        self._refresh_timer.stop()
        if self._closed or not self._workspace.is_open:
            return  # a sync that ends after the window (or the workspace) closed has nothing to show
        session = self._window.session
        status = sync_status(self._workspace, session.package_id if session else None)
        pending = status.pending_items
        when = _short_time(status.last_sync_at)
        items = _items(pending)
        if not status.configured:
            text = self.tr("Sync: not set up")
        elif self._sending:
            text = self.tr("Sync: sending…")
        elif self._offline:
            text = self.tr("Sync: offline — {items} wait").format(items=items) if pending else self.tr("Sync: offline")
        elif self._problem is not None:
            text = self.tr("Sync: failed — {items} wait").format(items=items) if pending else self.tr("Sync: failed")
        elif pending and when:
            text = self.tr("Sync: {items} to send · last sync {when}").format(items=items, when=when)
        elif pending:
            text = self.tr("Sync: {items} to send").format(items=items)
        elif when:
            text = self.tr("Sync: up to date · last sync {when}").format(when=when)
        else:
            text = self.tr("Sync: up to date")
        tip = status.description or self.tr("No sync target: File ▸ Sync settings…")
        if self._problem is not None:
            tip += f"\n{self._problem}"
        if status.auto:
            tip += "\n" + self.tr("Syncs by itself every 5 minutes and after a pause in your work.")
        self.label.setText(text)
        self.label.setToolTip(tip)

    def _on_window_package_opened(self, _package_id: str) -> None:
        self.refresh()

    def _on_undo_stack_changed(self, _index: int) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()
        if self._auto_timer.isActive():
            self._after_edit_timer.start()  # restarted by every edit: it fires after a pause

    # -- settings ----------------------------------------------------------------------------

    def show_settings(self) -> SyncSettingsDialog:
        """File ▸ Sync settings…: where to sync and how; Save stores it."""
        from annotator.ui.dialogs.sync_settings import SyncSettingsDialog

        dialog = SyncSettingsDialog(self._workspace, self.credentials, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_settings_saved)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _on_settings_saved(self, config: TargetConfig) -> None:
        self._problem, self._offline = None, False
        self._apply_auto_setting()
        self.refresh()
        text = self.tr("Sync set up: {target}. Sync now: Ctrl+Shift+Y.").format(target=config.describe())
        self._window.statusBar().showMessage(text, 8000)

    def _apply_auto_setting(self) -> None:
        if bool(self._workspace.setting(AUTO_SETTING, False)) and load_config(self._workspace) is not None:
            self._auto_timer.start()
        else:
            self._auto_timer.stop()
            self._after_edit_timer.stop()

    # -- Sync now ----------------------------------------------------------------------------

    def sync_now(self) -> None:
        """File ▸ Sync now: set up first if need be, then preview exactly what leaves, then send and fetch."""
        if self.running:
            return
        config = load_config(self._workspace)
        if config is None:
            self.show_settings()
            return
        if not pseudonym_chosen(self._workspace):
            # Deltas name the annotator: the pseudonym question comes first, as before an export.
            self._window.show_pseudonym_dialog(before_export=True).accepted.connect(self.sync_now)
            return
        secret = self.credentials.get(config) if config.needs_secret else None
        if config.needs_secret and not secret:
            self._ask_secret(config)
            return
        self._start(config, secret, preview=True)

    def _ask_secret(self, config: TargetConfig) -> None:
        dialog = QInputDialog(self._window)
        dialog.setObjectName("sync_password_dialog")
        dialog.setWindowTitle(self.tr("Sync password"))
        if self.credentials.persistent:
            text = self.tr("Password or secret key for {target} (kept in the system keyring):")
        else:
            text = self.tr("Password or secret key for {target} (kept for this session):")
        dialog.setLabelText(text.format(target=config.describe()))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda secret: self._on_secret_given(config, secret))
        dialog.open()

    def _on_secret_given(self, config: TargetConfig, secret: str) -> None:
        if not secret:
            return
        self._typed_secret = (config, secret)
        self._start(config, secret, preview=True)

    def _start(self, config: TargetConfig, secret: str | None, *, preview: bool) -> None:
        from annotator.core.sync.push import plan_push

        self._set_running(True)
        self._window.breaks.flush()  # the last seconds of time are part of what is sent
        workspace, refs, annotator = self._workspace, self._package_refs(), self._workspace.annotator_id()

        def build() -> PushPlan:
            local = worker_workspace(workspace)
            try:
                return plan_push(local, refs, target_key=config.key, annotator=annotator)
            finally:
                local.close()

        if preview:
            self._pending = (config, secret)
            run_in_background(build, self._on_plan_built, self._on_sync_failed)
        else:
            self._set_sending(True)
            run_in_background(lambda: self._send(config, secret, build()), self._on_auto_done, self._on_auto_failed)

    def _package_refs(self) -> list[PackageRef]:
        from annotator.core.sync.push import PackageRef

        session = self._window.session
        if session is None:
            return []  # nothing to send; packages and feedback still come down
        return [PackageRef(session.manifest, session.package.manifest_sha256)]

    def _on_plan_built(self, plan: PushPlan) -> None:
        assert self._pending is not None
        config, secret = self._pending
        self._pending = None
        if plan.is_empty:
            self._window.statusBar().showMessage(self.tr("Nothing to send; fetching new packages and feedback…"), 5000)
            self._send_in_background(config, secret, plan)
            return
        from annotator.ui.dialogs.sync_preview import SyncPreviewDialog

        dialog = SyncPreviewDialog(plan, config.describe(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._send_in_background(config, secret, plan))
        dialog.rejected.connect(self._on_preview_rejected)
        self.preview = dialog
        dialog.open()
        self.previewed.emit()

    def _on_preview_rejected(self) -> None:
        self._typed_secret = None
        self._set_running(False)
        self._window.statusBar().showMessage(self.tr("Nothing was sent."), 5000)

    def _send_in_background(self, config: TargetConfig, secret: str | None, plan: PushPlan) -> None:
        self.preview = None
        self._set_sending(True)
        run_in_background(lambda: self._send(config, secret, plan), self._on_sync_done, self._on_sync_failed)

    def _send(self, config: TargetConfig, secret: str | None, plan: PushPlan) -> SyncOutcome:
        """In a worker: push exactly `plan`, then pull; a failed pull does not undo a push that went through."""
        from annotator.core.sync.pull import pull
        from annotator.core.sync.push import push

        local = worker_workspace(self._workspace)
        inbox = inbox_folder(self._workspace)
        try:
            target = _open(config, secret)
            try:
                pushed = None if plan.is_empty else push(local, target, plan, policy=RETRY_POLICY)
                try:
                    pulled = pull(target, annotator=plan.annotator, inbox=inbox, policy=RETRY_POLICY)
                except SyncError as exc:
                    if pushed is None:
                        raise
                    return SyncOutcome(pushed, None, exc, inbox)
                return SyncOutcome(pushed, pulled, None, inbox)
            finally:
                target.close()
        finally:
            local.close()

    def _on_sync_done(self, outcome: SyncOutcome) -> None:
        message = self._ended_well(outcome)
        self._window.statusBar().showMessage(message, 10_000)
        self.synced.emit(message)

    def _ended_well(self, outcome: SyncOutcome) -> str:
        self._problem, self._offline = None, False
        if self._typed_secret is not None:
            self.credentials.set(*self._typed_secret)
            self._typed_secret = None
        if outcome.pull_error is not None:
            self._offline = isinstance(outcome.pull_error, TransientError)
            self._problem = self.tr("Fetching failed: {error}").format(error=outcome.pull_error)
        self._set_running(False)
        pulled = outcome.pulled
        if pulled is not None:
            # Review bundles that came down are applied at once, as File ▸ Import review… would:
            # rejected items reopen with the reviewer's reason shown on them.
            for path in pulled.new:
                if path.name.endswith(".review.json"):
                    self._window.review_import.import_file(path)
        if pulled is not None and pulled.kept_both:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Sync kept both copies"),
                "\n\n".join(pulled.messages()) + "\n\n" + self.tr("Both are in {folder}.").format(folder=outcome.inbox),
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            box.setObjectName("sync_kept_both_box")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # even after an auto sync: the person must know their copy was not the target's
        return self._summary(outcome)

    def _summary(self, outcome: SyncOutcome) -> str:
        pushed, pulled = outcome.pushed, outcome.pulled
        if pushed is not None:
            parts = [self.tr("Sent {items}").format(items=_items(pushed.items))]
        else:
            parts = [self.tr("Nothing to send")]
        if pulled is not None:
            from annotator.core.sync.pull import INBOX_PACKAGES

            packages = [path for path in pulled.new if path.parent.name == INBOX_PACKAGES]
            feedback = len(pulled.new) - len(packages)
            if packages:
                names = ", ".join(path.name for path in packages[:3]) + (" …" if len(packages) > 3 else "")
                if len(packages) == 1:
                    parts.append(self.tr("1 new package ({names})").format(names=names))
                else:
                    count = QLocale().toString(len(packages))
                    parts.append(self.tr("{count} new packages ({names})").format(count=count, names=names))
            if feedback == 1:
                parts.append(self.tr("1 new feedback file"))
            elif feedback:
                parts.append(self.tr("{count} new feedback files").format(count=QLocale().toString(feedback)))
            if pulled.kept_both:
                count = QLocale().toString(len(pulled.kept_both))
                parts.append(self.tr("{count} kept beside yours").format(count=count))
            if pulled.new or pulled.kept_both:
                parts[-1] += " " + self.tr("in {folder}").format(folder=outcome.inbox)
        if outcome.pull_error is not None:
            parts.append(self.tr("fetching failed: {error}").format(error=outcome.pull_error))
        return " · ".join(parts)

    def _on_sync_failed(self, error: Exception) -> None:
        self._set_running(False)
        if not isinstance(error, TransientError):
            self._typed_secret = None  # perhaps mistyped: asked again next time
        if isinstance(error, TransientError):
            # The work stays pending in the journal; the next sync sends the very same deltas.
            self._offline, self._problem = True, str(error)
            self.refresh()
            text = self.tr("Offline, nothing lost — your work waits: {error}").format(error=error)
            self._window.statusBar().showMessage(text, 10_000)
        else:
            self._offline, self._problem = False, str(error)
            self.refresh()
            self._window.show_error(
                self.tr("Sync failed"), self.tr("Nothing more was sent:\n\n{error}").format(error=error)
            )
        self.sync_failed.emit(str(error))

    # -- auto sync ---------------------------------------------------------------------------

    def _on_auto_timer_timeout(self) -> None:
        self._after_edit_timer.stop()
        if self._closed or not self._workspace.is_open:
            return
        config = load_config(self._workspace)
        if self.running or config is None or not self._workspace.setting(AUTO_SETTING, False):
            return
        if not pseudonym_chosen(self._workspace):
            return  # asked at the first Sync now, never by a timer
        secret = self.credentials.get(config) if config.needs_secret else None
        if config.needs_secret and not secret:
            self._problem = self.tr("Sync now (Ctrl+Shift+Y) asks for the password once this session.")
            self.refresh()
            return
        # The user chose this in the settings, whose text says it sends without the preview.
        self._start(config, secret, preview=False)

    def _on_auto_done(self, outcome: SyncOutcome) -> None:
        message = self._ended_well(outcome)
        pulled = outcome.pulled
        if pulled is not None and pulled.new:  # only news is worth a word after a sync no one asked for
            self._window.statusBar().showMessage(message, 10_000)
        self.synced.emit(message)

    def _on_auto_failed(self, error: Exception) -> None:
        # Quiet: the label says offline (or failed, with the reason in its tooltip); nothing pops up.
        self._set_running(False)
        self._offline = isinstance(error, TransientError)
        self._problem = str(error)
        self.refresh()
        self.sync_failed.emit(str(error))

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self.refresh()

    def _set_running(self, running: bool) -> None:
        self.running = running
        self._sending = self._sending and running
        action = self._window.actions_by_id.get("file.sync_now")
        if action is not None:
            action.setEnabled(not running)
        self.refresh()

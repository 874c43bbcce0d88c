"""The sync settings dialog: where work goes (a folder, WebDAV or S3), who signs in, and whether it syncs by itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.sync.config import AUTO_SETTING, Kind, TargetConfig, load_config, save_config, target_config
from annotator.core.sync.connect import open_target
from annotator.core.sync.credentials import CredentialStore
from annotator.core.sync.target import PermanentError
from annotator.core.workspace import Workspace
from annotator.ui.theme import tone
from annotator.ui.workers import run_in_background

# In English here; shown translated (the SyncSettingsDialog context).
KIND_NAMES: tuple[tuple[Kind, str], ...] = (
    ("folder", QT_TRANSLATE_NOOP("SyncSettingsDialog", "Shared folder")),
    ("webdav", QT_TRANSLATE_NOOP("SyncSettingsDialog", "WebDAV (Nextcloud, ownCloud)")),
    ("s3", QT_TRANSLATE_NOOP("SyncSettingsDialog", "S3-compatible storage")),
)
KEYRING_HINT = QT_TRANSLATE_NOOP("SyncSettingsDialog", "Kept in the system keyring, never in the workspace.")
SESSION_HINT = QT_TRANSLATE_NOOP("SyncSettingsDialog", "No system keyring here: you will be asked once per session.")
AUTO_TEXT = QT_TRANSLATE_NOOP(
    "SyncSettingsDialog",
    "Every 5 minutes, and 30 s after your last change, what changed is sent without the preview, "
    "and new packages and feedback come down. Sync now (Ctrl+Shift+Y) always shows the preview first.",
)


class SyncSettingsDialog(QDialog):
    """Edits the workspace's sync target; Save stores it (and the secret, in the credential store only)."""

    saved = Signal(object)  # the TargetConfig stored
    connection_tested = Signal(str)  # what the dialog then says: "Connected: …" or the error

    def __init__(self, workspace: Workspace, credentials: CredentialStore, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("sync_settings")
        self.setWindowTitle(self.tr("Sync settings"))
        self._workspace = workspace
        self._credentials = credentials
        self._testing = False
        self._stored = load_config(workspace)
        self._labels: list[QLabel] = []
        hint = self.tr(KEYRING_HINT) if credentials.persistent else self.tr(SESSION_HINT)

        self.kind = QComboBox()
        for kind, name in KIND_NAMES:
            self.kind.addItem(self.tr(name), kind)
        # One page per kind, only the chosen one shown (a QStackedWidget would be as tall as the tallest).
        self.pages = QWidget()
        self.pages.setObjectName("sync_pages")
        self._pages_layout = QVBoxLayout(self.pages)
        self._pages_layout.setContentsMargins(0, 0, 0, 0)
        self._page_widgets: list[QWidget] = []

        # Shared folder
        self.folder = self._line("sync_folder", self.tr("Folder"), self.tr("/media/usb/annotator or a synced folder"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("sync_browse")
        self.browse.setAccessibleName(self.tr("Browse for the folder"))
        self.browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        folder_form = self._page()
        folder_form.addRow(self._buddy(self.tr("&Folder:"), self.folder), row)
        folder_form.addRow(
            "", self._note(self.tr("A shared drive, a folder a sync client keeps (Nextcloud, Dropbox) or a USB stick."))
        )

        # WebDAV
        self.webdav_url = self._line(
            "sync_webdav_url",
            self.tr("WebDAV URL"),
            self.tr("https://cloud.example.org/remote.php/dav/files/USER/annotator/"),
        )
        self.webdav_user = self._line("sync_webdav_user", self.tr("User name"), "")
        self.webdav_password = self._line("sync_webdav_password", self.tr("Password"), "", secret=True)
        webdav_form = self._page()
        webdav_form.addRow(self._buddy(self.tr("&URL:"), self.webdav_url), self.webdav_url)
        webdav_form.addRow(self._buddy(self.tr("User &name:"), self.webdav_user), self.webdav_user)
        webdav_form.addRow(self._buddy(self.tr("&Password:"), self.webdav_password), self.webdav_password)
        webdav_form.addRow("", self._note(hint, "sync_webdav_hint"))

        # S3
        self.s3_location = self._line("sync_s3_location", self.tr("S3 location"), self.tr("s3://bucket/prefix"))
        self.s3_endpoint = self._line(
            "sync_s3_endpoint", self.tr("Endpoint URL"), self.tr("empty for AWS; e.g. https://minio.example.org")
        )
        self.s3_region = self._line("sync_s3_region", self.tr("Region"), self.tr("e.g. eu-central-1"))
        self.s3_access_key = self._line("sync_s3_access_key", self.tr("Access key ID"), "")
        self.s3_secret = self._line("sync_s3_secret", self.tr("Secret key"), "", secret=True)
        s3_form = self._page()
        s3_form.addRow(self._buddy(self.tr("&Location:"), self.s3_location), self.s3_location)
        s3_form.addRow(self._buddy(self.tr("&Endpoint URL:"), self.s3_endpoint), self.s3_endpoint)
        s3_form.addRow(self._buddy(self.tr("Re&gion:"), self.s3_region), self.s3_region)
        s3_form.addRow(self._buddy(self.tr("Access key &ID:"), self.s3_access_key), self.s3_access_key)
        s3_form.addRow(self._buddy(self.tr("Secret &key:"), self.s3_secret), self.s3_secret)
        s3_form.addRow("", self._note(hint, "sync_s3_hint"))

        self.kind.setObjectName("sync_kind")
        self.kind.setAccessibleName(self.tr("Where to sync"))
        self.kind.currentIndexChanged.connect(self._on_kind_changed)

        self.auto = QCheckBox(self.tr("Sync &automatically when online"))
        self.auto.setObjectName("sync_auto")
        self.auto.setAccessibleName(self.tr("Sync automatically when online"))
        self.auto.setChecked(bool(workspace.setting(AUTO_SETTING, False)))
        auto_note = self._note(self.tr(AUTO_TEXT))

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("sync_test")
        self.test_button.clicked.connect(self._on_test_clicked)
        self.result = QLabel()
        self.result.setObjectName("sync_result")
        self.result.setAccessibleName(self.tr("Connection test result"))
        self.result.setWordWrap(True)
        # It quotes URLs and server answers: shown as written, never as markup.
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.result, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("sync_save")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(self._buddy(self.tr("&Where:"), self.kind), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        layout.addWidget(self.auto)
        layout.addWidget(auto_note)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # The picker's form and each page's are separate layouts: one label width lines their fields up.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
        self._fill(self._stored)
        # Enter saves from any field; the Test button is reached with Tab or Alt+T.
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.test_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.setMinimumWidth(620)
        self.resize(680, self.sizeHint().height())

    # -- construction ------------------------------------------------------------------------

    def _page(self) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._pages_layout.addWidget(page)
        self._page_widgets.append(page)
        return form

    def _line(self, name: str, accessible: str, placeholder: str, *, secret: bool = False) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        if secret:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        line.textEdited.connect(self._on_input_edited)
        return line

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        self._labels.append(label)
        return label

    def _note(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        if name:
            label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setEnabled(False)  # the palette's quieter text, for an explanation
        return label

    def _fill(self, config: TargetConfig | None) -> None:
        if config is None:
            self._on_kind_changed(0)
            return
        self.kind.setCurrentIndex([kind for kind, _name in KIND_NAMES].index(config.kind))
        if config.kind == "folder":
            self.folder.setText(config.location)
        elif config.kind == "webdav":
            self.webdav_url.setText(config.location)
            self.webdav_user.setText(config.username)
        else:
            self.s3_location.setText(config.location)
            self.s3_endpoint.setText(config.endpoint)
            self.s3_region.setText(config.region)
            self.s3_access_key.setText(config.username)
        if config.needs_secret and self._credentials.get(config):
            for field in (self.webdav_password, self.s3_secret):
                field.setPlaceholderText(self.tr("kept; type to change it"))
        self._on_kind_changed(self.kind.currentIndex())

    # -- what the user typed ---------------------------------------------------------------------

    def current_kind(self) -> Kind:
        """The kind of target the picker shows."""
        return self.kind.currentData()

    def config(self) -> TargetConfig:
        """The target as typed, checked; PermanentError (saying what to type instead) if it is refused."""
        kind = self.current_kind()
        if kind == "folder":
            if not self.folder.text().strip():
                raise PermanentError(self.tr("Type the sync folder's path, or choose it with Browse…."))
            return target_config(self.folder.text(), kind="folder")
        if kind == "webdav":
            if not self.webdav_url.text().strip():
                raise PermanentError(self.tr("Type the WebDAV address (your cloud's WebDAV link, https://…)."))
            return target_config(self.webdav_url.text(), kind="webdav", username=self.webdav_user.text())
        return target_config(
            self.s3_location.text(),
            kind="s3",
            username=self.s3_access_key.text(),
            endpoint=self.s3_endpoint.text(),
            region=self.s3_region.text(),
        )

    def _typed_secret(self) -> str:
        field = {"webdav": self.webdav_password, "s3": self.s3_secret}.get(self.current_kind())
        return field.text() if field is not None else ""

    def _secret_for(self, config: TargetConfig) -> str | None:
        # An empty field keeps the secret already stored for this very target.
        return self._typed_secret() or self._credentials.get(config)

    def _say(self, text: str, *, ok: bool) -> None:
        self.result.setText(text)
        # The shade for the theme in force when it is said (the text is the latest test's, short-lived).
        self.result.setStyleSheet(f"color: {tone('ok' if ok else 'error').name()}")

    # -- slots -------------------------------------------------------------------------------

    def _on_kind_changed(self, index: int) -> None:
        for number, page in enumerate(self._page_widgets):
            page.setVisible(number == index)
        if self.isVisible():  # fit the page shown, once its layout has taken the change: no gap under a short one
            QTimer.singleShot(0, self._fit_height)
        self.result.clear()
        first = (self.folder, self.webdav_url, self.s3_location)[index]
        # Tab goes from the picker into this page's fields, then on to the checkbox and the buttons.
        chain: list[QWidget] = [self.kind, first]
        if index == 0:
            chain.append(self.browse)
        elif index == 1:
            chain += [self.webdav_user, self.webdav_password]
        else:
            chain += [self.s3_endpoint, self.s3_region, self.s3_access_key, self.s3_secret]
        chain += [
            self.auto,
            self.test_button,
            self.save_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _fit_height(self) -> None:
        self.resize(self.width(), self.sizeHint().height())

    def _on_input_edited(self, _text: str) -> None:
        self.result.clear()

    def _on_browse_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the sync folder"))
        dialog.setObjectName("sync_folder_dialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.folder.text().strip():
            dialog.setDirectory(self.folder.text().strip())
        dialog.fileSelected.connect(self._on_folder_chosen)
        dialog.open()

    def _on_folder_chosen(self, path: str) -> None:
        self.folder.setText(path)
        self.result.clear()
        self.folder.setFocus()

    def _on_test_clicked(self) -> None:
        if self._testing:
            return
        try:
            config = self.config()
        except PermanentError as exc:
            self._report(str(exc), ok=False)
            return
        secret = self._secret_for(config) if config.needs_secret else None
        self._testing = True
        self.test_button.setEnabled(False)
        self._say(self.tr("Testing {target}…").format(target=config.describe()), ok=True)

        def check() -> str:
            target = open_target(config, secret, timeout=15.0)
            try:
                target.check()
                return target.description
            finally:
                target.close()

        run_in_background(check, self._on_test_passed, self._on_test_failed)

    def _on_test_passed(self, description: str) -> None:
        self._report(
            self.tr("Connected: {target} answers, and this workspace can write there.").format(target=description),
            ok=True,
        )

    def _on_test_failed(self, error: Exception) -> None:
        self._report(str(error) or type(error).__name__, ok=False)

    def _report(self, text: str, *, ok: bool) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self._say(text, ok=ok)
        self.connection_tested.emit(text)

    def accept(self) -> None:
        try:
            config = self.config()
        except PermanentError as exc:
            self._say(str(exc), ok=False)
            return  # stays open, nothing stored, until the input can be used
        secret = self._typed_secret()
        if config.needs_secret and secret:
            self._credentials.set(config, secret)
        if self._stored is not None and self._stored.key != config.key:
            self._credentials.forget(self._stored)
        save_config(self._workspace, config)
        self._workspace.set_setting(AUTO_SETTING, self.auto.isChecked())
        self.saved.emit(config)
        super().accept()

"""The pages of the settings dialog; each applies and stores every change at once through the window it serves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.playback.output import NO_DEVICE, NO_PORTAUDIO, NO_SOUNDDEVICE
from annotator.core.playback.player import MAX_AUTO_REWIND
from annotator.core.sync.config import AUTO_SETTING, load_config
from annotator.core.sync.target import PermanentError
from annotator.ui import keymap
from annotator.ui.actions import ALL_ACTIONS
from annotator.ui.audio_output import (
    DEVICE_SETTING,
    REWIND_SETTING,
    output_devices,
    store_rewind,
    stored_device,
    stored_rewind,
    use_output_device,
)
from annotator.ui.dialogs.break_settings import BreakSettingsForm
from annotator.ui.dialogs.cheat_sheet import menu_path
from annotator.ui.dialogs.keymap_dialog import KeymapEditor
from annotator.ui.dialogs.pseudonym import refusal, rule, store_pseudonym
from annotator.ui.i18n import translate
from annotator.ui.locale_choice import LANGUAGES, apply_language, store_language, stored_language
from annotator.ui.theme import (
    FONT_SIZE_SETTING,
    MAX_FONT_SIZE,
    MIN_FONT_SIZE,
    THEME_SETTING,
    THEMES,
    apply_font_size,
    apply_theme,
    keep_tone,
    stored_font_size,
    stored_theme,
)

# The theme names of annotator.ui.theme, translated here where they are shown.
THEME_NAMES = {
    "Follow the system": QT_TRANSLATE_NOOP("AppearancePage", "Follow the system"),
    "Light": QT_TRANSLATE_NOOP("AppearancePage", "Light"),
    "Dark": QT_TRANSLATE_NOOP("AppearancePage", "Dark"),
}
# Why no device plays, as the core says it (in English), and as the audio page says it.
DEVICE_REASONS = {
    NO_PORTAUDIO: QT_TRANSLATE_NOOP(
        "AudioPage", "Audio output unavailable: PortAudio is not installed (install libportaudio2)."
    ),
    NO_SOUNDDEVICE: QT_TRANSLATE_NOOP(
        "AudioPage", "Audio output unavailable: the sounddevice module is not installed."
    ),
    NO_DEVICE: QT_TRANSLATE_NOOP(
        "AudioPage", "Audio output unavailable: no output device found. Plug one in and press Look again."
    ),
}
_UNAVAILABLE = "Audio output unavailable: "


def device_reason(reason: str) -> str:
    """Why no device plays, in the UI's language (an error PortAudio gave is quoted as it said it)."""
    if reason in DEVICE_REASONS:
        return translate("AudioPage", DEVICE_REASONS[reason])
    if reason.startswith(_UNAVAILABLE):
        detail = reason.removeprefix(_UNAVAILABLE)
        return translate("AudioPage", "Audio output unavailable: {detail}").format(detail=detail)
    return reason


def _note(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setEnabled(False)  # the palette's quieter text, for an explanation
    return label


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _combo(name: str, accessible: str, choices: tuple[tuple[str, str], ...], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for code, text in choices:
        combo.addItem(text, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class GeneralPage(QWidget):
    """Pseudonym and UI language."""

    def __init__(self, window: Any):
        super().__init__()
        self.setObjectName("settings_general")
        self._window = window
        workspace = window.workspace
        self.pseudonym = QLineEdit(workspace.annotator_id())
        self.pseudonym.setObjectName("settings_pseudonym")
        self.pseudonym.setAccessibleName(self.tr("Pseudonym"))
        self.pseudonym.setMaxLength(64)
        self.pseudonym.textEdited.connect(self._on_pseudonym_edited)
        self.problem = QLabel()
        self.problem.setObjectName("settings_pseudonym_problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        keep_tone(self.problem, "error")
        self.problem.hide()
        # Each language by its own name, so a user who cannot read the current one finds theirs; only
        # "System" is said in the current one.
        languages = tuple((code, self.tr("System") if code == "system" else name) for code, name in LANGUAGES)
        self.language = _combo(
            "settings_language", self.tr("Language of the user interface"), languages, stored_language(workspace)
        )
        self.language.currentIndexChanged.connect(self._on_language_changed)
        form = QFormLayout(self)
        form.addRow(_buddy(self.tr("Pseudo&nym:"), self.pseudonym), self.pseudonym)
        form.addRow("", self.problem)
        form.addRow(
            "", _note(self.tr("Your bundles name you only by it, never by your real name: {rule}.").format(rule=rule()))
        )
        form.addRow(_buddy(self.tr("&Language:"), self.language), self.language)
        form.addRow(
            "",
            _note(
                self.tr(
                    "These settings speak the new language at once, every other window as soon as you close "
                    "them: the same item stays on screen, only the changes you can undo start afresh."
                )
            ),
        )

    def _on_pseudonym_edited(self, text: str) -> None:
        name = text.strip()
        reason = refusal(name)
        self.problem.setText(reason or "")
        self.problem.setVisible(reason is not None)
        if reason is None:  # an unusable name is never stored: the last good one stays in force
            store_pseudonym(self._window.workspace, name)

    def _on_language_changed(self, _index: int) -> None:
        # In force now: this dialog rebuilds its pages on Qt's LanguageChange; the window once the dialog closes.
        code = self.language.currentData()
        store_language(self._window.workspace, code)
        apply_language(code)


class AppearancePage(QWidget):
    """Theme and font size: the running app switches at once."""

    def __init__(self, window: Any):
        super().__init__()
        self.setObjectName("settings_appearance")
        self._window = window
        workspace = window.workspace
        themes = tuple((code, translate("AppearancePage", THEME_NAMES.get(name, name))) for code, name in THEMES)
        self.theme = _combo("settings_theme", self.tr("Theme"), themes, stored_theme(workspace))
        self.theme.currentIndexChanged.connect(self._on_theme_changed)
        self.font_size = QSpinBox()
        self.font_size.setObjectName("settings_font_size")
        self.font_size.setAccessibleName(self.tr("Font size in points"))
        # One below the smallest size is "the system's own": the spin box's special value.
        self.font_size.setRange(MIN_FONT_SIZE - 1, MAX_FONT_SIZE)
        self.font_size.setSpecialValueText(self.tr("System default"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(stored_font_size(workspace) or MIN_FONT_SIZE - 1)
        self.font_size.valueChanged.connect(self._on_font_size_changed)
        form = QFormLayout(self)
        form.addRow(_buddy(self.tr("&Theme:"), self.theme), self.theme)
        form.addRow("", _note(self.tr("“Follow the system” turns dark and light with your desktop's colour scheme.")))
        form.addRow(_buddy(self.tr("&Font size:"), self.font_size), self.font_size)
        form.addRow(
            "", _note(self.tr("The size of menus, lists and dialogs. Editors' own text size keys (Ctrl++) add to it."))
        )

    def _on_theme_changed(self, _index: int) -> None:
        choice = self.theme.currentData()
        self._window.workspace.set_setting(THEME_SETTING, choice)
        apply_theme(choice)

    def _on_font_size_changed(self, value: int) -> None:
        points = value if value >= MIN_FONT_SIZE else 0
        self._window.workspace.set_setting(FONT_SIZE_SETTING, points)
        apply_font_size(points)


class KeysPage(QWidget):
    """The key editor; every change without a clash is saved and in force at once."""

    def __init__(self, window: Any):
        super().__init__()
        self.setObjectName("settings_keys")
        self._window = window
        self.editor = KeymapEditor(ALL_ACTIONS, keymap.current())
        self.editor.keymap_edited.connect(self._on_editor_keymap_edited)
        self.state = _note(self.tr("Select an action, press its new key: it works at once."), "settings_keys_state")
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.state)

    def _on_editor_keymap_edited(self) -> None:
        if self.editor.clashes():
            # A clash is never put in force: the keys stay as they were until it is resolved.
            self.state.setText(self.tr("Not in force until the clash above is resolved."))
            return
        self._window.apply_keymap(self.editor.keymap())
        self.state.setText(self.tr("Saved: the new keys work now."))


class AudioPage(QWidget):
    """The output device and the auto-rewind of the transcription editor."""

    def __init__(self, window: Any):
        super().__init__()
        self.setObjectName("settings_audio")
        self._window = window
        self.device = QComboBox()
        self.device.setObjectName("settings_audio_device")
        self.device.setAccessibleName(self.tr("Output device"))
        self.device.currentIndexChanged.connect(self._on_device_changed)
        self.rescan = QPushButton(self.tr("&Look again"))
        self.rescan.setObjectName("settings_audio_rescan")
        self.rescan.setAccessibleName(self.tr("Look for output devices again"))
        self.rescan.setAutoDefault(False)
        self.rescan.clicked.connect(self.fill_devices)
        self.device_note = _note("", "settings_audio_device_note")
        self.rewind = QDoubleSpinBox()
        self.rewind.setObjectName("settings_rewind")
        self.rewind.setAccessibleName(self.tr("Rewind on resume, in seconds"))
        self.rewind.setRange(0.0, MAX_AUTO_REWIND)
        self.rewind.setSingleStep(0.5)
        self.rewind.setDecimals(1)
        self.rewind.setSuffix(self.tr(" s"))
        self.rewind.setValue(stored_rewind(window.workspace))
        self.rewind.valueChanged.connect(self._on_rewind_changed)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.device, 1)
        row.addWidget(self.rescan)
        form = QFormLayout(self)
        form.addRow(_buddy(self.tr("Output &device:"), self.device), row)
        form.addRow("", self.device_note)
        form.addRow(_buddy(self.tr("&Rewind on resume:"), self.rewind), self.rewind)
        form.addRow(
            "", _note(self.tr("Playing again after a pause starts this much earlier, to catch the last words."))
        )
        self.fill_devices()

    def fill_devices(self) -> None:
        """List the output devices there are now (a device plugged in later shows after Look again)."""
        names, reason = output_devices()
        chosen = stored_device(self._window.workspace)
        self.device.blockSignals(True)
        self.device.clear()
        self.device.addItem(self.tr("System default"), "")
        for name in names:
            self.device.addItem(name, name)
        if chosen and chosen not in names:
            self.device.addItem(self.tr("{device} (not connected)").format(device=chosen), chosen)
        self.device.setCurrentIndex(max(0, self.device.findData(chosen)))
        self.device.blockSignals(False)
        self.device_note.setText(
            device_reason(reason) if reason else self.tr("A new choice plays from the next audio file opened.")
        )

    def _on_device_changed(self, _index: int) -> None:
        name = self.device.currentData() or ""
        self._window.workspace.set_setting(DEVICE_SETTING, name)
        in_use = use_output_device(name)
        if not in_use:
            self.device_note.setText(
                self.tr("{device} is not connected: the system default plays until it is.").format(device=name)
            )
        self._window.setting_changed(DEVICE_SETTING)

    def _on_rewind_changed(self, seconds: float) -> None:
        store_rewind(self._window.workspace, seconds)
        self._window.setting_changed(REWIND_SETTING)


class BreaksPage(QWidget):
    """The break and idle form; each change goes to the break controller (and the workspace) at once."""

    def __init__(self, window: Any):
        super().__init__()
        self.setObjectName("settings_breaks")
        self._window = window
        self.form = BreakSettingsForm(window.breaks.settings)
        self.form.changed.connect(lambda: window.apply_break_settings(self.form.settings()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)


class SyncPage(QWidget):
    """Where work syncs to, and the button to the sync settings (they test the connection before saving)."""

    def __init__(self, window: Any):
        super().__init__()
        self.setObjectName("settings_sync")
        self._window = window
        self.summary = QLabel()
        self.summary.setObjectName("settings_sync_summary")
        self.summary.setAccessibleName(self.tr("Sync target"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it quotes paths and URLs
        self.change = QPushButton(self.tr("Change sync &target…"))
        self.change.setObjectName("settings_sync_change")
        self.change.setAutoDefault(False)
        self.change.clicked.connect(self._on_change_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.change, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            _note(
                self.tr("The sync settings test the connection before they save it (also {menu}).").format(
                    menu=menu_path("file.sync_settings")
                )
            )
        )
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Say where work syncs to now."""
        workspace = self._window.workspace
        try:
            config = load_config(workspace)
        except (AnnotatorError, PermanentError, ValueError) as exc:
            self.summary.setText(
                self.tr("The stored sync target cannot be read ({error}): set it up again.").format(error=exc)
            )
            return
        if config is None:
            self.summary.setText(
                self.tr("Not set up: your work stays on this computer until you choose where to sync.")
            )
            return
        if workspace.setting(AUTO_SETTING, False):
            said = self.tr("Syncs to {target}; syncs by itself when online.")
        else:
            said = self.tr("Syncs to {target}; syncs when you press Ctrl+Shift+Y.")
        self.summary.setText(said.format(target=config.describe()))

    def _on_change_clicked(self) -> None:
        dialog = self._window.sync.show_settings()
        dialog.saved.connect(lambda _config: self.refresh())
        # The sync dialog belongs to the main window: once it closes, the keyboard comes back here.
        dialog.finished.connect(lambda _result: (self.window().activateWindow(), self.change.setFocus()))

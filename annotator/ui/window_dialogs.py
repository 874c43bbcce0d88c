"""The main window's dialogs: keys, settings, breaks, the dashboard and help, opened and applied.

A mixin of MainWindow (it uses the window's workspace, session, breaks, editor host and cheat sheet),
so the window module keeps to opening packages, moving between items and dispatching edits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from annotator.ui import keymap
from annotator.ui.actions import ALL_ACTIONS
from annotator.ui.dashboard import DashboardDialog
from annotator.ui.dialogs.break_settings import BreakSettingsDialog
from annotator.ui.dialogs.cheat_sheet import CheatSheetDialog, package_key_names
from annotator.ui.dialogs.keymap_dialog import KeymapDialog
from annotator.ui.locale_choice import language_in_force


class WindowDialogs:
    """MainWindow's dialog methods (mixed into MainWindow; not a window of its own)."""

    # -- keys ----------------------------------------------------------------------------------

    def show_keymap_dialog(self) -> None:
        """Let the user change keys; clashes must be resolved before they are saved."""
        dialog = KeymapDialog(ALL_ACTIONS, keymap.current(), parent=self)
        if dialog.exec() == KeymapDialog.DialogCode.Accepted:
            self.apply_keymap(dialog.keymap())

    def apply_keymap(self, chosen: keymap.Keymap) -> None:
        """Save the user's keys in the workspace and re-key every action at once."""
        chosen.save(self.workspace)
        keymap.install(chosen, ALL_ACTIONS)
        chosen.apply(self)
        self.editor_host.keymap_changed()
        if self._cheat_sheet is not None:  # rebuilt with the new keys when next shown
            self._cheat_sheet.deleteLater()
            self._cheat_sheet = None

    # -- breaks and the dashboard -------------------------------------------------------------

    def show_dashboard(self) -> DashboardDialog:
        """The worker's own figures (Ctrl+Shift+D), recomputed each time it is shown."""
        if self._dashboard is None:
            self._dashboard = DashboardDialog(
                self.workspace,
                package=lambda: (self.session.package_id, self.session.manifest.pay) if self.session else None,
                before_refresh=self.breaks.flush,
                parent=self,
            )
        self._dashboard.refresh()
        self._dashboard.show()
        self._dashboard.raise_()
        return self._dashboard

    def _refresh_dashboard(self, *_args: object) -> None:
        if self._dashboard is not None and self._dashboard.isVisible():
            self._dashboard.refresh()

    def show_break_settings(self) -> BreakSettingsDialog:
        """The break and idle settings (Ctrl+Shift+O); OK applies and stores them."""
        dialog = BreakSettingsDialog(self.breaks.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_chosen.connect(self.apply_break_settings)
        dialog.open()
        return dialog

    def apply_break_settings(self, settings: Any) -> None:
        """Put new break and idle settings in force (and store them); the status bar says the next break."""
        self.breaks.apply_settings(settings)
        self._on_break_changed()

    # -- settings ----------------------------------------------------------------------------

    def show_settings(self) -> Any:
        """Edit ▸ Settings… (Ctrl+,): every setting in one dialog, each change in force and stored at once."""
        from annotator.ui.dialogs.settings_dialog import SettingsDialog  # its pages import the sync and audio code

        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog
        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "settings_dialog", None))
        # The dialog speaks a new language at once; the window follows once it closes (see window_swap.py).
        spoken = language_in_force()
        dialog.finished.connect(lambda _result: self._on_settings_finished(spoken))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _on_settings_finished(self, spoken: tuple[str, str]) -> None:
        if language_in_force() != spoken:
            self.language_changed.emit(language_in_force()[0])

    def setting_changed(self, key: str) -> None:
        """A setting changed in the settings dialog: every editor built so far that uses it takes it now."""
        for index in range(self.editor_host.count()):
            editor = self.editor_host.widget(index)
            if hasattr(editor, "settings_changed"):
                editor.settings_changed(key)

    # -- help --------------------------------------------------------------------------------

    def show_cheat_sheet(self) -> None:
        """Show every key (F1)."""
        if self._cheat_sheet is None:
            names = package_key_names(self.session.manifest) if self.session else {}
            self._cheat_sheet = CheatSheetDialog(ALL_ACTIONS, self, names=names)
        self._cheat_sheet.show()
        self._cheat_sheet.raise_()
        self._cheat_sheet.activateWindow()

    def show_about(self) -> QDialog:
        """Version, licence, where the workspace is and what is recorded (Help ▸ About)."""
        from annotator.ui.dialogs.about import AboutDialog  # importlib.metadata: ~25 ms at start-up otherwise

        dialog = AboutDialog(self.workspace.folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

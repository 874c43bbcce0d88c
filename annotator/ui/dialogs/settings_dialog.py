"""One settings dialog (Ctrl+,): general, appearance, keys, audio, breaks and sync, each change live and saved at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from annotator.ui.dialogs.settings_pages import AppearancePage, AudioPage, BreaksPage, GeneralPage, KeysPage, SyncPage

# (attribute, page class, tab title with its Alt+letter); no letter here is used by a field on any page.
# The titles are translated where shown (the SettingsDialog context).
PAGES = (
    ("general", GeneralPage, QT_TRANSLATE_NOOP("SettingsDialog", "&General")),
    ("appearance", AppearancePage, QT_TRANSLATE_NOOP("SettingsDialog", "&Appearance")),
    ("keys", KeysPage, QT_TRANSLATE_NOOP("SettingsDialog", "&Keys")),
    ("audio", AudioPage, QT_TRANSLATE_NOOP("SettingsDialog", "A&udio")),
    ("breaks", BreaksPage, QT_TRANSLATE_NOOP("SettingsDialog", "&Breaks")),
    ("sync", SyncPage, QT_TRANSLATE_NOOP("SettingsDialog", "&Sync")),
)


class SettingsDialog(QDialog):
    """Pages in tabs; there is nothing to confirm: every change is in force and stored as it is made. Esc closes."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        for attribute, page_class, title in PAGES:
            page = page_class(window)
            setattr(self, attribute, page)
            self.tabs.addTab(page, self.tr(title))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("settings_buttons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the settings"))
        # Enter in a field must not close the dialog under the user's hands: only Close and Esc do.
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 420)
        self.resize(780, 600)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def show_page(self, attribute: str) -> None:
        """Bring one page to the front, the keyboard in its first field."""
        self.tabs.setCurrentWidget(getattr(self, attribute))
        self._on_tabs_current_changed(self.tabs.currentIndex())

    def _on_tabs_current_changed(self, _index: int) -> None:
        # Alt+letter on a tab puts the keyboard in that page; arrows on the tab bar leave it on the bar.
        page = self.tabs.currentWidget()
        if page is None or not self.isVisible() or self.tabs.tabBar().hasFocus():
            return
        field = _first_field(page)
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)


def _first_field(page: QWidget) -> QWidget | None:
    """The first widget of a page that Tab would reach."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None

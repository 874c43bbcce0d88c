"""One settings dialog (Ctrl+,): general, appearance, keys, audio, breaks and sync, each change live and saved at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from annotator.ui.dialogs.settings_pages import AppearancePage, AudioPage, BreaksPage, GeneralPage, KeysPage, SyncPage
from annotator.ui.locale_choice import language_in_force

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
    """Pages in tabs; there is nothing to confirm: every change is in force and stored as it is made. Esc closes.

    A new UI language re-texts the dialog at once: its pages are built again (from what is stored), on the
    same page, the keyboard in the same field.
    """

    def __init__(self, window: Any):
        super().__init__(window)
        self.setObjectName("settings_dialog")
        self._window = window
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("settings_buttons")
        # Enter in a field must not close the dialog under the user's hands: only Close and Esc do.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self._built_in = language_in_force()
        self._set_texts()
        self._build_pages()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(560, 420)
        self.resize(780, 600)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _set_texts(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close the settings"))

    def _build_pages(self) -> None:
        for attribute, page_class, title in PAGES:
            page = page_class(self._window)
            setattr(self, attribute, page)
            self.tabs.addTab(page, self.tr(title))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Qt posts a LanguageChange for each translator taken out or put in: the pages are built once per language.
        # A closed dialog (waiting to be deleted) stays as it is: its window may be closing with the workspace.
        if event.type() == QEvent.Type.LanguageChange and self.isVisible() and language_in_force() != self._built_in:
            self._built_in = language_in_force()
            self._rebuild_pages()

    def _rebuild_pages(self) -> None:
        current = self.tabs.currentIndex()
        focus = QApplication.focusWidget()
        focus_name = focus.objectName() if focus is not None and self.isAncestorOf(focus) else ""
        self.tabs.blockSignals(True)  # the tabs coming and going must not move the keyboard
        try:
            while self.tabs.count():
                page = self.tabs.widget(0)
                self.tabs.removeTab(0)
                page.setParent(None)  # gone from findChild at once, deleted when the event loop gets to it
                page.deleteLater()
            self._set_texts()
            self._build_pages()
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        field = self.tabs.currentWidget().findChild(QWidget, focus_name) if focus_name else None
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        elif focus_name:
            self._on_tabs_current_changed(current)

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

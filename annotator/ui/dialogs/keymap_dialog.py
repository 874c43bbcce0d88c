"""Remap keys: pick an action, press its new key; clashes are listed and must be resolved before saving."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.actions import ActionSpec, menu_title, spec_text
from annotator.ui.keymap import Keymap
from annotator.ui.theme import keep_tone


class KeymapEditor(QWidget):
    """Edits a copy of the keymap, embeddable; `keymap_edited` fires after every change, clashes or not."""

    keymap_edited = Signal()

    def __init__(self, specs: Iterable[ActionSpec], keymap: Keymap, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("keymap_editor")
        self._specs = list(specs)
        self._keymap = Keymap(keymap.overrides())
        self._search = QLineEdit()
        self._search.setObjectName("keymap_search")
        self._search.setPlaceholderText(self.tr("Type to find an action…"))
        self._search.setAccessibleName(self.tr("Find an action"))
        self._search.textChanged.connect(self._on_search_text_changed)
        self._table = QTableWidget(len(self._specs), 3)
        self._table.setObjectName("keymap_table")
        self._table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self._table.setAccessibleName(self.tr("Actions and their keys"))
        self._table.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the key editor
        self._table.verticalHeader().hide()
        self._table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self._table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, spec in enumerate(self._specs):
            menu = _plain(menu_title(spec.menu)) if spec.menu else ""
            for column, text in enumerate((menu, _plain(spec_text(spec)), "")):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, spec.id)
                self._table.setItem(row, column, cell)
        self._table.currentCellChanged.connect(lambda *_: self._on_selection_changed())
        self._table.itemActivated.connect(lambda _item: self.key_edit.setFocus())
        self.key_edit = QKeySequenceEdit()
        self.key_edit.setObjectName("keymap_key_edit")
        self.key_edit.setAccessibleName(self.tr("New key for the selected action"))
        self.key_edit.setMaximumSequenceLength(1)  # one key combination; no two-stroke chords
        self.key_edit.editingFinished.connect(self._on_key_edit_finished)
        clear = QPushButton(self.tr("&No key"))
        clear.setObjectName("keymap_no_key")
        clear.setAccessibleName(self.tr("No key for the selected action"))
        clear.clicked.connect(lambda: self._set_selected_keys(()))
        reset = QPushButton(self.tr("De&fault"))
        reset.setObjectName("keymap_default")
        reset.setAccessibleName(self.tr("Default key for the selected action"))
        reset.clicked.connect(self._on_reset_clicked)
        self._clashes = QLabel()
        self._clashes.setObjectName("keymap_clashes")
        self._clashes.setWordWrap(True)
        self._clashes.setAccessibleName(self.tr("Key clashes"))
        keep_tone(self._clashes, "error")  # red that reads on the light and the dark theme alike
        editor_row = QHBoxLayout()
        caption = QLabel(self.tr("New &key for the selected action (press it):"))
        caption.setBuddy(self.key_edit)
        editor_row.addWidget(caption)
        editor_row.addWidget(self.key_edit, 1)
        editor_row.addWidget(clear)
        editor_row.addWidget(reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._search)
        layout.addWidget(self._table, 1)
        layout.addLayout(editor_row)
        layout.addWidget(self._clashes)
        self._refresh()

    def keymap(self) -> Keymap:
        """The keys as edited."""
        return Keymap(self._keymap.overrides())

    def select_action(self, action_id: str) -> None:
        """Select an action's row (as a click on it would)."""
        row = next(index for index, spec in enumerate(self._specs) if spec.id == action_id)
        self._table.setCurrentCell(row, 1)

    def clashes(self) -> list[tuple[str, str, str]]:
        """The clashes of the keys as edited."""
        return self._keymap.conflicts(self._specs)

    def _selected_spec(self) -> ActionSpec | None:
        row = self._table.currentRow()
        return self._specs[row] if 0 <= row < len(self._specs) else None

    def _on_selection_changed(self) -> None:
        spec = self._selected_spec()
        keys = self._keymap.keys_for(spec) if spec else ()
        self.key_edit.blockSignals(True)
        self.key_edit.setKeySequence(QKeySequence(keys[0]) if keys else QKeySequence())
        self.key_edit.blockSignals(False)

    def _on_key_edit_finished(self) -> None:
        sequence = self.key_edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        if sequence:
            self._set_selected_keys((sequence,))

    def _on_reset_clicked(self) -> None:
        spec = self._selected_spec()
        if spec is not None:
            self._set_selected_keys(spec.keys)
            self._on_selection_changed()

    def _set_selected_keys(self, keys: tuple[str, ...]) -> None:
        spec = self._selected_spec()
        if spec is not None:
            self._keymap.set_keys(spec, keys)
            self._refresh()
            self.keymap_edited.emit()

    def _refresh(self) -> None:
        names = {spec.id: _plain(spec_text(spec)) for spec in self._specs}
        changed_note = self.tr("{keys} (changed)")
        for row, spec in enumerate(self._specs):
            keys = self._keymap.keys_for(spec)
            text = ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
            changed = spec.id in self._keymap.overrides()
            self._table.item(row, 2).setText(changed_note.format(keys=text) if changed else text)
        clashes = self.clashes()
        self._clashes.setText(
            "\n".join(
                self.tr("{key} is the key of both “{first}” and “{second}”: change one.").format(
                    key=key, first=names[a], second=names[b]
                )
                for key, a, b in clashes
            )
        )

    def _on_search_text_changed(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self._table.rowCount()):
            haystack = " ".join(self._table.item(row, column).text() for column in range(3)).casefold()
            self._table.setRowHidden(row, needle not in haystack)


class KeymapDialog(QDialog):
    """The key editor in a dialog; OK waits until no key clashes, `keymap()` is the result once accepted."""

    def __init__(self, specs: Iterable[ActionSpec], keymap: Keymap, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("keymap_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts: change keys"))
        self.resize(760, 560)
        self.editor = KeymapEditor(specs, keymap)
        self.key_edit = self.editor.key_edit
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.editor.keymap_edited.connect(self._on_editor_keymap_edited)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self._buttons)
        self._on_editor_keymap_edited()

    def keymap(self) -> Keymap:
        """The keys as edited."""
        return self.editor.keymap()

    def select_action(self, action_id: str) -> None:
        """Select an action's row (as a click on it would)."""
        self.editor.select_action(action_id)

    def clashes(self) -> list[tuple[str, str, str]]:
        """The clashes of the keys as edited."""
        return self.editor.clashes()

    def _on_editor_keymap_edited(self) -> None:
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.clashes())


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…")

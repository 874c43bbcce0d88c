"""Remap keys: pick an action, press its new key; clashes are listed and must be resolved before saving."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
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
)

from annotator.ui.actions import ActionSpec
from annotator.ui.keymap import Keymap


class KeymapDialog(QDialog):
    """Edits a copy of the keymap; `keymap()` is the result once accepted."""

    def __init__(self, specs: Iterable[ActionSpec], keymap: Keymap, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("keymap_dialog")
        self.setWindowTitle("Keyboard shortcuts: change keys")
        self.resize(760, 560)
        self._specs = list(specs)
        self._keymap = Keymap(keymap.overrides())
        self._search = QLineEdit()
        self._search.setObjectName("keymap_search")
        self._search.setPlaceholderText("Type to find an action…")
        self._search.textChanged.connect(self._on_search_text_changed)
        self._table = QTableWidget(len(self._specs), 3)
        self._table.setObjectName("keymap_table")
        self._table.setHorizontalHeaderLabels(["Menu", "Action", "Keys"])
        self._table.verticalHeader().hide()
        self._table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self._table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, spec in enumerate(self._specs):
            for column, text in enumerate((spec.menu, spec.text.replace("&", "").rstrip("…"), "")):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, spec.id)
                self._table.setItem(row, column, cell)
        self._table.currentCellChanged.connect(lambda *_: self._on_selection_changed())
        self._table.itemActivated.connect(lambda _item: self.key_edit.setFocus())
        self.key_edit = QKeySequenceEdit()
        self.key_edit.setObjectName("keymap_key_edit")
        self.key_edit.setMaximumSequenceLength(1)  # one key combination; no two-stroke chords
        self.key_edit.editingFinished.connect(self._on_key_edit_finished)
        clear = QPushButton("No key")
        clear.clicked.connect(lambda: self._set_selected_keys(()))
        reset = QPushButton("Default")
        reset.clicked.connect(self._on_reset_clicked)
        self._clashes = QLabel()
        self._clashes.setObjectName("keymap_clashes")
        self._clashes.setWordWrap(True)
        self._clashes.setStyleSheet("color:#b00020;")
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        editor_row = QHBoxLayout()
        editor_row.addWidget(QLabel("New key for the selected action (press it):"))
        editor_row.addWidget(self.key_edit, 1)
        editor_row.addWidget(clear)
        editor_row.addWidget(reset)
        layout = QVBoxLayout(self)
        layout.addWidget(self._search)
        layout.addWidget(self._table, 1)
        layout.addLayout(editor_row)
        layout.addWidget(self._clashes)
        layout.addWidget(self._buttons)
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

    def _refresh(self) -> None:
        names = {spec.id: spec.text.replace("&", "").rstrip("…") for spec in self._specs}
        for row, spec in enumerate(self._specs):
            keys = self._keymap.keys_for(spec)
            text = ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
            changed = spec.id in self._keymap.overrides()
            self._table.item(row, 2).setText(text + (" (changed)" if changed else ""))
        clashes = self.clashes()
        self._clashes.setText(
            "\n".join(f"{key} is the key of both “{names[a]}” and “{names[b]}”: change one." for key, a, b in clashes)
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not clashes)

    def _on_search_text_changed(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self._table.rowCount()):
            haystack = " ".join(self._table.item(row, column).text() for column in range(3)).casefold()
            self._table.setRowHidden(row, needle not in haystack)

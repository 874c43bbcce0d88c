"""The cheat sheet (F1): every action and its keys, grouped by menu, filterable by typing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout

from annotator.ui.actions import ActionSpec, key_text


class CheatSheetDialog(QDialog):
    """A table of menu, action, keys and description; typing in the box filters the rows."""

    def __init__(self, specs: Iterable[ActionSpec], parent: Any = None):
        super().__init__(parent)
        self.setObjectName("cheat_sheet")
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(720, 520)
        self._search = QLineEdit()
        self._search.setObjectName("cheat_sheet_search")
        self._search.setPlaceholderText("Type to filter…")
        self._search.setClearButtonEnabled(True)
        self._table = QTableWidget(0, 4)
        self._table.setObjectName("cheat_sheet_table")
        self._table.setHorizontalHeaderLabels(["Menu", "Action", "Keys", "What it does"])
        self._table.verticalHeader().hide()
        self._table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self._table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for spec in specs:
            self._add_row(spec)
        self._table.resizeColumnsToContents()
        self._search.textChanged.connect(self._on_search_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self._search)
        layout.addWidget(self._table)

    def _add_row(self, spec: ActionSpec) -> None:
        row = self._table.rowCount()
        self._table.insertRow(row)
        for column, text in enumerate(
            (spec.menu, spec.text.replace("&", "").rstrip("…"), key_text(spec), spec.description)
        ):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, spec.id)
            self._table.setItem(row, column, cell)

    def _on_search_text_changed(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self._table.rowCount()):
            haystack = " ".join(self._table.item(row, column).text() for column in range(4)).casefold()
            self._table.setRowHidden(row, needle not in haystack)

    def visible_action_ids(self) -> list[str]:
        """Ids of the rows the filter shows."""
        return [
            self._table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            for row in range(self._table.rowCount())
            if not self._table.isRowHidden(row)
        ]

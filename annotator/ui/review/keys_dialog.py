"""Help ▸ Keys of the review window: every row of its action table, as the lead's keys are now."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from annotator.ui.actions import ActionSpec, spec_description, spec_text


def keys_shown(keys: Sequence[str]) -> str:
    """Keys as this platform writes them, e.g. 'J, Down'."""
    return ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)


class KeysDialog(QDialog):
    """A read-only table: keys, what they do, and when."""

    def __init__(self, rows: Sequence[tuple[ActionSpec, str]], parent: Any = None):
        super().__init__(parent)
        self.setObjectName("review_keys")
        self.setWindowTitle(self.tr("Review keys"))
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("review_keys_table")
        self.table.setAccessibleName(self.tr("Review keys and what they do"))
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the next control
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("What it does")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, (spec, keys) in enumerate(rows):
            for column, text in enumerate((keys, spec_text(spec).replace("&", ""), spec_description(spec))):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.resize(720, 460)

    def rows(self) -> list[tuple[str, str]]:
        """(keys, action) of every row, as shown."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]

"""The Items panel: the status filter over the item list, whose highlight is always the item on screen (or none)."""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QComboBox, QListView, QVBoxLayout, QWidget

from annotator.core.model import Status
from annotator.core.session import PackageSession
from annotator.ui.panels import LIST_MIN_WIDTH, fit_list_to_rows
from annotator.ui.queue_model import FILTERS, QueueModel, StatusFilterModel, filter_text

_MEASURED_ROWS = 5


class QueuePanel(QWidget):
    """Emits `item_chosen` (a package position) only when the annotator picks a row, never when rows move."""

    item_chosen = Signal(int)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.model = QueueModel(self)
        self.filter = StatusFilterModel(self)
        self.filter.setSourceModel(self.model)
        self.view = QListView()
        self.view.setObjectName("queue_view")
        self.view.setAccessibleName(self.tr("Items"))
        self.view.setModel(self.filter)
        self.view.setUniformItemSizes(True)
        self.view.setMinimumWidth(LIST_MIN_WIDTH)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("queue_filter")
        self.filter_box.setAccessibleName(self.tr("Show items"))
        for name in FILTERS:
            # Shown in the UI's language; the English name stays the filter's key.
            self.filter_box.addItem(filter_text(name), name)
        self.filter_box.currentIndexChanged.connect(self._on_filter_box_index_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)
        self._current: int | None = None
        # Set while the panel itself moves the highlight, so that is not taken for the annotator's pick.
        self._syncing = False

    def set_session(self, session: PackageSession | None) -> None:
        """List another package's items, the list as wide as its longest id."""
        with self._synced():
            self.model.set_session(session)
        self._current = None
        items = session.items if session is not None else ()
        # The rows with the longest ids (and numbers) are the widest to within a few pixels: measuring a
        # handful costs nothing, measuring each of 100,000 rows would stall the opening.
        longest = heapq.nlargest(_MEASURED_ROWS, range(len(items)), key=lambda row: len(items[row].id) + len(str(row)))
        fit_list_to_rows(self.view, longest)

    def listed(self) -> tuple[Status, ...] | None:
        """The statuses the list shows (None: every item): with a filter on, navigation keeps to them."""
        return self.filter.statuses()

    def filter_name(self) -> str:
        """The filter's name as the annotator sees it, e.g. 'Flagged'."""
        return self.filter_box.currentText()

    def show_current(self, row: int) -> None:
        """Highlight the item at package position `row`, or nothing if the filter hides it: never another row."""
        self._current = row
        view_index = self.filter.mapFromSource(self.model.index(row))
        with self._synced():
            if view_index.isValid():
                self.view.selectionModel().setCurrentIndex(view_index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                self.view.selectionModel().clear()

    def status_changed(self, row: int) -> None:
        """Repaint a row whose status changed; if that takes it out of the list, the highlight does not wander."""
        with self._synced():
            self.model.status_changed(row)
        self._show_current_again()

    @contextmanager
    def _synced(self) -> Iterator[None]:
        self._syncing = True
        try:
            yield
        finally:
            self._syncing = False

    def _show_current_again(self) -> None:
        if self._current is not None:
            self.show_current(self._current)

    def _on_filter_box_index_changed(self, index: int) -> None:
        # Filtering changes what is listed, not what is on screen: rows that leave the list must not
        # drag the highlight, and with it the editor, to a neighbour.
        with self._synced():
            self.filter.set_filter(self.filter_box.itemData(index))
        self._show_current_again()

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        row = self.filter.mapToSource(current).row()
        self._current = row
        self.item_chosen.emit(row)

"""The segment list: a read-only table of an item's segments, its current row kept on the selected one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from annotator.core.segments import format_timestamp
from annotator.ui.i18n import translate

# English here, translated in headerData.
COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("SegmentListModel", "Start"),
    QT_TRANSLATE_NOOP("SegmentListModel", "End"),
    QT_TRANSLATE_NOOP("SegmentListModel", "Speaker"),
    QT_TRANSLATE_NOOP("SegmentListModel", "Text"),
)
Index = QModelIndex | QPersistentModelIndex
# The Text column keeps room for this many average characters beside the others, however narrow the window.
TEXT_MIN_CHARS = 24


class SegmentListModel(QAbstractTableModel):
    """Mirrors a list of segments; it never changes them (edits go through the editor)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._segments: list[dict[str, Any]] = []

    def set_segments(self, segments: list[dict[str, Any]]) -> None:
        """Show these segments."""
        if len(segments) == len(self._segments):
            self._segments = list(segments)
            if segments:
                self.dataChanged.emit(self.index(0, 0), self.index(len(segments) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._segments = list(segments)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._segments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._segments):
            return None
        seg = self._segments[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(index.row() + 1),
                format_timestamp(seg["start"]).strip("[]"),
                format_timestamp(seg["end"]).strip("[]"),
                seg.get("speaker") or "",
                " ".join(seg.get("text", "").split()),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return seg.get("text", "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column < 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return translate("SegmentListModel", COLUMNS[section])
        return None


class SegmentList(QTableView):
    """Click a row (or move with the arrow keys) to select that segment; `segment_chosen` says which."""

    segment_chosen = Signal(int)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("segment_list")
        self.setAccessibleName(self.tr("Segments"))
        self.model_ = SegmentListModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_header_section_resized)
        self._syncing = False
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def show_segments(self, segments: list[dict[str, Any]], selected: int | None) -> None:
        """Show the segments with `selected` as the current row (none if None)."""
        self._syncing = True
        try:
            self.model_.set_segments(segments)
            if selected is None or not 0 <= selected < len(segments):
                self.selectionModel().clearSelection()
                self.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model_.index(selected, 0)
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.selectionModel().setCurrentIndex(index, flags)
                self.scrollTo(index)
        finally:
            self._syncing = False

    def minimumSizeHint(self) -> QSize:
        # The number, times and speaker as wide as they show, and the start of the text beside them: on a
        # small screen the side panels narrow before a segment's text shrinks to two words and "…".
        header = self.horizontalHeader()
        fixed = sum(header.sectionSize(column) for column in range(4))
        text = self.fontMetrics().averageCharWidth() * TEXT_MIN_CHARS
        chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), fixed + text + chrome), hint.height())

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column < 4:  # the Text column's own stretching does not change what the list needs
            self.updateGeometry()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.segment_chosen.emit(current.row())

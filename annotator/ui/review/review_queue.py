"""The review queue: a table of (item, annotator) results, and a proxy that filters it (undecided, rejected, gold failures, ...)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from annotator.core.model import Status
from annotator.core.quality.gold import DEFAULT_FAIL_BELOW, GoldResult
from annotator.core.quality.review_session import Result, ReviewSession
from annotator.ui.i18n import translate
from annotator.ui.queue_model import status_text
from annotator.ui.theme import tone
from annotator.ui.widgets.text_only import plain_tooltip

ItemIdRole = Qt.ItemDataRole.UserRole + 1
AnnotatorRole = Qt.ItemDataRole.UserRole + 2
DecisionRole = Qt.ItemDataRole.UserRole + 3  # "accept", "reject", "fix", or "" (undecided)
DisagreesRole = Qt.ItemDataRole.UserRole + 4
GoldFailedRole = Qt.ItemDataRole.UserRole + 5  # True: a gold item scored below its kind's threshold

_CONTEXT = "ReviewQueueModel"  # spelled out in every marker and call below: lupdate reads only literals
# English here (the ids of the columns and decisions); shown through decision_text() and headerData().
COLUMNS = (
    QT_TRANSLATE_NOOP("ReviewQueueModel", "Item"),
    QT_TRANSLATE_NOOP("ReviewQueueModel", "Annotator"),
    QT_TRANSLATE_NOOP("ReviewQueueModel", "Status"),
    QT_TRANSLATE_NOOP("ReviewQueueModel", "Decision"),
    "≠",
    QT_TRANSLATE_NOOP("ReviewQueueModel", "Gold"),
)
DECISION_COLUMN, DISAGREE_COLUMN, GOLD_COLUMN = 3, 4, 5
DECISION_TEXT = {
    "accept": QT_TRANSLATE_NOOP("ReviewQueueModel", "accepted"),
    "reject": QT_TRANSLATE_NOOP("ReviewQueueModel", "rejected"),
    "fix": QT_TRANSLATE_NOOP("ReviewQueueModel", "fixed"),
}
# Tones of the theme in force (annotator.ui.theme.TONES), looked up when a cell is painted.
DECISION_TONES = {"accept": "ok", "reject": "error", "fix": "info"}
DISAGREE_MARK = "≠"
GOLD_TONES = {True: "error", False: "ok"}  # failed, passed
FILTER_MODES = ("all", "undecided", "rejected", "disagreements", "gold_failures", "annotator")


def decision_text(decision: str) -> str:
    """A decision ('accept', 'reject', 'fix') as the queue writes it, in the UI's language ('accepted')."""
    return translate(_CONTEXT, DECISION_TEXT[decision]) if decision in DECISION_TEXT else ""


def _fixed(value: float, decimals: int = 2) -> str:
    return QLocale().toString(float(value), "f", decimals)


def gold_mark(gold: GoldResult | None) -> str:
    """The queue's gold cell: '✓ 1.00' or '✗ 0.40' (the accuracy), '–' for a gold item not done, '' for any other."""
    if gold is None:
        return ""
    if gold.score is None:
        return "–"
    return f"{'✗' if gold.failed else '✓'} {_fixed(gold.score.accuracy)}"


def gold_note(gold: GoldResult, *, detail: bool = False) -> str:
    """A gold mark in words: 'gold item failed: accuracy 0.40, below 0.50 fails', with `detail` the kind's figures too."""
    if gold.score is None:
        return translate("ReviewQueueModel", "gold item, not scored: {status}").format(status=gold.status)
    threshold = DEFAULT_FAIL_BELOW.get(gold.kind, 1.0)
    # The figures' names are the scorer's own (core's), their values in the UI's number format.
    figures = ", ".join(
        f"{name} {QLocale().toString(float(value), 'g', 3)}" for name, value in gold.score.detail.items()
    )
    shown = f" ({figures})" if detail and figures else ""
    if gold.failed:
        text = translate("ReviewQueueModel", "gold item failed: accuracy {accuracy}{figures}, below {threshold} fails")
    else:
        text = translate("ReviewQueueModel", "gold item passed: accuracy {accuracy}{figures}, below {threshold} fails")
    return text.format(accuracy=_fixed(gold.score.accuracy), figures=shown, threshold=_fixed(threshold))


class ReviewQueueModel(QAbstractTableModel):
    """One row per result, in package order then by annotator; decisions are read from the session, never copied."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._session: ReviewSession | None = None
        self._disagreeing: frozenset[str] = frozenset()
        self._rows: dict[tuple[str, str], int] = {}

    def set_session(self, session: ReviewSession | None, *, disagreeing: Collection[str] = ()) -> None:
        """Show another review's results; `disagreeing` are the item ids whose annotators do not agree."""
        self.beginResetModel()
        self._session = session
        self._disagreeing = frozenset(disagreeing)
        results = session.results if session is not None else []
        self._rows = {(r.item_id, r.annotator): row for row, r in enumerate(results)}
        self.endResetModel()

    def result(self, row: int) -> Result | None:
        """The result on a row (None: no such row)."""
        if self._session is None or not 0 <= row < len(self._session.results):
            return None
        return self._session.results[row]

    def row_of(self, item_id: str, annotator: str) -> int | None:
        """The row of one annotator's result for one item."""
        return self._rows.get((item_id, annotator))

    def disagrees(self, item_id: str) -> bool:
        """Whether the annotators of an item disagree."""
        return item_id in self._disagreeing

    def decision_changed(self, item_id: str, annotator: str) -> None:
        """Repaint one row after its decision was taken, changed or undone."""
        row = self.row_of(item_id, annotator)
        if row is not None:
            first, last = self.index(row, 0), self.index(row, len(COLUMNS) - 1)
            self.dataChanged.emit(first, last)

    # -- the model ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._session is None:
            return 0
        return len(self._session.results)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate(_CONTEXT, COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == DISAGREE_COLUMN
        ):
            return self.tr("≠: the annotators of this item disagree")
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and section == GOLD_COLUMN:
            return self.tr("Gold: the result's accuracy against the answer key (✗ below its kind's threshold)")
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        result = self.result(index.row()) if index.isValid() else None
        if result is None or self._session is None or not 0 <= index.column() < len(COLUMNS):
            return None
        decision = self._session.decision(result.item_id, result.annotator)
        chosen = decision.decision if decision is not None else ""
        gold = self._session.gold_result(result.item_id, result.annotator)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                result.item_id,
                result.annotator,
                status_text(Status(result.status)) if result.status in set(Status) else result.status,
                decision_text(chosen),
                DISAGREE_MARK if self.disagrees(result.item_id) else "",
                gold_mark(gold),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DECISION_COLUMN and decision is not None and decision.reason:
                # A reason is text, never markup.
                return plain_tooltip(f"{decision_text(chosen)}: {decision.reason}")
            if column == DISAGREE_COLUMN and self.disagrees(result.item_id):
                return self.tr("The annotators of this item disagree")
            if column == GOLD_COLUMN and gold is not None:
                return gold_note(gold, detail=True)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == DECISION_COLUMN and chosen:
            return tone(DECISION_TONES[chosen])
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == GOLD_COLUMN
            and gold is not None
            and gold.score is not None
        ):
            return tone(GOLD_TONES[gold.failed])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DISAGREE_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ItemIdRole:
            return result.item_id
        if role == AnnotatorRole:
            return result.annotator
        if role == DecisionRole:
            return chosen
        if role == DisagreesRole:
            return self.disagrees(result.item_id)
        if role == GoldFailedRole:
            return gold is not None and gold.failed
        return None


def filter_choices(annotators: Collection[str], *, gold: bool = False) -> list[tuple[str, tuple[str, str]]]:
    """The filter combo's entries: (text shown, (mode, annotator)); with `gold` (an answer key), gold failures too."""
    choices = [
        (translate("ReviewQueueModel", "All results"), ("all", "")),
        (translate("ReviewQueueModel", "Undecided"), ("undecided", "")),
        (translate("ReviewQueueModel", "Rejected"), ("rejected", "")),
        (translate("ReviewQueueModel", "Disagreements"), ("disagreements", "")),
    ]
    if gold:
        choices.append((translate("ReviewQueueModel", "Gold failures"), ("gold_failures", "")))
    by_annotator = translate("ReviewQueueModel", "By annotator: {name}")
    return choices + [(by_annotator.format(name=name), ("annotator", name)) for name in annotators]


class ReviewFilterModel(QSortFilterProxyModel):
    """Shows only the results of the chosen filter: undecided, rejected, disagreeing items, gold failures, or one annotator's."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._mode, self._annotator = "all", ""

    def set_filter(self, mode: str, annotator: str = "") -> None:
        """Pick a filter: 'all', 'undecided', 'rejected', 'disagreements', 'gold_failures', or 'annotator' with a name."""
        if mode not in FILTER_MODES:
            raise ValueError(f"unknown review filter {mode!r}")
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair; 6.9 has only the former.
        modern = hasattr(self, "endFilterChange")
        if modern:
            self.beginFilterChange()
        self._mode, self._annotator = mode, annotator
        if modern:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def neighbour(self, source_row: int | None, delta: int) -> int | None:
        """The queue row listed next (+1) or before (-1) `source_row` (None: the first or last listed)."""
        listed = [self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount())]
        if source_row is None:
            return (listed[0] if delta > 0 else listed[-1]) if listed else None
        if delta > 0:
            return next((r for r in listed if r > source_row), None)
        return next((r for r in reversed(listed) if r < source_row), None)

    def accepts(self, source_row: int) -> bool:
        """Whether the filter lets a row of the queue through."""
        return self.filterAcceptsRow(source_row, QModelIndex())

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._mode == "undecided":
            return not index.data(DecisionRole)
        if self._mode == "rejected":
            return index.data(DecisionRole) == "reject"
        if self._mode == "disagreements":
            return bool(index.data(DisagreesRole))
        if self._mode == "gold_failures":
            return bool(index.data(GoldFailedRole))
        if self._mode == "annotator":
            return index.data(AnnotatorRole) == self._annotator
        return True

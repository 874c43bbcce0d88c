"""The item queue: a list model over the session's items, and a proxy that filters by status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from annotator.core.evaluation.content import is_search, is_summary, responses
from annotator.core.model import Item, Status
from annotator.core.session import PackageSession
from annotator.ui.i18n import translate
from annotator.ui.theme import tone

StatusRole = Qt.ItemDataRole.UserRole + 1
ItemIdRole = Qt.ItemDataRole.UserRole + 2

# Each status's dot, a tone of the theme in force (annotator.ui.theme.MARK_TONES).
STATUS_TONES = {
    Status.TODO: "status_todo",
    Status.DONE: "status_done",
    Status.SKIPPED: "status_skipped",
    Status.FLAGGED: "status_flagged",
}
# English here, translated where shown (status_text); the markers let lupdate find them.
STATUS_TEXT = {
    Status.TODO: QT_TRANSLATE_NOOP("QueueModel", "to do"),
    Status.DONE: QT_TRANSLATE_NOOP("QueueModel", "done"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("QueueModel", "skipped"),
    Status.FLAGGED: QT_TRANSLATE_NOOP("QueueModel", "flagged"),
}
# Glyphs every common UI font has (DejaVu, Segoe UI, SF), unlike emoji; none has an emoji form that
# a colour-emoji font would paint instead (so not ↔, ⚖ or ✏).
KIND_GLYPH = {
    "image": "▣",
    "audio": "♪",
    "text": "¶",
    "pairwise": "⇄",
    "rating": "★",
    "translation": "⇌",
    "rewrite": "✎",
}

# Each kind by a short name, in the UI's language where shown (kind_name): the item line says it.
KIND_NAMES = {
    "image": QT_TRANSLATE_NOOP("QueueModel", "image"),
    "audio": QT_TRANSLATE_NOOP("QueueModel", "audio"),
    "text": QT_TRANSLATE_NOOP("QueueModel", "text"),
    "pairwise": QT_TRANSLATE_NOOP("QueueModel", "pairwise"),
    "rating": QT_TRANSLATE_NOOP("QueueModel", "rating"),
    "translation": QT_TRANSLATE_NOOP("QueueModel", "translation"),
    "rewrite": QT_TRANSLATE_NOOP("QueueModel", "rewrite"),
}

# Filter name (English, the key) -> statuses it shows; None shows all. The list shows filter_text(name).
FILTERS: dict[str, tuple[Status, ...] | None] = {
    QT_TRANSLATE_NOOP("QueuePanel", "All"): None,
    QT_TRANSLATE_NOOP("QueuePanel", "To do"): (Status.TODO,),
    QT_TRANSLATE_NOOP("QueuePanel", "Done"): (Status.DONE,),
    QT_TRANSLATE_NOOP("QueuePanel", "Flagged"): (Status.FLAGGED,),
    QT_TRANSLATE_NOOP("QueuePanel", "Skipped"): (Status.SKIPPED,),
}


def status_text(status: Status) -> str:
    """A status as the annotator reads it, in the UI's language: 'to do', 'done', 'skipped', 'flagged'."""
    return translate("QueueModel", STATUS_TEXT[status])


def kind_name(kind: str) -> str:
    """An item kind's short name in the UI's language ('image', 'pairwise', …); an unknown kind as it is."""
    return translate("QueueModel", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def filter_text(name: str) -> str:
    """A filter's name (a key of FILTERS) in the UI's language."""
    return translate("QueuePanel", name)


def kind_text(item: Item) -> str:
    """What an item asks, in a few words: its kind, or for an evaluation item what its content makes it."""
    content = item.content
    if item.kind == "pairwise":
        count = QLocale().toString(len(responses(content)))
        return translate("QueueModel", "comparison of {count} answers").format(count=count)
    if item.kind == "rating":
        if is_search(content):
            return translate("QueueModel", "search results to grade")
        return translate("QueueModel", "answer to rate")
    if item.kind == "translation":
        if is_summary(content):
            task = translate("QueueModel", "summary check")
        else:
            task = translate("QueueModel", "translation check")
        source, target = (content or {}).get("source_lang"), (content or {}).get("target_lang")
        if source and target and source != target:
            # Language codes as the package gives them ("it", "de-CH"): ids, not words.
            return f"{task}, {source} → {target}"
        return task
    if item.kind == "rewrite":
        return translate("QueueModel", "answer to rewrite")
    return kind_name(item.kind)


def _status_icon(color: QColor) -> QIcon:
    # A filled dot reads at a glance and needs no icon files.
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class QueueModel(QAbstractListModel):
    """One row per package item; status comes from the session, never from a copy of ours."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._session: PackageSession | None = None
        self._icons: dict[int, QIcon] = {}  # by colour: the dots of both themes, each made once

    def set_session(self, session: PackageSession | None) -> None:
        """Show another package's items."""
        self.beginResetModel()
        self._session = session
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._session is None:
            return 0
        return len(self._session.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._session is None or not index.isValid() or not 0 <= index.row() < len(self._session.items):
            return None
        item = self._session.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {KIND_GLYPH.get(item.kind, '')} {item.id}"
        if role == Qt.ItemDataRole.DecorationRole:
            # The theme's shade when painted: a theme switch repaints the list in the other one.
            color = tone(STATUS_TONES[self._session.status(item.id)])
            if color.rgba() not in self._icons:
                self._icons[color.rgba()] = _status_icon(color)
            return self._icons[color.rgba()]
        if role == Qt.ItemDataRole.ToolTipRole:
            status = status_text(self._session.status(item.id))
            return f"{item.id} — {kind_text(item)}, {status}"
        if role == StatusRole:
            return self._session.status(item.id).value
        if role == ItemIdRole:
            return item.id
        return None

    def status_changed(self, row: int) -> None:
        """Repaint one row after its status changed."""
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, StatusRole, Qt.ItemDataRole.ToolTipRole])


class StatusFilterModel(QSortFilterProxyModel):
    """Shows only the rows whose status is in the chosen filter."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._statuses: tuple[str, ...] | None = None
        self._chosen: tuple[Status, ...] | None = None

    def statuses(self) -> tuple[Status, ...] | None:
        """The statuses shown (None: every item); navigation keeps to them."""
        return self._chosen

    def set_filter(self, name: str) -> None:
        """Pick one of FILTERS by name."""
        statuses = FILTERS[name]
        self._chosen = statuses
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair; 6.9 has only the former.
        modern = hasattr(self, "endFilterChange")
        if modern:
            self.beginFilterChange()
        self._statuses = None if statuses is None else tuple(status.value for status in statuses)
        if modern:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._statuses is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(StatusRole) in self._statuses

"""Before a bundle leaves the machine: every field of every item it carries, and the file itself, to confirm."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from annotator.ui.i18n import translate
from annotator.ui.widgets.button_order import tab_as_laid_out

# The headers in English; shown translated (the BundleItemsModel context).
COLUMNS = (
    QT_TRANSLATE_NOOP("BundleItemsModel", "Item"),
    QT_TRANSLATE_NOOP("BundleItemsModel", "Status"),
    QT_TRANSLATE_NOOP("BundleItemsModel", "Annotation"),
    QT_TRANSLATE_NOOP("BundleItemsModel", "Comment"),
    QT_TRANSLATE_NOOP("BundleItemsModel", "Active"),
    QT_TRANSLATE_NOOP("BundleItemsModel", "Idle"),
)
# The raw tab shows the file's head and first items; the table always shows every item.
RAW_LINES = 2_000
_CELL_CHARS = 200

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _seconds(milliseconds: int) -> str:
    # "s" is the unit in English, Italian and German alike; the number takes the locale's decimal mark.
    return f"{QLocale().toString(milliseconds / 1000, 'f', 1)} s"


class BundleItemsModel(QAbstractTableModel):
    """The bundle's items, one row each, as they stand in the file."""

    def __init__(self, items: list[dict[str, Any]], parent: Any = None):
        super().__init__(parent)
        self._items = items

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self._items[index.row()]
        column = index.column()
        if column == 0:
            return item["id"]
        if column == 1:
            return item["status"]
        if column == 2:
            text = "" if item["annotation"] is None else json.dumps(item["annotation"], ensure_ascii=False)
            return text if role == Qt.ItemDataRole.ToolTipRole else text[:_CELL_CHARS]
        if column == 3:
            return item["comment"]
        if column == 4:
            return _seconds(item["timing"]["active_ms"])
        return _seconds(item["timing"]["idle_ms"])


class ExportPreviewDialog(QDialog):
    """Shows a bundle's bytes as a table and as text; Enter continues to the file dialog, Esc cancels."""

    def __init__(self, data: bytes, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("export_preview")
        self.setWindowTitle(self.tr("What this bundle contains"))
        self.data = data
        document = json.loads(data)
        self.document = document
        count = len(document["items"])
        # One English source per plural form (Italian and German also have two, split the same way at 1).
        items = self.tr("1 item") if count == 1 else self.tr("{count} items").format(count=QLocale().toString(count))
        head = QLabel(
            self.tr(
                "<b>{items}</b> of package <b>{package}</b>, as annotator <b>{annotator}</b> (app {app} {version}). "
                "Per item: status, annotation, comment, active and idle time, when it was first and last changed. "
                "Nothing else leaves this computer: no break log, no input counts, no screenshots, no key content."
            ).format(
                items=items,
                package=document["package"]["id"],
                annotator=document["annotator"],
                app=document["app"]["name"],
                version=document["app"]["version"],
            )
        )
        head.setObjectName("export_preview_head")
        head.setWordWrap(True)
        lines = data.decode("utf-8").splitlines()
        shown = "\n".join(lines[:RAW_LINES])
        if len(lines) > RAW_LINES:
            shown += "\n" + more_lines(len(lines) - RAW_LINES)
        self.table, self.export_button = lay_out_preview(
            self,
            name="export_preview",
            head=head,
            items=document["items"],
            raw=(shown, self.tr("The file")),
            confirm=self.tr("Export…"),
        )
        self.export_button.setObjectName("export_preview_confirm")
        self.resize(900, 600)


def more_lines(count: int) -> str:
    """The line under a raw text cut short: how many lines are left out."""
    if count == 1:
        return translate("ExportPreviewDialog", "… 1 more line (every item is in the table)")
    text = translate("ExportPreviewDialog", "… {count} more lines (every item is in the table)")
    return text.format(count=QLocale().toString(count))


def lay_out_preview(
    dialog: QDialog, *, name: str, head: QLabel, items: list[dict[str, Any]], raw: tuple[str, str], confirm: str
) -> tuple[QTableView, QPushButton]:
    """The shape every preview shares (export, sync): the head, the items and the raw bytes in two tabs, Cancel and a confirm button.

    Enter confirms and Esc cancels. Returns the items table and the confirm button.
    """
    table = QTableView()
    table.setObjectName(f"{name}_table")
    table.setAccessibleName(translate("ExportPreviewDialog", "Items and what is sent of each"))
    table.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the next control
    table.setModel(BundleItemsModel(items, dialog))
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    text, title = raw
    raw_view = QPlainTextEdit()
    raw_view.setObjectName(f"{name}_raw")
    raw_view.setAccessibleName(title)
    raw_view.setReadOnly(True)
    raw_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    raw_view.setFont(QFont("monospace"))
    raw_view.setPlainText(text)
    tabs = QTabWidget()
    tabs.addTab(table, translate("ExportPreviewDialog", "Items"))
    tabs.addTab(raw_view, title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(head)
    layout.addWidget(tabs, 1)
    layout.addWidget(buttons)
    tab_as_laid_out(buttons)
    # Enter confirms, Esc cancels: set once the buttons live in the dialog, or Cancel becomes the default.
    for each in buttons.buttons():
        each.setAutoDefault(False)
    button.setDefault(True)
    return table, button

"""Before a sync sends anything: every item of every delta it carries, and the files themselves, to confirm."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
)

from annotator.core.sync.push import PushPlan
from annotator.ui.dialogs.export_preview import RAW_LINES, lay_out_preview, more_lines
from annotator.ui.i18n import translate


def _size(count: int) -> str:
    if count == 1:
        return translate("SyncPreviewDialog", "1 byte")
    if count < 10_000:
        return translate("SyncPreviewDialog", "{count} bytes").format(count=QLocale().toString(count))
    # The locale's own units (kB in German and Italian), with its digit grouping.
    return QLocale().formattedDataSize(count, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class SyncPreviewDialog(QDialog):
    """Shows the exact delta bytes a push will send; Enter (Send) sends them, Esc sends nothing."""

    def __init__(self, plan: PushPlan, destination: str, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("sync_preview")
        self.setWindowTitle(self.tr("What this sync sends"))
        self.plan = plan
        self.documents = [json.loads(data) for data in plan.documents()]
        self.items = [item for document in self.documents for item in document["items"]]
        names = [name for package in plan.packages for name, _data, _items in package.deltas]
        packages = sorted({package.package.manifest.id for package in plan.packages if package.deltas})
        # One English source per plural form (Italian and German also have two, split the same way at 1).
        count = plan.item_count
        items = self.tr("1 item") if count == 1 else self.tr("{count} items").format(count=QLocale().toString(count))
        files = (
            self.tr("1 delta file")
            if len(names) == 1
            else self.tr("{count} delta files").format(count=QLocale().toString(len(names)))
        )
        head = QLabel(
            self.tr(
                "{items} in {files}, {size}, of package {packages}, as annotator {annotator}, to {destination}. "
                "Per item: status, annotation, comment, active and idle time, when it was first and last changed. "
                "Nothing else leaves this computer: no break log, no input counts, no screenshots."
            ).format(
                items=items,
                files=files,
                size=_size(plan.byte_count),
                packages=", ".join(packages),
                annotator=plan.annotator,
                destination=destination,
            )
        )
        head.setObjectName("sync_preview_head")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the target's address
        self.table, self.send_button = lay_out_preview(
            self,
            name="sync_preview",
            head=head,
            items=self.items,
            raw=(self._raw_text(names, plan.documents()), self.tr("The files")),
            confirm=self.tr("&Send"),
        )
        self.send_button.setObjectName("sync_preview_send")
        self.resize(900, 560)

    def _raw_text(self, names: list[str], documents: list[bytes]) -> str:
        lines: list[str] = []
        for name, data in zip(names, documents, strict=True):
            lines.append(f"── {name} ──")
            lines += data.decode("utf-8").splitlines()
        shown = "\n".join(lines[:RAW_LINES])
        if len(lines) > RAW_LINES:
            shown += "\n" + more_lines(len(lines) - RAW_LINES)
        return shown

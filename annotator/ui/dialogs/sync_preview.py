"""Before a sync sends anything: every item of every delta it carries, and the files themselves, to confirm."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
)

from annotator.core.sync.push import PushPlan
from annotator.ui.dialogs.export_preview import RAW_LINES, lay_out_preview


def _size(count: int) -> str:
    return f"{count:,} bytes" if count < 10_000 else f"{count / 1024:,.0f} KB"


class SyncPreviewDialog(QDialog):
    """Shows the exact delta bytes a push will send; Enter (Send) sends them, Esc sends nothing."""

    def __init__(self, plan: PushPlan, destination: str, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("sync_preview")
        self.setWindowTitle("What this sync sends")
        self.plan = plan
        self.documents = [json.loads(data) for data in plan.documents()]
        self.items = [item for document in self.documents for item in document["items"]]
        names = [name for package in plan.packages for name, _data, _items in package.deltas]
        packages = sorted({package.package.manifest.id for package in plan.packages if package.deltas})
        head = QLabel(
            f"{plan.item_count} item{'' if plan.item_count == 1 else 's'} in {len(names)} "
            f"delta file{'' if len(names) == 1 else 's'}, {_size(plan.byte_count)}, "
            f"of package {', '.join(packages)}, as annotator {plan.annotator}, to {destination}. "
            "Per item: status, annotation, comment, active and idle time, when it was first and last changed. "
            "Nothing else leaves this computer: no break log, no input counts, no screenshots."
        )
        head.setObjectName("sync_preview_head")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the target's address
        self.table, self.send_button = lay_out_preview(
            self,
            name="sync_preview",
            head=head,
            items=self.items,
            raw=(self._raw_text(names, plan.documents()), "The files"),
            confirm="&Send",
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
            shown += f"\n… {len(lines) - RAW_LINES} more lines (every item is in the table)"
        return shown

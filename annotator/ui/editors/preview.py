"""A read-only view of audio items, shown until the transcription editor lands."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from annotator.core.media.probe import probe_audio
from annotator.core.model import Item
from annotator.core.session import PackageSession
from annotator.ui.workers import run_in_background

EDITOR_PENDING = {"audio": "the transcription editor"}


class PreviewEditor(QWidget):
    """Shows the item (audio facts) and its prelabel; edits nothing."""

    item_shown = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("preview_editor")
        self._notice = QLabel()
        self._notice.setObjectName("preview_notice")
        self._notice.setWordWrap(True)
        self._notice.setStyleSheet("background:#fff3cd;color:#5c4400;padding:8px;border-radius:4px;")
        self._body = QLabel()
        self._body.setObjectName("preview_body")
        self._body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body.setWordWrap(True)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._details = QLabel()
        self._details.setObjectName("preview_details")
        self._details.setWordWrap(True)
        self._details.setTextFormat(Qt.TextFormat.PlainText)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self._notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._details)
        self._item_id: str | None = None
        self._item: Item | None = None

    def show_item(self, session: PackageSession, item: Item) -> None:
        """Show an item; media is read and decoded in a worker."""
        self._item_id = item.id
        self._item = item
        self._notice.setText(
            f"Read-only view: {EDITOR_PENDING[item.kind]} is not part of this version yet. "
            "You can read the item, mark it done, skip or flag it."
        )
        self._details.setText(self._prelabel_text(item))
        self._body.setText("Loading…")
        package = session.package
        name = package.source.display(item.media or "")
        run_in_background(
            lambda: (item.id, probe_audio(package.media_bytes(item), name)), self._on_audio_probed, self._on_failed
        )

    def _prelabel_text(self, item: Item) -> str:
        prelabel = item.prelabel or {}
        if prelabel.get("segments"):
            return "Suggested transcript: " + " / ".join(seg.get("text", "") for seg in prelabel["segments"])
        return json.dumps(prelabel, ensure_ascii=False) if prelabel else ""

    def _on_audio_probed(self, result: tuple[str, Any]) -> None:
        item_id, info = result
        if item_id != self._item_id:
            return
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setText(f"♪ Audio, {info.duration:.1f} s, {info.samplerate} Hz, {info.channels} channel(s)")
        self.item_shown.emit(item_id)

    def _on_failed(self, error: Exception) -> None:
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setText(f"⚠ This item cannot be shown:\n{error}\n\nFlag it (Ctrl+G) or skip it (Ctrl+K).")
        self.item_shown.emit(self._item_id or "")

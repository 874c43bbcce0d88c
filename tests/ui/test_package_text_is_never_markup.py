"""Text from a package (label names, texts, spans) is shown as text in every label and tooltip, never as markup that could load a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from annotator.core.workspace import Workspace
from tests.ui.test_sentiment_editor import editor_of, press, write_package
from tests.ui.windows import open_window


def test_hostile_label_names_and_spans_show_as_text(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    picture = tmp_path / "red.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 0, 0))
    image.save(str(picture))
    hostile = f'<img src="file://{picture}">'
    labels = [(hostile, "#2ca02c"), ("neutral", "#7f7f7f")]
    items = [{"id": "t1", "kind": "text", "text": f"Great {hostile} stuff", "prelabel": {"labels": [hostile]}}]
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg", items, labels=labels))
    editor = editor_of(window)
    # A span over the hostile text, labelled with the hostile label: select it by keys, press 1.
    view = editor.text_view
    cursor = view.textCursor()
    cursor.setPosition(len("Great "))
    cursor.setPosition(len("Great ") + len(hostile), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    press(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: bool((workspace.item("texts", "t1").annotation or {}).get("spans")))
    shown = [label for label in window.findChildren(QLabel) if "<img" in label.text()]
    assert shown, "the hostile name is shown somewhere (suggestion, spans)"
    for label in shown:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        grab = label.grab().toImage()
        reds = sum(
            1 for x in range(grab.width()) for y in range(grab.height()) if grab.pixelColor(x, y) == QColor(255, 0, 0)
        )
        assert reds == 0, f"{label.objectName()} drew the local picture"
    tips = [selection.format.toolTip() for selection in view.extraSelections()]
    assert tips, "the span is highlighted with a tooltip"
    for tip in tips:
        assert "&lt;img" in tip, tip  # escaped: Qt shows the characters, loads nothing
        assert "<img" not in tip, tip

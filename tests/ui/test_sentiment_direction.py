"""Right-to-left texts in the sentiment editor read from the right edge, as their readers expect;
left-to-right texts stay at the left. The direction comes from the text's first strong character."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow
from tests.ui.test_sentiment_editor import open_window, write_package
from tests.ui.test_sentiment_unicode import go_to

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
# In queue order, alternating, so each text must also undo the direction of the one before it.
TEXTS = {
    "arabic": ("الخدمة ممتازة جدا", RTL),
    "english": ("The delivery was quick", LTR),
    "hebrew": ("המשלוח הגיע מהר", RTL),
    "english-arabic-word": ("Great service شكرا", LTR),  # the first strong character is Latin
    "hebrew-digits-first": ("5 כוכבים, מצוין!", RTL),  # neutral digits do not decide
}


@pytest.fixture
def direction_window(qtbot, workspace: Workspace, tmp_path: Path) -> MainWindow:
    items = [{"id": name, "kind": "text", "text": text} for name, (text, _direction) in TEXTS.items()]
    return open_window(qtbot, workspace, write_package(tmp_path / "dir", items))


def ink_columns(image: QImage) -> tuple[int, int]:
    """The leftmost and rightmost pixel columns where text is drawn (dark on the light page)."""
    xs = [
        x for x in range(image.width()) for y in range(0, image.height(), 2) if image.pixelColor(x, y).lightness() < 110
    ]
    assert xs, "no text drawn"
    return min(xs), max(xs)


def test_each_text_is_laid_out_in_its_own_direction(qtbot, direction_window: MainWindow) -> None:
    for item_id, (text, direction) in TEXTS.items():
        editor = go_to(qtbot, direction_window, item_id)  # Alt+Right through the queue
        view = editor.text_view
        assert view.displayed_text() == text
        document = view.document()
        assert document.firstBlock().textDirection() == direction, item_id
        # A plain-text layout honours only an explicit side; "left" is never mirrored there.
        side = Qt.AlignmentFlag.AlignRight if direction == RTL else Qt.AlignmentFlag.AlignLeft
        assert document.defaultTextOption().alignment() & side, item_id
        # And on screen: the short line hugs its starting edge.
        image = view.viewport().grab().toImage()
        width = image.width()
        left, right = ink_columns(image)
        assert right - left < width / 2, "the test texts are shorter than half the view"
        if direction == RTL:
            assert left > width / 2 and right > width - 40, (item_id, left, right, width)
        else:
            assert right < width / 2 and left < 40, (item_id, left, right, width)

"""A nudge repaints only the moved box's old and new place, and what is on screen then equals a full redraw."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow
from tests.ui.test_bbox_editor import drag, editor_of, key, stored_boxes, to_view


def on_screen(editor) -> QImage:
    """The viewport as the window's backing store holds it now (no fresh render, unlike grab())."""
    viewport = editor.canvas.viewport()
    window = viewport.window()
    corner = viewport.mapTo(window, viewport.rect().topLeft())
    shot = window.screen().grabWindow(window.winId()).toImage()
    return shot.copy(QRect(corner, viewport.size())).convertToFormat(QImage.Format.Format_RGB32)


def differing_pixels(a: QImage, b: QImage) -> int:
    """Pixels (every other one) that differ by more than rounding: a partial repaint of the scaled photo
    may land one level off at the region's edge, a stale outline or label is far off."""
    b = b.convertToFormat(QImage.Format.Format_RGB32)

    def far(x: int, y: int) -> bool:
        one, other = a.pixelColor(x, y), b.pixelColor(x, y)
        return max(abs(one.red() - other.red()), abs(one.green() - other.green()), abs(one.blue() - other.blue())) > 8

    return sum(far(x, y) for x in range(0, a.width(), 2) for y in range(0, a.height(), 2))


class PaintSpy(QObject):
    """Keeps the rectangles of the region of every paint event of the widget it watches."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.rects: list[QRect] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.rects.extend(event.region())
        return False


def test_a_nudged_box_leaves_no_trace_and_the_rest_is_untouched(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.session.current_item.id == "img-chelsea")
    editor = editor_of(window)
    qtbot.waitUntil(lambda: not editor.canvas.sceneRect().isEmpty())
    editor.canvas.setFocus()
    key(qtbot, editor, Qt.Key.Key_C)  # no crosshair: the mouse would repaint its lines anyway
    key(qtbot, editor, Qt.Key.Key_W)  # draw mode, on until pressed again
    for corner in ((40, 40, 180, 140), (260, 60, 380, 200), (420, 230, 580, 380)):  # three labelled boxes
        drag(qtbot, editor, to_view(editor, *corner[:2]), to_view(editor, *corner[2:]))
    assert len(stored_boxes(workspace, "img-chelsea")) == 3
    # The first change after drawing lays the editor's hint line out again, and the view with it.
    key(qtbot, editor, Qt.Key.Key_Right)
    QApplication.processEvents()
    viewport = editor.canvas.viewport()
    spy = PaintSpy(viewport)
    viewport.installEventFilter(spy)
    painted = spy.rects
    for step in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
        painted.clear()
        key(qtbot, editor, step, Qt.KeyboardModifier.ShiftModifier)  # 10 px: the label moves too
        qtbot.waitUntil(lambda: bool(painted))
        QApplication.processEvents()
        # Only around the box: well under the whole view.
        area = sum(rect.width() * rect.height() for rect in painted)
        assert 0 < area < 0.5 * viewport.width() * viewport.height()
        # What the partial repaint left on screen is what a full redraw draws.
        assert differing_pixels(on_screen(editor), viewport.grab().toImage()) == 0


def test_the_crosshair_moves_without_a_trace_and_repaints_only_its_lines(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    editor = editor_of(window)  # the astronaut, with two suggested boxes and their labels
    qtbot.waitUntil(lambda: not editor.canvas.sceneRect().isEmpty())
    editor.canvas.setFocus()
    viewport = editor.canvas.viewport()
    image = editor.canvas.mapFromScene(editor.canvas.sceneRect()).boundingRect()
    qtbot.mouseMove(viewport, image.center())
    QApplication.processEvents()
    spy = PaintSpy(viewport)
    viewport.installEventFilter(spy)
    for dx, dy in ((17, 9), (-40, 25), (60, -30)):
        spy.rects.clear()
        qtbot.mouseMove(viewport, image.center() + QPoint(dx, dy))
        qtbot.waitUntil(lambda: bool(spy.rects))
        QApplication.processEvents()
        # Its old and new row and column, a pixel either side: a few per cent of the view.
        area = sum(rect.width() * rect.height() for rect in spy.rects)
        assert area < 0.5 * viewport.width() * viewport.height()
        assert differing_pixels(on_screen(editor), viewport.grab().toImage()) == 0


def test_around_the_image_the_backdrop_is_painted_again_after_zooming_out(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    editor = editor_of(window)
    qtbot.waitUntil(lambda: editor.canvas.image_is_opaque)  # a JPEG: only its surroundings are filled
    editor.canvas.setFocus()
    for _ in range(3):
        key(qtbot, editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # the image fills the view
    QApplication.processEvents()
    key(qtbot, editor, Qt.Key.Key_F)  # back to fit: margins appear where the image was
    QApplication.processEvents()
    shot = on_screen(editor)
    image = editor.canvas.mapFromScene(editor.canvas.sceneRect()).boundingRect()
    viewport = editor.canvas.viewport()
    # Two pixels clear of the image: its edge pixels are partly covered, blended with the backdrop.
    image = image.adjusted(-2, -2, 2, 2)
    margins = [QRect(0, 0, viewport.width(), image.top()), QRect(0, image.bottom() + 1, viewport.width(), 10**4)]
    margins += [QRect(0, 0, image.left(), viewport.height()), QRect(image.right() + 1, 0, 10**4, viewport.height())]
    backdrop = editor.canvas.backgroundBrush().color().rgb()
    checked = 0
    for margin in margins:
        part = margin.intersected(shot.rect())
        for x in range(part.left(), part.right() + 1, 3):
            for y in range(part.top(), part.bottom() + 1, 3):
                assert shot.pixel(x, y) == backdrop, (x, y)
                checked += 1
    assert checked > 100
    assert differing_pixels(shot, viewport.grab().toImage()) == 0

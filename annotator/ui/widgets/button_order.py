"""Tab through a dialog's buttons in the order the platform lays them out, not the order they were added in."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def tab_as_laid_out(box: QDialogButtonBox) -> None:
    """Give the box's buttons the tab order of their places on screen (a button added after Close stands before it
    in most layouts, yet Tab would reach it last). Call it once the box is in its dialog: moving a widget into
    another window puts its children back in the order they were made."""
    layout = box.layout()
    shown = [
        widget
        for index in range(layout.count())
        if isinstance(widget := layout.itemAt(index).widget(), QAbstractButton)
    ]
    for first, second in zip(shown, shown[1:], strict=False):
        QWidget.setTabOrder(first, second)

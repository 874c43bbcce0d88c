"""Finds what a person would see cut off in a laid-out window: clipped label and button texts, widgets off the window, overlaps.

Walks the visible widget tree of one top-level window and compares what each text needs (font metrics,
heightForWidth) with the room its widget got. An eliding label is read by what it paints (its start and
"…"), which must fit, keep some words, and leave the whole text in its tooltip. Used by the size screenshots (tests/e2e/sized_shot.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics, Qt  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QStackedLayout,
    QStyle,
    QToolButton,
    QWidget,
)

from annotator.ui.widgets.elided_label import ELLIPSIS, ElidedLabel

# A pixel of rounding between metrics and geometry is not a cut-off letter.
SLACK = 1
_MNEMONIC = re.compile(r"&(?!&)")


def problems(top: QWidget) -> list[str]:
    """Every clipped text, widget outside `top` and overlap of layout siblings, one line each ('' if clean)."""
    found: list[str] = []
    for widget in _visible_widgets(top):
        found.extend(_outside(widget, top))
        if isinstance(widget, QLabel):
            found.extend(_label_clipped(widget))
        elif isinstance(widget, QAbstractButton):
            found.extend(_button_clipped(widget))
        layout = widget.layout()
        if layout is not None:
            found.extend(_overlaps(widget, layout))
    return found


def describe(widget: QWidget) -> str:
    """A widget by class, object name and the start of its text: enough to find it in the code."""
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = " " + repr(widget.text()[:40])
    name = widget.objectName() or "-"
    return f"{type(widget).__name__}#{name}{text}"


def _visible_widgets(top: QWidget) -> Iterator[QWidget]:
    yield top
    for child in top.findChildren(QWidget):
        if child.isVisible() and child.window() is top:
            yield child


def _in_scroll_viewport(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport a widget may reach past the window: it is scrolled to, not cut off."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = area
    return False


def _outside(widget: QWidget, top: QWidget) -> list[str]:
    if widget is top or _in_scroll_viewport(widget, top):
        return []
    at = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    if top.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(at):
        return []
    return [f"outside the window: {describe(widget)} at {_rect(at)} in {top.width()}x{top.height()}"]


def _label_clipped(label: QLabel) -> list[str]:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return []
    if isinstance(label, ElidedLabel):
        # It paints its start and "…": that must fit, say something, and leave the whole text a hover away.
        found = _elision_lost(label)
        text = label.shown_text()
    else:
        found = []
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return [
                f"clipped label: {describe(label)} needs {need} px of height at width {label.width()}, has {label.height()}"
            ]
        return []
    if _is_rich(label):
        need_size = label.sizeHint()
        room = label.rect()
    else:
        need_size = label.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
    if need_size.width() > room.width() + SLACK or need_size.height() > room.height() + SLACK:
        found.append(
            f"clipped label: {describe(label)} needs {need_size.width()}x{need_size.height()}, "
            f"has {room.width()}x{room.height()}"
        )
    return found


def _elision_lost(label: ElidedLabel) -> list[str]:
    shown = label.shown_text()
    if shown == label.text():
        return []
    if not shown.rstrip(ELLIPSIS).strip():
        return [f"elided to nothing: {describe(label)} shows {shown!r} in {label.width()} px"]
    if label.toolTip() != label.text():
        return [f"elided without its full text in the tooltip: {describe(label)} shows {shown!r}"]
    return []


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText or fmt == Qt.TextFormat.MarkdownText:
        return True
    return fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())


def _button_clipped(button: QAbstractButton) -> list[str]:
    text = _MNEMONIC.sub("", button.text()).replace("&&", "&")
    if not text:
        return []
    metrics = QFontMetrics(button.font())
    style = button.style()
    need = max(metrics.horizontalAdvance(line) for line in text.splitlines())
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, (QCheckBox, QRadioButton)):
        indicator = QStyle.PixelMetric.PM_IndicatorWidth
        if isinstance(button, QRadioButton):
            indicator = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        need += style.pixelMetric(indicator, None, button)
        need += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    elif isinstance(button, QPushButton):
        # The frame only: the style's margin is padding, and text running into it still reads whole.
        need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return []
        need += 4
    if need > button.width() + SLACK:
        return [f"clipped button: {describe(button)} needs {need} px, has {button.width()}"]
    return []


def _overlaps(owner: QWidget, layout: QLayout) -> list[str]:
    widgets = [w for w in _layout_widgets(layout) if w.isVisible() and w.parentWidget() is owner]
    found = []
    for index, first in enumerate(widgets):
        for second in widgets[index + 1 :]:
            shared = first.geometry().intersected(second.geometry())
            if shared.width() > SLACK and shared.height() > SLACK:
                found.append(f"overlap: {describe(first)} and {describe(second)} share {_rect(shared)}")
    return found


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    """The widgets a layout (and the layouts inside it) places side by side; a stack's pages lie on each other by design."""
    if isinstance(layout, QStackedLayout):
        return
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _layout_widgets(item.layout())


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"

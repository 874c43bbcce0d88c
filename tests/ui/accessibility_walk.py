"""What a screen reader and a keyboard user meet in a window: the controls Tab can reach, the name each is read out
by, the order Tab visits them in, and the order a reader of the screen expects."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QPlainTextEdit, QTextEdit, QWidget

TAB = Qt.Key.Key_Tab
# Controls whose tops lie this close are on one row (a label's field and its button sit a few pixels apart).
ROW_TOLERANCE = 8
# A name worth reading out has a word in it: a lone key letter or digit ('A', '1') says nothing about the control.
_WORD = re.compile(r"[^\W\d_]{2,}")


def takes_tab_focus(widget: QWidget) -> bool:
    """Whether Tab can land on the widget itself: shown, enabled, accepting Tab focus and handing it to no proxy."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def focusable_controls(root: QWidget) -> list[QWidget]:
    """Every control in `root`'s own window (not in the dialogs it owns) that Tab can reach, in creation order."""
    window = root.window()
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if widget.window() is window and takes_tab_focus(widget)
    ]


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for the widget, as Qt works it out (own name, text, a label's buddy…).

    On Linux Qt reports a combo box's current choice as its name and names the box through its label instead (a
    buddy, a form row's label), while Windows and macOS read the box's own accessible name: either one counts."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    name = interface.text(QAccessible.Text.Name).strip()
    if isinstance(widget, QComboBox) and name == interface.text(QAccessible.Text.Value).strip():
        labels = [other.text(QAccessible.Text.Name) for other, _ in interface.relations(QAccessible.RelationFlag.Label)]
        return " ".join([*labels, widget.accessibleName()]).strip()
    return name


def says_what_it_is(name: str) -> bool:
    """Whether a name has a word in it, not just a key letter, a digit or a symbol."""
    return bool(_WORD.search(name.replace("&", "")))


def describe(widget: QWidget) -> str:
    """The widget as a failing test names it: its class and object name."""
    return f"{type(widget).__name__} {widget.objectName() or '(no object name)'}"


def unnamed_controls(root: QWidget, where: str) -> list[str]:
    """'Where › class objectName' for each control Tab can reach whose read-out name says nothing."""
    return [
        f"{where} › {describe(widget)}"
        for widget in focusable_controls(root)
        if not says_what_it_is(accessible_name(widget))
    ]


def keeps_tab(widget: QWidget) -> bool:
    """Whether the control uses Tab itself (editable text that types a tab, a table that moves between cells)."""
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.tabChangesFocus() and not widget.isReadOnly()
    if isinstance(widget, QAbstractItemView):
        return widget.tabKeyNavigation()
    return False


def tab_chain(qtbot: Any, root: QWidget, *, limit: int = 80) -> list[QWidget]:
    """Tab pressed where the keyboard is, again and again, until focus comes back to where it began: every control
    it landed on, in order, starting with the one that had the keyboard. Stops (and returns what it has) when Tab
    leaves the window, stays put, or has been pressed `limit` times."""
    first = QApplication.focusWidget()
    assert first is not None and first.window() is root.window(), "the keyboard is not in the window to walk"
    chain = [first]
    for _ in range(limit):
        qtbot.keyClick(chain[-1], TAB)
        landed = QApplication.focusWidget()
        if landed is first or landed is None or landed is chain[-1] or landed.window() is not root.window():
            break
        chain.append(landed)
    return chain


def top_left(widget: QWidget) -> QPoint:
    """Where the widget starts on the screen."""
    return widget.mapToGlobal(QPoint(0, 0))


def reading_order(widgets: list[QWidget], *, tolerance: int = ROW_TOLERANCE) -> list[QWidget]:
    """The widgets as a reader of the screen meets them: row by row from the top (tops within `tolerance` of a row's
    first widget share its row), left to right within a row."""
    rows: list[list[QWidget]] = []
    for widget in sorted(widgets, key=lambda each: (top_left(each).y(), top_left(each).x())):
        if rows and top_left(widget).y() - top_left(rows[-1][0]).y() <= tolerance:
            rows[-1].append(widget)
        else:
            rows.append([widget])
    return [widget for row in rows for widget in sorted(row, key=lambda each: top_left(each).x())]


def starting_at(order: list[QWidget], first: QWidget) -> list[QWidget]:
    """The cyclic order turned to begin at `first` (Tab goes round: after the last control comes the first)."""
    if first not in order:
        return order
    at = order.index(first)
    return order[at:] + order[:at]


def tab_order_problems(qtbot: Any, root: QWidget, where: str) -> list[str]:
    """What is wrong with Tab in `root`: controls it skips or visits twice, controls that keep Tab, and controls
    visited out of reading order, each as 'Where › class objectName …'."""
    controls = focusable_controls(root)
    chain = tab_chain(qtbot, root, limit=3 * len(controls) + 5)
    problems = [
        f"{where} › {describe(widget)} keeps Tab (no way on by keyboard)" for widget in chain if keeps_tab(widget)
    ]
    problems += [f"{where} › {describe(widget)} never reached by Tab" for widget in controls if widget not in chain]
    seen: set[int] = set()
    for widget in chain:
        if id(widget) in seen:
            problems.append(f"{where} › {describe(widget)} reached twice by Tab")
        seen.add(id(widget))
    expected = starting_at(reading_order(controls), chain[0])
    visited = [widget for widget in chain if widget in controls]
    if not problems and visited != expected:
        problems.append(
            f"{where} › Tab goes {[describe(w) for w in visited]}, the screen reads {[describe(w) for w in expected]}"
        )
    return problems

"""Feeds the activity clock from the app's own input events: that something happened, never what."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.timing import ActivityClock, InputKind

_KINDS = {
    QEvent.Type.KeyPress: InputKind.KEY,
    QEvent.Type.MouseButtonPress: InputKind.POINTER,
    QEvent.Type.MouseButtonDblClick: InputKind.POINTER,
    QEvent.Type.Wheel: InputKind.POINTER,
    QEvent.Type.MouseMove: InputKind.MOVE,
    QEvent.Type.MouseButtonRelease: InputKind.MOVE,
}


class ActivityMonitor(QObject):
    """An application event filter. It reads only an event's type: no key codes, text or positions.

    Each input reaches the filter several times (the window, the widget, each parent it propagates
    to); only the spontaneous delivery to a widget counts, so one key press is one event.
    """

    def __init__(self, clock: ActivityClock, parent: Any = None):
        super().__init__(parent)
        self._clock = clock
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def note_activity(self) -> None:
        """Count as activity without input, e.g. while audio plays; call it every few seconds."""
        self._clock.note_input(InputKind.AUDIO)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = _KINDS.get(event.type())
        if kind is not None and event.spontaneous() and isinstance(watched, QWidget):
            self._clock.note_input(kind)
            if kind is InputKind.POINTER and event.type() != QEvent.Type.Wheel:
                self._clock.set_pointer_held(True)
            elif event.type() == QEvent.Type.MouseButtonRelease and event.buttons() == Qt.MouseButton.NoButton:
                self._clock.set_pointer_held(False)
        return False

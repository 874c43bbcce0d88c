"""Side panels keep the width the annotator gave them: narrowed only as far as a small window needs, restored when it grows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QListView, QMainWindow

# Below this the item list cuts ids ("img-hubble_de…"); the list widens to its longest id up to the ceiling.
LIST_MIN_WIDTH = 180
LIST_MIN_CEILING = 320
# Headings of the instructions wrap between words, not inside them, from this width on.
INSTRUCTIONS_MIN_WIDTH = 220
# When panels at their chosen widths would leave the editor less than this share of the window,
# they are narrowed together (never below their minimums); the editor gets every pixel of growth.
EDITOR_SHARE = 0.5


def fit_list_to_rows(
    view: QListView, rows: Iterable[int], *, floor: int = LIST_MIN_WIDTH, ceiling: int = LIST_MIN_CEILING
) -> None:
    """Make `view` at least as wide as the widest of `rows` (between `floor` and `ceiling`), so none is cut."""
    model = view.model()
    content = max((view.sizeHintForIndex(model.index(row, 0)).width() for row in rows), default=0)
    chrome = view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth() + 2 * view.spacing()
    view.setMinimumWidth(min(max(content + chrome, floor), ceiling))


class PanelWidths(QObject):
    """Remembers each side panel's width and gives it back after the window was made narrow.

    Qt's main window shrinks the panels once the editor is at its minimum, and on growing gives every
    pixel to the editor, so panels stay narrow for good; this restores them on every window resize.
    A panel's remembered width changes only when the annotator drags its edge.
    """

    def __init__(self, window: QMainWindow, widths: Sequence[tuple[QDockWidget, int]]):
        super().__init__(window)
        self._window = window
        self._wanted = dict(widths)
        self._at_press: dict[QDockWidget, int] | None = None
        window.installEventFilter(self)

    def fit(self) -> None:
        """Give each docked, visible panel its width, narrowed together if the editor would get too little."""
        docks = [dock for dock in self._wanted if dock.isVisible() and not dock.isFloating()]
        if not docks:
            return
        wanted = [self._wanted[dock] for dock in docks]
        room = int(self._window.width() * (1 - EDITOR_SHARE))
        if sum(wanted) > room:
            scale = room / sum(wanted)
            wanted = [
                max(dock.minimumSizeHint().width(), int(width * scale))
                for dock, width in zip(docks, wanted, strict=True)
            ]
        self._window.resizeDocks(docks, wanted, Qt.Orientation.Horizontal)
        # resizeDocks only marks the layout dirty; laid out now, the panels never show a stale width.
        self._window.layout().activate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The main window itself handles drags of the separators between panels and editor: a press
        # and release on the window between which a panel changed width is the annotator's choice.
        if watched is self._window:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._at_press = {dock: dock.width() for dock in self._wanted}
            elif event.type() == QEvent.Type.MouseButtonRelease and self._at_press is not None:
                for dock, width in self._at_press.items():
                    if dock.isVisible() and not dock.isFloating() and dock.width() != width:
                        self._wanted[dock] = dock.width()
                self._at_press = None
        return False

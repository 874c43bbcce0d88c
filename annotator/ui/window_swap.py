"""A new UI language for the running app: the main window is replaced by one built in it, on the same workspace and item.

Qt's translators change what `tr()` returns from now on, not the texts widgets were already given; rather
than re-texting every widget of every editor, the window is built again. Everything the annotator did is
in the workspace already (annotations, statuses, the current item, keys, breaks, sync), so the new window
opens the same package on the same item; what lives only in the old window's widgets (its place and size,
the panels, the list's filter and scroll position, the dashboard or cheat sheet on screen) is carried over
here. The old window's undo history is not: its commands call back into the old window's views.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRect, Qt, QTimer, Signal

from annotator.core.workspace import Workspace
from annotator.ui.dashboard import DashboardDialog
from annotator.ui.dialogs.cheat_sheet import CheatSheetDialog
from annotator.ui.main_window import MainWindow
from annotator.ui.single_instance import InstanceServer, bring_to_front

# While a sync runs, how often the swap looks again whether it has ended.
SYNC_WAIT_MS = 250


@dataclass(frozen=True)
class CarriedState:
    """What a main window shows that the workspace does not keep: taken from the old window, given to the new."""

    geometry: QByteArray
    docks: QByteArray
    filter_index: int
    list_scroll: int
    package: Path | None
    dashboard: QRect | None
    cheat_sheet: QRect | None

    @classmethod
    def of(cls, window: MainWindow) -> CarriedState:
        """The state of `window` as it is on screen now."""
        return cls(
            geometry=window.saveGeometry(),
            docks=window.saveState(),
            filter_index=window.filter_box.currentIndex(),
            list_scroll=window.queue_view.verticalScrollBar().value(),
            package=Path(window.session.package.path) if window.session is not None else None,
            dashboard=_shown_geometry(window, DashboardDialog),
            cheat_sheet=_shown_geometry(window, CheatSheetDialog),
        )

    def give_to(self, window: MainWindow) -> None:
        """Put the carried place, panels and filter on `window` (before it is shown and opens the package)."""
        window.restoreGeometry(self.geometry)
        window.restoreState(self.docks)
        window.filter_box.setCurrentIndex(self.filter_index)

    def give_after_show(self, window: MainWindow) -> None:
        """Reopen the dashboard and cheat sheet that were on screen, where they were."""
        if self.dashboard is not None:
            window.show_dashboard().setGeometry(self.dashboard)
        if self.cheat_sheet is not None:
            window.show_cheat_sheet()
            sheet = window.findChild(CheatSheetDialog)
            if sheet is not None:
                sheet.setGeometry(self.cheat_sheet)

    def give_after_open(self, window: MainWindow) -> None:
        """Scroll the item list back to where it was, once the package is listed."""
        window.queue_view.verticalScrollBar().setValue(self.list_scroll)


def _shown_geometry(window: MainWindow, dialog_class: type) -> QRect | None:
    for dialog in window.findChildren(dialog_class):
        if dialog.isVisible():
            return dialog.geometry()
    return None


class WindowSwap(QObject):
    """Keeps one main window on a workspace: when the window reports a new UI language, a fresh one takes its place.

    `build` makes a window for the workspace (MainWindow by default); `adopt` wires each new one as the
    composition root wired the first (e.g. the single-instance server), before it is shown.
    """

    replaced = Signal(object, object)  # old window (deleted soon after), new window (on screen)

    def __init__(
        self,
        window: MainWindow,
        *,
        build: Callable[[Workspace], MainWindow] = MainWindow,
        adopt: Callable[[MainWindow], None] | None = None,
    ):
        super().__init__()  # no parent: it outlives every window it swaps
        self.window = window
        self._build = build
        self._adopt = adopt
        self._pending = False
        window.language_changed.connect(self._on_window_language_changed)

    def _on_window_language_changed(self, _language: str) -> None:
        # Later, not inside the signal: it comes from the settings dialog closing, a child of the old window.
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._replace_once_idle)

    def _replace_once_idle(self) -> None:
        if self.window.sync.running:
            # A sync's end is handled by the window that started it (reviews that came down are applied
            # there): the swap waits for it rather than drop what it fetched.
            QTimer.singleShot(SYNC_WAIT_MS, self._replace_once_idle)
            return
        self.replace()

    def replace(self) -> MainWindow:
        """Put a main window built in the UI's language now in place of the current one; returns the new one."""
        self._pending = False
        old = self.window
        carried = CarriedState.of(old)
        # The new window's break clock starts from what is stored: store the old one's time first.
        old.breaks.flush()
        for server in old.findChildren(InstanceServer):
            server.close()  # the socket's name is the workspace's: the new window listens on it
        new = self._build(old.workspace)
        carried.give_to(new)
        if self._adopt is not None:
            self._adopt(new)
        self.window = new
        new.language_changed.connect(self._on_window_language_changed)
        if carried.package is not None:
            new.package_opened.connect(
                lambda _id: carried.give_after_open(new), type=Qt.ConnectionType.SingleShotConnection
            )
            new.open_package(carried.package)
        # Shown before the old one closes: the app quits when its last window closes.
        new.show()
        carried.give_after_show(new)
        bring_to_front(new)  # the keyboard in the main window, as when the settings closed over the old one
        retire(old)
        self.replaced.emit(old, new)
        return new


def retire(window: MainWindow) -> None:
    """Close a main window for good, asking nothing: every edit is stored already; its players and timers stop."""
    window.close()  # the window's own close: break time and timers written, sync stopped, the package let go
    for index in range(window.editor_host.count()):
        player = getattr(window.editor_host.widget(index), "player", None)
        if player is not None and hasattr(player, "close"):
            player.close()  # its worker thread and sound device would outlive the window otherwise
    window.deleteLater()

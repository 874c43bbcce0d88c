"""Composition root: the QApplication, the workspace and the main window, wired together."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import __version__
from annotator.app_paths import demo_package_path
from annotator.core.errors import WorkspaceError, WorkspaceLockedError
from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow
from annotator.ui.single_instance import hand_over, serve, server_name
from annotator.ui.window_swap import WindowSwap

# Set by benchmarks and the end-to-end test: report when the first item is on screen, then quit.
STARTUP_PROBE_ENV = "ANNOTATOR_STARTUP_PROBE"
SCREENSHOT_ENV = "ANNOTATOR_SCREENSHOT"


def choose_package(requested: Path | None, workspace: Workspace) -> Path:
    """The package to open: the one asked for, else the last one (if still there), else the demo."""
    if requested is not None:
        return requested
    last = workspace.last_package()
    if last is not None and Path(last.path).exists():
        return Path(last.path)
    return demo_package_path()


def run_app(*, package: Path | None, data_dir: Path) -> int:
    """Start the app; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("annotator")
    app.setApplicationVersion(__version__)
    name = server_name(data_dir)
    # An app already open on this workspace takes the package (or just comes to the front).
    if hand_over(name, package):
        print("Opened in the annotator window already running on this workspace.")
        return 0
    try:
        workspace = Workspace.open(data_dir)
    except WorkspaceLockedError as exc:
        if _hand_over_once_listening(name, package):
            print("Opened in the annotator window already running on this workspace.")
            return 0
        QMessageBox.critical(None, "annotator", str(exc))
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except WorkspaceError as exc:
        QMessageBox.critical(None, "annotator", str(exc))
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        window = MainWindow(workspace)
        _serve(window, data_dir)
        _install_probes(window)
        # A new UI language builds the window again in it, on the same item; each new one is served the same way.
        swap = WindowSwap(window, adopt=lambda new: _serve(new, data_dir))
        swap.window.show()
        swap.window.open_package(choose_package(package, workspace))
        return app.exec()
    finally:
        workspace.close()


def _serve(window: MainWindow, data_dir: Path) -> None:
    server = serve(window, data_dir)
    if not server.is_listening():
        # Not fatal: this window works; a second `annotator open` just cannot reach it.
        print(f"warning: cannot listen for other `annotator open` commands: {server.error_text()}", file=sys.stderr)


def _hand_over_once_listening(name: str, package: Path | None, *, seconds: float = 5.0) -> bool:
    """Retry the hand-over for a while: the app holding the workspace may be starting, not listening yet."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if hand_over(name, package):
            return True
        time.sleep(0.2)  # no window or event loop here yet; a short wait between tries is all there is
    return False


def _install_probes(window: MainWindow) -> None:
    screenshot = os.environ.get(SCREENSHOT_ENV)
    if os.environ.get(STARTUP_PROBE_ENV) == "1":

        def report_and_quit(_item_id: str) -> None:
            print("first-item-shown", flush=True)
            QTimer.singleShot(0, window.close)

        window.item_shown.connect(report_and_quit)
        window.failed.connect(lambda text: (print(f"open-failed {text}", flush=True), window.close()))
    elif screenshot:

        def grab_and_quit(_item_id: str) -> None:
            # Let the window finish painting before grabbing the whole screen.
            QTimer.singleShot(800, lambda: (_save_screen(screenshot), window.close()))

        window.item_shown.connect(grab_and_quit)


def _save_screen(path: str) -> None:
    screen = QApplication.primaryScreen()
    screen.grabWindow(0).save(path)
    print(f"screenshot {path}", flush=True)

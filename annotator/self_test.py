"""`annotator --self-test`: open a package (the bundled demo) offscreen in the real main window, show an item of every kind, report."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from annotator import __version__
from annotator.app_paths import demo_package_path, resources_dir

EXIT_PASSED, EXIT_FAILED = 0, 1
# Generous for a cold start of the frozen app on a slow disk; the demo's items show in well under a second here.
STEP_TIMEOUT_S = 60.0


class SelfTestFailure(Exception):
    """One check of the self-test did not hold; the message says which and why."""


@dataclass(frozen=True)
class KindShown:
    """One item kind of the package, shown in its editor."""

    kind: str
    item_id: str
    editor: str
    seconds: float


def run_self_test(package: Path | None = None) -> int:
    """Open `package` (default: the demo) in a main window offscreen, on a throwaway workspace; 0 if every kind shows."""
    path = package if package is not None else demo_package_path()
    # Forced, not defaulted: the self-test must run where there is no display, and never put a window on a real one.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="annotator-self-test-") as scratch:
        _isolate_user_folders(Path(scratch))
        print(f"annotator {__version__} self-test ({_where_from()}), resources in {resources_dir()}", flush=True)
        try:
            shown, title, count = _show_every_kind(path, Path(scratch) / "workspace")
        except SelfTestFailure as exc:
            print(f"self-test FAILED: {exc}", file=sys.stderr, flush=True)
            return EXIT_FAILED
    print(f"package: {title} ({count} items) from {path}")
    for row in shown:
        print(f"  {row.kind:<12} {row.item_id:<24} {row.editor:<22} {row.seconds:6.2f} s")
    print(f"self-test passed: {len(shown)} item kinds shown ({', '.join(row.kind for row in shown)})", flush=True)
    return EXIT_PASSED


def _where_from() -> str:
    return "frozen app" if getattr(sys, "frozen", False) else "source tree"


def _isolate_user_folders(scratch: Path) -> None:
    # Qt and the libraries it loads (fontconfig, the keyring) keep settings and caches under these:
    # pointing them into the scratch folder leaves the user's own untouched.
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = scratch / name.lower()
        folder.mkdir()
        os.environ[name] = str(folder)
    os.environ.pop("ANNOTATOR_DATA_DIR", None)


def _show_every_kind(path: Path, data_dir: Path) -> tuple[list[KindShown], str, int]:
    if not path.exists():
        raise SelfTestFailure(f"no package at {path}")
    # Qt is imported only now, after QT_QPA_PLATFORM is set.
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from annotator.core.workspace import Workspace
    from annotator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("annotator")
    errors: list[str] = []
    previous_hook = sys.excepthook
    # An exception inside a Qt slot is printed and swallowed by Qt's event loop; here it must fail the test.
    sys.excepthook = _recording_hook(errors, previous_hook)
    previous_handler = qInstallMessageHandler(_quiet_offscreen_notes)
    workspace = Workspace.open(data_dir)
    window = MainWindow(workspace)
    try:
        return _drive(window, path, errors)
    finally:
        window.close()
        # The window and its editors' timers go first, and the workers finish, before the workspace they read closes.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QThreadPool.globalInstance().waitForDone(int(STEP_TIMEOUT_S * 1000))
        app.processEvents()
        workspace.close()
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


def _quiet_offscreen_notes(kind: Any, context: Any, message: str) -> None:
    # The offscreen platform says this of every dialog and dock; it is about the platform, not the app.
    if "does not support propagateSizeHints" in message:
        return
    print(message, file=sys.stderr)


def _recording_hook(
    errors: list[str], previous: Any
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    def hook(kind: type[BaseException], value: BaseException, traceback: TracebackType | None) -> None:
        errors.append(f"{kind.__name__}: {value}")
        previous(kind, value, traceback)

    return hook


def _drive(window: Any, path: Path, errors: list[str]) -> tuple[list[KindShown], str, int]:
    opened: list[str] = []
    shown: list[str] = []
    window.package_opened.connect(opened.append)
    window.failed.connect(errors.append)
    window.item_shown.connect(shown.append)
    window.show()
    window.open_package(path)
    if not _wait_until(lambda: bool(opened or errors)):
        raise SelfTestFailure(f"{path} did not open within {STEP_TIMEOUT_S:.0f} s")
    _raise_on(errors, f"cannot open {path}")
    session = window.session
    items = session.items
    if not items:
        raise SelfTestFailure(f"{path} has no items")
    first_row: dict[str, int] = {}
    for row, item in enumerate(items):
        first_row.setdefault(item.kind, row)
    results = [_show_row(window, row, shown, errors) for row in first_row.values()]
    if window.grab().isNull():
        raise SelfTestFailure("the main window does not render")
    return results, session.package.manifest.title, len(items)


def _show_row(window: Any, row: int, shown: list[str], errors: list[str]) -> KindShown:
    """Pick the row in the Items list as a person would, and wait until its editor reports the item on screen."""
    item = window.session.items[row]
    started = time.perf_counter()
    if row != window.session.current_index or item.id not in shown:
        # The first item is being shown already; any other row is picked in the Items list.
        if row != window.session.current_index:
            index = window.queue_filter.mapFromSource(window.queue_model.index(row))
            window.queue_view.setCurrentIndex(index)
        if not _wait_until(lambda: item.id in shown or bool(errors)):
            raise SelfTestFailure(f"{item.kind} item {item.id} was not shown within {STEP_TIMEOUT_S:.0f} s")
    seconds = time.perf_counter() - started
    _raise_on(errors, f"showing {item.kind} item {item.id}")
    editor = window.editor_host.currentWidget()
    if editor is None or editor is not window.editor_host.editor_for(item.kind):
        raise SelfTestFailure(f"{item.kind} item {item.id}: its editor is not the one on screen")
    if not editor.isVisible() or editor.width() == 0 or editor.height() == 0:
        raise SelfTestFailure(f"{item.kind} item {item.id}: the {type(editor).__name__} is not visible")
    if item.id not in window.item_label.text():
        raise SelfTestFailure(f"{item.kind} item {item.id}: the status bar says {window.item_label.text()!r}")
    return KindShown(item.kind, item.id, type(editor).__name__, seconds)


def _raise_on(errors: list[str], doing: str) -> None:
    if errors:
        raise SelfTestFailure(f"{doing}: {errors[0]}")


def _wait_until(done: Callable[[], bool], seconds: float = STEP_TIMEOUT_S) -> bool:
    """Run the event loop until `done()` holds or `seconds` pass; whether it holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(int(seconds * 1000))
    loop.exec()
    poll.stop()
    deadline.stop()
    return done()

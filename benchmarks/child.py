"""Measuring in a child process: start `python -m MODULE MODE ARGS`, read back its one JSON result line.

A fresh process per measurement keeps peak memory its own and keeps Qt out of the runner.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.data import REPO_ROOT

RESULT_PREFIX = "bench-result "
CHILD_TIMEOUT = 300.0


class ChildError(RuntimeError):
    """A measuring child process failed; the message ends with its last line of stderr."""


def run_child(module: str, mode: str, *args: str, timeout: float = CHILD_TIMEOUT) -> dict[str, Any]:
    """Run `python -m module mode args` offscreen and return the result it printed with `emit`."""
    command = [sys.executable, "-m", module, mode, *args]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise ChildError(f"{mode} took longer than {timeout:.0f} s") from exc
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if done.returncode != 0 or not lines:
        errors = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        raise ChildError(f"{mode} exited {done.returncode}: {errors[-1] if errors else 'no result line'}")
    return json.loads(lines[-1].removeprefix(RESULT_PREFIX))


def emit(result: dict[str, Any]) -> None:
    """Print a child's result as the one line `run_child` reads."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def peak_rss_mib() -> float:
    """This process's peak resident set size since exec, in MiB.

    VmHWM, not ru_maxrss: Linux folds the parent's high-water mark into ru_maxrss across fork + exec, so
    every child of a runner that once held 500 MiB would report 500 MiB.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def shown_main_window(folder: str, size: tuple[int, int]) -> tuple[Any, Any, Any]:
    """The QApplication, a workspace in `folder`/workspace, and a MainWindow on it, shown and active.

    Qt is imported here, in the child, never in the runner.
    """
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.core.workspace import Workspace
    from annotator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    workspace = Workspace.open(Path(folder) / "workspace")
    window = MainWindow(workspace)
    window.resize(*size)
    window.show()
    if not QTest.qWaitForWindowExposed(window, 10_000):
        raise RuntimeError("the window was never exposed")
    window.activateWindow()
    return app, workspace, window

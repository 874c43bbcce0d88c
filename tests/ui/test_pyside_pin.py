"""Regression guard for the PySide6 pin: 6.12.0 aborts after thousands of void Qt calls on Python 3.11."""

from __future__ import annotations

import subprocess
import sys


def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    # If this fails after an upgrade, keep PySide6 below the failing release (see pyproject.toml).
    script = "from PySide6 import QtCore; r = QtCore.QRect(0, 0, 1, 1); [r.setWidth(3) for _ in range(20000)]"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr

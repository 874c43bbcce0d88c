"""End-to-end fixtures: a private Xvfb display, and running `annotator open` in it until it saves a screenshot."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_PACKAGE

# Skipped only on a developer machine without Xvfb; in CI (CI=true) a missing Xvfb fails the tests.
NEEDS_XVFB = pytest.mark.skipif(
    shutil.which("Xvfb") is None and not os.environ.get("CI"),
    reason="needs Xvfb (make test installs it on Debian)",
)


@pytest.fixture
def xvfb_display():
    """A private X server; the display number is picked by Xvfb itself."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not report a display"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def screenshot_of_app(display: str, data_dir: Path, shot: Path, package: Path = DEMO_PACKAGE) -> None:
    """Run `annotator --data-dir DATA open PACKAGE` in a real X window until it saves the screen to `shot`."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", ANNOTATOR_SCREENSHOT=str(shot))
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--data-dir", str(data_dir), "open", str(package)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert f"screenshot {shot}" in result.stdout

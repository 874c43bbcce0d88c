"""End-to-end fixtures: a private Xvfb display, and running `annotator open` in it until it saves a screenshot."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import DEMO_PACKAGE, REPO_ROOT

# Skipped only on a developer machine without Xvfb; in CI (CI=true) a missing Xvfb fails the tests.
NEEDS_XVFB = pytest.mark.skipif(
    shutil.which("Xvfb") is None and not os.environ.get("CI"),
    reason="needs Xvfb (make test installs it on Debian)",
)


@contextmanager
def xvfb(screen: str = "1280x800") -> Iterator[str]:
    """A private X server of `screen` pixels; the display number is picked by Xvfb itself."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{screen}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not report a display"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A 1280x800 private X display for one test."""
    with xvfb() as display:
        yield display


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


def run_shot_module(display: str, module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m module ARGS...` in the X server `display` (xcb), as the screenshot tests do; its output captured."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return subprocess.run(
        [sys.executable, "-m", module, *args], env=env, capture_output=True, text=True, timeout=90, cwd=REPO_ROOT
    )


def assert_real_grab(shot: Path, size: tuple[int, int] | None = None) -> None:
    """The screenshot exists, has `size` (if given), and is not blank (a grab of an empty screen is flat)."""
    from PIL import Image, ImageStat

    with Image.open(shot) as image:
        if size is not None:
            assert image.size == size
        assert max(ImageStat.Stat(image.convert("L")).stddev) > 20, "a blank grab"

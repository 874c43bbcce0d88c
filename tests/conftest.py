"""Test-wide isolation (offscreen Qt, app data in a fresh folder for every test) and shared fixtures such as a tiny real disk."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import so no test ever needs a display unless it asks for Xvfb itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_PACKAGE = REPO_ROOT / "resources" / "demo"


@pytest.fixture(autouse=True)
def isolated_app_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own app-data folder and settings, so no test sees another's workspace."""
    data_dir = tmp_path_factory.mktemp("app-data")
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data_dir / "config"))
    return data_dir


@pytest.fixture
def demo_package() -> Path:
    """The demo package folder shipped in resources/."""
    return DEMO_PACKAGE


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB tmpfs, mounted for this test only; skipped where mounting is not allowed."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if shutil.which("mount") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True, text=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"mount of a tmpfs refused here: {mounted.stderr.strip() or mounted.returncode}")
    try:
        yield disk
    finally:
        if subprocess.run(["umount", str(disk)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(disk)], capture_output=True, check=False)


def fill_disk(disk: Path) -> Path:
    """Write a file on `disk` (a tiny_disk) until it says ENOSPC; returns the file, to delete for room again."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler

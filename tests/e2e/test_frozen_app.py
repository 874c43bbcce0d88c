"""The built one-folder app (`make package`): its --self-test, its command line, and a double-click on a package.

Building takes about a minute, so these run only under `make package-test` (ANNOTATOR_PACKAGE_TEST=1), which
builds dist/annotator first; ANNOTATOR_PACKAGE_APP names another built app folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import DEMO_PACKAGE, REPO_ROOT

APP = Path(os.environ.get("ANNOTATOR_PACKAGE_APP") or REPO_ROOT / "dist" / "annotator")
PROGRAM = APP / "annotator"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("ANNOTATOR_PACKAGE_TEST") != "1",
        reason="tests the built app: run `make package-test` (builds it, ~1 min) or set ANNOTATOR_PACKAGE_TEST=1",
    ),
]


@pytest.fixture(scope="module", autouse=True)
def built_app() -> Path:
    assert PROGRAM.is_file() and os.access(PROGRAM, os.X_OK), f"no built app at {APP}: run `make package`"
    return APP


def plain_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A person's environment: no venv, no PYTHONPATH, the source tree out of reach; app data in `tmp_path`."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    env["ANNOTATOR_DATA_DIR"] = str(tmp_path / "workspace")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env.update(extra)
    return env


def run_app(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PROGRAM), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=plain_env(tmp_path, **extra),
    )


def test_the_built_app_passes_its_self_test_with_every_kind_of_the_demo(tmp_path: Path) -> None:
    result = run_app(tmp_path, "--self-test", QT_QPA_PLATFORM="xcb", DISPLAY=":999")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test (frozen app)" in result.stdout
    # The demo and schemas come from inside the app folder, not from the source tree.
    assert f"resources in {APP.resolve() / '_internal' / 'resources'}" in result.stdout
    manifest = json.loads((DEMO_PACKAGE / "package.json").read_text(encoding="utf-8"))
    kinds = list(dict.fromkeys(item["kind"] for item in manifest["items"]))
    shown = [line.split()[0] for line in result.stdout.splitlines() if line.startswith("  ")]
    assert sorted(shown) == sorted(kinds)
    assert f"self-test passed: {len(kinds)} item kinds shown" in result.stdout
    assert not (tmp_path / "workspace").exists()


def test_the_built_app_self_test_fails_on_a_missing_package(tmp_path: Path) -> None:
    result = run_app(tmp_path, "--self-test", str(tmp_path / "gone"))
    assert result.returncode == 1
    assert "self-test FAILED: no package at" in result.stderr


def test_the_built_app_packs_and_validates_a_package(tmp_path: Path) -> None:
    images = tmp_path / "images"
    images.mkdir()
    shutil.copy(DEMO_PACKAGE / "media" / "chelsea.jpg", images / "chelsea.jpg")
    (tmp_path / "labels.json").write_text(json.dumps({"mode": "single", "labels": [{"name": "cat"}]}), encoding="utf-8")
    packed = run_app(tmp_path, "pack", "images", "--labels", "labels.json", "-o", "cats.annotator.zip")
    assert packed.returncode == 0, packed.stderr
    checked = run_app(tmp_path, "validate", "cats.annotator.zip")
    assert checked.returncode == 0, checked.stderr
    assert "is a valid work package" in checked.stdout
    formats = run_app(tmp_path, "formats")  # every format module is in the app (they are found by name)
    assert formats.returncode == 0 and "coco" in formats.stdout and "srt" in formats.stdout


DESKTOP_TOOLS = ("gio", "update-mime-database", "update-desktop-database")


@pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in DESKTOP_TOOLS), reason=f"needs {', '.join(DESKTOP_TOOLS)}"
)
def test_a_double_click_on_a_package_opens_it_in_the_built_app(tmp_path: Path) -> None:
    from annotator.core.errors import WorkspaceLockedError
    from annotator.core.workspace import Workspace

    share = tmp_path / "share"
    env = plain_env(tmp_path, XDG_DATA_HOME=str(share))
    # The installer that `make package` puts beside the program: a copied app folder installs itself.
    install = subprocess.run(
        ["bash", str(APP / "install-desktop.sh"), "--prefix", str(share)], capture_output=True, text=True, env=env
    )
    assert install.returncode == 0, install.stderr
    images = tmp_path / "images"
    images.mkdir()
    shutil.copy(DEMO_PACKAGE / "media" / "coffee.jpg", images / "coffee.jpg")
    (tmp_path / "labels.json").write_text(json.dumps({"mode": "single", "labels": [{"name": "cup"}]}), encoding="utf-8")
    package = tmp_path / "cups.annotator.zip"
    assert run_app(tmp_path, "pack", "images", "--labels", "labels.json", "-o", str(package)).returncode == 0

    # `gio open` is what GNOME's file manager does on a double-click: look up the type's default app and run it.
    log = tmp_path / "app.log"
    with log.open("w") as out:
        env.update(QT_QPA_PLATFORM="offscreen", ANNOTATOR_STARTUP_PROBE="1")
        subprocess.run(
            ["gio", "open", str(package)], stdout=out, stderr=subprocess.STDOUT, env=env, check=True, timeout=30
        )
    deadline = time.monotonic() + 60
    while "first-item-shown" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.2)  # the app runs detached from gio; its log file is all there is to watch
    assert "first-item-shown" in log.read_text(), log.read_text()
    workspace_dir = tmp_path / "workspace"
    while time.monotonic() < deadline:
        try:
            workspace = Workspace.open(workspace_dir)  # succeeds once the app has quit and let go of it
        except WorkspaceLockedError:
            time.sleep(0.2)
            continue
        with workspace:
            last = workspace.last_package()
        break
    else:
        pytest.fail("the app opened by the double-click did not quit")
    assert last is not None and Path(last.path) == package

"""`annotator --self-test` from the source tree: shows every item kind of the demo, fails loudly on a bad package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import app_paths
from tests.conftest import DEMO_PACKAGE, REPO_ROOT


def self_test(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m annotator --self-test ARGS` as a person would, from outside the source tree."""
    return subprocess.run(
        [sys.executable, "-m", "annotator", "--self-test", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        env=env or dict(os.environ),
    )


def demo_kinds() -> list[str]:
    manifest = json.loads((DEMO_PACKAGE / "package.json").read_text(encoding="utf-8"))
    return list(dict.fromkeys(item["kind"] for item in manifest["items"]))


def test_self_test_shows_every_kind_of_the_demo_in_its_editor(tmp_path: Path) -> None:
    # A display that does not exist: the self-test must not need one (it forces the offscreen platform).
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":999", ANNOTATOR_DATA_DIR=str(tmp_path / "workspace"))
    result = self_test(env=env)
    assert result.returncode == 0, result.stderr
    assert "self-test (source tree)" in result.stdout
    kinds = demo_kinds()
    assert len(kinds) == 7  # the demo has an item of every kind the app edits
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines() if line.startswith("  ")}
    assert sorted(rows) == sorted(kinds)
    assert rows["image"][2] == "BoxEditor"
    assert rows["audio"][2] == "TranscriptionEditor"
    assert rows["text"][2] == "SentimentEditor"
    assert f"self-test passed: {len(kinds)} item kinds shown" in result.stdout
    # The user's workspace (here: the one ANNOTATOR_DATA_DIR names) is never made or touched.
    assert not (tmp_path / "workspace").exists()


def test_self_test_of_a_missing_package_fails_with_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-demo"
    result = self_test(str(missing))
    assert result.returncode == 1
    assert f"self-test FAILED: no package at {missing}" in result.stderr
    assert "self-test passed" not in result.stdout


def test_self_test_of_a_broken_package_fails_and_says_why(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    manifest = json.loads((DEMO_PACKAGE / "package.json").read_text(encoding="utf-8"))
    del manifest["items"][0]["sha256"]
    (broken / "package.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = self_test(str(broken))
    assert result.returncode == 1
    assert f"self-test FAILED: cannot open {broken}" in result.stderr
    assert "sha256" in result.stderr


def test_the_frozen_app_finds_resources_inside_itself(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert app_paths.resources_dir() == tmp_path / "resources"
    assert app_paths.demo_package_path() == tmp_path / "resources" / "demo"
    assert app_paths.schemas_dir() == tmp_path / "resources" / "schemas"


def test_the_source_tree_finds_its_own_resources() -> None:
    assert app_paths.resources_dir() == REPO_ROOT / "resources"
    assert (app_paths.demo_package_path() / "package.json").is_file()

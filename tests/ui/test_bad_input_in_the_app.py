"""Bad input met in the app: a dialog or an editor message naming the file, and the app lives on."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow


def copy_of_demo(demo_package: Path, tmp_path: Path) -> Path:
    target = tmp_path / "pkg"
    shutil.copytree(demo_package, target)
    return target


def replace_media(package: Path, name: str, data: bytes) -> None:
    """Write new bytes for a media file and give the manifest their hash, as a packer would."""
    (package / name).write_bytes(data)
    manifest = json.loads((package / "package.json").read_text(encoding="utf-8"))
    for item in manifest["items"]:
        if item.get("media") == name:
            item["sha256"] = hashlib.sha256(data).hexdigest()
    (package / "package.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda text: text.replace('"per_item": 0.04', '"per_item": NaN'), "NaN is not a JSON number"),
        (lambda text: text.replace('"schema_version": 1', '"schema_version": 1, "schema_version": 1'), "appears twice"),
        (lambda text: text.replace('"B"\n      ]', '"\\udc00"\n      ]', 1), "lone surrogate"),
    ],
    ids=["nan", "duplicate-key", "lone-surrogate-speaker"],
)
def test_a_manifest_the_reader_refuses_is_shown_in_a_dialog(
    qtbot, workspace: Workspace, tmp_path: Path, demo_package: Path, damage, reason: str
) -> None:
    package = copy_of_demo(demo_package, tmp_path)
    manifest = package / "package.json"
    text = manifest.read_text(encoding="utf-8")
    damaged = damage(text)
    assert damaged != text
    manifest.write_text(damaged, encoding="utf-8")
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.failed, timeout=10_000) as blocker:
        win.open_package(package)
    assert f"{manifest}: JSON refused: " in blocker.args[0]
    assert reason in blocker.args[0]
    box = win.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible()
    assert str(manifest) in box.text()
    assert win.session is None


def test_a_truncated_jpeg_says_so_in_the_editor(qtbot, workspace: Workspace, tmp_path: Path, demo_package: Path) -> None:
    package = copy_of_demo(demo_package, tmp_path)
    whole = (package / "media" / "astronaut.jpg").read_bytes()
    replace_media(package, "media/astronaut.jpg", whole[: len(whole) // 3])
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    with qtbot.waitSignal(win.item_shown, timeout=10_000):
        win.open_package(package)
    message = win.findChild(QLabel, "editor_message")
    qtbot.waitUntil(lambda: not message.isHidden(), timeout=10_000)
    assert "image file is truncated" in message.text()
    assert "astronaut.jpg" in message.text()

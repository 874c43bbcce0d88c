"""Annotators and a lead for sync tests: workspaces that pull the package, label texts, and push."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.bundle import build_bundle
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.sync.pull import pull
from annotator.core.sync.push import PackageRef, plan_push, push
from annotator.core.sync.target import Target
from annotator.core.workspace import Workspace
from tests.core.helpers import FakeClock, manifest_dict, text_item, write_zip_package

ANNOTATORS = ("ada", "bo", "cy")
TARGET_KEY = "target-under-test"


def no_wait(_seconds: float) -> None:
    """Retries in tests do not sleep."""


def package_zip(tmp_path: Path, count: int = 12) -> bytes:
    items = [text_item(f"t{number:02d}", f"sentence {number} — ünïcödé 👍") for number in range(count)]
    (tmp_path / "made").mkdir(parents=True, exist_ok=True)
    path = write_zip_package(tmp_path / "made" / "p.zip", manifest_dict(items, id="team-pkg"))
    return path.read_bytes()


def judgement(label: str) -> dict[str, Any]:
    """A text annotation as the sentiment editor stores it."""
    return {"labels": [label], "answer": None, "question": None, "unsure": False, "spans": [], "source": "user"}


class Annotator:
    """One annotator's machine: a workspace, and the package as pulled from the target."""

    def __init__(self, root: Path, name: str):
        self.name = name
        self.inbox = root / name / "inbox"
        self.workspace = Workspace.open(root / name / "ws", clock=FakeClock())
        self.workspace.set_setting("annotator_id", name)
        self.ref: PackageRef | None = None

    def pull(self, target: Target) -> Any:
        result = pull(target, annotator=self.name, inbox=self.inbox, sleep=no_wait)
        path = self.inbox / "packages" / "p.zip"
        if path.exists() and self.ref is None:
            package = open_package(path)
            self.ref = PackageRef(package.manifest, package.manifest_sha256)
            package.close()
            self.workspace.register_package(self.ref.manifest, manifest_sha256=self.ref.manifest_sha256, path=str(path))
        return result

    def label(self, item_id: str, label: str, *, done: bool = True) -> None:
        self.workspace.set_annotation("team-pkg", item_id, judgement(label))
        if done:
            self.workspace.set_status("team-pkg", item_id, Status.DONE)
        self.workspace.add_time("team-pkg", item_id, active_ms=1500)

    def push(self, target: Target, *, full: bool = False, **options: Any) -> Any:
        assert self.ref is not None
        plan = plan_push(self.workspace, [self.ref], target_key=TARGET_KEY, annotator=self.name, full=full)
        return plan, push(self.workspace, target, plan, sleep=no_wait, **options)

    def bundle(self) -> dict[str, Any]:
        assert self.ref is not None
        return build_bundle(
            self.ref.manifest,
            manifest_sha256=self.ref.manifest_sha256,
            annotator=self.name,
            states=self.workspace.items("team-pkg"),
        )

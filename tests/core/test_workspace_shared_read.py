"""`annotator bundle` reads the workspace while the app holds it: read-only, without the lock, never writing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.bundle import export_bundle, read_bundle
from annotator.core.errors import WorkspaceError
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.workspace import DB_NAME, Workspace


def hold(tmp_path: Path, demo_package: Path):
    """A workspace held open (and locked) as the running app holds it, with some work in it."""
    workspace = Workspace.open(tmp_path / "data")
    package = open_package(demo_package)
    workspace.register_package(package.manifest, manifest_sha256=package.manifest_sha256, path=str(demo_package))
    workspace.set_setting("annotator_id", "worker-7")
    workspace.set_annotation("demo", "img-astronaut", {"boxes": [], "verified": True})
    workspace.set_status("demo", "img-astronaut", Status.DONE)
    workspace.set_comment("demo", "img-coffee", "too dark")
    workspace.set_status("demo", "img-coffee", Status.FLAGGED)
    workspace.add_time("demo", "img-astronaut", active_ms=12_345, idle_ms=678)
    package.close()
    return workspace, package


@pytest.fixture
def held(tmp_path: Path, demo_package: Path):
    workspace, package = hold(tmp_path, demo_package)
    yield workspace, package
    workspace.close()


def bundle(data: Path, package: Path, out: Path) -> int:
    return main(["--data-dir", str(data), "bundle", str(package), "-o", str(out)])


def files_of(folder: Path) -> dict[str, str]:
    """SHA-256 of the database and its write-ahead log: what a writer would change."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.name in (DB_NAME, DB_NAME + "-wal")
    }


def test_bundle_works_while_the_app_holds_the_workspace_and_gives_the_same_bytes(
    demo_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace, package = hold(tmp_path, demo_package)
    before = files_of(workspace.folder)
    assert bundle(workspace.folder, demo_package, tmp_path / "cli.bundle.json") == 0, capsys.readouterr().err
    assert files_of(workspace.folder) == before, "the reader wrote nothing"
    export_bundle(tmp_path / "app.bundle.json", workspace, package.manifest, manifest_sha256=package.manifest_sha256)
    cli_bytes = (tmp_path / "cli.bundle.json").read_bytes()
    assert cli_bytes == (tmp_path / "app.bundle.json").read_bytes()
    document = read_bundle(tmp_path / "cli.bundle.json")
    assert document["annotator"] == "worker-7"
    assert document["summary"]["done"] == 1 and document["summary"]["flagged"] == 1

    workspace.close()  # the app quits: the same state, the same bytes
    assert bundle(workspace.folder, demo_package, tmp_path / "after.bundle.json") == 0
    assert (tmp_path / "after.bundle.json").read_bytes() == cli_bytes


def test_bundle_beside_the_app_sees_its_latest_edit(held, demo_package: Path, tmp_path: Path) -> None:
    workspace, _package = held
    assert bundle(workspace.folder, demo_package, tmp_path / "first.bundle.json") == 0
    workspace.set_status("demo", "img-chelsea", Status.SKIPPED)  # committed while the bundle's reader came and went
    assert bundle(workspace.folder, demo_package, tmp_path / "second.bundle.json") == 0
    items = {item["id"]: item for item in read_bundle(tmp_path / "second.bundle.json")["items"]}
    assert items["img-chelsea"]["status"] == "skipped"
    assert read_bundle(tmp_path / "first.bundle.json")["summary"]["skipped"] == 0


def test_a_read_only_workspace_reads_and_refuses_every_write(held) -> None:
    workspace, _package = held
    with Workspace.open(workspace.folder, read_only=True) as reader:
        assert reader.read_only
        assert reader.item("demo", "img-coffee").comment == "too dark"
        assert reader.annotator_id() == "worker-7"
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.set_setting("annotator_id", "someone-else")
    assert workspace.annotator_id() == "worker-7"
    workspace.set_comment("demo", "img-coffee", "fine after all")  # the holder writes on, unblocked


def test_a_read_only_workspace_makes_up_no_pseudonym(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "data"):
        with Workspace.open(tmp_path / "data", read_only=True) as reader:
            with pytest.raises(WorkspaceError, match="no pseudonym yet"):
                reader.annotator_id()
    with pytest.raises(WorkspaceError, match="no workspace"):
        Workspace.open(tmp_path / "nowhere", read_only=True)
    assert not (tmp_path / "nowhere").exists(), "reading creates nothing"

"""`annotator sync` on the command line: set up, test, preview, send and pull; the lead's --pull-bundles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.bundle import read_bundle
from annotator.core.sync.config import load_config
from annotator.core.workspace import Workspace
from tests.core.sync.people import Annotator, package_zip
from tests.servers.webdav import start_wsgidav


def annotated(tmp_path: Path, share: Path) -> tuple[Path, Path]:
    """A workspace with three labelled items of the package, and that package's path."""
    share.mkdir(exist_ok=True)
    package = tmp_path / "p.zip"
    package.write_bytes(package_zip(tmp_path))
    from annotator.core.sync.folder_target import FolderTarget

    FolderTarget(share).put("packages/p.zip", package.read_bytes())
    person = Annotator(tmp_path, "ada")
    person.pull(FolderTarget(share))
    for item_id in ("t00", "t01", "t02"):
        person.label(item_id, "positive")
    person.workspace.close()
    return tmp_path / "ada" / "ws", person.inbox / "packages" / "p.zip"


def test_an_annotator_sets_up_a_folder_sends_and_the_lead_gathers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    share = tmp_path / "share"
    workspace, package = annotated(tmp_path, share)
    assert main(["--data-dir", str(workspace), "sync", "--target", str(share), "--save", "--test"]) == 0
    assert "OK: folder" in capsys.readouterr().out
    with Workspace.open(workspace) as opened:
        assert load_config(opened).location == str(share)

    assert main(["--data-dir", str(workspace), "sync", "--preview"]) == 0
    out = capsys.readouterr()
    assert "Would send 1 delta(s), 3 item states" in out.err
    assert json.loads(out.out)["format"] == "annotator.delta", "the preview is the exact document"
    assert not (share / "bundles").exists(), "a preview sends nothing"

    assert main(["--data-dir", str(workspace), "sync"]) == 0
    assert "Sent 1 delta(s) (3 item states" in capsys.readouterr().out
    assert main(["--data-dir", str(workspace), "sync"]) == 0
    assert "Nothing to send" in capsys.readouterr().out

    out_dir = tmp_path / "lead"
    out_dir.mkdir()
    code = main(["sync", "--pull-bundles", "--target", str(share), "--package", str(package), "-o", str(out_dir)])
    assert code == 0
    assert "ada, 3 of 12 done, from 1 deltas" in capsys.readouterr().out
    assert read_bundle(out_dir / "ada.bundle.json")["summary"]["done"] == 3


def test_webdav_with_a_password_from_the_environment(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "dav").mkdir()
    workspace, _package = annotated(tmp_path, tmp_path / "share")
    with start_wsgidav(tmp_path / "dav", username="ada", password="s3cret-pässword") as server:
        monkeypatch.setenv("ANNOTATOR_SYNC_SECRET", "s3cret-pässword")
        args = ["--data-dir", str(workspace), "sync", "--target", server.url, "--user", "ada", "--save", "--no-pull"]
        assert main(args) == 0
        assert "Sent 1 delta(s)" in capsys.readouterr().out
        monkeypatch.setenv("ANNOTATOR_SYNC_SECRET", "wrong")
        assert main(["--data-dir", str(workspace), "sync", "--test"]) == 2
        err = capsys.readouterr().err
        assert "refused the user name or password" in err and "wrong" not in err
    raw = b"".join(path.read_bytes() for path in workspace.iterdir() if path.is_file())
    assert "s3cret-pässword".encode() not in raw


def test_plain_http_to_another_machine_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "ws"), "sync", "--target", "http://cloud.example.org/dav"]) == 2
    assert "plain http is allowed only to this machine" in capsys.readouterr().err


def test_without_a_target_it_says_how_to_set_one_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "ws"), "sync"]) == 2
    assert "no sync target is set up: pass --target" in capsys.readouterr().err

"""The `annotator` command line: help for every command, and clear errors (never a traceback) on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import __version__
from annotator.cli import main
from annotator.core.bundle import HASH_FIELD, bundle_bytes, content_hash
from tests.conftest import REPO_ROOT
from tests.core.helpers import LABELS, png_bytes

SUBCOMMANDS = ["open", "pack", "validate", "bundle"]


def run_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_help(["--help"], capsys)
    assert out.startswith("usage: annotator ")
    assert "--data-dir" in out
    for command in SUBCOMMANDS:
        assert command in out


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_subcommand_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_help([command, "--help"], capsys)
    assert out.startswith(f"usage: annotator {command} ")
    assert "-h, --help" in out


def test_pack_help_names_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_help(["pack", "--help"], capsys)
    for option in ("--labels", "--output", "--id", "--title", "--instructions"):
        assert option in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_help(["--version"], capsys) == f"annotator {__version__}\n"


def test_help_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "validate", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: annotator validate ")


# -- pack errors ----------------------------------------------------------------------------------


@pytest.fixture
def images(tmp_path: Path) -> Path:
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "a.png").write_bytes(png_bytes())
    return folder


@pytest.fixture
def labels(tmp_path: Path) -> Path:
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(LABELS["image"]))
    return path


def assert_clean_failure(code: int, err: str) -> None:
    assert code != 0
    assert "Traceback" not in err
    assert err.strip()


def test_pack_with_a_missing_labels_file(images: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.json"
    code = main(["pack", str(images), "--labels", str(missing), "-o", str(tmp_path / "out.zip")])
    out, err = capsys.readouterr()
    assert_clean_failure(code, err)
    assert code == 1
    assert err == f"error: {missing}: no such file or folder\n1 problem found.\n"
    assert not (tmp_path / "out.zip").exists()


def test_pack_with_labels_that_are_not_json(images: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "labels.json"
    bad.write_text("{not json")
    code = main(["pack", str(images), "--labels", str(bad), "-o", str(tmp_path / "out.zip")])
    _, err = capsys.readouterr()
    assert_clean_failure(code, err)
    assert err == (
        f"error: {bad}: malformed label schema JSON at line 1, column 2: "
        "Expecting property name enclosed in double quotes\n1 problem found.\n"
    )


def test_pack_an_empty_folder(labels: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code = main(["pack", str(empty), "--labels", str(labels), "-o", str(tmp_path / "out.zip")])
    _, err = capsys.readouterr()
    assert_clean_failure(code, err)
    assert err == f"error: {empty}: found no images, audio or texts to pack\n1 problem found.\n"
    assert not (tmp_path / "out.zip").exists()


def test_pack_a_source_that_does_not_exist(labels: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing"
    code = main(["pack", str(missing), "--labels", str(labels), "-o", str(tmp_path / "out.zip")])
    _, err = capsys.readouterr()
    assert_clean_failure(code, err)
    assert err == f"error: {missing}: no such file or folder\n1 problem found.\n"


def test_pack_m4a_is_refused_by_name(labels: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "voices"
    folder.mkdir()
    (folder / "v.m4a").write_bytes(b"\x00" * 32)
    code = main(["pack", str(folder), "--labels", str(labels), "-o", str(tmp_path / "out.zip")])
    _, err = capsys.readouterr()
    assert_clean_failure(code, err)
    assert f"error: {folder / 'v.m4a'}: .m4a audio is not supported" in err


def test_pack_a_csv_without_a_text_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "t.csv"
    table.write_text("id,body\n1,hello\n")
    text_labels = tmp_path / "text-labels.json"
    text_labels.write_text(json.dumps(LABELS["text"]))
    code = main(["pack", str(table), "--labels", str(text_labels), "-o", str(tmp_path / "out.zip")])
    _, err = capsys.readouterr()
    assert_clean_failure(code, err)
    assert (
        err == f"error: {table}: CSV needs a header row with a 'text' column (optional: id, lang)\n1 problem found.\n"
    )


def test_pack_into_a_folder_that_is_not_empty(
    images: Path, labels: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    code = main(["pack", str(images), "--labels", str(labels), "-o", str(out)])
    _, err = capsys.readouterr()
    assert_clean_failure(code, err)
    assert err == f"error: {out}: output folder exists and is not empty\n1 problem found.\n"
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


def test_pack_without_required_options_is_a_usage_error(images: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["pack", str(images)])
    assert caught.value.code == 2
    assert "the following arguments are required: --labels, -o/--output" in capsys.readouterr().err


def test_pack_errors_in_a_real_process_show_no_traceback(labels: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "pack", str(empty), "--labels", str(labels), "-o", str(tmp_path / "o.zip")],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"error: {empty}: found no images, audio or texts to pack" in result.stderr


# -- validate and bundle errors -------------------------------------------------------------------


def test_validate_a_path_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.zip"
    assert main(["validate", str(missing)]) == 1
    assert capsys.readouterr().err == f"error: {missing}: no such file or folder\n1 problem found.\n"


def test_validate_a_bundle_against_another_package(
    tmp_path: Path, demo_package: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo.bundle.json"
    assert main(["bundle", str(demo_package), "-o", str(out), "--annotator", "w1"]) == 0
    other = tmp_path / "other"
    other.mkdir()
    document = json.loads((demo_package / "package.json").read_text(encoding="utf-8"))
    document["id"] = "other-demo"
    document["items"] = [i for i in document["items"] if i["kind"] == "text"]
    (other / "package.json").write_text(json.dumps(document))
    capsys.readouterr()
    assert main(["validate", str(out), "--package", str(other)]) == 1
    err = capsys.readouterr().err
    assert f"error: {out}: bundle is for package 'demo', not 'other-demo'\n" in err
    assert "Traceback" not in err


def test_validate_a_hash_consistent_bundle_with_a_broken_summary(
    tmp_path: Path, demo_package: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A bundle made by another tool: well-formed, hash recomputed, but no counts in its summary
    # (bundle-v1.schema.json requires them). `validate` must say so, not crash.
    out = tmp_path / "made-elsewhere.bundle.json"
    assert main(["bundle", str(demo_package), "-o", str(out), "--annotator", "w1"]) == 0
    document = json.loads(out.read_bytes())
    document["summary"] = {}
    document[HASH_FIELD] = content_hash(document)
    out.write_bytes(bundle_bytes(document))
    capsys.readouterr()
    code = main(["validate", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"error: {out}: " in err


def test_bundle_with_an_annotator_id_that_is_not_a_pseudonym(
    tmp_path: Path, demo_package: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.bundle.json"
    code = main(["bundle", str(demo_package), "-o", str(out), "--annotator", "Jane Doe"])
    _, err = capsys.readouterr()
    assert_clean_failure(code, err)
    assert "Jane Doe" in err
    assert not out.exists()


def test_bundle_of_a_bad_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing"
    code = main(["bundle", str(missing), "-o", str(tmp_path / "b.bundle.json")])
    assert code == 1
    assert capsys.readouterr().err == f"error: {missing}: no such file or folder\n1 problem found.\n"


def test_bundle_while_the_workspace_is_open_elsewhere(
    tmp_path: Path, demo_package: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.core.workspace import Workspace

    data = tmp_path / "data"
    with Workspace.open(data):
        code = main(["--data-dir", str(data), "bundle", str(demo_package), "-o", str(tmp_path / "b.json")])
    assert code == 2
    err = capsys.readouterr().err
    # Bundling reads beside the app (tests/core/test_workspace_shared_read.py); only a pseudonym it
    # would have to make up and keep needs the workspace's lock.
    assert err.startswith(f"error: The workspace {data} has no pseudonym yet and the app holds it")
    assert "Traceback" not in err


def test_bundle_uses_annotator_data_dir_by_default(tmp_path: Path, demo_package: Path, isolated_app_data: Path) -> None:
    out = tmp_path / "b.bundle.json"
    assert main(["bundle", str(demo_package), "-o", str(out)]) == 0
    from annotator.core.workspace import Workspace

    with Workspace.open(isolated_app_data) as ws:
        assert json.loads(out.read_bytes())["annotator"] == ws.annotator_id()

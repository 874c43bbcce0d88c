"""Habits of the command line: colours filled in, missing paths named, full bundle counts, short lists, file modes."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.cli import EXIT_INVALID, EXIT_OK, main
from annotator.core.bundle import bundle_matches_package, read_bundle
from annotator.core.model import Status
from annotator.core.package import open_package, validate_package
from annotator.core.workspace import Workspace
from tests.core.helpers import LABELS, png_bytes


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value))
    return path


def write_table(path: Path, count: int, *, first: int = 1) -> Path:
    path.write_text("id,text\n" + "".join(f"t{n:02d},text {n}\n" for n in range(first, first + count)))
    return path


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- (a) colours are filled in at pack time --------------------------------------------------------


def test_labels_without_a_colour_get_the_palette_colour_of_their_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    (folder / "a.png").write_bytes(png_bytes())
    (folder / "texts.csv").write_text("text\nhello\n")
    labels = write_json(
        tmp_path / "labels.json",
        {
            "image": {
                "mode": "single",
                "labels": [{"name": "cat", "hotkey": "1"}, {"name": "dog", "color": "#123456"}, {"name": "bird"}],
            },
            "text": {"mode": "multi", "labels": [{"name": "positive"}, {"name": "negative"}]},
        },
    )
    out = tmp_path / "out.zip"
    assert main(["pack", str(folder), "--labels", str(labels), "-o", str(out)]) == EXIT_OK, capsys.readouterr().err

    with zipfile.ZipFile(out) as archive:
        written = json.loads(archive.read("package.json"))["labels"]
    # Written into the package, so package.json says every colour; by place in each schema.
    assert written["image"]["labels"] == [
        {"name": "cat", "color": "#e6194b", "hotkey": "1"},
        {"name": "dog", "color": "#123456"},
        {"name": "bird", "color": "#ffe119"},
    ]
    assert written["text"]["labels"] == [
        {"name": "positive", "color": "#e6194b"},
        {"name": "negative", "color": "#3cb44b"},
    ]
    assert validate_package(out) == []


# -- (b) a path that is not there is named as missing ---------------------------------------------


def test_every_command_names_a_missing_path_the_same_way(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = write_table(tmp_path / "texts.csv", 2)
    labels = write_json(tmp_path / "labels.json", LABELS["text"])
    out = str(tmp_path / "out.zip")
    missing = tmp_path / "nope"
    commands = [
        ["pack", f"{missing}/", "--labels", str(labels), "-o", out],
        ["pack", str(table), "--labels", str(tmp_path / "missing.json"), "-o", out],
        ["pack", str(table), "--labels", str(labels), "-o", out, "--instructions", str(tmp_path / "missing.md")],
        ["validate", str(tmp_path / "nope.zip")],
        ["validate", str(tmp_path / "nope.bundle.json")],
        ["bundle", str(missing), "-o", str(tmp_path / "b.bundle.json")],
    ]
    named = [missing, tmp_path / "missing.json", tmp_path / "missing.md", tmp_path / "nope.zip"]
    named += [tmp_path / "nope.bundle.json", missing]
    for argv, path in zip(commands, named, strict=True):
        code = main(argv)
        captured = capsys.readouterr()
        assert (code, captured.out, captured.err) == (
            EXIT_INVALID,
            "",
            f"error: {path}: no such file or folder\n1 problem found.\n",
        ), argv
    assert not Path(out).exists()


def test_pack_names_every_missing_input_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, labels, notes = tmp_path / "nope", tmp_path / "missing.json", tmp_path / "missing.md"
    code = main(
        ["pack", str(source), "--labels", str(labels), "-o", str(tmp_path / "o.zip"), "--instructions", str(notes)]
    )
    assert code == EXIT_INVALID
    assert capsys.readouterr().err == (
        f"error: {source}: no such file or folder\n"
        f"error: {labels}: no such file or folder\n"
        f"error: {notes}: no such file or folder\n"
        "3 problems found.\n"
    )


def test_instructions_that_are_not_text_are_named_by_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = write_table(tmp_path / "texts.csv", 1)
    labels = write_json(tmp_path / "labels.json", LABELS["text"])
    notes = tmp_path / "notes.md"
    notes.write_bytes(b"# Notes\nCaf\xe9\n")
    code = main(
        ["pack", str(table), "--labels", str(labels), "-o", str(tmp_path / "o.zip"), "--instructions", str(notes)]
    )
    assert code == EXIT_INVALID
    assert capsys.readouterr().err == (
        f"error: {notes}:2: not UTF-8 text (invalid byte 0xe9 at column 4); save it as UTF-8 or UTF-16\n"
        "1 problem found.\n"
    )


# -- (c) the bundle summary counts every status -----------------------------------------------------


def test_bundle_summary_counts_skipped_and_flagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package_path = tmp_path / "pkg.zip"
    labels = write_json(tmp_path / "labels.json", LABELS["text"])
    assert (
        main(["pack", str(write_table(tmp_path / "t.csv", 16)), "--labels", str(labels), "-o", str(package_path)]) == 0
    )
    data = tmp_path / "data"
    package = open_package(package_path)
    try:
        with Workspace.open(data) as workspace:
            manifest = package.manifest
            workspace.register_package(manifest, manifest_sha256=package.manifest_sha256, path=str(package_path))
            statuses = [Status.DONE] * 3 + [Status.SKIPPED] + [Status.FLAGGED] * 2
            for item, status in zip(manifest.items, statuses, strict=False):
                workspace.set_status(manifest.id, item.id, status)
    finally:
        package.close()
    capsys.readouterr()
    out = tmp_path / "b.bundle.json"
    assert main(["--data-dir", str(data), "bundle", str(package_path), "-o", str(out)]) == EXIT_OK
    assert capsys.readouterr().out == f"Wrote {out}: 3 done, 1 skipped, 2 flagged, 10 to do, of 16 items.\n"


# -- (d) a list cut short says how much is left out ----------------------------------------------


def pack_table(tmp_path: Path, name: str, rows: int) -> Path:
    """A package (id 'p') of `rows` texts with ids t01, t02, ..."""
    labels = write_json(tmp_path / "labels.json", LABELS["text"])
    out = tmp_path / f"{name}.zip"
    table = write_table(tmp_path / f"{name}.csv", rows)
    assert main(["pack", str(table), "--labels", str(labels), "-o", str(out), "--id", "p"]) == EXIT_OK
    return out


def test_a_bundle_of_another_package_version_says_how_many_items_are_unknown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full, small = pack_table(tmp_path, "full", 20), pack_table(tmp_path, "small", 3)
    bundle = tmp_path / "full.bundle.json"
    assert (
        main(["--data-dir", str(tmp_path / "data"), "bundle", str(full), "-o", str(bundle), "--annotator", "w1"]) == 0
    )
    capsys.readouterr()

    assert main(["validate", str(bundle), "--package", str(small)]) == EXIT_INVALID
    assert capsys.readouterr().err == (
        f"error: {bundle}: bundle was made from a different version of this package (manifest hash differs)\n"
        f"error: {bundle}: bundle has items the package does not: t04, t05, t06, t07, t08, and 12 more\n"
        "2 problems found.\n"
    )
    # Five unknown items are all named, with nothing added.
    five = open_package(pack_table(tmp_path, "fifteen", 15))
    try:
        reasons = bundle_matches_package(read_bundle(bundle), five.manifest, five.manifest_sha256)
    finally:
        five.close()
    assert reasons[-1] == "bundle has items the package does not: t16, t17, t18, t19, t20"


# -- (e) files are written with the user's umask -------------------------------------------------


@pytest.fixture
def umask() -> Iterator[None]:
    """Restores the process umask after a test that changes it."""
    saved = os.umask(0o022)
    os.umask(saved)
    try:
        yield
    finally:
        os.umask(saved)


def test_packages_and_bundles_follow_the_umask(umask: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    media = tmp_path / "media"
    media.mkdir()
    (media / "a.png").write_bytes(png_bytes())
    labels = write_json(tmp_path / "labels.json", LABELS["image"])
    for mask, expected in [(0o022, 0o644), (0o077, 0o600)]:
        os.umask(mask)
        root = tmp_path / f"umask-{mask:03o}"
        root.mkdir()
        zipped, folder, bundle = root / "pkg.zip", root / "pkg", root / "b.bundle.json"
        assert main(["pack", str(media), "--labels", str(labels), "-o", str(zipped)]) == EXIT_OK
        assert main(["pack", str(media), "--labels", str(labels), "-o", str(folder)]) == EXIT_OK
        data = ["--data-dir", str(tmp_path / "data")]
        assert main([*data, "bundle", str(zipped), "-o", str(bundle), "--annotator", "w1"]) == EXIT_OK
        written = [zipped, bundle, folder / "package.json", folder / "media" / "a.png"]
        assert {path.name: oct(mode_of(path)) for path in written} == {path.name: oct(expected) for path in written}
    capsys.readouterr()


def test_a_file_written_again_keeps_its_mode(umask: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.umask(0o022)
    labels = write_json(tmp_path / "labels.json", LABELS["text"])
    package = tmp_path / "pkg.zip"
    assert main(["pack", str(write_table(tmp_path / "t.csv", 2)), "--labels", str(labels), "-o", str(package)]) == 0
    bundle = tmp_path / "b.bundle.json"
    bundle.write_bytes(b"an older bundle")
    bundle.chmod(0o640)  # shared with the group, kept from others, on purpose
    assert main(["--data-dir", str(tmp_path / "data"), "bundle", str(package), "-o", str(bundle)]) == EXIT_OK
    assert oct(mode_of(bundle)) == oct(0o640)
    assert read_bundle(bundle)["summary"]["total"] == 2
    capsys.readouterr()

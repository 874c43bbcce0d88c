"""Failed writes name the file and leave nothing behind: a full disk, an output folder that does not exist."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from annotator.cli import EXIT_ERROR, main
from annotator.core.atomic import write_atomic
from annotator.core.errors import AnnotatorError
from tests.conftest import fill_disk
from tests.core.helpers import LABELS, png_bytes

NO_SPACE = "cannot write (No space left on device)"


@pytest.fixture
def labels(tmp_path: Path) -> Path:
    path = tmp_path / "labels.json"
    path.write_text(json.dumps({"image": LABELS["image"], "text": LABELS["text"]}))
    return path


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "texts.csv"
    path.write_text("id,text\n1,Caffè buono\n2,Straße\n", encoding="utf-8")
    return path


def disk_full_after(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    """Make os.write act as on a disk with `free` bytes left: it writes up to them, then raises ENOSPC."""
    real_write = os.write
    left = free

    def write(fd: int, data: bytes) -> int:
        nonlocal left
        if left <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written = real_write(fd, data[:left])
        left -= written
        return written

    monkeypatch.setattr(os, "write", write)


def command(kind: str, tmp_path: Path, out: Path, demo_package: Path, labels: Path, table: Path) -> list[str]:
    if kind == "bundle":
        return ["--data-dir", str(tmp_path / "data"), "bundle", str(demo_package), "-o", str(out), "--annotator", "w1"]
    return ["pack", str(table), "--labels", str(labels), "-o", str(out)]


# -- a full disk ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["bundle", "pack"])
def test_a_full_disk_names_the_file_keeps_the_old_one_and_leaves_no_temp_file(
    kind: str,
    tmp_path: Path,
    demo_package: Path,
    labels: Path,
    table: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / ("demo.bundle.json" if kind == "bundle" else "texts.zip")
    out.write_bytes(b"the older file")
    argv = command(kind, tmp_path, out, demo_package, labels, table)
    with monkeypatch.context() as patch:
        disk_full_after(patch, 100)  # part of the file is written before the disk fills up
        code = main(argv)
    _, err = capsys.readouterr()
    assert code == EXIT_ERROR
    assert err == f"error: {out}: {NO_SPACE}\n"
    assert out.read_bytes() == b"the older file"
    assert list(folder.iterdir()) == [out]


@pytest.mark.parametrize("kind", ["bundle", "pack"])
def test_a_really_full_disk_names_the_file_and_keeps_the_old_one(
    kind: str,
    tiny_disk: Path,
    tmp_path: Path,
    demo_package: Path,
    labels: Path,
    table: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tiny_disk / ("demo.bundle.json" if kind == "bundle" else "texts.zip")
    out.write_bytes(b"the older file")
    filler = fill_disk(tiny_disk)
    code = main(command(kind, tmp_path, out, demo_package, labels, table))
    _, err = capsys.readouterr()
    assert code == EXIT_ERROR
    assert err == f"error: {out}: {NO_SPACE}\n"
    assert out.read_bytes() == b"the older file"
    assert sorted(tiny_disk.iterdir()) == sorted([out, filler])


def test_write_atomic_raises_an_oserror_naming_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Callers that catch OSError (workers, the peaks cache) keep working, and now learn the file.
    target = tmp_path / "x.bin"
    disk_full_after(monkeypatch, 0)
    with pytest.raises(OSError) as caught:
        write_atomic(target, b"data")
    monkeypatch.undo()
    assert isinstance(caught.value, AnnotatorError)
    assert (caught.value.errno, caught.value.filename) == (errno.ENOSPC, str(target))
    assert str(caught.value) == f"{target}: {NO_SPACE}"
    assert list(tmp_path.iterdir()) == []


# -- folders that do not exist --------------------------------------------------------------------


def test_write_atomic_never_creates_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.bin"
    with pytest.raises(AnnotatorError) as caught:
        write_atomic(target, b"data")
    assert str(caught.value) == f"{target}: the folder {target.parent} does not exist"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["demo.bundle.json", "texts.zip", "package-folder"])
def test_output_into_a_missing_folder_is_refused_and_creates_nothing(
    name: str,
    tmp_path: Path,
    demo_package: Path,
    labels: Path,
    table: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "missing" / "dir" / name
    kind = "bundle" if name.endswith(".bundle.json") else "pack"
    code = main(command(kind, tmp_path, out, demo_package, labels, table))
    _, err = capsys.readouterr()
    assert code == EXIT_ERROR
    assert err == f"error: {out}: the folder {out.parent} does not exist\n"
    assert not (tmp_path / "missing").exists()
    assert not (tmp_path / "data").exists()  # the bundle's workspace is not even opened


def test_output_under_a_file_is_refused(
    tmp_path: Path, labels: Path, table: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = table / "texts.zip"
    code = main(["pack", str(table), "--labels", str(labels), "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == EXIT_ERROR
    assert err == f"error: {out}: {table} is not a folder\n"


# -- pack into a folder ---------------------------------------------------------------------------


@pytest.fixture
def images(tmp_path: Path) -> tuple[Path, int]:
    """A media folder with a subfolder (packed as media/sub/...), and the bytes of its files."""
    folder = tmp_path / "images"
    (folder / "sub").mkdir(parents=True)
    size = 0
    for name, color in [("a.png", (1, 2, 3)), ("b.png", (4, 5, 6))]:
        data = png_bytes(color=color)
        (folder / "sub" / name).write_bytes(data)
        size += len(data)
    return folder, size


@pytest.mark.parametrize("existed", [False, True], ids=["new folder", "empty folder"])
def test_pack_into_a_folder_removes_what_it_made_when_a_write_fails(
    existed: bool,
    images: tuple[Path, int],
    tmp_path: Path,
    labels: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source, media_size = images
    out = tmp_path / "package"
    if existed:
        out.mkdir()
    with monkeypatch.context() as patch:
        disk_full_after(patch, media_size)  # the media fit; package.json, written last, does not
        code = main(["pack", str(source), "--labels", str(labels), "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == EXIT_ERROR
    assert err == f"error: {out / 'package.json'}: {NO_SPACE}\n"
    if existed:
        assert list(out.iterdir()) == []
    else:
        assert not out.exists()

"""FolderTarget on a real folder: objects are files, writes are atomic, failures name the file and keep the old one."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from annotator.core.sync.folder_target import TEMP_FOLDER, FolderTarget
from annotator.core.sync.target import NotFoundError, PermanentError, Target, TransientError

NO_SPACE = "cannot write (No space left on device)"
UNSAFE_NAMES = [
    "",
    "../escape.json",
    "a//b.json",
    "/absolute.json",
    ".hidden.json",
    "a/../b.json",
    "dönnées.json",
    "a b",
]


def listed(target: Target, prefix: str = "") -> list[tuple[str, int]]:
    """(name, size) of what `target.list(prefix)` answers; tags are tested on their own."""
    return [(info.name, info.size) for info in target.list(prefix)]


def visible_files(root: Path) -> list[str]:
    """Every file under root a user would see, hidden folders and files left out."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts)
    )


def temp_files(root: Path) -> list[Path]:
    folder = root / TEMP_FOLDER
    return sorted(folder.iterdir()) if folder.exists() else []


def test_objects_are_files_under_the_root_in_folders_made_as_needed(folder_target: FolderTarget) -> None:
    folder_target.put("bundles/ada/x.delta.json", b'{"a": 1}')
    folder_target.put("packages/p.zip", b"zip")
    assert folder_target.get("bundles/ada/x.delta.json") == b'{"a": 1}'
    assert (folder_target.root / "bundles" / "ada" / "x.delta.json").read_bytes() == b'{"a": 1}'
    assert listed(folder_target, "") == [("bundles/ada/x.delta.json", 8), ("packages/p.zip", 3)]
    assert folder_target.description == f"folder {folder_target.root}"


def test_list_takes_a_folder_or_any_name_prefix_and_sorts(folder_target: FolderTarget) -> None:
    for name in ["b/2", "b/10", "a/x/1", "a/xy", "a/y", "ab"]:
        folder_target.put(name, name.encode())
    assert [info.name for info in folder_target.list("")] == ["a/x/1", "a/xy", "a/y", "ab", "b/10", "b/2"]
    assert [info.name for info in folder_target.list("a/")] == ["a/x/1", "a/xy", "a/y"]
    assert [info.name for info in folder_target.list("a/x")] == ["a/x/1", "a/xy"]
    assert [info.name for info in folder_target.list("a")] == ["a/x/1", "a/xy", "a/y", "ab"]
    assert folder_target.list("missing/") == []
    assert folder_target.list("a/x/1/") == []  # a file where a folder was asked for


def test_list_skips_hidden_unsafe_and_linked_names(folder_target: FolderTarget, tmp_path: Path) -> None:
    root = folder_target.root
    folder_target.put("ok.json", b"1")
    (root / ".DS_Store").write_bytes(b"x")
    (root / "notes with spaces.txt").write_bytes(b"x")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_bytes(b"x")
    (root / "ok").mkdir()
    (root / "ok" / ".~lock.ok.json#").write_bytes(b"x")
    (root / TEMP_FOLDER).mkdir(exist_ok=True)
    (root / TEMP_FOLDER / "half.part").write_bytes(b"half")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.json").write_bytes(b"secret")
    (root / "linked").symlink_to(outside, target_is_directory=True)
    (root / "link.json").symlink_to(outside / "secret.json")
    assert listed(folder_target, "") == [("ok.json", 1)]


def test_the_tag_changes_with_the_bytes_and_only_then(folder_target: FolderTarget) -> None:
    folder_target.put("a.json", b"one")
    [first] = folder_target.list("")
    assert first.tag and folder_target.list("") == [first]
    folder_target.put("a.json", b"two")  # same size, same second on a coarse clock
    [second] = folder_target.list("")
    assert second.tag != first.tag


def test_put_replaces_and_put_if_absent_never_does(folder_target: FolderTarget) -> None:
    assert folder_target.put_if_absent("a/b.json", b"first") is True
    assert folder_target.put_if_absent("a/b.json", b"second") is False
    assert folder_target.get("a/b.json") == b"first"
    folder_target.put("a/b.json", b"third")
    assert folder_target.get("a/b.json") == b"third"
    assert temp_files(folder_target.root) == []


def test_put_if_absent_without_hard_links_still_refuses_an_existing_object(
    folder_target: FolderTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(_source: str, _target: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))  # what vfat answers

    monkeypatch.setattr(os, "link", no_links)
    assert folder_target.put_if_absent("x.json", b"one") is True
    assert folder_target.put_if_absent("x.json", b"two") is False
    assert folder_target.get("x.json") == b"one"
    assert temp_files(folder_target.root) == []


def test_a_two_megabyte_object_comes_back_whole(folder_target: FolderTarget) -> None:
    data = os.urandom(2 * 1024 * 1024)
    assert folder_target.put_if_absent("packages/big.zip", data) is True
    assert folder_target.get("packages/big.zip") == data
    assert listed(folder_target, "packages/") == [("packages/big.zip", len(data))]


def test_delete_removes_and_a_missing_object_is_fine(folder_target: FolderTarget) -> None:
    folder_target.put("a/b.json", b"1")
    folder_target.delete("a/b.json")
    folder_target.delete("a/b.json")
    folder_target.delete("never/was.json")
    assert folder_target.list("") == []


def test_get_of_a_missing_object_names_it(folder_target: FolderTarget) -> None:
    with pytest.raises(NotFoundError, match="no such object") as caught:
        folder_target.get("bundles/none.json")
    assert str(folder_target.root / "bundles" / "none.json") in str(caught.value)


@pytest.mark.parametrize("name", UNSAFE_NAMES)
def test_unsafe_names_are_refused_before_any_file_is_touched(folder_target: FolderTarget, name: str) -> None:
    for call in (
        lambda: folder_target.get(name),
        lambda: folder_target.put(name, b"x"),
        lambda: folder_target.put_if_absent(name, b"x"),
        lambda: folder_target.delete(name),
    ):
        with pytest.raises(ValueError, match="not a sync object name"):
            call()
    with pytest.raises(ValueError):
        folder_target.list("../")
    assert list(folder_target.root.iterdir()) == []


def test_a_missing_root_is_permanent_and_named_never_created(tmp_path: Path) -> None:
    root = tmp_path / "unplugged"
    target = FolderTarget(root)
    for call in (
        lambda: target.put("a.json", b"x"),
        lambda: target.put_if_absent("a.json", b"x"),
        lambda: target.get("a.json"),
        lambda: target.list(""),
        lambda: target.delete("a.json"),
        target.check,
    ):
        with pytest.raises(PermanentError, match="does not exist") as caught:
            call()
        assert not isinstance(caught.value, NotFoundError)
        assert str(root) in str(caught.value)
    assert not root.exists()


def test_check_passes_on_a_writable_folder_and_leaves_nothing(folder_target: FolderTarget) -> None:
    folder_target.check()
    assert [path.name for path in folder_target.root.iterdir() if path.name != TEMP_FOLDER] == []
    assert temp_files(folder_target.root) == []


def test_check_refuses_a_file_as_root(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"x")
    with pytest.raises(PermanentError, match="not a folder"):
        FolderTarget(tmp_path / "file").check()


def test_check_sweeps_temp_files_a_day_old(folder_target: FolderTarget) -> None:
    folder = folder_target.root / TEMP_FOLDER
    folder.mkdir()
    (folder / "old.part").write_bytes(b"died mid-write")
    (folder / "fresh.part").write_bytes(b"another machine, writing now")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(folder / "old.part", (two_days_ago, two_days_ago))
    folder_target.check()
    assert [path.name for path in temp_files(folder_target.root)] == ["fresh.part"]


# -- failures -------------------------------------------------------------------------------------


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


@pytest.mark.parametrize("how", ["put", "put_if_absent"])
def test_a_full_disk_is_transient_names_the_file_and_keeps_the_old_one(
    folder_target: FolderTarget, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    folder_target.put("bundles/x.delta.json", b"the older file")
    name = "bundles/x.delta.json" if how == "put" else "bundles/y.delta.json"
    with monkeypatch.context() as patch:
        disk_full_after(patch, 100)  # part of the file is written before the disk fills up
        with pytest.raises(TransientError) as caught:
            getattr(folder_target, how)(name, b"new" * 1000)
    assert str(caught.value) == f"{folder_target.root / 'bundles' / name.split('/')[1]}: {NO_SPACE}"
    assert folder_target.get("bundles/x.delta.json") == b"the older file"
    assert listed(folder_target, "") == [("bundles/x.delta.json", 14)]
    assert temp_files(folder_target.root) == []


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (errno.EIO, TransientError),
        (errno.ETIMEDOUT, TransientError),
        (errno.EAGAIN, TransientError),
        (errno.EACCES, PermanentError),
        (errno.EROFS, PermanentError),
    ],
)
def test_os_errors_map_to_transient_or_permanent(
    folder_target: FolderTarget, monkeypatch: pytest.MonkeyPatch, code: int, kind: type[Exception]
) -> None:
    folder_target.put("a.json", b"old")

    def fail(_fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(kind, match=rf"a\.json: cannot write \({os.strerror(code)}\)"):
        folder_target.put("a.json", b"new")
    monkeypatch.undo()
    assert folder_target.get("a.json") == b"old"
    assert temp_files(folder_target.root) == []


def test_a_permission_error_reading_is_permanent(folder_target: FolderTarget, monkeypatch: pytest.MonkeyPatch) -> None:
    folder_target.put("a.json", b"old")

    def refuse(_path: Path) -> bytes:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(PermanentError, match="cannot read"):
        folder_target.get("a.json")


def test_a_really_full_disk_is_transient_and_keeps_the_old_file(tiny_disk: Path) -> None:
    target = FolderTarget(tiny_disk)
    target.put("bundles/x.delta.json", b"the older file")
    fd = os.open(tiny_disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        with pytest.raises(OSError) as full:
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)
    assert full.value.errno == errno.ENOSPC
    with pytest.raises(TransientError) as caught:
        target.put("bundles/x.delta.json", os.urandom(64 * 1024))
    assert str(caught.value) == f"{tiny_disk / 'bundles' / 'x.delta.json'}: {NO_SPACE}"
    assert target.get("bundles/x.delta.json") == b"the older file"
    assert visible_files(tiny_disk) == ["bundles/x.delta.json", "filler"]
    assert temp_files(tiny_disk) == []

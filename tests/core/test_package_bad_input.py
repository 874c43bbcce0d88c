"""Every bad package is refused with a Problem naming the file and the reason, as a folder and as a zip."""

from __future__ import annotations

import json
import os
import random
import re
import stat
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from annotator.cli import main
from annotator.core.errors import MediaError, PackageError, Problem
from annotator.core.media.probe import probe_image
from annotator.core.package import open_package, validate_package
from annotator.core.package_source import Limits
from tests.conftest import REPO_ROOT
from tests.core.helpers import (
    audio_bytes,
    make_package,
    manifest_dict,
    media_item,
    png_bytes,
    png_header_only,
    shown,
    text_item,
    write_folder_package,
    write_zip_package,
    zip_info,
)

LAYOUTS = ["folder", "zip"]
PNG = png_bytes()
WAV = audio_bytes("WAV")


@pytest.fixture(params=LAYOUTS)
def layout(request: pytest.FixtureRequest) -> str:
    """Run a test once with a package folder and once with a package zip."""
    return request.param


def refused(path: Path, *, limits: Limits | None = None) -> list[Problem]:
    """The problems open_package raises; validate_package must report the very same list."""
    with pytest.raises(PackageError) as caught:
        open_package(path, limits=limits)
    assert validate_package(path, limits=limits) == caught.value.problems
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)
    return caught.value.problems


def one_media_package(layout: str, tmp_path: Path, media: str, data: bytes, kind: str) -> Path:
    """A package of one media item whose hash matches `data`."""
    return make_package(layout, tmp_path, manifest_dict([media_item("m", kind, media, data)]), {media: data})


# -- the good package the bad ones are variations of ----------------------------------------------


def test_a_well_formed_package_opens_and_validates_clean(layout: str, tmp_path: Path) -> None:
    files = {"media/a.png": PNG, "media/a.wav": WAV, "README.md": b"# notes\n"}
    items = [
        media_item("img", "image", "media/a.png", PNG),
        media_item("aud", "audio", "media/a.wav", WAV),
        text_item("txt", "hello"),
    ]
    path = make_package(layout, tmp_path, manifest_dict(items), files)

    package = open_package(path)
    try:
        assert [item.id for item in package.manifest.items] == ["img", "aud", "txt"]
        assert package.media_bytes(package.manifest.items[0]) == PNG
        assert package.item_text(package.manifest.items[2]) == "hello"
    finally:
        package.close()
    assert validate_package(path) == []


def test_a_zip_with_everything_under_one_top_folder_opens(tmp_path: Path) -> None:
    document = manifest_dict([media_item("img", "image", "media/a.png", PNG)])
    files = {"inner/package.json": json.dumps(document).encode(), "inner/media/a.png": PNG}
    path = write_zip_package(tmp_path / "pkg.zip", None, files)
    package = open_package(path)
    try:
        assert package.media_bytes(package.manifest.items[0]) == PNG
        assert package.source.display("media/a.png") == f"{path}:inner/media/a.png"
    finally:
        package.close()


# -- the manifest itself --------------------------------------------------------------------------


def test_malformed_json_names_line_and_column(layout: str, tmp_path: Path) -> None:
    path = make_package(layout, tmp_path, b'{"format": "annotator.package",\n  "id": }\n')
    assert refused(path) == [
        Problem(shown(path, "package.json"), "malformed JSON at line 2, column 9: Expecting value")
    ]


def test_manifest_that_is_not_utf8_names_the_byte(layout: str, tmp_path: Path) -> None:
    raw = '{"title": "café"}'.encode("latin-1")
    path = make_package(layout, tmp_path, raw)
    assert refused(path) == [
        Problem(shown(path, "package.json"), f"not UTF-8 text (invalid byte 0xe9 on line 1, at byte {raw.index(0xE9)}); save it as UTF-8")
    ]


def test_unknown_schema_version_is_refused(layout: str, tmp_path: Path) -> None:
    path = make_package(layout, tmp_path, manifest_dict([text_item("a", "x")], schema_version=2))
    assert refused(path) == [Problem(shown(path, "package.json"), "unknown schema version 2; this app reads version 1")]


def test_duplicate_item_ids_are_refused(layout: str, tmp_path: Path) -> None:
    path = make_package(layout, tmp_path, manifest_dict([text_item("a", "one"), text_item("a", "two")]))
    assert refused(path) == [Problem(shown(path, "package.json"), "duplicate item id 'a' (items #1 and #2)")]


def test_an_item_carrying_an_answer_is_refused(layout: str, tmp_path: Path) -> None:
    path = make_package(layout, tmp_path, manifest_dict([text_item("a", "one", answer="positive")]))
    assert refused(path) == [
        Problem(
            shown(path, "package.json"),
            "item 'a': field 'answer' would ship an answer; answers never go in a package",
        )
    ]


def test_no_manifest_at_the_top(layout: str, tmp_path: Path) -> None:
    if layout == "folder":
        path = tmp_path / "pkg"
        (path / "media").mkdir(parents=True)
        (path / "media" / "a.png").write_bytes(PNG)
    else:
        path = write_zip_package(tmp_path / "pkg.zip", None, {"media/a.png": PNG})
    assert refused(path) == [Problem(str(path), "no package.json at the top of the package")]


# -- media listed, present and matching ----------------------------------------------------------


def test_missing_media_is_named(layout: str, tmp_path: Path) -> None:
    path = make_package(layout, tmp_path, manifest_dict([media_item("img", "image", "media/a.png", PNG)]))
    assert refused(path) == [
        Problem(shown(path, "media/a.png"), "missing: listed by item 'img' but not in the package")
    ]


def test_unlisted_media_is_named(layout: str, tmp_path: Path) -> None:
    files = {"media/a.png": PNG, "media/extra.png": PNG, "README.md": b"documents may sit beside the manifest"}
    path = make_package(layout, tmp_path, manifest_dict([media_item("img", "image", "media/a.png", PNG)]), files)
    assert refused(path) == [Problem(shown(path, "media/extra.png"), "not listed by any item in package.json")]


def test_media_of_the_wrong_type_for_its_kind(layout: str, tmp_path: Path) -> None:
    path = one_media_package(layout, tmp_path, "media/a.wav", WAV, "image")
    assert refused(path) == [
        Problem(shown(path, "media/a.wav"), "item 'm' is image, but this is not a image file type")
    ]


def test_media_hash_mismatch_via_validate(layout: str, tmp_path: Path) -> None:
    items = [media_item("img", "image", "media/a.png", PNG)]
    altered = PNG[:-1] + bytes([PNG[-1] ^ 0xFF])
    path = make_package(layout, tmp_path, manifest_dict(items), {"media/a.png": altered})
    assert validate_package(path) == [
        Problem(shown(path, "media/a.png"), "does not match its SHA-256 in package.json (damaged or altered)")
    ]


def test_media_hash_mismatch_via_media_bytes(layout: str, tmp_path: Path) -> None:
    items = [media_item("img", "image", "media/a.png", PNG)]
    path = make_package(layout, tmp_path, manifest_dict(items), {"media/a.png": PNG + b"\x00"})
    package = open_package(path)  # hashes are checked on read, not on open
    try:
        with pytest.raises(MediaError) as caught:
            package.media_bytes(package.manifest.items[0])
    finally:
        package.close()
    assert caught.value.problem == Problem(
        shown(path, "media/a.png"), "does not match its SHA-256 in package.json (damaged or altered)"
    )


# -- paths that would leave the package -----------------------------------------------------------


@pytest.mark.parametrize(
    ("media", "reason"),
    [
        ("../secret.png", "path leaves the package ('..')"),
        ("media/../../secret.png", "path leaves the package ('..')"),
        ("/etc/passwd", "absolute path is not allowed"),
        ("C:/x", "absolute path is not allowed"),
        ("media\\a.png", "backslash in path (use '/')"),
        ("media/./a.png", "path is not normalised (empty or '.' segment)"),
    ],
)
def test_unsafe_media_path_in_an_item(layout: str, tmp_path: Path, media: str, reason: str) -> None:
    path = make_package(layout, tmp_path, manifest_dict([media_item("img", "image", media, PNG)]))
    assert refused(path) == [Problem(shown(path, "package.json"), f"item 'img': media '{media}': {reason}")]


@pytest.mark.parametrize(
    ("entry", "reason"),
    [("../evil.txt", "path leaves the package ('..')"), ("/abs.txt", "absolute path is not allowed")],
)
def test_unsafe_zip_entry_name(tmp_path: Path, entry: str, reason: str) -> None:
    document = manifest_dict([media_item("img", "image", "media/a.png", PNG)])
    path = write_zip_package(tmp_path / "pkg.zip", document, {"media/a.png": PNG}, infos=[(zip_info(entry), b"x")])
    assert [info.filename for info in zipfile.ZipFile(path).infolist()][-1] == entry  # kept raw
    assert refused(path) == [Problem(f"{path}:{entry}", reason)]
    assert not (tmp_path / "evil.txt").exists()


# -- symbolic links -------------------------------------------------------------------------------


def test_symlink_file_in_a_folder_package(tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(PNG)
    path = write_folder_package(tmp_path / "pkg", manifest_dict([media_item("img", "image", "media/a.png", PNG)]))
    (path / "media").mkdir()
    (path / "media" / "a.png").write_bytes(PNG)
    os.symlink(outside, path / "media" / "link.png")
    assert refused(path) == [Problem(str(path / "media" / "link.png"), "symbolic links are not allowed in a package")]


def test_listed_media_that_is_a_symlink(tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(PNG)
    path = write_folder_package(tmp_path / "pkg", manifest_dict([media_item("img", "image", "media/a.png", PNG)]))
    (path / "media").mkdir()
    os.symlink(outside, path / "media" / "a.png")
    assert refused(path) == [
        Problem(str(path / "media" / "a.png"), "symbolic links are not allowed in a package"),
        Problem(str(path / "media" / "a.png"), "missing: listed by item 'img' but not in the package"),
    ]


def test_symlinked_folder_in_a_folder_package(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "b.png").write_bytes(PNG)
    path = write_folder_package(tmp_path / "pkg", manifest_dict([text_item("a", "x")]))
    os.symlink(outside, path / "media", target_is_directory=True)
    assert refused(path) == [Problem(str(path / "media"), "symbolic links are not allowed in a package")]


def test_symlinked_package_folder_is_refused(tmp_path: Path) -> None:
    real = write_folder_package(tmp_path / "pkg", manifest_dict([text_item("a", "x")]))
    link = tmp_path / "link"
    os.symlink(real, link, target_is_directory=True)
    assert refused(link) == [Problem(str(link), "a package folder may not be a symbolic link")]


def test_symlink_entry_in_a_zip(tmp_path: Path) -> None:
    document = manifest_dict([media_item("img", "image", "media/a.png", PNG)])
    link = zip_info("media/link.png", mode=stat.S_IFLNK | 0o777)
    path = write_zip_package(tmp_path / "pkg.zip", document, {"media/a.png": PNG}, infos=[(link, b"/etc/passwd")])
    assert refused(path) == [Problem(f"{path}:media/link.png", "symbolic links are not allowed in a package")]


# -- zip bombs ------------------------------------------------------------------------------------


def test_zip_with_too_many_entries(tmp_path: Path) -> None:
    files = {f"media/{n}.png": PNG for n in range(3)}
    items = [media_item(f"i{n}", "image", f"media/{n}.png", PNG) for n in range(3)]
    path = write_zip_package(tmp_path / "pkg.zip", manifest_dict(items), files)
    assert refused(path, limits=Limits(max_files=3)) == [
        Problem(str(path), "zip holds 4 entries, more than the limit of 3")
    ]
    assert validate_package(path, limits=Limits(max_files=4)) == []


def test_zip_whose_total_size_is_over_the_limit(tmp_path: Path) -> None:
    items = [media_item("img", "image", "media/a.png", PNG)]
    path = write_zip_package(tmp_path / "pkg.zip", manifest_dict(items), {"media/a.png": PNG})
    total = sum(info.file_size for info in zipfile.ZipFile(path).infolist())
    assert refused(path, limits=Limits(max_total_bytes=total - 1)) == [
        Problem(str(path), f"zip unpacks to {total} bytes, more than the limit of {total - 1}")
    ]
    assert validate_package(path, limits=Limits(max_total_bytes=total)) == []


def test_zip_entry_with_a_high_compression_ratio(tmp_path: Path) -> None:
    zeros = bytes(20_000)
    path = write_zip_package(tmp_path / "pkg.zip", manifest_dict([text_item("a", "x")]), {"media/zeros.bin": zeros})
    info = zipfile.ZipFile(path).getinfo("media/zeros.bin")
    ratio = info.file_size / info.compress_size
    assert ratio > 10
    limits = Limits(max_ratio=10, ratio_min_bytes=10_000)
    assert refused(path, limits=limits) == [
        Problem(f"{path}:media/zeros.bin", f"compression ratio {ratio:.0f}:1 exceeds the limit of 10:1 (zip bomb?)")
    ]
    # Below ratio_min_bytes an entry is not judged by its ratio: it is merely an unlisted file.
    assert refused(path, limits=Limits(max_ratio=10, ratio_min_bytes=20_001)) == [
        Problem(f"{path}:media/zeros.bin", "not listed by any item in package.json")
    ]


def test_real_20mb_of_zeros_is_refused_with_default_limits(tmp_path: Path) -> None:
    zeros = bytes(20 * 1024 * 1024)
    wav_like = zip_info("media/zeros.bin")
    path = write_zip_package(tmp_path / "pkg.zip", manifest_dict([text_item("a", "x")]), infos=[(wav_like, zeros)])
    assert path.stat().st_size < 64 * 1024
    problems = refused(path)
    assert len(problems) == 1
    assert problems[0].file == f"{path}:media/zeros.bin"
    assert re.fullmatch(r"compression ratio \d+:1 exceeds the limit of 200:1 \(zip bomb\?\)", problems[0].reason)


# -- media that does not decode -------------------------------------------------------------------


def test_image_decompression_bomb(layout: str, tmp_path: Path) -> None:
    bomb = png_header_only(100_000, 100_000)
    assert len(bomb) < 100
    path = one_media_package(layout, tmp_path, "media/bomb.png", bomb, "image")
    open_package(path).close()  # opening reads no media
    problems = validate_package(path)
    assert [p.file for p in problems] == [shown(path, "media/bomb.png")]
    assert "decompression bomb" in problems[0].reason


def test_image_over_a_custom_pixel_limit(layout: str, tmp_path: Path) -> None:
    path = one_media_package(layout, tmp_path, "media/a.png", png_bytes(20, 20), "image")
    assert validate_package(path, limits=Limits(max_image_pixels=100)) == [
        Problem(
            shown(path, "media/a.png"),
            "image declares 20x20 = 400 pixels, more than the limit of 100 (decompression bomb?)",
        )
    ]
    assert validate_package(path, limits=Limits(max_image_pixels=400)) == []


@pytest.mark.parametrize(("width", "height"), [(12_000, 10_000), (11_000, 11_000)])
def test_image_under_our_limits_is_accepted_without_pillow_objecting(width: int, height: int) -> None:
    # Our limits (pixels, and decoded bytes for PNG) are the one ceiling; Pillow's own smaller guess
    # must not refuse (or warn about) a header the limits allow. (The header alone is a truncated
    # file, which validate refuses: see tests/core/test_reader_refusals.py.)
    limits = Limits()
    assert width * height < limits.max_image_pixels
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        info = probe_image(
            png_header_only(width, height),
            "big.png",
            max_pixels=limits.max_image_pixels,
            max_decoded_bytes=limits.max_decoded_image_bytes,
        )
    assert (info.width, info.height) == (width, height)


def test_corrupt_image(layout: str, tmp_path: Path) -> None:
    noise = random.Random(7).randbytes(4096)
    path = one_media_package(layout, tmp_path, "media/photo.jpg", noise, "image")
    problems = validate_package(path)
    assert [p.file for p in problems] == [shown(path, "media/photo.jpg")]
    assert problems[0].reason == "not a readable image (unknown format, or the file is damaged)"


def test_zero_length_audio(layout: str, tmp_path: Path) -> None:
    path = one_media_package(layout, tmp_path, "media/empty.wav", b"", "audio")
    assert validate_package(path) == [Problem(shown(path, "media/empty.wav"), "audio file is empty (0 bytes)")]


def test_audio_cut_after_its_header(layout: str, tmp_path: Path) -> None:
    path = one_media_package(layout, tmp_path, "media/cut.wav", WAV[:44], "audio")
    assert validate_package(path) == [Problem(shown(path, "media/cut.wav"), "audio file holds no samples (truncated?)")]


def test_audio_cut_in_the_middle_of_its_samples(layout: str, tmp_path: Path) -> None:
    # The WAV header still declares 2000 frames; only a few dozen are left in the file.
    path = one_media_package(layout, tmp_path, "media/cut.wav", WAV[:100], "audio")
    problems = validate_package(path)
    assert [p.file for p in problems] == [shown(path, "media/cut.wav")]
    assert "truncated" in problems[0].reason


def test_garbage_audio(layout: str, tmp_path: Path) -> None:
    path = one_media_package(layout, tmp_path, "media/noise.flac", random.Random(3).randbytes(2048), "audio")
    problems = validate_package(path)
    assert [p.file for p in problems] == [shown(path, "media/noise.flac")]
    assert problems[0].reason.startswith("not a readable audio file (")


def test_m4a_audio_is_named_as_unsupported(layout: str, tmp_path: Path) -> None:
    path = one_media_package(layout, tmp_path, "media/voice.m4a", b"\x00\x00\x00\x20ftypM4A " + bytes(64), "audio")
    assert validate_package(path) == [
        Problem(
            shown(path, "media/voice.m4a"),
            ".m4a audio is not supported; convert it to WAV, FLAC, OGG, Opus or MP3",
        )
    ]


def test_text_file_that_is_not_utf8(layout: str, tmp_path: Path) -> None:
    latin1 = "café au lait".encode("latin-1")
    path = one_media_package(layout, tmp_path, "texts/a.txt", latin1, "text")
    reason = "not UTF-8 text (invalid byte 0xe9 at offset 3); save it as UTF-8"
    assert validate_package(path) == [Problem(shown(path, "texts/a.txt"), reason)]
    package = open_package(path)
    try:
        with pytest.raises(MediaError) as caught:
            package.item_text(package.manifest.items[0])
    finally:
        package.close()
    assert caught.value.problem == Problem(shown(path, "texts/a.txt"), reason)


def test_utf8_text_file_with_bom_is_read(layout: str, tmp_path: Path) -> None:
    data = "\ufeffcafé ✓".encode()
    path = one_media_package(layout, tmp_path, "texts/a.txt", data, "text")
    package = open_package(path)
    try:
        assert package.item_text(package.manifest.items[0]) == "café ✓"
    finally:
        package.close()


# -- not a package at all -------------------------------------------------------------------------


def test_path_that_does_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.zip"
    assert refused(path) == [Problem(str(path), "no such file or folder")]


def test_file_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "pkg.zip"
    path.write_text("this is plain text, not a zip\n")
    assert refused(path) == [Problem(str(path), "not a readable zip file (File is not a zip file)")]


def test_zip_with_a_corrupt_media_entry_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    data = b"not really an image, but hashed and listed" * 4
    document = manifest_dict([media_item("img", "image", "media/a.png", data)])
    path = write_zip_package(
        tmp_path / "pkg.zip", document, infos=[(zip_info("media/a.png", compress_type=zipfile.ZIP_STORED), data)]
    )
    raw = bytearray(path.read_bytes())
    raw[raw.index(data)] ^= 0x01  # one flipped bit in the stored member: its CRC no longer matches
    path.write_bytes(bytes(raw))
    problems = validate_package(path)
    assert [p.file for p in problems] == [f"{path}:media/a.png"]


def test_zip_with_a_corrupt_manifest_entry_is_a_package_error(tmp_path: Path) -> None:
    document = manifest_dict([text_item("a", "x")])
    raw_manifest = json.dumps(document).encode()
    path = write_zip_package(
        tmp_path / "pkg.zip", None, infos=[(zip_info("package.json", compress_type=zipfile.ZIP_STORED), raw_manifest)]
    )
    raw = bytearray(path.read_bytes())
    raw[raw.index(raw_manifest) + 3] ^= 0x01
    path.write_bytes(bytes(raw))
    problems = refused(path)
    assert [p.file for p in problems] == [f"{path}:package.json"]


# -- the command line -----------------------------------------------------------------------------


def bad_package(tmp_path: Path) -> Path:
    """A folder package with two problems: a missing media file and an unlisted one."""
    document = manifest_dict([media_item("img", "image", "media/a.png", PNG)])
    return write_folder_package(tmp_path / "bad", document, {"media/other.png": PNG})


def test_cli_validate_prints_each_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = bad_package(tmp_path)
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"error: {path / 'media/a.png'}: missing: listed by item 'img' but not in the package",
        f"error: {path / 'media/other.png'}: not listed by any item in package.json",
        "2 problems found.",
    ]


def test_cli_validate_in_a_real_process_shows_no_traceback(tmp_path: Path) -> None:
    path = bad_package(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "validate", str(path)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert f"error: {path / 'media/a.png'}: missing: listed by item 'img' but not in the package" in result.stderr
    assert f"error: {path / 'media/other.png'}: not listed by any item in package.json" in result.stderr
    assert result.stderr.rstrip().endswith("2 problems found.")


def test_cli_validate_a_good_package(demo_package: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(demo_package)]) == 0
    assert capsys.readouterr().out == f"OK: {demo_package} is a valid work package.\n"

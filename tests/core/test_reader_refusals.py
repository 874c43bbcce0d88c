"""Each bad input of the readers issue, refused with its exact message by the core and by `annotator validate` (exit 1, no traceback)."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from annotator.cli import main
from annotator.core.bundle import HASH_FIELD, build_bundle, bundle_bytes, content_hash
from annotator.core.errors import MediaError, Problem
from annotator.core.media.probe import exif_orientation, image_geometry
from annotator.core.package import validate_package
from annotator.core.package_source import Limits
from tests.conftest import REPO_ROOT
from tests.core.helpers import (
    audio_bytes,
    make_package,
    manifest_dict,
    media_item,
    png_header_only,
    small_manifest,
    text_item,
    write_zip_package,
    zip_info,
)

DEMO_JPEG = (REPO_ROOT / "resources/demo/media/chelsea.jpg").read_bytes()


def validate_cli(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """`annotator validate PATH`: exit 1, nothing on stdout, and the error lines it printed."""
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    count = len(lines) - 1
    assert lines[-1] == f"{count} problem{'s' if count != 1 else ''} found."
    return lines[:-1]


# -- package manifests ----------------------------------------------------------------------------


def manifest_with(items: list[dict[str, Any]] | None = None, **fields: Any) -> dict[str, Any]:
    return manifest_dict(items if items is not None else [text_item("t1", "hello")], **fields)


def test_corrupt_deflate_data_in_the_manifest_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_zip_package(tmp_path / "pkg.zip", manifest_with())
    raw = bytearray(path.read_bytes())
    offset = 30 + len("package.json")  # the first local header carries no extra field
    raw[offset] = 0xFF  # deflate block type 3: reserved, invalid in every zlib
    path.write_bytes(raw)
    reason = (
        "cannot be unpacked: the zip entry is damaged "
        "(deflate data is corrupt: Error -3 while decompressing data: invalid block type)"
    )
    assert validate_package(path) == [Problem(f"{path}:package.json", reason)]
    assert validate_cli(path, capsys) == [f"error: {path}:package.json: {reason}"]


def _patch_central_entry(path: Path, *, method: int | None = None, flags: int | None = None) -> None:
    raw = bytearray(path.read_bytes())
    at = raw.index(b"PK\x01\x02")
    if flags is not None:
        struct.pack_into("<H", raw, at + 8, flags)
    if method is not None:
        struct.pack_into("<H", raw, at + 10, method)
    path.write_bytes(raw)


def test_unknown_compression_method(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_zip_package(tmp_path / "pkg.zip", manifest_with())
    _patch_central_entry(path, method=99)
    reason = "zip compression method 99 is not supported (use deflate or store; zip it again with a common tool)"
    assert validate_package(path) == [Problem(f"{path}:package.json", reason)]
    assert validate_cli(path, capsys) == [f"error: {path}:package.json: {reason}"]


def test_patched_data_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_zip_package(tmp_path / "pkg.zip", manifest_with())
    _patch_central_entry(path, flags=0x20)
    reason = "patched-data zip entries (flag bit 5) are not supported"
    assert validate_package(path) == [Problem(f"{path}:package.json", reason)]
    assert validate_cli(path, capsys) == [f"error: {path}:package.json: {reason}"]


def test_manifest_nested_100000_deep(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = json.dumps(manifest_with())[:-1].encode() + b', "deep": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    path = make_package("folder", tmp_path, raw)
    reason = "JSON refused: arrays or objects nested more than 64 levels deep"
    assert validate_package(path) == [Problem(str(path / "package.json"), reason)]
    assert validate_cli(path, capsys) == [f"error: {path / 'package.json'}: {reason}"]


def test_manifest_integer_of_5000_digits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = json.dumps(manifest_with(pay={"currency": "USD", "per_item": 1})).replace(
        '"per_item": 1', '"per_item": ' + "9" * 5000
    )
    path = make_package("zip", tmp_path, raw.encode())
    reason = "JSON refused: an integer of 5,000 digits is too large (at most 19 digits)"
    assert validate_package(path) == [Problem(f"{path}:package.json", reason)]
    assert validate_cli(path, capsys) == [f"error: {path}:package.json: {reason}"]


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        (
            text_item("t1", "hi", prelabel={"labels": [["positive"]]}),
            "'items[0].prelabel.labels[0]': must be a string (found a list)",
        ),
        (
            media_item("i1", "image", "media/a.png", b"x", prelabel={"boxes": 5}),
            "'items[0].prelabel.boxes': must be a list (found an integer)",
        ),
        (
            media_item("a1", "audio", "media/a.wav", b"x", prelabel={"segments": None}),
            "'items[0].prelabel.segments': must be a list (found null)",
        ),
    ],
    ids=["labels-list-of-lists", "boxes-int", "segments-null"],
)
def test_prelabel_of_the_wrong_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], item: dict[str, Any], reason: str
) -> None:
    path = make_package("folder", tmp_path, manifest_with([item]), {"media/a.png": b"x", "media/a.wav": b"x"})
    assert validate_package(path) == [Problem(str(path / "package.json"), reason)]
    assert validate_cli(path, capsys) == [f"error: {path / 'package.json'}: {reason}"]


def test_lone_surrogate_speaker_in_a_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = manifest_with()
    document["labels"]["audio"] = {"mode": "single", "labels": [], "speakers": ["A", "SPEAKER"]}
    raw = json.dumps(document).replace('"SPEAKER"', '"\\udc00"').encode()
    path = make_package("folder", tmp_path, raw)
    reason = "JSON refused: labels.audio.speakers[1] holds an invalid Unicode escape (a lone surrogate)"
    assert validate_package(path) == [Problem(str(path / "package.json"), reason)]
    assert validate_cli(path, capsys) == [f"error: {path / 'package.json'}: {reason}"]


def test_instructions_over_the_cap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_package("folder", tmp_path, manifest_with(instructions="# Read me\n" + "x" * 5_000_000))
    reason = "'instructions': is longer than the limit of 200,000 characters"
    assert validate_package(path) == [Problem(str(path / "package.json"), reason)]
    assert validate_cli(path, capsys) == [f"error: {path / 'package.json'}: {reason}"]


# -- bundles --------------------------------------------------------------------------------------


def bundle_document() -> dict[str, Any]:
    return build_bundle(small_manifest(), manifest_sha256="a" * 64, annotator="worker-1")


def write_bundle_text(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "b.bundle.json"
    path.write_text(text, encoding="utf-8")
    return path


def rehashed_bytes(document: dict[str, Any]) -> bytes:
    document[HASH_FIELD] = content_hash(document)
    return bundle_bytes(document)


def test_bundle_nested_100000_deep(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_bundle_text(tmp_path, '{"items": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert validate_cli(path, capsys) == [f"error: {path}: JSON refused: arrays or objects nested more than 64 levels deep"]


def test_bundle_integer_of_5000_digits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = bundle_bytes(bundle_document()).decode().replace('"active_ms":0', '"active_ms":' + "1" * 5000, 1)
    path = write_bundle_text(tmp_path, raw)
    assert validate_cli(path, capsys) == [
        f"error: {path}: JSON refused: an integer of 5,000 digits is too large (at most 19 digits)"
    ]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_bundle_holding_nan(tmp_path: Path, capsys: pytest.CaptureFixture[str], literal: str) -> None:
    raw = bundle_bytes(bundle_document()).decode().replace('"annotation":null', f'"annotation":{literal}', 1)
    path = write_bundle_text(tmp_path, raw)
    assert validate_cli(path, capsys) == [
        f"error: {path}: JSON refused: {literal} is not a JSON number (NaN and Infinity are not allowed)"
    ]


def test_bundle_holding_a_float_out_of_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = bundle_bytes(bundle_document()).decode().replace('"annotation":null', '"annotation":1e400', 1)
    path = write_bundle_text(tmp_path, raw)
    assert validate_cli(path, capsys) == [f"error: {path}: JSON refused: the number 1e400 is out of range"]


def test_bundle_holding_a_lone_surrogate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = bundle_bytes(bundle_document()).decode().replace('"comment":""', '"comment":"\\ud800"', 1)
    path = write_bundle_text(tmp_path, raw)
    assert validate_cli(path, capsys) == [
        f"error: {path}: JSON refused: items[0].comment holds an invalid Unicode escape (a lone surrogate)"
    ]


def test_bundle_item_whose_status_is_a_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = bundle_document()
    document["items"][0]["status"] = ["done"]
    path = tmp_path / "b.bundle.json"
    path.write_bytes(rehashed_bytes(document))
    assert validate_cli(path, capsys) == [
        f'error: {path}: \'items[0].status\': must be one of "todo", "done", "skipped", "flagged" (found a list)'
    ]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["items"][0].update(comment=5), "'items[0].comment': must be a string (found an integer)"),
        (lambda d: d["app"].update(name="other"), '\'app.name\': must be "annotator" (found "other")'),
        (
            lambda d: d["items"][0].update(created_at=[]),
            "'items[0].created_at': must be null or a string (found a list)",
        ),
        (
            lambda d: d["items"][0].update(annotation={"labels": "positive"}),
            "'items[0].annotation': missing field 'answer'",
        ),
        (lambda d: d["summary"].update(done=-1), "'summary.done': must be at least 0 (found -1)"),
    ],
    ids=["comment-int", "app-name", "created-list", "annotation-shape", "summary-negative"],
)
def test_bundle_that_its_own_schema_rejects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, reason: str
) -> None:
    document = bundle_document()
    change(document)
    path = tmp_path / "b.bundle.json"
    path.write_bytes(rehashed_bytes(document))
    assert validate_cli(path, capsys)[0] == f"error: {path}: {reason}"


def test_bundle_with_duplicate_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = bundle_bytes(bundle_document()).decode().replace('"status":"todo"', '"status":"todo","status":"done"', 1)
    path = write_bundle_text(tmp_path, raw)
    assert validate_cli(path, capsys) == [f"error: {path}: JSON refused: the key 'status' appears twice in one object"]


# -- media ---------------------------------------------------------------------------------------


def test_truncated_jpeg_is_refused_by_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cut = DEMO_JPEG[: len(DEMO_JPEG) // 3]
    path = make_package(
        "zip", tmp_path, manifest_with([media_item("i1", "image", "media/c.jpg", cut)]), {"media/c.jpg": cut}
    )
    reason = "image file is truncated: the JPEG ends before its last row (part of the picture is missing)"
    assert validate_package(path) == [Problem(f"{path}:media/c.jpg", reason)]
    assert validate_cli(path, capsys) == [f"error: {path}:media/c.jpg: {reason}"]


def test_whole_jpeg_with_exif_thumbnail_passes(tmp_path: Path) -> None:
    # An EXIF thumbnail carries an end marker of its own before the picture: not a reason to pass
    # a truncated file, nor to refuse a whole one.
    image = Image.new("RGB", (320, 200), (10, 120, 200))
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    data = buffer.getvalue()
    path = make_package(
        "folder", tmp_path, manifest_with([media_item("i1", "image", "media/e.jpg", data)]), {"media/e.jpg": data}
    )
    assert validate_package(path) == []


def test_truncated_png_is_refused_by_validate(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((300, 200), 60).save(buffer, "PNG")
    cut = buffer.getvalue()[: len(buffer.getvalue()) // 2]
    path = make_package(
        "folder", tmp_path, manifest_with([media_item("i1", "image", "media/n.png", cut)]), {"media/n.png": cut}
    )
    assert validate_package(path) == [
        Problem(
            str(path / "media/n.png"), "image file is truncated inside its IDAT chunk (part of the picture is missing)"
        )
    ]


def grayscale_png_bomb(side: int) -> bytes:
    """A real side x side grayscale PNG of zeros: a few hundred KB that inflate to side^2 bytes."""
    deflate = zlib.compressobj(9)
    row = bytes(side + 1)  # filter byte 0 and a black row
    body = b"".join(deflate.compress(row) for _ in range(side)) + deflate.flush()

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def png_bomb() -> bytes:
    return grayscale_png_bomb(30_000)  # 900 megapixels


def test_900_megapixel_png_bomb_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], png_bomb: bytes
) -> None:
    assert len(png_bomb) < 2_000_000
    path = make_package(
        "folder",
        tmp_path,
        manifest_with([media_item("i1", "image", "media/b.png", png_bomb)]),
        {"media/b.png": png_bomb},
    )
    reason = (
        "PNG image of 30000x30000 would need 3,433 MB to decode (the limit is 512 MB; PNG cannot be decoded "
        "at a reduced size): convert it to JPEG or split it"
    )
    started = time.perf_counter()
    assert validate_package(path) == [Problem(str(path / "media/b.png"), reason)]
    assert time.perf_counter() - started < 2.0
    assert validate_cli(path, capsys) == [f"error: {path / 'media/b.png'}: {reason}"]
    # The editor asks image_geometry first, so it shows this message instead of decoding.
    with pytest.raises(MediaError, match="would need 3,433 MB to decode"):
        image_geometry(png_bomb, "b.png")


def test_31000_square_rgba_png_is_refused_without_decoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    header = png_header_only(31_000, 31_000)
    path = make_package(
        "zip", tmp_path, manifest_with([media_item("i1", "image", "media/r.png", header)]), {"media/r.png": header}
    )
    reason = (
        "PNG image of 31000x31000 would need 3,666 MB to decode (the limit is 512 MB; PNG cannot be decoded "
        "at a reduced size): convert it to JPEG or split it"
    )
    assert validate_cli(path, capsys) == [f"error: {path}:media/r.png: {reason}"]


def test_png_exif_after_the_pixels_is_read_without_decoding_them() -> None:
    # Pillow's getexif() decodes the whole PNG to reach an eXIf chunk placed after IDAT.
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    Image.new("RGB", (64, 32), (1, 2, 3)).save(buffer, "PNG")
    data = buffer.getvalue()
    iend = data.rindex(b"IEND") - 4
    raw = exif.tobytes()
    chunk = struct.pack(">I", len(raw)) + b"eXIf" + raw + struct.pack(">I", zlib.crc32(b"eXIf" + raw) & 0xFFFFFFFF)
    data = data[:iend] + chunk + data[iend:]
    assert exif_orientation(data, "PNG") == 6
    assert image_geometry(data, "e.png") == {"orientation": 6, "raw_size": [64, 32], "display_size": [32, 64]}


def test_12000_by_8400_rgb_png_is_within_the_limits() -> None:
    from annotator.core.media.probe import probe_image

    limits = Limits()
    info = probe_image(
        png_header_only(12_000, 8_400),
        "big.png",
        max_pixels=limits.max_image_pixels,
        max_decoded_bytes=limits.max_decoded_image_bytes,
    )
    assert (info.width, info.height, info.format) == (12_000, 8_400, "PNG")


def test_messages_never_show_python_object_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    noise = bytes(range(256)) * 16
    path = make_package(
        "folder", tmp_path, manifest_with([media_item("i1", "image", "media/x.jpg", noise)]), {"media/x.jpg": noise}
    )
    lines = validate_cli(path, capsys)
    assert lines == [f"error: {path / 'media/x.jpg'}: not a readable image (unknown format, or the file is damaged)"]
    assert "object at 0x" not in "".join(lines)


# -- zip limits that must hold before memory is spent -------------------------------------------


def test_zip_declaring_3000001_entries_is_refused_from_its_end_record(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for index in range(70_000):  # past 65,535: zipfile writes the ZIP64 end records
            archive.writestr(zip_info(f"e/{index}"), b"")
    raw = bytearray(path.read_bytes())
    at = raw.rindex(b"PK\x06\x06")
    struct.pack_into("<QQ", raw, at + 24, 3_000_001, 3_000_001)
    path.write_bytes(raw)
    started = time.perf_counter()
    assert validate_package(path) == [Problem(str(path), "zip holds 3000001 entries, more than the limit of 500000")]
    assert time.perf_counter() - started < 0.5


SILENT_WAV_MB = 384
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent (pytest, often 300 MB+).
CHILD = """
import sys
from annotator.core.package import validate_package
problems = validate_package(sys.argv[1])
print(repr([str(p) for p in problems]))
status = open("/proc/self/status").read()
print(int(status.split("VmHWM:")[1].split()[0]) // 1024)
"""


@pytest.mark.slow
def test_a_media_entry_inflating_to_hundreds_of_mb_is_streamed(tmp_path: Path) -> None:
    # The 66 MB zip of the report inflated to 10 GiB at 155:1 and validate died of MemoryError; the
    # same shape at 384 MB must pass with memory far below the file's size (hashed and probed as a stream).
    block = bytearray(64 * 1024)
    block[:420] = (bytes(range(256)) * 2)[:420]  # a little noise per block: about 150:1, under the 200:1 limit
    wav = io.BytesIO()
    frames = SILENT_WAV_MB * 1024 * 1024 // 2
    wav.write(
        b"RIFF"
        + struct.pack("<I", 36 + frames * 2)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
    )
    wav.write(b"data" + struct.pack("<I", frames * 2))
    head = wav.getvalue()
    import hashlib

    digest = hashlib.sha256(head)
    path = tmp_path / "big.zip"
    blocks = frames * 2 // len(block)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open(zip_info("media/long.wav"), "w", force_zip64=True) as entry:
            entry.write(head)
            for _ in range(blocks):
                entry.write(block)
                digest.update(block)
        manifest = manifest_with(
            [{"id": "a1", "kind": "audio", "media": "media/long.wav", "sha256": digest.hexdigest()}]
        )
        archive.writestr(zip_info("package.json"), json.dumps(manifest))
    ratio = archive.getinfo("media/long.wav").file_size / archive.getinfo("media/long.wav").compress_size
    assert 100 < ratio < 200
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    problems, peak_mb = result.stdout.splitlines()
    assert problems == "[]"
    # Reading the entry whole would take at least its 384 MB on top of the interpreter's ~100 MB.
    assert int(peak_mb) < SILENT_WAV_MB // 2, f"validate peaked at {peak_mb} MB for a {SILENT_WAV_MB} MB entry"


def test_media_read_whole_is_capped(tmp_path: Path) -> None:
    data = audio_bytes("WAV")
    path = make_package(
        "zip", tmp_path, manifest_with([media_item("a1", "audio", "media/a.wav", data)]), {"media/a.wav": data}
    )
    from annotator.core.package import open_package

    limit = len(data) - 1  # the manifest is smaller, and still read
    package = open_package(path, limits=Limits(max_in_memory_bytes=limit))
    try:
        with pytest.raises(MediaError) as caught:
            package.media_bytes(package.manifest.items[0])
    finally:
        package.close()
    assert caught.value.problem == Problem(
        f"{path}:media/a.wav", f"is {len(data):,} bytes, more than the {limit:,} that may be read into memory"
    )


def test_validate_in_a_real_process_prints_no_traceback(tmp_path: Path) -> None:
    raw = b'{"format": "annotator.bundle", "items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    path = tmp_path / "deep.bundle.json"
    path.write_bytes(raw)
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "validate", str(path)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {path}: JSON refused: arrays or objects nested more than 64 levels deep",
        "1 problem found.",
    ]


def test_an_unexpected_error_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import annotator.core.package as package_module

    def broken(path: Any, **_: Any) -> Any:
        raise TypeError("unhashable type: 'list'")

    monkeypatch.setattr(package_module, "validate_package", broken)
    monkeypatch.delenv("ANNOTATOR_DEBUG", raising=False)
    assert main(["validate", str(tmp_path)]) == 3
    assert capsys.readouterr().err == (
        "error: unexpected TypeError: unhashable type: 'list'. This is a bug in annotator; please report it "
        "with the command you ran (ANNOTATOR_DEBUG=1 shows the details).\n"
    )
    monkeypatch.setenv("ANNOTATOR_DEBUG", "1")
    with pytest.raises(TypeError):
        main(["validate", str(tmp_path)])

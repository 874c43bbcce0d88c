"""`annotator pack` refuses what `validate` would refuse, ids it would have to rename, and one schema for two kinds."""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from annotator.cli import EXIT_INVALID, EXIT_OK, main
from annotator.core.errors import PackageError
from annotator.core.package import validate_package
from annotator.core.packing import pack_package
from tests.core.helpers import LABELS, audio_bytes, manifest_dict, media_item, png_bytes, write_folder_package


def bad_media() -> dict[str, bytes]:
    """Files that look like media by name and that `validate` refuses, and one good image."""
    wav = audio_bytes("WAV", 0.25)
    jpeg = io.BytesIO()
    Image.effect_noise((64, 48), 40).convert("RGB").save(jpeg, "JPEG", quality=90)
    return {
        "good.png": png_bytes(),
        "empty.wav": b"",
        "cut.wav": wav[: len(wav) // 2],
        "noise.jpg": random.Random(7).randbytes(4096),
        "cut.jpg": jpeg.getvalue()[: len(jpeg.getvalue()) * 2 // 3],
    }


def pack(source: Path, labels: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["pack", str(source), "--labels", str(labels), "-o", str(out)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write_labels(tmp_path: Path, schema: object) -> Path:
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(schema))
    return path


# -- media that validate refuses -------------------------------------------------------------------


@pytest.mark.parametrize("output", ["out.zip", "out-folder"])
def test_pack_refuses_every_file_validate_refuses_with_the_same_message(
    output: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = bad_media()
    source = tmp_path / "media"
    source.mkdir()
    for name, data in files.items():
        (source / name).write_bytes(data)
    labels = write_labels(tmp_path, {"image": LABELS["image"], "audio": LABELS["audio"]})

    code, out, err = pack(source, labels, tmp_path / output, capsys)

    assert (code, out) == (EXIT_INVALID, "")
    assert err == (
        f"error: {source / 'cut.jpg'}: image file is truncated: the JPEG ends before its last row "
        "(part of the picture is missing)\n"
        f"error: {source / 'cut.wav'}: audio file is truncated: its header declares 4000 bytes of samples, "
        "it holds 1978\n"
        f"error: {source / 'empty.wav'}: audio file is empty (0 bytes)\n"
        f"error: {source / 'noise.jpg'}: not a readable image (unknown format, or the file is damaged)\n"
        "4 problems found.\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.json", "media"]  # nothing written

    # The same files in a package made by hand: validate says the same of each, word for word.
    kinds = {".png": "image", ".jpg": "image", ".wav": "audio"}
    items = [
        media_item(Path(name).stem + Path(name).suffix[1:], kinds[Path(name).suffix], f"media/{name}", data)
        for name, data in files.items()
    ]
    package = write_folder_package(
        tmp_path / "by-hand",
        manifest_dict(items, labels={"image": LABELS["image"], "audio": LABELS["audio"]}),
        {f"media/{name}": data for name, data in files.items()},
    )
    said_by_validate = {Path(p.file).name: p.reason for p in validate_package(package)}
    with pytest.raises(PackageError) as caught:
        pack_package(source, labels_path=labels, output=tmp_path / output)
    said_by_pack = {Path(p.file).name: p.reason for p in caught.value.problems}
    assert said_by_pack == said_by_validate
    assert len(said_by_pack) == 4


# -- ids in text tables ----------------------------------------------------------------------------


@pytest.fixture
def text_labels(tmp_path: Path) -> Path:
    return write_labels(tmp_path, LABELS["text"])


def packed_ids(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [item["id"] for item in json.loads(archive.read("package.json"))["items"]]


def test_a_csv_id_used_twice_is_refused_naming_both_lines(
    tmp_path: Path, text_labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "texts.csv"
    table.write_text("id,text\na1,first\nb1,second\n,third\na1,fourth\nb1,fifth\n")
    code, _, err = pack(table, text_labels, tmp_path / "out.zip", capsys)
    assert code == EXIT_INVALID
    assert err == (
        f"error: {table}:5: id 'a1' is used again (first on line 2)\n"
        f"error: {table}:6: id 'b1' is used again (first on line 3)\n"
        "2 problems found.\n"
    )
    assert not (tmp_path / "out.zip").exists()

    # Once each id is used once, the row without one gets the file's stem and its row number.
    table.write_text("id,text\na1,first\nb1,second\n,third\na2,fourth\nb2,fifth\n")
    assert pack(table, text_labels, tmp_path / "out.zip", capsys)[0] == EXIT_OK
    assert packed_ids(tmp_path / "out.zip") == ["a1", "b1", "texts-00004", "a2", "b2"]


def test_a_jsonl_id_used_twice_is_refused_naming_both_lines(
    tmp_path: Path, text_labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "texts.jsonl"
    table.write_text('{"id": "a1", "text": "one"}\n\n{"id": 7, "text": "two"}\n{"id": "7", "text": "three"}\n')
    code, _, err = pack(table, text_labels, tmp_path / "out.zip", capsys)
    assert code == EXIT_INVALID
    assert err == f"error: {table}:4: id '7' is used again (first on line 3)\n1 problem found.\n"


@pytest.mark.parametrize(
    ("rows", "line", "made", "other"),
    [
        # the explicit id comes after the row that would get it, and before
        ("id,text\na1,first\n,second\ntexts-00003,third\n", 3, "texts-00003", 4),
        ("id,text\ntexts-00004,first\nb,second\n,third\n", 4, "texts-00004", 2),
    ],
    ids=["explicit later", "explicit earlier"],
)
def test_a_made_id_that_an_explicit_id_already_names_is_refused(
    rows: str, line: int, made: str, other: int, tmp_path: Path, text_labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "texts.csv"
    table.write_text(rows)
    code, _, err = pack(table, text_labels, tmp_path / "out.zip", capsys)
    assert code == EXIT_INVALID
    assert err == (
        f"error: {table}:{line}: row has no id, and the id it would get, '{made}', is used on line {other}; "
        "give this row an id\n1 problem found.\n"
    )
    assert not (tmp_path / "out.zip").exists()


def test_an_id_that_is_no_id_is_refused_not_changed_to_fit(
    tmp_path: Path, text_labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "texts.jsonl"
    table.write_text('{"id": "a b", "text": "one"}\n{"id": [1], "text": "two"}\n{"id": "ok:1", "text": "three"}\n')
    code, _, err = pack(table, text_labels, tmp_path / "out.zip", capsys)
    assert code == EXIT_INVALID
    assert err == (
        f"error: {table}:1: id 'a b' must be 1-128 letters, digits, '.', '_', ':' or '-'\n"
        f"error: {table}:2: id must be a string or a whole number (found [1])\n"
        "2 problems found.\n"
    )


def test_an_id_used_in_two_tables_of_a_folder_is_refused_naming_the_first(
    tmp_path: Path, text_labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.csv").write_text("id,text\nx,first\n")
    (folder / "b.jsonl").write_text('{"id": "x", "text": "second"}\n')
    code, _, err = pack(folder, text_labels, tmp_path / "out.zip", capsys)
    assert code == EXIT_INVALID
    assert (
        err
        == f"error: {folder / 'b.jsonl'}:1: id 'x' is used again (first in {folder / 'a.csv'}:2)\n1 problem found.\n"
    )


# -- one label schema for two kinds ----------------------------------------------------------------


@pytest.mark.parametrize("with_texts", [False, True], ids=["image and audio", "image, audio and text"])
def test_one_label_schema_for_a_mixed_folder_is_refused(
    with_texts: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.png").write_bytes(png_bytes())
    (folder / "b.wav").write_bytes(audio_bytes("WAV"))
    if with_texts:
        (folder / "c.csv").write_text("text\nhello\n")
    labels = write_labels(tmp_path, LABELS["image"])
    code, _, err = pack(folder, labels, tmp_path / "out.zip", capsys)
    assert code == EXIT_INVALID
    if with_texts:
        expected = (
            'one label schema for image, audio and text items; give one per kind: {"image": {...}, "audio": {...}, '
            '"text": {...}}'
        )
    else:
        expected = 'one label schema for image and audio items; give one per kind: {"image": {...}, "audio": {...}}'
    assert err == f"error: {labels}: {expected}\n1 problem found.\n"
    assert not (tmp_path / "out.zip").exists()

    # One schema per kind packs the same folder.
    per_kind = write_labels(tmp_path, {kind: LABELS[kind] for kind in ("image", "audio", "text")})
    assert pack(folder, per_kind, tmp_path / "out.zip", capsys)[0] == EXIT_OK

"""The image formats' shared ground: sample datasets with EXIF-rotated JPEGs, and the strict readers every format uses.

The builders here are imported by the other test_image_* modules.
"""

from __future__ import annotations

import codecs
import importlib
import json
import math
import os
import shutil
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from PIL import Image

from annotator.cli import main
from annotator.core.bundle import build_bundle, write_bundle
from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedPackage
from annotator.core.formats.image.common import (
    decode_text,
    find_image,
    parse_xml,
    positional,
    read_json,
    relative_name,
    write_tree,
)
from annotator.core.model import Label, LabelSchema
from annotator.core.package import open_package
from annotator.core.packing import pack_package
from annotator.core.workspace import Workspace

LABELS = ("cat", "Straße", "猫")
ATTRIBUTES = ("occluded", "truncated")


def jpeg(
    path: Path, raw_size: tuple[int, int], orientation: int = 1, color: tuple[int, int, int] = (90, 120, 200)
) -> Path:
    """A real JPEG of `raw_size` stored pixels with an EXIF orientation tag (1: none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", raw_size, color)
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    image.save(path, format="JPEG", quality=85, exif=exif.tobytes())
    return path


def reader_library(name: str) -> Any:
    """A library no one here wrote (pycocotools, datumaro) that reads our exports back.

    Skipped where it is not installed, but under CI (as for the audio device) its absence fails.
    """
    if os.environ.get("CI"):
        return importlib.import_module(name)
    return pytest.importorskip(name)


def refusal(call: Any, *args: Any, **kwargs: Any) -> str:
    """The one message a reader refuses with, as the CLI prints it ('file:place: reason')."""
    with pytest.raises(PackageError) as caught:
        call(*args, **kwargs)
    problems = caught.value.problems
    assert len(problems) == 1, problems
    return str(problems[0])


def schema(*, attributes: tuple[str, ...] = ATTRIBUTES) -> LabelSchema:
    palette = ("#3cb44b", "#4363d8", "#e6194b")
    return LabelSchema(
        mode="single",
        labels=tuple(Label(name=name, color=color) for name, color in zip(LABELS, palette, strict=True)),
        attributes=attributes,
    )


def _box(number: int, label: str, x: float, y: float, w: float, h: float, **extra: Any) -> dict[str, Any]:
    out = {"id": f"b{number}", "label": label, "x": x, "y": y, "w": w, "h": h, "attributes": [], "source": "user"}
    out.update(extra)
    return out


# (file name, stored size, orientation, boxes in the DISPLAYED frame); displayed sizes: 40x30, 30x40, 20x50, 24x16.
SAMPLES: list[tuple[str, tuple[int, int], int, list[dict[str, Any]]]] = [
    (
        "plain.jpg",
        (40, 30),
        1,
        [
            _box(1, "cat", 0.0, 0.0, 40.0, 30.0, attributes=["occluded"]),  # the whole image: every edge touched
            _box(2, "Straße", 1 / 3, 2.5, 10.125, 7.75),
            _box(3, "猫", 12.0, 3.0, 5.0, 4.0, source="model", score=0.875),
        ],
    ),
    (
        "rot6.jpg",
        (40, 30),
        6,
        [
            _box(1, "猫", 0.0, 30.0, 30.0, 10.0, attributes=["occluded", "truncated"]),  # bottom edge of 30x40
            _box(2, "cat", 29.0, 0.0, 1.0, 1.0),  # top right corner pixel
        ],
    ),
    ("rot8.jpg", (50, 20), 8, [_box(1, "Straße", 0.0, 0.1, 20.0, 49.9)]),
    ("sub/empty.jpg", (24, 16), 1, []),  # an image checked and found empty: no boxes
]


def make_images(folder: Path) -> dict[str, Path]:
    """The sample JPEGs under `folder`, by file name."""
    return {name: jpeg(folder / name, size, orientation) for name, size, orientation, _ in SAMPLES}


def sample_dataset(*, attributes: tuple[str, ...] = ATTRIBUTES, samples: list[Any] | None = None) -> Dataset:
    """A Dataset as dataset_from_bundles makes it: displayed sizes, plus an item that no one annotated."""
    items = []
    for name, (raw_w, raw_h), orientation, boxes in samples or SAMPLES:
        width, height = (raw_h, raw_w) if orientation in (5, 6, 7, 8) else (raw_w, raw_h)
        items.append(
            DatasetItem(
                id=PurePosixPath(name).stem,
                kind="image",
                media=f"media/{name}",
                width=width,
                height=height,
                orientation=orientation,
                raw_size=(raw_w, raw_h),
                annotation={"boxes": boxes, "verified": True},
                status="done",
            )
        )
    items.append(DatasetItem(id="untouched", kind="image", media="media/untouched.jpg", width=8, height=8))
    return Dataset(
        package_id="pk",
        title="Sample «boxes»",
        label_schemas={"image": schema(attributes=attributes)},
        items=tuple(items),
    )


def expected_boxes(
    *, attributes: bool = True, scores: bool = True, samples: list[Any] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """What an import of an export of the sample should give, per media name, as package prelabel boxes."""
    out = {}
    for name, _size, _orientation, boxes in samples or SAMPLES:
        wanted = []
        for found in boxes:
            entry: dict[str, Any] = {key: found[key] for key in ("label", "x", "y", "w", "h")}
            if attributes and found["attributes"]:
                entry["attributes"] = sorted(found["attributes"])
            if scores and "score" in found:
                entry["score"] = found["score"]
            wanted.append(entry)
        out[name] = wanted
    return out


def imported_boxes(imported: ImportedPackage) -> dict[str, list[dict[str, Any]]]:
    """An import's boxes per media name."""
    return {item.media_name or "": (item.prelabel or {}).get("boxes", []) for item in imported.items}


def assert_boxes_close(
    got: dict[str, list[dict[str, Any]]], want: dict[str, list[dict[str, Any]]], *, tolerance: float = 0.0
) -> None:
    """Same images, same boxes in the same order; coordinates equal, or within `tolerance` pixels."""
    assert sorted(got) == sorted(want)
    for name, boxes in want.items():
        assert len(got[name]) == len(boxes), name
        for mine, theirs in zip(got[name], boxes, strict=True):
            assert {k: v for k, v in mine.items() if k not in "xywh"} == {
                k: v for k, v in theirs.items() if k not in "xywh"
            }, name
            for key in "xywh":
                if tolerance == 0.0:
                    assert mine[key] == theirs[key], (name, key, mine, theirs)
                else:
                    assert math.isclose(mine[key], theirs[key], abs_tol=tolerance), (name, key, mine, theirs)


def assert_same_boxes(
    got: dict[str, list[tuple[Any, ...]]], want: dict[str, list[tuple[Any, ...]]], *, tolerance: float
) -> None:
    """Another library's reading: per image, the same (label, x, y, w, h, ...) tuples in any order, coordinates within `tolerance`."""
    assert sorted(got) == sorted(want)
    for name in want:
        mine = sorted(got[name], key=lambda t: (t[0], round(t[1]), round(t[2])))
        theirs = sorted(want[name], key=lambda t: (t[0], round(t[1]), round(t[2])))
        assert len(mine) == len(theirs), name
        for a, b in zip(mine, theirs, strict=True):
            assert (a[0], *a[5:]) == (b[0], *b[5:]), (name, a, b)
            assert all(math.isclose(p, q, abs_tol=tolerance) for p, q in zip(a[1:5], b[1:5], strict=True)), (name, a, b)


# --- the shared readers ----------------------------------------------------------------------------


def test_text_is_read_as_utf8_with_or_without_bom_and_as_utf16_with_bom(tmp_path: Path) -> None:
    text = "cat\r\nStraße\r\n猫\n"
    for raw in (
        text.encode(),
        codecs.BOM_UTF8 + text.encode(),
        text.encode("utf-16"),
        codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    ):
        assert decode_text(raw, "x.txt").splitlines() == ["cat", "Straße", "猫"]
    assert (
        refusal(decode_text, b"cat\n\xff\xfe?", "x.txt")
        == "x.txt:line 2: not UTF-8 text (invalid byte 0xff at byte 4); save it as UTF-8"
    )


def test_json_is_read_strictly_in_utf8_and_utf16(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes('{"name": "猫"}'.encode("utf-16"))
    assert read_json(path) == {"name": "猫"}
    path.write_bytes(b'{"a": 1, "a": 2}')
    assert refusal(read_json, path) == f"{path}: JSON refused: the key 'a' appears twice in one object"
    path.write_bytes(b'{"a": NaN}')
    assert (
        refusal(read_json, path) == f"{path}: JSON refused: NaN is not a JSON number (NaN and Infinity are not allowed)"
    )
    path.write_bytes(b"[" * 100 + b"]" * 100)
    assert refusal(read_json, path) == f"{path}: JSON refused: arrays or objects nested more than 64 levels deep"
    assert refusal(read_json, tmp_path / "none.json") == f"{tmp_path / 'none.json'}: no such file"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<annotation><filename>&lol3;</filename></annotation>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE annotation [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<annotation><filename>&secret;</filename></annotation>
"""


def test_xml_entity_attacks_are_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(BILLION_LAUGHS)
    assert refusal(parse_xml, bomb) == (
        f"{bomb}:entity 'lol': XML entity declarations are refused (they can expand without bound: 'billion laughs')"
    )
    external = tmp_path / "external.xml"
    external.write_bytes(EXTERNAL_ENTITY)
    assert refusal(parse_xml, external) == (
        f"{external}:entity 'secret': XML entity declarations are refused (they can expand without bound: 'billion laughs')"
    )


def test_xml_is_read_in_utf16_and_a_plain_doctype_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_bytes('<?xml version="1.0" encoding="utf-16"?>\r\n<a><b>猫</b></a>'.encode("utf-16"))
    assert parse_xml(path).find("b").text == "猫"
    path.write_bytes(b'<?xml version="1.0"?>\n<!DOCTYPE annotation>\n<annotation/>')
    assert parse_xml(path).tag == "annotation"
    path.write_bytes(b"<a>\n  <b>\n</a>")
    assert refusal(parse_xml, path) == f"{path}:line 3, column 3: malformed XML (mismatched tag)"


def test_image_names_may_not_leave_the_images_folder(tmp_path: Path) -> None:
    assert relative_name("sub\\a.jpg", "f.json", "images[0]") == PurePosixPath("sub/a.jpg")
    assert relative_name("./a.jpg", "f.json", "images[0]") == PurePosixPath("a.jpg")
    assert refusal(relative_name, "../secret.jpg", "f.json", "images[1].file_name") == (
        "f.json:images[1].file_name: the image name '../secret.jpg' leaves the images folder ('..')"
    )
    assert refusal(relative_name, "/etc/a.jpg", "f.json", "images[2]") == (
        "f.json:images[2]: the image name '/etc/a.jpg' is an absolute path; it must be relative to the images folder"
    )
    assert refusal(relative_name, "C:\\data\\a.jpg", "f.json", "x").endswith(
        "is an absolute path; it must be relative to the images folder"
    )


def test_an_image_named_without_its_extension_is_found_by_stem(tmp_path: Path) -> None:
    jpeg(tmp_path / "demo.jpg", (4, 4))
    assert find_image(PurePosixPath("demo"), [tmp_path / "nowhere", tmp_path]) == tmp_path / "demo.jpg"
    assert find_image(PurePosixPath("other"), [tmp_path]) is None


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.5, "0.5"),
        (1e-05, "0.00001"),
        (1.5e-10, "0.00000000015"),
        (-0.0, "0.0"),
        (1.0, "1.0"),
        (1 / 3, "0.3333333333333333"),
    ],
)
def test_positional_numbers_round_trip_without_an_exponent(value: float, text: str) -> None:
    assert positional(value) == text
    assert float(text) == value


def test_a_folder_layout_is_written_whole_and_never_into_a_folder_with_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    written = write_tree(out, [("a/b.txt", b"1"), ("c.txt", b"2")], folders=("images",))
    assert list(written) == [out / "a/b.txt", out / "c.txt"]
    assert len(written) == 2 and written[-1] == out / "c.txt" and written[:1] == [out / "a/b.txt"]
    assert (out / "a/b.txt").read_bytes() == b"1" and (out / "images").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temp folder left
    from annotator.core.formats.from_bundles import ExportError

    with pytest.raises(ExportError, match="the output is a folder that is not empty; name a new folder"):
        write_tree(out, [("x.txt", b"")])
    empty = tmp_path / "empty"
    empty.mkdir()
    write_tree(empty, [("x.txt", b"3")])
    assert (empty / "x.txt").read_bytes() == b"3"


def test_a_failed_folder_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from annotator.core.atomic import WriteError

    real_write = os.write
    calls = []

    def full_disk(fd: int, data: Any) -> int:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(WriteError, match=r"out: cannot write \(No space left on device\)"):
        write_tree(tmp_path / "out", [("a.txt", b"1"), ("b.txt", b"2")])
    assert list(tmp_path.iterdir()) == []


def test_every_image_format_is_registered_with_its_directions() -> None:
    formats = load()
    ways = {
        fid: (fmt.read is not None, fmt.write is not None) for fid, fmt in formats.items() if fmt.kinds == ("image",)
    }
    assert {fid: ways[fid] for fid in ("coco", "yolo", "yolo-darknet", "voc", "cvat", "createml", "labelme")} == {
        "coco": (True, True),
        "yolo": (True, True),
        "yolo-darknet": (True, True),
        "voc": (True, True),
        "cvat": (True, True),
        "createml": (True, True),
        "labelme": (True, False),
    }
    assert formats["voc"].rounding and formats["yolo"].rounding and formats["coco"].rounding == ""


# --- through the command line: pack, annotate, bundle, export, import -------------------------------


def _bundle_of_samples(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A package of the sample JPEGs, annotated in a workspace, and its bundle: (media folder, package, bundle)."""
    media = tmp_path / "media"
    make_images(media)
    labels = tmp_path / "labels.json"
    labels.write_text(
        json.dumps({"mode": "single", "labels": [{"name": n} for n in LABELS], "attributes": list(ATTRIBUTES)})
    )
    package_path = tmp_path / "pkg.zip"
    pack_package(media, labels_path=labels, output=package_path, package_id="pk", title="Samples")
    package = open_package(package_path)
    try:
        by_media = {item.media: item.id for item in package.manifest.items}
        with Workspace.open(tmp_path / "ws") as workspace:
            workspace.register_package(
                package.manifest, manifest_sha256=package.manifest_sha256, path=str(package_path)
            )
            for name, _size, _orientation, boxes in SAMPLES:
                workspace.set_annotation("pk", by_media[f"media/{name}"], {"boxes": boxes, "verified": True})
            document = build_bundle(
                package.manifest, manifest_sha256=package.manifest_sha256, annotator="w1", states=workspace.items("pk")
            )
    finally:
        package.close()
    bundle = tmp_path / "w1.bundle.json"
    write_bundle(bundle, document)
    return media, package_path, bundle


# format id -> (output name, where the images go beside the export so the import finds them, tolerance, attributes, scores)
CLI_FORMATS = {
    "coco": ("instances.json", ".", 0.0, True, True),
    "yolo": ("yolo", "yolo/images", 1e-9, False, False),
    "yolo-darknet": ("darknet", "darknet", 1e-9, False, False),
    "voc": ("voc", "voc/JPEGImages", 1.0, True, False),  # whole pixels: test_image_voc checks them exactly
    "cvat": ("annotations.xml", "images", 1e-9, True, False),
    "createml": ("createml.json", ".", 1e-9, False, False),
}


@pytest.mark.parametrize("format_id", sorted(CLI_FORMATS))
def test_export_then_import_through_the_cli_gives_the_boxes_back(
    tmp_path: Path, format_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    media, package_path, bundle = _bundle_of_samples(tmp_path)
    name, images_at, tolerance, attributes, scores = CLI_FORMATS[format_id]
    out_dir = tmp_path / "export"
    out_dir.mkdir()
    out = out_dir / name
    if load()[format_id].output == "folder":
        # interop_cli checks `require_folder(output / "x")`, so today the output folder must exist (empty).
        out.mkdir()
    assert main(["export", "--format", format_id, str(bundle), "--package", str(package_path), "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"Exported 4 annotated items of 4 to {out}")
    shutil.copytree(media, out_dir / images_at, dirs_exist_ok=True)
    imported = tmp_path / "imported.zip"
    assert main(["import", "--format", format_id, str(out), "-o", str(imported), "--id", "back"]) == 0
    assert capsys.readouterr().out.startswith("Imported 4 items (")
    package = open_package(imported)
    try:
        got = {item.media.removeprefix("media/"): item.prelabel["boxes"] for item in package.manifest.items}
        assert package.manifest.label_schemas["image"].label_names() == list(LABELS)
    finally:
        package.close()
    assert_boxes_close(got, expected_boxes(attributes=attributes, scores=scores), tolerance=tolerance)


def test_a_labelme_folder_imports_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "lm"
    jpeg(folder / "a.jpg", (40, 30), orientation=6)
    shape = {"label": "猫", "points": [[30, 40], [0, 0]], "shape_type": "rectangle", "flags": {}}
    document = {"shapes": [shape], "imagePath": "a.jpg", "imageData": None, "imageWidth": 30, "imageHeight": 40}
    (folder / "a.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "lm.zip"
    assert main(["import", "--format", "labelme", str(folder), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"Imported 1 items (1 with prelabels) from {folder} into {out}.\n"
    package = open_package(out)
    try:
        assert package.manifest.items[0].prelabel == {
            "boxes": [{"label": "猫", "x": 0.0, "y": 0.0, "w": 30.0, "h": 40.0}]
        }
    finally:
        package.close()


def test_a_refused_import_prints_one_line_naming_the_file_and_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jpeg(tmp_path / "a.jpg", (4, 4))
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "images": [{"id": 1, "file_name": "a.jpg"}],
                "categories": [],
                "annotations": [{"image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1]}],
            }
        )
    )
    assert main(["import", "--format", "coco", str(bad), "-o", str(tmp_path / "out.zip")]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"error: {bad}:annotations[0].category_id: no category has id 1\n1 problem found.\n"
    assert not (tmp_path / "out.zip").exists()

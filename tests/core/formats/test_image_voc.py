"""Pascal VOC: the devkit's 1-based integer pixels, read by datumaro as meant, read back, and bad files refused by element."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from annotator.core.formats.image.voc import read_voc, write_voc
from tests.core.formats.test_image_common import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    LABELS,
    SAMPLES,
    assert_boxes_close,
    assert_same_boxes,
    expected_boxes,
    imported_boxes,
    jpeg,
    make_images,
    reader_library,
    refusal,
    sample_dataset,
)

DISPLAYED = {name: ((h, w) if o in (5, 6, 7, 8) else (w, h)) for name, (w, h), o, _ in SAMPLES}


def on_pixels(samples: list[Any] = SAMPLES) -> dict[str, list[dict[str, Any]]]:
    """The sample's boxes as VOC keeps them: edges on whole pixels (halves up), inside the image."""
    out = expected_boxes(scores=False, samples=samples)
    for name, boxes in out.items():
        width, height = DISPLAYED[name]
        for entry in boxes:
            x0 = min(max(math.floor(entry["x"] + 0.5), 0), width - 1)
            x1 = max(min(math.floor(entry["x"] + entry["w"] + 0.5), width), x0 + 1)
            y0 = min(max(math.floor(entry["y"] + 0.5), 0), height - 1)
            y1 = max(min(math.floor(entry["y"] + entry["h"] + 0.5), height), y0 + 1)
            entry.update(x=float(x0), y=float(y0), w=float(x1 - x0), h=float(y1 - y0))
    return out


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    out = tmp_path / "voc"
    write_voc(sample_dataset(), out)
    make_images(out / "JPEGImages")
    return out


def test_import_of_the_export_is_the_sample_on_whole_pixels(exported: Path) -> None:
    imported = read_voc(exported)
    got = imported_boxes(imported)
    assert_boxes_close(got, on_pixels())
    # No edge moved by more than half a pixel (a box thinner than that grows to one pixel).
    for name, boxes in expected_boxes(scores=False).items():
        for mine, theirs in zip(got[name], boxes, strict=True):
            for edge in (lambda b: b["x"], lambda b: b["y"], lambda b: b["x"] + b["w"], lambda b: b["y"] + b["h"]):
                assert abs(edge(mine) - edge(theirs)) <= 0.5 or theirs["w"] < 1 or theirs["h"] < 1, (name, mine, theirs)
    assert imported.label_schemas == {
        "image": {
            "mode": "single",
            "labels": [
                {"name": "cat", "color": "#3cb44b"},
                {"name": "Straße", "color": "#4363d8"},
                {"name": "猫", "color": "#e6194b"},
            ],
            "attributes": ["occluded", "truncated"],
        }
    }
    assert [item.source for item in imported.items] == [exported / "JPEGImages" / name for name, *_ in SAMPLES]


def test_boxes_on_whole_pixels_read_back_exactly(tmp_path: Path) -> None:
    samples = [
        (
            "a.jpg",
            (40, 30),
            6,
            [
                {
                    "id": "b1",
                    "label": "猫",
                    "x": 0.0,
                    "y": 0.0,
                    "w": 30.0,
                    "h": 40.0,
                    "attributes": [],
                    "source": "user",
                },
                {
                    "id": "b2",
                    "label": "cat",
                    "x": 29.0,
                    "y": 39.0,
                    "w": 1.0,
                    "h": 1.0,
                    "attributes": ["truncated"],
                    "source": "user",
                },
            ],
        )
    ]
    out = tmp_path / "voc"
    write_voc(sample_dataset(samples=samples), out)
    jpeg(out / "JPEGImages" / "a.jpg", (40, 30), orientation=6)
    assert_boxes_close(imported_boxes(read_voc(out)), expected_boxes(scores=False, samples=samples))


def test_the_files_follow_the_devkit(exported: Path, tmp_path: Path) -> None:
    assert (exported / "Annotations" / "rot6.xml").read_text(encoding="utf-8") == (
        "<annotation>\n  <folder>JPEGImages</folder>\n  <filename>rot6.jpg</filename>\n"
        "  <source>\n    <database>pk</database>\n  </source>\n"
        "  <size>\n    <width>30</width>\n    <height>40</height>\n    <depth>3</depth>\n  </size>\n"
        "  <segmented>0</segmented>\n"
        "  <object>\n    <name>猫</name>\n    <pose>Unspecified</pose>\n    <truncated>1</truncated>\n"
        "    <difficult>0</difficult>\n    <occluded>1</occluded>\n"
        "    <bndbox>\n      <xmin>1</xmin>\n      <ymin>31</ymin>\n      <xmax>30</xmax>\n      <ymax>40</ymax>\n    </bndbox>\n"
        "  </object>\n"
        "  <object>\n    <name>cat</name>\n    <pose>Unspecified</pose>\n    <truncated>0</truncated>\n"
        "    <difficult>0</difficult>\n    <occluded>0</occluded>\n"
        "    <bndbox>\n      <xmin>30</xmin>\n      <ymin>1</ymin>\n      <xmax>30</xmax>\n      <ymax>1</ymax>\n    </bndbox>\n"
        "  </object>\n</annotation>\n"
    )
    assert (exported / "ImageSets" / "Main" / "default.txt").read_text() == "plain\nrot6\nrot8\nsub/empty\n"
    assert (exported / "labelmap.txt").read_text(encoding="utf-8") == (
        "# label:color_rgb:parts:actions\ncat:60,180,75::\nStraße:67,99,216::\n猫:230,25,75::\n"
    )
    again = tmp_path / "again"
    write_voc(sample_dataset(), again)
    for path in again.rglob("*.*"):
        assert path.read_bytes() == (exported / path.relative_to(again)).read_bytes()


def test_datumaro_reads_the_export(exported: Path) -> None:
    AnnotationType = reader_library("datumaro.components.annotation").AnnotationType
    DmDataset = reader_library("datumaro.components.dataset").Dataset

    dataset = DmDataset.import_from(str(exported), "voc_detection", coordinate_mode="voc-one-based")
    names = [label.name for label in dataset.categories()[AnnotationType.label]]
    assert names == list(LABELS)
    got = {
        item.id: [
            (names[a.label], a.x, a.y, a.w, a.h, a.attributes["occluded"], a.attributes["truncated"])
            for a in item.annotations
            if a.type == AnnotationType.bbox
        ]
        for item in dataset
    }
    want = {
        name.rsplit(".", 1)[0]: [
            (
                b["label"],
                b["x"],
                b["y"],
                b["w"],
                b["h"],
                "occluded" in b.get("attributes", []),
                "truncated" in b.get("attributes", []),
            )
            for b in boxes
        ]
        for name, boxes in on_pixels().items()
    }
    assert_same_boxes(got, want, tolerance=0.0)


def _xml(
    objects: str,
    *,
    size: str = "<size><width>20</width><height>10</height><depth>3</depth></size>",
    filename: str = "a.jpg",
) -> str:
    return f"<annotation><filename>{filename}</filename>{size}{objects}</annotation>"


def _obj(name: str = "cat", box: tuple[Any, ...] = (1, 1, 10, 5), extra: str = "") -> str:
    xmin, ymin, xmax, ymax = box
    return f"<object><name>{name}</name>{extra}<bndbox><xmin>{xmin}</xmin><ymin>{ymin}</ymin><xmax>{xmax}</xmax><ymax>{ymax}</ymax></bndbox></object>"


def _folder(tmp_path: Path, files: dict[str, str | bytes], images: dict[str, tuple[int, int]]) -> Path:
    root = tmp_path / "ds"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode() if isinstance(text, str) else text)
    for name, size in images.items():
        jpeg(root / name, size)
    return root


def test_side_by_side_files_and_other_tools_quirks(tmp_path: Path) -> None:
    labelimg = (
        '<annotation verified="yes"><folder>x</folder><filename>old-name.jpg</filename><path>C:\\Users\\me\\a.jpg</path>'
        "<size><width>0</width><height>0</height><depth>3</depth></size>"  # labelImg's unknown size
        + _obj("dog", (20, 10, 1, 1), "<truncated/><difficult/>")  # empty tags, corners reversed
        + _obj(
            "cat",
            (1, 1, 2, 2),
            "<difficult>1</difficult><part><name>head</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>2</xmax><ymax>2</ymax></bndbox></part>",
        )
        + "</annotation>"
    )
    root = _folder(
        tmp_path,
        {"a.xml": labelimg, "sub/b.xml": _xml(_obj("Straße"), size="", filename="b.jpg").encode("utf-16")},
        {"a.jpg": (20, 10), "sub/b.jpg": (20, 10)},
    )
    imported = read_voc(root)
    assert [entry["name"] for entry in imported.label_schemas["image"]["labels"]] == ["dog", "cat", "Straße"]
    assert imported.label_schemas["image"]["attributes"] == ["difficult"]
    assert imported_boxes(imported) == {
        "a.jpg": [
            {"label": "dog", "x": 0.0, "y": 0.0, "w": 20.0, "h": 10.0},
            {"label": "cat", "x": 0.0, "y": 0.0, "w": 2.0, "h": 2.0, "attributes": ["difficult"]},
        ],
        "sub/b.jpg": [{"label": "Straße", "x": 0.0, "y": 0.0, "w": 10.0, "h": 5.0}],
    }


def test_decimal_coordinates_are_read_as_0_based_edges(tmp_path: Path) -> None:
    # labelme and datumaro write floats without the devkit's +1.
    root = _folder(
        tmp_path,
        {"Annotations/a.xml": _xml(_obj("cat", ("0.0", "2.5", "10.25", "5.0")))},
        {"JPEGImages/a.jpg": (20, 10)},
    )
    assert imported_boxes(read_voc(root)) == {"a.jpg": [{"label": "cat", "x": 0.0, "y": 2.5, "w": 10.25, "h": 2.5}]}


def test_the_raw_size_of_an_exif_rotated_image_is_refused(tmp_path: Path) -> None:
    root = _folder(tmp_path, {"a.xml": _xml(_obj(), size="<size><width>40</width><height>30</height></size>")}, {})
    jpeg(root / "a.jpg", (40, 30), orientation=8)
    assert refusal(read_voc, root) == (
        f"{root / 'a.xml'}:annotation/size: says 40x30, the size of the pixels stored in a.jpg, but the image is "
        "displayed 30x40 (EXIF orientation 8): the tool that wrote it ignored the orientation, so its boxes cannot "
        "be placed; rotate the image file itself and annotate again"
    )


MALFORMED = [
    ("<annotation><filename>a.jpg</filename>", "line 1, column 39: malformed XML (no element found)"),
    ("<annotations/>", "annotations: the root element is <annotations>, not <annotation> (not a VOC file)"),
    (_xml(_obj("")), "annotation/object[1]/name: the object has no name (its label)"),
    (_xml(_obj() + "<object><name>cat</name></object>"), "annotation/object[2]/bndbox: the object has no <bndbox>"),
    (
        _xml("<object><name>cat</name><bndbox><xmin>1</xmin></bndbox></object>"),
        "annotation/object[1]/bndbox/ymin: <ymin> is missing",
    ),
    (_xml(_obj(box=("", 1, 2, 2))), "annotation/object[1]/bndbox/xmin: is empty (a number is needed)"),
    (_xml(_obj(box=(1, "1,5", 2, 2))), "annotation/object[1]/bndbox/ymin: '1,5' is not a number"),
    (_xml(_obj(box=(1, 1, "inf", 2))), "annotation/object[1]/bndbox/xmax: 'inf' is not a finite number"),
    (
        _xml(_obj(extra="<difficult>maybe</difficult>")),
        "annotation/object[1]/difficult: must be 0 or 1 (found 'maybe')",
    ),
    (
        _xml(_obj(), size="<size><width>20.5</width><height>10</height></size>"),
        "annotation/size/width: '20.5' is not a whole number of pixels",
    ),
    (
        _xml(_obj(), size="<size><width>21</width><height>10</height></size>"),
        "annotation/size: says the image is 21x10, but a.jpg is 20x10: the boxes were drawn on another size of it",
    ),
    (
        _xml(_obj(), filename="../../a.jpg"),
        "annotation/filename: the image name '../../a.jpg' leaves the images folder ('..')",
    ),
    (_xml(_obj(), filename="b.jpg").replace("a.jpg", "b.jpg"), None),  # found by the XML's stem: accepted
    (b"<annotation>\xff</annotation>", "line 1, column 13: malformed XML (not well-formed (invalid token))"),
]


@pytest.mark.parametrize(("text", "message"), MALFORMED, ids=[f"voc-{i}" for i in range(len(MALFORMED))])
def test_malformed_files_are_refused_naming_the_element(tmp_path: Path, text: str | bytes, message: str | None) -> None:
    root = _folder(tmp_path, {"a.xml": text}, {"a.jpg": (20, 10)})
    if message is None:
        assert len(read_voc(root).items) == 1
    else:
        assert refusal(read_voc, root) == f"{root / 'a.xml'}:{message}"


def test_entity_attacks_are_refused(tmp_path: Path) -> None:
    root = _folder(tmp_path, {"a.xml": BILLION_LAUGHS}, {"a.jpg": (20, 10)})
    assert "XML entity declarations are refused" in refusal(read_voc, root)
    (root / "a.xml").write_bytes(EXTERNAL_ENTITY)
    assert refusal(read_voc, root).startswith(f"{root / 'a.xml'}:entity 'secret': XML entity declarations are refused")


def test_layout_problems_are_named(tmp_path: Path) -> None:
    root = _folder(
        tmp_path,
        {"Annotations/a.xml": _xml(_obj("dog")), "labelmap.txt": "background:0,0,0::\ncat:1,2,3::\n"},
        {"JPEGImages/a.jpg": (20, 10)},
    )
    assert (
        refusal(read_voc, root)
        == f"{root / 'Annotations' / 'a.xml'}:annotation/object[1]: the label 'dog' is not in labelmap.txt"
    )
    (root / "labelmap.txt").write_text("cat:1,2::\n")
    assert refusal(read_voc, root) == f"{root / 'labelmap.txt'}:line 1: the colour '1,2' is not 'r,g,b' (0-255 each)"
    (root / "labelmap.txt").write_text("background:0,0,0::\ndog:1,2,3::\n")
    assert read_voc(root).label_schemas["image"]["labels"] == [
        {"name": "dog", "color": "#010203"}
    ]  # unused background dropped
    (root / "JPEGImages" / "a.jpg").unlink()
    assert refusal(read_voc, root) == (
        f"{root / 'Annotations' / 'a.xml'}:annotation/filename: image 'a.jpg' not found (looked in "
        f"{root / 'JPEGImages'}, {root / 'Annotations'})"
    )
    assert refusal(read_voc, tmp_path / "nothing") == f"{tmp_path / 'nothing'}: no such file or folder"


def test_unwritable_labels_are_refused_on_export(tmp_path: Path) -> None:
    from annotator.core.formats.dataset import Dataset
    from annotator.core.formats.from_bundles import ExportError
    from annotator.core.model import Label, LabelSchema

    bad = Dataset("pk", "t", {"image": LabelSchema("single", (Label("a:b", "#000000"),))}, ())
    with pytest.raises(ExportError, match="the label 'a:b' cannot be written to labelmap.txt"):
        write_voc(bad, tmp_path / "v")
    assert list(tmp_path.iterdir()) == []

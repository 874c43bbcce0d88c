"""COCO: what we write is read by pycocotools and datumaro as we meant it, reads back exactly, and bad files are refused by place."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from annotator.core.formats.image.coco import read_coco, write_coco
from tests.core.formats.test_image_common import (
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


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """The sample exported to COCO, with its images next to the JSON."""
    out = tmp_path / "instances.json"
    assert write_coco(sample_dataset(), out) == [out]
    make_images(tmp_path)
    return out


def test_import_of_the_export_is_the_sample_exactly(exported: Path) -> None:
    imported = read_coco(exported)
    assert_boxes_close(imported_boxes(imported), expected_boxes())
    assert [item.source for item in imported.items] == [exported.parent / name for name, *_ in SAMPLES]
    assert [item.id for item in imported.items] == ["plain", "rot6", "rot8", "sub-empty"]
    assert imported.label_schemas == {
        "image": {
            "mode": "single",
            "labels": [{"name": name} for name in LABELS],
            "attributes": ["occluded", "truncated"],
        }
    }
    assert imported.title == "Sample «boxes»"


def test_the_export_is_deterministic_and_holds_only_annotated_images(tmp_path: Path, exported: Path) -> None:
    again = tmp_path / "again.json"
    write_coco(sample_dataset(), again)
    assert again.read_bytes() == exported.read_bytes()
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [image["file_name"] for image in document["images"]] == [name for name, *_ in SAMPLES]
    # Displayed sizes: the EXIF-rotated images are 30x40 and 20x50 as every viewer shows them.
    assert [(image["width"], image["height"]) for image in document["images"]] == [
        (40, 30),
        (30, 40),
        (20, 50),
        (24, 16),
    ]
    assert [a["id"] for a in document["annotations"]] == [1, 2, 3, 4, 5, 6]
    assert document["categories"] == [
        {"id": 1, "name": "cat", "supercategory": ""},
        {"id": 2, "name": "Straße", "supercategory": ""},
        {"id": 3, "name": "猫", "supercategory": ""},
    ]
    first = document["annotations"][1]
    assert first["bbox"] == [1 / 3, 2.5, 10.125, 7.75]  # floats exactly as annotated
    assert first["attributes"] == {"occluded": False, "truncated": False}
    assert "Straße" in exported.read_text(encoding="utf-8")  # UTF-8, not \u escapes


def test_pycocotools_reads_the_export(exported: Path) -> None:
    COCO = reader_library("pycocotools.coco").COCO

    coco = COCO(str(exported))
    assert sorted(coco.getImgIds()) == [1, 2, 3, 4]
    assert [coco.cats[i]["name"] for i in sorted(coco.getCatIds())] == list(LABELS)
    for image_id, (name, _size, _orientation, boxes) in enumerate(SAMPLES, 1):
        image = coco.loadImgs(image_id)[0]
        assert image["file_name"] == name
        annotations = coco.loadAnns(coco.getAnnIds(imgIds=[image_id]))
        assert [a["bbox"] for a in annotations] == [[b["x"], b["y"], b["w"], b["h"]] for b in boxes]
        assert [a["area"] for a in annotations] == [b["w"] * b["h"] for b in boxes]
        assert [coco.cats[a["category_id"]]["name"] for a in annotations] == [b["label"] for b in boxes]
    assert 0 not in coco.anns  # annotation id 0 breaks COCOeval's matching
    cat = coco.getCatIds(catNms=["猫"])
    assert len(coco.getAnnIds(catIds=cat)) == 2


def test_datumaro_reads_the_export(tmp_path: Path) -> None:
    AnnotationType = reader_library("datumaro.components.annotation").AnnotationType
    DmDataset = reader_library("datumaro.components.dataset").Dataset

    # Datumaro wants the COCO tree: annotations/instances_<subset>.json and images/<subset>/.
    (tmp_path / "annotations").mkdir()
    write_coco(sample_dataset(), tmp_path / "annotations" / "instances_default.json")
    make_images(tmp_path / "images" / "default")
    dataset = DmDataset.import_from(str(tmp_path), "coco_instances")
    names = [label.name for label in dataset.categories()[AnnotationType.label]]
    assert names == list(LABELS)
    got = {}
    for item in dataset:
        got[item.id] = [
            (names[a.label], a.x, a.y, a.w, a.h, a.attributes.get("occluded"))
            for a in item.annotations
            if a.type == AnnotationType.bbox
        ]
        assert (
            item.media.size == {"plain": (30, 40), "rot6": (40, 30), "rot8": (50, 20), "sub/empty": (16, 24)}[item.id]
        )
    want = {
        name.rsplit(".", 1)[0]: [
            (b["label"], b["x"], b["y"], b["w"], b["h"], "occluded" in b["attributes"]) for b in boxes
        ]
        for name, _size, _orientation, boxes in SAMPLES
    }
    # Datumaro keeps coordinates as 32-bit floats rounded to 2 decimals.
    assert_same_boxes(got, want, tolerance=0.006)


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_other_tools_quirks_are_read(tmp_path: Path) -> None:
    # String and non-contiguous ids, id 0, a file_name without extension, Windows separators, a BOM,
    # images in ../images (CVAT's layout), a crowd region, another tool's attributes and a score.
    images = tmp_path / "images"
    jpeg(images / "demo.jpg", (10, 8))
    jpeg(images / "sub" / "b.jpg", (10, 8), orientation=6)
    document = {
        "images": [
            {"id": "img-a", "file_name": "demo", "width": 10, "height": 8},
            {"id": 0, "file_name": "sub\\b.jpg", "width": 8, "height": 10},
        ],
        "categories": [{"id": 7, "name": "car"}, {"id": "x", "name": "Straße"}, {"id": 90, "name": "car"}],
        "annotations": [
            {
                "id": 0,
                "image_id": "img-a",
                "category_id": 7,
                "bbox": [1, 2, 3, 4],
                "iscrowd": 0,
                "attributes": {"occluded": True, "color": "red"},
            },
            {"id": "z", "image_id": 0, "category_id": "x", "bbox": [0.5, 0, 7.5, 10], "score": 0.25},
            {
                "id": 9,
                "image_id": 0,
                "category_id": 90,
                "bbox": [0, 0, 1, 1],
                "iscrowd": 1,
                "segmentation": {"counts": "0", "size": [10, 8]},
            },
        ],
    }
    folder = tmp_path / "annotations"
    folder.mkdir()
    path = folder / "instances_default.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode())
    imported = read_coco(folder)  # the folder is enough: its one instances file is found
    assert imported.label_schemas["image"]["labels"] == [{"name": "car"}, {"name": "Straße"}]
    assert imported.label_schemas["image"]["attributes"] == ["occluded", "crowd"]
    assert imported_boxes(imported) == {
        "demo.jpg": [{"label": "car", "x": 1.0, "y": 2.0, "w": 3.0, "h": 4.0, "attributes": ["occluded"]}],
        "sub/b.jpg": [
            {"label": "Straße", "x": 0.5, "y": 0.0, "w": 7.5, "h": 10.0, "score": 0.25},
            {"label": "car", "x": 0.0, "y": 0.0, "w": 1.0, "h": 1.0, "attributes": ["crowd"]},
        ],
    }
    assert [item.source for item in imported.items] == [images / "demo.jpg", images / "sub" / "b.jpg"]


def test_an_images_folder_can_be_named(tmp_path: Path) -> None:
    jpeg(tmp_path / "pics" / "a.jpg", (4, 4))
    path = _write(
        tmp_path / "a.json",
        {"images": [{"id": 1, "file_name": "a.jpg", "width": 4, "height": 4}], "categories": [], "annotations": []},
    )
    imported = read_coco(path, images=tmp_path / "pics")
    assert imported.items[0].source == tmp_path / "pics" / "a.jpg"
    assert imported.items[0].prelabel == {"boxes": []}


def test_the_raw_size_of_an_exif_rotated_image_is_refused(tmp_path: Path) -> None:
    # Label Studio #6608: the unrotated width and height, under boxes drawn on the rotated image.
    jpeg(tmp_path / "r.jpg", (40, 30), orientation=6)
    path = _write(
        tmp_path / "a.json", {"images": [{"id": 1, "file_name": "r.jpg", "width": 40, "height": 30}], "categories": []}
    )
    assert refusal(read_coco, path) == (
        f"{path}:images[0]: says 40x30, the size of the pixels stored in r.jpg, but the image is displayed 30x40 "
        "(EXIF orientation 6): the tool that wrote it ignored the orientation, so its boxes cannot be placed; "
        "rotate the image file itself and annotate again"
    )


GOOD: dict[str, Any] = {
    "images": [{"id": 1, "file_name": "a.jpg", "width": 4, "height": 4}],
    "categories": [{"id": 1, "name": "cat"}],
    "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1]}],
}


def _broken(change: Any) -> dict[str, Any]:
    document = json.loads(json.dumps(GOOD))
    change(document)
    return document


MALFORMED = [
    (lambda d: d.pop("images"), "images: must be a list (found null)"),
    (lambda d: d["images"].append("b.jpg"), "images[1]: must be an object (found a string)"),
    (
        lambda d: d["images"][0].pop("file_name"),
        "images[0].file_name: must be a string (the image's file name) (found null)",
    ),
    (lambda d: d["images"][0].update(id=True), "images[0].id: must be an integer or a string id (found true or false)"),
    (lambda d: d["images"].append(dict(d["images"][0])), "images[1].id: image id 1 appears twice"),
    (
        lambda d: d["images"][0].update(file_name="../a.jpg"),
        "images[0].file_name: the image name '../a.jpg' leaves the images folder ('..')",
    ),
    (lambda d: d["images"][0].update(width="4"), "images[0].width: must be a positive integer (found a string)"),
    (lambda d: d["images"][0].update(width=0), "images[0].width: must be a positive integer (found 0)"),
    (
        lambda d: d["images"][0].update(width=5),
        "images[0]: says the image is 5x4, but a.jpg is 4x4: the boxes were drawn on another size of it",
    ),
    (
        lambda d: d["categories"][0].update(name=3),
        "categories[0].name: must be a string (the category's name) (found an integer)",
    ),
    (lambda d: d["categories"].append({"id": 1, "name": "dog"}), "categories[1].id: category id 1 appears twice"),
    (lambda d: d.update(annotations={}), "annotations: must be a list (found an object)"),
    (lambda d: d["annotations"][0].update(image_id=2), "annotations[0].image_id: no image has id 2"),
    (
        lambda d: d["annotations"][0].update(category_id=None),
        "annotations[0].category_id: must be an integer or a string id (found null)",
    ),
    (lambda d: d["annotations"][0].update(category_id=5), "annotations[0].category_id: no category has id 5"),
    (
        lambda d: d["annotations"][0].update(bbox=[0, 0, 1]),
        "annotations[0].bbox: must be a list of 4 numbers [x, y, width, height] (found a list of 3)",
    ),
    (
        lambda d: d["annotations"][0].pop("bbox"),
        "annotations[0].bbox: must be a list of 4 numbers [x, y, width, height] (found null)",
    ),
    (
        lambda d: d["annotations"][0].update(bbox=[0, "1", 1, 1]),
        "annotations[0].bbox[1]: must be a number (found a string)",
    ),
    (
        lambda d: d["annotations"][0].update(bbox=[0, 0, -1, 1]),
        "annotations[0].bbox: has a negative width or height (-1.0, 1.0)",
    ),
    (lambda d: d["annotations"][0].update(iscrowd=2), "annotations[0].iscrowd: must be 0 or 1 (found 2)"),
    (lambda d: d["annotations"][0].update(score="high"), "annotations[0].score: must be a number (found a string)"),
    (
        lambda d: d["annotations"][0].update(attributes=[]),
        "annotations[0].attributes: must be an object of attributes (found a list)",
    ),
]


@pytest.mark.parametrize(
    ("change", "message"), MALFORMED, ids=[m.split(":")[0] + f"-{i}" for i, (_, m) in enumerate(MALFORMED)]
)
def test_malformed_files_are_refused_naming_the_place(tmp_path: Path, change: Any, message: str) -> None:
    jpeg(tmp_path / "a.jpg", (4, 4))
    path = _write(tmp_path / "a.json", _broken(change))
    assert refusal(read_coco, path) == f"{path}:{message}"


def test_a_good_file_is_read(tmp_path: Path) -> None:
    # The base of the refusals above is itself accepted, so each refusal is its one change's.
    jpeg(tmp_path / "a.jpg", (4, 4))
    assert len(read_coco(_write(tmp_path / "a.json", GOOD)).items) == 1


def test_broken_json_and_missing_images_are_named(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b'{"images": [1,]}')
    assert refusal(read_coco, path) == f"{path}: malformed JSON at line 1, column 15: Expecting value"
    path.write_bytes(b"[]")
    assert refusal(read_coco, path) == f"{path}:the document: must be an object (a COCO instances file) (found a list)"
    _write(path, GOOD)
    assert refusal(read_coco, path) == (
        f"{path}:images[0]: image 'a.jpg' not found (looked in {tmp_path}, {tmp_path / 'images'}, "
        f"{tmp_path.parent / 'images'}, {tmp_path.parent})"
    )


def test_a_box_label_outside_the_schema_is_refused_on_export(tmp_path: Path) -> None:
    from annotator.core.formats.dataset import Dataset
    from annotator.core.formats.from_bundles import ExportError

    dataset = sample_dataset()
    item = dataset.items[0]
    wrong = type(item)(
        **{**item.__dict__, "annotation": {"boxes": [{**SAMPLES[0][3][0], "label": "dog"}], "verified": False}}
    )
    with pytest.raises(ExportError, match="plain: box 'b1' has label 'dog', which is not in the image label schema"):
        write_coco(Dataset("pk", "t", dataset.label_schemas, (wrong,)), tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_images_can_be_moved_next_to_the_json(tmp_path: Path, exported: Path) -> None:
    # The same export read from a copy whose images sit in images/ beside it.
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(exported, copy / "instances.json")
    make_images(copy / "images")
    assert_boxes_close(imported_boxes(read_coco(copy / "instances.json")), expected_boxes())

"""Create ML JSON: centre coordinates, read back, the top-left reading flagged, and bad files refused by index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.core.formats.image.createml import read_createml, write_createml
from tests.core.formats.test_image_common import (
    LABELS,
    SAMPLES,
    assert_boxes_close,
    expected_boxes,
    imported_boxes,
    jpeg,
    make_images,
    refusal,
    sample_dataset,
)

# The centre is x + w/2 and x comes back as centre - w/2: equal to the last bits.
TOLERANCE = 1e-12


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    out = tmp_path / "createml.json"
    assert write_createml(sample_dataset(), out) == [out]
    make_images(tmp_path)
    return out


def test_import_of_the_export_is_the_sample(exported: Path) -> None:
    imported = read_createml(exported)
    assert_boxes_close(imported_boxes(imported), expected_boxes(attributes=False, scores=False), tolerance=TOLERANCE)
    assert imported.label_schemas == {
        "image": {"mode": "single", "labels": [{"name": name} for name in ("cat", "Straße", "猫")]}
    }
    assert [item.source for item in imported.items] == [exported.parent / name for name, *_ in SAMPLES]
    assert read_createml(exported.parent).items == imported.items  # the folder holding the one JSON


def test_the_file_has_centres_in_displayed_pixels(exported: Path, tmp_path: Path) -> None:
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [entry["image"] for entry in document] == [name for name, *_ in SAMPLES]
    assert document[0]["annotations"][0] == {
        "label": "cat",
        "coordinates": {"x": 20.0, "y": 15.0, "width": 40.0, "height": 30.0},
    }
    assert document[1]["annotations"][0] == {
        "label": "猫",
        "coordinates": {"x": 15.0, "y": 35.0, "width": 30.0, "height": 10.0},
    }
    assert document[3] == {"image": "sub/empty.jpg", "annotations": []}
    write_createml(sample_dataset(), tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == exported.read_bytes()
    assert set(LABELS) <= {a["label"] for entry in document for a in entry["annotations"]}


def _write(tmp_path: Path, document: Any, *, raw: bytes | None = None) -> Path:
    path = tmp_path / "a.json"
    path.write_bytes(raw if raw is not None else json.dumps(document).encode())
    jpeg(tmp_path / "a.jpg", (20, 10))
    return path


def test_other_tools_quirks_are_read(tmp_path: Path) -> None:
    document = [
        {
            "image": "images\\b.jpg",
            "annotations": [{"label": "猫", "coordinates": {"x": 10, "y": 5, "width": 20, "height": 10}, "extra": 1}],
        }
    ]
    jpeg(tmp_path / "images" / "b.jpg", (20, 10), orientation=1)
    path = _write(tmp_path, None, raw=json.dumps(document, ensure_ascii=False).encode("utf-16"))
    assert imported_boxes(read_createml(path)) == {
        "images/b.jpg": [{"label": "猫", "x": 0.0, "y": 0.0, "w": 20.0, "h": 10.0}]
    }


def test_a_file_written_with_top_left_corners_is_flagged(tmp_path: Path) -> None:
    # Datumaro's Roboflow reader takes x, y as the corner: a box at the right edge then leaves the image.
    path = _write(
        tmp_path,
        [
            {
                "image": "a.jpg",
                "annotations": [{"label": "cat", "coordinates": {"x": 10, "y": 0, "width": 10, "height": 10}}],
            }
        ],
    )
    assert refusal(read_createml, path) == (
        f"{path}:[0].annotations[0].coordinates: the box leaves the 20x10 image when x, y are its centre "
        "(Create ML's convention); was the file written with x, y as the top-left corner?"
    )


MALFORMED = [
    ({"image": "a.jpg"}, "the document: must be a list of images (a Create ML file) (found an object)"),
    (["a.jpg"], "[0]: must be an object with 'image' and 'annotations' (found a string)"),
    ([{"annotations": []}], "[0].image: must be a string (the image's file name) (found null)"),
    ([{"image": "a.jpg", "annotations": {}}], "[0].annotations: must be a list (found an object)"),
    (
        [{"image": "a.jpg", "annotations": [[]]}],
        "[0].annotations[0]: must be an object with 'label' and 'coordinates' (found a list)",
    ),
    (
        [{"image": "a.jpg", "annotations": [{"label": 1}]}],
        "[0].annotations[0].label: must be a string (the box's label) (found an integer)",
    ),
    ([{"image": "a.jpg", "annotations": [{"label": " "}]}], "[0].annotations[0].label: the label is empty"),
    (
        [{"image": "a.jpg", "annotations": [{"label": "cat"}]}],
        "[0].annotations[0].coordinates: must be an object {x, y, width, height} (found null)",
    ),
    (
        [{"image": "a.jpg", "annotations": [{"label": "cat", "coordinates": {"x": 1, "y": 1, "width": 1}}]}],
        "[0].annotations[0].coordinates.height: must be a number (found null)",
    ),
    (
        [
            {
                "image": "a.jpg",
                "annotations": [{"label": "cat", "coordinates": {"x": 1, "y": True, "width": 1, "height": 1}}],
            }
        ],
        "[0].annotations[0].coordinates.y: must be a number (found true or false)",
    ),
    (
        [
            {
                "image": "a.jpg",
                "annotations": [{"label": "cat", "coordinates": {"x": 5, "y": 5, "width": -1, "height": 1}}],
            }
        ],
        "[0].annotations[0].coordinates: has a negative width or height (-1.0, 1.0)",
    ),
    (
        [{"image": "a.jpg", "annotations": []}, {"image": "a.jpg", "annotations": []}],
        "[1].image: 'a.jpg' is listed twice (also [0])",
    ),
    (
        [{"image": "../a.jpg", "annotations": []}],
        "[0].image: the image name '../a.jpg' leaves the images folder ('..')",
    ),
    (
        [{"image": "gone.jpg", "annotations": []}],
        "[0].image: image 'gone.jpg' not found (looked in {tmp}, {tmp}/images)",
    ),
]


@pytest.mark.parametrize(("document", "message"), MALFORMED, ids=[f"createml-{i}" for i in range(len(MALFORMED))])
def test_malformed_files_are_refused_naming_the_place(tmp_path: Path, document: Any, message: str) -> None:
    path = _write(tmp_path, document)
    assert refusal(read_createml, path) == f"{path}:{message.replace('{tmp}', str(tmp_path))}"


def test_broken_json_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, None, raw=b'[{"image": "a.jpg",}]')
    assert (
        refusal(read_createml, path)
        == f"{path}: malformed JSON at line 1, column 20: Expecting property name enclosed in double quotes"
    )

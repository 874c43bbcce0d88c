"""labelme JSON (in only): rectangles in either corner order, X-AnyLabeling's extras, stale paths, and refusals by shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.core.formats.image.labelme import read_labelme
from tests.core.formats.test_image_common import imported_boxes, jpeg, refusal


def _shape(label: str, points: list[list[float]], **extra: Any) -> dict[str, Any]:
    return {"label": label, "points": points, "group_id": None, "shape_type": "rectangle", "flags": {}, **extra}


def _doc(image: str, shapes: list[dict[str, Any]], width: int = 20, height: int = 10, **extra: Any) -> dict[str, Any]:
    return {
        "version": "5.5.0",
        "flags": {},
        "shapes": shapes,
        "imagePath": image,
        "imageData": None,
        "imageHeight": height,
        "imageWidth": width,
        **extra,
    }


def _write(path: Path, document: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_folder_of_labelme_files_is_read(tmp_path: Path) -> None:
    jpeg(tmp_path / "a.jpg", (20, 10))
    jpeg(tmp_path / "images" / "b.jpg", (40, 30), orientation=6)  # labelme applies EXIF: 30x40
    _write(
        tmp_path / "a.json",
        _doc(
            "a.jpg",
            [
                _shape("cat", [[10, 5], [0.5, 0]], flags={"occluded": True, "truncated": False}),
                _shape("Straße", [[0, 0], [20, 10]]),
            ],
        ),
    )
    _write(
        tmp_path / "ann" / "b.json",
        # X-AnyLabeling: 4 points, score, difficult, attributes; a Windows path going up to images/.
        _doc(
            "..\\images\\b.jpg",
            [
                _shape(
                    "猫",
                    [[1, 2], [29, 2], [29, 39], [1, 39]],
                    score=0.5,
                    difficult=True,
                    attributes={"blurred": True, "colour": "red"},
                )
            ],
            width=30,
            height=40,
        ),
    )
    imported = read_labelme(tmp_path)
    assert imported.label_schemas == {
        "image": {
            "mode": "single",
            "labels": [{"name": "cat"}, {"name": "Straße"}, {"name": "猫"}],
            "attributes": ["blurred", "difficult", "occluded", "truncated"],
        }
    }
    assert imported_boxes(imported) == {
        "a.jpg": [
            {"label": "cat", "x": 0.5, "y": 0.0, "w": 9.5, "h": 5.0, "attributes": ["occluded"]},
            {"label": "Straße", "x": 0.0, "y": 0.0, "w": 20.0, "h": 10.0},
        ],
        "images/b.jpg": [
            {
                "label": "猫",
                "x": 1.0,
                "y": 2.0,
                "w": 28.0,
                "h": 37.0,
                "attributes": ["blurred", "difficult"],
                "score": 0.5,
            }
        ],
    }
    assert [item.id for item in imported.items] == ["a", "images-b"]


def test_a_stale_image_path_falls_back_to_the_json_name(tmp_path: Path) -> None:
    # labelme #876: the files were renamed after saving.
    jpeg(tmp_path / "renamed.png", (20, 10))
    path = _write(tmp_path / "renamed.json", _doc("C:\\old\\place\\original.jpg", []))
    assert [item.source for item in read_labelme(path).items] == [tmp_path / "renamed.png"]


def test_a_single_file_and_an_images_folder(tmp_path: Path) -> None:
    jpeg(tmp_path / "pics" / "a.jpg", (20, 10))
    path = _write(tmp_path / "a.json", _doc("a.jpg", [_shape("cat", [[0, 0], [1, 1]])]))
    imported = read_labelme(path, images=tmp_path / "pics")
    assert imported.items[0].source == tmp_path / "pics" / "a.jpg"


MALFORMED = [
    ([], "the document: must be an object (a labelme file) (found a list)"),
    (_doc("a.jpg", {}), "shapes: must be a list (found an object)"),
    (_doc("a.jpg", ["cat"]), "shapes[0]: must be an object (a shape) (found a string)"),
    (_doc("a.jpg", [_shape("", [[0, 0], [1, 1]])]), "shapes[0].label: the label is empty"),
    (
        _doc("a.jpg", [{"label": None, "points": []}]),
        "shapes[0].label: must be a string (the shape's label) (found null)",
    ),
    (
        _doc("a.jpg", [_shape("cat", [[0, 0], [1, 1]], shape_type="polygon")]),
        "shapes[0].shape_type: 'polygon' is not a box; only rectangles can be imported",
    ),
    (
        _doc("a.jpg", [{"label": "cat", "points": [[0, 0], [1, 1], [1, 0]]}]),
        "shapes[0].shape_type: 'polygon' is not a box; only rectangles can be imported",
    ),
    (
        _doc("a.jpg", [_shape("cat", [[0, 0]])]),
        "shapes[0].points: a rectangle needs 2 corner points (or 4), found 1 points",
    ),
    (_doc("a.jpg", [_shape("cat", None)]), "shapes[0].points: a rectangle needs 2 corner points (or 4), found null"),
    (_doc("a.jpg", [_shape("cat", [[0, 0], [1]])]), "shapes[0].points[1]: must be a point [x, y]"),
    (_doc("a.jpg", [_shape("cat", [[0, 0], [1, "2"]])]), "shapes[0].points[1][1]: must be a number (found a string)"),
    (
        _doc("a.jpg", [_shape("cat", [[0, 0], [1, 1]], flags=[])]),
        "shapes[0].flags: must be an object of true/false flags (found a list)",
    ),
    (_doc("a.jpg", [_shape("cat", [[0, 0], [1, 1]], score="x")]), "shapes[0].score: must be a number (found a string)"),
    (_doc("a.jpg", [], width="20"), "imageWidth: must be a positive integer (found a string)"),
    (
        _doc("a.jpg", [], height=11),
        "imageWidth: says the image is 20x11, but a.jpg is 20x10: the boxes were drawn on another size of it",
    ),
    (_doc(5, []), "imagePath: must be a string (the image's path) (found an integer)"),
    (
        _doc("gone.jpg", [], imageData="aGVsbG8="),
        "imagePath: image 'gone.jpg' not found next to the JSON (the JSON embeds it as imageData, but the image file itself is needed)",
    ),
    (_doc("../../outside/a.jpg", []), None),  # leaves the folder: not followed, found by its name beside the JSON
]


@pytest.mark.parametrize(("document", "message"), MALFORMED, ids=[f"labelme-{i}" for i in range(len(MALFORMED))])
def test_malformed_files_are_refused_naming_the_place(tmp_path: Path, document: Any, message: str | None) -> None:
    jpeg(tmp_path / "a.jpg", (20, 10))
    path = _write(tmp_path / "x.json", document)
    if message is None:
        assert read_labelme(path).items[0].source == tmp_path / "a.jpg"
    else:
        assert refusal(read_labelme, path) == f"{path}:{message}"


def test_the_raw_size_of_an_exif_rotated_image_is_refused(tmp_path: Path) -> None:
    jpeg(tmp_path / "r.jpg", (40, 30), orientation=6)
    path = _write(tmp_path / "r.json", _doc("r.jpg", [], width=40, height=30))
    assert refusal(read_labelme, path).startswith(
        f"{path}:imageWidth: says 40x30, the size of the pixels stored in r.jpg"
    )


def test_two_files_for_one_image_and_an_empty_folder_are_refused(tmp_path: Path) -> None:
    jpeg(tmp_path / "a.jpg", (20, 10))
    _write(tmp_path / "a.json", _doc("a.jpg", []))
    second = _write(tmp_path / "b.json", _doc("a.jpg", []))
    assert refusal(read_labelme, tmp_path) == f"{second}:imagePath: a.jpg is also described by {tmp_path / 'a.json'}"
    (tmp_path / "empty").mkdir()
    assert refusal(read_labelme, tmp_path / "empty") == f"{tmp_path / 'empty'}: holds no labelme .json files"


def test_an_image_path_leaving_the_folder_imported_is_not_followed(tmp_path: Path) -> None:
    # '../x.jpg' may point anywhere on the disk: only images inside the imported folder are packed.
    jpeg(tmp_path / "outside" / "a.jpg", (20, 10))
    path = _write(tmp_path / "ds" / "x.json", _doc("../outside/a.jpg", []))
    assert (
        refusal(read_labelme, tmp_path / "ds")
        == f"{path}:imagePath: image '../outside/a.jpg' not found next to the JSON"
    )
    assert read_labelme(tmp_path).items[0].source == (tmp_path / "outside" / "a.jpg").resolve()  # inside it: followed

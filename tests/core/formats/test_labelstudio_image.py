"""Label Studio JSON for boxes: percent of the displayed size, names that match the config, LS's converter agrees, quirks read."""

from __future__ import annotations

import json
import logging
import math
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from annotator.cli import main
from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.model import Label, LabelSchema, Status
from annotator.core.package import open_package
from tests.core.formats.test_text_jsonl import make_bundle
from tests.core.helpers import manifest_dict, media_item, png_bytes, write_zip_package

LS = load()["label-studio"]
NAMES = ["Cat", "cat", "Hund ü", "猫 <b>&amp;", "😀"]  # case kept apart, XML characters escaped
SCHEMA = {
    "image": LabelSchema(
        mode="single", labels=tuple(Label(n, "#3cb44b") for n in NAMES), attributes=("occluded", "truncated")
    )
}


def box(box_id: str, label: str, x: float, y: float, w: float, h: float, **extra: Any) -> dict[str, Any]:
    return {"id": box_id, "label": label, "x": x, "y": y, "w": w, "h": h, "attributes": [], "source": "user", **extra}


def image_item(
    item_id: str, media: str, size: tuple[int, int], boxes: list[dict[str, Any]], **fields: Any
) -> DatasetItem:
    annotation = {"boxes": boxes, "verified": False}
    base: dict[str, Any] = {"status": "done", "annotator": "a-1", "annotation": annotation}
    base.update(fields)
    return DatasetItem(id=item_id, kind="image", media=media, width=size[0], height=size[1], **base)


def sample() -> Dataset:
    first = image_item(
        "i1",
        "media/a.png",
        (640, 480),
        [
            box("b1", "Cat", 10.5, 1 / 3, 20.25, 30.0, attributes=["occluded"]),
            box("b2", "cat", 0.0, 0.0, 640.0, 480.0, source="model", score=0.75),
            box("b3", "猫 <b>&amp;", 600.125, 400.0625, 39.875, 79.9375),
        ],
    )
    second = image_item("i2", "media/sub/b.png", (48, 64), [box("b1", "😀", 1.0, 2.0, 3.0, 4.0)])
    untouched = DatasetItem(id="i3", kind="image", media="media/c.png", width=8, height=6)
    skipped = DatasetItem(id="i4", kind="image", media="media/d.png", width=8, height=6, status="skipped")
    return Dataset(package_id="p", title="T", label_schemas=SCHEMA, items=(first, second, untouched, skipped))


def save_images(folder: Path, dataset: Dataset) -> None:
    """The dataset's images (blank, of their displayed size) where a reader looks for them."""
    for item in dataset.items:
        path = folder / item.file_name
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (item.width or 1, item.height or 1), (20, 30, 40)).save(path)


def exported(tmp_path: Path, dataset: Dataset) -> tuple[Path, list[dict[str, Any]], ElementTree.Element]:
    out = tmp_path / "ls.json"
    assert LS.write(dataset, out) == [out, tmp_path / "ls.config.xml"]
    tasks = json.loads(out.read_text(encoding="utf-8"))
    return out, tasks, ElementTree.fromstring((tmp_path / "ls.config.xml").read_text(encoding="utf-8"))


def test_boxes_are_percent_of_the_displayed_size_on_every_region(tmp_path: Path) -> None:
    _, tasks, _ = exported(tmp_path, sample())
    assert [t["id"] for t in tasks] == [1, 2, 3, 4]
    assert [t["data"] for t in tasks] == [
        {"image": "a.png", "item_id": "i1"},
        {"image": "sub/b.png", "item_id": "i2"},
        {"image": "c.png", "item_id": "i3"},
        {"image": "d.png", "item_id": "i4"},
    ]
    annotation = tasks[0]["annotations"][0]
    assert annotation["ground_truth"] is False and annotation["was_cancelled"] is False
    assert "completed_by" not in annotation
    regions = annotation["result"]
    assert [(r["id"], r["type"]) for r in regions] == [
        ("b1", "rectanglelabels"),
        ("b1", "choices"),
        ("b2", "rectanglelabels"),
        ("b3", "rectanglelabels"),
    ]
    for region in regions:
        assert (region["original_width"], region["original_height"], region["image_rotation"]) == (640, 480, 0)
    first = regions[0]["value"]
    # Floats as computed (x * 100 / width), never rounded.
    assert first == {
        "x": 10.5 * 100 / 640,
        "y": (1 / 3) * 100 / 480,
        "width": 20.25 * 100 / 640,
        "height": 30.0 * 100 / 480,
        "rotation": 0,
        "rectanglelabels": ["Cat"],
    }
    assert first["y"] == 0.06944444444444443
    assert regions[1]["value"]["choices"] == ["occluded"]
    assert (regions[2]["origin"], regions[2]["score"], regions[0]["origin"]) == ("prediction", 0.75, "manual")
    assert regions[2]["value"]["width"] == 100.0 and regions[2]["value"]["height"] == 100.0
    assert tasks[1]["annotations"][0]["result"][0]["original_width"] == 48
    assert tasks[2]["annotations"] == []
    assert tasks[3]["annotations"] == [{"id": 4, "result": [], "was_cancelled": True, "ground_truth": False}]


def test_results_use_the_names_of_the_config_written_beside_them(tmp_path: Path) -> None:
    _, tasks, config = exported(tmp_path, sample())
    assert config.tag == "View"
    image = config.find("Image")
    boxes = config.find("RectangleLabels")
    attributes = config.find("Choices")
    assert image is not None and boxes is not None and attributes is not None
    assert image.attrib == {"name": "image", "value": "$image"}
    assert (boxes.get("name"), boxes.get("toName")) == ("label", image.get("name"))
    assert [label.get("value") for label in boxes] == NAMES
    assert [label.get("background") for label in boxes] == ["#3cb44b"] * len(NAMES)
    assert attributes.attrib == {"name": "attributes", "toName": "image", "perRegion": "true", "choice": "multiple"}
    assert [choice.get("value") for choice in attributes] == ["occluded", "truncated"]
    controls = {boxes.get("name"): {label.get("value") for label in boxes}}
    controls[attributes.get("name")] = {choice.get("value") for choice in attributes}
    for task in tasks:
        for annotation in task["annotations"]:
            for region in annotation["result"]:
                assert region["to_name"] == image.get("name")
                names = region["value"].get("rectanglelabels") or region["value"].get("choices")
                assert set(names) <= controls[region["from_name"]]


def test_the_same_dataset_gives_the_same_bytes(tmp_path: Path) -> None:
    LS.write(sample(), tmp_path / "a.json")
    LS.write(sample(), tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert (tmp_path / "a.config.xml").read_bytes() == (tmp_path / "b.config.xml").read_bytes()


def test_label_studios_converter_makes_the_same_boxes_in_coco_and_yolo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import label_studio_converter as converter_module  # a test dependency (requirements.lock)
    dataset = sample()
    out, _, _ = exported(tmp_path, dataset)
    caplog.set_level(logging.ERROR)
    converter = converter_module.Converter(
        str(tmp_path / "ls.config.xml"), project_dir=str(tmp_path), download_resources=False
    )
    assert {"COCO", "YOLO"} <= set(converter.supported_formats)
    # The converter finds data.image relative to the working folder and reads each image's size
    # from OUT/data.image; with the images there, it never tries to download them.
    for name in ("coco", "yolo"):
        save_images(tmp_path / name, dataset)
    monkeypatch.chdir(tmp_path / "coco")
    converter.convert(str(out), str(tmp_path / "coco"), "COCO", is_dir=False)
    coco = json.loads((tmp_path / "coco" / "result.json").read_text(encoding="utf-8"))
    names = {c["id"]: c["name"] for c in coco["categories"]}
    files = {image["id"]: image["file_name"] for image in coco["images"]}
    got = sorted((files[a["image_id"]], names[a["category_id"]], *a["bbox"]) for a in coco["annotations"])
    want = sorted(
        (item.file_name, b["label"], b["x"], b["y"], b["w"], b["h"])
        for item in dataset.items
        for b in (item.annotation or {}).get("boxes", [])
    )
    assert len(got) == len(want) == 4
    for (got_file, got_label, *got_box), (want_file, want_label, *want_box) in zip(got, want, strict=True):
        assert (got_file, got_label) == (want_file, want_label)
        assert got_box == pytest.approx(want_box, rel=1e-12, abs=1e-12)
    sizes = {image["file_name"]: (image["width"], image["height"]) for image in coco["images"]}
    # d.png was skipped: its cancelled annotation is left out, as LS leaves out skipped tasks.
    assert sizes == {"a.png": (640, 480), "sub/b.png": (48, 64), "c.png": (8, 6)}

    monkeypatch.chdir(tmp_path / "yolo")
    converter.convert(str(out), str(tmp_path / "yolo"), "YOLO", is_dir=False)
    classes = (tmp_path / "yolo" / "classes.txt").read_text(encoding="utf-8").splitlines()
    lines = (tmp_path / "yolo" / "labels" / "a.txt").read_text(encoding="utf-8").splitlines()
    yolo = sorted((classes[int(line.split()[0])], *map(float, line.split()[1:])) for line in lines)
    boxes = dataset.items[0].annotation["boxes"]  # type: ignore[index]
    expected = sorted(
        (b["label"], (b["x"] + b["w"] / 2) / 640, (b["y"] + b["h"] / 2) / 480, b["w"] / 640, b["h"] / 480)
        for b in boxes
    )
    assert [row[0] for row in yolo] == [row[0] for row in expected]
    for got_row, want_row in zip(yolo, expected, strict=True):
        assert got_row[1:] == pytest.approx(want_row[1:], rel=1e-6, abs=1e-6)  # YOLO text keeps ~16 digits


def imported_boxes(item_prelabel: dict[str, Any] | None) -> list[dict[str, Any]]:
    return list((item_prelabel or {}).get("boxes", []))


def assert_boxes_close(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> None:
    assert [(b["label"], b.get("attributes", []), b.get("score")) for b in got] == [
        (b["label"], b["attributes"], b.get("score")) for b in want
    ]
    for got_box, want_box in zip(got, want, strict=True):
        for key in ("x", "y", "w", "h"):
            # Percent of a width is not one-to-one on floats; within a few ulps of the pixels.
            assert math.isclose(got_box[key], want_box[key], rel_tol=1e-14, abs_tol=1e-12), key


def test_import_of_export_gives_the_boxes_back(tmp_path: Path) -> None:
    dataset = sample()
    out, _, _ = exported(tmp_path, dataset)
    save_images(tmp_path, dataset)
    imported = LS.read(out)
    assert [(i.id, i.kind, i.media_name, i.source) for i in imported.items] == [
        (item.id, "image", item.file_name, tmp_path / item.file_name) for item in dataset.items
    ]
    for got, item in zip(imported.items, dataset.items, strict=True):
        want = (item.annotation or {}).get("boxes", []) if item.status != "skipped" else []
        assert_boxes_close(imported_boxes(got.prelabel), want)
    assert imported.items[2].prelabel is None and imported.items[3].prelabel is None
    assert imported.label_schemas == {
        "image": {"mode": "single", "labels": [{"name": n} for n in NAMES], "attributes": ["occluded", "truncated"]}
    }
    # Exported again, the percentages are the same floats: the reader picks pixels that give them back.
    again = Dataset(
        package_id="p",
        title="T",
        label_schemas=SCHEMA,
        items=tuple(
            image_item(
                item.id,
                item.media or "",
                (item.width or 0, item.height or 0),
                [
                    box(
                        b["id"],
                        got_box["label"],
                        got_box["x"],
                        got_box["y"],
                        got_box["w"],
                        got_box["h"],
                        attributes=b["attributes"],
                        **({"source": "model", "score": b["score"]} if "score" in b else {}),
                    )
                    for b, got_box in zip(
                        (item.annotation or {}).get("boxes", []), imported_boxes(got.prelabel), strict=False
                    )
                ],
            )
            for item, got in zip(dataset.items[:2], imported.items[:2], strict=True)
        ),
    )
    first = json.loads(out.read_text(encoding="utf-8"))[:2]
    LS.write(again, tmp_path / "again.json")
    assert json.loads((tmp_path / "again.json").read_text(encoding="utf-8")) == first


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    size=st.tuples(st.integers(1, 5000), st.integers(1, 5000)),
    fractions=st.lists(
        st.tuples(*(st.floats(0, 1, allow_nan=False) for _ in range(4)), st.sampled_from(NAMES)), min_size=1, max_size=5
    ),
)
def test_generated_boxes_survive_the_round_trip(
    tmp_path: Path, size: tuple[int, int], fractions: list[tuple[float, float, float, float, str]]
) -> None:
    width, height = size
    boxes = []
    for number, (fx, fy, fw, fh, label) in enumerate(fractions, start=1):
        x, y = fx * width, fy * height
        boxes.append(box(f"b{number}", label, x, y, fw * (width - x), fh * (height - y)))
    dataset = Dataset(
        package_id="p", title="T", label_schemas=SCHEMA, items=(image_item("g", "media/g.png", size, boxes),)
    )
    folder = tmp_path / f"{width}x{height}-{len(boxes)}"
    folder.mkdir(exist_ok=True)
    LS.write(dataset, folder / "ls.json")
    save_images(folder, dataset)
    assert_boxes_close(imported_boxes(LS.read(folder / "ls.json").items[0].prelabel), boxes)


def test_an_exif_turned_photo_uses_its_displayed_size(tmp_path: Path) -> None:
    # Stored 40x20 with orientation 6: shown (and annotated) as 20x40.
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (40, 20), (1, 2, 3)).save(tmp_path / "turned.jpg", exif=exif.tobytes())
    item = image_item(
        "t", "media/turned.jpg", (20, 40), [box("b1", "Cat", 5.0, 10.0, 10.0, 20.0)], orientation=6, raw_size=(40, 20)
    )
    dataset = Dataset(package_id="p", title="T", label_schemas=SCHEMA, items=(item,))
    LS.write(dataset, tmp_path / "ls.json")
    region = json.loads((tmp_path / "ls.json").read_text(encoding="utf-8"))[0]["annotations"][0]["result"][0]
    assert (region["original_width"], region["original_height"]) == (20, 40)
    assert region["value"]["x"] == 25.0 and region["value"]["height"] == 50.0
    assert imported_boxes(LS.read(tmp_path / "ls.json").items[0].prelabel) == [
        {"label": "Cat", "x": 5.0, "y": 10.0, "w": 10.0, "h": 20.0}
    ]
    # A box given in percent of the stored (unturned) size would land turned: refused.
    region.update(original_width=40, original_height=20)
    task = {"data": {"image": "turned.jpg"}, "annotations": [{"result": [region]}]}
    (tmp_path / "raw.json").write_text(json.dumps([task]), encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        LS.read(tmp_path / "raw.json")
    assert str(caught.value) == (
        f"{tmp_path / 'raw.json'}:[0].annotations[0].result[0]: original_width x original_height 40x20 is the image's "
        "stored size, but it is shown turned by its EXIF orientation (20x40): the boxes were drawn on the unturned "
        "image and would land in the wrong place"
    )


# -- quirks of real Label Studio exports --------------------------------------------------------------


def rectangle(x: float, y: float, w: float, h: float, label: str = "Car", **extra: Any) -> dict[str, Any]:
    value = {"x": x, "y": y, "width": w, "height": h, "rotation": extra.pop("rotation", 0), "rectanglelabels": [label]}
    return {
        "id": extra.pop("id", "r1"),
        "from_name": "label",
        "to_name": "image",
        "type": "rectanglelabels",
        "value": value,
        **extra,
    }


def write_tasks(path: Path, tasks: Any, *, prefix: bytes = b"") -> Path:
    path.write_bytes(prefix + json.dumps(tasks, ensure_ascii=False).encode("utf-8"))
    return path


def test_real_world_quirks_are_read(tmp_path: Path) -> None:
    media = tmp_path / "export"
    media.mkdir()
    (media / "cat.png").write_bytes(png_bytes(200, 100))
    (media / "photo.png").write_bytes(png_bytes(50, 50))
    (media / "doc.png").write_bytes(png_bytes(10, 10))
    tasks = [
        {
            "id": "task-7",  # a string id
            "data": {"image": "/data/upload/3/1a2b3c4d-cat.png"},
            "annotations": [
                {"was_cancelled": True, "result": [rectangle(0, 0, 10, 10, "Ignored")]},
                # no original_width/height (read from the image); a width drawn leftwards
                {"result": [rectangle(50, 10, -25, 20, "Car"), {"type": "relation", "from_id": "a", "to_id": "b"}]},
            ],
            "predictions": [{"score": 0.9, "result": [rectangle(0, 0, 1, 1, "Model")]}],
        },
        {
            "id": 8,
            "data": {"image": "http://example.org/files/photo.png?x=1"},
            "annotations": [],
            "predictions": [
                {"score": 0.2, "result": [rectangle(0, 0, 50, 50, "Low")]},
                {"score": 0.8, "model_version": "v2", "result": [rectangle(10, 20, 30, 40, "High", score=0.5)]},
            ],
        },
        {
            "data": {"image": "/data/local-files/?d=doc.png"},
            # rotated 90 degrees clockwise about its top-left corner: the upright box around it
            "annotations": [
                {"result": [rectangle(50, 0, 20, 10, "Car", rotation=90, original_width=10, original_height=10)]}
            ],
        },
    ]
    source = write_tasks(media / "project-3.json", tasks, prefix=b"\xef\xbb\xbf")
    for where in (source, media):  # the file, or the folder that holds it
        imported = LS.read(where)
        assert [(i.id, i.media_name) for i in imported.items] == [
            ("task-7", "cat.png"),
            ("8", "photo.png"),
            ("doc", "doc.png"),
        ]
        first, second, third = (i.prelabel for i in imported.items)
        assert first == {"boxes": [{"label": "Car", "x": 50.0, "y": 10.0, "w": 50.0, "h": 20.0}]}
        assert second == {
            "boxes": [{"label": "High", "x": 5.0, "y": 10.0, "w": 15.0, "h": 20.0, "score": 0.5}],
            "score": 0.8,
        }
        assert third is not None
        [turned] = third["boxes"]
        assert (turned["label"], turned["x"], turned["y"]) == ("Car", pytest.approx(4.0), pytest.approx(0.0, abs=1e-12))
        assert (turned["w"], turned["h"]) == (pytest.approx(1.0), pytest.approx(2.0))
        assert imported.label_schemas["image"]["labels"] == [{"name": "Car"}, {"name": "High"}]


def test_an_upload_name_is_also_found_as_uploaded(tmp_path: Path) -> None:
    (tmp_path / "1a2b3c4d-cat.png").write_bytes(png_bytes(4, 4))
    write_tasks(tmp_path / "t.json", [{"id": 1, "data": {"image": "/data/upload/3/1a2b3c4d-cat.png"}}])
    assert [(i.id, i.media_name, i.prelabel) for i in LS.read(tmp_path / "t.json").items] == [
        ("1", "1a2b3c4d-cat.png", None)
    ]


BAD = [
    ("{", "", "malformed JSON at line 1, column 2: Expecting property name enclosed in double quotes"),
    ('{"data": {"image": "a.png"}, "id": NaN}', "", "JSON refused: NaN is not a JSON number (NaN and Infinity are not allowed)"),
    ("5", "", "a Label Studio export is a list of tasks (found 5)"),
    ('[{"data": {"image": "a.png"}}, 3]', ":[1]", "a task must be an object (found 3)"),
    ('[{"image": "a.png"}]', ":[0]", "the task has no 'data' object (is this JSON-MIN or CSV? export the full JSON)"),
    ('[{"data": {"img": "a.png"}}]', "", "no task's data has 'image', 'audio' or 'text'; put the project's labeling config beside it as NAME.config.xml"),
    ('[{"data": {"image": "a.png"}}, {"data": []}]', ":[1]", "'data' must be an object (found [])"),
    ('[{"data": {"image": "a.png"}}, {"id": 1, "image": "a.png"}]', ":[1]", "the task has no 'data' object (is this JSON-MIN or CSV? export the full JSON)"),
    ('[{"data": {"image": 5}}]', ":[0].data", "'image' must be a non-empty string (found 5)"),
    ('[{"data": {"image": "/data/upload/1/nothere.png"}}]', ":[0].data.image", "\"/data/upload/1/nothere.png\": no file 'nothere.png' in {folder} (put the image files beside the JSON)"),
    ('[{"data": {"image": "../../b.png"}}]', ":[0].data.image", "\"../../b.png\": no file 'b.png' in {folder} (put the image files beside the JSON)"),
    ('[{"data": {"image": "a.png"}}, {"data": {"image": "a.png"}}]', ":[1]", "the item id 'a' is also task [0]'s; give the tasks different ids"),
    ('[{"data": {"image": "a.png"}, "annotations": {}}]', ":[0].annotations", "must be a list (found {})"),
    ('[{"data": {"image": "a.png"}, "annotations": [{"result": 3}]}]', ":[0].annotations[0].result", "must be a list (found 3)"),
    ('[{"data": {"image": "a.png"}, "annotations": [{"result": [{"type": "rectanglelabels", "value": {"x": "1", "y": 0, "width": 1, "height": 1}}]}]}]', ":[0].annotations[0].result[0]", "'value.x' must be a number (found \"1\")"),
    ('[{"data": {"image": "a.png"}, "annotations": [{"result": [{"type": "rectanglelabels", "value": []}]}]}]', ":[0].annotations[0].result[0]", "'value' must be an object (found [])"),
    ('[{"data": {"image": "a.png"}, "annotations": [{"result": [{"type": "rectanglelabels", "value": {"x": 1, "y": 0, "width": 1, "height": 1, "rectanglelabels": ["a", "b"]}}]}]}]', ":[0].annotations[0].result[0]", "a box has one label here (found [\"a\", \"b\"])"),
    ('[{"data": {"image": "a.png"}, "annotations": [{"result": [{"type": "rectangle", "value": {"x": 1, "y": 0, "width": 1, "height": 1}}]}]}]', ":[0].annotations[0].result", "box 1 has no label"),
    ('[{"data": {"image": "a.png"}, "annotations": [{"result": [{"type": "polygonlabels", "value": {"points": []}}]}]}]', ":[0].annotations[0].result[0]", "'polygonlabels' results are not read: only boxes (RectangleLabels)"),
    ('[{"data": {"image": "a.png"}, "annotations": [{"result": [{"type": "rectanglelabels", "original_width": "x", "value": {"x": 1, "y": 0, "width": 1, "height": 1, "rectanglelabels": ["a"]}}]}]}]', ":[0].annotations[0].result[0]", "'original_width' must be a number of pixels (found \"x\")"),
]  # fmt: skip


@pytest.mark.parametrize(("content", "place", "reason"), BAD)
def test_bad_input_is_refused_naming_the_file_and_the_place(
    tmp_path: Path, content: str, place: str, reason: str
) -> None:
    (tmp_path / "a.png").write_bytes(png_bytes(4, 4))
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        LS.read(path)
    assert str(caught.value) == f"{path}{place}: {reason.replace('{folder}', str(tmp_path))}"


def test_a_damaged_image_or_config_is_refused_naming_it(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    path = write_tasks(
        tmp_path / "t.json", [{"data": {"image": "a.png"}, "annotations": [{"result": [rectangle(1, 1, 1, 1)]}]}]
    )
    with pytest.raises(PackageError) as caught:
        LS.read(path)
    assert str(caught.value) == f"{tmp_path / 'a.png'}: not a readable image (unknown format, or the file is damaged)"
    config = tmp_path / "t.config.xml"
    config.write_text('<!DOCTYPE v [<!ENTITY e "x">]><View>&e;</View>', encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        LS.read(path)
    assert str(caught.value) == f"{config}: a labeling config may not declare a DTD or entities"
    config.write_text("<View>\n<Image name='image' value='$image'>\n</View>", encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        LS.read(path)
    assert str(caught.value) == f"{config}:3: not valid XML (mismatched tag, column 3)"
    config.write_text("<View><Header value='x'/></View>", encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        LS.read(path)
    assert (
        str(caught.value)
        == f'{config}: the labeling config has no Image, Audio or Text tag with a value such as "$image"'
    )


def test_a_folder_must_hold_one_export(tmp_path: Path) -> None:
    write_tasks(tmp_path / "a.json", [])
    write_tasks(tmp_path / "b.json", [])
    with pytest.raises(PackageError) as caught:
        LS.read(tmp_path)
    assert str(caught.value) == f"{tmp_path}: the folder must hold one Label Studio .json export (found a.json, b.json)"


def test_a_package_of_several_kinds_gets_one_export_per_kind(tmp_path: Path) -> None:
    text = DatasetItem(id="t1", kind="text", text="hello")
    mixed = Dataset(package_id="p", title="T", label_schemas=SCHEMA, items=(*sample().items[:1], text))
    out = tmp_path / "mixed.json"
    assert LS.write(mixed, out) == [
        tmp_path / "mixed.image.json",
        tmp_path / "mixed.image.config.xml",
        tmp_path / "mixed.text.json",
        tmp_path / "mixed.text.config.xml",
    ]
    assert not out.exists()
    assert json.loads((tmp_path / "mixed.text.json").read_text(encoding="utf-8"))[0]["data"] == {
        "text": "hello",
        "item_id": "t1",
    }


def test_export_and_import_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = png_bytes(64, 48)
    manifest = manifest_dict(
        [media_item("a", "image", "media/a.png", png), media_item("b", "image", "media/b.png", png)]
    )
    package = write_zip_package(tmp_path / "pkg.zip", manifest, {"media/a.png": png, "media/b.png": png})
    annotation = {"boxes": [box("b1", "cat", 1.5, 2.25, 30.0, 20.0, attributes=["occluded"])], "verified": True}
    bundle = make_bundle(tmp_path, package, {"a": (annotation, Status.DONE, "")})
    out = tmp_path / "export" / "boxes.json"
    out.parent.mkdir()
    assert main(["export", "--format", "label-studio", str(bundle), "--package", str(package), "-o", str(out)]) == 0
    assert capsys.readouterr().out == (
        f"Exported 1 annotated items of 2 to {out} (Label Studio JSON with its labeling config, 2 files).\n"
    )
    region = json.loads(out.read_text(encoding="utf-8"))[0]["annotations"][0]["result"][0]
    assert region["value"]["x"] == 1.5 * 100 / 64 and (region["original_width"], region["original_height"]) == (64, 48)
    for name in ("a.png", "b.png"):
        (out.parent / name).write_bytes(png)
    again = tmp_path / "again.zip"
    assert main(["import", "--format", "label-studio", str(out), "-o", str(again)]) == 0
    assert capsys.readouterr().out == f"Imported 2 items (1 with prelabels) from {out} into {again}.\n"
    reopened = open_package(again)
    try:
        items = reopened.manifest.items
        assert [(i.id, i.media, i.prelabel) for i in items] == [
            (
                "a",
                "media/a.png",
                {"boxes": [{"label": "cat", "x": 1.5, "y": 2.25, "w": 30.0, "h": 20.0, "attributes": ["occluded"]}]},
            ),
            ("b", "media/b.png", None),
        ]
        assert reopened.manifest.label_schemas["image"].label_names() == ["cat", "dog"]
        assert reopened.manifest.label_schemas["image"].attributes == ("occluded",)
    finally:
        reopened.close()
    shutil.rmtree(out.parent)


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 200), st.floats(-1e3, 1e3, allow_nan=False), st.sampled_from(["x", "👍🏽", "Speech", ""]))  # fmt: skip
_VALUES = st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3))
_VALUE_KEYS = ["x", "y", "width", "height", "rotation", "rectanglelabels", "labels", "choices", "start", "end", "text"]
RESULTS = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["rectanglelabels", "rectangle", "labels", "choices", "textarea", "polygonlabels", 3]),
        "value": st.one_of(st.dictionaries(st.sampled_from(_VALUE_KEYS), _VALUES, max_size=8), _SCALARS),
    },
    optional={
        "id": st.one_of(st.sampled_from(["r1", "r2"]), st.integers(0, 2), st.lists(st.integers(0, 9), max_size=2)),
        "original_width": _VALUES,
        "score": _VALUES,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(results=st.lists(RESULTS, max_size=4), kind=st.sampled_from(["image", "audio", "text"]))
def test_any_results_give_a_prelabel_or_one_clear_refusal(tmp_path: Path, results: list[Any], kind: str) -> None:
    from tests.core.helpers import audio_bytes

    (tmp_path / "a.png").write_bytes(png_bytes(10, 10))
    if not (tmp_path / "a.wav").exists():
        (tmp_path / "a.wav").write_bytes(audio_bytes("WAV", 0.2))
    data = {"image": "a.png", "audio": "a.wav", "text": "ab 👍🏽 ce\u0301d"}[kind]
    path = write_tasks(tmp_path / "fuzz.json", [{"data": {kind: data}, "predictions": [{"result": results}]}])
    try:
        LS.read(path)
    except PackageError as exc:
        assert len(exc.problems) == 1 and exc.problems[0].file.startswith(f"{path}:[0]")

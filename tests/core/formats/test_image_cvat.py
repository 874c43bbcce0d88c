"""CVAT for images 1.1 XML: read by datumaro as meant, read back, and bad files refused by element."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.formats.image.cvat import read_cvat, write_cvat
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

# xbr = x + w is a float addition, and w = xbr - xtl on the way back: equal to the last bits.
TOLERANCE = 1e-12


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    out = tmp_path / "annotations.xml"
    assert write_cvat(sample_dataset(), out) == [out]
    make_images(tmp_path / "images")
    return out


def test_import_of_the_export_is_the_sample(exported: Path) -> None:
    imported = read_cvat(exported)
    assert_boxes_close(imported_boxes(imported), expected_boxes(scores=False), tolerance=TOLERANCE)
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
    assert imported.title == "Sample «boxes»"
    assert [item.source for item in imported.items] == [exported.parent / "images" / name for name, *_ in SAMPLES]
    assert read_cvat(exported.parent).items == imported.items  # the folder holding annotations.xml


def test_the_file_is_cvat_shaped_and_deterministic(exported: Path, tmp_path: Path) -> None:
    text = exported.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<annotations>\n  <version>1.1</version>\n')
    assert '<image id="1" name="rot6.jpg" width="30" height="40">' in text  # the displayed size
    assert (
        '<box label="Straße" source="manual" occluded="0" xtl="0.3333333333333333" ytl="2.5" '
        'xbr="10.458333333333334" ybr="10.25" z_order="0">\n      <attribute name="truncated">false</attribute>\n    </box>'
    ) in text
    assert '<box label="猫" source="auto" occluded="0" xtl="12.0"' in text  # a model's untouched box
    assert "untouched" not in text
    write_cvat(sample_dataset(), tmp_path / "again.xml")
    assert (tmp_path / "again.xml").read_bytes() == exported.read_bytes()


def test_datumaro_reads_the_export(exported: Path) -> None:
    AnnotationType = reader_library("datumaro.components.annotation").AnnotationType
    DmDataset = reader_library("datumaro.components.dataset").Dataset

    dataset = DmDataset.import_from(str(exported), "cvat")
    names = [label.name for label in dataset.categories()[AnnotationType.label]]
    assert names == list(LABELS)
    got = {
        item.id: [
            (names[a.label], a.x, a.y, a.w, a.h, a.attributes.get("occluded"), a.attributes.get("truncated", False))
            for a in item.annotations
            if a.type == AnnotationType.bbox
        ]
        for item in dataset
    }
    want = {
        name.rsplit(".", 1)[0]: [
            (b["label"], b["x"], b["y"], b["w"], b["h"], "occluded" in b["attributes"], "truncated" in b["attributes"])
            for b in boxes
        ]
        for name, _size, _orientation, boxes in SAMPLES
    }
    assert_same_boxes(got, want, tolerance=0.006)  # datumaro keeps 2 decimals


def _file(
    tmp_path: Path,
    body: str,
    *,
    meta: str = "<meta><task><labels><label><name>cat</name></label></labels></task></meta>",
) -> Path:
    path = tmp_path / "annotations.xml"
    path.write_text(f"<annotations><version>1.1</version>{meta}{body}</annotations>", encoding="utf-8")
    jpeg(tmp_path / "a.jpg", (20, 10))
    return path


def test_other_tools_quirks_are_read(tmp_path: Path) -> None:
    # A project export's labels, corners in reverse, a 360° rotation, other attributes, an image
    # without boxes, a UTF-16 file and its images beside it.
    body = (
        '<image id="5" name="a.jpg" width="20" height="10">'
        '<box label="猫" occluded="1" xtl="10" ytl="5" xbr="0.5" ybr="0" rotation="360.0" z_order="2">'
        '<attribute name="truncated">true</attribute><attribute name="colour">red</attribute></box></image>'
        '<image id="9" name="b.jpg" width="20" height="10"></image>'
    )
    path = tmp_path / "annotations.xml"
    path.write_bytes(
        f'<?xml version="1.0" encoding="utf-16"?><annotations><meta><project><name>P</name><labels><label><name>猫</name>'
        f"<color>#ff0000</color></label></labels></project></meta>{body}</annotations>".encode("utf-16")
    )
    jpeg(tmp_path / "a.jpg", (20, 10))
    jpeg(tmp_path / "b.jpg", (20, 10))
    imported = read_cvat(path)
    assert imported.title == "P"
    assert imported.label_schemas["image"] == {
        "mode": "single",
        "labels": [{"name": "猫", "color": "#ff0000"}],
        "attributes": ["occluded", "truncated"],
    }
    assert imported_boxes(imported) == {
        "a.jpg": [{"label": "猫", "x": 0.5, "y": 0.0, "w": 9.5, "h": 5.0, "attributes": ["occluded", "truncated"]}],
        "b.jpg": [],
    }


MALFORMED = [
    (
        '<image id="0" name="a.jpg"><box label="cat" xtl="0" ytl="0" xbr="1"/></image>',
        "annotations/image[1]/box[1]/@ybr: is empty (a number is needed)",
    ),
    (
        '<image id="0" name="a.jpg"><box label="dog" xtl="0" ytl="0" xbr="1" ybr="1"/></image>',
        "annotations/image[1]/box[1]/@label: the label 'dog' is not among the labels in <meta>",
    ),
    (
        '<image id="0" name="a.jpg"><box xtl="0" ytl="0" xbr="1" ybr="1"/></image>',
        "annotations/image[1]/box[1]/@label: the box has no label",
    ),
    (
        '<image id="0" name="a.jpg"><box label="cat" xtl="0" ytl="x" xbr="1" ybr="1"/></image>',
        "annotations/image[1]/box[1]/@ytl: 'x' is not a number",
    ),
    (
        '<image id="0" name="a.jpg"><box label="cat" xtl="0" ytl="0" xbr="1" ybr="1" occluded="yes"/></image>',
        "annotations/image[1]/box[1]/@occluded: must be 0 or 1 (found 'yes')",
    ),
    (
        '<image id="0" name="a.jpg"><box label="cat" xtl="0" ytl="0" xbr="1" ybr="1" rotation="30"/></image>',
        "annotations/image[1]/box[1]/@rotation: rotated boxes (30°) cannot be imported",
    ),
    (
        '<image id="0" name="a.jpg"><box label="cat" xtl="0" ytl="0" xbr="1" ybr="1"/><polygon label="cat" points="0,0;1,1;0,1"/></image>',
        "annotations/image[1]/polygon[1]: only boxes can be imported (this is a polygon)",
    ),
    (
        '<image id="0" name="a.jpg" width="20" height="11"/>',
        "annotations/image[1]: says the image is 20x11, but a.jpg is 20x10: the boxes were drawn on another size of it",
    ),
    ('<image id="0" name="a.jpg" width="wide" height="10"/>', "annotations/image[1]/@width: 'wide' is not a number"),
    (
        '<image id="0" name="a.jpg" width="0" height="10"/>',
        "annotations/image[1]/@width: '0' is not a whole number of pixels",
    ),
    ('<image id="0"/>', "annotations/image[1]/@name: the image file name is empty"),
    (
        '<image id="0" name="a.jpg"/><image id="1" name="a.jpg"/>',
        "annotations/image[2]/@name: 'a.jpg' is listed twice (also annotations/image[1])",
    ),
    (
        '<image id="0" name="/a.jpg"/>',
        "annotations/image[1]/@name: the image name '/a.jpg' is an absolute path; it must be relative to the images folder",
    ),
    (
        '<image id="0" name="gone.jpg"/>',
        "annotations/image[1]: image 'gone.jpg' not found (looked in {tmp}/images, {tmp})",
    ),
    (
        '<track id="0" label="cat"/>',
        "annotations/track[1]: tracks (CVAT for video) cannot be imported; export the task as 'CVAT for images'",
    ),
    ('<image id="0" name="a.jpg">', "line 1, column 137: malformed XML (no element found)"),
]


@pytest.mark.parametrize(("body", "message"), MALFORMED, ids=[f"cvat-{i}" for i in range(len(MALFORMED))])
def test_malformed_files_are_refused_naming_the_element(tmp_path: Path, body: str, message: str) -> None:
    path = _file(tmp_path, body)
    if body.endswith('"a.jpg">'):
        path.write_text(path.read_text().removesuffix("</annotations>"), encoding="utf-8")
    assert refusal(read_cvat, path) == f"{path}:{message.replace('{tmp}', str(tmp_path))}"


def test_the_root_must_be_annotations(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_text("<annotation/>")
    assert (
        refusal(read_cvat, path)
        == f"{path}:annotation: the root element is <annotation>, not <annotations> (not a CVAT XML file)"
    )


def test_labels_come_from_the_boxes_when_meta_has_none(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        '<image id="0" name="a.jpg"><box label="b" xtl="0" ytl="0" xbr="1" ybr="1"/><box label="a" xtl="0" ytl="0" xbr="1" ybr="1"/></image>',
        meta="",
    )
    assert [label["name"] for label in read_cvat(path).label_schemas["image"]["labels"]] == ["b", "a"]


def test_entity_attacks_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "annotations.xml"
    path.write_bytes(BILLION_LAUGHS.replace(b"annotation>", b"annotations>"))
    assert refusal(read_cvat, path) == (
        f"{path}:entity 'lol': XML entity declarations are refused (they can expand without bound: 'billion laughs')"
    )
    path.write_bytes(EXTERNAL_ENTITY)
    assert refusal(read_cvat, path).startswith(f"{path}:entity 'secret': XML entity declarations are refused")


def test_a_control_character_in_a_label_is_refused_on_export(tmp_path: Path) -> None:
    from annotator.core.formats.dataset import Dataset
    from annotator.core.formats.from_bundles import ExportError
    from annotator.core.model import Label, LabelSchema

    bad = Dataset("pk", "t", {"image": LabelSchema("single", (Label("bell\x07", "#000000"),))}, ())
    with pytest.raises(ExportError, match="holds a control character that XML cannot store"):
        write_cvat(bad, tmp_path / "a.xml")
    assert not (tmp_path / "a.xml").exists()

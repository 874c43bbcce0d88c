"""YOLO (Ultralytics and darknet layouts): normalised, clamped, read by datumaro as meant, read back, and bad files refused by line."""

from __future__ import annotations

import itertools
import math
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.formats.image.yolo import read_darknet, read_ultralytics, write_darknet, write_ultralytics
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

# Normalising divides by the image size; reading multiplies back: equal to the last bits or so.
TOLERANCE = 1e-9


@pytest.fixture
def ultralytics(tmp_path: Path) -> Path:
    out = tmp_path / "yolo"
    written = write_ultralytics(sample_dataset(), out)
    assert written[0] == out / "data.yaml" and len(written) == 5
    make_images(out / "images")
    return out


def test_ultralytics_export_reads_back(ultralytics: Path) -> None:
    imported = read_ultralytics(ultralytics)
    assert_boxes_close(imported_boxes(imported), expected_boxes(attributes=False, scores=False), tolerance=TOLERANCE)
    assert imported.label_schemas == {"image": {"mode": "single", "labels": [{"name": name} for name in LABELS]}}
    assert [item.source for item in imported.items] == sorted(
        (ultralytics / "images" / name).resolve() for name, *_ in SAMPLES
    )
    assert read_ultralytics(ultralytics / "data.yaml").items == imported.items


def test_darknet_export_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "darknet"
    write_darknet(sample_dataset(), out)
    assert (out / "classes.txt").read_text(encoding="utf-8") == "cat\nStraße\n猫\n"
    make_images(out)  # beside the label files, as labelImg keeps them
    imported = read_darknet(out)
    assert_boxes_close(imported_boxes(imported), expected_boxes(attributes=False, scores=False), tolerance=TOLERANCE)
    assert [entry["name"] for entry in imported.label_schemas["image"]["labels"]] == list(LABELS)
    # The images may also be somewhere else.
    pictures = tmp_path / "pictures"
    for name, *_ in SAMPLES:
        (pictures / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.move(out / name, pictures / name)
    elsewhere = read_darknet(out / "classes.txt", images=pictures)
    assert_boxes_close(imported_boxes(elsewhere), expected_boxes(attributes=False, scores=False), tolerance=TOLERANCE)


def test_the_files_are_exact_normalised_and_inside_0_1(ultralytics: Path, tmp_path: Path) -> None:
    assert (ultralytics / "data.yaml").read_text(encoding="utf-8") == (
        '# YOLO labels of the package "pk": "Sample «boxes»"\n'
        "# Put each image in images/ under its name in the package; labels/<name>.txt holds its boxes.\n"
        "train: images\nval: images\nnc: 3\nnames:\n"
        '  0: "cat"\n  1: "Straße"\n  2: "猫"\n'
    )
    assert (ultralytics / "labels" / "plain.txt").read_text() == (
        "0 0.5 0.5 1.0 1.0\n"
        "1 0.13489583333333335 0.2125 0.253125 0.25833333333333336\n"
        "2 0.3625 0.16666666666666669 0.125 0.13333333333333333\n"
    )
    assert (ultralytics / "labels" / "sub" / "empty.txt").read_bytes() == b""  # checked, no objects
    assert not (ultralytics / "labels" / "untouched.txt").exists()  # never annotated: not written
    for path in (ultralytics / "labels").rglob("*.txt"):
        for line in path.read_text().splitlines():
            cx, cy, w, h = (float(v) for v in line.split()[1:])
            assert (
                "e" not in line and 0.0 <= cx - w / 2 and cx + w / 2 <= 1.0 and 0.0 <= cy - h / 2 and cy + h / 2 <= 1.0
            )
    again = tmp_path / "again"
    write_ultralytics(sample_dataset(), again)
    for path in (again).rglob("*.*"):
        assert path.read_bytes() == (ultralytics / path.relative_to(again)).read_bytes()


_RUNS = itertools.count()


@settings(max_examples=300, deadline=None, database=None)
@given(
    size=st.integers(1, 60_000),
    start=st.floats(0, 1),
    span=st.floats(0, 1),
    touch=st.sampled_from(["none", "left", "right", "both"]),
)
def test_edges_computed_back_by_readers_never_leave_0_1(
    tmp_path_factory: pytest.TempPathFactory, size: int, start: float, span: float, touch: str
) -> None:
    # Readers (Ultralytics, albumentations) compute cx -/+ w/2 and refuse anything outside [0, 1].
    x = 0.0 if touch in ("left", "both") else start * size
    w = size - x if touch in ("right", "both") else min(span * size, size - x)
    samples = [
        (
            "a.jpg",
            (size, 1),
            1,
            [{"id": "b1", "label": "cat", "x": x, "y": 0.0, "w": w, "h": 1.0, "attributes": [], "source": "user"}],
        )
    ]
    out = tmp_path_factory.getbasetemp() / f"edges-{next(_RUNS)}"
    write_ultralytics(sample_dataset(samples=samples), out)
    _, cx, _, bw, _ = (float(v) for v in (out / "labels" / "a.txt").read_text().split())
    assert 0.0 <= cx - bw / 2 and cx + bw / 2 <= 1.0
    assert math.isclose((cx - bw / 2) * size, x, abs_tol=1e-9 * size) and math.isclose(
        (cx + bw / 2) * size, x + w, abs_tol=1e-9 * size
    )


def test_a_box_outside_the_image_is_clamped_and_never_written_negative(tmp_path: Path) -> None:
    # A hand-built Dataset may hold what the editor never stores: a box over the edge, a -0.0.
    samples = [
        (
            "a.jpg",
            (40, 20),
            1,
            [
                {
                    "id": "b1",
                    "label": "cat",
                    "x": -5.0,
                    "y": 15.0,
                    "w": 10.0,
                    "h": 10.0,
                    "attributes": [],
                    "source": "user",
                },
                {
                    "id": "b2",
                    "label": "cat",
                    "x": -0.0,
                    "y": -0.0,
                    "w": 0.0,
                    "h": 0.0,
                    "attributes": [],
                    "source": "user",
                },
                {
                    "id": "b3",
                    "label": "cat",
                    "x": 50.0,
                    "y": 0.0,
                    "w": 5.0,
                    "h": 1e-7,
                    "attributes": [],
                    "source": "user",
                },
            ],
        )
    ]
    out = tmp_path / "y"
    write_ultralytics(sample_dataset(samples=samples), out)
    assert (out / "labels" / "a.txt").read_text() == (
        "0 0.0625 0.875 0.125 0.25\n0 0.0 0.0 0.0 0.0\n0 1.0 0.0000000025 0.0 0.000000005\n"
    )


def test_datumaro_reads_the_ultralytics_export(ultralytics: Path) -> None:
    AnnotationType = reader_library("datumaro.components.annotation").AnnotationType
    DmDataset = reader_library("datumaro.components.dataset").Dataset

    dataset = DmDataset.import_from(str(ultralytics), "yolo")
    names = [label.name for label in dataset.categories()[AnnotationType.label]]
    assert names == list(LABELS)
    got = {
        item.id if item.subset == "default" else f"{item.subset}/{item.id}": [
            (names[a.label], a.x, a.y, a.w, a.h) for a in item.annotations if a.type == AnnotationType.bbox
        ]
        for item in dataset
    }
    want = {
        name.rsplit(".", 1)[0]: [(b["label"], b["x"], b["y"], b["w"], b["h"]) for b in boxes]
        for name, _size, _orientation, boxes in SAMPLES
    }
    # Datumaro reads the image size from the file, as displayed (EXIF applied); its boxes keep 2 decimals.
    assert_same_boxes(got, want, tolerance=0.006)


def _layout(
    tmp_path: Path, yaml: str | bytes, labels: dict[str, str | bytes], images: dict[str, tuple[int, int]]
) -> Path:
    root = tmp_path / "ds"
    root.mkdir()
    (root / "data.yaml").write_bytes(yaml.encode() if isinstance(yaml, str) else yaml)
    for name, text in labels.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode() if isinstance(text, str) else text)
    for name, size in images.items():
        jpeg(root / name, size)
    return root


def test_other_tools_quirks_are_read(tmp_path: Path) -> None:
    # Roboflow's data.yaml: a names list, '../' split paths, CRLF; labels with a BOM, UTF-16, a score
    # column, blank lines, a value rounded past the edge (make-sense #171), a class written as 1.0.
    yaml = "train: ../train/images\r\nval: ../valid/images\r\ntest: ../test/images\r\nnc: 2\r\nnames: ['car', \"Straße\"]\r\n"
    root = _layout(
        tmp_path,
        yaml,
        {
            "train/labels/a.txt": "\ufeff0 0.5 0.5 0.5 0.5\r\n\r\n1.0 0.75 0.25 0.5000005 0.5 0.9\r\n",
            "valid/labels/b.txt": "1 0.5 0.5 1 1\n".encode("utf-16"),
        },
        {"train/images/a.jpg": (20, 10), "train/images/c.jpg": (4, 4), "valid/images/b.jpg": (8, 8)},
    )
    imported = read_ultralytics(root)
    assert imported.label_schemas["image"]["labels"] == [{"name": "car"}, {"name": "Straße"}]
    assert imported_boxes(imported) == {
        "train/images/a.jpg": [
            {"label": "car", "x": 5.0, "y": 2.5, "w": 10.0, "h": 5.0},
            {"label": "Straße", "x": 9.999995, "y": 0.0, "w": 10.000005, "h": 5.0, "score": 0.9},
        ],
        "train/images/c.jpg": [],  # no label file: no objects
        "valid/images/b.jpg": [{"label": "Straße", "x": 0.0, "y": 0.0, "w": 8.0, "h": 8.0}],
    }


def test_names_as_a_mapping_and_a_path_key(tmp_path: Path) -> None:
    yaml = "path: .\ntrain: images\nnames:\n  0: person\n  1: 'a: b'\n"
    root = _layout(tmp_path, yaml, {"labels/x.txt": "1 0.5 0.5 0.5 0.5\n"}, {"images/x.jpg": (4, 4)})
    imported = read_ultralytics(root)
    assert [label["name"] for label in imported.label_schemas["image"]["labels"]] == ["person", "a: b"]
    assert imported_boxes(imported) == {"x.jpg": [{"label": "a: b", "x": 1.0, "y": 1.0, "w": 2.0, "h": 2.0}]}


def test_an_exif_rotated_image_is_normalised_by_its_displayed_size(tmp_path: Path) -> None:
    root = _layout(tmp_path, "names: [cat]\n", {"labels/r.txt": "0 0.5 0.5 1 1\n"}, {})
    jpeg(root / "images" / "r.jpg", (40, 30), orientation=8)
    assert imported_boxes(read_ultralytics(root)) == {
        "r.jpg": [{"label": "cat", "x": 0.0, "y": 0.0, "w": 30.0, "h": 40.0}]
    }


LINES = [
    ("0 0.5 0.5 0.5\n", "line 1: expected 5 numbers 'class cx cy w h' (or a 6th, the score), found 4"),
    (
        "0 0.5 0.5 0.5 0.5\n0 0.1 0.1 0.2 0.1 0.3 0.3 0.2 0.3\n",
        "line 2: expected 5 numbers 'class cx cy w h' (or a 6th, the score), found 9 (a polygon? only boxes can be imported)",
    ),
    ("2 0.5 0.5 0.5 0.5\n", "line 1: class 2 is not in the class list (0-1)"),
    ("cat 0.5 0.5 0.5 0.5\n", "line 1: 'cat' is not a number"),
    ("0.5 0.5 0.5 0.5 0.5\n", "line 1: the class '0.5' is not a whole number"),
    ("0 0.5 nan 0.5 0.5\n", "line 1: 'nan' is not a finite number"),
    (
        "0 120 80 40 20\n",
        "line 1: cx = 120.0 is outside 0-1: YOLO coordinates are fractions of the image size (pixel values?)",
    ),
    ("0 0.5 0.5 -0.0001 0.5\n", "line 1: has a negative width or height"),
    (b"0 0.5 0.5 0.5 0.5\n\xff\n", "line 2: not UTF-8 text (invalid byte 0xff at byte 18); save it as UTF-8"),
]


@pytest.mark.parametrize(("text", "message"), LINES, ids=[f"line-{i}" for i in range(len(LINES))])
def test_bad_label_lines_are_refused_naming_the_line(tmp_path: Path, text: str | bytes, message: str) -> None:
    root = _layout(tmp_path, "names: [a, b]\n", {"labels/x.txt": text}, {"images/x.jpg": (4, 4)})
    assert refusal(read_ultralytics, root) == f"{root / 'labels' / 'x.txt'}:{message}".replace(
        str(root), str(root.resolve())
    )


YAMLS = [
    ("train: images\n", "names: is missing (the list of class names)"),
    ("names: cat\n", "names: must be a list or a mapping of class names (found a string)"),
    ("names: [cat, 3]\n", "names[1]: must be a class name (found an integer)"),
    ("names: [cat, cat]\n", "names[1]: the class 'cat' is listed twice (also class 0)"),
    ("names: {a: cat}\n", "names['a']: class numbers must be whole numbers from 0"),
    ("nc: 3\nnames: [cat]\n", "nc: says 3 classes, but names has 1"),
    ("names: [cat\n", "line 2, column 1: malformed YAML ("),  # libyaml's or PyYAML's own wording follows
    ("- cat\n", ": must be a YAML mapping with 'names' (found a list)"),
    ("names: [cat]\ntrain: ../../elsewhere\n", "train: '../../elsewhere' is outside the dataset folder"),
    ("names: [cat]\ntrain: [images, 3]\n", "train[1]: must be a folder of images (found an integer)"),
]


@pytest.mark.parametrize(("yaml", "message"), YAMLS, ids=[f"yaml-{i}" for i in range(len(YAMLS))])
def test_bad_data_yaml_is_refused_naming_the_key(tmp_path: Path, yaml: str, message: str) -> None:
    root = _layout(tmp_path, yaml, {"labels/x.txt": ""}, {"images/x.jpg": (4, 4)})
    got = refusal(read_ultralytics, root)
    where = f"{root / 'data.yaml'}" + ("" if message.startswith(":") else ":")
    assert got.startswith(where + message), got


def test_a_yaml_bomb_is_not_expanded(tmp_path: Path) -> None:
    bomb = (
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8))
        + "names: *i\n"
    )
    root = _layout(tmp_path, bomb, {}, {})
    assert refusal(read_ultralytics, root) == f"{root / 'data.yaml'}:names[0]: must be a class name (found a list)"


def test_layout_problems_are_named(tmp_path: Path) -> None:
    root = _layout(
        tmp_path,
        "names: [cat]\n",
        {"labels/gone.txt": "0 0.5 0.5 0.5 0.5\n", "labels/x.txt": ""},
        {"images/x.jpg": (4, 4)},
    )
    images = (root / "images").resolve()
    assert (
        refusal(read_ultralytics, root)
        == f"{(root / 'labels' / 'gone.txt').resolve()}: has no image of the same name in {images}"
    )
    (root / "labels" / "gone.txt").unlink()
    jpeg(root / "images" / "x.png", (4, 4))
    assert refusal(read_ultralytics, root) == (
        f"{images / 'x.png'}: shares its name with x.jpg: which one the label file x.txt is for is unclear"
    )
    shutil.rmtree(root / "labels")
    assert refusal(read_ultralytics, root) == (
        f"{root / 'data.yaml'}: the labels folder {(root / 'labels').resolve()} (for the images in {images}) does not exist"
    )
    assert refusal(read_ultralytics, tmp_path) == f"{tmp_path}: holds no data.yaml (the Ultralytics dataset file)"
    assert refusal(read_darknet, tmp_path) == f"{tmp_path}: holds no classes.txt or obj.names (the darknet class list)"


def test_darknet_quirks_and_refusals(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "obj.names").write_bytes("car\r\n\r\n猫\r\n".encode("utf-16"))
    (folder / "train.txt").write_text("data/obj/a.jpg\n")  # darknet's image list, not a label file
    (folder / "a.txt").write_text("1 0.5 0.5 0.5 0.5\n")
    jpeg(folder / "a.jpg", (8, 4))
    jpeg(folder / "b.jpg", (8, 4))
    imported = read_darknet(folder)
    assert imported_boxes(imported) == {"a.jpg": [{"label": "猫", "x": 2.0, "y": 1.0, "w": 4.0, "h": 2.0}], "b.jpg": []}
    (folder / "obj.names").write_text("car\ncar\n")
    assert (
        refusal(read_darknet, folder) == f"{folder / 'obj.names'}:line 2: the class 'car' is listed twice (also line 1)"
    )


def test_unwritable_labels_are_refused_on_export(tmp_path: Path) -> None:
    from annotator.core.formats.dataset import Dataset
    from annotator.core.formats.from_bundles import ExportError
    from annotator.core.model import Label, LabelSchema

    bad = Dataset("pk", "t", {"image": LabelSchema("single", (Label("two\nlines", "#000000"),))}, ())
    with pytest.raises(ExportError, match=r"the label 'two\\nlines' cannot be a line of classes.txt"):
        write_darknet(bad, tmp_path / "d")
    clash = sample_dataset(samples=[("a/b.jpg", (4, 4), 1, []), ("a/b.png", (4, 4), 1, [])])
    with pytest.raises(ExportError, match="'a/b.png' and 'a/b.jpg' would both be written as 'a/b.txt'; rename one"):
        write_ultralytics(clash, tmp_path / "y")
    assert sorted(p.name for p in tmp_path.iterdir()) == []

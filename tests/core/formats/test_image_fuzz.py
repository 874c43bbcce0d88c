"""Fuzzing each image format reader: whatever the bytes, only our typed errors come out, with no hang and no memory blow-up.

The seeds are our own exports of the sample (so every case starts from a file that reads), then
values are replaced, keys dropped, bytes flipped, cut and inserted, as in tests/core/test_reader_fuzz.py.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import AnnotatorError
from annotator.core.formats.image.coco import read_coco, write_coco
from annotator.core.formats.image.createml import read_createml, write_createml
from annotator.core.formats.image.cvat import read_cvat, write_cvat
from annotator.core.formats.image.labelme import read_labelme
from annotator.core.formats.image.voc import read_voc, write_voc
from annotator.core.formats.image.yolo import read_ultralytics, write_ultralytics
from tests.core.formats.test_image_common import make_images, sample_dataset
from tests.core.test_reader_fuzz import damaged, guarded, mutated_json

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=not os.environ.get("FUZZ_EXPLORE"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
NASTY = st.sampled_from(
    [
        "",
        " ",
        "nan",
        "inf",
        "-1",
        "-0",
        "1e400",
        "0x10",
        "9" * 400,
        "1,5",
        "&amp;",
        "&lol;",
        "<",
        '"',
        "\u0000",
        "猫",
        "../x",
        "/etc/passwd",
        "a.jpg",
    ]
)


def _seed(tmp: Path, name: str, write: Callable[..., Any]) -> tuple[Path, bytes]:
    folder = tmp / name
    folder.mkdir()
    make_images(folder)
    make_images(folder / "images")
    out = folder / name
    write(sample_dataset(), out)
    return folder, out.read_bytes()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, bytes]]:
    tmp = tmp_path_factory.mktemp("image-fuzz")
    return {
        "coco": _seed(tmp, "coco.json", write_coco),
        "createml": _seed(tmp, "createml.json", write_createml),
        "cvat": _seed(tmp, "annotations.xml", write_cvat),
    }


def _exported(write: Callable[..., Any], name: str, inside: str = "") -> bytes:
    """The bytes of our export of the sample (one file, or one file `inside` a folder layout), for the strategies."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / name
        write(sample_dataset(), out)
        return (out / inside if inside else out).read_bytes()


def _read(reader: Callable[[Path], Any], path: Path) -> None:
    with guarded(reader.__name__):
        try:
            reader(path)
        except AnnotatorError:
            pass


@st.composite
def mutated_xml(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with element texts and attribute values replaced, then perhaps damaged bytes."""
    text = seed.decode("utf-8")
    values = [m.span(1) for m in re.finditer(r'="([^"]*)"', text)] + [
        m.span(1) for m in re.finditer(r">([^<]*)<", text)
    ]
    for _ in range(draw(st.integers(1, 3))):
        start, end = draw(st.sampled_from(values))
        replacement = draw(NASTY).replace("<", "&lt;") if draw(st.booleans()) else draw(NASTY)
        text = text[:start] + replacement + text[end:]
        values = [m.span(1) for m in re.finditer(r'="([^"]*)"', text)] + [
            m.span(1) for m in re.finditer(r">([^<]*)<", text)
        ]
    raw = text.encode("utf-8")
    return draw(damaged(raw)) if draw(st.integers(0, 3)) == 0 else raw


@FUZZ
@given(raw=mutated_json(_exported(write_coco, "coco.json")))
def test_fuzz_coco(raw: bytes, seeds: dict[str, tuple[Path, bytes]]) -> None:
    folder, _ = seeds["coco"]
    (folder / "fuzz.json").write_bytes(raw)
    _read(read_coco, folder / "fuzz.json")


@FUZZ
@given(raw=mutated_json(_exported(write_createml, "createml.json")))
def test_fuzz_createml(raw: bytes, seeds: dict[str, tuple[Path, bytes]]) -> None:
    folder, _ = seeds["createml"]
    (folder / "fuzz.json").write_bytes(raw)
    _read(read_createml, folder / "fuzz.json")


@FUZZ
@given(raw=mutated_xml(_exported(write_cvat, "annotations.xml")))
def test_fuzz_cvat(raw: bytes, seeds: dict[str, tuple[Path, bytes]]) -> None:
    folder, _ = seeds["cvat"]
    (folder / "fuzz.xml").write_bytes(raw)
    _read(read_cvat, folder / "fuzz.xml")


@pytest.fixture(scope="module")
def voc_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("voc-fuzz") / "voc"
    write_voc(sample_dataset(), out)
    make_images(out / "JPEGImages")
    return out


@FUZZ
@given(raw=mutated_xml(_exported(write_voc, "voc", "Annotations/plain.xml")))
def test_fuzz_voc(raw: bytes, voc_tree: Path) -> None:
    (voc_tree / "Annotations" / "plain.xml").write_bytes(raw)
    _read(read_voc, voc_tree)


@pytest.fixture(scope="module")
def yolo_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("yolo-fuzz") / "yolo"
    write_ultralytics(sample_dataset(), out)
    make_images(out / "images")
    return out


LABEL_LINE = st.lists(
    st.sampled_from(["0", "1", "2", "3", "-1", "0.5", "1.0", "0.0", "1e-3", "nan", "x", "1.0005", "  ", "\t", "0.25"]),
    max_size=8,
).map(" ".join)


@FUZZ
@given(
    labels=st.lists(LABEL_LINE, max_size=5)
    .map("\n".join)
    .map(str.encode)
    .flatmap(lambda raw: damaged(raw) if raw else st.just(raw)),
    yaml=st.sampled_from(
        [
            b"names: [cat, dog]\n",
            b"names: {0: cat, 1: dog}\nnc: 2\n",
            b"names: [cat\n",
            b"names: *a\n",
            b"a: &a [x]\nnames: *a\n",
            b"names: !!python/object:os.system ls\n",
            b"train: ../../../\nnames: [a]\n",
            b"\xff\xfe\x00",
            b"names: [[a]]\n",
            b"names: {-1: a}\n",
        ]
    ),
)
def test_fuzz_yolo(labels: bytes, yaml: bytes, yolo_tree: Path) -> None:
    (yolo_tree / "labels" / "plain.txt").write_bytes(labels)
    (yolo_tree / "data.yaml").write_bytes(yaml)
    _read(read_ultralytics, yolo_tree)


@pytest.fixture(scope="module")
def labelme_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("labelme-fuzz")
    make_images(folder)
    return folder


LABELME_SEED = (
    b'{"version": "5.5.0", "flags": {}, "shapes": [{"label": "cat", "points": [[0, 0], [10, 5]], "group_id": null, '
    b'"shape_type": "rectangle", "flags": {"occluded": true}, "score": 0.5, "attributes": {"a": true}}], '
    b'"imagePath": "plain.jpg", "imageData": null, "imageHeight": 30, "imageWidth": 40}'
)


@FUZZ
@given(raw=mutated_json(LABELME_SEED))
def test_fuzz_labelme(raw: bytes, labelme_folder: Path) -> None:
    (labelme_folder / "plain.json").write_bytes(raw)
    _read(read_labelme, labelme_folder / "plain.json")


def test_the_seeds_themselves_read(tmp_path: Path) -> None:
    # Each fuzz case starts from a file that reads, so the mutations are what is tested.
    make_images(tmp_path)
    for name, write, reader in (
        ("coco.json", write_coco, read_coco),
        ("createml.json", write_createml, read_createml),
        ("annotations.xml", write_cvat, read_cvat),
    ):
        (tmp_path / name).write_bytes(_exported(write, name))
        assert len(reader(tmp_path / name).items) == 4
    voc = tmp_path / "voc"
    write_voc(sample_dataset(), voc)
    make_images(voc / "JPEGImages")
    (voc / "Annotations" / "plain.xml").write_bytes(_exported(write_voc, "voc", "Annotations/plain.xml"))
    assert len(read_voc(voc).items) == 4
    (tmp_path / "plain.json").write_bytes(LABELME_SEED)
    assert len(read_labelme(tmp_path / "plain.json").items) == 1

"""`annotator import --images DIR`: the images may sit in a folder of their own, for image formats only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from annotator.cli import main
from annotator.core.package import open_package


def coco_with_images_elsewhere(tmp_path: Path) -> tuple[Path, Path]:
    photos = tmp_path / "photos"
    photos.mkdir()
    Image.effect_noise((64, 48), 40).convert("RGB").save(photos / "cat.jpg", quality=90)
    notes = tmp_path / "notes"
    notes.mkdir()
    coco = {
        "images": [{"id": 1, "file_name": "cat.jpg", "width": 64, "height": 48}],
        "annotations": [
            {"id": 1, "image_id": 1, "category_id": 1, "bbox": [2.5, 3.0, 20.0, 10.25], "area": 205.0, "iscrowd": 0}
        ],
        "categories": [{"id": 1, "name": "cat"}],
    }
    (notes / "instances.json").write_text(json.dumps(coco), encoding="utf-8")
    return notes / "instances.json", photos


def test_images_in_their_own_folder_are_found_with_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, photos = coco_with_images_elsewhere(tmp_path)
    out = tmp_path / "pkg.zip"
    assert main(["import", "--format", "coco", str(source), "--images", str(photos), "-o", str(out)]) == 0
    package = open_package(out)
    try:
        (item,) = package.manifest.items
        assert item.media == "media/cat.jpg"
        box = item.prelabel["boxes"][0]
        assert (box["label"], box["x"], box["y"], box["w"], box["h"]) == ("cat", 2.5, 3.0, 20.0, 10.25)
    finally:
        package.close()
    capsys.readouterr()
    # Without the option the image is not beside the JSON, and the message says so.
    assert main(["import", "--format", "coco", str(source), "-o", str(tmp_path / "no.zip")]) == 1
    assert "cat.jpg" in capsys.readouterr().err


def test_the_option_is_refused_for_formats_that_find_their_media_themselves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "texts.jsonl"
    table.write_text('{"text": "hello"}\n', encoding="utf-8")
    code = main(["import", "--format", "jsonl", str(table), "--images", str(tmp_path), "-o", str(tmp_path / "p.zip")])
    assert code == 1
    assert capsys.readouterr().err == (
        f"error: {table}: --images is for image formats; 'jsonl' finds its media itself\n1 problem found.\n"
    )

"""Apple Create ML object-detection JSON: one file, `[{image, annotations: [{label, coordinates: {x, y, width, height}}]}]`, read and written.

`x, y` are the box's CENTRE, in pixels of the DISPLAYED image (Apple's specification, and
labelImg's writer); the format has no image size and no scores or flags, so those are not written.
The centre is `x + w / 2`, a float addition: a box read back can differ in its last bits.

Read: images are looked for in the images folder given, else next to the JSON, else its images/
folder. A box that leaves its image by more than half a pixel when x, y are taken as its centre is
refused: some tools (datumaro's Roboflow reader among them) take them as the top-left corner, and
such a file must not be read the other way without anyone noticing.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

from annotator.core.errors import PackageError, Problem
from annotator.core.formats.dataset import Dataset, ImportedItem, ImportedPackage
from annotator.core.formats.image.common import (
    annotated_images,
    box,
    boxes_of,
    expect,
    find_image,
    finite,
    image_geometry,
    imported_item,
    package_of,
    read_json,
    refuse,
    relative_name,
)
from annotator.core.formats.registry import Format, register

# How far (pixels) a box may leave its image before its centre convention is doubted.
SLACK = 0.5


def write_createml(dataset: Dataset, out: Path) -> list[Path]:
    """Write the annotated images of `dataset` as one Create ML JSON file at `out`."""
    from annotator.core.atomic import write_atomic

    entries = []
    for item in annotated_images(dataset):
        annotations = []
        for found in boxes_of(item):
            w, h = found["w"], found["h"]
            coordinates = {"x": found["x"] + w / 2, "y": found["y"] + h / 2, "width": w, "height": h}
            annotations.append({"label": found["label"], "coordinates": coordinates})
        entries.append({"image": item.file_name, "annotations": annotations})
    raw = json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
    write_atomic(out, (raw + "\n").encode("utf-8"))
    return [out]


def read_createml(src: Path, *, images: Path | None = None) -> ImportedPackage:
    """Read a Create ML JSON file (or the folder holding one) and the images it names."""
    path = _json_file(src)
    document = read_json(path)
    expect(document, list, "a list of images (a Create ML file)", path, "the document")
    folders = [images] if images is not None else [path.parent, path.parent / "images"]
    labels: dict[str, None] = {}
    items: list[ImportedItem] = []
    missing: list[Problem] = []
    seen: dict[PurePosixPath, int] = {}
    for index, entry in enumerate(document):
        place = f"[{index}]"
        expect(entry, dict, "an object with 'image' and 'annotations'", path, place)
        name = relative_name(
            expect(entry.get("image"), str, "a string (the image's file name)", path, f"{place}.image"),
            path,
            f"{place}.image",
        )
        if name in seen:
            refuse(path, f"{place}.image", f"'{name}' is listed twice (also [{seen[name]}])")
        seen[name] = index
        annotations = expect(entry.get("annotations", []), list, "a list", path, f"{place}.annotations")
        source = find_image(name, folders)
        if source is None:
            where = ", ".join(str(folder) for folder in dict.fromkeys(folders))
            missing.append(Problem(f"{path}:{place}.image", f"image '{name}' not found (looked in {where})"))
            continue
        boxes = [
            _box(annotation, path, f"{place}.annotations[{number}]", labels)
            for number, annotation in enumerate(annotations)
        ]
        if boxes:
            geometry = image_geometry(source)
            for number, found in enumerate(boxes):
                _check_inside(
                    found, geometry.width, geometry.height, path, f"{place}.annotations[{number}].coordinates"
                )
        items.append(imported_item(source, name.parent / source.name, boxes))
    if missing:
        raise PackageError(missing)
    return package_of(path.stem, list(labels), items)


def _json_file(src: Path) -> Path:
    if not src.is_dir():
        return src
    found = sorted(src.glob("*.json"))
    if len(found) != 1:
        refuse(
            src,
            "",
            "holds no .json file" if not found else f"holds {len(found)} JSON files; name the Create ML file itself",
        )
    return found[0]


def _box(annotation: Any, path: Path, place: str, labels: dict[str, None]) -> dict[str, Any]:
    expect(annotation, dict, "an object with 'label' and 'coordinates'", path, place)
    label = expect(annotation.get("label"), str, "a string (the box's label)", path, f"{place}.label")
    if not label.strip():
        refuse(path, f"{place}.label", "the label is empty")
    coordinates = expect(
        annotation.get("coordinates"), dict, "an object {x, y, width, height}", path, f"{place}.coordinates"
    )
    x, y, w, h = (
        finite(coordinates.get(key), path, f"{place}.coordinates.{key}") for key in ("x", "y", "width", "height")
    )
    if w < 0 or h < 0:
        refuse(path, f"{place}.coordinates", f"has a negative width or height ({w}, {h})")
    labels.setdefault(label, None)
    return box(label, x - w / 2, y - h / 2, w, h)


def _check_inside(found: dict[str, Any], width: int, height: int, path: Path, place: str) -> None:
    if (
        found["x"] < -SLACK
        or found["y"] < -SLACK
        or found["x"] + found["w"] > width + SLACK
        or found["y"] + found["h"] > height + SLACK
    ):
        refuse(
            path,
            place,
            f"the box leaves the {width}x{height} image when x, y are its centre (Create ML's convention); "
            "was the file written with x, y as the top-left corner?",
        )


register(
    Format(
        id="createml",
        title="Apple Create ML object detection JSON",
        kinds=("image",),
        write=write_createml,
        read=read_createml,
        output="file",
        rounding="",
    )
)

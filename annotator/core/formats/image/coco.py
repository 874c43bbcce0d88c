"""COCO instances JSON (detection boxes): one file for the whole dataset, read and written.

Written: `images[].width/height` are the DISPLAYED size (EXIF applied) and boxes are displayed
pixels, `bbox = [x, y, w, h]` with the floats exactly as annotated, `area = w * h`, ids from 1
(pycocotools' evaluation treats id 0 as "no match"), categories 1..N in label-schema order,
`segmentation: []`, `iscrowd: 0`, the schema's per-box flags as `attributes: {name: bool}` (the
shape CVAT and datumaro use), and `score` on a model's untouched boxes.

Read: ids may be integers or strings and need not be contiguous or start at 1 (Label Studio starts
at 0); `file_name` is relative to the images folder (given, else next to the JSON, its images/
folder, or ../images/ as CVAT lays it out) and may lack its extension; every image's declared size
must be its displayed size, or the file is refused (a tool that ignored EXIF wrote the raw size).
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

from annotator.core.errors import Problem
from annotator.core.formats.dataset import Dataset, ImportedItem, ImportedPackage
from annotator.core.formats.from_bundles import ExportError
from annotator.core.formats.image.common import (
    annotated_images,
    box,
    boxes_of,
    check_size,
    expect,
    find_image,
    finite,
    image_geometry,
    imported_item,
    kind_of,
    missing_images,
    package_of,
    read_json,
    refuse,
    relative_name,
    schema_attributes,
)
from annotator.core.formats.registry import Format, register


def write_coco(dataset: Dataset, out: Path) -> list[Path]:
    """Write the annotated images of `dataset` as one COCO instances file at `out`."""
    from annotator.core.atomic import write_atomic

    items = annotated_images(dataset)
    labels = dataset.labels("image")
    category_ids = {name: number for number, name in enumerate(labels, 1)}
    flags = schema_attributes(dataset)
    # The JSON is put together as text, one image or box a line, with the values json.dumps would
    # write (floats as repr: the shortest digits that read back bit for bit), three times faster.
    no_flags = ',"attributes":' + _dumps(dict.fromkeys(flags, False)) if flags else ""
    attribute_text: dict[tuple[str, ...], str] = {(): no_flags}
    images: list[str] = []
    annotations: list[str] = []
    append = annotations.append
    next_id = 1
    for image_id, item in enumerate(items, 1):
        images.append(
            f'{{"id":{image_id},"file_name":{_dumps(item.file_name)},"width":{item.width},"height":{item.height}}}'
        )
        for found in boxes_of(item):
            x, y, w, h = found["x"], found["y"], found["w"], found["h"]
            area = w * h
            if not -_INF < x + y + area < _INF:  # only a Dataset built by hand can hold NaN or 1e300 * 1e300
                raise ExportError(
                    [
                        Problem(
                            item.id,
                            f"box '{found.get('id', '?')}' has a coordinate or area that is not a finite number",
                        )
                    ]
                )
            on = tuple(found.get("attributes") or ())
            attributes = attribute_text.get(on)
            if attributes is None:
                names = flags + sorted(set(on) - set(flags))
                attributes = attribute_text[on] = ',"attributes":' + _dumps({name: name in on for name in names})
            score = f',"score":{found["score"]!r}' if "score" in found else ""
            append(
                f'{{"id":{next_id},"image_id":{image_id},"category_id":{category_ids[found["label"]]},'
                f'"bbox":[{x!r},{y!r},{w!r},{h!r}],"area":{area!r},"iscrowd":0,"segmentation":[]{attributes}{score}}}'
            )
            next_id += 1
    head = {"info": {"description": dataset.title, "version": "1.0"}, "licenses": []}
    categories = [{"id": number, "name": name, "supercategory": ""} for name, number in category_ids.items()]
    text = "".join(
        [
            _dumps(head)[:-1],
            ',\n"categories":',
            _dumps(categories),
            ',\n"images":[\n',
            ",\n".join(images),
            '\n],\n"annotations":[\n',
            ",\n".join(annotations),
            "\n]}\n",
        ]
    )
    write_atomic(out, text.encode("utf-8"))
    return [out]


_INF = float("inf")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def read_coco(src: Path, *, images: Path | None = None) -> ImportedPackage:
    """Read a COCO instances file (or a folder holding one) and the images it names, as items with prelabels."""
    path = _annotation_file(src)
    document = read_json(path)
    expect(document, dict, "an object (a COCO instances file)", path, "the document")
    labels, label_of = _categories(document, path)
    folders = (
        [images]
        if images is not None
        else [path.parent, path.parent / "images", path.parent.parent / "images", path.parent.parent]
    )
    image_list = expect(document.get("images"), list, "a list", path, "images")
    entries: dict[str, tuple[PurePosixPath, Path | None, list[dict[str, Any]]]] = {}
    names: dict[PurePosixPath, int] = {}
    missing: list[tuple[str, PurePosixPath]] = []
    for index, image in enumerate(image_list):
        place = f"images[{index}]"
        expect(image, dict, "an object", path, place)
        key = _id(image.get("id"), path, f"{place}.id")
        if key in entries:
            refuse(path, f"{place}.id", f"image id {image.get('id')!r} appears twice")
        name = relative_name(
            expect(image.get("file_name"), str, "a string (the image's file name)", path, f"{place}.file_name"),
            path,
            f"{place}.file_name",
        )
        if name in names:
            refuse(path, f"{place}.file_name", f"'{name}' is listed twice (also images[{names[name]}])")
        names[name] = index
        source = find_image(name, folders)
        if source is None:
            missing.append((place, name))
        else:
            name = name.parent / source.name  # a name written without its extension gets the file's
            declared = _declared_size(image, path, place)
            if declared is not None:
                check_size(declared, source, image_geometry(source), path, place)
        entries[key] = (name, source, [])
    if missing:
        missing_images(path, missing, folders)
    annotation_list = document.get("annotations", [])
    expect(annotation_list, list, "a list", path, "annotations")
    attributes: dict[str, None] = {}
    for index, annotation in enumerate(annotation_list):
        place = f"annotations[{index}]"
        expect(annotation, dict, "an object", path, place)
        image_key = _id(annotation.get("image_id"), path, f"{place}.image_id")
        if image_key not in entries:
            refuse(path, f"{place}.image_id", f"no image has id {annotation.get('image_id')!r}")
        category_key = _id(annotation.get("category_id"), path, f"{place}.category_id")
        if category_key not in label_of:
            refuse(path, f"{place}.category_id", f"no category has id {annotation.get('category_id')!r}")
        entries[image_key][2].append(_box(annotation, label_of[category_key], path, place, attributes))
    items: list[ImportedItem] = [
        imported_item(source, name, found) for name, source, found in entries.values() if source
    ]
    info = document.get("info")
    title = info.get("description") if isinstance(info, dict) else None
    return package_of(
        title if isinstance(title, str) and title.strip() else path.stem, labels, items, attributes=list(attributes)
    )


def _annotation_file(src: Path) -> Path:
    if not src.is_dir():
        return src
    found = sorted(src.glob("annotations/instances_*.json")) or sorted(src.glob("*.json"))
    if len(found) != 1:
        what = "no COCO JSON file" if not found else f"{len(found)} JSON files ({', '.join(p.name for p in found[:5])})"
        refuse(src, "", f"holds {what}; name the instances JSON file itself")
    return found[0]


def _id(value: Any, path: Path, place: str) -> str:
    # Ids are compared as text: some tools write "7" for 7, and a file is consistent with itself.
    if isinstance(value, bool) or not isinstance(value, (int, str)) or value == "":
        refuse(path, place, f"must be an integer or a string id (found {_found(value)})")
    return str(value)


def _found(value: Any) -> str:
    return "an empty string" if value == "" else kind_of(value)


def _categories(document: dict[str, Any], path: Path) -> tuple[list[str], dict[str, str]]:
    categories = expect(document.get("categories", []), list, "a list", path, "categories")
    labels: dict[str, None] = {}
    label_of: dict[str, str] = {}
    for index, category in enumerate(categories):
        place = f"categories[{index}]"
        expect(category, dict, "an object", path, place)
        key = _id(category.get("id"), path, f"{place}.id")
        if key in label_of:
            refuse(path, f"{place}.id", f"category id {category.get('id')!r} appears twice")
        name = expect(category.get("name"), str, "a string (the category's name)", path, f"{place}.name")
        if not name.strip():
            refuse(path, f"{place}.name", "the category name is empty")
        labels[name] = None  # two ids of one name (per supercategory) become one label
        label_of[key] = name
    return list(labels), label_of


def _declared_size(image: dict[str, Any], path: Path, place: str) -> tuple[int, int] | None:
    width, height = image.get("width"), image.get("height")
    if width is None and height is None:
        return None
    for value, field in ((width, "width"), (height, "height")):
        if isinstance(value, bool) or not isinstance(value, int):
            refuse(path, f"{place}.{field}", f"must be a positive integer (found {_found(value)})")
        if value <= 0:
            refuse(path, f"{place}.{field}", f"must be a positive integer (found {value})")
    return width, height


def _box(annotation: dict[str, Any], label: str, path: Path, place: str, attributes: dict[str, None]) -> dict[str, Any]:
    bbox = annotation.get("bbox")
    if not isinstance(bbox, list) or len(bbox) != 4:
        what = f"a list of {len(bbox)}" if isinstance(bbox, list) else _found(bbox)
        refuse(path, f"{place}.bbox", f"must be a list of 4 numbers [x, y, width, height] (found {what})")
    x, y, w, h = (finite(value, path, f"{place}.bbox[{i}]") for i, value in enumerate(bbox))
    if w < 0 or h < 0:
        refuse(path, f"{place}.bbox", f"has a negative width or height ({w}, {h})")
    on = []
    extra = annotation.get("attributes")
    if extra is not None:
        expect(extra, dict, "an object of attributes", path, f"{place}.attributes")
        for name, value in extra.items():
            if isinstance(value, bool) and name:  # per-box flags; other attributes have no place in a box
                attributes.setdefault(name, None)
                if value:
                    on.append(name)
    crowd = annotation.get("iscrowd", 0)
    if crowd not in (0, 1) or isinstance(crowd, bool):
        refuse(path, f"{place}.iscrowd", f"must be 0 or 1 (found {crowd!r})")
    if crowd == 1:
        attributes.setdefault("crowd", None)
        on.append("crowd")
    score = annotation.get("score")
    return box(label, x, y, w, h, attributes=on, score=None if score is None else finite(score, path, f"{place}.score"))


register(
    Format(
        id="coco",
        title="COCO instances JSON (boxes)",
        kinds=("image",),
        write=write_coco,
        read=read_coco,
        output="file",
        rounding="",
    )
)

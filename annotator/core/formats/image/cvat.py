"""CVAT for images 1.1 XML (one annotations.xml with every image's boxes), read and written.

Written: `<meta><task>` with the labels (their colours, and the schema's per-box flags other than
`occluded` as checkbox attributes), then one `<image id name width height>` per annotated image,
ids from 0 as CVAT numbers frames, with the DISPLAYED size (EXIF applied). A box is `<box label
xtl ytl xbr ybr occluded z_order source>`; the flag `occluded` is CVAT's own attribute, the others
are `<attribute name>true|false</attribute>` children, and `source` is `auto` for a model's
untouched box. Coordinates are written as the floats they are (CVAT itself writes 2 decimals, but
the format does not require it; `xbr = x + w` is a float addition). Scores are not written.

Read: labels from `<meta>` (a task, job or project export), boxes with their `occluded` and
checkbox attributes; images are looked for in the images folder given, else `images/` next to the
XML, else beside it. Other shapes (polygons, points, tags), video tracks and rotated boxes have no
place in a box prelabel and are refused, naming the element.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from annotator.core.errors import PackageError, Problem
from annotator.core.formats.dataset import Dataset, ImportedItem, ImportedPackage
from annotator.core.formats.image.common import (
    annotated_images,
    boxes_of,
    check_size,
    corners_box,
    find_image,
    image_geometry,
    imported_item,
    label_colors,
    package_of,
    parse_number,
    parse_xml,
    refuse,
    relative_name,
    schema_attributes,
    xml_text,
)
from annotator.core.formats.registry import Format, register

SHAPES = frozenset({"polygon", "polyline", "points", "ellipse", "mask", "cuboid", "skeleton", "tag"})


def write_cvat(dataset: Dataset, out: Path) -> list[Path]:
    """Write the annotated images of `dataset` as one CVAT for images 1.1 file at `out`."""
    from annotator.core.atomic import write_atomic

    items = annotated_images(dataset)
    flags = [flag for flag in schema_attributes(dataset) if flag != "occluded"]
    colors = label_colors(dataset)
    where = str(out)
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<annotations>\n  <version>1.1</version>\n  <meta>\n    <task>\n',
        f"      <name>{xml_text(dataset.title, where)}</name>\n",
        f"      <size>{len(items)}</size>\n      <mode>annotation</mode>\n      <labels>\n",
    ]
    for name in dataset.labels("image"):
        parts.append(
            f"        <label>\n          <name>{xml_text(name, where)}</name>\n"
            f"          <color>{colors.get(name, '#000000')}</color>\n          <type>rectangle</type>\n"
            "          <attributes>\n"
        )
        for flag in flags:
            parts.append(
                f"            <attribute>\n              <name>{xml_text(flag, where)}</name>\n"
                "              <mutable>False</mutable>\n              <input_type>checkbox</input_type>\n"
                "              <default_value>false</default_value>\n              <values>false&#10;true</values>\n"
                "            </attribute>\n"
            )
        parts.append("          </attributes>\n        </label>\n")
    parts.append("      </labels>\n    </task>\n  </meta>\n")
    for number, item in enumerate(items):
        parts.append(
            f'  <image id="{number}" name="{xml_text(item.file_name, item.id)}" width="{item.width}" height="{item.height}">\n'
        )
        for found in boxes_of(item):
            on = set(found.get("attributes") or ())
            x, y = found["x"], found["y"]
            source = "auto" if found.get("source") == "model" else "manual"
            parts.append(
                f'    <box label="{xml_text(found["label"], item.id)}" source="{source}" occluded="{int("occluded" in on)}" '
                f'xtl="{x!r}" ytl="{y!r}" xbr="{x + found["w"]!r}" ybr="{y + found["h"]!r}" z_order="0"'
            )
            others = flags + sorted(on - set(flags) - {"occluded"})
            if not others:
                parts.append("/>\n")
                continue
            parts.append(">\n")
            for flag in others:
                parts.append(
                    f'      <attribute name="{xml_text(flag, item.id)}">{"true" if flag in on else "false"}</attribute>\n'
                )
            parts.append("    </box>\n")
        parts.append("  </image>\n")
    parts.append("</annotations>\n")
    write_atomic(out, "".join(parts).encode("utf-8"))
    return [out]


def read_cvat(src: Path, *, images: Path | None = None) -> ImportedPackage:
    """Read a CVAT for images 1.1 XML file (or the folder holding annotations.xml) and the images it names."""
    path = src / "annotations.xml" if src.is_dir() else src
    root = parse_xml(path)
    if root.tag != "annotations":
        refuse(path, root.tag, f"the root element is <{root.tag}>, not <annotations> (not a CVAT XML file)")
    if root.find("track") is not None:
        refuse(
            path,
            "annotations/track[1]",
            "tracks (CVAT for video) cannot be imported; export the task as 'CVAT for images'",
        )
    declared, flags = _labels(root, path)
    labels = list(declared)
    folders = [images] if images is not None else [path.parent / "images", path.parent]
    items: list[ImportedItem] = []
    missing: list[Problem] = []
    occluded_seen = False
    seen: dict[PurePosixPath, str] = {}
    for index, image in enumerate(root.findall("image"), 1):
        place = f"annotations/image[{index}]"
        name = relative_name(image.get("name") or "", path, f"{place}/@name")
        if name in seen:
            refuse(path, f"{place}/@name", f"'{name}' is listed twice (also {seen[name]})")
        seen[name] = place
        source = find_image(name, folders)
        if source is None:
            where = ", ".join(str(folder) for folder in dict.fromkeys(folders))
            missing.append(Problem(f"{path}:{place}", f"image '{name}' not found (looked in {where})"))
            continue
        declared_size = _size(image, path, place)
        if declared_size is not None:
            check_size(declared_size, source, image_geometry(source), path, place)
        boxes = []
        counts: dict[str, int] = {}
        for child in image:
            counts[child.tag] = counts.get(child.tag, 0) + 1
            where = f"{place}/{child.tag}[{counts[child.tag]}]"
            if child.tag in SHAPES:
                refuse(path, where, f"only boxes can be imported (this is a {child.tag})")
            if child.tag != "box":
                continue
            found = _box(child, path, where, labels, bool(declared))
            occluded_seen |= "occluded" in found.get("attributes", ())
            for flag in found.get("attributes", ()):
                if flag != "occluded":
                    flags.setdefault(flag, None)
            boxes.append(found)
        items.append(imported_item(source, name.parent / source.name, boxes))
    if missing:
        raise PackageError(missing)
    attributes = sorted(set(flags) | ({"occluded"} if occluded_seen else set()))
    task_name = (root.findtext("meta/task/name") or root.findtext("meta/project/name") or "").strip()
    colors = {label: color for label, color in declared.items() if color}
    return package_of(task_name or path.parent.name or path.stem, labels, items, attributes=attributes, colors=colors)


def _labels(root: Any, path: Path) -> tuple[dict[str, str | None], dict[str, None]]:
    labels: dict[str, str | None] = {}
    flags: dict[str, None] = {}
    meta = root.find("meta")
    if meta is None:
        return labels, flags
    for number, label in enumerate(meta.iter("label"), 1):
        name = (label.findtext("name") or "").strip()
        if not name:
            refuse(path, f"meta//label[{number}]/name", "the label has no name")
        color = (label.findtext("color") or "").strip()
        labels.setdefault(name, color if _is_color(color) else None)
        for attribute in label.iterfind("attributes/attribute"):
            if (attribute.findtext("input_type") or "").strip() == "checkbox":
                flag = (attribute.findtext("name") or "").strip()
                if flag:
                    flags.setdefault(flag, None)
    return labels, flags


def _is_color(text: str) -> bool:
    return len(text) == 7 and text.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in text[1:])


def _size(image: Any, path: Path, place: str) -> tuple[int, int] | None:
    width, height = image.get("width"), image.get("height")
    if width is None and height is None:
        return None
    values = []
    for text, attribute in ((width, "width"), (height, "height")):
        value = parse_number(text, path, f"{place}/@{attribute}")
        if value != int(value) or value <= 0:
            refuse(path, f"{place}/@{attribute}", f"{(text or '').strip()!r} is not a whole number of pixels")
        values.append(int(value))
    return values[0], values[1]


def _box(element: Any, path: Path, place: str, labels: list[str], declared: bool) -> dict[str, Any]:
    label = (element.get("label") or "").strip()
    if not label:
        refuse(path, f"{place}/@label", "the box has no label")
    if label not in labels:
        if declared:
            refuse(path, f"{place}/@label", f"the label {label!r} is not among the labels in <meta>")
        labels.append(label)
    x0, y0, x1, y1 = (parse_number(element.get(key), path, f"{place}/@{key}") for key in ("xtl", "ytl", "xbr", "ybr"))
    rotation = element.get("rotation")
    if rotation is not None and parse_number(rotation, path, f"{place}/@rotation") % 360 != 0:
        refuse(path, f"{place}/@rotation", f"rotated boxes ({rotation.strip()}°) cannot be imported")
    on = []
    occluded = (element.get("occluded") or "0").strip()
    if occluded not in ("0", "1"):
        refuse(path, f"{place}/@occluded", f"must be 0 or 1 (found {occluded[:20]!r})")
    if occluded == "1":
        on.append("occluded")
    for attribute in element.iterfind("attribute"):
        value = (attribute.text or "").strip().lower()
        name = (attribute.get("name") or "").strip()
        if name and value == "true":  # checkbox flags; other values have no place in a box
            on.append(name)
    return corners_box(label, x0, y0, x1, y1, attributes=on)


register(
    Format(
        id="cvat",
        title="CVAT for images 1.1 XML",
        kinds=("image",),
        write=write_cvat,
        read=read_cvat,
        output="file",
        rounding="",
    )
)

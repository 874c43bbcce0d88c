"""Pascal VOC XML: one file per image under Annotations/, read and written.

Written (the devkit's layout): `Annotations/<image>.xml`, `ImageSets/Main/default.txt` (the image
list datumaro and CVAT look for), `labelmap.txt` (names and colours, in schema order) and an empty
`JPEGImages/` for the images. `<size>` is the DISPLAYED size (EXIF applied). VOC forces integer
pixel indices, 1-based and inclusive (the official devkit's convention): `xmin = round(x) + 1`,
`xmax = round(x + w)`, halves rounded up, clamped to [1, width]; a box thinner than half a pixel
becomes one pixel. The flags `truncated` and `difficult` are always written, `occluded` when the
schema has it, other flags in datumaro's `<attributes>` block. Scores are not written.

Read: a VOC root (Annotations/ and JPEGImages/) or a folder of XML files beside their images.
A dataset whose coordinates are all integers is read as the devkit's 1-based pixels; one written
with decimals (labelme, datumaro and others write 0-based floats) is read as 0-based pixel edges.
Empty tags (`<truncated/>`), a missing `<difficult>`, corners in either order and labelImg's
`verified` attribute are accepted; a missing or zero `<size>` is read from the image. `<part>`
elements (person layout) are not boxes of their own and are skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from annotator.core.errors import PackageError, Problem
from annotator.core.formats.dataset import Dataset, ImportedItem, ImportedPackage
from annotator.core.formats.from_bundles import ExportError
from annotator.core.formats.image.common import (
    annotated_images,
    boxes_of,
    check_size,
    corners_box,
    files_by_stem,
    find_image,
    image_geometry,
    imported_item,
    label_colors,
    package_of,
    parse_number,
    parse_xml,
    read_text,
    refuse,
    relative_name,
    schema_attributes,
    write_tree,
    xml_text,
)
from annotator.core.formats.registry import Format, register

STANDARD_FLAGS = ("truncated", "difficult", "occluded")
_INTEGER = re.compile(r"\s*[+-]?\d+\s*")
_TRUE, _FALSE = frozenset({"1", "true", "yes"}), frozenset({"", "0", "false", "no"})


# --- writing -----------------------------------------------------------------------------------------


def write_voc(dataset: Dataset, out: Path) -> Sequence[Path]:
    """Write the annotated images of `dataset` as a VOC tree in the new folder `out`."""
    items = annotated_images(dataset)
    names = dataset.labels("image")
    bad = [name for name in names if ":" in name or "\n" in name]
    if bad:
        raise ExportError(
            [
                Problem(
                    str(out),
                    f"the label {bad[0]!r} cannot be written to labelmap.txt (':' and line breaks separate its fields)",
                )
            ]
        )
    flags = schema_attributes(dataset)
    extra = [flag for flag in flags if flag not in STANDARD_FLAGS]
    xml_names = files_by_stem(items, ".xml")
    files: list[tuple[str, bytes]] = []
    for item, name in zip(items, xml_names, strict=True):
        width, height = int(item.width or 0), int(item.height or 0)
        parts = [
            "<annotation>\n",
            "  <folder>JPEGImages</folder>\n",
            f"  <filename>{xml_text(item.file_name, item.id)}</filename>\n",
            f"  <source>\n    <database>{xml_text(dataset.package_id, item.id)}</database>\n  </source>\n",
            f"  <size>\n    <width>{width}</width>\n    <height>{height}</height>\n    <depth>3</depth>\n  </size>\n",
            "  <segmented>0</segmented>\n",
        ]
        for found in boxes_of(item):
            on = set(found.get("attributes") or ())
            xmin, xmax = _pixels(found["x"], found["w"], width)
            ymin, ymax = _pixels(found["y"], found["h"], height)
            parts += [
                "  <object>\n",
                f"    <name>{xml_text(found['label'], item.id)}</name>\n",
                "    <pose>Unspecified</pose>\n",
                f"    <truncated>{int('truncated' in on)}</truncated>\n",
                f"    <difficult>{int('difficult' in on)}</difficult>\n",
            ]
            if "occluded" in flags or "occluded" in on:
                parts.append(f"    <occluded>{int('occluded' in on)}</occluded>\n")
            parts.append(
                f"    <bndbox>\n      <xmin>{xmin}</xmin>\n      <ymin>{ymin}</ymin>\n"
                f"      <xmax>{xmax}</xmax>\n      <ymax>{ymax}</ymax>\n    </bndbox>\n"
            )
            others = extra + sorted(on - set(STANDARD_FLAGS) - set(extra))
            if others:
                parts.append("    <attributes>\n")
                for flag in others:
                    value = "true" if flag in on else "false"
                    parts.append(
                        f"      <attribute>\n        <name>{xml_text(flag, item.id)}</name>\n        <value>{value}</value>\n      </attribute>\n"
                    )
                parts.append("    </attributes>\n")
            parts.append("  </object>\n")
        parts.append("</annotation>\n")
        files.append((f"Annotations/{name}", "".join(parts).encode("utf-8")))
    listing = "".join(f"{name.removesuffix('.xml')}\n" for name in xml_names)
    files.append(("ImageSets/Main/default.txt", listing.encode("utf-8")))
    colors = label_colors(dataset)
    labelmap = ["# label:color_rgb:parts:actions\n"]
    for name in names:
        rgb = colors.get(name, "#000000").lstrip("#")
        labelmap.append(f"{name}:{int(rgb[0:2], 16)},{int(rgb[2:4], 16)},{int(rgb[4:6], 16)}::\n")
    files.append(("labelmap.txt", "".join(labelmap).encode("utf-8")))
    return write_tree(out, files, folders=("JPEGImages",))


def _pixels(start: float, size: float, extent: int) -> tuple[int, int]:
    # Continuous edges [start, start + size] to the 1-based inclusive pixels they cover (halves up).
    first = min(max(math.floor(start + 0.5) + 1, 1), extent)
    last = min(max(math.floor(start + size + 0.5), 1), extent)
    return first, max(first, last)


# --- reading -----------------------------------------------------------------------------------------


def read_voc(src: Path, *, images: Path | None = None) -> ImportedPackage:
    """Read a VOC tree (or a folder of VOC XML files beside their images) as items with prelabels."""
    if src.is_file():
        xml_root, files = src.parent, [src]
    else:
        if not src.is_dir():
            refuse(src, "", "no such file or folder")
        xml_root = src / "Annotations" if (src / "Annotations").is_dir() else src
        files = sorted(xml_root.rglob("*.xml"))
        if not files:
            refuse(src, "", "holds no VOC annotation (.xml) files")
    dataset_root = xml_root.parent if xml_root.name == "Annotations" else xml_root
    image_root = images or (dataset_root / "JPEGImages" if (dataset_root / "JPEGImages").is_dir() else None)
    parsed = [_parse(path, xml_root, image_root) for path in files]
    missing = [
        Problem(
            f"{path}:{place}", f"image '{name}' not found (looked in {', '.join(map(str, dict.fromkeys(folders)))})"
        )
        for path, (name, source, _objects, place, folders) in zip(files, parsed, strict=True)
        if source is None
    ]
    if missing:
        raise PackageError(missing)
    one_based = all(
        _INTEGER.fullmatch(text) for *_, objects, _p, _f in parsed for obj in objects for text in obj["corners"]
    )
    labels, colors = _labelmap(dataset_root)
    from_map = bool(labels)
    flags: set[str] = set()
    items: list[ImportedItem] = []
    for path, (name, source, objects, _place, _folders) in zip(files, parsed, strict=True):
        boxes = []
        for obj in objects:
            if obj["label"] not in labels:
                if from_map:
                    refuse(path, obj["place"], f"the label {obj['label']!r} is not in labelmap.txt")
                labels.append(obj["label"])
            x0, y0, x1, y1 = (float(text) for text in obj["corners"])
            if one_based:
                x0, x1 = sorted((x0, x1))
                y0, y1 = sorted((y0, y1))
                x0, y0 = x0 - 1, y0 - 1
            flags |= obj["declared"] | set(obj["on"])
            boxes.append(corners_box(obj["label"], x0, y0, x1, y1, attributes=obj["on"]))
        assert source is not None
        items.append(imported_item(source, name, boxes))
    if from_map:
        used = {entry["label"] for *_, objects, _p, _f in parsed for entry in objects}
        labels = [label for label in labels if label != "background" or label in used]
    return package_of(dataset_root.name or "voc", labels, items, attributes=sorted(flags), colors=colors)


def _parse(
    path: Path, xml_root: Path, image_root: Path | None
) -> tuple[PurePosixPath, Path | None, list[dict[str, Any]], str, list[Path]]:
    root = parse_xml(path)
    if root.tag != "annotation":
        refuse(path, root.tag, f"the root element is <{root.tag}>, not <annotation> (not a VOC file)")
    rel = path.relative_to(xml_root).with_suffix("")
    folders = [
        folder
        for folder in (image_root, (image_root / rel.parent) if image_root else None, path.parent)
        if folder is not None
    ]
    written = (root.findtext("filename") or "").strip()
    if written:
        name = relative_name(written, path, "annotation/filename")
        source = find_image(name, folders)
    else:
        name, source = PurePosixPath(rel.name), None
    if source is None:
        # labelImg and others keep the XML's stem equal to the image's: the name inside may be stale.
        source = find_image(PurePosixPath(rel.name), folders)
    if source is not None:
        name = _media_name(source, [folder for folder in (image_root, xml_root) if folder is not None])
    declared = _size(root, path)
    if source is not None and declared is not None:
        check_size(declared, source, image_geometry(source), path, "annotation/size")
    objects = []
    for index, element in enumerate(root.findall("object"), 1):
        place = f"annotation/object[{index}]"
        label = (element.findtext("name") or "").strip()
        if not label:
            refuse(path, f"{place}/name", "the object has no name (its label)")
        bndbox = element.find("bndbox")
        if bndbox is None:
            refuse(path, f"{place}/bndbox", "the object has no <bndbox>")
        corners = []
        for tag in ("xmin", "ymin", "xmax", "ymax"):
            text = bndbox.findtext(tag)
            if text is None:
                refuse(path, f"{place}/bndbox/{tag}", f"<{tag}> is missing")
            parse_number(text, path, f"{place}/bndbox/{tag}")
            corners.append(text)
        on, declared_flags = [], set()
        for tag in STANDARD_FLAGS:
            child = element.find(tag)
            if child is not None:
                if _flag(child.text, path, f"{place}/{tag}"):
                    on.append(tag)
        block = element.find("attributes")
        if block is not None:
            for number, attribute in enumerate(block.findall("attribute"), 1):
                flag = (attribute.findtext("name") or "").strip()
                value = (attribute.findtext("value") or "").strip().lower()
                if flag and value in ("true", "false"):  # per-box flags; other values have no place in a box
                    declared_flags.add(flag)
                    if value == "true":
                        on.append(flag)
                elif not flag:
                    refuse(path, f"{place}/attributes/attribute[{number}]/name", "the attribute has no name")
        objects.append({"label": label, "corners": corners, "on": on, "declared": declared_flags, "place": place})
    return name, source, objects, "annotation/filename", folders


def _media_name(source: Path, roots: list[Path]) -> PurePosixPath:
    for root in roots:
        if source.is_relative_to(root):
            return PurePosixPath(source.relative_to(root).as_posix())
    return PurePosixPath(source.name)


def _size(root: Any, path: Path) -> tuple[int, int] | None:
    size = root.find("size")
    if size is None:
        return None
    values = []
    for tag in ("width", "height"):
        text = size.findtext(tag)
        if text is None or not text.strip():
            return None
        value = parse_number(text, path, f"annotation/size/{tag}")
        if value != int(value) or value < 0:
            refuse(path, f"annotation/size/{tag}", f"{text.strip()!r} is not a whole number of pixels")
        values.append(int(value))
    if 0 in values:  # labelImg writes 0 when it did not know; the image says
        return None
    return values[0], values[1]


def _flag(text: str | None, path: Path, place: str) -> bool:
    value = (text or "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    refuse(path, place, f"must be 0 or 1 (found {value[:20]!r})")


def _labelmap(root: Path) -> tuple[list[str], dict[str, str]]:
    path = root / "labelmap.txt"
    if not path.is_file():
        return [], {}
    labels: list[str] = []
    colors: dict[str, str] = {}
    for number, line in enumerate(read_text(path).splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split(":")
        name = fields[0].strip()
        if not name:
            refuse(path, f"line {number}", "the label name is empty")
        if name in labels:
            refuse(path, f"line {number}", f"the label {name!r} is listed twice")
        labels.append(name)
        rgb = fields[1].split(",") if len(fields) > 1 and fields[1].strip() else []
        if rgb:
            try:
                channels = [int(part) for part in rgb]
            except ValueError:
                channels = []
            if len(channels) != 3 or not all(0 <= c <= 255 for c in channels):
                refuse(path, f"line {number}", f"the colour {fields[1].strip()!r} is not 'r,g,b' (0-255 each)")
            colors[name] = "#{:02x}{:02x}{:02x}".format(*channels)
    return labels, colors


register(
    Format(
        id="voc",
        title="Pascal VOC XML (one file per image)",
        kinds=("image",),
        write=write_voc,
        read=read_voc,
        output="folder",
        rounding="integer pixels, 1-based and inclusive as in the VOC devkit (xmin = round(x) + 1, xmax = round(x + w))",
    )
)

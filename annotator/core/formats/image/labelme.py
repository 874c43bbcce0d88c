"""labelme JSON (and X-AnyLabeling's superset), one file per image: read only, rectangles as boxes.

labelme applies the EXIF orientation, so `imageWidth`/`imageHeight` and the points are in the
DISPLAYED frame, as ours are; a size that is not the image's displayed size is refused. A rectangle
has 2 points in any corner order (labelme) or 4 (X-AnyLabeling); other shapes are refused naming
them. Shape `flags`, X-AnyLabeling's `difficult` and boolean `attributes` become per-box flags, its
`score` the box's score.

`imagePath` is relative to the JSON (Windows separators accepted) and may go up ('../images/a.jpg')
as long as it stays inside the folder imported; when it is stale (the files were renamed), the
image is looked for beside the JSON under the JSON's own name. An embedded `imageData` is never
decoded: the image file must be there.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from annotator.core.formats.dataset import ImportedItem, ImportedPackage
from annotator.core.formats.image.common import (
    MAX_NAME_CHARS,
    check_size,
    corners_box,
    expect,
    find_image,
    finite,
    image_geometry,
    imported_item,
    is_file,
    kind_of,
    package_of,
    read_json,
    refuse,
)
from annotator.core.formats.registry import Format, register


def read_labelme(src: Path, *, images: Path | None = None) -> ImportedPackage:
    """Read one labelme JSON file, or every one under a folder, with the images they name."""
    if src.is_dir():
        root, files = src, sorted(src.rglob("*.json"))
        if not files:
            refuse(src, "", "holds no labelme .json files")
    else:
        root, files = src.parent, [src]
    labels: dict[str, None] = {}
    flags: dict[str, None] = {}
    items: list[ImportedItem] = []
    seen: dict[Path, Path] = {}
    for path in files:
        document = read_json(path)
        expect(document, dict, "an object (a labelme file)", path, "the document")
        source = _image(document, path, root.resolve(), images)
        if source in seen:
            refuse(path, "imagePath", f"{source.name} is also described by {seen[source]}")
        seen[source] = path
        declared = _size(document, path)
        geometry = image_geometry(source)
        if declared is not None:
            check_size(declared, source, geometry, path, "imageWidth")
        shapes = expect(document.get("shapes", []), list, "a list", path, "shapes")
        boxes = [_box(shape, path, f"shapes[{index}]", labels, flags) for index, shape in enumerate(shapes)]
        items.append(imported_item(source, _media_name(source, root.resolve(), images), boxes))
    return package_of(root.name or "labelme", list(labels), items, attributes=sorted(flags))


def _image(document: dict[str, Any], path: Path, root: Path, images: Path | None) -> Path:
    written = document.get("imagePath")
    if written is not None and not isinstance(written, str):
        refuse(path, "imagePath", f"must be a string (the image's path) (found {kind_of(written)})")
    text = (written or "").replace("\\", "/").strip()
    candidates: list[Path] = []
    if text and "\x00" not in text and len(text) <= MAX_NAME_CHARS:
        given = PurePosixPath(text)
        if images is not None:
            candidates.append(images / given.name)
        if not given.is_absolute():
            try:
                candidate = (path.parent / given).resolve()
            except (OSError, RuntimeError):  # a name too long, or a loop of symbolic links
                candidate = None
            if candidate is not None and candidate.is_relative_to(root):
                candidates.append(candidate)
        candidates.append(path.parent / given.name)
    for candidate in candidates:
        if is_file(candidate):
            return candidate
    by_stem = find_image(PurePosixPath(path.stem), [images] if images is not None else [path.parent])
    if by_stem is not None:
        return by_stem
    embedded = (
        " (the JSON embeds it as imageData, but the image file itself is needed)" if document.get("imageData") else ""
    )
    shown = text if len(text) <= 60 else text[:57] + "..."
    refuse(path, "imagePath", f"image {shown or path.stem!r} not found next to the JSON{embedded}")


def _media_name(source: Path, root: Path, images: Path | None) -> PurePosixPath:
    for base in ((images.resolve(),) if images is not None else ()) + (root,):
        if source.resolve().is_relative_to(base):
            return PurePosixPath(source.resolve().relative_to(base).as_posix())
    return PurePosixPath(source.name)


def _size(document: dict[str, Any], path: Path) -> tuple[int, int] | None:
    width, height = document.get("imageWidth"), document.get("imageHeight")
    if width is None and height is None:
        return None
    for value, key in ((width, "imageWidth"), (height, "imageHeight")):
        if isinstance(value, bool) or not isinstance(value, int):
            refuse(path, key, f"must be a positive integer (found {kind_of(value)})")
        if value <= 0:
            refuse(path, key, f"must be a positive integer (found {value})")
    return width, height


def _box(shape: Any, path: Path, place: str, labels: dict[str, None], flags: dict[str, None]) -> dict[str, Any]:
    expect(shape, dict, "an object (a shape)", path, place)
    label = expect(shape.get("label"), str, "a string (the shape's label)", path, f"{place}.label")
    if not label.strip():
        refuse(path, f"{place}.label", "the label is empty")
    kind = shape.get("shape_type", "polygon")  # labelme's default when the key is missing
    if kind != "rectangle":
        refuse(path, f"{place}.shape_type", f"{kind!r} is not a box; only rectangles can be imported")
    points = shape.get("points")
    if not isinstance(points, list) or len(points) not in (2, 4):
        what = f"{len(points)} points" if isinstance(points, list) else kind_of(points)
        refuse(path, f"{place}.points", f"a rectangle needs 2 corner points (or 4), found {what}")
    xs, ys = [], []
    for number, point in enumerate(points):
        if not isinstance(point, list) or len(point) != 2:
            refuse(path, f"{place}.points[{number}]", "must be a point [x, y]")
        xs.append(finite(point[0], path, f"{place}.points[{number}][0]"))
        ys.append(finite(point[1], path, f"{place}.points[{number}][1]"))
    on = []
    for key in ("flags", "attributes"):
        values = shape.get(key)
        if values is None:
            continue
        expect(values, dict, "an object of true/false flags", path, f"{place}.{key}")
        for name, value in values.items():
            if isinstance(value, bool) and name:
                flags.setdefault(name, None)
                if value:
                    on.append(name)
    if shape.get("difficult") is True:
        flags.setdefault("difficult", None)
        on.append("difficult")
    score = shape.get("score")
    labels.setdefault(label, None)
    return corners_box(
        label,
        min(xs),
        min(ys),
        max(xs),
        max(ys),
        attributes=on,
        score=None if score is None else finite(score, path, f"{place}.score"),
    )


register(
    Format(
        id="labelme",
        title="labelme JSON, one file per image (rectangles)",
        kinds=("image",),
        read=read_labelme,
    )
)

"""YOLO boxes, two layouts: Ultralytics (`yolo`: data.yaml, images/, labels/) and darknet (`yolo-darknet`: classes.txt beside one .txt per image).

Each image's label file has the image's relative path and stem (`images/a/b.jpg` ->
`labels/a/b.txt`) and one line per box, `class cx cy w h`: the class is the label's 0-based place in
the schema, the rest are fractions of the DISPLAYED image size (EXIF applied, as Ultralytics
loads images). YOLO forces that normalisation (a division, so a coordinate read back can differ
from the one written in its last bits) and forbids values outside 0-1: edges are clamped to the
image first, so that `cx ± w/2`, as strict readers compute it, stays inside [0, 1] in float
arithmetic too. Numbers are written with their shortest round-trip digits and never an exponent.
Scores and per-box flags have no place in YOLO and are not written.

Exports write labels only: the images are the package's media, to be put in images/ (Ultralytics)
or beside the label files (darknet) under their package names. An image without a label file has
no objects; a label file without an image is refused, as is a line outside 0-1 by more than 0.001.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from annotator.core.errors import Problem
from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedItem, ImportedPackage
from annotator.core.formats.from_bundles import ExportError
from annotator.core.formats.image.common import (
    annotated_images,
    box,
    boxes_of,
    decode_text,
    expect,
    files_by_stem,
    image_geometry,
    images_by_stem,
    imported_item,
    kind_of,
    package_of,
    parse_number,
    positional,
    read_bytes,
    read_text,
    refuse,
    write_tree,
)
from annotator.core.formats.registry import Format, register

ROUNDING = (
    "coordinates are divided by the displayed image size (normalised to 0-1) and clamped to the image; "
    "shortest round-trip digits, no exponent"
)
# How far outside 0-1 a value may be and still be read (clamped): other tools' rounding, e.g. 1.0000005.
TOLERANCE = 1e-3
CLASS_FILES = ("classes.txt", "obj.names")
# Darknet's image lists sit beside the labels and are no label files.
IMAGE_LISTS = frozenset({"train.txt", "val.txt", "valid.txt", "test.txt"})
MAX_YAML_BYTES = 16 * 1024**2


# --- writing -----------------------------------------------------------------------------------------


def write_ultralytics(dataset: Dataset, out: Path) -> Sequence[Path]:
    """Write `out/data.yaml`, `out/labels/<image>.txt` for each annotated image, and an empty `out/images/` for the images."""
    items = annotated_images(dataset)
    names = dataset.labels("image")
    files = [(f"labels/{name}", data) for name, data in _label_files(items, names)]
    header = f"# YOLO labels of the package {json.dumps(dataset.package_id, ensure_ascii=False)}: {json.dumps(dataset.title, ensure_ascii=False)}\n"
    lines = [
        header,
        "# Put each image in images/ under its name in the package; labels/<name>.txt holds its boxes.\n",
        "train: images\n",
        "val: images\n",
        f"nc: {len(names)}\n",
        "names:\n" if names else "names: {}\n",
        # A JSON string is a YAML double-quoted scalar: every name survives, quotes and colons included.
        *(f"  {index}: {json.dumps(name, ensure_ascii=False)}\n" for index, name in enumerate(names)),
    ]
    files.insert(0, ("data.yaml", "".join(lines).encode("utf-8")))
    return write_tree(out, files, folders=("images", "labels"))


def write_darknet(dataset: Dataset, out: Path) -> Sequence[Path]:
    """Write `out/classes.txt` (one label a line) and `out/<image>.txt` for each annotated image."""
    items = annotated_images(dataset)
    names = dataset.labels("image")
    bad = [name for name in names if "\n" in name or "\r" in name or name != name.strip()]
    if bad:
        raise ExportError(
            [
                Problem(
                    str(out),
                    f"the label {bad[0]!r} cannot be a line of classes.txt (line breaks or spaces at its ends)",
                )
            ]
        )
    files = list(_label_files(items, names))
    clash = [name for name, _ in files if name in CLASS_FILES]
    if clash:
        raise ExportError(
            [Problem(str(out), f"an image's label file would be named '{clash[0]}', the class list's name")]
        )
    files.insert(0, ("classes.txt", "".join(f"{name}\n" for name in names).encode("utf-8")))
    return write_tree(out, files)


def _label_files(items: Sequence[DatasetItem], names: Sequence[str]) -> list[tuple[str, bytes]]:
    # One loop without calls per number: 100,000 boxes take about a quarter second, most of it repr().
    index = {name: number for number, name in enumerate(names)}
    out = []
    for item, name in zip(items, files_by_stem(items, ".txt"), strict=True):
        width, height = float(item.width or 0), float(item.height or 0)
        lines = []
        for found in boxes_of(item):
            # Edges clamped into [0, 1] (x1 >= x0), as min(max(...)) would, in expressions rather than
            # calls: 400,000 min/max calls were a quarter of the export. + 0.0: never '-0.0'.
            x, y = found["x"], found["y"]
            x0 = x / width + 0.0
            x0 = x0 if 0.0 < x0 < 1.0 else (0.0 if x0 <= 0.0 else 1.0)
            x1 = (x + found["w"]) / width + 0.0
            x1 = x1 if x0 < x1 < 1.0 else (x0 if x1 <= x0 else 1.0)
            y0 = y / height + 0.0
            y0 = y0 if 0.0 < y0 < 1.0 else (0.0 if y0 <= 0.0 else 1.0)
            y1 = (y + found["h"]) / height + 0.0
            y1 = y1 if y0 < y1 < 1.0 else (y0 if y1 <= y0 else 1.0)
            # From clamped edges, cx -/+ w/2 (what readers compute) stays inside [0, 1] (a property test holds it).
            lines.append(f"{index[found['label']]} {(x0 + x1) / 2!r} {(y0 + y1) / 2!r} {x1 - x0!r} {y1 - y0!r}\n")
        text = "".join(lines)
        if "e" in text:  # below 1e-4 repr uses an exponent, which strict readers refuse
            text = _EXPONENT.sub(lambda match: positional(float(match.group())), text)
        out.append((name, text.encode("ascii")))
    return out


_EXPONENT = re.compile(r"\S*e\S*")


# --- reading -----------------------------------------------------------------------------------------


def read_ultralytics(src: Path, *, images: Path | None = None) -> ImportedPackage:
    """Read an Ultralytics dataset: `src` is its data.yaml or the folder holding it; labels/ mirrors images/."""
    config_path = _config_file(src)
    config = _load_yaml(config_path)
    names = _yaml_names(config, config_path)
    root = config_path.parent
    base = _base_folder(config, root)
    if images is not None:
        folders = [images]
    else:
        folders = _split_folders(config, config_path, base) or [base / "images"]
    folders = list(dict.fromkeys(folders))
    items: list[ImportedItem] = []
    for folder in folders:
        media_base = folder if len(folders) == 1 else base
        label_folder = _label_folder(folder, base)
        if not label_folder.is_dir():
            refuse(config_path, "", f"the labels folder {label_folder} (for the images in {folder}) does not exist")
        items += _pair(folder, label_folder, names, media_base, config_path)
    title = config_path.parent.name or config_path.stem
    return package_of(title, [name for name in names.values()], items)


def read_darknet(src: Path, *, images: Path | None = None) -> ImportedPackage:
    """Read darknet/labelImg YOLO: `src` is classes.txt (or obj.names) or its folder; each image's .txt sits beside it."""
    classes = _classes_file(src)
    lines = read_text(classes).splitlines()
    names: dict[int, str] = {}
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        name = line.strip()
        if not name:
            continue
        if name in seen:
            refuse(classes, f"line {number}", f"the class {name!r} is listed twice (also line {seen[name]})")
        seen[name] = number
        names[len(names)] = name
    folder = classes.parent
    items = _pair(images or folder, folder, names, images or folder, classes, skip={classes.name, *IMAGE_LISTS})
    return package_of(folder.name or classes.stem, list(names.values()), items)


def _pair(
    image_folder: Path,
    label_folder: Path,
    names: dict[int, str],
    media_base: Path,
    origin: Path,
    *,
    skip: frozenset[str] | set[str] = frozenset(),
) -> list[ImportedItem]:
    """Every image of `image_folder` with the boxes of its label file in `label_folder` (none if it has none)."""
    if not image_folder.is_dir():
        refuse(origin, "", f"the images folder {image_folder} does not exist")
    found = images_by_stem(image_folder)
    labels = {}
    if label_folder.is_dir():
        for path in sorted(label_folder.rglob("*.txt")):
            stem = PurePosixPath(path.relative_to(label_folder).with_suffix("").as_posix())
            if path.parent == label_folder and path.name in skip:
                continue
            labels[stem] = path
    orphans = sorted(set(labels) - set(found))
    if orphans:
        refuse(
            labels[orphans[0]],
            "",
            f"has no image of the same name in {image_folder}{f' (and {len(orphans) - 1} more label files)' if len(orphans) > 1 else ''}",
        )
    items = []
    for stem, paths in found.items():
        if len(paths) > 1:
            refuse(
                paths[1],
                "",
                f"shares its name with {paths[0].name}: which one the label file {stem}.txt is for is unclear",
            )
        image = paths[0]
        boxes = _read_label_file(labels[stem], names, image) if stem in labels else []
        items.append(imported_item(image, PurePosixPath(image.relative_to(media_base).as_posix()), boxes))
    return items


def _read_label_file(path: Path, names: dict[int, str], image: Path) -> list[dict[str, Any]]:
    text = read_text(path)
    geometry = None
    boxes = []
    for number, line in enumerate(text.splitlines(), 1):
        fields = line.split()
        if not fields:
            continue
        place = f"line {number}"
        if len(fields) not in (5, 6):
            hint = " (a polygon? only boxes can be imported)" if len(fields) > 6 else ""
            refuse(
                path, place, f"expected 5 numbers 'class cx cy w h' (or a 6th, the score), found {len(fields)}{hint}"
            )
        label = names.get(_class_number(fields[0], path, place))
        if label is None:
            refuse(
                path,
                place,
                f"class {fields[0]} is not in the class list (0-{len(names) - 1})"
                if names
                else "the class list is empty",
            )
        cx, cy, w, h = (parse_number(field, path, place) for field in fields[1:5])
        for value, what in ((cx, "cx"), (cy, "cy"), (w, "w"), (h, "h")):
            if not -TOLERANCE <= value <= 1 + TOLERANCE:
                refuse(
                    path,
                    place,
                    f"{what} = {value} is outside 0-1: YOLO coordinates are fractions of the image size (pixel values?)",
                )
        if w < 0 or h < 0:
            refuse(path, place, "has a negative width or height")
        score = parse_number(fields[5], path, place) if len(fields) == 6 else None
        if geometry is None:
            geometry = image_geometry(image)
        x0, x1 = _edges(cx, w, geometry.width)
        y0, y1 = _edges(cy, h, geometry.height)
        boxes.append(box(label, x0, y0, x1 - x0, y1 - y0, score=score))
    return boxes


def _edges(centre: float, span: float, extent: int) -> tuple[float, float]:
    low = min(max(centre - span / 2, 0.0), 1.0) * extent
    high = min(max(centre + span / 2, 0.0), 1.0) * extent
    return low, max(high, low)


def _class_number(text: str, path: Path, place: str) -> int:
    try:
        return int(text)
    except ValueError:
        value = parse_number(text, path, place)
        if value != int(value):
            refuse(path, place, f"the class {text!r} is not a whole number")
        return int(value)


def _config_file(src: Path) -> Path:
    if not src.is_dir():
        return src
    for name in ("data.yaml", "data.yml", "dataset.yaml"):
        if (src / name).is_file():
            return src / name
    found = sorted(src.glob("*.yaml")) + sorted(src.glob("*.yml"))
    if len(found) != 1:
        refuse(
            src,
            "",
            "holds no data.yaml (the Ultralytics dataset file)"
            if not found
            else f"holds {len(found)} YAML files; name the dataset's own",
        )
    return found[0]


def _classes_file(src: Path) -> Path:
    if not src.is_dir():
        return src
    for name in CLASS_FILES:
        if (src / name).is_file():
            return src / name
    refuse(src, "", "holds no classes.txt or obj.names (the darknet class list)")


def _load_yaml(path: Path) -> dict[str, Any]:
    import yaml

    raw = read_bytes(path)
    if len(raw) > MAX_YAML_BYTES:
        refuse(path, "", f"is {len(raw):,} bytes, too large for a dataset description")
    text = decode_text(raw, path)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        config = yaml.load(text, Loader=loader)  # a safe loader: no Python object is built
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        refuse(path, where, f"malformed YAML ({exc.problem or exc})")
    except (yaml.YAMLError, RecursionError) as exc:
        refuse(path, "", f"malformed YAML ({exc})")
    if not isinstance(config, dict):
        refuse(path, "", f"must be a YAML mapping with 'names' (found {kind_of(config)})")
    return config


def _yaml_names(config: dict[str, Any], path: Path) -> dict[int, str]:
    raw = config.get("names")
    if raw is None:
        refuse(path, "names", "is missing (the list of class names)")
    pairs: list[tuple[Any, Any]]
    if isinstance(raw, list):
        pairs = list(enumerate(raw))
    elif isinstance(raw, dict):
        pairs = list(raw.items())
    else:
        refuse(path, "names", f"must be a list or a mapping of class names (found {kind_of(raw)})")
    names: dict[int, str] = {}
    seen: dict[str, int] = {}
    for key, value in pairs:
        if isinstance(key, str) and key.strip().isdigit():
            key = int(key)
        if isinstance(key, bool) or not isinstance(key, int) or key < 0:
            refuse(path, f"names[{key!r}]", "class numbers must be whole numbers from 0")
        if not isinstance(value, str) or not value.strip():
            what = kind_of(value) if not isinstance(value, str) else "an empty string"
            refuse(path, f"names[{key}]", f"must be a class name (found {what})")
        if value in seen:
            refuse(path, f"names[{key}]", f"the class {value!r} is listed twice (also class {seen[value]})")
        seen[value] = key
        names[key] = value
    count = config.get("nc")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count != len(names)):
        refuse(path, "nc", f"says {count!r} classes, but names has {len(names)}")
    return dict(sorted(names.items()))


def _base_folder(config: dict[str, Any], root: Path) -> Path:
    # `path` is often another machine's absolute path: only a folder inside this dataset is followed.
    given = config.get("path")
    if isinstance(given, str) and given.strip():
        try:
            candidate = (root / given).resolve()
            if candidate.is_dir() and candidate.is_relative_to(root.resolve()):
                return candidate
        except (OSError, ValueError, RuntimeError):  # a NUL, a name too long, a loop of links: not followed
            pass
    return root.resolve()


def _split_folders(config: dict[str, Any], path: Path, base: Path) -> list[Path]:
    folders = []
    for key in ("train", "val", "test"):
        value = config.get(key)
        if value is None:
            continue
        for index, entry in enumerate(value if isinstance(value, list) else [value]):
            place = f"{key}[{index}]" if isinstance(value, list) else key
            expect(entry, str, "a folder of images", path, place)
            shown = entry if len(entry) <= 60 else entry[:57] + "..."
            try:
                folder = _inside(base, entry)
                if folder is None:
                    refuse(path, place, f"{shown!r} is outside the dataset folder {base}")
                if folder.is_file():
                    refuse(path, place, f"{shown!r} is a list of images; name the images folder instead")
                if folder.is_dir():
                    folders.append(folder)
            except (OSError, ValueError, RuntimeError):
                refuse(path, place, f"{shown!r} cannot be a folder name")
    return folders


def _inside(base: Path, entry: str) -> Path | None:
    candidate = (base / entry).resolve()
    root = base.resolve()
    if not candidate.exists() and entry.startswith("../"):
        # Roboflow writes '../train/images' relative to a folder one level down; Ultralytics retries without '../'.
        candidate = (base / entry[3:]).resolve()
    return candidate if candidate.is_relative_to(root) else None


def _label_folder(image_folder: Path, base: Path) -> Path:
    # As Ultralytics pairs them: the last 'images' folder of the path becomes 'labels'.
    try:
        parts = image_folder.relative_to(base).parts
    except ValueError:
        return image_folder.parent / "labels" if image_folder.name == "images" else image_folder
    if "images" not in parts:
        return image_folder
    last = len(parts) - 1 - parts[::-1].index("images")
    return base.joinpath(*parts[:last], "labels", *parts[last + 1 :])


register(
    Format(
        id="yolo",
        title="YOLO, Ultralytics layout (data.yaml, images/, labels/)",
        kinds=("image",),
        write=write_ultralytics,
        read=read_ultralytics,
        output="folder",
        rounding=ROUNDING,
    )
)
register(
    Format(
        id="yolo-darknet",
        title="YOLO, darknet layout (classes.txt and one .txt per image)",
        kinds=("image",),
        write=write_darknet,
        read=read_darknet,
        output="folder",
        rounding=ROUNDING,
    )
)

"""What the image formats share: the items and boxes an export writes, folder layouts written whole, and strict reading of what an import finds."""

from __future__ import annotations

import codecs
import math
import os
import re
import secrets
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn, overload

from annotator.core.atomic import WriteError, require_folder
from annotator.core.documents import decode_json
from annotator.core.documents.json_reader import decode_json_text
from annotator.core.documents.schemas import json_kind
from annotator.core.errors import MediaError, PackageError, Problem
from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedItem, ImportedPackage
from annotator.core.formats.from_bundles import ExportError
from annotator.core.formats.to_package import item_id_for
from annotator.core.media.probe import IMAGE_SUFFIXES, geometry_of_stream

# Annotation files are read whole; a COCO file of a million boxes is ~200 MB.
MAX_FILE_BYTES = 1024**3
# File systems allow 255 bytes a name and about 4,096 a path; longer names cannot be files.
MAX_NAME_CHARS = 4096
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")
_XML_1_0_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# --- refusing input -------------------------------------------------------------------------------


def refuse(file: str | Path, place: str, reason: str) -> NoReturn:
    """Stop reading: one problem naming the file and the place in it (an index, a line, an element)."""
    raise PackageError([Problem(f"{file}:{place}" if place else str(file), reason)])


# A JSON value's type in words, for 'must be a list (found a string)': the schema checker's own wording.
kind_of = json_kind


def expect(value: Any, kind: type | tuple[type, ...], what: str, file: str | Path, place: str) -> Any:
    """`value` if it is of `kind` (bool never counts as a number), else a refusal saying what was found."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        refuse(file, place, f"must be {what} (found {kind_of(value)})")
    if not isinstance(value, kinds):
        refuse(file, place, f"must be {what} (found {kind_of(value)})")
    return value


def finite(value: Any, file: str | Path, place: str) -> float:
    """A JSON number as a float; strings, booleans and null are refused (the strict decoder already refused NaN)."""
    expect(value, (int, float), "a number", file, place)
    return float(value)


def parse_number(text: str | None, file: str | Path, place: str) -> float:
    """A number written as text (XML, YOLO lines): finite, or refused naming the place."""
    if text is None or not text.strip():
        refuse(file, place, "is empty (a number is needed)")
    try:
        value = float(text)
    except ValueError:
        refuse(file, place, f"{_short(text)!r} is not a number")
    if not math.isfinite(value):
        refuse(file, place, f"{_short(text)!r} is not a finite number")
    return value


def _short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:37] + "..."


# --- reading files ----------------------------------------------------------------------------------


def read_bytes(path: Path) -> bytes:
    """A whole annotation file; a missing, unreadable or oversized one is refused naming it."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            refuse(path, "", "is a folder, not a file")
        if size > MAX_FILE_BYTES:
            refuse(path, "", f"is {size:,} bytes, more than the {MAX_FILE_BYTES:,} bytes an annotation file may have")
        return path.read_bytes()
    except FileNotFoundError:
        refuse(path, "", "no such file")
    except OSError as exc:
        refuse(path, "", f"cannot be read ({exc.strerror or exc})")


def decode_text(raw: bytes, file: str | Path) -> str:
    """Text as the tools save it: UTF-8 (a BOM allowed) or UTF-16 with a BOM (what Windows tools call 'Unicode')."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            refuse(file, f"byte {exc.start}", "not valid UTF-16 text (a cut or damaged file?)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        refuse(
            file,
            f"line {line}",
            f"not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} at byte {exc.start}); save it as UTF-8",
        )


def read_text(path: Path) -> str:
    """A text file (YOLO labels, class lists) in UTF-8 or UTF-16 with a BOM, any line endings."""
    return decode_text(read_bytes(path), path)


def read_json(path: Path) -> Any:
    """A JSON file, strictly (no NaN, no duplicate keys, bounded nesting), UTF-8 or UTF-16 with a BOM."""
    raw = read_bytes(path)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        value, problems = decode_json_text(decode_text(raw, path), str(path))
    else:
        value, problems = decode_json(raw, str(path))
    if problems:
        raise PackageError(problems[:1])
    return value


def parse_xml(path: Path) -> Any:
    """An XML file's root element, through defusedxml: entity declarations and external references are refused."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
    from defusedxml.ElementTree import fromstring

    raw = read_bytes(path)
    try:
        return fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as exc:
        refuse(
            path,
            f"entity '{exc.name}'",
            "XML entity declarations are refused (they can expand without bound: 'billion laughs')",
        )
    except ExternalReferenceForbidden as exc:
        refuse(path, f"reference to '{exc.sysid}'", "XML external references are refused (they would read other files)")
    except DTDForbidden:  # pragma: no cover - forbid_dtd is off: a plain <!DOCTYPE> is harmless
        refuse(path, "DOCTYPE", "XML document type declarations are refused")
    except DefusedXmlException as exc:
        refuse(path, "", f"refused XML ({exc})")
    except ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":", 1)[0]
        refuse(path, f"line {line}, column {column + 1}", f"malformed XML ({reason})")
    except (ValueError, LookupError) as exc:
        refuse(path, "", f"unreadable XML ({exc})")


# --- finding images -------------------------------------------------------------------------------


def relative_name(name: str, file: str | Path, place: str) -> PurePosixPath:
    """A file name another tool wrote (backslashes read as '/'); absolute names and '..' are refused."""
    text = name.replace("\\", "/").strip()
    if not text:
        refuse(file, place, "the image file name is empty")
    if "\x00" in text:
        refuse(file, place, "the image name holds a NUL character")
    if len(text) > MAX_NAME_CHARS or any(len(part.encode("utf-8", "replace")) > 255 for part in text.split("/")):
        refuse(file, place, f"the image name {_short(name)!r} is too long for a file name")
    path = PurePosixPath(text)
    if path.is_absolute() or _WINDOWS_DRIVE.match(text):
        refuse(
            file,
            place,
            f"the image name {_short(name)!r} is an absolute path; it must be relative to the images folder",
        )
    if ".." in path.parts:
        refuse(file, place, f"the image name {_short(name)!r} leaves the images folder ('..')")
    parts = [part for part in path.parts if part != "."]
    if not parts:
        refuse(file, place, "the image file name is empty")
    return PurePosixPath(*parts)


def find_image(name: PurePosixPath, folders: Sequence[Path]) -> Path | None:
    """The image `name` in the first folder that has it; a name without an image extension also matches by stem."""
    for folder in folders:
        candidate = folder / name
        if is_file(candidate):
            return candidate
    if name.suffix.lower() not in IMAGE_SUFFIXES:
        # Some tools write the stem only (X-AnyLabeling's COCO writes "demo" for demo.jpg).
        for folder in folders:
            for suffix in sorted(IMAGE_SUFFIXES):
                for variant in (suffix, suffix.upper()):
                    candidate = folder / name.parent / f"{name.name}{variant}"
                    if is_file(candidate):
                        return candidate
    return None


def is_file(path: Path) -> bool:
    """Whether `path` is a file; a name the OS cannot even look up (too long, a loop of links) is not one."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def images_by_stem(folder: Path) -> dict[PurePosixPath, list[Path]]:
    """Every image under `folder`, keyed by its relative path without the extension (YOLO pairs files by stem)."""
    found: dict[PurePosixPath, list[Path]] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file():
            found.setdefault(PurePosixPath(path.relative_to(folder).with_suffix("").as_posix()), []).append(path)
    return found


@dataclass(frozen=True)
class Geometry:
    """An image's displayed size (what boxes are drawn on), raw size and EXIF orientation."""

    width: int
    height: int
    raw_width: int
    raw_height: int
    orientation: int


def image_geometry(path: Path) -> Geometry:
    """The displayed size of an image file from its header and EXIF block (no pixel is decoded)."""
    try:
        with path.open("rb") as stream:
            geometry = geometry_of_stream(stream, str(path))
    except MediaError as exc:
        raise PackageError([exc.problem]) from exc
    except OSError as exc:
        refuse(path, "", f"cannot be read ({exc.strerror or exc})")
    width, height = geometry["display_size"]  # type: ignore[misc]
    raw_width, raw_height = geometry["raw_size"]  # type: ignore[misc]
    return Geometry(int(width), int(height), int(raw_width), int(raw_height), int(geometry["orientation"]))  # type: ignore[call-overload]


def check_size(declared: tuple[int, int], image: Path, geometry: Geometry, file: str | Path, place: str) -> None:
    """Refuse a declared size that is not the image's displayed size: the boxes would land elsewhere."""
    width, height = declared
    if (width, height) == (geometry.width, geometry.height):
        return
    if geometry.orientation != 1 and (width, height) == (geometry.raw_width, geometry.raw_height):
        refuse(
            file,
            place,
            f"says {width}x{height}, the size of the pixels stored in {image.name}, but the image is displayed "
            f"{geometry.width}x{geometry.height} (EXIF orientation {geometry.orientation}): the tool that wrote it "
            "ignored the orientation, so its boxes cannot be placed; rotate the image file itself and annotate again",
        )
    refuse(
        file,
        place,
        f"says the image is {width}x{height}, but {image.name} is {geometry.width}x{geometry.height}: "
        "the boxes were drawn on another size of it",
    )


def missing_images(file: str | Path, missing: Sequence[tuple[str, PurePosixPath]], folders: Sequence[Path]) -> NoReturn:
    """Refuse the import naming every image (place, name) that is in none of the folders looked in."""
    where = ", ".join(str(folder) for folder in dict.fromkeys(folders))
    raise PackageError(
        [Problem(f"{file}:{place}", f"image '{name}' not found (looked in {where})") for place, name in missing]
    )


def imported_item(source: Path, media_name: PurePosixPath, boxes: list[dict[str, Any]]) -> ImportedItem:
    """One image item with its boxes as a prelabel; the id comes from its file name."""
    name = media_name.as_posix()
    return ImportedItem(id=item_id_for(name), kind="image", source=source, media_name=name, prelabel={"boxes": boxes})


def box(
    label: str, x: float, y: float, w: float, h: float, *, attributes: Iterable[str] = (), score: float | None = None
) -> dict[str, Any]:
    """A prelabel box (package-v1 'box'): attributes sorted and only when there are some, score only when known."""
    out: dict[str, Any] = {"label": label, "x": x, "y": y, "w": w, "h": h}
    names = sorted(set(attributes))
    if names:
        out["attributes"] = names
    if score is not None:
        out["score"] = score
    return out


def corners_box(label: str, x0: float, y0: float, x1: float, y1: float, **extra: Any) -> dict[str, Any]:
    """A box from two corners in any order (labelme, CVAT and VOC tools do not all write them sorted)."""
    left, right = sorted((x0, x1))
    top, bottom = sorted((y0, y1))
    return box(label, left, top, right - left, bottom - top, **extra)


def package_of(
    title: str,
    labels: Sequence[str],
    items: list[ImportedItem],
    *,
    attributes: Sequence[str] = (),
    colors: dict[str, str] | None = None,
) -> ImportedPackage:
    """What an image importer returns: the items and one single-choice image label schema."""
    entries: list[dict[str, Any]] = []
    for name in labels:
        entry: dict[str, Any] = {"name": name}
        if colors and name in colors:
            entry["color"] = colors[name]
        entries.append(entry)
    schema: dict[str, Any] = {"mode": "single", "labels": entries}
    if attributes:
        schema["attributes"] = list(attributes)
    return ImportedPackage(title=title, label_schemas={"image": schema}, items=items)


# --- writing -----------------------------------------------------------------------------------------


def annotated_images(dataset: Dataset) -> list[DatasetItem]:
    """The image items an export writes: those with an annotation (an untouched item is not 'no objects')."""
    items = [item for item in dataset.of_kind("image") if item.annotation is not None]
    problems = [
        Problem(item.id, "its image size is unknown (width and height are needed to place the boxes)")
        for item in items
        if not item.width or not item.height
    ]
    labels = set(dataset.labels("image"))
    for item in items:
        for found in (item.annotation or {}).get("boxes", []):
            if found["label"] not in labels:
                problems.append(
                    Problem(
                        item.id,
                        f"box '{found.get('id', '?')}' has label {found['label']!r}, which is not in the image label schema",
                    )
                )
    if problems:
        raise ExportError(problems)
    return items


def boxes_of(item: DatasetItem) -> list[dict[str, Any]]:
    """An item's boxes, as the annotation holds them."""
    return list((item.annotation or {}).get("boxes", []))


def schema_attributes(dataset: Dataset) -> list[str]:
    """The image schema's per-box flags (occluded, truncated, ...), in schema order."""
    schema = dataset.label_schemas.get("image")
    return list(schema.attributes) if schema else []


def label_colors(dataset: Dataset) -> dict[str, str]:
    """Each image label's colour, '#rrggbb'."""
    schema = dataset.label_schemas.get("image")
    return {label.name: label.color for label in schema.labels} if schema else {}


def files_by_stem(items: Sequence[DatasetItem], suffix: str) -> list[str]:
    """One annotation file per image, named like the image (`a/b.jpg` -> `a/b.txt`); two images of one stem are refused."""
    names: list[str] = []
    seen: dict[str, str] = {}
    problems = []
    for item in items:
        media = item.file_name
        slash = media.rfind("/")
        dot = media.rfind(".")
        name = (media[:dot] if dot > slash + 1 else media) + suffix  # as PurePosixPath.with_suffix, without its cost
        key = name.casefold()  # a.jpg and A.png would collide on Windows and macOS
        if key in seen:
            problems.append(
                Problem(item.id, f"'{media}' and '{seen[key]}' would both be written as '{name}'; rename one")
            )
        seen[key] = media
        names.append(name)
    if problems:
        raise ExportError(problems)
    return names


def positional(value: float) -> str:
    """A float's shortest round-trip digits without an exponent (strict YOLO readers refuse '1e-05')."""
    text = repr(value + 0.0)  # + 0.0 turns -0.0 into 0.0
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text


def xml_text(text: str, item: str) -> str:
    """Text for an XML element or attribute value: escaped, and refused if XML 1.0 cannot hold it at all."""
    if _XML_1_0_INVALID.search(text):
        raise ExportError([Problem(item, f"{text[:40]!r} holds a control character that XML cannot store")])
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


class WrittenFiles(Sequence[Path]):
    """The paths of a written layout, made when asked for: 10,000 Path objects cost a quarter of a YOLO export."""

    def __init__(self, root: Path, names: list[str]) -> None:
        self._root = root
        self._names = names

    def __len__(self) -> int:
        return len(self._names)

    @overload
    def __getitem__(self, index: int) -> Path: ...
    @overload
    def __getitem__(self, index: slice) -> list[Path]: ...
    def __getitem__(self, index: int | slice) -> Path | list[Path]:
        if isinstance(index, slice):
            return [self._root / name for name in self._names[index]]
        return self._root / self._names[index]


def write_tree(out: Path, files: Sequence[tuple[str, bytes]], *, folders: Sequence[str] = ()) -> Sequence[Path]:
    """Write a folder layout whole: built in a hidden folder beside `out`, flushed, then renamed to `out`.

    `files` are (relative POSIX path, bytes). A crash or a full disk leaves either no `out` (or the
    empty one that was there) or the complete layout, never a mix of new and missing files; one
    flush of the file system replaces an fsync per file (10,000 label files in about a second
    instead of five). `out` may exist only as an empty folder, so files of an earlier export can
    never mix with these.
    """
    require_folder(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        what = "is not a folder" if not out.is_dir() else "is a folder that is not empty"
        raise ExportError([Problem(str(out), f"the output {what}; name a new folder")])
    temp = out.parent / f".{out.name}.{secrets.token_hex(4)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    flush_each = not hasattr(os, "sync")  # Windows: no whole-disk flush
    base = str(temp)
    try:
        temp.mkdir()
        made = {""}
        for folder in folders:
            (temp / folder).mkdir(parents=True, exist_ok=True)
        for name, _data in files:
            parent = name.rpartition("/")[0]
            if parent not in made:
                (temp / parent).mkdir(parents=True, exist_ok=True)
                made.add(parent)
        for name, data in files:
            fd = os.open(f"{base}/{name}", flags, 0o666)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                if flush_each:  # pragma: no cover
                    os.fsync(fd)
            finally:
                os.close(fd)
        if not flush_each:
            os.sync()
        os.replace(temp, out)
        if os.name != "nt":
            fd = os.open(out.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise WriteError.from_os_error(out, exc) from exc
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return WrittenFiles(out, [name for name, _data in files])

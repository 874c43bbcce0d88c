"""Build a work package from a folder of images or audio, or a CSV / JSONL file of texts."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.atomic import WriteError, require_folder, write_atomic
from annotator.core.documents import decode_json
from annotator.core.documents.schemas import short_repr
from annotator.core.errors import MediaError, PackageError, Problem
from annotator.core.manifest import FORMAT_ID, IDENTIFIER_RULE, SCHEMA_VERSION, is_identifier, parse_manifest
from annotator.core.media.probe import (
    AUDIO_SUFFIXES,
    IMAGE_SUFFIXES,
    UNSUPPORTED_AUDIO_SUFFIXES,
    check_image,
    probe_audio,
)
from annotator.core.model import ITEM_KINDS, Manifest
from annotator.core.package_source import Limits
from annotator.core.text_tables import TEXT_TABLE_SUFFIXES, decode_table, read_text_table

# Colours for labels that come without one: Sasha Trubetskoy's 20 distinct colours, in his order
# (strongest first), the set the demo package and the tests already use. By position, so the same
# schema always gets the same colours.
LABEL_PALETTE = (
    "#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#46f0f0", "#f032e6", "#bcf60c", "#fabebe",
    "#008080", "#e6beff", "#9a6324", "#fffac8", "#800000", "#aaffc3", "#808000", "#ffd8b1", "#000075", "#808080",
)  # fmt: skip
NO_SUCH_FILE = "no such file or folder"


@dataclass
class PackResult:
    """What `pack_package` made, and which files it passed over."""

    manifest: Manifest
    skipped: list[str] = field(default_factory=list)


@dataclass
class _Entry:
    """One item to pack, before its id is settled."""

    item: dict[str, Any]
    place: str  # where it comes from, for messages: the media file, or `table:line`
    source: Path | None = None  # the media file copied into the package
    table: Path | None = None  # the CSV / JSONL a text row comes from
    line: int = 0
    given_id: str | None = None  # the id a table row gives, kept as written
    made_id: str = ""  # the id made for it when it gives none


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._")
    return slug[:100] or "item"


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _media_problem(path: Path, kind: str, limits: Limits) -> Problem | None:
    """What `validate` would say of this file once packed (the same checks, streamed), or None."""
    name = str(path)
    try:
        with path.open("rb") as handle:
            if kind == "image":
                check_image(
                    handle, name, max_pixels=limits.max_image_pixels, max_decoded_bytes=limits.max_decoded_image_bytes
                )
            else:
                probe_audio(handle, name)
    except MediaError as exc:
        return exc.problem
    except OSError as exc:
        return Problem(name, f"cannot be read ({exc.strerror or exc})")
    return None


def _media_entries(folder: Path, skipped: list[str], problems: list[Problem], limits: Limits) -> list[_Entry]:
    entries: list[_Entry] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink()):
        rel = path.relative_to(folder).as_posix()
        suffix = path.suffix.lower()
        if path.is_symlink():
            problems.append(Problem(str(path), "symbolic links are not packed; copy the file instead"))
        elif suffix in IMAGE_SUFFIXES or suffix in AUDIO_SUFFIXES:
            kind = "image" if suffix in IMAGE_SUFFIXES else "audio"
            problem = _media_problem(path, kind, limits)
            if problem is not None:
                problems.append(problem)
            # A refused file still counts for the kinds the label schema must cover, so its problems
            # are listed in the same run; nothing is written while there are any. Hashes are taken
            # once nothing is refused, so a refusal comes without reading every file to its end.
            item = {"id": "", "kind": kind, "media": f"media/{rel}", "sha256": ""}
            made_id = _slug(Path(rel).with_suffix("").as_posix())
            entries.append(_Entry(item, place=str(path), source=path, made_id=made_id))
        elif suffix in UNSUPPORTED_AUDIO_SUFFIXES:
            problems.append(
                Problem(str(path), f"{suffix} audio is not supported; convert it to WAV, FLAC, OGG, Opus or MP3")
            )
        elif suffix in TEXT_TABLE_SUFFIXES:
            entries.extend(_text_entries(path, problems))
        else:
            skipped.append(rel)
    return entries


def _text_entries(path: Path, problems: list[Problem]) -> list[_Entry]:
    rows = read_text_table(path, problems)
    stem = _slug(path.stem)
    entries = []
    for number, row in rows:
        place = f"{path}:{number}"
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(place, "row has no 'text'"))
            continue
        given, problem = _given_id(row.get("id"), place)
        if problem is not None:
            problems.append(problem)
            continue
        item: dict[str, Any] = {"id": "", "kind": "text", "text": text}
        if row.get("lang"):
            item["lang"] = str(row["lang"])
        if isinstance(row.get("prelabel"), dict):
            item["prelabel"] = row["prelabel"]
        # Made from the file and the row, so it stays the same however often the table is packed.
        made_id = f"{stem}-{number:05d}"
        entries.append(_Entry(item, place=place, table=path, line=number, given_id=given, made_id=made_id))
    return entries


def _given_id(value: Any, place: str) -> tuple[str | None, Problem | None]:
    """The id a row gives, as written (None if it gives none), or the problem with it."""
    if value is None or value == "":
        return None, None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # JSONL ids are often numbers
    if not isinstance(value, str):
        return None, Problem(place, f"id must be a string or a whole number (found {short_repr(value, 60)})")
    if not is_identifier(value):
        # Never changed to fit: an id is how results are matched back to the row.
        return None, Problem(place, f"id {short_repr(value, 60)} must be {IDENTIFIER_RULE}")
    return value, None



def _assign_ids(entries: list[_Entry], problems: list[Problem]) -> None:
    """Settle each item's id: ids a table gives as written, then ids made for rows without one, then media.

    A clash in what the user wrote, or with it, is refused naming both places; never renamed, since
    results are matched to rows by id. Only media ids, made from file names, give way (`a`, `a-2`).
    """
    taken: dict[str, _Entry] = {}
    for entry in entries:
        if entry.given_id is None:
            continue
        first = taken.get(entry.given_id)
        if first is not None:
            problems.append(Problem(entry.place, f"id '{entry.given_id}' is used again (first {_where(first, entry)})"))
            continue
        taken[entry.given_id] = entry
        entry.item["id"] = entry.given_id
    for entry in entries:
        if entry.table is None or entry.given_id is not None:
            continue
        first = taken.get(entry.made_id)
        if first is not None:
            problems.append(
                Problem(
                    entry.place,
                    f"row has no id, and the id it would get, '{entry.made_id}', is used {_where(first, entry)}; "
                    "give this row an id",
                )
            )
            continue
        taken[entry.made_id] = entry
        entry.item["id"] = entry.made_id
    for entry in entries:
        if entry.table is None:
            item_id, counter = entry.made_id, 2
            while item_id in taken:
                item_id = f"{entry.made_id}-{counter}"
                counter += 1
            taken[item_id] = entry
            entry.item["id"] = item_id


def _where(first: _Entry, here: _Entry) -> str:
    if first.table is not None and first.table == here.table:
        return f"on line {first.line}"
    return f"in {first.place}"


def load_label_schemas(path: Path, kinds: list[str]) -> dict[str, Any]:
    """Read SCHEMA.json: one label schema (when the items are of one kind) or an object keyed by item kind.

    A label without a 'color' gets the palette's colour for its place in its schema, written into
    the package, so package.json always says every colour.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise PackageError([Problem(str(path), NO_SUCH_FILE)]) from exc
    except OSError as exc:
        raise PackageError([Problem(str(path), f"cannot be read ({exc.strerror or exc})")]) from exc
    data, problems = decode_json(raw, str(path), what="label schema JSON")
    if problems:
        raise PackageError(problems)
    if isinstance(data, dict) and "mode" in data:
        if len(kinds) > 1:
            # One schema cannot fit two kinds: image labels are box classes, audio ones are not.
            per_kind = ", ".join(f'"{kind}": {{...}}' for kind in kinds)
            raise PackageError(
                [
                    Problem(
                        str(path),
                        f"one label schema for {_and(kinds)} items; give one per kind: {{{per_kind}}}",
                    )
                ]
            )
        schemas = {kind: data for kind in kinds}
    elif isinstance(data, dict) and set(data) <= set(ITEM_KINDS):
        missing = [kind for kind in kinds if kind not in data]
        if missing:
            raise PackageError([Problem(str(path), f"no label schema for {', '.join(missing)} items")])
        schemas = {kind: data[kind] for kind in kinds}
    else:
        raise PackageError(
            [Problem(str(path), "expected a label schema with 'mode' and 'labels', or one per item kind")]
        )
    return {kind: _with_colours(schema) for kind, schema in schemas.items()}


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _with_colours(schema: Any) -> Any:
    """The schema with a colour for each label that has none: the palette's, by the label's place."""
    if not isinstance(schema, dict) or not isinstance(schema.get("labels"), list):
        return schema  # what is wrong with it is said by the manifest check
    labels = [
        _coloured(label, LABEL_PALETTE[index % len(LABEL_PALETTE)])
        if isinstance(label, dict) and "color" not in label
        else label
        for index, label in enumerate(schema["labels"])
    ]
    return {**schema, "labels": labels}


def _coloured(label: dict[str, Any], colour: str) -> dict[str, Any]:
    # The colour goes right after the name, where a person writing package.json would put it.
    out: dict[str, Any] = {}
    for key, value in label.items():
        out[key] = value
        if key == "name":
            out["color"] = colour
    out.setdefault("color", colour)
    return out


def missing_inputs(paths: list[Path | None]) -> list[Problem]:
    """A problem for each given path that does not exist, so a typo is named as that."""
    return [Problem(str(path), NO_SUCH_FILE) for path in paths if path is not None and not path.exists()]


def read_instructions(path: Path) -> str:
    """The Markdown instructions file as text (UTF-8, or UTF-16 with a BOM); PackageError naming the place if not."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise PackageError([Problem(str(path), NO_SUCH_FILE)]) from exc
    except OSError as exc:
        raise PackageError([Problem(str(path), f"cannot be read ({exc.strerror or exc})")]) from exc
    # Line ends as a text editor shows them, as reading the file in text mode always gave.
    return decode_table(raw, str(path)).replace("\r\n", "\n").replace("\r", "\n")


def pack_package(
    source: Path,
    *,
    labels_path: Path,
    output: Path,
    package_id: str | None = None,
    title: str | None = None,
    instructions: str = "",
    limits: Limits | None = None,
) -> PackResult:
    """Make a package zip (or folder, if `output` has no .zip suffix) from media or a text table.

    Every media file gets the checks `validate` makes (with `limits`, the reader's by default), so
    pack never makes a package that validate refuses. The folder `output` goes into must exist;
    checked first, before any media is read. Nothing is written if anything is refused.
    """
    if not source.exists():
        raise PackageError([Problem(str(source), NO_SUCH_FILE)])
    require_folder(output)
    limits = limits or Limits()
    skipped: list[str] = []
    problems: list[Problem] = []
    if source.is_dir():
        entries = _media_entries(source, skipped, problems, limits)
    elif source.suffix.lower() in TEXT_TABLE_SUFFIXES:
        entries = _text_entries(source, problems)
    else:
        raise PackageError([Problem(str(source), "expected a folder of media, or a .csv / .jsonl file of texts")])
    if not entries and not problems:
        problems.append(Problem(str(source), "found no images, audio or texts to pack"))
    _assign_ids(entries, problems)
    kinds = [kind for kind in ITEM_KINDS if any(e.item["kind"] == kind for e in entries)]
    labels: dict[str, Any] = {}
    if kinds:
        try:
            labels = load_label_schemas(labels_path, kinds)
        except PackageError as exc:
            problems.extend(exc.problems)
    if problems:
        raise PackageError(problems)
    head = {"id": package_id or _slug(source.stem), "title": title or source.stem, "instructions": instructions}
    manifest = _write_package(output, entries, head=head, labels=labels, origin=str(labels_path))
    return PackResult(manifest=manifest, skipped=skipped)


def pack_items(
    items: list[dict[str, Any]],
    media: dict[str, Path],
    *,
    label_schemas: dict[str, Any],
    output: Path,
    package_id: str,
    title: str,
    instructions: str = "",
    limits: Limits | None = None,
    origin: str = "",
) -> PackResult:
    """Pack items made elsewhere (an importer's, with prelabels): `media` maps each item's package path to its file.

    The same checks as `pack_package`: every media file as `validate` checks it, ids and label
    schemas through the manifest reader; nothing is written if anything is refused.
    """
    require_folder(output)
    limits = limits or Limits()
    problems: list[Problem] = []
    entries: list[_Entry] = []
    for item in items:
        item = dict(item)
        source = media.get(item.get("media") or "")
        if source is not None:
            problem = _media_problem(source, item["kind"], limits)
            if problem is not None:
                problems.append(problem)
        entries.append(_Entry(item, place=str(source or origin), source=source))
    if problems:
        raise PackageError(problems)
    labels = {kind: _with_colours(schema) for kind, schema in label_schemas.items()}
    head = {"id": package_id, "title": title, "instructions": instructions}
    return PackResult(manifest=_write_package(output, entries, head=head, labels=labels, origin=origin or str(output)))


def _write_package(
    output: Path, entries: list[_Entry], *, head: dict[str, Any], labels: dict[str, Any], origin: str
) -> Manifest:
    """Hash the media, check the manifest as the reader will, and write the zip or folder (nothing if refused)."""
    for entry in entries:
        if entry.source is not None:
            entry.item["sha256"] = _sha256_file(entry.source)
    document = {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        **head,
        "labels": labels,
        "items": [entry.item for entry in entries],
    }
    manifest, manifest_problems = parse_manifest(document, origin)
    if manifest is None:
        raise PackageError(manifest_problems)
    raw = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()
    if output.suffix.lower() == ".zip":
        write_atomic(output, _zip_bytes(raw, entries))
    else:
        _write_folder(output, raw, entries)
    return manifest


def _zip_bytes(manifest_raw: bytes, entries: list[_Entry]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("package.json", manifest_raw)
        for entry in entries:
            if entry.source is None:
                continue
            # Media are stored, never deflated: most are compressed already, and a blank BMP or a
            # silent WAV would deflate past the reader's zip-bomb ratio and be refused.
            archive.write(entry.source, entry.item["media"], compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


def _write_folder(output: Path, manifest_raw: bytes, entries: list[_Entry]) -> None:
    if output.exists() and not output.is_dir():
        raise PackageError([Problem(str(output), "output exists and is not a folder")])
    if output.exists() and any(output.iterdir()):
        raise PackageError([Problem(str(output), "output folder exists and is not empty")])
    created = not output.exists()
    if created:
        _make_folder(output)
    try:
        for entry in entries:
            if entry.source is not None:
                target = output / entry.item["media"]
                _make_folder(target.parent, parents=True)
                write_atomic(target, entry.source.read_bytes())
        # Last, so a folder that was cut short is never a package.
        write_atomic(output / "package.json", manifest_raw)
    except BaseException:
        # Remove what was made here, so a failure leaves the output as it was found.
        if created:
            shutil.rmtree(output, ignore_errors=True)
        else:
            for child in output.iterdir():
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
        raise


def _make_folder(folder: Path, *, parents: bool = False) -> None:
    # Only the output folder and the folders inside it are made; its own parent must exist.
    try:
        folder.mkdir(parents=parents, exist_ok=parents)
    except OSError as exc:
        raise WriteError.from_os_error(folder, exc) from exc

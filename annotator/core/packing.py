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
from annotator.core.errors import PackageError, Problem
from annotator.core.manifest import FORMAT_ID, SCHEMA_VERSION, parse_manifest
from annotator.core.media.probe import AUDIO_SUFFIXES, IMAGE_SUFFIXES, UNSUPPORTED_AUDIO_SUFFIXES
from annotator.core.model import ITEM_KINDS, Manifest
from annotator.core.text_tables import TEXT_TABLE_SUFFIXES, read_text_table


@dataclass
class PackResult:
    """What `pack_package` made, and which files it passed over."""

    manifest: Manifest
    skipped: list[str] = field(default_factory=list)


@dataclass
class _Entry:
    item: dict[str, Any]
    source: Path | None = None


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._")
    return slug[:100] or "item"


def _unique(base: str, used: set[str]) -> str:
    candidate, counter = base, 2
    while candidate in used:
        candidate = f"{base}-{counter}"
        counter += 1
    used.add(candidate)
    return candidate


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _media_entries(folder: Path, used: set[str], skipped: list[str], problems: list[Problem]) -> list[_Entry]:
    entries: list[_Entry] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink()):
        rel = path.relative_to(folder).as_posix()
        suffix = path.suffix.lower()
        if path.is_symlink():
            problems.append(Problem(str(path), "symbolic links are not packed; copy the file instead"))
        elif suffix in IMAGE_SUFFIXES or suffix in AUDIO_SUFFIXES:
            kind = "image" if suffix in IMAGE_SUFFIXES else "audio"
            item = {
                "id": _unique(_slug(Path(rel).with_suffix("").as_posix()), used),
                "kind": kind,
                "media": f"media/{rel}",
                "sha256": _sha256_file(path),
            }
            entries.append(_Entry(item, path))
        elif suffix in UNSUPPORTED_AUDIO_SUFFIXES:
            problems.append(
                Problem(str(path), f"{suffix} audio is not supported; convert it to WAV, FLAC, OGG, Opus or MP3")
            )
        elif suffix in TEXT_TABLE_SUFFIXES:
            entries.extend(_text_entries(path, used, problems))
        else:
            skipped.append(rel)
    return entries


def _text_entries(path: Path, used: set[str], problems: list[Problem]) -> list[_Entry]:
    rows = read_text_table(path, problems)
    entries = []
    for number, row in rows:
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(f"{path}:{number}", "row has no 'text'"))
            continue
        item_id = _unique(_slug(str(row.get("id") or f"{path.stem}-{number:05d}")), used)
        item: dict[str, Any] = {"id": item_id, "kind": "text", "text": text}
        if row.get("lang"):
            item["lang"] = str(row["lang"])
        if isinstance(row.get("prelabel"), dict):
            item["prelabel"] = row["prelabel"]
        entries.append(_Entry(item))
    return entries


def load_label_schemas(path: Path, kinds: list[str]) -> dict[str, Any]:
    """Read SCHEMA.json: one label schema (for every kind found) or an object keyed by item kind."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackageError([Problem(str(path), f"cannot be read ({exc.strerror or exc})")]) from exc
    data, problems = decode_json(raw, str(path), what="label schema JSON")
    if problems:
        raise PackageError(problems)
    if isinstance(data, dict) and "mode" in data:
        return {kind: data for kind in kinds}
    if isinstance(data, dict) and set(data) <= set(ITEM_KINDS):
        missing = [kind for kind in kinds if kind not in data]
        if missing:
            raise PackageError([Problem(str(path), f"no label schema for {', '.join(missing)} items")])
        return {kind: data[kind] for kind in kinds}
    raise PackageError([Problem(str(path), "expected a label schema with 'mode' and 'labels', or one per item kind")])


def pack_package(
    source: Path,
    *,
    labels_path: Path,
    output: Path,
    package_id: str | None = None,
    title: str | None = None,
    instructions: str = "",
) -> PackResult:
    """Make a package zip (or folder, if `output` has no .zip suffix) from media or a text table.

    The folder `output` goes into must exist; checked first, before any media is read.
    """
    require_folder(output)
    used: set[str] = set()
    skipped: list[str] = []
    problems: list[Problem] = []
    if source.is_dir():
        entries = _media_entries(source, used, skipped, problems)
    elif source.suffix.lower() in TEXT_TABLE_SUFFIXES:
        entries = _text_entries(source, used, problems)
    else:
        raise PackageError([Problem(str(source), "expected a folder of media, or a .csv / .jsonl file of texts")])
    if not entries and not problems:
        problems.append(Problem(str(source), "found no images, audio or texts to pack"))
    if problems:
        raise PackageError(problems)
    kinds = [kind for kind in ITEM_KINDS if any(e.item["kind"] == kind for e in entries)]
    document = {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        "id": package_id or _slug(source.stem),
        "title": title or source.stem,
        "instructions": instructions,
        "labels": load_label_schemas(labels_path, kinds),
        "items": [entry.item for entry in entries],
    }
    manifest, manifest_problems = parse_manifest(document, str(labels_path))
    if manifest is None:
        raise PackageError(manifest_problems)
    raw = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()
    if output.suffix.lower() == ".zip":
        write_atomic(output, _zip_bytes(raw, entries))
    else:
        _write_folder(output, raw, entries)
    return PackResult(manifest=manifest, skipped=skipped)


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

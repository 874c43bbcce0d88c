"""An importer's result written as a work package with prelabels, through the same checks as `annotator pack`."""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.errors import PackageError, Problem
from annotator.core.formats.dataset import ImportedPackage
from annotator.core.packing import PackResult, pack_items

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def pack_imported(imported: ImportedPackage, *, output: Path, package_id: str, origin: str) -> PackResult:
    """Pack what an importer read; media keep their file names under media/, and ids must be unique."""
    items, media, problems = [], {}, []
    seen: dict[str, str] = {}
    for entry in imported.items:
        item: dict = {"id": entry.id, "kind": entry.kind}
        if entry.source is not None:
            name = "media/" + (entry.media_name or entry.source.name).lstrip("/")
            if name in media and media[name] != entry.source:
                problems.append(Problem(origin, f"two items use the file name '{name}'"))
            media[name] = entry.source
            item["media"] = name
            item["sha256"] = ""
        elif entry.text is not None:
            item["text"] = entry.text
        if entry.lang:
            item["lang"] = entry.lang
        if entry.prelabel:
            item["prelabel"] = entry.prelabel
        if entry.id in seen:
            problems.append(
                Problem(
                    origin, f"item id '{entry.id}' appears twice ({seen[entry.id]} and {entry.media_name or 'a text'})"
                )
            )
        seen[entry.id] = entry.media_name or "a text"
        items.append(item)
    if not items:
        problems.append(Problem(origin, "nothing to import: no items found"))
    if problems:
        raise PackageError(problems)
    return pack_items(
        items,
        media,
        label_schemas=imported.label_schemas,
        output=output,
        package_id=package_id,
        title=imported.title,
        origin=origin,
    )


def package_id_for(source: Path) -> str:
    """The id of a package imported from `source` without one given: the source's stem, made safe."""
    return _SAFE.sub("-", source.stem).strip("-._") or "imported"


def item_id_for(name: str) -> str:
    """A package item id from a file name or another tool's id: letters, digits, '.', '_', '-'."""
    stem = Path(name).with_suffix("").as_posix() if "." in Path(name).name else name
    return _SAFE.sub("-", stem).strip("-._")[:128] or "item"

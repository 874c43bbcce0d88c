"""Team packing: one package per annotator from one source, each item done by k of them, gold items hidden among the rest.

System names stay with the lead: an evaluation item's `content` goes into an annotator's package
without its `system` fields (the item's, and each pairwise response's), so the package file an
annotator can open names no model. The lead's side needs no copy of them: `report`, `merge` and
`review` take the source package (its items keep their systems) and the answer key, which maps each
team package's item ids back to the source's and holds the gold items as the lead gave them.
"""

from __future__ import annotations

import copy
import hashlib
import os
import random
import re
import secrets
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.atomic import WriteError, require_folder
from annotator.core.bundle import is_valid_pseudonym
from annotator.core.documents import decode_json
from annotator.core.errors import MediaError, PackageError, Problem
from annotator.core.manifest import IDENTIFIER_RULE, is_identifier, parse_manifest
from annotator.core.model import EVALUATION_KINDS
from annotator.core.package import Package, open_package
from annotator.core.package_source import MANIFEST_NAME, Limits, posix_suffix

# The writer `pack` uses, so a team package is checked (parse_manifest) and laid out (zip or folder)
# exactly as every other package; it has no public form that keeps `pay` and `due`.
from annotator.core.packing import _Entry, _media_problem, _write_package
from annotator.core.quality.answer_key import (
    AnswerKey,
    GoldAnswer,
    KeyPackage,
    key_path_for,
    make_key,
    write_answer_key,
)
from annotator.core.quality.gold import GoldItem

LAYOUTS = ("zip", "folder")
# Words that would tell an annotator an item is a test when they show in its id or file name.
_TELLING = re.compile(r"gold|answer|honeypot|truth", re.IGNORECASE)
_ID_BITS = 48
_MEDIA_TIME = 946_684_800  # 2000-01-01 UTC: after 1980, which zip needs, in every time zone
MAX_SEED = 2**63  # what the answer key's strict reader takes (19 digits)


@dataclass(frozen=True)
class TeamPackage:
    """One package `pack_team` wrote: whose it is, where, and how many items (gold among them) it holds."""

    annotator: str
    package_id: str
    path: Path
    items: int
    gold: int


@dataclass(frozen=True)
class TeamPackResult:
    """The packages written, and the answer key the lead keeps (never sent with a package)."""

    packages: tuple[TeamPackage, ...]
    key: AnswerKey
    key_path: Path


def plan_assignment(
    item_ids: Sequence[str],
    annotators: Sequence[str],
    *,
    overlap: int,
    seed: int,
    gold_ids: Sequence[str] = (),
    gold_per_annotator: int | None = None,
    kinds: Mapping[str, str] | None = None,
) -> dict[str, list[str]]:
    """Which ids each annotator gets, in the order their package lists them (pure; the same seed, the same plan).

    Every item goes to exactly `overlap` annotators: the slots (item, copy) are dealt round the
    annotators in a shuffled order, so loads differ by at most one and every annotator shares items
    with the next ones round the table. With `kinds` (item id -> kind), each kind is dealt in turn, so
    the images (say) are spread as evenly as the items are. Every gold item goes to every annotator, or
    `gold_per_annotator` of them to each (dealt the same way, so each gold item is seen about as often).
    Items keep the source order; gold items are put in at random places, not at the end.
    """
    names = list(annotators)
    if not names:
        raise ValueError("at least one annotator is needed")
    if len(set(names)) != len(names):
        raise ValueError("annotator names must differ")
    if not 1 <= overlap <= len(names):
        raise ValueError(f"overlap must be from 1 to the number of annotators ({len(names)}), not {overlap}")
    golds = list(gold_ids)
    wanted = len(golds) if gold_per_annotator is None else gold_per_annotator
    if not 0 <= wanted <= len(golds):
        raise ValueError(f"{wanted} gold items per annotator asked for, but {len(golds)} are given")
    rng = random.Random(seed)
    table = names[:]
    rng.shuffle(table)
    dealt: list[str] = []
    by_kind: dict[str, list[str]] = {}
    for item_id in item_ids:
        by_kind.setdefault(kinds[item_id] if kinds else "", []).append(item_id)
    for kind in sorted(by_kind):
        group = by_kind[kind]
        rng.shuffle(group)
        dealt += group
    given: dict[str, set[str]] = {name: set() for name in names}
    for slot in range(len(dealt) * overlap):
        given[table[slot % len(table)]].add(dealt[slot // overlap])
    rng.shuffle(golds)
    plan: dict[str, list[str]] = {}
    for seat, name in enumerate(table):
        regular = [item_id for item_id in item_ids if item_id in given[name]]
        mine = [golds[(seat * wanted + n) % len(golds)] for n in range(wanted)] if golds else []
        rng.shuffle(mine)
        total = len(regular) + len(mine)
        places = set(rng.sample(range(total), len(mine)))
        regular_iter, gold_iter = iter(regular), iter(mine)
        plan[name] = [next(gold_iter) if index in places else next(regular_iter) for index in range(total)]
    return {name: plan[name] for name in names}


def pack_team(
    package: Path | str,
    *,
    output: Path | str,
    annotators: Sequence[str] | int,
    overlap: int,
    gold: Sequence[GoldItem] = (),
    gold_per_annotator: int | None = None,
    seed: int | None = None,
    layout: str = "zip",
    opaque_ids: bool | None = None,
    limits: Limits | None = None,
) -> TeamPackResult:
    """Write one package per annotator into the new (or empty) folder `output`, and its answer key beside the folder (`<folder>.answer-key.json`).

    `annotators` are pseudonyms, or a count (named a1, a2, ...); package ids are `<source id>-<name>`
    (`<name>.zip`, or a folder with layout='folder'). Gold items look like every other item: the same
    kind and fields, no answer, and, by default whenever there are gold items, every item of every
    package gets an opaque id (and media file name) of its own, mapped back in the key. Without a
    `seed` a random one is drawn (and kept in the key): a known seed would let anyone who knows this
    code work out where the gold items went. Evaluation items go in without their `system` names
    (see `without_systems`); the report and the Bradley–Terry ranking read them from the source
    package. Nothing is left in `output` if anything is refused.
    """
    source_path, output = Path(package), Path(output)
    names = [f"a{n}" for n in range(1, annotators + 1)] if isinstance(annotators, int) else list(annotators)
    where = str(source_path)
    problems = [Problem(where, reason) for reason in _argument_problems(names, overlap, layout, seed)]
    if problems:
        raise PackageError(problems)
    _check_output(output)
    seed = secrets.randbelow(MAX_SEED) if seed is None else seed
    opaque = bool(gold) if opaque_ids is None else opaque_ids
    source = open_package(source_path, limits=limits)
    try:
        raw = _raw_manifest(source)
        _check_gold(source, raw, gold, opaque=opaque, limits=limits or Limits())
        package_ids = {name: f"{source.manifest.id}-{name}" for name in names}
        bad_ids = [pid for pid in package_ids.values() if not is_identifier(pid)]
        if bad_ids:
            raise PackageError([Problem(where, f"package id '{bad_ids[0]}' must be {IDENTIFIER_RULE}")])
        try:
            plan = plan_assignment(
                [item.id for item in source.manifest.items],
                names,
                overlap=overlap,
                seed=seed,
                gold_ids=[entry.item["id"] for entry in gold],
                gold_per_annotator=gold_per_annotator,
                kinds={item.id: item.kind for item in source.manifest.items},
            )
        except ValueError as exc:
            raise PackageError([Problem(where, str(exc))]) from exc
        empty = [name for name, ids in plan.items() if not ids]
        if empty:
            raise PackageError(
                [
                    Problem(
                        where,
                        f"{len(source.manifest.items)} items with overlap {overlap} leave {empty[0]} nothing to do",
                    )
                ]
            )
        created = _make_output(output)
        try:
            with tempfile.TemporaryDirectory(prefix="annotator-team-") as scratch:
                written = _write_packages(
                    source,
                    raw,
                    gold,
                    plan,
                    package_ids,
                    output=output,
                    scratch=Path(scratch),
                    opaque=opaque,
                    seed=seed,
                    layout=layout,
                )
            key = make_key(
                source_id=source.manifest.id,
                source_manifest_sha256=source.manifest_sha256,
                overlap=overlap,
                seed=seed,
                packages=[package for package, _ in written],
                gold=[GoldAnswer(entry.item, entry.annotation) for entry in gold],
            )
            key_path = key_path_for(output)
            write_answer_key(key_path, key)
        except BaseException:
            _undo_output(output, created)
            raise
    finally:
        source.close()
    gold_ids = set(key.gold)
    results = tuple(
        TeamPackage(
            annotator=package.annotator,
            package_id=package.id,
            path=path,
            items=len(package.items),
            gold=sum(1 for key_id in package.items.values() if key_id in gold_ids),
        )
        for package, path in written
    )
    return TeamPackResult(packages=results, key=key, key_path=key_path)


def _argument_problems(names: list[str], overlap: int, layout: str, seed: int | None) -> list[str]:
    reasons = []
    if seed is not None and not 0 <= seed < MAX_SEED:
        reasons.append(f"the seed must be a whole number from 0 to {MAX_SEED - 1}, not {seed}")
    if not names:
        reasons.append("at least one annotator is needed")
    for name in names:
        if not is_valid_pseudonym(name):
            reasons.append(f"annotator {name!r} must be a pseudonym of 1-64 letters, digits, '.', '_' or '-'")
    if len(set(names)) != len(names):
        reasons.append("annotator names must differ")
    if names and not 1 <= overlap <= len(names):
        reasons.append(f"overlap must be from 1 to the number of annotators ({len(names)}), not {overlap}")
    if layout not in LAYOUTS:
        reasons.append(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    return reasons


def _check_output(output: Path) -> None:
    """The output folder must be new (its parent existing) or empty; nothing is made yet."""
    require_folder(output)
    if output.exists() and not output.is_dir():
        raise PackageError([Problem(str(output), "output exists and is not a folder")])
    if output.is_dir() and any(output.iterdir()):
        raise PackageError([Problem(str(output), "output folder exists and is not empty")])
    key = key_path_for(output)
    if key.exists():
        # An earlier pack's key is the only record of its gold answers: never replaced.
        raise PackageError(
            [Problem(str(key), "an answer key is already there (of an earlier pack?); move it or name another folder")]
        )


def _make_output(output: Path) -> bool:
    if output.is_dir():
        return False
    try:
        output.mkdir()
    except OSError as exc:
        raise WriteError.from_os_error(output, exc) from exc
    return True


def _undo_output(output: Path, created: bool) -> None:
    # The folder was new or empty, so everything in it is ours to remove.
    if created:
        shutil.rmtree(output, ignore_errors=True)
        return
    for child in output.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def _raw_manifest(source: Package) -> dict[str, Any]:
    """The source's package.json as written, so labels, pay, due and prelabels pass through untouched."""
    raw = source.source.read(MANIFEST_NAME)
    if hashlib.sha256(raw).hexdigest() != source.manifest_sha256:
        raise PackageError([Problem(source.source.display(MANIFEST_NAME), "changed while it was being read")])
    document, problems = decode_json(raw, source.source.display(MANIFEST_NAME))
    if problems:
        raise PackageError(problems)
    return document


def _check_gold(
    source: Package, raw: dict[str, Any], gold: Sequence[GoldItem], *, opaque: bool, limits: Limits
) -> None:
    """Gold items must pass the manifest check and look like the source's own items of their kind."""
    if not gold:
        return
    problems: list[Problem] = []
    source_ids = {item.id for item in source.manifest.items}
    source_media = {item.media for item in source.manifest.items if item.media}
    shapes: dict[str, set[frozenset[str]]] = {}
    for spec in raw["items"]:
        shapes.setdefault(spec["kind"], set()).add(frozenset(spec))
    seen: dict[str, str] = {}
    for entry in gold:
        item, place = entry.item, entry.place or "gold"
        gold_id = item.get("id")
        if isinstance(gold_id, str) and gold_id in seen:
            problems.append(Problem(place, f"gold item id '{gold_id}' is used again (first at {seen[gold_id]})"))
        elif isinstance(gold_id, str):
            seen[gold_id] = place
        if gold_id in source_ids:
            problems.append(Problem(place, f"gold item id '{gold_id}' is also an item of the package"))
        kind = item.get("kind")
        if kind not in shapes:
            problems.append(Problem(place, f"the package has no {kind} items for this gold item to pass as one of"))
        elif frozenset(item) not in shapes[kind]:
            fields = ", ".join(sorted(min(shapes[kind], key=sorted)))
            problems.append(
                Problem(
                    place,
                    f"has fields {', '.join(sorted(item))}, but the package's {kind} items have {fields}: it would stand out",
                )
            )
        if not opaque:
            problems += _telling_problems(item, place, source_media)
        if entry.media is not None:
            problem = _media_problem(entry.media, kind, limits) if kind in ("image", "audio") else None
            if problem is not None:
                problems.append(problem)
    # The manifest's own checks (fields, label names in prelabels, answer-like fields), as the
    # packages will get them, but naming the gold file.
    document = {**{k: v for k, v in raw.items() if k != "items"}, "items": [entry.item for entry in gold]}
    problems += parse_manifest(document, _gold_file(gold))[1]
    if problems:
        raise PackageError(problems)


def _gold_file(gold: Sequence[GoldItem]) -> str:
    place = gold[0].place
    return place.rsplit(":", 1)[0] if ":" in place else place or "gold items"


def _telling_problems(item: dict[str, Any], place: str, source_media: set[str]) -> list[Problem]:
    """With the source's ids kept, a gold id or file name must not give the item away or clash."""
    problems = []
    for field_name in ("id", "media"):
        value = item.get(field_name)
        if isinstance(value, str) and _TELLING.search(value):
            problems.append(
                Problem(
                    place, f"{field_name} '{value}' would tell annotators it is a test: let the packages use opaque ids"
                )
            )
    if item.get("media") in source_media:
        problems.append(Problem(place, f"media '{item['media']}' is also a file of the package"))
    return problems


def _write_packages(
    source: Package,
    raw: dict[str, Any],
    gold: Sequence[GoldItem],
    plan: dict[str, list[str]],
    package_ids: dict[str, str],
    *,
    output: Path,
    scratch: Path,
    opaque: bool,
    seed: int,
    layout: str,
) -> list[tuple[KeyPackage, Path]]:
    """Write each annotator's package; returns its record for the key and where it went."""
    specs: dict[str, tuple[dict[str, Any], Path | None]] = {}
    for index, (item, spec) in enumerate(zip(source.manifest.items, raw["items"], strict=True)):
        specs[item.id] = (
            spec,
            _media_copy(source, item, scratch / f"{index}{posix_suffix(item.media)}") if item.media else None,
        )
    for index, entry in enumerate(gold):
        media = entry.media
        if media is not None:
            media = _gold_copy(entry, scratch / f"gold{index}{posix_suffix(entry.item['media'])}")
        specs[entry.item["id"]] = (entry.item, media)
    head = {k: v for k, v in raw.items() if k not in ("format", "schema_version", "id", "labels", "items")}
    written = []
    for name, key_ids in plan.items():
        package_id = package_ids[name]
        ids = _opaque_ids(len(key_ids), seed=seed, package_id=package_id) if opaque else key_ids
        entries = []
        for item_id, key_id in zip(ids, key_ids, strict=True):
            spec, media = specs[key_id]
            item = without_systems(copy.deepcopy(spec))
            item["id"] = item_id
            if media is not None and opaque:
                item["media"] = f"media/{item_id}{posix_suffix(spec['media'])}"
            entries.append(_Entry(item, place=str(media or package_id), source=media))
        path = output / (f"{package_id}.zip" if layout == "zip" else package_id)
        _write_package(path, entries, head={"id": package_id, **head}, labels=raw["labels"], origin=str(path))
        written_package = open_package(path)
        manifest_sha256 = written_package.manifest_sha256
        written_package.close()
        record = KeyPackage(
            id=package_id,
            annotator=name,
            manifest_sha256=manifest_sha256,
            items=dict(zip(ids, key_ids, strict=True)),
        )
        written.append((record, path))
    return written


def without_systems(item: dict[str, Any]) -> dict[str, Any]:
    """`item` (a package-v1 item object) with no `system` in its evaluation content: the item's own and each
    pairwise response's are removed, in place. Any other item is returned as it is."""
    content = item.get("content")
    if item.get("kind") not in EVALUATION_KINDS or not isinstance(content, dict):
        return item
    content.pop("system", None)
    for response in content.get("responses") or ():
        if isinstance(response, dict):
            response.pop("system", None)
    return item


def _media_copy(source: Package, item: Any, target: Path) -> Path:
    """Copy a source item's media to `target`, checked against its hash (a zip's entry or a folder's file)."""
    try:
        with source.open_media(item) as stream, target.open("wb") as out:
            shutil.copyfileobj(stream, out, 1 << 20)
            stream.verify()  # type: ignore[attr-defined]
    except MediaError as exc:
        raise PackageError([exc.problem]) from exc
    return _uniform(target)


def _gold_copy(entry: GoldItem, target: Path) -> Path:
    """Copy a gold item's media file to `target` as the source's media are, checked against its hash."""
    assert entry.media is not None
    digest = hashlib.sha256()
    try:
        with entry.media.open("rb") as handle, target.open("wb") as out:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
                out.write(block)
    except OSError as exc:
        raise PackageError([Problem(str(entry.media), f"cannot be read ({exc.strerror or exc})")]) from exc
    if digest.hexdigest() != entry.item["sha256"]:
        raise PackageError([Problem(str(entry.media), "changed since the gold items were read")])
    return _uniform(target)


def _uniform(path: Path) -> Path:
    # A zip keeps each file's date and mode: gold files made by the lead a week ago, copied last or
    # with other permissions, would stand out. Every media file goes in with the same ones.
    path.chmod(0o644)
    os.utime(path, (_MEDIA_TIME, _MEDIA_TIME))
    return path


def _opaque_ids(count: int, *, seed: int, package_id: str) -> list[str]:
    """`count` distinct random hex ids, the same for the same seed and package."""
    rng = random.Random(f"annotator-team-ids:{seed}:{package_id}")
    ids: list[str] = []
    taken: set[str] = set()
    while len(ids) < count:
        candidate = f"{rng.getrandbits(_ID_BITS):0{_ID_BITS // 4}x}"
        if candidate not in taken:
            taken.add(candidate)
            ids.append(candidate)
    return ids

"""A review's files, in workers: opening (the package, every bundle checked against it, the answer key, the folder and its state) and writing its bundles."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.atomic import write_atomic
from annotator.core.bundle import bundle_matches_package, read_bundle
from annotator.core.errors import BundleError, Problem, ProblemsError
from annotator.core.model import Item
from annotator.core.package import Package, open_package
from annotator.core.quality.answer_key import AnswerKey, read_answer_key, team_folder_of
from annotator.core.quality.bundle_inputs import bundle_paths as expand_bundle_paths
from annotator.core.quality.review_bundle import review_bytes, review_name
from annotator.core.quality.review_session import ReviewSession


@dataclass(frozen=True)
class LoadedReview:
    """What the review window shows: the open package, the session, and the items whose annotators disagree.

    `gold_shown` gives each gold item with a media file a team package that holds it (found beside
    the answer key, where pack-team wrote them) and the item as that package has it, under its gold
    id; `gold_unshown` are the gold items whose media no team package beside the key holds.
    """

    package: Package
    session: ReviewSession
    disagreeing: frozenset[str]
    gold_shown: Mapping[str, tuple[Package, Item]] = field(default_factory=dict)
    gold_unshown: tuple[str, ...] = ()

    def close(self) -> None:
        """Let go of the package and of the team packages opened for the gold items."""
        self.package.close()
        for team in {id(package): package for package, _item in self.gold_shown.values()}.values():
            team.close()


def default_review_folder(first_bundle: Path, package_id: str) -> Path:
    """`review-<package id>` beside the first bundle."""
    return Path(first_bundle).resolve().parent / f"review-{package_id}"


def load_review(
    package_path: Path, bundle_paths: Sequence[Path], folder: Path | None = None, *, key_path: Path | None = None
) -> LoadedReview:
    """Read the package, the bundles (files, or folders of them) and the answer key; make the folder, resume its state.

    Every problem of every bundle is raised at once. With `key_path`, bundles of the team packages
    made from the package are reviewed too (ReviewSession checks them against the key). Raises the
    core's typed errors (PackageError, BundleError) or OSError when the folder cannot be made.
    """
    paths = expand_bundle_paths(bundle_paths)
    if not paths:
        raise BundleError([Problem(str(package_path), "no result bundle to review: name at least one")])
    key = read_answer_key(key_path) if key_path is not None else None
    package = open_package(package_path)
    try:
        manifest = package.manifest
        bundles, problems = [], []
        for path in paths:
            try:
                document = read_bundle(path)
            except ProblemsError as exc:
                problems += exc.problems
                continue
            if key is None or document["package"]["id"] == manifest.id:  # a team package's: the session checks it
                problems += [
                    Problem(str(path), reason)
                    for reason in bundle_matches_package(document, manifest, package.manifest_sha256)
                ]
            bundles.append(document)
        if problems:
            raise BundleError(problems)
        target = Path(folder) if folder is not None else default_review_folder(paths[0], manifest.id)
        target.mkdir(parents=True, exist_ok=True)
        session = ReviewSession(
            manifest, package.manifest_sha256, bundles, target, key=key, names=[str(path) for path in paths]
        )
        item_ids = dict.fromkeys(result.item_id for result in session.results)
        disagreeing = frozenset(item_id for item_id in item_ids if session.disagrees(item_id))
        shown: dict[str, tuple[Package, Item]] = {}
        if key is not None and key_path is not None:
            shown = _gold_media(session, key, team_folder_of(Path(key_path)))
    except BaseException:
        package.close()
        raise
    unshown = tuple(
        item.id for item in session.items if session.is_gold(item.id) and item.media and item.id not in shown
    )
    return LoadedReview(package, session, disagreeing, shown, unshown)


def _gold_media(session: ReviewSession, key: AnswerKey, folder: Path) -> dict[str, tuple[Package, Item]]:
    """For each gold item with a media file, a team package in the key's team folder that holds it, and its item there."""
    wanted = {item.id for item in session.items if session.is_gold(item.id) and item.media}
    shown: dict[str, tuple[Package, Item]] = {}
    for record in key.packages:
        if not wanted - set(shown):
            break
        held = {key_id: item_id for item_id, key_id in record.items.items() if key_id in wanted - set(shown)}
        place = next((p for p in (folder / f"{record.id}.zip", folder / record.id) if p.exists()), None)
        if not held or place is None:
            continue
        try:
            team = open_package(place)
        except (ProblemsError, OSError):
            continue  # not the package the key made (or unreadable): the item says its image cannot be shown
        items = {item.id: item for item in team.manifest.items}
        if team.manifest.id != record.id or team.manifest_sha256 != record.manifest_sha256:
            team.close()
            continue
        for gold_id, item_id in held.items():
            if item_id in items:
                shown[gold_id] = (team, dataclasses.replace(items[item_id], id=gold_id))
        if not any(package is team for package, _item in shown.values()):
            team.close()
    return shown


def write_documents(documents: Sequence[dict[str, Any]], folder: Path) -> list[str]:
    """Write review documents (built on the UI thread, where decisions change) into `folder`, each atomically."""
    paths = []
    for document in documents:
        path = folder / review_name(document)
        write_atomic(path, review_bytes(document))
        paths.append(str(path))
    return paths

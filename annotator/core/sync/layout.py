"""Where things live on a sync target: packages to do, bundles per package and annotator, feedback, manifests.

    packages/<package>.zip                               work packages to do (the lead puts them)
    bundles/<package>/<annotator>/<seq>-<sha>.delta.json  an annotator's deltas, immutable
    feedback/<package>/<annotator>/<name>.json             review feedback for one annotator
    annotators/<annotator>.json                           what that annotator has sent, replaced on each sync

Every segment is a safe object name; a package id with ':' (allowed in packages) gets the ':' replaced
and a short hash of the id appended, so two ids never share a folder.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from annotator.core.sync.target import check_object_name, is_object_name

PACKAGES = "packages/"
BUNDLES = "bundles/"
FEEDBACK = "feedback/"
ANNOTATORS = "annotators/"
DELTA_SUFFIX = ".delta.json"


def package_segment(package_id: str) -> str:
    """The folder name of a package on the target."""
    if is_object_name(package_id):
        return package_id
    digest = hashlib.sha256(package_id.encode("utf-8")).hexdigest()[:8]
    return check_object_name(f"{package_id.replace(':', '_')}-{digest}")


def deltas_folder(package_id: str, annotator: str) -> str:
    """The folder (a name prefix ending in '/') of one annotator's deltas for one package."""
    return f"{BUNDLES}{package_segment(package_id)}/{check_object_name(annotator)}/"


def delta_object(package_id: str, annotator: str, delta_file: str) -> str:
    """The object name of one delta (`delta_file` is delta.delta_name's answer)."""
    return check_object_name(deltas_folder(package_id, annotator) + delta_file)


def package_bundles_folder(package_id: str) -> str:
    """The folder holding every annotator's deltas for a package (what the lead gathers)."""
    return f"{BUNDLES}{package_segment(package_id)}/"


def feedback_folder(package_id: str | None, annotator: str) -> str:
    """Feedback for one annotator: of one package, or ('' package) the prefix to list them all."""
    if package_id is None:
        return FEEDBACK
    return f"{FEEDBACK}{package_segment(package_id)}/{check_object_name(annotator)}/"


def annotator_manifest(annotator: str) -> str:
    """The object naming what one annotator has sent."""
    return check_object_name(f"{ANNOTATORS}{annotator}.json")


@dataclass(frozen=True)
class DeltaPlace:
    """Where a listed delta belongs: its package folder, annotator, and file name."""

    package_segment: str
    annotator: str
    file: str


def parse_delta_place(name: str) -> DeltaPlace | None:
    """The parts of `bundles/<package>/<annotator>/<file>.delta.json`, or None for any other name."""
    parts = name.split("/")
    if len(parts) != 4 or parts[0] + "/" != BUNDLES or not parts[3].endswith(DELTA_SUFFIX):
        return None
    return DeltaPlace(parts[1], parts[2], parts[3])


def parse_feedback_place(name: str, annotator: str) -> tuple[str, str] | None:
    """(package segment, file) of a feedback object meant for `annotator`, or None."""
    parts = name.split("/")
    if len(parts) != 4 or parts[0] + "/" != FEEDBACK or parts[2] != annotator:
        return None
    return parts[1], parts[3]

"""The lead's side of sync: every annotator's deltas for a package, folded into one result bundle each."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.atomic import write_atomic
from annotator.core.bundle import bundle_bytes
from annotator.core.errors import BundleError, Problem
from annotator.core.model import Manifest
from annotator.core.sync import layout
from annotator.core.sync.delta import decode_delta, fold, folded_bundle
from annotator.core.sync.retry import DEFAULT_POLICY, RetryPolicy, with_retries
from annotator.core.sync.target import Target

CACHE = ".deltas"


@dataclass(frozen=True)
class AnnotatorBundle:
    """One annotator's folded bundle: where it was written, how many deltas went in, and any gaps."""

    annotator: str
    path: Path
    deltas: int
    downloaded: int
    done: int
    total: int
    missing_sequences: tuple[int, ...]


@dataclass
class GatherResult:
    """Bundles written, and deltas refused (each with why)."""

    bundles: list[AnnotatorBundle] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def gather_bundles(
    target: Target,
    manifest: Manifest,
    *,
    manifest_sha256: str,
    out: Path,
    policy: RetryPolicy = DEFAULT_POLICY,
    sleep: Callable[[float], None] | None = None,
) -> GatherResult:
    """Write `out/<annotator>.bundle.json` for every annotator with deltas for this package on the target.

    Deltas are immutable and named by their content, so each is downloaded once into `out/.deltas/`
    and later gathers fetch only new ones. A delta that fails its checks (damaged, for another
    package version) is left out and named in `problems`; the others still fold. Folding is
    order-free and idempotent, so the bundles are the same whatever order the deltas come in.
    """
    kwargs = {"policy": policy} if sleep is None else {"policy": policy, "sleep": sleep}
    folder = layout.package_bundles_folder(manifest.id)
    by_annotator: dict[str, list[str]] = defaultdict(list)
    for info in with_retries(lambda: target.list(folder), **kwargs):
        place = layout.parse_delta_place(info.name)
        if place is not None:
            by_annotator[place.annotator].append(info.name)
    result = GatherResult()
    for annotator in sorted(by_annotator):
        documents = []
        downloaded = 0
        cache = out / CACHE / annotator
        for name in by_annotator[annotator]:
            cached = cache / name.rsplit("/", 1)[1]
            if cached.is_file():
                raw = cached.read_bytes()
            else:
                raw = with_retries(lambda: target.get(name), **kwargs)  # noqa: B023 - called at once
                downloaded += 1
            document, problems = decode_delta(
                raw, f"{target.description.rstrip('/')}/{name}", name=name.rsplit("/", 1)[1]
            )
            if not problems and document is not None:
                problems = _mismatch(document, manifest, manifest_sha256, annotator, name)
            if problems:
                result.problems += problems
                continue
            if not cached.is_file():
                cache.mkdir(parents=True, exist_ok=True)
                write_atomic(cached, raw)
            documents.append(document)
        if not documents:
            continue
        try:
            folded = fold(documents)
        except BundleError as exc:
            result.problems += exc.problems
            continue
        for sequence in folded.clashes:
            result.problems.append(
                Problem(
                    f"{target.description} {folder}{annotator}/",
                    f"delta {sequence} exists twice with different contents (two workspaces under one pseudonym?); "
                    "the later change of each item was kept",
                )
            )
        bundle = folded_bundle(folded, manifest, manifest_sha256=manifest_sha256)
        path = out / f"{annotator}.bundle.json"
        write_atomic(path, bundle_bytes(bundle))
        result.bundles.append(
            AnnotatorBundle(
                annotator=annotator,
                path=path,
                deltas=len(documents),
                downloaded=downloaded,
                done=bundle["summary"]["done"],
                total=bundle["summary"]["total"],
                missing_sequences=tuple(folded.gaps),
            )
        )
    return result


def _mismatch(document: dict, manifest: Manifest, manifest_sha256: str, annotator: str, name: str) -> list[Problem]:
    # The folder names say whose delta it is; the signed-by-hash content must agree.
    reasons = []
    if document["package"]["id"] != manifest.id:
        reasons.append(f"is for package {document['package']['id']!r}, not {manifest.id!r}")
    elif document["package"]["manifest_sha256"] != manifest_sha256:
        reasons.append("is for another version of this package (its manifest hash differs)")
    if document["annotator"] != annotator:
        reasons.append(f"was written by {document['annotator']!r} but sits in {annotator!r}'s folder")
    return [Problem(name, reason) for reason in reasons]

"""`annotator pack-team` and `merge`: the command-line face of the lead's team packing and merge (annotator.core.quality)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from annotator.core.errors import BundleError, PackageError, Problem

EXIT_OK = 0
QUALITY_COMMANDS = ("pack-team", "merge")
_LISTED = 20


def add_quality_commands(commands: argparse._SubParsersAction) -> None:
    """Add `pack-team` and `merge` to the `annotator` command's subcommands."""
    team = commands.add_parser(
        "pack-team",
        help="split a package between annotators, with overlap and hidden gold items",
        description="Write one package per annotator from PACKAGE: each item goes to OVERLAP of them (loads differ "
        'by at most one), and gold items (a JSONL of {"item": ..., "annotation": ...}) are mixed in looking like '
        "every other item. The answer key is written beside the output folder (OUTDIR.answer-key.json), never in it: keep it, never send it. "
        "Evaluation items go in without their system names (the report reads them from PACKAGE).",
    )
    team.add_argument("package", type=Path, help="the source package (.zip or folder)")
    who = team.add_mutually_exclusive_group(required=True)
    who.add_argument("--annotators", help="comma-separated pseudonyms, e.g. ada,bo,cy")
    who.add_argument("--count", type=int, help="how many annotators (named a1, a2, ...)")
    team.add_argument("--overlap", type=int, required=True, help="how many annotators do each item")
    team.add_argument("--gold", type=Path, help='gold items: JSONL of {"item": {...}, "annotation": {...}}')
    team.add_argument("--gold-per-annotator", type=int, help="gold items per annotator (default: every one to all)")
    team.add_argument("--seed", type=int, help="the assignment's seed (default: a random one, kept in the key)")
    team.add_argument("--folders", action="store_true", help="write package folders instead of .zip files")
    team.add_argument("-o", "--output", type=Path, required=True, help="a new (or empty) folder for the packages")

    merge = commands.add_parser(
        "merge",
        help="merge the result bundles of several annotators into one",
        description="Merge result bundles of PACKAGE (or of the team packages made from it, with --key) into one "
        "bundle: the lead's fixes win, then each kind's vote; items to review are listed and flagged.",
    )
    merge.add_argument("package", type=Path, help="the package to merge into (the source, for a team pack)")
    merge.add_argument(
        "bundles",
        type=Path,
        nargs="+",
        help="result bundles (.bundle.json), or folders of them (every *.bundle.json directly in one, "
        "as sync --pull-bundles writes them; the output file is never one of them)",
    )
    merge.add_argument("--key", type=Path, help="the answer key of the team pack the bundles come from")
    merge.add_argument(
        "--reviews",
        type=Path,
        action="append",
        default=[],
        help="review bundle whose fixes win, or a folder of them (a review folder); may be repeated",
    )
    merge.add_argument("-o", "--output", type=Path, required=True, help="output .bundle.json")


def run_quality(args: argparse.Namespace) -> int:
    """Run one of the commands; errors are raised as the core's typed errors, for cli.main to print."""
    if args.command == "pack-team":
        return _pack_team(args)
    return _merge(args)


def _pack_team(args: argparse.Namespace) -> int:
    from annotator.core.packing import missing_inputs
    from annotator.core.quality.gold import read_gold_items
    from annotator.core.quality.team_pack import pack_team

    missing = missing_inputs([args.package, args.gold])
    if missing:
        raise PackageError(missing)
    annotators: list[str] | int = (
        [name.strip() for name in args.annotators.split(",") if name.strip()] if args.annotators else args.count
    )
    if isinstance(annotators, int) and annotators < 1:
        raise PackageError([Problem(str(args.package), f"--count must be at least 1, not {annotators}")])
    gold = read_gold_items(args.gold) if args.gold else []
    result = pack_team(
        args.package,
        output=args.output,
        annotators=annotators,
        overlap=args.overlap,
        gold=gold,
        gold_per_annotator=args.gold_per_annotator,
        seed=args.seed,
        layout="folder" if args.folders else "zip",
    )
    for package in result.packages:
        sys.stdout.write(f"{package.annotator}: {package.path} ({package.items} items, {package.gold} of them gold)\n")
    sys.stdout.write(
        f"Wrote {len(result.packages)} packages with overlap {args.overlap} and the answer key {result.key_path}: "
        "keep the key to yourself, never send it with a package.\n"
    )
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    from annotator.core.atomic import require_folder
    from annotator.core.bundle import read_bundle, write_bundle
    from annotator.core.package import open_package
    from annotator.core.packing import missing_inputs
    from annotator.core.quality.answer_key import read_answer_key
    from annotator.core.quality.bundle_inputs import REVIEW_SUFFIX, bundle_paths
    from annotator.core.quality.merge import merge_bundles

    missing = missing_inputs([args.package, *args.bundles, args.key, *args.reviews])
    if missing:
        raise PackageError(missing)
    paths = _inputs(args.bundles, args.output)
    reviews = bundle_paths(args.reviews, suffix=REVIEW_SUFFIX)
    require_folder(args.output)
    package = open_package(args.package)
    package.close()
    manifest, manifest_sha256 = package.manifest, package.manifest_sha256
    key = read_answer_key(args.key) if args.key else None
    bundles = [read_bundle(path) for path in paths]
    fixes = _fixes(reviews, manifest.id, manifest_sha256, key)
    result = merge_bundles(
        bundles,
        manifest,
        manifest_sha256=manifest_sha256,
        reviews=fixes,
        key=key,
        names=[str(path) for path in paths],
    )
    write_bundle(args.output, result.bundle)
    copies = f" ({result.duplicates} repeated bundles counted once)" if result.duplicates else ""
    gold = f"; {result.gold_left_out} annotations of gold items left out" if result.gold_left_out else ""
    sys.stdout.write(
        f"Merged {result.bundles} bundles{copies} into {args.output}: {result.merged} merged, {result.fixed} fixed by "
        f"review, {len(result.needs_review)} to review, {result.todo} not done by anyone, of "
        f"{result.bundle['summary']['total']} items{gold}.\n"
    )
    reviewed = list(result.needs_review.items())
    for item_id, reason in reviewed[:_LISTED]:
        sys.stdout.write(f"to review: {item_id}: {reason}\n")
    if len(reviewed) > _LISTED:
        sys.stdout.write(f"... and {len(reviewed) - _LISTED} more to review (flagged in the bundle)\n")
    return EXIT_OK


def _inputs(given: list[Path], output: Path) -> list[Path]:
    """The bundles to merge: the files given, and those in the folders given, but not the output of an earlier merge."""
    from annotator.core.quality.bundle_inputs import bundle_paths

    named = {path.resolve() for path in given if not path.is_dir()}
    target = output.resolve()
    paths = [path for path in bundle_paths(given) if path.resolve() != target or target in named]
    if not paths:
        raise BundleError([Problem(str(given[0]), f"holds no result bundle but the output {output} itself")])
    return paths


def _fixes(paths: list[Path], package_id: str, manifest_sha256: str, key: Any) -> dict[str, Any]:
    """The fixes of review bundles, by the merged package's item ids; two different fixes of one item are refused."""
    from annotator.core.bundle import canonical_json
    from annotator.core.quality.review_bundle import read_review

    fixes: dict[str, tuple[Any, str]] = {}
    problems: list[Problem] = []
    for path in paths:
        review = read_review(path)
        reviewed = review["package"]["id"]
        record = key.package(reviewed) if key is not None else None
        if reviewed == package_id:
            expected, mapping = manifest_sha256, None
        elif record is not None:
            expected, mapping = record.manifest_sha256, record.items
        else:
            problems.append(Problem(str(path), f"is a review of package '{reviewed}', not of '{package_id}'"))
            continue
        if review["package"]["manifest_sha256"] != expected:
            problems.append(Problem(str(path), "is a review of another version of its package (manifest hash differs)"))
            continue
        for decision in review["decisions"]:
            if decision["decision"] != "fix":
                continue
            item_id = decision["item_id"] if mapping is None else mapping.get(decision["item_id"])
            if item_id is None or (key is not None and key.is_gold(item_id)):
                continue  # a gold item: the key already holds its answer
            earlier = fixes.setdefault(item_id, (decision["annotation"], str(path)))
            if canonical_json(earlier[0]) != canonical_json(decision["annotation"]):
                problems.append(Problem(str(path), f"fixes item '{item_id}' otherwise than {earlier[1]} does"))
    if problems:
        raise BundleError(problems)
    return {item_id: annotation for item_id, (annotation, _) in fixes.items()}

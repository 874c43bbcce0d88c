"""`annotator report`: the lead's quality report of one package's bundles, as an HTML page and two CSV files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.core.errors import PackageError

EXIT_OK = 0


def add_report_command(commands: argparse._SubParsersAction) -> None:
    """Add `report` to the `annotator` command's subcommands."""
    report = commands.add_parser(
        "report",
        help="write the quality report of a package's result bundles (HTML and CSV)",
        description="Write one self-contained HTML page (it loads nothing, so it opens offline and can be mailed) "
        "with each annotator's work, time, gold accuracy (with --key), agreement, labels and the items to review; "
        "and the same figures in two CSV files beside it: REPORT.csv per annotator, REPORT-items.csv per item.",
    )
    report.add_argument("package", type=Path, help="the package (the source, for a team pack)")
    report.add_argument(
        "bundles",
        type=Path,
        nargs="+",
        help="result bundles (.bundle.json), or folders of them (every *.bundle.json directly in one, "
        "as sync --pull-bundles writes them)",
    )
    report.add_argument("--key", type=Path, help="the answer key of the team pack the bundles come from")
    report.add_argument("-o", "--output", type=Path, required=True, help="output .html (the CSVs go beside it)")


def run_report(args: argparse.Namespace) -> int:
    """Run `annotator report`; errors are raised as the core's typed errors, for cli.main to print."""
    from annotator.core.atomic import require_folder
    from annotator.core.bundle import read_bundle
    from annotator.core.package import open_package
    from annotator.core.packing import missing_inputs
    from annotator.core.quality.answer_key import read_answer_key
    from annotator.core.quality.bundle_inputs import bundle_paths
    from annotator.core.quality.report import NEEDS_REVIEW, figures_from, write_report

    missing = missing_inputs([args.package, *args.bundles, args.key])
    if missing:
        raise PackageError(missing)
    paths = bundle_paths(args.bundles)
    require_folder(args.output)
    package = open_package(args.package)
    package.close()
    key = read_answer_key(args.key) if args.key else None
    bundles = [read_bundle(path) for path in paths]
    figures = figures_from(
        bundles,
        package.manifest,
        manifest_sha256=package.manifest_sha256,
        key=key,
        names=[str(path) for path in paths],
    )
    files = write_report(figures, args.output)
    review = sum(1 for item in figures.items if item.merged_status == NEEDS_REVIEW)
    sys.stdout.write(
        f"Wrote the report of {len(figures.annotators)} annotators on {figures.item_count} items "
        f"({review} to review) to {files.html}, with {files.annotators_csv} and {files.items_csv} beside it.\n"
    )
    return EXIT_OK

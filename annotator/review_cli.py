"""`annotator review PKG BUNDLES...`: the lead's review window on a package and its annotators' bundles (or its team's, with the key)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.core.bundle import is_valid_pseudonym
from annotator.core.errors import ProblemsError, WorkspaceError

EXIT_ERROR = 2
DEFAULT_REVIEWER = "lead"


def add_review_command(commands: argparse._SubParsersAction) -> None:
    """The `review` sub-command and its options."""
    review = commands.add_parser(
        "review",
        help="review the annotators' bundles of one package (the lead)",
        description="Open the review window on a package and its result bundles: accept, reject (with a reason) or "
        "fix each annotator's result by keyboard. Every decision is saved at once in the review folder "
        "(review-state.json: a later review resumes there); Ctrl+S writes one review bundle per annotator into it. "
        "With --key, the bundles may be of the team packages pack-team made from PACKAGE: gold items are marked with "
        "their score beside the answer key, and each review bundle is written for its annotator's own package.",
    )
    review.add_argument("package", type=Path, help="package .zip or folder (the source, for a team pack)")
    review.add_argument(
        "bundles",
        type=Path,
        nargs="+",
        help="result bundles (.bundle.json), or folders of them (every *.bundle.json directly in one, "
        "as sync --pull-bundles writes them)",
    )
    review.add_argument(
        "--key",
        type=Path,
        help="the answer key (OUTDIR.answer-key.json) of the team pack the bundles come from; "
        "the team packages beside it show the gold items' media",
    )
    review.add_argument(
        "-o",
        "--output",
        dest="folder",
        type=Path,
        help="review folder (default: review-<package id> beside the first bundle, made if missing)",
    )
    review.add_argument(
        "--reviewer", help="your pseudonym in the review bundles (default: the workspace's, else 'lead')"
    )


def reviewer_name(data_dir: Path, given: str | None) -> str:
    """`given`, else the workspace's pseudonym (read without the lock, nothing written), else 'lead'."""
    if given:
        return given
    from annotator.core.workspace import DB_NAME, Workspace

    if (data_dir / DB_NAME).is_file():
        try:
            with Workspace.open(data_dir, read_only=True) as workspace:
                stored = workspace.setting("annotator_id")
        except WorkspaceError:
            stored = None
        if stored:
            return str(stored)
    return DEFAULT_REVIEWER


def restore_stored_preferences(data_dir: Path) -> None:
    """Theme, font size and language as the workspace's settings dialog left them (read without the lock)."""
    from annotator.core.workspace import DB_NAME, Workspace
    from annotator.ui.preferences import restore_preferences

    if not (data_dir / DB_NAME).is_file():
        return
    try:
        with Workspace.open(data_dir, read_only=True) as workspace:
            restore_preferences(workspace)
    except WorkspaceError:
        pass  # the system's theme and language, as on a first start


def run_review(args: argparse.Namespace, data_dir: Path) -> int:
    """Check the arguments, then run the review window until it is closed; returns the exit code."""
    from annotator.core.packing import missing_inputs
    from annotator.core.quality.bundle_inputs import bundle_paths

    missing = missing_inputs([args.package, *args.bundles, args.key])
    if missing:
        raise ProblemsError(missing)
    bundles = bundle_paths(args.bundles)
    reviewer = reviewer_name(data_dir, args.reviewer)
    if not is_valid_pseudonym(reviewer):
        sys.stderr.write(
            f"error: --reviewer {reviewer!r}: use a pseudonym of 1-64 letters, digits, '.', '_' or '-' (no spaces)\n"
        )
        return EXIT_ERROR
    # Qt is imported only here, so the other commands start fast and run without a display.
    from PySide6.QtWidgets import QApplication

    from annotator import __version__
    from annotator.ui.review.review_window import ReviewWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("annotator")
    app.setApplicationVersion(__version__)
    restore_stored_preferences(data_dir)
    window = ReviewWindow(reviewer=reviewer)
    window.show()
    window.open_review(args.package, bundles, folder=args.folder, key=args.key)
    return app.exec()

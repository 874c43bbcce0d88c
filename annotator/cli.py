"""The `annotator` command: open the app, pack, validate and bundle work packages, export, import and sync."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from annotator import __version__
from annotator.app_paths import default_data_dir
from annotator.core.errors import AnnotatorError, Problem, ProblemsError

EXIT_OK, EXIT_INVALID, EXIT_ERROR, EXIT_BUG = 0, 1, 2, 3
DEBUG_ENV = "ANNOTATOR_DEBUG"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Offline annotation of images, audio and text. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="workspace folder (default: the per-user app-data folder)"
    )
    parser.add_argument(
        "--self-test",
        nargs="?",
        const="",
        default=None,
        metavar="PACKAGE",
        help="open PACKAGE (default: the bundled demo) offscreen on a throwaway workspace, show an item of "
        "every kind, print a report and exit (0: passed)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_cmd = commands.add_parser(
        "open", help="open a work package in the app", description="Open a work package (.zip or folder) in the app."
    )
    # Optional, so a launcher can run `annotator open %f` with or without a file.
    open_cmd.add_argument(
        "package",
        type=Path,
        nargs="?",
        default=None,
        help="package .zip, folder, or its package.json (default: the last one opened, else the demo)",
    )

    pack = commands.add_parser(
        "pack",
        help="make a work package from media or texts",
        description="Make a work package from a folder of images or audio files, or a CSV / JSONL file of texts "
        "(CSV: a 'text' column, optional 'id' and 'lang'; JSONL: objects with 'text', optional 'id', 'lang', 'prelabel').",
    )
    pack.add_argument("source", type=Path, help="folder of media, or a .csv / .jsonl of texts")
    pack.add_argument("--labels", type=Path, required=True, help="label schema JSON: one schema, or one per item kind")
    pack.add_argument("-o", "--output", type=Path, required=True, help="output .zip (or a new folder)")
    pack.add_argument("--id", dest="package_id", help="package id (default: from the source name)")
    pack.add_argument("--title", help="package title (default: from the source name)")
    pack.add_argument("--instructions", type=Path, help="Markdown file of instructions for annotators")

    validate = commands.add_parser(
        "validate",
        help="check a package or a result bundle",
        description="Check a work package (every media hash, image and audio file) or a result bundle; "
        "lists every problem and exits 1 if there is any.",
    )
    validate.add_argument("path", type=Path, help="package .zip / folder, or a .bundle.json")
    validate.add_argument("--package", type=Path, help="with a bundle: also check it belongs to this package")

    bundle = commands.add_parser(
        "bundle",
        help="write the result bundle of a package from the workspace",
        description="Write the result bundle of a package from the workspace; a package never opened gives a "
        "bundle with every item still to do.",
    )
    bundle.add_argument("package", type=Path, help="package .zip or folder")
    bundle.add_argument("-o", "--output", type=Path, required=True, help="output .bundle.json")
    bundle.add_argument("--annotator", help="pseudonymous annotator id (default: the workspace's)")
    _add_interop_commands(commands)
    from annotator.sync_cli import add_sync_command

    add_sync_command(commands)
    from annotator.quality_cli import add_quality_commands

    add_quality_commands(commands)
    from annotator.report_cli import add_report_command

    add_report_command(commands)
    from annotator.review_cli import add_review_command

    add_review_command(commands)
    return parser


def _add_interop_commands(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="export result bundles to another tool's format",
        description="Export the result bundles of one package to another platform's format "
        "(`annotator formats` lists them).",
    )
    export.add_argument("bundles", type=Path, nargs="+", help="result bundles (.bundle.json) of one package")
    export.add_argument("--format", dest="format_id", required=True, help="format id, e.g. coco, yolo, srt, jsonl")
    export.add_argument("--package", type=Path, required=True, help="the package the bundles are for")
    export.add_argument("-o", "--output", type=Path, required=True, help="output file (or folder, for layouts)")
    imports = commands.add_parser(
        "import",
        help="make a package with prelabels from another tool's data",
        description="Make a work package whose prelabels come from another tool's annotations.",
    )
    imports.add_argument("source", type=Path, help="the other tool's file or folder")
    imports.add_argument("--format", dest="format_id", required=True, help="format id (`annotator formats`)")
    imports.add_argument("-o", "--output", type=Path, required=True, help="output package .zip (or a new folder)")
    imports.add_argument("--id", dest="package_id", help="package id (default: from the source name)")
    imports.add_argument(
        "--images",
        type=Path,
        help="image formats: the folder holding the images (default: found beside the annotations)",
    )
    commands.add_parser("formats", help="list the formats in and out", description="List every format by id.")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = _parser().parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    try:
        if args.self_test is not None:
            from annotator.self_test import run_self_test

            return run_self_test(Path(args.self_test) if args.self_test else None)
        if args.command is None:
            return _run_app(None, data_dir)
        if args.command == "open":
            return _run_app(args.package, data_dir)
        if args.command == "pack":
            return _pack(args)
        if args.command == "validate":
            return _validate(args)
        if args.command in ("export", "import", "formats"):
            from annotator.interop_cli import run_interop

            return run_interop(args)
        if args.command == "bundle":
            return _bundle(args, data_dir)
        if args.command == "sync":
            from annotator.sync_cli import run_sync

            return run_sync(args, data_dir)
        if args.command in ("pack-team", "merge"):
            from annotator.quality_cli import run_quality

            return run_quality(args)
        if args.command == "report":
            from annotator.report_cli import run_report

            return run_report(args)
        if args.command == "review":
            from annotator.review_cli import run_review

            return run_review(args, data_dir)
    except ProblemsError as exc:
        _print_problems(exc.problems)
        return EXIT_INVALID
    except AnnotatorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        # Failed writes arrive above as WriteError, naming their target. Other OS errors name the
        # file when the OS says which, and are never printed with an empty name.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        # Readers raise only our typed errors (the fuzz tests hold them to it); anything else is a
        # bug, and a person gets one line saying so, not a traceback.
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"error: unexpected {type(exc).__name__}: {str(exc)[:200]}. This is a bug in annotator; please "
            f"report it with the command you ran ({DEBUG_ENV}=1 shows the details).",
            file=sys.stderr,
        )
        return EXIT_BUG
    return EXIT_ERROR


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found.", file=sys.stderr)


def _run_app(package: Path | None, data_dir: Path) -> int:
    # Qt is imported only here, so the other commands start fast and run without a display.
    from annotator.app import run_app

    return run_app(package=package, data_dir=data_dir)


def _pack(args: argparse.Namespace) -> int:
    from annotator.core.atomic import require_folder
    from annotator.core.errors import PackageError
    from annotator.core.packing import missing_inputs, pack_package, read_instructions

    # Every input that is not there is named at once, before anything is read.
    missing = missing_inputs([args.source, args.labels, args.instructions])
    if missing:
        raise PackageError(missing)
    require_folder(args.output)  # before any media is read; nothing is created
    instructions = read_instructions(args.instructions) if args.instructions else ""
    result = pack_package(
        args.source,
        labels_path=args.labels,
        output=args.output,
        package_id=args.package_id,
        title=args.title,
        instructions=instructions,
    )
    counts = {kind: sum(1 for i in result.manifest.items if i.kind == kind) for kind in result.manifest.item_kinds()}
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"Packed {len(result.manifest.items)} items ({summary}) into {args.output}")
    for name in result.skipped:
        print(f"skipped (not an image, audio or text table): {name}", file=sys.stderr)
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    path: Path = args.path
    if path.is_file() and path.suffix.lower() == ".json" and path.name != "package.json":
        return _validate_bundle(path, args.package)
    from annotator.core.package import validate_package

    problems = validate_package(path)
    if problems:
        _print_problems(problems)
        return EXIT_INVALID
    print(f"OK: {path} is a valid work package.")
    return EXIT_OK


def _validate_bundle(path: Path, package_path: Path | None) -> int:
    from annotator.core.bundle import bundle_matches_package, read_bundle

    document = read_bundle(path)
    if package_path is not None:
        from annotator.core.package import open_package

        package = open_package(package_path)
        reasons = bundle_matches_package(document, package.manifest, package.manifest_sha256)
        package.close()
        if reasons:
            _print_problems([Problem(str(path), reason) for reason in reasons])
            return EXIT_INVALID
    summary = document["summary"]
    print(f"OK: {path} is a valid result bundle ({summary['done']} of {summary['total']} items done).")
    return EXIT_OK


def _bundle_annotator(data_dir: Path, given: str | None) -> str:
    """The bundle's pseudonym: `given`, else the workspace's.

    A workspace that does not exist yet is made, and one without a pseudonym gets one made up and
    kept (as the app would); both write, so only those cases need the lock the app holds.
    """
    from annotator.core.errors import WorkspaceError, WorkspaceLockedError
    from annotator.core.workspace import DB_NAME, Workspace

    if (data_dir / DB_NAME).is_file():
        if given:
            return given
        with Workspace.open(data_dir, read_only=True) as workspace:
            stored = workspace.setting("annotator_id")
        if stored:
            return str(stored)
    try:
        with Workspace.open(data_dir) as workspace:
            return given or workspace.annotator_id()
    except WorkspaceLockedError as exc:
        raise WorkspaceError(
            f"The workspace {data_dir} has no pseudonym yet and the app holds it: choose one in the app "
            "(File ▸ Pseudonym…), or pass --annotator PSEUDONYM"
        ) from exc


def _bundle(args: argparse.Namespace, data_dir: Path) -> int:
    from annotator.core.atomic import require_folder
    from annotator.core.bundle import export_bundle, is_valid_pseudonym
    from annotator.core.package import open_package
    from annotator.core.workspace import Workspace

    if args.annotator is not None and not is_valid_pseudonym(args.annotator):
        print(
            f"error: --annotator {args.annotator!r}: use a pseudonym of 1-64 letters, digits, '.', '_' or '-' "
            "(no spaces; never your real name)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    require_folder(args.output)  # before the workspace is opened (which makes its folder)
    package = open_package(args.package)
    manifest = package.manifest
    package.close()
    annotator = _bundle_annotator(data_dir, args.annotator)
    # Read-only and without the lock, so this works while the app has the workspace open (a WAL
    # reader beside the writer sees every committed edit); nothing is written to the workspace.
    with Workspace.open(data_dir, read_only=True) as workspace:
        summary = export_bundle(
            args.output, workspace, manifest, manifest_sha256=package.manifest_sha256, annotator=annotator
        )
    print(
        f"Wrote {args.output}: {summary['done']} done, {summary['skipped']} skipped, {summary['flagged']} flagged, "
        f"{summary['todo']} to do, of {summary['total']} items."
    )
    return EXIT_OK

"""`annotator export`, `import` and `formats`: the command-line face of annotator.core.formats."""

from __future__ import annotations

import argparse
import inspect
import sys

from annotator.core.atomic import require_folder
from annotator.core.bundle import read_bundle
from annotator.core.errors import PackageError, Problem
from annotator.core.formats.catalog import load
from annotator.core.formats.from_bundles import dataset_from_bundles
from annotator.core.formats.registry import get_format
from annotator.core.formats.to_package import pack_imported, package_id_for
from annotator.core.package import open_package

EXIT_OK = 0


def run_interop(args: argparse.Namespace) -> int:
    """Run one of the three commands; errors are raised as the core's typed errors, for cli.main to print."""
    load()
    if args.command == "formats":
        return _list_formats()
    if args.command == "export":
        return _export(args)
    return _import(args)


def _list_formats() -> int:
    from annotator.core.formats.registry import FORMATS

    for fmt in sorted(FORMATS.values(), key=lambda f: f.id):
        ways = " ".join(way for way, fn in (("in", fmt.read), ("out", fmt.write)) if fn)
        sys.stdout.write(f"{fmt.id:<20} {ways:<7} {'/'.join(fmt.kinds):<18} {fmt.title}\n")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    fmt = get_format(args.format_id, direction="out")
    # A file's folder must exist; a layout's own folder is made by its writer, but not its parents.
    require_folder(args.output)
    bundles = [(str(path), read_bundle(path)) for path in args.bundles]
    package = open_package(args.package)
    try:
        dataset = dataset_from_bundles(bundles, package)
    finally:
        package.close()
    written = fmt.write(dataset, args.output)  # type: ignore[misc]
    count = sum(1 for item in dataset.items if item.annotation is not None)
    sys.stdout.write(
        f"Exported {count} annotated items of {len(dataset.items)} to {args.output} ({fmt.title}, {len(written)} files).\n"
    )
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    fmt = get_format(args.format_id, direction="in")
    require_folder(args.output)
    if args.images is None:
        imported = fmt.read(args.source)  # type: ignore[misc]
    elif "images" in inspect.signature(fmt.read).parameters:  # type: ignore[arg-type]
        if not args.images.is_dir():
            raise PackageError([Problem(str(args.images), "no such folder")])
        imported = fmt.read(args.source, images=args.images)  # type: ignore[misc, call-arg]
    else:
        raise PackageError([Problem(str(args.source), f"--images is for image formats; '{fmt.id}' finds its media itself")])
    package_id = args.package_id or package_id_for(args.source)
    result = pack_imported(imported, output=args.output, package_id=package_id, origin=str(args.source))
    with_prelabels = sum(1 for item in result.manifest.items if item.prelabel)
    sys.stdout.write(
        f"Imported {len(result.manifest.items)} items ({with_prelabels} with prelabels) from {args.source} into {args.output}.\n"
    )
    return EXIT_OK

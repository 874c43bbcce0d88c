"""The bundles a command is given: files as they are, and a folder for every bundle directly in it (as `sync --pull-bundles` writes them)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from annotator.core.errors import BundleError, Problem

BUNDLE_SUFFIX = ".bundle.json"
REVIEW_SUFFIX = ".review.json"


def bundle_paths(paths: Sequence[Path], *, suffix: str = BUNDLE_SUFFIX) -> list[Path]:
    """Each file of `paths` as given, and for each folder its `*<suffix>` files (not in sub-folders), sorted by name.

    A file met twice (the same resolved path, given again or also found in a folder) is kept the
    first time only. Hidden files (a name starting with '.', such as a write still under way) are
    not bundles. A folder with no such file, or one that cannot be listed, is a BundleError naming it;
    a path that does not exist is kept, for the caller's check of missing inputs to name.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    problems: list[Problem] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            try:
                inside = sorted(
                    (child for child in path.iterdir() if _is_bundle_file(child, suffix)), key=lambda p: p.name
                )
            except OSError as exc:
                problems.append(Problem(str(path), f"cannot be listed ({exc.strerror or exc})"))
                continue
            if not inside:
                problems.append(Problem(str(path), f"is a folder with no {suffix} file directly in it"))
                continue
        else:
            inside = [path]
        for file in inside:
            resolved = file.resolve()
            if resolved not in seen:
                seen.add(resolved)
                found.append(file)
    if problems:
        raise BundleError(problems)
    return found


def _is_bundle_file(path: Path, suffix: str) -> bool:
    return path.name.endswith(suffix) and not path.name.startswith(".") and path.is_file()

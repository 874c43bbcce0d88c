"""Opening a package as the annotator does: `open_package` plus a `PackageSession` on a fresh workspace."""

from __future__ import annotations

import gc
import time
from functools import partial
from pathlib import Path

from annotator.core.package import open_package
from annotator.core.session import PackageSession
from annotator.core.workspace import Workspace
from benchmarks.data import package_path, scratch_folder
from benchmarks.report import Benchmark, Result, format_seconds, median

RUNS = 5
TARGETS = {10_000: 1.0, 100_000: 5.0}


def _open_once(path: Path) -> tuple[float, float]:
    """Seconds for open_package and for PackageSession (which registers every item), in that order."""
    gc.collect()  # Garbage from the previous run is not this run's cost.
    with scratch_folder("open-") as folder:
        workspace = Workspace.open(folder / "workspace")
        try:
            start = time.perf_counter()
            package = open_package(path)
            try:
                opened = time.perf_counter()
                PackageSession(package, workspace)
                done = time.perf_counter()
            finally:
                package.close()
        finally:
            workspace.close()
    return opened - start, done - opened


def bench_open(kind: str, count: int) -> Result:
    """Median over RUNS of opening a `count`-item package of `kind` items, with the split."""
    path = package_path(kind, count)
    splits = [_open_once(path) for _ in range(RUNS)]
    totals = [package + session for package, session in splits]
    package_median = median([package for package, _ in splits])
    session_median = median([session for _, session in splits])
    return Result(
        name=f"open {kind} package, {count:,} items (median)",
        figure=median(totals),
        target=TARGETS[count],
        samples=RUNS,
        detail=f"medians of the parts: open_package {format_seconds(package_median)}, session {format_seconds(session_median)}",
    )


BENCHMARKS = tuple(
    Benchmark(id=f"open-{kind}-{count // 1000}k", area="package", run=partial(bench_open, kind, count))
    for count in TARGETS
    for kind in ("image", "text")
)

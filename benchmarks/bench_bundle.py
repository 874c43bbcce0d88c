"""Writing the result bundle of a 10,000-item package whose every item is annotated."""

from __future__ import annotations

import gc
import random
import shutil
import time
from pathlib import Path

from annotator.core.bundle import build_bundle, export_bundle, write_bundle
from annotator.core.package import Package, open_package
from annotator.core.workspace import DB_NAME, Workspace
from benchmarks.data import boxes, fast_scratch_folder, package_path, scratch_folder
from benchmarks.report import Benchmark, Result, format_seconds, median

RUNS = 5
ITEMS = 10_000
BOXES_PER_ITEM = 5
TARGET = 1.0


def _annotate_all(package: Package, folder: Path) -> None:
    """Give every item a 5-box annotation through the public API, in a workspace in `folder`."""
    manifest = package.manifest
    rng = random.Random(3)
    with Workspace.open(folder) as workspace:
        workspace.register_package(manifest, manifest_sha256=package.manifest_sha256, path=str(package.path))
        for item in manifest.items:
            workspace.set_annotation(manifest.id, item.id, boxes(rng, BOXES_PER_ITEM))


def _write_once(package: Package, workspace: Workspace, output: Path) -> tuple[float, float, float]:
    gc.collect()
    start = time.perf_counter()
    states = workspace.items(package.manifest.id)
    read = time.perf_counter()
    document = build_bundle(
        package.manifest, manifest_sha256=package.manifest_sha256, annotator="bench-annotator", states=states
    )
    built = time.perf_counter()
    write_bundle(output, document)
    written = time.perf_counter()
    return read - start, built - read, written - built


def _export_once(package: Package, workspace: Workspace, output: Path) -> float:
    gc.collect()
    start = time.perf_counter()
    export_bundle(
        output, workspace, package.manifest, manifest_sha256=package.manifest_sha256, annotator="bench-annotator"
    )
    return time.perf_counter() - start


def bench_write_bundle() -> Result:
    """Median over RUNS of the export the app and CLI run, with the dict-building path beside it."""
    package = open_package(package_path("image", ITEMS))
    package.close()
    with scratch_folder("bundle-") as folder:
        # 10,000 durable edits on disk would take minutes of fsyncs that are not what this measures:
        # annotate in RAM, then move the checkpointed database onto the real disk.
        with fast_scratch_folder("bundle-") as setup:
            _annotate_all(package, setup)
            shutil.copyfile(setup / DB_NAME, folder / DB_NAME)
        with Workspace.open(folder) as workspace:
            splits = [_write_once(package, workspace, folder / "reference.bundle.json") for _ in range(RUNS)]
            exports = [_export_once(package, workspace, folder / "result.bundle.json") for _ in range(RUNS)]
        if (folder / "result.bundle.json").read_bytes() != (folder / "reference.bundle.json").read_bytes():
            raise AssertionError("export_bundle and build_bundle + write_bundle wrote different bytes")
        size = (folder / "result.bundle.json").stat().st_size
    read, build, write = (median([split[part] for split in splits]) for part in range(3))
    return Result(
        name=f"write bundle, {ITEMS:,} annotated items (median)",
        figure=median(exports),
        target=TARGET,
        samples=RUNS,
        detail=(
            f"export_bundle (app, CLI); the dict path for comparison: {format_seconds(median([sum(x) for x in splits]))}"
            f" = workspace.items {format_seconds(read)}, build_bundle {format_seconds(build)},"
            f" write_bundle {format_seconds(write)}; {size / 1e6:.1f} MB"
        ),
    )


BENCHMARKS = (Benchmark(id="write-bundle", area="bundle", run=bench_write_bundle),)

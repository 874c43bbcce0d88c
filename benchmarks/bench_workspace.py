"""Durable save of one edit: `Workspace.set_annotation` on a real disk, fsync and all."""

from __future__ import annotations

import random
import time

from annotator.core.package import open_package
from annotator.core.workspace import Workspace
from benchmarks.data import boxes, package_path, scratch_folder
from benchmarks.report import Benchmark, Result, format_seconds, median, percentile

SAMPLES = 500
WARMUP = 20
BOXES_PER_EDIT = 10
TARGET_P95 = 0.020


def bench_save_edit() -> Result:
    """p95 (and p50) of storing a 10-box annotation, each edit on the next item of a 10,000-item package."""
    package = open_package(package_path("image", 10_000))
    package.close()
    manifest = package.manifest
    rng = random.Random(2)
    annotations = [boxes(rng, BOXES_PER_EDIT) for _ in range(WARMUP + SAMPLES)]
    # Under .bench/, so the fsyncs hit the real disk, as the annotator's do.
    with scratch_folder("save-") as folder:
        with Workspace.open(folder / "workspace") as workspace:
            workspace.register_package(manifest, manifest_sha256=package.manifest_sha256, path=str(package.path))
            samples = []
            for index, annotation in enumerate(annotations):
                item_id = manifest.items[index % len(manifest.items)].id
                start = time.perf_counter()
                workspace.set_annotation(manifest.id, item_id, annotation)
                elapsed = time.perf_counter() - start
                if index >= WARMUP:
                    samples.append(elapsed)
    return Result(
        name=f"durable save of one edit, {BOXES_PER_EDIT} boxes (p95)",
        figure=percentile(samples, 0.95),
        target=TARGET_P95,
        samples=len(samples),
        detail=f"p50 {format_seconds(median(samples))}, max {format_seconds(max(samples))}",
    )


BENCHMARKS = (Benchmark(id="save-edit", area="workspace", run=bench_save_edit),)

"""Sync over loopback WebDAV (WsgiDAV) and S3 (SeaweedFS): a 10,000-item delta, and a sync with nothing new."""

from __future__ import annotations

import functools
import gc
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from annotator.core.package import open_package
from annotator.core.sync.pull import pull
from annotator.core.sync.push import PackageRef, plan_push, push
from annotator.core.sync.target import Target
from annotator.core.workspace import DB_NAME, Workspace
from benchmarks.data import boxes, fast_scratch_folder, package_path, scratch_folder
from benchmarks.report import Benchmark, Result, format_seconds, median

ITEMS = 10_000
BOXES_PER_ITEM = 5
DELTA_TARGET = 2.0
NO_CHANGE_TARGET = 0.1
NO_CHANGE_RUNS = 7


@dataclass(frozen=True)
class Figures:
    """Seconds for one target: the whole 10,000-item sync, its parts, and the no-change sync."""

    delta: float
    plan: float
    send: float
    delta_bytes: int
    no_change: float


def _annotated_workspace(folder: Path) -> PackageRef:
    """A workspace in `folder` whose 10,000 image items all have 5 boxes, done (fsyncs of the setup skipped)."""
    package = open_package(package_path("image", ITEMS))
    package.close()
    ref = PackageRef(package.manifest, package.manifest_sha256)
    rng = random.Random(5)
    with fast_scratch_folder("sync-") as setup:
        with Workspace.open(setup) as workspace:
            workspace.register_package(ref.manifest, manifest_sha256=ref.manifest_sha256, path=str(package.path))
            for item in ref.manifest.items:
                workspace.set_annotation(ref.manifest.id, item.id, boxes(rng, BOXES_PER_ITEM))
        shutil.copyfile(setup / DB_NAME, folder / DB_NAME)
    return ref


def _measure(target: Target, folder: Path, ref: PackageRef) -> Figures:
    with Workspace.open(folder) as workspace:
        gc.collect()
        start = time.perf_counter()
        plan = plan_push(workspace, [ref], target_key="bench", annotator="bench-annotator")
        planned = time.perf_counter()
        result = push(workspace, target, plan)
        sent = time.perf_counter()
        if result.items != ITEMS:
            raise AssertionError(f"the delta held {result.items} items, not {ITEMS}")
        inbox = folder / "inbox"
        pull(target, annotator="bench-annotator", inbox=inbox)
        quiet = []
        for _ in range(NO_CHANGE_RUNS):
            gc.collect()
            begin = time.perf_counter()
            plan = plan_push(workspace, [ref], target_key="bench", annotator="bench-annotator")
            push(workspace, target, plan)
            pulled = pull(target, annotator="bench-annotator", inbox=inbox)
            quiet.append(time.perf_counter() - begin)
            if not plan.is_empty or pulled.new:
                raise AssertionError("a sync with no change sent or fetched something")
    return Figures(sent - start, planned - start, sent - planned, result.bytes, median(quiet))


def _with_package_on(target: Target) -> None:
    # The no-change sync also looks for new packages: give it one it already has.
    target.put("packages/bench-small.zip", b"PK\x05\x06" + b"\x00" * 18)


@functools.cache
def measure_webdav() -> Figures | str:
    """The figures over WsgiDAV on loopback, or why they could not be taken."""
    try:
        from annotator.core.sync.webdav_target import WebDavTarget
        from tests.servers.webdav import start_wsgidav
    except ImportError as exc:
        return f"not installed ({exc.name})"
    with scratch_folder("sync-dav-") as folder:
        (folder / "share").mkdir()
        (folder / "ws").mkdir()
        ref = _annotated_workspace(folder / "ws")
        with start_wsgidav(folder / "share") as server:
            target = WebDavTarget(server.url)
            try:
                _with_package_on(target)
                return _measure(target, folder / "ws", ref)
            finally:
                target.close()


@functools.cache
def measure_s3() -> Figures | str:
    """The figures over SeaweedFS's S3 on loopback, or why they could not be taken."""
    try:
        from annotator.core.sync.s3_target import S3Target
        from tests.servers.seaweed import start_seaweedfs
    except ImportError as exc:
        return f"not installed ({exc.name})"
    with scratch_folder("sync-s3-") as folder:
        (folder / "weed").mkdir()
        (folder / "ws").mkdir()
        ref = _annotated_workspace(folder / "ws")
        with start_seaweedfs(folder / "weed") as server:
            server.make_bucket("bench")
            target = S3Target(
                "bench",
                endpoint_url=server.endpoint,
                access_key=server.access_key,
                secret_key=server.secret_key,
                region="us-east-1",
            )
            try:
                _with_package_on(target)
                return _measure(target, folder / "ws", ref)
            finally:
                target.close()


def _delta_result(name: str, figures: Figures | str) -> Result:
    if isinstance(figures, str):
        return Result(name=name, figure=None, target=DELTA_TARGET, samples=0, missing=figures)
    return Result(
        name=name,
        figure=figures.delta,
        target=DELTA_TARGET,
        samples=1,
        detail=(
            f"plan (read changes, build the delta) {format_seconds(figures.plan)}, send and confirm "
            f"{format_seconds(figures.send)}; {figures.delta_bytes / 1024**2:.1f} MB, one object; leaves out a "
            "real network's latency and bandwidth (loopback)"
        ),
    )


def bench_webdav_delta() -> Result:
    """A first sync of 10,000 annotated items over WebDAV: plan, PUT + MOVE, confirm, annotator manifest."""
    return _delta_result(f"sync a {ITEMS:,}-item delta over loopback WebDAV", measure_webdav())


def bench_s3_delta() -> Result:
    """The same over S3 (one conditional PutObject)."""
    return _delta_result(f"sync a {ITEMS:,}-item delta over loopback S3", measure_s3())


def _no_change(name: str, figures: Figures | str) -> Result:
    if isinstance(figures, str):
        return Result(name=name, figure=None, target=NO_CHANGE_TARGET, samples=0, missing=figures)
    return Result(
        name=name,
        figure=figures.no_change,
        target=NO_CHANGE_TARGET,
        samples=NO_CHANGE_RUNS,
        detail=f"plan (nothing changed) + list packages and feedback; {ITEMS:,} items in the workspace",
    )


def bench_webdav_no_change() -> Result:
    """A sync when nothing changed, over WebDAV (median)."""
    return _no_change("sync with no change over loopback WebDAV (median)", measure_webdav())


def bench_s3_no_change() -> Result:
    """A sync when nothing changed, over S3 (median)."""
    return _no_change("sync with no change over loopback S3 (median)", measure_s3())


BENCHMARKS = (
    Benchmark(id="sync-webdav-delta", area="sync", run=bench_webdav_delta),
    Benchmark(id="sync-webdav-no-change", area="sync", run=bench_webdav_no_change),
    Benchmark(id="sync-s3-delta", area="sync", run=bench_s3_delta),
    Benchmark(id="sync-s3-no-change", area="sync", run=bench_s3_no_change),
)

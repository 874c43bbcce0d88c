"""Merging a team's result bundles: 100 annotators, 1,000 items each (overlap 10 on a 10,000-item text package)."""

from __future__ import annotations

import functools
import gc
import hashlib
import random
import time
from dataclasses import dataclass

from annotator.core.bundle import build_bundle, bundle_bytes, read_bundle, write_bundle
from annotator.core.model import Item, Label, LabelSchema, Manifest, Status
from annotator.core.quality.answer_key import AnswerKey, GoldAnswer, KeyPackage
from annotator.core.quality.merge import merge_bundles
from annotator.core.quality.team_pack import plan_assignment
from annotator.core.workspace import ItemState
from benchmarks.data import scratch_folder
from benchmarks.report import Benchmark, Result, format_seconds, median

RUNS = 3
ITEMS = 10_000
ANNOTATORS = 100
OVERLAP = 10
GOLD = 10  # every gold item to every annotator, as pack-team does by default
TARGET = 2.0
LABELS = ("positive", "negative", "neutral")
SOURCE_SHA = hashlib.sha256(b"source package.json").hexdigest()


@dataclass(frozen=True)
class _Team:
    manifest: Manifest
    key: AnswerKey
    bundles: tuple[dict, ...]


def _annotation(name: str) -> dict:
    return {"labels": [name], "answer": None, "question": None, "unsure": False, "spans": [], "source": "user"}


@functools.cache
def _team() -> _Team:
    """The bundles pack-team's plan gives (opaque ids, gold mixed in), each annotator right 80 % of the time."""
    rng = random.Random(17)
    schema = LabelSchema(mode="single", labels=tuple(Label(name, "#000000") for name in LABELS))
    source_ids = [f"r{n:05d}" for n in range(ITEMS)]
    gold_ids = [f"g{n}" for n in range(GOLD)]
    manifest = Manifest(
        1, "reviews", "Reviews", "", {"text": schema}, tuple(Item(i, "text", text="x") for i in source_ids)
    )
    truth = {item_id: rng.choice(LABELS) for item_id in [*source_ids, *gold_ids]}
    names = [f"w{n:03d}" for n in range(ANNOTATORS)]
    plan = plan_assignment(source_ids, names, overlap=OVERLAP, seed=5, gold_ids=gold_ids)
    records, bundles = [], []
    for name in names:
        package_id = f"reviews-{name}"
        ids = [f"{rng.getrandbits(48):012x}" for _ in plan[name]]
        sha = hashlib.sha256(package_id.encode()).hexdigest()
        records.append(KeyPackage(package_id, name, sha, dict(zip(ids, plan[name], strict=True))))
        team_manifest = Manifest(
            1, package_id, "Reviews", "", {"text": schema}, tuple(Item(i, "text", text="x") for i in ids)
        )
        states = []
        for position, (item_id, key_id) in enumerate(zip(ids, plan[name], strict=True)):
            given = truth[key_id] if rng.random() < 0.8 else rng.choice(LABELS)
            states.append(
                ItemState(package_id, item_id, position, "text", Status.DONE, _annotation(given), "", 4200, 300,
                          "2026-11-23T14:05:00.123Z", "2026-11-23T14:05:04.323Z")
            )  # fmt: skip
        bundles.append(build_bundle(team_manifest, manifest_sha256=sha, annotator=name, states=states))
    gold = [GoldAnswer({"id": g, "kind": "text", "text": "x"}, _annotation(truth[g])) for g in gold_ids]
    key = AnswerKey("reviews", SOURCE_SHA, OVERLAP, 5, tuple(records), {answer.id: answer for answer in gold})
    return _Team(manifest, key, tuple(bundles))


def _merge_once(team: _Team) -> tuple[float, float, int]:
    gc.collect()
    start = time.perf_counter()
    result = merge_bundles(list(team.bundles), team.manifest, manifest_sha256=SOURCE_SHA, key=team.key)
    merged = time.perf_counter()
    bundle_bytes(result.bundle)
    done = time.perf_counter()
    assert result.merged == ITEMS and result.gold_left_out == ANNOTATORS * GOLD, result
    return merged - start, done - merged, len(result.needs_review)


def bench_merge() -> Result:
    """Median over RUNS of merge_bundles + bundle_bytes on bundle documents already in memory."""
    team = _team()
    runs = [_merge_once(team) for _ in range(RUNS)]
    totals = [merge + encode for merge, encode, _ in runs]
    review = runs[0][2]
    return Result(
        name=f"merge {ANNOTATORS} bundles x {ITEMS * OVERLAP // ANNOTATORS + GOLD:,} items (median)",
        figure=median(totals),
        target=TARGET,
        samples=RUNS,
        detail=(
            f"{ITEMS:,}-item text package, overlap {OVERLAP} (10 votes an item), {GOLD} gold items per bundle, "
            f"ids mapped through the answer key; merge {format_seconds(median([r[0] for r in runs]))}, "
            f"bundle_bytes {format_seconds(median([r[1] for r in runs]))}; {review:,} items to review. "
            "Leaves out reading the bundles (next row), opening the package and key, and the disk write"
        ),
    )


def bench_read() -> Result:
    """Median over RUNS of reading the 100 bundle files back (strict JSON, bundle-v1 schema, content hash)."""
    team = _team()
    with scratch_folder("merge-") as folder:
        paths = []
        for document in team.bundles:
            path = folder / f"{document['annotator']}.bundle.json"
            write_bundle(path, document)
            paths.append(path)
        size = sum(path.stat().st_size for path in paths)
        samples = []
        for _ in range(RUNS):
            gc.collect()
            start = time.perf_counter()
            read = [read_bundle(path) for path in paths]
            samples.append(time.perf_counter() - start)
            assert len(read) == ANNOTATORS
    return Result(
        name=f"read the {ANNOTATORS} bundles to merge (median)",
        figure=median(samples),
        target=None,
        samples=RUNS,
        detail=f"read_bundle of each file (warm page cache): {size / 1e6:.1f} MB in all",
    )


BENCHMARKS = (
    Benchmark(id="merge-bundles", area="quality", run=bench_merge),
    Benchmark(id="read-bundles-to-merge", area="quality", run=bench_read),
)

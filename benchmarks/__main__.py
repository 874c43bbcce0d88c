"""`python -m benchmarks [NAME...]`: run all (or the named) benchmarks and print one table of results."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Sequence

from benchmarks import (
    bench_audio,
    bench_bbox,
    bench_bundle,
    bench_canvas,
    bench_formats,
    bench_package,
    bench_pairwise,
    bench_playback,
    bench_quality_agreement,
    bench_quality_merge,
    bench_sentiment,
    bench_startup,
    bench_sync,
    bench_transcription,
    bench_workspace,
)
from benchmarks.report import Benchmark, Table

ALL: tuple[Benchmark, ...] = (
    *bench_package.BENCHMARKS,
    *bench_workspace.BENCHMARKS,
    *bench_bundle.BENCHMARKS,
    *bench_startup.BENCHMARKS,
    *bench_bbox.BENCHMARKS,
    *bench_canvas.BENCHMARKS,
    *bench_audio.BENCHMARKS,
    *bench_playback.BENCHMARKS,
    *bench_sentiment.BENCHMARKS,
    *bench_pairwise.BENCHMARKS,
    *bench_transcription.BENCHMARKS,
    *bench_formats.BENCHMARKS,
    *bench_sync.BENCHMARKS,
    *bench_quality_merge.BENCHMARKS,
    *bench_quality_agreement.BENCHMARKS,
)


def _select(names: Sequence[str]) -> list[Benchmark]:
    """The benchmarks a name picks: its id, or every benchmark of an area; all of them without names."""
    if not names:
        return list(ALL)
    return [bench for bench in ALL if bench.id in names or bench.area in names]


def _parser() -> argparse.ArgumentParser:
    areas = sorted({bench.area for bench in ALL})
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure against the performance targets. Exits 0 when targets are missed (the table "
        "says so) and 1 only if a benchmark crashed.",
        epilog=f"NAME is an area ({', '.join(areas)}) or a benchmark id ({', '.join(b.id for b in ALL)}).",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="run only these (default: all)")
    parser.add_argument("--list", action="store_true", help="list the benchmark ids and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks, print the table, and return the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    known = {bench.id for bench in ALL} | {bench.area for bench in ALL}
    unknown = [name for name in args.names if name not in known]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; try --list")
    if args.list:
        for bench in ALL:
            print(f"{bench.area:10} {bench.id}")
        return 0
    table = Table()
    started = time.perf_counter()
    for bench in _select(args.names):
        # Progress goes to stderr so stdout holds only the table.
        print(f"running {bench.id} ...", file=sys.stderr, flush=True)
        bench_started = time.perf_counter()
        try:
            table.add(bench.run())
        except Exception as exc:
            traceback.print_exc()
            table.add_crash(bench.id, exc)
        print(f"  done in {time.perf_counter() - bench_started:.1f} s", file=sys.stderr, flush=True)
    print(table.render())
    print(f"\n{len(table.rows)} benchmarks in {time.perf_counter() - started:.0f} s of wall time")
    return 1 if table.crashed() else 0


raise SystemExit(main())

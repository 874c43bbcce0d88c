"""The box canvas as a person feels it: a zoom step, an edit and a pan over 5,000 boxes, each to the painted view.

A zoom step and a pan are timed from the input event to the end of a full `viewport().repaint()` of a
1600x1000 view (the whole view changes). An edit is timed until Qt has painted what the step asked for,
as the event loop does after it: the moved box's old and new place. Every other edit step is timed with
a forced full repaint instead, and reported beside it, so what a redraw of all 5,000 boxes costs stays in
sight. Each beside the same operation on a plain QGraphicsScene in the same child process.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from benchmarks.bench_bbox import PAN_BOXES, PHOTO_SIZE, _photos_package
from benchmarks.child import run_child
from benchmarks.data import scratch_folder
from benchmarks.report import Benchmark, Result, format_seconds, median, percentile

TARGET = 0.016
OPS = {
    "zoom": "zoom step (Ctrl+wheel) at fit..fit x 3.8",
    "edit": "edit (a box moved by mouse drag, one step) at fit",
    "nudge": "stored edit (arrow-key nudge of one box) at fit",
    "pan": "pan (middle-drag, 16x10 px per move) at 100 %",
}
LEFT_OUT = {
    "zoom": "full-detail tiles that land after the step (decoded in workers) are painted in later frames",
    "edit": "the store is written once on release, not per step (see the stored-edit row)",
    "nudge": "nothing: the workspace write (SQLite), the undo merge and the views told of the change are inside",
    "pan": "Qt's own scroll blit is not relied on: the whole viewport is repainted every move",
}


def _rows(op: str) -> list[Result]:
    package, photos = _photos_package()
    with scratch_folder(f"canvas-{op}-") as folder:
        result: dict[str, Any] = run_child("benchmarks.canvas_child", op, str(package), str(folder), str(photos[0]))
    app, plain = result["app"], result["plain"]
    p95, plain_p95 = percentile(app, 0.95), percentile(plain, 0.95)
    view = "x".join(map(str, result["viewport"]))
    where = f"{PAN_BOXES:,} boxes on a {PHOTO_SIZE[0] * PHOTO_SIZE[1] / 1e6:.0f} MP photo, {view} view"
    ratio = f"{plain_p95 / p95:.1f}x faster" if p95 <= plain_p95 else f"{p95 / plain_p95:.1f}x SLOWER"
    labels = result["labels_last_paint"]
    work = result.get("before_paint")
    # The stored edit's own work (handled, written to SQLite, views told), apart from the paint that follows.
    split = (
        f"before the paint p50 {format_seconds(median(work))}, p95 {format_seconds(percentile(work, 0.95))}; "
        if work
        else ""
    )
    if "full" in result:
        split += (
            f"{result['share']:.0%} of the view repainted per step; forced full repaint of the same steps p95 "
            f"{format_seconds(percentile(result['full'], 0.95))} (p50 {format_seconds(median(result['full']))}); "
        )
    detail = (
        f"p50 {format_seconds(median(app))}, max {format_seconds(max(app))}; {split}labels drawn in the last paint: "
        f"{labels if labels >= 0 else 'not reported'} (zoom {result['scale']:.2f}); plain QGraphicsScene p95 "
        f"{format_seconds(plain_p95)} -> app {ratio}; left out: {LEFT_OUT[op]}"
    )
    plain_detail = (
        f"p50 {format_seconds(median(plain))}, max {format_seconds(max(plain))}; {PAN_BOXES:,} QGraphicsRectItem + "
        "QGraphicsSimpleTextItem (every label drawn), full-size pixmap, same view and steps, same process"
    )
    return [
        Result(name=f"canvas {OPS[op]}, {where} (p95)", figure=p95, target=TARGET, samples=len(app), detail=detail),
        Result(
            name=f"  plain QGraphicsScene, same {op} (p95)",
            figure=plain_p95,
            target=None,
            samples=len(plain),
            detail=plain_detail,
        ),
    ]


class _Cached:
    """Runs one child per operation once, and hands out its two rows (app, plain) as two benchmarks."""

    def __init__(self) -> None:
        self._rows: dict[str, list[Result]] = {}

    def row(self, op: str, index: int) -> Result:
        if op not in self._rows or index == 0:
            self._rows[op] = _rows(op)
        return self._rows[op][index]


_CACHE = _Cached()

BENCHMARKS = tuple(
    Benchmark(id=f"canvas-{op}{'' if index == 0 else '-plain'}", area="bbox", run=partial(_CACHE.row, op, index))
    for op in OPS
    for index in (0, 1)
)

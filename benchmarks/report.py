"""Timing statistics, the Result of one benchmark, and the one table `python -m benchmarks` prints."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

PASS, FAIL, INFO, NOT_AVAILABLE, CRASH = "PASS", "FAIL", "info", "n/a", "CRASH"


def median(samples: Sequence[float]) -> float:
    """The median of some timings."""
    return statistics.median(samples)


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest sample at or above `fraction` of all samples."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def timed(call: Callable[[], object]) -> float:
    """Wall seconds one call takes."""
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def format_seconds(seconds: float) -> str:
    """Seconds in the unit a reader takes in at a glance: ms below a second, s above."""
    if seconds < 1.0:
        return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


@dataclass(frozen=True)
class Result:
    """One row of the table: a measured figure against its target (None: shown for information)."""

    name: str
    figure: float | None
    target: float | None
    samples: int
    detail: str = ""
    missing: str = ""  # why there is no figure, e.g. "probe missing"
    unit: str = "s"  # "s" is shown as ms or s; any other unit (MB, x) is printed after the number
    higher_is_better: bool = False  # e.g. a speed in x real time: the target is a floor, not a ceiling

    @property
    def verdict(self) -> str:
        """PASS, FAIL, n/a (nothing measured) or info (no target)."""
        if self.figure is None:
            return NOT_AVAILABLE
        if self.target is None:
            return INFO
        better = self.figure >= self.target if self.higher_is_better else self.figure < self.target
        return PASS if better else FAIL

    def format(self, value: float) -> str:
        """A figure or target in this result's unit."""
        return format_seconds(value) if self.unit == "s" else f"{value:.1f} {self.unit}"


@dataclass
class Table:
    """The rows collected in one run, printed once at the end."""

    rows: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)

    def add(self, result: Result) -> None:
        """Add a measured (or not measurable) result."""
        figure = result.format(result.figure) if result.figure is not None else f"n/a ({result.missing})"
        bound = ">=" if result.higher_is_better else "<"
        target = f"{bound} {result.format(result.target)}" if result.target is not None else "-"
        self.rows.append((result.name, figure, target, result.verdict, str(result.samples), result.detail))

    def add_crash(self, name: str, error: BaseException) -> None:
        """Add a benchmark that raised instead of measuring."""
        self.rows.append((name, "-", "-", CRASH, "0", f"{type(error).__name__}: {error}"))

    def crashed(self) -> bool:
        """Whether any benchmark raised."""
        return any(row[3] == CRASH for row in self.rows)

    def render(self) -> str:
        """The table as text, columns aligned, detail last and unpadded."""
        header = ("benchmark", "figure", "target", "result", "n", "detail")
        rows = [header, *self.rows]
        widths = [max(len(row[column]) for row in rows) for column in range(5)]
        lines = []
        for row in rows:
            cells = [row[column].ljust(widths[column]) for column in range(5)]
            cells[4] = row[4].rjust(widths[4])
            lines.append("   ".join([*cells, row[5]]).rstrip())
        lines.insert(1, "-" * max(len(line) for line in lines))
        return "\n".join(lines)


@dataclass(frozen=True)
class Benchmark:
    """A named measurement; `area` groups it (package, workspace, bundle, startup) for subset runs."""

    id: str
    area: str
    run: Callable[[], Result]

"""Cold start: a new app process until the first item is on screen, beside what importing Qt alone costs."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.data import REPO_ROOT, scratch_folder
from benchmarks.report import Benchmark, Result, format_seconds, median

RUNS = 5
TARGET = 1.5
PROBE_LINE = b"first-item-shown"
PROBE_TIMEOUT = 20.0
EXIT_TIMEOUT = 10.0
DEMO_PACKAGE = REPO_ROOT / "resources" / "demo"


@dataclass(frozen=True)
class _Launch:
    """What one app start gave: seconds to the probe line (None if it never came) and how it ended."""

    seconds: float | None
    exit_code: int | None
    problem: str = ""


def _environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_STARTUP_PROBE": "1"}


def _read_until_probe(stream: int, deadline: float) -> tuple[float | None, bool]:
    """When the probe line arrived on `stream` (perf_counter, None if never), and whether the stream ended."""
    pending = b""
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        while (remaining := deadline - time.perf_counter()) > 0:
            if not selector.select(remaining):
                break
            chunk = os.read(stream, 65536)
            if not chunk:
                return None, True
            *lines, pending = (pending + chunk).split(b"\n")
            if any(line.strip().startswith(PROBE_LINE) for line in lines):
                return time.perf_counter(), False
    return None, False


def _stderr_tail(path: Path) -> str:
    lines = [line for line in path.read_text(errors="replace").splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def _launch_app() -> _Launch:
    """Start the app on the demo package with a fresh data folder and time it to the probe line."""
    with scratch_folder("start-") as folder:
        command = [sys.executable, "-m", "annotator", "--data-dir", str(folder / "data"), "open", str(DEMO_PACKAGE)]
        with open(folder / "stderr.txt", "wb") as errors:
            start = time.perf_counter()
            # Its own process group, so a hung app is stopped together with anything it started.
            process = subprocess.Popen(
                command,
                cwd=REPO_ROOT,
                env=_environment(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=errors,
                start_new_session=True,
            )
            try:
                shown, ended = _read_until_probe(process.stdout.fileno(), start + PROBE_TIMEOUT)
                try:
                    # A hung app (no line, output still open) is killed at once rather than waited for.
                    exit_code = process.wait(timeout=EXIT_TIMEOUT if shown is not None or ended else 0)
                except subprocess.TimeoutExpired:
                    exit_code = None
            finally:
                if process.poll() is None:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
                process.stdout.close()
        if shown is not None:
            return _Launch(shown - start, exit_code)
        if exit_code is None:
            return _Launch(None, None, f"no '{PROBE_LINE.decode()}' line within {PROBE_TIMEOUT:.0f} s")
        tail = _stderr_tail(folder / "stderr.txt")
        problem = f"app exited {exit_code} without '{PROBE_LINE.decode()}'" + (f": {tail}" if tail else "")
        return _Launch(None, exit_code, problem)


def bench_cold_start() -> Result:
    """Median over RUNS of new process to first item shown; one unmeasured start first warms the file cache."""
    name = "cold start to first item shown (median)"
    warmup = _launch_app()
    if warmup.seconds is None:
        return Result(name=name, figure=None, target=TARGET, samples=0, detail=warmup.problem, missing="probe missing")
    launches = [_launch_app() for _ in range(RUNS)]
    failed = [launch for launch in launches if launch.seconds is None]
    if failed:
        return Result(name=name, figure=None, target=TARGET, samples=0, detail=failed[0].problem, missing="probe lost")
    bad_exits = sorted({str(launch.exit_code) for launch in launches if launch.exit_code != 0})
    times = [launch.seconds for launch in launches if launch.seconds is not None]
    detail = f"min {format_seconds(min(times))}, max {format_seconds(max(times))}; demo package, offscreen"
    if bad_exits:
        detail += f"; app exit codes after the probe: {', '.join(bad_exits)} (expected 0; None = killed)"
    return Result(name=name, figure=median(times), target=TARGET, samples=len(times), detail=detail)


def _process_seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=_environment(), check=True)
    return time.perf_counter() - start


def bench_qt_import() -> Result:
    """Baseline: wall time of a process that only imports PySide6.QtWidgets, and of a bare interpreter."""
    for code in ("import PySide6.QtWidgets", "pass"):  # warm the file cache
        _process_seconds(code)
    qt = [_process_seconds("import PySide6.QtWidgets") for _ in range(RUNS)]
    bare = [_process_seconds("pass") for _ in range(RUNS)]
    return Result(
        name="baseline: python -c 'import PySide6.QtWidgets' (median)",
        figure=median(qt),
        target=None,
        samples=RUNS,
        detail=f"bare interpreter start {format_seconds(median(bare))}; no target, for reading the cold start",
    )


BENCHMARKS = (
    Benchmark(id="cold-start", area="startup", run=bench_cold_start),
    Benchmark(id="qt-import", area="startup", run=bench_qt_import),
)

"""Every edit the workspace acknowledged survives the process being killed right after (SIGKILL)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from annotator.core.workspace import Workspace
from tests.conftest import REPO_ROOT

RUNS = 20
PKG, ITEM = "test-pkg", "t1"

# The child: open, register, then write edits forever, acknowledging each after set_annotation returns.
CHILD = """
import sys
from annotator.core.workspace import Workspace
from tests.core.helpers import small_manifest

workspace = Workspace.open(sys.argv[1])
workspace.register_package(small_manifest(), manifest_sha256="a" * 64, path="pkg.zip")
n = 0
while True:
    n += 1
    workspace.set_annotation("test-pkg", "t1", {"n": n, "box": [0.1, n / 3]})
    sys.stdout.write(f"ack {n}\\n")
    sys.stdout.flush()
"""


def kill_after_acks(folder: Path, acks: int) -> int:
    """Run the child until it has acknowledged `acks` edits, SIGKILL it, and return the last ack read."""
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    # A child that hangs before acknowledging would block readline forever; this ends it instead.
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    last = 0
    try:
        assert process.stdout is not None
        while last < acks:
            line = process.stdout.readline()
            if not line:
                break
            number = int(line.removeprefix("ack ").strip())
            assert number == last + 1, f"acks out of order: {line!r} after {last}"
            last = number
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
        stderr = process.stderr.read() if process.stderr else ""
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()
    assert last == acks, f"child stopped after {last} acks of {acks}; stderr:\n{stderr}"
    assert process.returncode == -signal.SIGKILL
    return last


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_acknowledged_edits_survive_sigkill(tmp_path: Path) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    for run in range(RUNS):
        folder = tmp_path / f"ws{run}"
        acked = kill_after_acks(folder, rng.randint(5, 200))
        where = f"run {run}, seed {seed}, {acked} acks"
        with Workspace.open(folder) as workspace:
            annotation = workspace.item(PKG, ITEM).annotation
            assert annotation["n"] >= acked, where
            assert annotation["box"] == [0.1, annotation["n"] / 3], where
            history = workspace.history(PKG, ITEM)
            stored = [json.loads(record.after)["n"] for record in history]
        assert set(range(1, acked + 1)) <= set(stored), where
        # Nothing is recorded twice or out of order: the history is exactly 1..k for some k >= acked.
        assert stored == list(range(1, len(stored) + 1)), where

"""SIGKILL during autosave, many times over, into one workspace: it always opens whole, and nothing acknowledged is lost.

A child process (tests/core/autosave_child.py) saves what an annotator's editing saves — a long evaluation rewrite as it is typed,
labels, comments, statuses — one operation after another, and prints each one's number once the
workspace call returned (committed). It is killed at a random moment, often in the middle of a
commit; the next child carries on in the same workspace. After every kill the workspace opens,
SQLite's integrity check passes, and the state is exactly that after the last acknowledged
operation, or after the one in flight (committed, killed before it could say so) — never a mix,
never less.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from annotator.core.model import Status
from annotator.core.workspace import Workspace
from tests.conftest import REPO_ROOT
from tests.core.autosave_child import PKG, REWRITE, TEXTS, operation

KILLS = int(os.environ.get("KILL_RUNS", "30"))


def state_after(count: int) -> dict[tuple[str, str], Any]:
    """What the workspace holds after operations 1..count: the last value each (field, item) was given."""
    state: dict[tuple[str, str], Any] = {}
    for n in range(1, count + 1):
        field, item, value = operation(n)
        state[(field, item)] = value
    return state


def stored_state(workspace: Workspace) -> dict[tuple[str, str], Any]:
    """The same fields as the workspace has them (only those set: untouched items are left out)."""
    state: dict[tuple[str, str], Any] = {}
    for item_id in [*TEXTS, REWRITE]:
        item = workspace.item(PKG, item_id)
        for field, value, unset in (
            ("annotation", item.annotation, None),
            ("comment", item.comment, ""),
            ("status", item.status.value, Status.TODO.value),
        ):
            if value != unset:
                state[(field, item_id)] = value
    return state


def matches(stored: dict[tuple[str, str], Any], count: int) -> bool:
    """Whether `stored` is the state after `count` operations (fields at their unset value compare as unset)."""
    unset = {"annotation": None, "comment": "", "status": Status.TODO.value}
    expected = {key: value for key, value in state_after(count).items() if value != unset[key[0]]}
    return stored == expected


def run_and_kill(folder: Path, done: int, delay: float) -> list[int]:
    """Start a child that carries on after `done` operations, SIGKILL it `delay` s after it is ready; its acks."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.core.autosave_child", str(folder), str(done)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    watchdog = threading.Timer(60, process.kill)  # a child that never gets ready must not hang the test
    watchdog.start()
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first == "ready\n", (
            f"the child did not start: {first!r}\n{process.stderr.read() if process.stderr else ''}"
        )
        killer = threading.Timer(delay, os.kill, (process.pid, signal.SIGKILL))
        killer.start()
        acks = [int(line.removeprefix("ack ")) for line in process.stdout]  # to EOF: every ack it printed
        killer.join()
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
    assert process.returncode == -signal.SIGKILL, f"the child ended by itself ({process.returncode}):\n{stderr}"
    assert acks == list(range(done + 1, done + 1 + len(acks))), "acks out of order"
    return acks


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_many_kills_during_autosave_lose_nothing_acknowledged(tmp_path: Path) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    folder = tmp_path / "ws"
    done = 0
    began = time.monotonic()
    for kill in range(KILLS):
        acks = run_and_kill(folder, done, rng.uniform(0.0, 0.25))
        acked = acks[-1] if acks else done
        where = f"kill {kill}, seed {seed}, acked through {acked}"
        with Workspace.open(folder) as workspace:
            assert workspace.connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
            stored = stored_state(workspace)
            history = workspace.history(PKG)
        # Exactly the acknowledged state, or one operation more (committed, killed before the ack).
        if matches(stored, acked):
            done = acked
        else:
            assert matches(stored, acked + 1), f"{where}: the workspace holds neither op {acked} nor {acked + 1}"
            done = acked + 1
        # The history keeps every comment saved (typing runs of annotations may be merged into one entry).
        comments = {record.after for record in history if record.what == "comment"}
        saved = {operation(n)[2] for n in range(1, done + 1) if operation(n)[0] == "comment"}
        assert saved <= comments, f"{where}: comments missing from the history: {sorted(saved - comments)[:3]}"
    elapsed = time.monotonic() - began
    assert done > KILLS, f"the children saved only {done} operations in {KILLS} runs ({elapsed:.1f} s)"

"""The sentiment editor: time from the submit key press to the next text shown, over 1,000 texts.

Qt runs only in a child process (`python -m benchmarks.bench_sentiment next-text PACKAGE FOLDER`, one JSON
result line), so the runner never imports Qt.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from benchmarks.child import emit, run_child, shown_main_window
from benchmarks.data import package_path, scratch_folder
from benchmarks.report import Benchmark, Result, format_seconds, median, percentile

ITEMS = 1_000
TARGET = 0.030
WINDOW_SIZE = (1280, 800)


def _run_child(*args: str) -> dict[str, Any]:
    return run_child("benchmarks.bench_sentiment", *args)


def bench_next_text() -> Result:
    """p95 of Return (label chosen, item done) to item_shown of the next text, in the real main window."""
    package = package_path("text", ITEMS)
    with scratch_folder("sentiment-next-") as folder:
        result = _run_child("next-text", str(package), str(folder))
    shown, painted, label = result["shown"], result["painted"], result["label"]
    detail = (
        f"{len(shown)} submits by QTest key press (Return) in a {WINDOW_SIZE[0]}x{WINDOW_SIZE[1]} window, "
        f"each after a label key; median {format_seconds(median(shown))}, max {format_seconds(max(shown))}; "
        f"repaint of the editor after item_shown p95 {format_seconds(percentile(painted, 0.95))}; "
        f"label key to stored (one durable edit) p95 {format_seconds(percentile(label, 0.95))}"
    )
    return Result(
        name=f"next text shown after submit, {ITEMS:,} texts (p95)",
        figure=percentile(shown, 0.95),
        target=TARGET,
        samples=len(shown),
        detail=detail,
    )


BENCHMARKS = (Benchmark(id="next-text", area="sentiment", run=bench_next_text),)


# -- the child side (Qt is imported here only) -------------------------------------------------


def _child_next_text(package: str, folder: str) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.ui.editors.sentiment import SentimentEditor

    app, workspace, window = shown_main_window(folder, WINDOW_SIZE)
    fired: list[tuple[float, str]] = []
    window.item_shown.connect(lambda item_id: fired.append((time.perf_counter(), item_id)))
    window.open_package(package)
    deadline = time.monotonic() + 60
    while not fired and time.monotonic() < deadline:
        app.processEvents()
    editor = window.findChild(SentimentEditor, "sentiment_editor")
    if editor is None or not fired:
        raise RuntimeError("the first text was never shown")
    editor.text_view.setFocus()
    shown, painted, label = [], [], []
    items = window.session.items
    for index in range(len(items) - 1):
        app.processEvents()  # what the annotator's reading time lets the event loop do
        focus = QApplication.focusWidget()
        start = time.perf_counter()
        QTest.keyClick(focus, Qt.Key.Key_1 + index % 3)
        label.append(time.perf_counter() - start)
        fired.clear()
        start = time.perf_counter()
        QTest.keyClick(focus, Qt.Key.Key_Return)
        if not fired:
            raise RuntimeError(f"no item_shown after submitting {items[index].id}")
        moment, item_id = fired[0]
        if item_id != items[index + 1].id:
            raise RuntimeError(f"item_shown for {item_id!r}, expected {items[index + 1].id!r}")
        shown.append(moment - start)
        start = time.perf_counter()
        editor.repaint()
        painted.append(time.perf_counter() - start)
    done = sum(1 for state in workspace.items(window.session.package_id) if state.status.value == "done")
    if done != len(items) - 1:
        raise RuntimeError(f"{done} texts stored as done, expected {len(items) - 1}")
    window.close()
    workspace.close()
    return {"shown": shown, "painted": painted, "label": label}


if __name__ == "__main__":
    mode, *arguments = sys.argv[1:]
    emit({"next-text": _child_next_text}[mode](*arguments))

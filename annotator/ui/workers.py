"""Run blocking work off the UI thread and hand the result back through a queued signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal(object)


class Job(QRunnable):
    """One call of `function` in the global thread pool; `finished` or `failed` fires on the UI thread."""

    def __init__(self, function: Callable[[], Any]):
        super().__init__()
        self._function = function
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as exc:  # reported to the UI, which shows it; a worker must never die silently
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        self.signals.ended.emit(self)


class _Keeper(QObject):
    """Holds running jobs so Python never frees one while a worker thread still runs it."""

    def __init__(self) -> None:
        super().__init__()
        self.running: set[Job] = set()

    @Slot(object)
    def release(self, job: Job) -> None:
        self.running.discard(job)


_keeper: _Keeper | None = None


def run_in_background(
    function: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> Job:
    """Start `function` in a worker. Pass bound methods of UI-thread QObjects as callbacks, so the
    connection is queued and they run on the UI thread."""
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()
    job = Job(function)
    job.setAutoDelete(False)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    job.signals.ended.connect(_keeper.release)
    _keeper.running.add(job)
    QThreadPool.globalInstance().start(job)
    return job

"""One open package in one workspace: item order, navigation, progress and bundle export."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from annotator.core.activity_stats import pace_today
from annotator.core.bundle import export_bundle
from annotator.core.model import Item, Manifest, Status
from annotator.core.package import Package
from annotator.core.workspace import ItemState, Workspace

UNFINISHED = (Status.TODO,)
# Today's pace is summed from the time log, which costs a few ms on a long day: progress is asked
# after every edit (each keystroke of a comment), so the pace is re-read when an item is finished
# here, and otherwise at most this often.
PACE_REFRESH_S = 60.0
# A finished item refreshes the pace at most this often once there is one: reading it walks the
# day's time log (~5 ms after 1,000 items), too much for every submit of a fast annotator.
PACE_AFTER_ITEM_S = 5.0


@dataclass(frozen=True)
class Progress:
    """How far the annotator is: counts, today's pace (items per active hour), and the active time left at it."""

    total: int
    done: int
    skipped: int
    flagged: int
    todo: int
    items_per_hour: float | None
    eta_seconds: float | None


class PackageSession:
    """Binds an opened Package to the Workspace; the UI asks it, never the database, what is where."""

    def __init__(
        self,
        package: Package,
        workspace: Workspace,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = date.today,
    ):
        self.package = package
        self.workspace = workspace
        self._monotonic = monotonic
        self._today = today
        self._pace: tuple[float, int, float | None] | None = None  # (read at, items done then, pace)
        record = workspace.register_package(
            package.manifest, manifest_sha256=package.manifest_sha256, path=str(package.path)
        )
        self.items: tuple[Item, ...] = package.manifest.items
        self._index_by_id = {item.id: index for index, item in enumerate(self.items)}
        self._statuses = workspace.statuses(self.package_id)
        self._counts = Counter(self._statuses.get(item.id, Status.TODO) for item in self.items)
        start = record.current_item if record.current_item in self._index_by_id else None
        self.current_index = self._index_by_id[start] if start else self._first_unfinished_or_zero()

    @property
    def manifest(self) -> Manifest:
        """The package manifest."""
        return self.package.manifest

    @property
    def package_id(self) -> str:
        """The package id."""
        return self.package.manifest.id

    @property
    def current_item(self) -> Item:
        """The item on screen."""
        return self.items[self.current_index]

    def status(self, item_id: str) -> Status:
        """An item's status, from the session's cache of the workspace."""
        return self._statuses.get(item_id, Status.TODO)

    def state(self, item_id: str) -> ItemState:
        """An item's full stored state."""
        return self.workspace.item(self.package_id, item_id)

    def index_of(self, item_id: str) -> int:
        """Position of an item in the package."""
        return self._index_by_id[item_id]

    def go_to(self, index: int) -> Item:
        """Move to an item by position and remember it for the next start."""
        if not self.items:
            raise IndexError("the package has no items")
        self.current_index = max(0, min(index, len(self.items) - 1))
        self.workspace.set_current_item(self.package_id, self.current_item.id)
        return self.current_item

    def next_index(self, *, among: Collection[Status] | None = None) -> int:
        """Position of the next item (stays at the end); `among`: the next item in one of those statuses."""
        for index in range(self.current_index + 1, len(self.items)):
            if self._among(index, among):
                return index
        return self.current_index

    def previous_index(self, *, among: Collection[Status] | None = None) -> int:
        """Position of the previous item (stays at the start); `among`: the previous one in those statuses."""
        for index in range(self.current_index - 1, -1, -1):
            if self._among(index, among):
                return index
        return self.current_index

    def next_unfinished_index(self, *, among: Collection[Status] | None = None) -> int | None:
        """Position of the next item still to do after the current one, wrapping around; None if all are.

        `among` narrows the search to items in those statuses (the list the annotator has filtered to).
        """
        count = len(self.items)
        for step in range(1, count + 1):
            index = (self.current_index + step) % count
            if self.status(self.items[index].id) in UNFINISHED and self._among(index, among):
                return index
        return None

    def _among(self, index: int, statuses: Collection[Status] | None) -> bool:
        return statuses is None or self.status(self.items[index].id) in statuses

    def _first_unfinished_or_zero(self) -> int:
        for index, item in enumerate(self.items):
            if self.status(item.id) in UNFINISHED:
                return index
        return 0

    def record_status(self, item_id: str, status: Status) -> None:
        """Note a status the workspace now holds (called after an edit is applied)."""
        self._counts[self.status(item_id)] -= 1
        self._statuses[item_id] = Status(status)
        self._counts[Status(status)] += 1

    def refresh_status(self, item_id: str) -> Status:
        """Re-read one item's status from the workspace."""
        status = self.workspace.item(self.package_id, item_id).status
        self.record_status(item_id, status)
        return status

    def _count(self, status: Status) -> int:
        return self._counts[status]

    def progress(self) -> Progress:
        """Counts plus pace: the dashboard's items per active hour today, and the active time left at that pace."""
        counts = {status: self._count(status) for status in Status}
        pace = self._pace_now(counts[Status.DONE])
        eta = counts[Status.TODO] / pace * 3600 if pace else None
        return Progress(
            total=len(self.items),
            done=counts[Status.DONE],
            skipped=counts[Status.SKIPPED],
            flagged=counts[Status.FLAGGED],
            todo=counts[Status.TODO],
            items_per_hour=pace,
            eta_seconds=eta,
        )

    def _pace_now(self, done: int) -> float | None:
        now = self._monotonic()
        cached = self._pace
        stale = now - cached[0] >= PACE_REFRESH_S if cached else True
        moved = cached is not None and cached[1] != done and (cached[2] is None or now - cached[0] >= PACE_AFTER_ITEM_S)
        if stale or moved:
            cached = self._pace = (now, done, pace_today(self.workspace, today=self._today()))
        return cached[2]

    def export_bundle(self, path: Path | str) -> dict[str, int]:
        """Write this package's result bundle from the workspace; returns its summary counts."""
        return export_bundle(path, self.workspace, self.manifest, manifest_sha256=self.package.manifest_sha256)

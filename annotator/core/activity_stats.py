"""The worker's own figures per day, from the private time and break logs: active time, items, breaks, pay."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from datetime import time as day_start

from annotator.core.breaks import Outcome
from annotator.core.model import PayRate
from annotator.core.workspace import Workspace

# Before a few items or a couple of minutes of work, a pace per hour is noise, not information.
MIN_ITEMS_FOR_PACE = 3
MIN_ACTIVE_FOR_PACE_MS = 2 * 60_000


def items_per_active_hour(items_done: int, active_ms: int) -> float | None:
    """The one pace the app shows (status bar and dashboard): items done per hour of active time.

    None until it means something: at least MIN_ITEMS_FOR_PACE items or MIN_ACTIVE_FOR_PACE_MS of
    active time (and never with no active time at all). Idle and break time never count.
    """
    if active_ms <= 0 or (items_done < MIN_ITEMS_FOR_PACE and active_ms < MIN_ACTIVE_FOR_PACE_MS):
        return None
    return items_done / (active_ms / 3_600_000)


@dataclass(frozen=True)
class DayStats:
    """One day of work as the logs record it."""

    day: date
    active_ms: int = 0
    idle_ms: int = 0
    items_done: int = 0
    breaks: dict[str, int] = field(default_factory=dict)  # outcome -> count

    @property
    def items_per_hour(self) -> float | None:
        """Items done per hour of active time (`items_per_active_hour`), or None while too early to say."""
        return items_per_active_hour(self.items_done, self.active_ms)

    def break_count(self, outcome: Outcome) -> int:
        """How many breaks ended this way today."""
        return self.breaks.get(outcome.value, 0)


@dataclass(frozen=True)
class Earnings:
    """An estimate from the package's declared rate; either basis may be absent."""

    currency: str
    by_item: float | None
    by_hour: float | None


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows: all work today, the last days, and this package today."""

    today: DayStats
    days: list[DayStats]
    package_today: DayStats | None
    earnings: Earnings | None


def _local_day(stamp: str, tz: tzinfo | None) -> date:
    moment = datetime.fromisoformat(stamp)
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


def day_stats(
    workspace: Workspace, *, today: date, days: int = 7, tz: tzinfo | None = None, package_id: str | None = None
) -> list[DayStats]:
    """Figures for the `days` days ending `today` (oldest first), by local day in `tz` (None: the system's).

    With `package_id`, only that package's time and items count; breaks are the worker's, never per package.
    """
    first = today - timedelta(days=days - 1)
    start = datetime.combine(first, day_start.min)
    since = start.replace(tzinfo=tz) if tz is not None else start.astimezone()
    active: Counter[date] = Counter()
    idle: Counter[date] = Counter()
    done: Counter[date] = Counter()
    breaks: dict[date, Counter[str]] = {}
    for record in workspace.time_log(since=since):
        if package_id is None or record.package_id == package_id:
            day = _local_day(record.at, tz)
            active[day] += record.active_ms
            idle[day] += record.idle_ms
    for record in workspace.done_events(since=since):
        if package_id is None or record.package_id == package_id:
            done[_local_day(record.at, tz)] += 1
    for record in workspace.breaks(since=since):
        breaks.setdefault(_local_day(record.at, tz), Counter())[record.outcome] += 1
    out = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        out.append(DayStats(day, active[day], idle[day], done[day], dict(breaks.get(day, {}))))
    return out


def estimate_earnings(pay: PayRate | None, *, items_done: int, active_ms: int) -> Earnings | None:
    """What the declared rate would pay for this work; None if the package declares no rate."""
    if pay is None or (pay.per_item is None and pay.per_hour is None):
        return None
    return Earnings(
        currency=pay.currency,
        by_item=None if pay.per_item is None else round(pay.per_item * items_done, 2),
        by_hour=None if pay.per_hour is None else round(pay.per_hour * active_ms / 3_600_000, 2),
    )


def dashboard(
    workspace: Workspace,
    *,
    today: date,
    days: int = 7,
    tz: tzinfo | None = None,
    package_id: str | None = None,
    pay: PayRate | None = None,
) -> Dashboard:
    """All the dashboard's figures at once; earnings are for the open package's work today."""
    week = day_stats(workspace, today=today, days=days, tz=tz)
    package_today = None
    earnings = None
    if package_id is not None:
        package_today = day_stats(workspace, today=today, days=1, tz=tz, package_id=package_id)[0]
        earnings = estimate_earnings(pay, items_done=package_today.items_done, active_ms=package_today.active_ms)
    return Dashboard(today=week[-1], days=week, package_today=package_today, earnings=earnings)


def pace_today(workspace: Workspace, *, today: date, tz: tzinfo | None = None) -> float | None:
    """Today's pace over all work, exactly the dashboard's 'items per active hour' figure."""
    return day_stats(workspace, today=today, days=1, tz=tz)[0].items_per_hour

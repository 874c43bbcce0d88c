"""How progress reads in the status bar: done of total, what is left, pace and the time left at it."""

from __future__ import annotations

from annotator.core.session import Progress

# Said instead of a pace until `items_per_active_hour` has one (a few items, or a couple of minutes).
NO_PACE_YET = "pace after a few items"


def format_pace(items_per_hour: float) -> str:
    """The pace figure as both the status bar and the dashboard show it, e.g. '42.7'."""
    return f"{items_per_hour:.1f}"


def format_duration(seconds: float) -> str:
    """'1 min', '45 min', '1 hour', '2 hours 5 min'; from 10 hours on, whole hours ('82 hours')."""
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes >= 10 * 60:
        # Minutes are noise in an estimate this long.
        return f"{round(minutes / 60)} hours"
    hours, rest = divmod(minutes, 60)
    text = f"{hours} hour" if hours == 1 else f"{hours} hours"
    return text + (f" {rest} min" if rest else "")


def format_progress(progress: Progress) -> str:
    """e.g. '12 / 39 done · 2 flagged · 1 skipped · 24 items left · 41.0 items/h · about 35 min left'."""
    parts = [f"{progress.done} / {progress.total} done"]
    if progress.flagged:
        parts.append(f"{progress.flagged} flagged")
    if progress.skipped:
        parts.append(f"{progress.skipped} skipped")
    if not progress.todo:
        parts.append("nothing left to do")
        return " · ".join(parts)
    parts.append(f"{progress.todo} item left" if progress.todo == 1 else f"{progress.todo} items left")
    if progress.items_per_hour is None:
        parts.append(NO_PACE_YET)
        return " · ".join(parts)
    parts.append(f"{format_pace(progress.items_per_hour)} items/h")
    if progress.eta_seconds is not None:
        parts.append(f"about {format_duration(progress.eta_seconds)} left")
    return " · ".join(parts)

"""How progress reads in the status bar: done of total, pace and time left."""

from __future__ import annotations

from annotator.core.session import Progress


def format_duration(seconds: float) -> str:
    """'45 min' or '3 h 20 min'."""
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def format_progress(progress: Progress) -> str:
    """e.g. '12 / 39 done · 2 flagged · 1 skipped · 41 items/h · about 40 min left'."""
    parts = [f"{progress.done} / {progress.total} done"]
    if progress.flagged:
        parts.append(f"{progress.flagged} flagged")
    if progress.skipped:
        parts.append(f"{progress.skipped} skipped")
    if progress.items_per_hour is not None:
        parts.append(f"{progress.items_per_hour:.0f} items/h")
    if progress.eta_seconds is not None:
        parts.append(f"about {format_duration(progress.eta_seconds)} left")
    return " · ".join(parts)

"""How progress reads in the status bar: done of total, what is left, pace and the time left at it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from annotator.core.session import Progress
from annotator.ui.i18n import translate

# The status bar's parts are joined by this; a reader (and the translation check) takes them one by one.
SEPARATOR = " · "
# Said instead of a pace until `items_per_active_hour` has one (a few items, or a couple of minutes).
NO_PACE_YET = QT_TRANSLATE_NOOP("Progress", "pace after a few items")


def _number(value: int) -> str:
    return QLocale().toString(value)


def format_pace(items_per_hour: float) -> str:
    """The pace figure as both the status bar and the dashboard show it, e.g. '42.7' ('42,7' in Italian)."""
    return QLocale().toString(float(items_per_hour), "f", 1)


def format_duration(seconds: float) -> str:
    """'1 min', '45 min', '1 hour', '2 hours 5 min'; from 10 hours on, whole hours ('82 hours')."""
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return translate("Progress", "{minutes} min").format(minutes=_number(minutes))
    if minutes >= 10 * 60:
        # Minutes are noise in an estimate this long.
        return translate("Progress", "{hours} hours").format(hours=_number(round(minutes / 60)))
    hours, rest = divmod(minutes, 60)
    # One and many, chosen here: English, Italian and German all have just these two forms.
    if rest:
        if hours == 1:
            return translate("Progress", "1 hour {minutes} min").format(minutes=_number(rest))
        return translate("Progress", "{hours} hours {minutes} min").format(hours=_number(hours), minutes=_number(rest))
    if hours == 1:
        return translate("Progress", "1 hour")
    return translate("Progress", "{hours} hours").format(hours=_number(hours))


def format_progress(progress: Progress) -> str:
    """e.g. '12 / 39 done · 2 flagged · 1 skipped · 24 items left · 41.0 items/h · about 35 min left'."""
    parts = [
        translate("Progress", "{done} / {total} done").format(
            done=_number(progress.done), total=_number(progress.total)
        )
    ]
    if progress.flagged == 1:
        parts.append(translate("Progress", "1 flagged"))
    elif progress.flagged:
        parts.append(translate("Progress", "{count} flagged").format(count=_number(progress.flagged)))
    if progress.skipped == 1:
        parts.append(translate("Progress", "1 skipped"))
    elif progress.skipped:
        parts.append(translate("Progress", "{count} skipped").format(count=_number(progress.skipped)))
    if not progress.todo:
        parts.append(translate("Progress", "nothing left to do"))
        return SEPARATOR.join(parts)
    if progress.todo == 1:
        parts.append(translate("Progress", "1 item left"))
    else:
        parts.append(translate("Progress", "{count} items left").format(count=_number(progress.todo)))
    if progress.items_per_hour is None:
        parts.append(translate("Progress", NO_PACE_YET))
        return SEPARATOR.join(parts)
    parts.append(translate("Progress", "{pace} items/h").format(pace=format_pace(progress.items_per_hour)))
    if progress.eta_seconds is not None:
        parts.append(
            translate("Progress", "about {duration} left").format(duration=format_duration(progress.eta_seconds))
        )
    return SEPARATOR.join(parts)

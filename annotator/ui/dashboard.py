"""The worker's own dashboard: today's active time, items, pace, breaks, estimated pay, and the last 7 days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from annotator.core.activity_stats import Dashboard, DayStats, Earnings, dashboard
from annotator.core.breaks import Outcome
from annotator.core.model import PayRate
from annotator.core.workspace import Workspace
from annotator.ui.i18n import translate
from annotator.ui.theme import tone
from annotator.ui.widgets.progress import format_pace


def format_hours(milliseconds: int) -> str:
    """'0 min', '42 min' or '3 h 05 min'."""
    minutes = milliseconds // 60_000
    if minutes < 60:
        return translate("DashboardDialog", "{minutes} min").format(minutes=QLocale().toString(minutes))
    hours = QLocale().toString(minutes // 60)
    return translate("DashboardDialog", "{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes % 60:02d}")


def format_earnings(earnings: Earnings | None) -> str:
    """'USD 1.20 by item · USD 6.00 by hour', or why there is no estimate."""
    if earnings is None:
        return translate("DashboardDialog", "This package declares no pay rate.")
    locale, currency = QLocale(), earnings.currency  # the currency code as the package declares it
    by_item = None if earnings.by_item is None else locale.toString(float(earnings.by_item), "f", 2)
    by_hour = None if earnings.by_hour is None else locale.toString(float(earnings.by_hour), "f", 2)
    if by_item is not None and by_hour is not None:
        text = translate("DashboardDialog", "{currency} {by_item} by item · {currency} {by_hour} by active hour")
    elif by_item is not None:
        text = translate("DashboardDialog", "{currency} {by_item} by item")
    elif by_hour is not None:
        text = translate("DashboardDialog", "{currency} {by_hour} by active hour")
    else:
        return ""
    return text.format(currency=currency, by_item=by_item, by_hour=by_hour)


class WeekChart(QWidget):
    """Bars of active time per day, today on the right, drawn with QPainter."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("dash_chart")
        self.setMinimumSize(420, 180)
        self._days: list[DayStats] = []

    def set_days(self, days: list[DayStats]) -> None:
        """The days to draw, oldest first."""
        self._days = list(days)
        self.update()

    def hours(self) -> list[float]:
        """Active hours per day as drawn (for tests and accessibility)."""
        return [day.active_ms / 3_600_000 for day in self._days]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(palette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        label_h = metrics.height() + 4
        axis_w = metrics.horizontalAdvance(self.tr("{hours} h").format(hours="00")) + 8
        area = QRectF(self.rect()).adjusted(axis_w, label_h + 4, -8, -label_h - 4)
        count = max(1, len(self._days))
        top = max([1.0, *self.hours()])
        # Round the scale up to whole hours so the bars read against the grid lines.
        scale = float(int(top) + (0 if top == int(top) else 1))
        grid = QPen(QColor(text_color.red(), text_color.green(), text_color.blue(), 50))
        painter.setPen(grid)
        for hour in range(int(scale) + 1):
            y = area.bottom() - area.height() * hour / scale
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            if hour:
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(0, y - label_h / 2, axis_w - 6, label_h),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    self.tr("{hours} h").format(hours=QLocale().toString(hour)),
                )
                painter.setPen(grid)
        slot = area.width() / count
        for index, day in enumerate(self._days):
            hours = day.active_ms / 3_600_000
            height = area.height() * hours / scale
            bar = QRectF(area.left() + index * slot + slot * 0.2, area.bottom() - height, slot * 0.6, height)
            today = index == len(self._days) - 1
            # Painted in the theme in force: a switch repaints the chart in the other theme's tones.
            painter.fillRect(bar, tone("bar_today" if today else "bar"))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(area.left() + index * slot, area.bottom() + 4, slot, label_h),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("today")
                if today
                else QLocale().toString(QDate(day.day.year, day.day.month, day.day.day), "ddd dd"),
            )
            if day.active_ms:
                painter.drawText(
                    QRectF(area.left() + index * slot, bar.top() - label_h, slot, label_h),
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("{hours} h").format(hours=QLocale().toString(hours, "f", 1)),
                )
        painter.end()


class DashboardDialog(QDialog):
    """Figures computed from the private logs in the workspace; nothing here leaves the machine."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        package: Callable[[], tuple[str, PayRate | None] | None],
        before_refresh: Callable[[], None] = lambda: None,
        today: Callable[[], date] = date.today,
        parent: Any = None,
    ):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.setWindowTitle(self.tr("Your day"))
        self._workspace = workspace
        self._package = package
        self._before_refresh = before_refresh
        self._today = today
        self.figures: Dashboard | None = None
        form = QFormLayout()
        self.active_label = self._value("dash_active")
        self.items_label = self._value("dash_items")
        self.pace_label = self._value("dash_pace")
        self.breaks_label = self._value("dash_breaks")
        self.earnings_label = self._value("dash_earnings")
        for caption, label in (
            (self.tr("Active time today"), self.active_label),
            (self.tr("Items done today"), self.items_label),
            (self.tr("Items per active hour"), self.pace_label),
            (self.tr("Breaks today"), self.breaks_label),
            (self.tr("Estimated pay (this package, today)"), self.earnings_label),
        ):
            form.addRow(caption, label)
        self.chart = WeekChart()
        note = QLabel(
            self.tr(
                "Only for you: these figures come from this computer's private log and are never exported. "
                "Active time counts input in the app, with a minute of grace for reading; no screenshots, "
                "no key content."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("dash_note")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Active time, last 7 days")))
        layout.addWidget(self.chart, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _value(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def refresh(self) -> Dashboard:
        """Recompute every figure from the logs and show it."""
        self._before_refresh()
        current = self._package()
        package_id, pay = current if current is not None else (None, None)
        figures = dashboard(self._workspace, today=self._today(), package_id=package_id, pay=pay)
        self.figures = figures
        today = figures.today
        self.active_label.setText(format_hours(today.active_ms))
        self.items_label.setText(QLocale().toString(today.items_done))
        # The same figure, formatted the same way, as the status bar's items/h.
        pace = today.items_per_hour
        self.pace_label.setText(self.tr("— (after a few items)") if pace is None else format_pace(pace))
        counts = {outcome: QLocale().toString(today.break_count(outcome)) for outcome in Outcome}
        self.breaks_label.setText(
            self.tr("{taken} taken · {natural} natural · {postponed} postponed · {skipped} skipped").format(
                taken=counts[Outcome.TAKEN],
                natural=counts[Outcome.NATURAL],
                postponed=counts[Outcome.POSTPONED],
                skipped=counts[Outcome.SKIPPED],
            )
        )
        self.earnings_label.setText(
            self.tr("No package open.") if package_id is None else format_earnings(figures.earnings)
        )
        self.chart.set_days(figures.days)
        return figures

"""A painted waveform strip: peaks of the visible range, segments, a playhead; the detail one is editable."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from annotator.core import segments as seg_ops

EDGE_REACH_PX = 5  # how close to a segment edge a press grabs the edge
CLICK_PX = 4  # a press that moves less than this is a click (seek), not a drag (new segment)
MIN_SPAN = 0.5  # seconds: the deepest zoom of the detail view

BACKGROUND = QColor("#1e2227")
WAVE = QColor("#5fb3f9")
SEGMENT = QColor(255, 196, 0, 48)
SEGMENT_SELECTED = QColor(255, 196, 0, 110)
EDGE = QColor("#ffc400")
PLAYHEAD = QColor("#ff4d4d")
TEXT = QColor("#c8ccd2")
WINDOW = QColor(255, 255, 255, 40)


def format_clock(seconds: float) -> str:
    """m:ss for ruler ticks and the time display (h:mm:ss from one hour)."""
    whole = int(max(seconds, 0.0))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_tick(tenths: int, *, with_tenths: bool) -> str:
    """A ruler label for a time given in whole tenths of a second: m:ss, or m:ss.t on fine rulers."""
    clock = format_clock(tenths // 10)
    return f"{clock}.{tenths % 10}" if with_tenths else clock


def _tick_step(span: float, width: int) -> float:
    # Roughly one labelled tick per 90 px, on a 1-2-5 ladder.
    target = span / max(width / 90, 1)
    for step in (0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600):
        if step >= target:
            return float(step)
    return 7200.0


class WaveformView(QWidget):
    """Shows `[view_start, view_start + view_span]` of a file. The overview (editable=False) shows the
    whole file and the detail window; the detail view also draws segments and moves their edges."""

    seek_requested = Signal(float)
    segment_drawn = Signal(float, float)  # press time, release time
    edge_moved = Signal(int, str, float)  # segment index, "start" | "end", time
    segment_clicked = Signal(int)  # index, or -1 for a click on no segment
    view_changed = Signal(float, float)  # start, span

    def __init__(self, *, editable: bool, parent: Any = None):
        super().__init__(parent)
        self.editable = editable
        self.setObjectName("waveform_detail" if editable else "waveform_overview")
        # Clicking the waveform seeks; the keyboard stays in the text box.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(editable)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(140 if editable else 48)
        self._peaks: Any = None
        self._duration = 0.0
        self._segments: list[dict[str, Any]] = []
        self._selected: int | None = None
        self._playhead = 0.0
        self.view_start = 0.0
        self.view_span = 10.0
        self._window: tuple[float, float] | None = None
        self._wave_cache: tuple[tuple, QPolygonF] | None = None
        self._press_x: float | None = None
        self._gesture: tuple[str, int, str] | None = None  # ("draw", -1, "") or ("edge", index, edge)
        self._drag_time = 0.0

    # -- state ----------------------------------------------------------------------------------

    def set_duration(self, duration: float) -> None:
        """The file's length; the overview shows all of it, the detail view up to 10 s to start."""
        self._duration = max(duration, 0.0)
        span = self._duration if not self.editable else min(self._duration, 10.0)
        self.set_view(0.0, span or 10.0)

    def set_peaks(self, peaks: Any) -> None:
        """The file's peaks (a `Peaks`), or None while they are being computed."""
        self._peaks = peaks
        self._wave_cache = None
        self.update()

    def set_segments(self, segments: list[dict[str, Any]], selected: int | None) -> None:
        """The segments to draw and which one is selected."""
        self._segments = segments
        self._selected = selected
        self.update()

    @property
    def playhead(self) -> float:
        """Where the playhead is drawn, in seconds."""
        return self._playhead

    def set_playhead(self, seconds: float) -> None:
        """Where playback is; repaints only if it moved a pixel."""
        if abs(self._x_at(seconds) - self._x_at(self._playhead)) >= 0.5 or seconds == 0.0:
            self._playhead = seconds
            self.update()
        else:
            self._playhead = seconds

    def set_window(self, start: float, span: float) -> None:
        """The overview's mark of what the detail view shows."""
        self._window = (start, span)
        self.update()

    def set_view(self, start: float, span: float) -> None:
        """Show `span` seconds from `start`, kept inside the file."""
        span = max(min(span, self._duration or span), min(MIN_SPAN, self._duration or MIN_SPAN))
        start = min(max(start, 0.0), max(self._duration - span, 0.0))
        if (start, span) != (self.view_start, self.view_span):
            self.view_start, self.view_span = start, span
            self._wave_cache = None
            self.update()
            self.view_changed.emit(start, span)

    def zoom_by(self, factor: float, *, around: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping `around` (default: the playhead) in place."""
        anchor = self._playhead if around is None else around
        span = self.view_span / factor
        ratio = (anchor - self.view_start) / self.view_span if self.view_span else 0.5
        self.set_view(anchor - ratio * span, span)

    def follow(self, seconds: float) -> None:
        """Page the view so the playhead stays visible while playing."""
        if not self.view_start <= seconds <= self.view_start + self.view_span * 0.95:
            self.set_view(seconds - self.view_span * 0.05, self.view_span)

    def time_at(self, x: float) -> float:
        """The time under a widget x coordinate."""
        width = max(self.width(), 1)
        return self.view_start + (x / width) * self.view_span

    def _x_at(self, seconds: float) -> float:
        return (seconds - self.view_start) / (self.view_span or 1.0) * self.width()

    def ruler_ticks(self) -> list[tuple[float, str]]:
        """The detail view's ruler: (x, label) of each tick in view, left to right."""
        if not self.editable:
            return []
        # Counted in whole tenths, never by adding a float step: ten additions of 0.2 make 1.9999999999999998,
        # which a truncating clock showed as "0:01.0" at 2.0 s.
        step = max(round(_tick_step(self.view_span, self.width()) * 10), 1)
        tick = math.floor(self.view_start * 10 / step) * step
        last = math.floor((self.view_start + self.view_span) * 10 + 1e-6)
        ticks = []
        while tick <= last:
            ticks.append((self._x_at(tick / 10), format_tick(tick, with_tenths=step < 10)))
            tick += step
        return ticks

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        ruler = 16 if self.editable else 0
        wave_rect = QRectF(0, 0, self.width(), self.height() - ruler)
        self._paint_segments(painter, wave_rect)
        self._paint_wave(painter, wave_rect)
        if self._window is not None and not self.editable:
            start, span = self._window
            painter.fillRect(
                QRectF(self._x_at(start), 0, max(self._x_at(start + span) - self._x_at(start), 2), self.height()),
                WINDOW,
            )
        if self.editable:
            self._paint_ruler(painter, ruler)
            self._paint_draft(painter, wave_rect)
        x = self._x_at(self._playhead)
        painter.setPen(QPen(PLAYHEAD, 2))
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.end()

    def _paint_wave(self, painter: QPainter, rect: QRectF) -> None:
        if self._peaks is None or self._duration <= 0:
            painter.setPen(TEXT)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter, self.tr("Computing waveform…") if self._duration else ""
            )
            return
        key = (id(self._peaks), self.view_start, self.view_span, self.width(), rect.height())
        if self._wave_cache is None or self._wave_cache[0] != key:
            self._wave_cache = (key, self._wave_polygon(rect))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(WAVE, 1))
        painter.setBrush(WAVE)
        painter.drawPolygon(self._wave_cache[1])

    def _wave_polygon(self, rect: QRectF) -> QPolygonF:
        # Only the visible range is asked for, one column per pixel, so the cost is flat in file length.
        end = min(self.view_start + self.view_span, self._duration)
        columns = max(int(math.ceil(self._x_at(end))), 1)
        mins, maxs = self._peaks.envelope(start=self.view_start, end=end, columns=columns)
        middle, half = rect.center().y(), rect.height() / 2 * 0.95
        tops = middle - maxs.astype(float) * half
        bottoms = middle - mins.astype(float) * half
        points = [QPointF(x + 0.5, y) for x, y in enumerate(tops.tolist())]
        points += [QPointF(x + 0.5, y + 1) for x, y in reversed(list(enumerate(bottoms.tolist())))]
        return QPolygonF(points)

    def _shown_segments(self) -> list[dict[str, Any]]:
        # During an edge drag the dragged segment is drawn where the release would put it.
        if self._gesture is None or self._gesture[0] != "edge":
            return self._segments
        _, index, edge = self._gesture
        moved = seg_ops.move_edge(
            {"segments": self._segments}, index=index, edge=edge, to=self._drag_time, duration=self._duration
        )
        return moved["segments"]

    def _paint_segments(self, painter: QPainter, rect: QRectF) -> None:
        view_end = self.view_start + self.view_span
        for index, seg in enumerate(self._shown_segments()):
            if seg["end"] < self.view_start or seg["start"] > view_end:
                continue
            left, right = self._x_at(seg["start"]), self._x_at(seg["end"])
            selected = index == self._selected
            painter.fillRect(
                QRectF(left, rect.top(), right - left, rect.height()), SEGMENT_SELECTED if selected else SEGMENT
            )
            if self.editable:
                painter.setPen(QPen(EDGE, 2 if selected else 1))
                painter.drawLine(QPointF(left, rect.top()), QPointF(left, rect.bottom()))
                painter.drawLine(QPointF(right, rect.top()), QPointF(right, rect.bottom()))
                label = f"{index + 1}" + (f" · {seg['speaker']}" if seg.get("speaker") else "")
                painter.setPen(TEXT)
                painter.drawText(QRectF(left + 4, rect.top() + 2, max(right - left - 6, 0), 16), label)

    def _paint_ruler(self, painter: QPainter, height: int) -> None:
        top = self.height() - height
        painter.fillRect(QRectF(0, top, self.width(), height), BACKGROUND.darker(130))
        painter.setPen(TEXT)
        for x, label in self.ruler_ticks():
            painter.drawLine(QPointF(x, top), QPointF(x, top + 4))
            if x + painter.fontMetrics().horizontalAdvance(label) + 3 <= self.width():  # no clipped last label
                painter.drawText(QPointF(x + 3, self.height() - 3), label)

    def _paint_draft(self, painter: QPainter, rect: QRectF) -> None:
        if self._gesture is None or self._gesture[0] != "draw" or self._press_x is None:
            return
        left, right = sorted((self._press_x, self._x_at(self._drag_time)))
        painter.fillRect(QRectF(left, rect.top(), right - left, rect.height()), SEGMENT_SELECTED)

    # -- mouse ----------------------------------------------------------------------------------

    def _edge_near(self, x: float) -> tuple[int, str] | None:
        # The selected segment's edges win, so touching neighbours stay separately reachable.
        order = list(range(len(self._segments)))
        if self._selected is not None and self._selected in order:
            order.remove(self._selected)
            order.insert(0, self._selected)
        for index in order:
            seg = self._segments[index]
            for edge in ("start", "end"):
                if abs(self._x_at(seg[edge]) - x) <= EDGE_REACH_PX:
                    return index, edge
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._duration <= 0:
            return
        x = event.position().x()
        if not self.editable:
            self.seek_requested.emit(min(max(self.time_at(x), 0.0), self._duration))
            return
        self._press_x = x
        self._drag_time = self.time_at(x)
        edge = self._edge_near(x)
        self._gesture = ("edge", edge[0], edge[1]) if edge else ("draw", -1, "")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._gesture is None:
            near = self.editable and self._edge_near(x) is not None
            self.setCursor(Qt.CursorShape.SizeHorCursor if near else Qt.CursorShape.ArrowCursor)
            return
        self._drag_time = self.time_at(x)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._gesture is None or self._press_x is None:
            return
        x = event.position().x()
        kind, index, edge = self._gesture
        moved = abs(x - self._press_x) >= CLICK_PX
        press_time = self.time_at(self._press_x)
        self._gesture, self._press_x = None, None
        self.update()
        release_time = self.time_at(x)
        if kind == "edge" and moved:
            self.edge_moved.emit(index, edge, release_time)
        elif kind == "draw" and moved:
            self.segment_drawn.emit(press_time, release_time)
        else:
            clicked = min(max(release_time, 0.0), self._duration)
            self.seek_requested.emit(clicked)
            hit = seg_ops.segment_at({"segments": self._segments}, clicked)
            self.segment_clicked.emit(-1 if hit is None else hit)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.editable:
            return
        steps = event.angleDelta().y() / 120
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25**steps, around=self.time_at(event.position().x()))
        else:
            self.set_view(self.view_start - steps * self.view_span * 0.1, self.view_span)
        event.accept()

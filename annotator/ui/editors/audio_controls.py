"""Playback controls: play/pause, time, speed, volume, loop, auto-rewind, and the "no audio" banner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.segments import format_timestamp
from annotator.ui.widgets.flow_layout import FlowLayout

VOLUME_MIN_WIDTH = 90  # px: below this a 0-200 % slider cannot be set by mouse with any precision
ICON_SIZE = QSize(18, 18)


def _group(*widgets: QWidget) -> QWidget:
    """Widgets side by side that a wrapping row keeps on one line."""
    group = QWidget()
    layout = QHBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return group


def _unfocused(widget: QWidget) -> QWidget:
    # The keyboard belongs to the transcript; controls are for the mouse (every one has a key too).
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


class AudioControls(QWidget):
    """Buttons and values only: the editor owns the player and tells this widget what to show."""

    play_clicked = Signal()
    speed_changed = Signal(float)
    volume_changed = Signal(float)
    loop_toggled = Signal(bool)
    auto_rewind_changed = Signal(float)
    retry_clicked = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("audio_controls")
        self.banner = QFrame()
        self.banner.setObjectName("audio_banner")
        self.banner.setStyleSheet("#audio_banner{background:#fff3cd;border-radius:4px;} QLabel{color:#5c4400;}")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("audio_banner_text")
        self.banner_text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("audio_retry")
        self.retry_button.clicked.connect(self.retry_clicked)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.retry_button)
        self.banner.hide()

        # Icons, not text glyphs: the media symbols (U+23F8 and friends) are missing from common fonts
        # (DejaVu among them) and showed as empty boxes.
        style = self.style()
        self._play_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self._pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self.play_button = _unfocused(QToolButton())
        self.play_button.setObjectName("audio_play")
        self.play_button.setIconSize(ICON_SIZE)
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.play_button.clicked.connect(self.play_clicked)
        self.time_label = QLabel()
        self.time_label.setObjectName("audio_time")
        self.time_label.setAccessibleName(self.tr("Playback position"))
        self.speed = _unfocused(QDoubleSpinBox())
        self.speed.setObjectName("audio_speed")
        self.speed.setRange(0.5, 2.0)
        self.speed.setSingleStep(0.1)
        self.speed.setDecimals(2)
        self.speed.setSuffix("×")
        self.speed.setValue(1.0)
        self.speed.setToolTip(self.tr("Speed, pitch kept (F3 slower, F4 faster)"))
        self.speed.setAccessibleName(self.tr("Speed"))
        self.speed.valueChanged.connect(self.speed_changed)
        self.volume = _unfocused(QSlider(Qt.Orientation.Horizontal))
        self.volume.setObjectName("audio_volume")
        self.volume.setRange(0, 200)
        self.volume.setValue(100)
        self.volume.setMinimumWidth(VOLUME_MIN_WIDTH)
        self.volume.setMaximumWidth(160)
        self.volume.setToolTip(self.tr("Volume (F5 down, F6 up)"))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.valueChanged.connect(lambda value: self.volume_changed.emit(value / 100))
        self.loop = _unfocused(QToolButton())
        self.loop.setObjectName("audio_loop")
        self.loop.setText(self.tr("Loop"))  # a word, no symbol: its pressed look says it is on
        self.loop.setCheckable(True)
        self.loop.setToolTip(self.tr("Loop the selected segment (Ctrl+L)"))
        self.loop.setAccessibleName(self.tr("Loop the selected segment"))
        self.loop.toggled.connect(self.loop_toggled)
        self.rewind = _unfocused(QDoubleSpinBox())
        self.rewind.setObjectName("audio_auto_rewind")
        self.rewind.setRange(0.0, 3.0)
        self.rewind.setSingleStep(0.5)
        self.rewind.setDecimals(1)
        self.rewind.setSuffix(" s")
        self.rewind.setToolTip(self.tr("On resume, play again from this much earlier"))
        self.rewind.setAccessibleName(self.tr("Rewind on resume"))
        self.rewind.valueChanged.connect(self.auto_rewind_changed)

        # A caption stays beside its control; the groups wrap to a second line when a long translation or
        # a narrow window (both side panels open on a 1024 px screen) leaves too little width for one.
        rewind_caption = QLabel(self.tr("Rewind"))
        rewind_caption.setToolTip(self.tr("Rewind on resume: playing again after a pause starts this much earlier"))
        row = FlowLayout(spacing=6, line_spacing=4)
        for group in (
            (self.play_button, self.time_label),
            (QLabel(self.tr("Speed")), self.speed),
            (QLabel(self.tr("Volume")), self.volume),
            (self.loop,),
            (rewind_caption, self.rewind),
        ):
            row.addWidget(_group(*group))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        self._playback = (self.play_button, self.speed, self.volume, self.loop, self.rewind)
        self.set_playing(False)

    def set_availability(self, ok: bool, reason: str) -> None:
        """Enable playback, or disable it and show why with a Retry button."""
        for widget in self._playback:
            widget.setEnabled(ok)
        self.banner_text.setText(reason)
        self.banner.setVisible(not ok)

    def set_playing(self, playing: bool) -> None:
        """Show pause while playing, play otherwise."""
        self.play_button.setIcon(self._pause_icon if playing else self._play_icon)
        self.play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setToolTip(
            self.tr("Pause (Esc, Ctrl+Space, F9)") if playing else self.tr("Play (Esc, Ctrl+Space, F9)")
        )

    def set_time(self, position: float, duration: float | None) -> None:
        """Show where playback is, and the file's length once known."""
        total = "…" if duration is None else format_timestamp(duration).strip("[]")
        self.time_label.setText(f"{format_timestamp(position).strip('[]')} / {total}")
        # Wide enough for the longest text this file can show (digits are equally wide), so the row does
        # not shift as the time runs, yet no wider: in a narrow window the volume slider needs the room.
        longest = total if len(total) > len("00:00.0") else "00:00.0"
        widest = "".join("0" if c.isdigit() else c for c in f"{longest} / {longest}")
        self.time_label.setMinimumWidth(self.time_label.fontMetrics().horizontalAdvance(widest) + 8)

    def show_values(self, *, speed: float, volume: float, auto_rewind: float, loop: bool) -> None:
        """Show the player's settings without reporting them back as changes."""
        for widget, value in (
            (self.speed, speed),
            (self.volume, round(volume * 100)),
            (self.rewind, auto_rewind),
            (self.loop, loop),
        ):
            widget.blockSignals(True)
            if widget is self.loop:
                self.loop.setChecked(bool(value))
            else:
                widget.setValue(value)
            widget.blockSignals(False)

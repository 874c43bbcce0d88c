"""The break screen over the main window (countdown, a suggestion, keys), and the tray notification."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QSystemTrayIcon, QVBoxLayout, QWidget

from annotator.core.breaks import BreakKind
from annotator.ui.i18n import translate

# English here, translated where shown (suggestion(), title()); the markers let lupdate find them.
SUGGESTIONS = {
    BreakKind.MICRO: QT_TRANSLATE_NOOP(
        "BreakOverlay", "Look away from the screen, at something far away. Blink a few times."
    ),
    BreakKind.REST: QT_TRANSLATE_NOOP(
        "BreakOverlay", "Stand up, stretch your back and shoulders, walk a little, drink some water."
    ),
    BreakKind.DAILY: QT_TRANSLATE_NOOP(
        "BreakOverlay", "You reached the daily limit you set yourself. Everything is saved."
    ),
}
TITLES = {
    BreakKind.MICRO: QT_TRANSLATE_NOOP("BreakOverlay", "Micro-break"),
    BreakKind.REST: QT_TRANSLATE_NOOP("BreakOverlay", "Rest break"),
    BreakKind.DAILY: QT_TRANSLATE_NOOP("BreakOverlay", "Time to stop for today"),
}
# Keys typed in the first moment after the screen appears were meant for the work behind it.
KEY_GRACE_S = 1.5
# How often the key hint looks whether the grace is over (it reads the injected clock).
_GRACE_CHECK_MS = 100
_TEXT_COLOR = "#f4f4f4"
# Greyed: the keys shown are not live yet. Still legible on the dark screen.
_WAITING_COLOR = "#8b949e"
# Room at the sides, so wrapped advice never runs to the screen's edge.
_SIDE_MARGIN = 48
# The advice is read, not scanned: lines of about this many characters, however wide the screen.
_READING_CHARS = 72


def title(kind: BreakKind) -> str:
    """A break's name, in the UI's language: 'Micro-break', 'Rest break', 'Time to stop for today'."""
    return translate("BreakOverlay", TITLES[kind])


def suggestion(kind: BreakKind) -> str:
    """What to do in a break of this kind, in the UI's language."""
    return translate("BreakOverlay", SUGGESTIONS[kind])


def keys_hint(*, can_postpone: bool, ends_by_itself: bool) -> str:
    """The break screen's keys: P to postpone (unless done once), Esc to skip, or wait for a break that ends."""
    # Whole sentences, not pieces: a translation may order and space them as its language needs.
    if can_postpone and ends_by_itself:
        return translate("BreakOverlay", "P  postpone once   ·   Esc  skip   ·   or just wait")
    if can_postpone:
        return translate("BreakOverlay", "P  postpone once   ·   Esc  skip")
    if ends_by_itself:
        return translate("BreakOverlay", "postponed once already   ·   Esc  skip   ·   or just wait")
    return translate("BreakOverlay", "postponed once already   ·   Esc  skip")


def format_countdown(seconds: float) -> str:
    """'0:20' or '4:59', rounded up so the screen never shows 0:00 while still on."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


class BreakOverlay(QWidget):
    """Covers its parent window while a break is on. P postpones, Esc skips; the OS always wins.

    For KEY_GRACE_S after it appears, keys are ignored (they were typed at the work behind it); the
    key hints are greyed with a countdown until then, and `keys_enabled` is emitted when they work.
    """

    keys_enabled = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        on_postpone: Callable[[], None],
        on_skip: Callable[[], None],
        now_s: Callable[[], float],
    ):
        super().__init__(parent)
        self.setObjectName("break_overlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)
        self._on_postpone = on_postpone
        self._on_skip = on_skip
        self._now_s = now_s
        self._shown_at = 0.0
        self._kind = BreakKind.MICRO
        self._can_postpone = True
        self._keys_hint = ""
        self._keys_are_live = True
        self._return_focus: QWidget | None = None
        self.title = self._label("break_title", 28, bold=True)
        self.countdown = self._label("break_countdown", 64, bold=True)
        self.suggestion = self._label("break_suggestion", 16)
        self.keys = self._label("break_keys", 12)
        self.keys.setStyleSheet(f"QLabel {{ color: {_TEXT_COLOR}; }} QLabel:disabled {{ color: {_WAITING_COLOR}; }}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(_SIDE_MARGIN, 24, _SIDE_MARGIN, 24)
        self._layout.addStretch(2)
        for label in (self.title, self.countdown, self.suggestion, self.keys):
            # Full width, text centred by the label: a label centred by the layout gets the height
            # for the full width but only its own narrower width, and wrapped advice was cut off.
            # The column is kept to a reading width by the side margins instead (resizeEvent).
            label.setWordWrap(True)
            self._layout.addWidget(label)
        self._layout.addStretch(3)
        self._grace_timer = QTimer(self)
        self._grace_timer.setInterval(_GRACE_CHECK_MS)
        self._grace_timer.timeout.connect(self._refresh_keys)
        parent.installEventFilter(self)
        self.hide()

    def _label(self, name: str, points: int, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = label.font()
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        label.setStyleSheet(f"color: {_TEXT_COLOR};")
        return label

    @property
    def kind(self) -> BreakKind:
        """The break on screen."""
        return self._kind

    def show_break(self, kind: BreakKind, *, seconds_left: float | None, can_postpone: bool) -> None:
        """Cover the window; remember where the keyboard was so work resumes there."""
        self._kind = kind
        self._can_postpone = can_postpone
        self._shown_at = self._now_s()
        focus = QApplication.focusWidget()
        self._return_focus = focus if focus is not None and focus is not self else None
        self.title.setText(title(kind))
        self.suggestion.setText(suggestion(kind))
        self._keys_hint = keys_hint(can_postpone=can_postpone, ends_by_itself=kind is not BreakKind.DAILY)
        self._keys_are_live = False
        self._refresh_keys()
        self._grace_timer.start()
        self.update_countdown(seconds_left)
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_countdown(self, seconds_left: float | None) -> None:
        """Show the time left (nothing for the daily limit, which has no end of its own)."""
        self.countdown.setText("" if seconds_left is None else format_countdown(seconds_left))
        self.countdown.setVisible(seconds_left is not None)

    def end_break(self) -> None:
        """Uncover the window and give the keyboard back to where it was."""
        self._grace_timer.stop()
        self.hide()
        target = self._return_focus
        self._return_focus = None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_keys(self) -> None:
        left = KEY_GRACE_S - (self._now_s() - self._shown_at)
        if left > 0:
            self.keys.setEnabled(False)
            waiting = self.tr("{keys}   (keys in {seconds} s…)")
            self.keys.setText(waiting.format(keys=self._keys_hint, seconds=QLocale().toString(math.ceil(left))))
            return
        self._grace_timer.stop()
        self.keys.setEnabled(True)
        self.keys.setText(self._keys_hint)
        if not self._keys_are_live:
            self._keys_are_live = True
            self.keys_enabled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The grace may have ended since the last check: the hint and the keys agree either way.
        self._refresh_keys()
        if not self._keys_are_live:
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self._on_skip()
        elif event.key() == Qt.Key.Key_P and self._can_postpone:
            self._on_postpone()
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Wide screens get wide margins, so the advice wraps at a reading width in the middle.
        reading = self.suggestion.fontMetrics().averageCharWidth() * _READING_CHARS
        side = max(_SIDE_MARGIN, (event.size().width() - reading) // 2)
        if self._layout.contentsMargins().left() != side:
            self._layout.setContentsMargins(side, 24, side, 24)
            # The layout already placed the labels for this size: place them again now, not at the next turn.
            self._layout.activate()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(24, 32, 40, 235))
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Follow the window's size: the overlay is a child, not a layout member.
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


class Notifier:
    """Desktop notifications through the system tray, when there is one; otherwise silent."""

    def __init__(self, parent: QWidget):
        self._parent = parent
        self._tray: QSystemTrayIcon | None = None

    @property
    def available(self) -> bool:
        """Whether this desktop has a system tray to notify through."""
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def notify(self, title: str, text: str) -> bool:
        """Show a notification; False if the desktop offers no way to."""
        if not self.available:
            return False
        if self._tray is None:
            icon = self._parent.windowIcon()
            if icon.isNull():
                icon = self._parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self._parent)
            self._tray.setToolTip("annotator")
            self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        return True


def notification_text(kind: BreakKind, length_s: float | None) -> tuple[str, str]:
    """Title and text of the notification for a break that just started."""
    if length_s is None:
        return title(kind), suggestion(kind)
    return f"{title(kind)}: {format_countdown(length_s)}", suggestion(kind)

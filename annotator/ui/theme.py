"""Light and dark themes (Fusion palettes), "system" following the platform's colour scheme, and the app's font size."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

THEME_SETTING = "ui.theme"
FONT_SIZE_SETTING = "ui.font_size"
# (code, name shown): the names are English here; whoever shows them translates them in the "Theme" context.
THEMES: tuple[tuple[str, str], ...] = (
    ("system", QT_TRANSLATE_NOOP("Theme", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("Theme", "Light")),
    ("dark", QT_TRANSLATE_NOOP("Theme", "Dark")),
)
DEFAULT_THEME = "system"
FONT_SIZES = (0, *range(7, 25))  # points; 0 is the platform's own size
MIN_FONT_SIZE, MAX_FONT_SIZE = 7, 24

_Role, _Group = QPalette.ColorRole, QPalette.ColorGroup

# Contrast checked against WCAG AA for body text (>= 4.5:1) on Window and Base.
_DARK = {
    _Role.Window: "#2d2f33",
    _Role.WindowText: "#e6e6e6",
    _Role.Base: "#1e1f22",
    _Role.AlternateBase: "#282a2e",
    _Role.ToolTipBase: "#3c3f44",
    _Role.ToolTipText: "#e6e6e6",
    _Role.PlaceholderText: "#9aa0a8",
    _Role.Text: "#e6e6e6",
    _Role.Button: "#383b40",
    _Role.ButtonText: "#e6e6e6",
    _Role.BrightText: "#ff6b6b",
    _Role.Light: "#4d5056",
    _Role.Midlight: "#41444a",
    _Role.Mid: "#26282b",
    _Role.Dark: "#1b1c1f",
    _Role.Shadow: "#0d0d0e",
    _Role.Link: "#6cb4ff",
    _Role.LinkVisited: "#c39bff",
    _Role.Highlight: "#3d7edb",
    _Role.HighlightedText: "#ffffff",
}
_DARK_DISABLED = {
    _Role.WindowText: "#80848b",
    _Role.Text: "#80848b",
    _Role.ButtonText: "#80848b",
    _Role.Highlight: "#4d5056",
    _Role.HighlightedText: "#c0c0c0",
}

_state: dict[str, Any] = {
    "choice": None,
    "base_font": None,
    "following": False,
    "platform_palette": None,
    "signals": None,  # the _ThemeSignals the keepers listen to, made with the first
}


def dark_palette() -> QPalette:
    """The dark theme: light text on dark greys, a blue highlight."""
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(_Group.Disabled, role, QColor(color))
    return palette


def light_palette() -> QPalette:
    """The light theme: Fusion's own palette."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def system_is_dark() -> bool:
    """Whether the platform says its colour scheme is dark (Qt 6.5+; unknown counts as light)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether a palette (by default the app's) is a dark one: its window colour is darker than mid-grey."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(_Role.Window).lightness() < 128


def stored_theme(workspace: Any) -> str:
    """The theme chosen in a workspace: system, light or dark (anything else: system)."""
    value = workspace.setting(THEME_SETTING, DEFAULT_THEME)
    return value if value in dict(THEMES) else DEFAULT_THEME


def apply_theme(choice: str) -> None:
    """Switch the running app to a theme at once; "system" also follows later changes of the platform's scheme."""
    app = QApplication.instance()
    if app is None:
        return
    _state["choice"] = choice if choice in dict(THEMES) else DEFAULT_THEME
    if not _state["following"]:
        # Connected once per process; it reads the choice in force when the platform changes.
        app.styleHints().colorSchemeChanged.connect(_on_color_scheme_changed)
        _state["following"] = True
    if _state["platform_palette"] is None:
        # The platform's own, kept before the first change: once set, an app palette cannot be unset.
        _state["platform_palette"] = QPalette(app.palette())
    before = app.palette().cacheKey()  # the same palette set again keeps its key: nothing to re-colour
    dark = _state["choice"] == "dark" or (_state["choice"] == "system" and system_is_dark())
    if _state["choice"] != "system" or dark:
        # The native styles of some platforms ignore a palette; Fusion draws every colour from it.
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else light_palette())
    else:
        platform = _state["platform_palette"]
        app.setPalette(light_palette() if is_dark(platform) else platform)
    if app.palette().cacheKey() != before and _state["signals"] is not None:
        _state["signals"].changed.emit()


def _on_color_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    if _state["choice"] == "system":
        apply_theme("system")


def stored_font_size(workspace: Any) -> int:
    """The app's font size in points chosen in a workspace; 0 for the platform's own."""
    value = workspace.setting(FONT_SIZE_SETTING, 0)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0
    return int(value) if MIN_FONT_SIZE <= value <= MAX_FONT_SIZE else 0


def apply_font_size(points: int) -> None:
    """Set the whole app's font size at once (0: the platform's size); widgets with their own font keep it."""
    app = QApplication.instance()
    if app is None:
        return
    if _state["base_font"] is None:
        _state["base_font"] = QFont(app.font())  # the platform's font, before we first changed it
    font = QFont(_state["base_font"])
    if points:
        font.setPointSize(int(points))
    app.setFont(font)


def restore_appearance(workspace: Any) -> None:
    """Apply a workspace's theme and font size (at start, and when a window opens on it)."""
    apply_theme(stored_theme(workspace))
    size = stored_font_size(workspace)
    if size or _state["base_font"] is not None:
        apply_font_size(size)


# Colours with a meaning, one shade per theme: the light one on light greys, the dark one on dark greys.
# Text: at least 4.5:1 (WCAG AA) on Window and Base of its theme (tests/ui/test_theme_contrast.py checks).
TONES: dict[str, tuple[str, str]] = {
    "error": ("#c62828", "#ff8a80"),
    "ok": ("#2b772f", "#81c784"),
    "warning": ("#7a4f00", "#ffd54f"),
    "quiet": ("#555555", "#a3a9b1"),  # captions and key hints: quieter than the text, still readable
    "info": ("#1565c0", "#8ab4f8"),  # neither good nor bad: a result the lead fixed
    "answer": ("#7a5f00", "#ffd54f"),  # a gold item's answer key beside the annotators' results
}
# Marks read without words (status dots, chart bars): at least 3:1 (WCAG non-text contrast) on Window and Base.
MARK_TONES: dict[str, tuple[str, str]] = {
    "status_todo": ("#7d7d7d", "#9e9e9e"),
    "status_done": ("#2e7d32", "#66bb6a"),
    "status_skipped": ("#b86e00", "#f9a825"),
    "status_flagged": ("#c62828", "#f0625f"),
    "bar": ("#5b8ac4", "#4f7fc0"),
    "bar_today": ("#1a5fb4", "#8ab4f8"),  # stands out from the other days: darker on light, brighter on dark
}
# Backdrops under text: the theme's text colour (and "answer" on its own) reads on them at 4.5:1.
BACKDROP_TONES: dict[str, tuple[str, str]] = {
    "current_backdrop": ("#fff3c4", "#3f361a"),  # the result on screen among the others
    "deleted_backdrop": ("#ffd6d6", "#5c2b2b"),  # words a transcript lacks against the first
    "inserted_backdrop": ("#d4f7d4", "#1f4d2b"),  # words it adds
    "answer_backdrop": ("#fff9d9", "#3d3620"),
}


def tone(name: str) -> QColor:
    """A meaningful colour (a name of TONES, MARK_TONES or BACKDROP_TONES) in the shade of the theme in force."""
    light, dark = TONES.get(name) or MARK_TONES.get(name) or BACKDROP_TONES[name]
    return QColor(dark if is_dark() else light)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours: 1 (the same) to 21 (black on white)."""

    def luminance(color: QColor) -> float:
        def linear(channel: int) -> float:
            value = channel / 255
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue())

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(color: QColor, *, on: Sequence[QColor] = (), ratio: float = 4.5) -> QColor:
    """`color` as text on the theme in force: its hue kept, darkened (or, on dark, lightened) until it reads at
    `ratio` on Window, Base and every backdrop in `on`."""
    palette = QGuiApplication.palette()
    backdrops = [palette.color(_Role.Window), palette.color(_Role.Base), *on]
    step = 0.02 if is_dark(palette) else -0.02
    hue, saturation, lightness, alpha = QColor(color).getHslF()
    shade = QColor(color)
    for _ in range(51):  # 50 steps reach white or black, which read on every backdrop of their theme
        if min(contrast_ratio(shade, backdrop) for backdrop in backdrops) >= ratio:
            break
        lightness = min(1.0, max(0.0, lightness + step))
        exact = QColor.fromHslF(hue, saturation, lightness, alpha)
        shade = QColor(exact.red(), exact.green(), exact.blue(), exact.alpha())  # in the 8 bits it is painted in
    return shade


class _ThemeSignals(QObject):
    """Says the app's palette changed. Qt tells only top-level windows (widgets inside hear of it from their
    parent, and a widget with a style sheet not at all), so the keepers below listen here instead."""

    changed = Signal()


def _theme_signals() -> _ThemeSignals:
    if _state["signals"] is None:
        _state["signals"] = _ThemeSignals()
    return _state["signals"]


class _ThemeListener(QObject):
    """Calls `apply` after every theme switch while its widget lives (it is the widget's child)."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._widget = widget
        _theme_signals().changed.connect(self.apply)

    def apply(self) -> None:
        raise NotImplementedError


class _ToneKeeper(_ThemeListener):
    """Re-colours one widget's text when the app's palette changes, so a theme switch reaches it at once."""

    def __init__(self, widget: QWidget, name: str | None):
        super().__init__(widget)
        self.name = name
        self.apply()

    def apply(self) -> None:
        palette = self._widget.palette()
        color = tone(self.name) if self.name else QGuiApplication.palette().color(_Role.WindowText)
        palette.setColor(_Role.WindowText, color)
        palette.setColor(_Role.Text, color)
        self._widget.setPalette(palette)


def keep_tone(widget: QWidget, name: str | None) -> None:
    """Show a widget's text in a meaningful colour (None: the plain text colour), following theme switches."""
    keeper = widget.findChild(_ToneKeeper, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if keeper is None:
        _ToneKeeper(widget, name)
    else:
        keeper.name = name
        keeper.apply()


class _StyleKeeper(_ThemeListener):
    """Re-sets one widget's style sheet, the light or the dark one, whenever the app's palette changes."""

    def __init__(self, widget: QWidget, light: str, dark: str):
        super().__init__(widget)
        self.sheets = (light, dark)
        self.apply()

    def apply(self) -> None:
        self._widget.setStyleSheet(self.sheets[is_dark()])


def keep_style(widget: QWidget, light: str, dark: str) -> None:
    """Give a widget a style sheet per theme (fixed colours a palette cannot reach), switched with the theme."""
    keeper = widget.findChild(_StyleKeeper, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if keeper is None:
        _StyleKeeper(widget, light, dark)
    else:  # a widget whose sheets change (a banner per decision) keeps one keeper: two would fight on a switch
        keeper.sheets = (light, dark)
        keeper.apply()


class _ThemeFollower(_ThemeListener):
    """Calls back when the app's palette changes, for colours a widget puts in itself (text formats, cells)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._callback = callback

    def apply(self) -> None:
        self._callback()


def on_theme_change(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` whenever the theme changes while `widget` lives (it re-applies the widget's own colours)."""
    _ThemeFollower(widget, callback)

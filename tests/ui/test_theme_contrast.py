"""Every colour with a meaning reads on both themes: WCAG 2 contrast, computed here, of text (4.5:1) and marks (3:1)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette

from annotator.ui import theme
from annotator.ui.review.feedback import BANNER_COLORS
from annotator.ui.review.result_views import ANNOTATOR_COLORS

TEXT, MARK = 4.5, 3.0
ROLE = QPalette.ColorRole
PALETTES = {"light": theme.light_palette, "dark": theme.dark_palette}


def wcag_ratio(first: str | QColor, second: str | QColor) -> float:
    """The WCAG 2 contrast ratio, from the sRGB relative luminance of each colour."""

    def luminance(color: QColor) -> float:
        channels = []
        for value in (color.redF(), color.greenF(), color.blueF()):
            channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((luminance(QColor(first)), luminance(QColor(second))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def backgrounds(palette: QPalette) -> dict[str, QColor]:
    return {"Window": palette.color(ROLE.Window), "Base": palette.color(ROLE.Base)}


@pytest.fixture(autouse=True)
def theme_restored(qapp) -> Iterator[None]:
    yield
    theme.apply_theme("system")


def test_the_ratio_is_wcags() -> None:
    assert wcag_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert wcag_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the known just-too-light grey
    assert theme.contrast_ratio(QColor("#2b772f"), QColor("#efefef")) == pytest.approx(wcag_ratio("#2b772f", "#efefef"))


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_text_tones_read_on_the_window_and_the_base(name: str) -> None:
    palette = PALETTES[name]()
    for tone_name, shades in theme.TONES.items():
        shade = shades[name == "dark"]
        for where, background in backgrounds(palette).items():
            ratio = wcag_ratio(shade, background)
            assert ratio >= TEXT, f"{tone_name} {shade} on {where} {background.name()} ({name}): {ratio:.2f}"


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_marks_stand_out_from_the_window_and_the_base(name: str) -> None:
    palette = PALETTES[name]()
    for tone_name, shades in theme.MARK_TONES.items():
        shade = shades[name == "dark"]
        for where, background in backgrounds(palette).items():
            ratio = wcag_ratio(shade, background)
            assert ratio >= MARK, f"{tone_name} {shade} on {where} {background.name()} ({name}): {ratio:.2f}"


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_text_reads_on_every_backdrop(name: str) -> None:
    palette, dark = PALETTES[name](), name == "dark"
    text = palette.color(ROLE.Text)
    shade = {key: shades[dark] for key, shades in {**theme.TONES, **theme.BACKDROP_TONES}.items()}
    pairs = [(text.name(), backdrop, f"text on {backdrop}") for backdrop in theme.BACKDROP_TONES]
    # A transcript's "(no transcript)" may be the current one; the answer key's row has its own backdrop.
    pairs += [(shade["quiet"], "current_backdrop", "quiet"), (shade["answer"], "answer_backdrop", "answer")]
    for foreground, backdrop, what in pairs:
        ratio = wcag_ratio(foreground, shade[backdrop])
        assert ratio >= TEXT, f"{what} {foreground} on {shade[backdrop]} ({name}): {ratio:.2f}"
    for decision, themes in BANNER_COLORS.items():
        background, foreground, _border = themes[dark]
        ratio = wcag_ratio(foreground, background)
        assert ratio >= TEXT, f"the {decision} banner's {foreground} on {background} ({name}): {ratio:.2f}"


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_each_annotators_colour_as_text_reads_on_the_theme(name: str) -> None:
    theme.apply_theme(name)
    palette = PALETTES[name]()
    current = theme.tone("current_backdrop")
    for color in ANNOTATOR_COLORS:
        shade = theme.readable(QColor(color), on=[current])
        for where, background in {**backgrounds(palette), "the current result": current}.items():
            ratio = wcag_ratio(shade, background)
            assert ratio >= TEXT, f"{color} as {shade.name()} on {where} ({name}): {ratio:.2f}"
        hue = QColor(color).hslHue()
        assert hue == -1 or abs(shade.hslHue() - hue) <= 6, f"{color} became {shade.name()}: another hue"

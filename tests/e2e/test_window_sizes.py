"""Every window, dialog and overlay on a small laptop's 1024x640 and on a 2560x1440 screen, with long texts and at scale 2.

Each runs tests/e2e/sized_shot.py in a real X server (Xvfb) the size of the screen; its layout is checked
for clipped texts, widgets off the window and overlaps (tests/e2e/layout_checks.py); PNGs go to
docs/screens/<view>-<w>x<h>[-long|-x2].png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DEMO_PACKAGE, REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB, xvfb
from tests.e2e.sized_shot import VIEWS

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]

SIZES = [(1024, 640), (2560, 1440)]
# Long texts where they are tightest: the small screen, on the windows with the most words.
LONG_VIEWS = ["boxes", "transcription", "pairwise", "break", "break-settings", "export-preview", "sync-settings"]
TARGET = REPO_ROOT / "docs" / "screens"


@pytest.fixture(scope="module")
def screens() -> Iterator[dict[tuple[int, int], str]]:
    """One X server per screen size (the window fills it: no window manager), started once for every shot."""
    displays: dict[tuple[int, int], str] = {}
    contexts = []
    try:
        for width, height in [*SIZES, (2048, 1280)]:
            context = xvfb(f"{width}x{height}")
            displays[(width, height)] = context.__enter__()
            contexts.append(context)
        yield displays
    finally:
        for context in reversed(contexts):
            context.__exit__(None, None, None)


def shoot(display: str, tmp_path: Path, view: str, size: tuple[int, int], *, mode: str = "", scale: int = 1):
    """Run the shot of `view` at `size` (logical pixels); its PNG, its layout problems and the UI font's pixel height."""
    width, height = size
    suffix = f"-{mode}" if mode else "" if scale == 1 else f"-x{scale}"
    shot = tmp_path / f"{view}-{width}x{height}{suffix}.png"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=str(scale))
    args = [str(shot), str(tmp_path / "data"), str(DEMO_PACKAGE), str(width), str(height), view, mode]
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.sized_shot", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    expected = f"screenshot {shot} {width * scale}x{height * scale}"
    assert expected in lines, result.stdout + result.stderr
    assert_grab(shot, (width * scale, height * scale))
    TARGET.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, TARGET / shot.name)
    problems = [line.removeprefix("problem: ") for line in lines if line.startswith("problem: ")]
    font_px = next(float(line.split()[1]) for line in lines if line.startswith("font-px "))
    probe = next((line.split()[2:] for line in lines if line.startswith("probe ")), None)
    ink = ink_height(shot, [int(v) for v in probe]) if probe else None
    return problems, font_px, ink


def assert_grab(shot: Path, size: tuple[int, int]) -> None:
    """The PNG has the screen's size and is not flat (the break screen's dim veil lowers the contrast: a low bar)."""
    from PIL import Image, ImageStat

    with Image.open(shot) as image:
        assert image.size == size
        assert max(ImageStat.Stat(image.convert("L")).stddev) > 8, "a blank grab"


def ink_height(shot: Path, box: list[int]) -> int:
    """How many pixel rows of the box carry text: rows with pixels far from the box's most common shade."""
    from PIL import Image

    x, y, w, h = box
    with Image.open(shot) as image:
        grey = image.convert("L").crop((x, y, x + w, y + h))
    background = max(range(256), key=grey.histogram().__getitem__)
    rows = [
        row for row in range(grey.height) if any(abs(grey.getpixel((col, row)) - background) > 80 for col in range(w))
    ]
    return rows[-1] - rows[0] + 1 if rows else 0


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("view", VIEWS)
def test_each_window_lays_out_cleanly(screens, tmp_path: Path, view: str, size: tuple[int, int]) -> None:
    problems, _font_px, _ink = shoot(screens[size], tmp_path, view, size)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("view", LONG_VIEWS)
def test_long_translated_texts_are_not_cut_off_on_a_small_laptop(screens, tmp_path: Path, view: str) -> None:
    problems, _font_px, _ink = shoot(screens[(1024, 640)], tmp_path, view, (1024, 640), mode="long")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("view", ["boxes", "break"])
def test_at_scale_factor_two_text_is_drawn_twice_as_large(screens, tmp_path: Path, view: str) -> None:
    _problems, plain, plain_ink = shoot(screens[(1024, 640)], tmp_path / "x1", view, (1024, 640))
    problems, doubled, doubled_ink = shoot(screens[(2048, 1280)], tmp_path / "x2", view, (1024, 640), scale=2)
    assert problems == [], "\n".join(problems)
    # Not small: the font has twice the device pixels, and the text on screen is twice as tall.
    assert doubled == 2 * plain
    assert plain_ink and doubled_ink
    assert 1.7 <= doubled_ink / plain_ink <= 2.3, (plain_ink, doubled_ink)  # hinting rounds small text


def test_the_layout_checks_see_cut_off_texts_and_overlaps(qtbot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

    from tests.e2e.layout_checks import problems

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    fine = QLabel("Fits")
    layout.addWidget(fine)
    row = QHBoxLayout()
    layout.addLayout(row)
    row.addWidget(QPushButton("OK"))
    top.resize(400, 200)
    top.show()
    qtbot.waitExposed(top)
    assert problems(top) == []
    cut = QLabel("A label far too long for the room it was given")
    cut.setFixedWidth(60)
    wrapped = QLabel("Wrapped advice that needs several lines at this width, but got one line of height")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    button = QPushButton("Bildschirmpause verschieben")
    button.setFixedWidth(50)
    for widget in (cut, wrapped, button):
        row.addWidget(widget)
    qtbot.waitUntil(lambda: cut.isVisible() and button.isVisible() and cut.width() == 60)
    found = "\n".join(problems(top))
    assert "clipped label: QLabel#- 'A label far too long" in found
    assert "clipped label: QLabel#- 'Wrapped advice" in found
    assert "clipped button: QPushButton#- 'Bildschirmpause verschieben'" in found
    # Two siblings of one layout on top of each other (as a squeezed layout leaves them).
    cut.setGeometry(button.geometry())
    assert any(line.startswith("overlap: QLabel#- 'A label far") for line in problems(top)), problems(top)


def test_the_layout_checks_read_an_eliding_label_by_what_it_paints(qtbot) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from annotator.ui.widgets.elided_label import ElidedLabel
    from tests.e2e.layout_checks import problems

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    line = ElidedLabel("Element 12 von 54: img-kaffeetasse (Bild) — zu erledigen")
    line.setFixedWidth(150)
    layout.addWidget(line)
    top.resize(300, 100)
    top.show()
    qtbot.waitExposed(top)
    assert line.is_elided() and problems(top) == []  # its start and "…" fit, the whole line is a hover away
    line.setToolTip("")
    assert any(found.startswith("elided without its full text") for found in problems(top)), problems(top)
    line.setText(line.text())
    line.setFixedWidth(line.minimumSizeHint().width())
    qtbot.waitUntil(lambda: line.width() == line.minimumSizeHint().width())
    assert any(found.startswith("elided to nothing: ElidedLabel") for found in problems(top)), problems(top)

"""The quality report opened in headless Chromium: nothing blocked, every chart rendered with its bars; the PNG goes to docs/report.png."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from annotator.cli import main
from annotator.core.quality.report import ReportFigures
from annotator.core.quality.svg_charts import PALETTE, diverging_colour
from tests.conftest import REPO_ROOT
from tests.core.quality.test_report import parsed, study_figures, write_study

pytestmark = pytest.mark.e2e

CHROMIUM = shutil.which("chromium")
WIDTH, HEIGHT = 1280, 2400
TIMEOUT_S = 60


@pytest.fixture
def chromium() -> str:
    """The browser, or a skip on a developer machine without it; in CI (CI=true) a missing browser fails."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing (packaging/install-system-deps.sh installs it on Debian)")
        pytest.skip("needs chromium (packaging/install-system-deps.sh installs it on Debian)")
    return CHROMIUM


def run_chromium(browser: str, profile: Path, *args: str) -> tuple[str, str, float]:
    """Headless Chromium with a private profile; (stdout, stderr, seconds). Stopped by its process group if it hangs."""
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        # Console messages (a Content-Security-Policy violation among them) go to stderr.
        "--enable-logging=stderr",
        *args,
    ]
    started = time.monotonic()
    # A session of its own: Chromium's helper processes are in the group of the one started here.
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        out, err = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"chromium did not finish in {TIMEOUT_S} s: {' '.join(command)}")
    assert process.returncode == 0, err[-2000:]
    return out, err, time.monotonic() - started


def bar_runs(image: Image.Image, colour: str) -> list[tuple[int, int, int]]:
    """The horizontal bars of one colour: (top row, bottom row, length in px) of each band of rows that has it."""
    rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    width, height = image.size
    pixels = image.load()
    lengths = [sum(1 for x in range(width) if pixels[x, y] == rgb) for y in range(height)]
    runs: list[tuple[int, int, int]] = []
    top = None
    for y, length in enumerate([*lengths, 0]):
        if length and top is None:
            top = y
        elif not length and top is not None:
            runs.append((top, y - 1, max(lengths[top:y])))
            top = None
    return runs


def test_the_report_renders_in_chromium(chromium: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = write_study(tmp_path / "study", team=True, overlap=3, seed=11)
    figures: ReportFigures = study_figures(study)
    report = tmp_path / "report.html"
    args = ["report", str(study.package), *map(str, study.bundles), "--key", str(study.key), "-o", str(report)]
    assert main(args) == 0
    assert str(report) in capsys.readouterr().out

    shot = tmp_path / "report.png"
    _, log, seconds = run_chromium(
        chromium, tmp_path / "profile", f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}", report.as_uri()
    )
    assert "Content Security Policy" not in log, log
    dom, log, _ = run_chromium(
        chromium, tmp_path / "profile", "--virtual-time-budget=2000", "--dump-dom", report.as_uri()
    )
    assert "Content Security Policy" not in log, log
    print(f"chromium: screenshot in {seconds:.2f} s")  # noqa: T201 - shown with -s, for the timing

    # Chromium parsed every chart as SVG, with the bars the page was written with, each of a real size.
    written, rendered = parsed(report.read_text(encoding="utf-8")), parsed(dom)
    assert (
        set(rendered.charts)
        == set(written.charts)
        >= {
            "items-done",
            "active-time",
            "gold-accuracy",
            "agreement-overall-text",
            "label-alpha-text",
            "pairwise-kappa-text",
            "labels-overall",
            "labels-per-annotator",
            "item-time",
            "time-histogram",
        }
    )
    for chart, bars in rendered.charts.items():
        assert len(bars) == len(written.charts[chart]) > 0, chart
        assert all(float(bar["width"]) > 0 and float(bar["height"]) > 0 for bar in bars), chart
    for tag, attributes in rendered.elements:
        if tag == "svg":
            assert float(attributes["width"]) > 0 and float(attributes["height"]) > 0

    with Image.open(shot) as opened:
        image = opened.convert("RGB")
    assert image.size == (WIDTH, HEIGHT)
    colours = Counter({rgb: count for count, rgb in image.getcolors(WIDTH * HEIGHT)})
    white = colours[(255, 255, 255)]
    assert white < 0.97 * WIDTH * HEIGHT, "a blank page"
    assert len([c for c, n in colours.items() if n > 200]) >= 10, "too few colours for a page of charts"
    # Every chart colour is on the page, in bar-sized amounts.
    for colour in (PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3]):
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert colours[rgb] > 2000, colour
    # Alpha per label is the one chart in pink: a bar per label, as long as its figure (zero at the left).
    (agreement,) = figures.agreement
    runs = bar_runs(image, PALETTE[3])
    alphas = [agreement.label_alpha[label] for label in agreement.labels]
    assert len(runs) == len([a for a in alphas if a is not None]) == 3
    longest = max(length for *_, length in runs)
    for (_, _, length), alpha in zip(runs, alphas, strict=True):
        assert length / longest == pytest.approx(max(alpha, 0) / max(alphas), abs=0.02)
    # Each pair of annotators is a heatmap cell coloured by its kappa, drawn twice (above and below the diagonal).
    for kappa in agreement.pairwise_kappa.values():
        assert kappa is not None
        rgb = tuple(int(diverging_colour(kappa)[i : i + 2], 16) for i in (1, 3, 5))
        assert colours[rgb] > 2 * 0.6 * 62 * 62, (kappa, rgb)

    (REPO_ROOT / "docs").mkdir(exist_ok=True)
    shutil.copyfile(shot, REPO_ROOT / "docs" / "report.png")

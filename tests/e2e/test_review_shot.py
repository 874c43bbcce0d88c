"""The lead's review window on the demo's astronaut photo, three annotators' boxes overlaid; the PNG goes to docs/review.png.

The test runs this module under Xvfb: `python -m tests.e2e.test_review_shot OUT WORK_DIR DEMO`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_PACKAGE, REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB, assert_real_grab, run_shot_module, xvfb

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]

SCREEN = (1280, 800)


def test_review_window_screenshot(tmp_path: Path) -> None:
    shot = tmp_path / "review.png"
    with xvfb("x".join(map(str, SCREEN))) as display:
        result = run_shot_module(
            display, "tests.e2e.test_review_shot", str(shot), str(tmp_path / "work"), str(DEMO_PACKAGE)
        )
    assert result.returncode == 0, result.stderr
    assert f"screenshot {shot}" in result.stdout, result.stdout + result.stderr
    assert "layers: ada bob cy" in result.stdout, result.stdout
    assert "on top: bob" in result.stdout, result.stdout
    assert_real_grab(shot, SCREEN)
    shutil.copyfile(shot, REPO_ROOT / "docs" / "review.png")


# -- run in the X server ---------------------------------------------------------------------------


def _box(box_id: str, label: str, x: float, y: float, w: float, h: float) -> dict:
    return {"id": box_id, "label": label, "x": x, "y": y, "w": w, "h": h, "attributes": [], "source": "user"}


def _text(label: str) -> dict:
    return {"labels": [label], "answer": None, "question": None, "unsure": False, "spans": [], "source": "user"}


# Three annotators on two photos and two texts: bob's person box is loose, cy missed the rocket.
WORK = {
    "ada": {
        "img-astronaut": [_box("b1", "person", 24, 20, 434, 618), _box("b2", "rocket", 444, 2, 136, 340)],
        "img-coffee": [_box("b1", "cup", 183, 19, 256, 312)],
        "txt-en-01": "positive",
        "txt-en-02": "neutral",
    },
    "bob": {
        "img-astronaut": [_box("b1", "person", 4, 60, 490, 578), _box("b2", "rocket", 436, 0, 156, 372)],
        "img-coffee": [_box("b1", "cup", 176, 12, 270, 326)],
        "txt-en-01": "positive",
        "txt-en-02": "positive",
    },
    "cy": {
        "img-astronaut": [_box("b1", "person", 34, 14, 414, 624)],
        "img-coffee": [_box("b1", "cup", 186, 22, 250, 306)],
        "txt-en-01": "positive",
        "txt-en-02": "neutral",
    },
}


def main(out: str, work_dir: str, demo: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from annotator.ui.review.review_window import ReviewWindow
    from tests.core.quality.test_review_bundle import annotator_bundle

    work = Path(work_dir)
    bundles = []
    for annotator, items in WORK.items():
        annotations = {
            item_id: _text(value) if isinstance(value, str) else {"boxes": value, "verified": True}
            for item_id, value in items.items()
        }
        bundles.append(annotator_bundle(work, Path(demo), annotator, annotations))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = ReviewWindow(reviewer="lead")
    window.resize(1280, 800)
    window.show()
    steps = {"accepted": False}

    def shoot(item_id: str, annotator: str) -> None:
        if not steps["accepted"]:
            # ada's boxes are fine: accepted, and the queue moves on to bob's, on the same photo.
            steps["accepted"] = True
            window.accept_current()
            return
        window.result_shown.disconnect(shoot)

        def grab() -> None:
            window.grab().save(out)
            view = window.views.image_view
            sys.stdout.write(f"layers: {' '.join(view.layers())}\n")
            sys.stdout.write(f"on top: {view.top_annotator()}\n")
            sys.stdout.write(f"screenshot {out} {window.width()}x{window.height()}\n")
            sys.stdout.flush()
            window.close()

        QTimer.singleShot(800, grab)

    window.result_shown.connect(shoot)
    window.open_review(Path(demo), bundles, folder=work / "review")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

"""Each editor in a real X window under Xvfb (`annotator open` on the demo, resumed on a seeded item); PNGs go to docs/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from annotator.core.package import open_package
from annotator.core.workspace import Workspace
from tests.conftest import DEMO_PACKAGE, REPO_ROOT
from tests.e2e.conftest import NEEDS_XVFB, screenshot_of_app

pytestmark = [pytest.mark.e2e, NEEDS_XVFB]

TEXT = "The room was clean, but breakfast ended at nine."
SEEDS = {
    # What an annotator would have done on the item: the screenshot shows the editor mid-work.
    "aud-en": (
        {
            "segments": [
                {"start": 0.25, "end": 1.62, "text": "Please check every label", "speaker": "A"},
                {"start": 1.62, "end": 2.91, "text": "before you submit the [inaudible] patch.", "speaker": "B"},
            ]
        },
        "",
        "transcription-editor.png",
    ),
    "txt-en-09": (
        {
            "labels": ["neutral"],
            "answer": None,
            "question": None,
            "unsure": False,
            "spans": [
                {"start": 4, "end": 18, "label": "positive", "text": TEXT[4:18]},
                {"start": 24, "end": 47, "label": "negative", "text": TEXT[24:47]},
            ],
            "source": "user",
        },
        "Mixed: clean room, short breakfast",
        "sentiment-editor.png",
    ),
    "pw-en-01": (
        {
            "order": ["r2", "r1"],
            "choice": "B",
            "preferred": "r1",
            "strength": 2,
            "criteria": {"helpfulness": "B", "correctness": "B", "safety": "tie"},
            "ranking": None,
            "reasons": ["more accurate"],
            "rationale": "A's reverse() changes the list in place and returns None.",
            "source": "user",
        },
        "",
        "pairwise-editor.png",
    ),
    "rt-en-01": (
        {
            "scores": {"helpfulness": 5, "correctness": 4},
            "na": [],
            "flags": {"hallucination": False},
            "confidence": None,
            "relevance": None,
            "source": "user",
        },
        "",
        "rating-editor.png",
    ),
    "tr-en-it-01": (
        {
            "errors": [
                {"side": "source", "segment": 1, "start": 8, "end": 21, "text": "bought online",
                 "severity": "minor", "category": "Accuracy/Omission"},
                {"side": "target", "segment": 0, "start": 35, "end": 37, "text": "16",
                 "severity": "major", "category": "Accuracy/Mistranslation"},
                {"side": "target", "segment": 2, "start": 42, "end": 44, "text": "🎟️",
                 "severity": "minor", "category": "Fluency/Punctuation"},
            ],
            "non_translation": [],
            "esa": 60,
            "mqm": 2.0333,
            "source": "user",
        },
        "",
        "translation-editor.png",
    ),
    "rw-en-01": (
        {
            "text": "The first Moon landing was **Apollo 11**, on 20 July 1969. Neil Armstrong stepped onto the "
            "surface first, and Buzz Aldrin followed him about twenty minutes later.",
            "edits": [
                {"before": "Buzz", "after": "Neil", "before_start": 59, "after_start": 59, "category": "factual error"},
                {"before": "Aldrin", "after": "Armstrong", "before_start": 64, "after_start": 64,
                 "category": "factual error"},
                {"before": "Neil", "after": "Buzz", "before_start": 107, "after_start": 110, "category": "factual error"},
                {"before": "Armstrong", "after": "Aldrin", "before_start": 112, "after_start": 115,
                 "category": "factual error"},
            ],
            "word_distance": 4,
            "char_distance": 20,
            "unchanged_confirmed": False,
            "source": "user",
        },
        "",
        "rewrite-editor.png",
    ),
}


def seed(data_dir: Path, item_id: str, annotation: dict, comment: str) -> None:
    package = open_package(DEMO_PACKAGE)
    try:
        with Workspace.open(data_dir) as workspace:
            workspace.register_package(package.manifest, manifest_sha256=package.manifest_sha256, path=str(DEMO_PACKAGE))
            workspace.set_annotation("demo", item_id, annotation)
            if comment:
                workspace.set_comment("demo", item_id, comment)
            workspace.set_current_item("demo", item_id)
    finally:
        package.close()


@pytest.mark.parametrize("item_id", sorted(SEEDS))
def test_each_editor_shows_work_in_a_real_window(xvfb_display: str, tmp_path: Path, item_id: str) -> None:
    annotation, comment, name = SEEDS[item_id]
    assert TEXT[4:18] == "room was clean" and TEXT[24:47] == "breakfast ended at nine"
    seed(tmp_path / "data", item_id, annotation, comment)
    shot = tmp_path / name
    screenshot_of_app(xvfb_display, tmp_path / "data", shot)
    with Image.open(shot) as image:
        assert image.size == (1280, 800)
        rgb = image.convert("RGB")
        assert max(ImageStat.Stat(rgb).stddev) > 20
        assert len(rgb.getcolors(maxcolors=1_000_000) or []) > 200
    (REPO_ROOT / "docs").mkdir(exist_ok=True)
    shutil.copyfile(shot, REPO_ROOT / "docs" / name)

"""Fuzzing every import format in the registry: whatever is in its files, `read` answers or raises a ProblemsError naming the place.

The formats come from `catalog.load()`, so a format registered with a `read` is fuzzed without a line
here: its seed is our own export of a small dataset of each kind it carries (the media placed where
its reader looks), or, for a format we only read, a file below. A case changes one file of the seed
(JSON values replaced, JSON lines, XML texts and attributes, transcript pieces, flipped and cut
bytes) and reads the whole again, inside the guard of tests/core/test_reader_fuzz.py (time and
memory bounded).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from annotator.core.errors import ProblemsError
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import Dataset
from tests.core.formats.test_audio_common import audio_dataset, seg, wav
from tests.core.formats.test_audio_fuzz import mutated as mutated_transcript
from tests.core.formats.test_image_common import make_images, sample_dataset
from tests.core.formats.test_image_fuzz import LABELME_SEED, mutated_xml
from tests.core.formats.test_text_jsonl import dataset as text_dataset
from tests.core.formats.test_text_jsonl import emoji_item
from tests.core.test_reader_fuzz import FUZZ, damaged, guarded, mutated_json, report_cases

FORMATS = load()
READABLE = sorted(format_id for format_id, fmt in FORMATS.items() if fmt.read is not None)
EXAMPLES = int(os.environ.get("FUZZ_FORMAT_EXAMPLES", "100"))
TEXT = "👍🏽 Great room in Zürich"


def _datasets() -> dict[str, Callable[[], Dataset]]:
    """A small dataset of each kind the exporters carry, as the tests of each format build them."""
    segments = [seg(0.0, 0.5, 'Straße "q" <i>&amp;</i>', "A"), seg(0.5, 1.25, "猫\nمرحبا 👍🏽", "B")]
    return {
        "image": sample_dataset,
        "audio": lambda: audio_dataset({"talk.wav": segments, "quiet.wav": None}),
        "text": lambda: text_dataset(emoji_item(), emoji_item(id="r2", text='Caffè, "buono"\nsì', lang="it")),
    }


DATASETS = _datasets()
# Formats we only read: a file such as the tool itself writes.
READ_ONLY_SEEDS: dict[str, tuple[str, str, bytes]] = {
    "labelme": ("image", "plain.json", LABELME_SEED),
    "doccano": (
        "text",
        "doccano.jsonl",
        "\n".join(
            json.dumps(row, ensure_ascii=False)
            for row in [
                {"id": 1, "text": "Nice", "label": ["positive", "short"], "Comments": []},
                {"id": 2, "text": TEXT, "label": [[11, 15, "ASPECT"], [19, 25, "LOC"]]},
                {"id": 3, "text": TEXT, "entities": [{"id": 9, "label": "LOC", "start_offset": 19, "end_offset": 25}]},
                {"id": 4, "data": "old doccano calls the text data", "label": []},
            ]
        ).encode(),
    ),
    "prodigy": (
        "text",
        "news.jsonl",
        "\n".join(
            json.dumps(row, ensure_ascii=False)
            for row in [
                {"text": "I 💙 Berlin", "spans": [{"start": 4, "end": 10, "label": "GPE"}], "answer": "accept"},
                {"text": "great", "label": "POSITIVE", "answer": "accept"},
                {"text": "both", "options": [{"id": "POS", "text": "positive"}], "accept": ["POS"], "answer": "accept"},
                {"text": "suggested", "label": "NEGATIVE", "meta": {"id": "s-1"}},
            ]
        ).encode(),
    ),
}


def cases() -> list[tuple[str, str]]:
    """(format id, item kind) for every readable format and each kind of ours it carries."""
    found = []
    for format_id in READABLE:
        if format_id in READ_ONLY_SEEDS:
            found.append((format_id, READ_ONLY_SEEDS[format_id][0]))
        else:
            found += [(format_id, kind) for kind in FORMATS[format_id].kinds if kind in DATASETS]
    return found


CASES = cases()


def _place_media(kind: str, tree: Path, out: Path) -> None:
    """Put the dataset's media where readers look: beside the file, in images/ and JPEGImages/ of a folder layout."""
    if kind == "image":
        for folder in {tree, tree / "images", *([out, out / "images", out / "JPEGImages"] if out.is_dir() else [])}:
            make_images(folder)
            Image.new("RGB", (8, 8)).save(folder / "untouched.jpg")  # the sample's item no one annotated
    elif kind == "audio":
        for folder in {tree, out if out.is_dir() else tree}:
            (folder / "talk.wav").write_bytes(wav())
            (folder / "quiet.wav").write_bytes(wav(frames=800))


def build_seed(format_id: str, kind: str, tree: Path) -> tuple[Path, dict[Path, bytes]]:
    """Write the seed into `tree`: returns the path to read and the format's own files (those a case changes)."""
    tree.mkdir(parents=True)
    if format_id in READ_ONLY_SEEDS:
        _, name, data = READ_ONLY_SEEDS[format_id]
        out = tree / name
        out.write_bytes(data)
        written = [out]
    else:
        fmt = FORMATS[format_id]
        assert fmt.write is not None, f"{format_id} reads but has neither a writer nor a seed here"
        out = tree / ("out" if fmt.output == "folder" else f"out{_suffix(format_id)}")
        written = list(fmt.write(DATASETS[kind](), out))
    _place_media(kind, tree, out)
    return out, {path: path.read_bytes() for path in written}


def _suffix(format_id: str) -> str:
    return {"coco": ".json", "createml": ".json", "cvat": ".xml", "label-studio": ".json"}.get(
        format_id, ".csv" if format_id.startswith("csv") else ".jsonl"
    )


def mutations(seed: bytes) -> st.SearchStrategy[bytes]:
    """Changes that fit what the file is: JSON, JSON lines, XML, or other text; always also plain damage."""
    text = seed.lstrip(b"\xef\xbb\xbf").strip()
    lines = [line for line in text.splitlines() if line.strip()]
    kinds: list[st.SearchStrategy[bytes]] = [damaged(seed), st.binary(max_size=200)]
    if _is_json(text):
        kinds += [mutated_json(text)] * 3
    elif lines and all(_is_json(line) for line in lines):
        kinds += [_mutated_line(lines)] * 3
    elif text.startswith(b"<"):
        kinds += [mutated_xml(seed)] * 3
    else:
        kinds += [mutated_transcript(seed)] * 3
    return st.one_of(kinds)


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


@st.composite
def _mutated_line(draw: st.DrawFn, lines: list[bytes]) -> bytes:
    """JSON lines with one line's values changed (and perhaps a line dropped or doubled)."""
    chosen = list(lines)
    at = draw(st.integers(0, len(chosen) - 1))
    chosen[at] = draw(mutated_json(chosen[at])).replace(b"\n", b" ")
    if draw(st.booleans()):
        other = draw(st.integers(0, len(chosen) - 1))
        chosen.insert(other, chosen[other]) if draw(st.booleans()) else chosen.pop(other)
    return b"\n".join(chosen) + b"\n"


def test_every_readable_format_has_a_seed_that_reads(tmp_path: Path) -> None:
    # A new format with a reader is fuzzed by the test below; its seed must read, so cases start from sense.
    assert {format_id for format_id, _ in CASES} == set(READABLE)
    for format_id, kind in CASES:
        out, files = build_seed(format_id, kind, tmp_path / f"{format_id}-{kind}")
        assert files, f"{format_id}: the seed wrote no file"
        read = FORMATS[format_id].read
        assert read is not None
        imported = read(out)
        assert imported.items, f"{format_id} ({kind}): the seed reads as no items"


@pytest.mark.parametrize(("format_id", "kind"), CASES, ids=[f"{f}-{k}" for f, k in CASES])
def test_only_a_problems_error_comes_out_of_a_format_reader(
    format_id: str, kind: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tree = tmp_path_factory.mktemp("fuzz") / f"{format_id}-{kind}"
    out, files = build_seed(format_id, kind, tree)
    read = FORMATS[format_id].read
    assert read is not None
    names = sorted(files)
    by_file = {path: mutations(data) for path, data in files.items()}

    @settings(FUZZ, max_examples=EXAMPLES)
    @given(data=st.data())
    def case(data: Any) -> None:
        path = data.draw(st.sampled_from(names), label="file")
        path.write_bytes(data.draw(by_file[path], label="bytes"))
        try:
            with guarded(f"import {format_id}"):
                try:
                    read(out)
                except ProblemsError as exc:
                    assert exc.problems and all(problem.file and problem.reason for problem in exc.problems)
        finally:
            path.write_bytes(files[path])

    case()
    shutil.rmtree(tree, ignore_errors=True)


def test_a_from_name_that_is_not_a_string_is_refused_by_place(tmp_path: Path) -> None:
    # Found by the fuzzing above: a result whose from_name was an object crashed the reader (unhashable dict).
    out, _ = build_seed("label-studio", "audio", tmp_path / "ls")
    tasks = json.loads(out.read_bytes())
    tasks[0]["annotations"][0]["result"][0]["from_name"] = {}
    out.write_text(json.dumps(tasks), encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        FORMATS["label-studio"].read(out)
    assert [str(problem) for problem in caught.value.problems] == [
        f"{out}:[0].annotations[0].result[0]: 'from_name' must be a string (found {{}})"
    ]


def test_zz_fuzz_case_counts_reported(capsys: pytest.CaptureFixture[str]) -> None:
    report_cases(capsys, sorted({f"import {format_id}" for format_id, _ in CASES}))

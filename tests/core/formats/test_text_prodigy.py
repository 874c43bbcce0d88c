"""Prodigy JSONL in: accepted labels and spans (code points) as prelabels; rejected and ignored tasks kept bare."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load

PRODIGY = load()["prodigy"]


def write_lines(path: Path, rows: list[Any]) -> Path:
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    return path


def test_db_out_tasks_are_read_by_answer(tmp_path: Path) -> None:
    text = "I 💙 Berlin"  # "Berlin" is [4, 10) in code points (Python), [5, 11) in UTF-16
    rows = [
        {"text": text, "spans": [{"start": 4, "end": 10, "label": "GPE", "token_start": 2, "token_end": 2, "text": "Berlin"}],
         "answer": "accept", "_input_hash": 1, "_task_hash": 2, "meta": {"source": "x"}},
        {"text": text, "spans": [{"start": 0, "end": 1, "label": "PERSON"}], "answer": "reject", "_input_hash": 1},
        {"text": "great", "label": "POSITIVE", "answer": "accept"},
        {"text": "meh", "label": "POSITIVE", "answer": "ignore"},
        {"text": "both", "options": [{"id": "POS", "text": "positive"}, {"id": 3, "text": "mixed"}], "accept": ["POS", 3], "answer": "accept"},
        {"text": "suggested", "label": "NEGATIVE", "meta": {"id": "s-1"}},
    ]  # fmt: skip
    imported = PRODIGY.read(write_lines(tmp_path / "news.jsonl", rows))
    assert [(i.id, i.text, i.prelabel) for i in imported.items] == [
        ("news-00001", text, {"spans": [{"start": 4, "end": 10, "label": "GPE"}]}),
        ("news-00002", text, None),
        ("news-00003", "great", {"labels": ["POSITIVE"]}),
        ("news-00004", "meh", None),
        ("news-00005", "both", {"labels": ["POS", "mixed"]}),
        ("s-1", "suggested", {"labels": ["NEGATIVE"]}),
    ]
    assert text[4:10] == "Berlin"
    assert imported.label_schemas["text"] == {
        "mode": "multi",
        "labels": [{"name": n} for n in ("GPE", "POSITIVE", "POS", "mixed", "NEGATIVE")],
    }


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"text": "a", "answer": "yes"}, "'answer' must be accept, reject or ignore (found \"yes\")"),
        ({"text": "a", "label": ["X"]}, "'label' must be a label name (found [\"X\"])"),
        ({"text": "a", "accept": "X"}, "'accept' must be a list of option ids (found \"X\")"),
        ({"text": "a", "accept": [None]}, "'accept[0]' must be a label name (found null)"),
        ({"text": "I 💙 Berlin", "spans": [{"start": 5, "end": 11, "label": "GPE", "text": "Berlin"}]}, "'spans[0]' [5, 11) is not inside the text (10 characters)"),
        ({"text": "I 💙 Berlin", "spans": [{"start": 5, "end": 10, "label": "GPE", "text": "Berlin"}]}, "'spans[0].text' is \"Berlin\" but [5, 10) of the text is \"erlin\" (offsets must be code points)"),
        ({"text": ""}, "'text' is empty"),
    ],
)  # fmt: skip
def test_a_bad_task_is_refused_naming_the_line_and_the_field(tmp_path: Path, row: dict[str, Any], reason: str) -> None:
    path = write_lines(tmp_path / "bad.jsonl", [row])
    with pytest.raises(PackageError) as caught:
        PRODIGY.read(path)
    assert str(caught.value) == f"{path}:1: {reason}"


def test_prodigy_is_read_only() -> None:
    assert PRODIGY.write is None

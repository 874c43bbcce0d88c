"""spaCy/Prodigy span JSONL: code point offsets written and read back, bad lines refused by line and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import DatasetItem
from tests.core.formats.test_text_jsonl import EMOJI_TEXT, dataset, emoji_item, text_items

SPACY = load()["spacy-jsonl"]


def test_lines_hold_text_spans_in_code_points_and_the_id(tmp_path: Path) -> None:
    out = tmp_path / "spans.jsonl"
    plain = DatasetItem(id="r2", kind="text", text="no annotation")
    skipped = emoji_item(id="r3", status="skipped")
    assert SPACY.write(dataset(emoji_item(), plain, skipped, emoji_item(id="r4", lang=None)), out) == [out]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == [
        {
            "text": EMOJI_TEXT,
            "spans": [{"start": 0, "end": 2, "label": "😀 joy"}, {"start": 12, "end": 16, "label": "positivo"}],
            "meta": {"id": "r1", "lang": "ar"},
        },
        {
            "text": EMOJI_TEXT,
            "spans": [{"start": 0, "end": 2, "label": "😀 joy"}, {"start": 12, "end": 16, "label": "positivo"}],
            "meta": {"id": "r4"},
        },
    ]
    # What spaCy's doc.char_span(start, end) and Python slicing take: code points.
    assert [EMOJI_TEXT[s["start"] : s["end"]] for s in rows[0]["spans"]] == ["👍🏽", "room"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=text_items())
def test_import_of_export_gives_the_spans_back(tmp_path: Path, items: list[DatasetItem]) -> None:
    out = tmp_path / "round.jsonl"
    SPACY.write(dataset(*items), out)
    kept = [item for item in items if item.annotation is not None and item.status != "skipped"]
    imported = SPACY.read(out)
    assert [(i.id, i.text, i.lang, i.prelabel) for i in imported.items] == [
        (
            item.id,
            item.text,
            item.lang,
            {"spans": [{k: s[k] for k in ("start", "end", "label")} for s in item.annotation["spans"]]}  # type: ignore[index]
            if item.annotation and item.annotation["spans"]
            else None,
        )
        for item in kept
    ]


def test_plain_spacy_lines_without_meta_are_read(tmp_path: Path) -> None:
    path = tmp_path / "train.jsonl"
    rows = [
        {"text": "Uber 🚗 in London", "spans": [{"start": 0, "end": 4, "label": "ORG", "text": "Uber"}, {"start": 10, "end": 16, "label": "GPE"}], "tokens": []},
        {"text": "nothing", "id": 42},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    imported = SPACY.read(path)
    assert [(i.id, i.prelabel) for i in imported.items] == [
        ("train-00001", {"spans": [{"start": 0, "end": 4, "label": "ORG"}, {"start": 10, "end": 16, "label": "GPE"}]}),
        ("42", None),
    ]
    assert imported.label_schemas == {"text": {"mode": "single", "labels": [{"name": "ORG"}, {"name": "GPE"}]}}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"text": "ab", "meta": []}', "'meta' must be an object (found [])"),
        ('{"text": "ab", "meta": {"id": "a b"}}', "'id' \"a b\" must be 1-128 letters, digits, '.', '_', ':' or '-'"),
        ('{"text": "🚗 ab", "spans": [{"start": 2, "end": 3, "label": "X", "text": "b"}]}', "'spans[0].text' is \"b\" but [2, 3) of the text is \"a\" (offsets must be code points)"),
        ('{"text": "ab", "spans": [{"start": 0, "end": 3, "label": "X"}]}', "'spans[0]' [0, 3) is not inside the text (2 characters)"),
    ],
)  # fmt: skip
def test_a_bad_line_is_refused_naming_the_line(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        SPACY.read(path)
    assert str(caught.value) == f"{path}:1: {reason}"

"""Label Studio JSON for texts: Choices for labels, Labels for spans in code points (as LS and its converter count)."""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import DatasetItem
from tests.core.formats.test_text_jsonl import (
    EMOJI_TEXT,
    LABELS,
    assert_imported,
    dataset,
    emoji_item,
    judgement,
    text_items,
    text_schema,
)

LS = load()["label-studio"]


def exported(tmp_path: Path, *items: DatasetItem, mode: str = "multi") -> tuple[Path, list[dict[str, Any]]]:
    out = tmp_path / "texts.json"
    assert LS.write(dataset(*items, schemas=text_schema(mode=mode)), out) == [out, tmp_path / "texts.config.xml"]
    return out, json.loads(out.read_text(encoding="utf-8"))


def test_labels_are_choices_and_spans_are_code_point_regions(tmp_path: Path) -> None:
    _, tasks = exported(tmp_path, emoji_item(), DatasetItem(id="r2", kind="text", text="plain"))
    assert [t["data"] for t in tasks] == [
        {"text": EMOJI_TEXT, "item_id": "r1", "lang": "ar"},
        {"text": "plain", "item_id": "r2"},
    ]
    annotation = tasks[0]["annotations"][0]
    assert (annotation["ground_truth"], annotation["was_cancelled"], "completed_by" in annotation) == (
        False,
        False,
        False,
    )
    assert annotation["result"] == [
        {"id": "labels", "from_name": "sentiment", "to_name": "text", "type": "choices",
         "value": {"choices": ["négatif"]}, "origin": "manual"},
        {"id": "span1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 2, "text": "👍🏽", "labels": ["😀 joy"]}, "origin": "manual"},
        {"id": "span2", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 12, "end": 16, "text": "room", "labels": ["positivo"]}, "origin": "manual"},
    ]  # fmt: skip
    assert tasks[1]["annotations"] == []


def test_the_config_names_and_labels_match_the_results(tmp_path: Path) -> None:
    for mode, choice in (("multi", "multiple"), ("single", "single")):
        exported(tmp_path, emoji_item(), mode=mode)
        config = ElementTree.fromstring((tmp_path / "texts.config.xml").read_text(encoding="utf-8"))
        spans, text, choices = list(config)
        assert (spans.tag, spans.get("name"), spans.get("toName")) == ("Labels", "label", "text")
        assert (text.tag, text.get("name"), text.get("value")) == ("Text", "text", "$text")
        assert (choices.tag, choices.get("name"), choices.get("toName"), choices.get("choice")) == (
            "Choices",
            "sentiment",
            "text",
            choice,
        )
        assert [label.get("value") for label in spans] == LABELS
        assert [label.get("value") for label in choices] == LABELS


def test_label_studios_converter_finds_the_span_after_an_emoji(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import label_studio_converter as converter_module  # a test dependency (requirements.lock)
    caplog.set_level(logging.ERROR)
    item = emoji_item(annotation=judgement(["négatif"], [(12, 16, "positivo")], EMOJI_TEXT))
    out, _ = exported(tmp_path, item)
    converter = converter_module.Converter(str(tmp_path / "texts.config.xml"), project_dir=str(tmp_path))
    converter.convert(str(out), str(tmp_path / "conll"), "CONLL2003", is_dir=False)
    lines = (tmp_path / "conll" / "result.conll").read_text(encoding="utf-8").splitlines()
    tagged = {line.split(" -X- _ ")[0]: line.split(" -X- _ ")[1] for line in lines[1:] if line}
    assert tagged["room"] == "B-positivo"
    assert {tag for token, tag in tagged.items() if token != "room"} == {"O"}
    converter.convert(str(out), str(tmp_path / "min"), "JSON_MIN", is_dir=False)
    [record] = json.loads((tmp_path / "min" / "result.json").read_text(encoding="utf-8"))
    assert record["sentiment"] == "négatif"
    assert [(r["start"], r["end"], r["text"], r["labels"]) for r in record["label"]] == [(12, 16, "room", ["positivo"])]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=text_items())
def test_import_of_export_is_the_dataset(tmp_path: Path, items: list[DatasetItem]) -> None:
    items = [item for item in items if item.status != "skipped"] or [DatasetItem(id="x", kind="text", text="x")]
    out = tmp_path / "round.json"
    LS.write(dataset(*items), out)
    imported = LS.read(out)
    assert_imported(imported, items, schema_of_used=False)
    # With the config beside it, every label of the schema comes back, in order.
    assert imported.label_schemas["text"] == {"mode": "multi", "labels": [{"name": name} for name in LABELS]}


def test_quirks_predictions_old_completions_and_string_ids(tmp_path: Path) -> None:
    tasks = [
        {"id": "a", "data": {"text": "Good 👍"}, "predictions": [
            {"score": 0.4, "result": [{"type": "choices", "from_name": "s", "value": {"choices": ["neg"]}}]},
            {"score": 0.6, "result": [{"type": "choices", "from_name": "s", "value": {"choices": ["pos"]}},
                                      {"type": "labels", "from_name": "l", "value": {"start": 5, "end": 6, "text": "👍", "labels": ["pos", "emoji"]}}]},
        ]},
        {"id": 2, "data": {"text": "old"}, "completions": [{"result": [{"type": "choices", "value": {"choices": ["neg"]}}]}]},
        {"data": {"text": "none"}, "annotations": [{"result": [{"type": "textarea", "value": {"text": ["note"]}}]}]},
    ]  # fmt: skip
    path = tmp_path / "project.json"
    path.write_bytes(json.dumps(tasks).encode("utf-16"))
    imported = LS.read(path)
    assert [(i.id, i.text, i.prelabel) for i in imported.items] == [
        ("a", "Good 👍", {"labels": ["pos"], "spans": [{"start": 5, "end": 6, "label": "emoji"}, {"start": 5, "end": 6, "label": "pos"}], "score": 0.6}),
        ("2", "old", {"labels": ["neg"]}),
        ("project-00003", "none", None),
    ]  # fmt: skip
    assert imported.label_schemas["text"] == {
        "mode": "single",
        "labels": [{"name": "pos"}, {"name": "emoji"}, {"name": "neg"}],
    }


def result(value: dict[str, Any], kind: str = "labels") -> str:
    return json.dumps([{"data": {"text": "abc 👍 d"}, "annotations": [{"result": [{"type": kind, "value": value}]}]}])


BAD = [
    (result({"start": 1, "end": 9, "labels": ["x"]}), "'value' [1, 9) is not inside the text (7 characters)"),
    (result({"start": 1.0, "end": 2, "labels": ["x"]}), "'value.start' must be a whole number (found 1.0)"),
    (result({"start": 4, "end": 5, "labels": "x"}), "'value.labels' must be a list of strings (found \"x\")"),
    (result({"start": 5, "end": 6, "text": "d", "labels": ["x"]}), "'value.text' is \"d\" but [5, 6) of the text is \" \" (offsets must be code points)"),
    (result({"start": "/p[1]", "end": "/p[1]", "labels": ["x"]}), "HyperText spans (XPath offsets) are not read: use a Text tag"),
    (result({"choices": [1]}, "choices"), "'value.choices' must be a list of strings (found [1])"),
]  # fmt: skip


@pytest.mark.parametrize(("content", "reason"), BAD)
def test_bad_results_are_refused_naming_the_place(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        LS.read(path)
    assert str(caught.value) == f"{path}:[0].annotations[0].result[0]: {reason}"


def test_an_empty_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[{"data": {"text": " "}}]', encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        LS.read(path)
    assert str(caught.value) == f"{path}:[0].data: 'text' must be a non-empty string (found \" \")"

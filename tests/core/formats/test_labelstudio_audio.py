"""Label Studio JSON for audio: LS's transcription-per-segment template, seconds kept exactly, transcripts per region."""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.model import LabelSchema
from tests.core.helpers import assert_bit_exact, audio_bytes

LS = load()["label-studio"]
SPEAKERS = ("Agent", "Клиент", "话者")
SCHEMA = {"audio": LabelSchema(mode="single", labels=(), speakers=SPEAKERS)}
SEGMENTS = [
    {"start": 0.1, "end": 1 / 3, "text": "héllo [inaudible] 漢字 🎧", "speaker": "Agent"},
    {"start": 1 / 3, "end": 2.000000000000001, "text": "", "speaker": None},
    {"start": 2.5, "end": 3.0, "text": "مرحبا\nline two", "speaker": "话者"},
]


def audio_dataset(*items: DatasetItem) -> Dataset:
    return Dataset(package_id="p", title="T", label_schemas=SCHEMA, items=items)


def clip(item_id: str, segments: list[dict[str, Any]], **fields: Any) -> DatasetItem:
    base: dict[str, Any] = {"status": "done", "annotator": "a-1", "annotation": {"segments": segments}}
    base.update(fields)
    return DatasetItem(id=item_id, kind="audio", media=f"media/{item_id}.wav", **base)


def test_each_segment_is_a_labels_region_with_its_transcript(tmp_path: Path) -> None:
    out = tmp_path / "audio.json"
    assert LS.write(audio_dataset(clip("c1", SEGMENTS), clip("c2", [], annotation=None, status="todo")), out) == [
        out,
        tmp_path / "audio.config.xml",
    ]
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert [t["data"] for t in tasks] == [{"audio": "c1.wav", "item_id": "c1"}, {"audio": "c2.wav", "item_id": "c2"}]
    annotation = tasks[0]["annotations"][0]
    assert (annotation["ground_truth"], "completed_by" in annotation) == (False, False)
    regions = annotation["result"]
    assert [(r["id"], r["from_name"], r["to_name"], r["type"]) for r in regions] == [
        ("seg1", "labels", "audio", "labels"),
        ("seg1", "transcription", "audio", "textarea"),
        ("seg2", "labels", "audio", "labels"),
        ("seg3", "labels", "audio", "labels"),
        ("seg3", "transcription", "audio", "textarea"),
    ]
    assert regions[0]["value"] == {"start": 0.1, "end": 1 / 3, "channel": 0, "labels": ["Agent"]}
    assert regions[1]["value"] == {"start": 0.1, "end": 1 / 3, "channel": 0, "text": ["héllo [inaudible] 漢字 🎧"]}
    assert regions[2]["value"]["labels"] == ["Speech"]  # no speaker
    assert regions[2]["value"]["end"] == 2.000000000000001  # seconds as annotated, never rounded
    assert regions[4]["value"]["text"] == ["مرحبا\nline two"]
    assert tasks[1]["annotations"] == []


def test_the_config_is_the_segments_transcription_template(tmp_path: Path) -> None:
    LS.write(audio_dataset(clip("c1", SEGMENTS)), tmp_path / "audio.json")
    config = ElementTree.fromstring((tmp_path / "audio.config.xml").read_text(encoding="utf-8"))
    labels, audio, transcript = list(config)
    assert (labels.tag, labels.attrib) == ("Labels", {"name": "labels", "toName": "audio"})
    assert [label.get("value") for label in labels] == [*SPEAKERS, "Speech"]
    assert (audio.tag, audio.attrib) == ("Audio", {"name": "audio", "value": "$audio"})
    assert transcript.tag == "TextArea"
    assert transcript.attrib == {
        "name": "transcription",
        "toName": "audio",
        "rows": "2",
        "editable": "true",
        "perRegion": "true",
        "required": "true",
    }


def test_label_studios_converter_reads_the_regions(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import label_studio_converter as converter_module  # a test dependency (requirements.lock)
    caplog.set_level(logging.ERROR)
    LS.write(audio_dataset(clip("c1", SEGMENTS)), tmp_path / "audio.json")
    converter = converter_module.Converter(str(tmp_path / "audio.config.xml"), project_dir=str(tmp_path))
    converter.convert(str(tmp_path / "audio.json"), str(tmp_path / "min"), "JSON_MIN", is_dir=False)
    [record] = json.loads((tmp_path / "min" / "result.json").read_text(encoding="utf-8"))
    assert [(r["start"], r["end"], r["labels"]) for r in record["labels"]] == [
        (s["start"], s["end"], [s["speaker"] or "Speech"]) for s in SEGMENTS
    ]
    # JSON-MIN gives each one-line TextArea as its text.
    assert record["transcription"] == [s["text"] for s in SEGMENTS if s["text"]]


def save_clips(folder: Path, dataset: Dataset, seconds: float = 4.0) -> None:
    for item in dataset.items:
        (folder / item.file_name).write_bytes(audio_bytes("WAV", seconds))


def test_import_of_export_gives_the_segments_back_bit_exactly(tmp_path: Path) -> None:
    dataset = audio_dataset(clip("c1", SEGMENTS), clip("c2", [], annotation=None, status="todo"))
    LS.write(dataset, tmp_path / "audio.json")
    save_clips(tmp_path, dataset)
    imported = LS.read(tmp_path / "audio.json")
    assert [(i.id, i.kind, i.media_name, i.source) for i in imported.items] == [
        ("c1", "audio", "c1.wav", tmp_path / "c1.wav"),
        ("c2", "audio", "c2.wav", tmp_path / "c2.wav"),
    ]
    assert imported.items[0].prelabel is not None
    assert_bit_exact(imported.items[0].prelabel, {"segments": SEGMENTS})
    assert imported.items[1].prelabel is None
    assert imported.label_schemas == {"audio": {"mode": "single", "labels": [], "speakers": list(SPEAKERS)}}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    cuts=st.lists(st.floats(0, 4, allow_nan=False), min_size=2, max_size=8, unique=True),
    speakers=st.lists(st.sampled_from([None, *SPEAKERS]), min_size=7, max_size=7),
    texts=st.lists(st.sampled_from(["", "a", "👍🏽 e\u0301", "שלום"]), min_size=7, max_size=7),
)
def test_generated_segments_survive_the_round_trip(
    tmp_path: Path, cuts: list[float], speakers: list[str | None], texts: list[str]
) -> None:
    cuts = sorted(cuts)
    segments = [
        {"start": start, "end": end, "text": texts[n], "speaker": speakers[n]}
        for n, (start, end) in enumerate(zip(cuts, cuts[1:], strict=False))
    ]
    dataset = audio_dataset(clip("g", segments))
    LS.write(dataset, tmp_path / "g.json")
    save_clips(tmp_path, dataset, seconds=0.1)
    assert_bit_exact(LS.read(tmp_path / "g.json").items[0].prelabel, {"segments": segments})


def test_a_whole_file_transcript_and_foreign_labels_are_read(tmp_path: Path) -> None:
    (tmp_path / "talk.wav").write_bytes(audio_bytes("WAV", 0.5))
    (tmp_path / "seg.wav").write_bytes(audio_bytes("WAV", 0.5))
    tasks = [
        # LS's plain "Automatic Speech Recognition" template: one TextArea for the whole file.
        {"id": 1, "data": {"audio": "/data/upload/1/0a1b2c3d-talk.wav"},
         "annotations": [{"result": [{"from_name": "transcription", "to_name": "audio", "type": "textarea",
                                      "value": {"text": ["hello there"]}}]}]},
        # Segments made in LS with its own labels, and a transcript given as a plain string.
        {"id": 2, "data": {"audio": "seg.wav"},
         "predictions": [{"score": 0.5, "result": [
             {"id": "x", "type": "labels", "value": {"start": 0.2, "end": 0.4, "labels": ["Noise"]}},
             {"id": "x", "type": "textarea", "value": {"start": 0.2, "end": 0.4, "text": "hm"}},
             {"id": "y", "type": "labels", "value": {"start": 0.0, "end": 0.1, "labels": ["Speech"]}},
         ]}]},
    ]  # fmt: skip
    (tmp_path / "asr.json").write_text(json.dumps(tasks), encoding="utf-8")
    imported = LS.read(tmp_path / "asr.json")
    assert [(i.id, i.media_name, i.prelabel) for i in imported.items] == [
        ("1", "talk.wav", {"segments": [{"start": 0.0, "end": 0.5, "text": "hello there", "speaker": None}]}),
        (
            "2",
            "seg.wav",
            {
                "segments": [
                    {"start": 0.0, "end": 0.1, "text": "", "speaker": None},
                    {"start": 0.2, "end": 0.4, "text": "hm", "speaker": "Noise"},
                ],
                "score": 0.5,
            },
        ),
    ]
    assert imported.label_schemas["audio"] == {"mode": "single", "labels": [], "speakers": ["Noise"]}


def regions(*results: dict[str, Any]) -> str:
    return json.dumps([{"data": {"audio": "a.wav"}, "annotations": [{"result": list(results)}]}])


BAD = [
    (regions({"type": "labels", "value": {"start": 2, "end": 1, "labels": []}}), "a segment must have 0 <= start <= end (found 2 to 1)"),
    (regions({"type": "labels", "value": {"start": -1, "end": 1, "labels": []}}), "a segment must have 0 <= start <= end (found -1 to 1)"),
    (regions({"type": "labels", "value": {"start": "0", "end": 1}}), "'value.start' must be a number (found \"0\")"),
    (regions({"type": "textarea", "value": {"start": 0, "end": 1, "text": [1]}}), "'value.text' must be a list of strings (found [1])"),
    (regions({"type": "labels", "value": {"start": 0, "end": 1, "labels": "A"}}), "'value.labels' must be a list of strings (found \"A\")"),
]  # fmt: skip


@pytest.mark.parametrize(("content", "reason"), BAD)
def test_bad_segments_are_refused_naming_the_place(tmp_path: Path, content: str, reason: str) -> None:
    (tmp_path / "a.wav").write_bytes(audio_bytes("WAV", 0.2))
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        LS.read(path)
    assert str(caught.value) == f"{path}:[0].annotations[0].result[0]: {reason}"


def test_a_missing_clip_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(regions(), encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        LS.read(path)
    assert str(caught.value) == (
        f"{path}:[0].data.audio: \"a.wav\": no file 'a.wav' in {tmp_path} (put the audio files beside the JSON)"
    )

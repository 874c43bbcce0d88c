"""Label Studio JSON, written: one task per item with its annotation, and the labeling config beside it (see labelstudio.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.core.atomic import write_atomic
from annotator.core.errors import Problem
from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.formats.from_bundles import ExportError
from annotator.core.formats.labelstudio import config as cfg
from annotator.core.formats.labelstudio import evaluation as ls_eval
from annotator.core.formats.text import (
    judgement,
)
from annotator.core.model import EVALUATION_KINDS, ITEM_KINDS

CONFIGS = {"image": cfg.image_config, "audio": cfg.audio_config, "text": cfg.text_config}
DATA_KEYS = {"image": cfg.IMAGE, "audio": cfg.AUDIO, "text": cfg.TEXT}


# -- tasks ------------------------------------------------------------------------------------------


def write(dataset: Dataset, out: Path) -> list[Path]:
    """OUT.json and OUT.config.xml (one pair per kind when the package holds several)."""
    kinds = [kind for kind in ITEM_KINDS if dataset.of_kind(kind)]
    if not kinds:
        raise ExportError([Problem(str(out), "the package has no items")])
    base = out.with_suffix("") if out.suffix.lower() == ".json" else out
    written: list[Path] = []
    for kind in kinds:
        name = f"{base.name}.{kind}" if len(kinds) > 1 else base.name
        tasks_path = out if len(kinds) == 1 else base.with_name(f"{name}.json")
        config_path = base.with_name(f"{name}.config.xml")
        layout = ls_eval.Layout.of(dataset, kind) if kind in EVALUATION_KINDS else None
        tasks = [_task(number, item, layout) for number, item in enumerate(dataset.of_kind(kind), start=1)]
        raw = json.dumps(tasks, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        write_atomic(tasks_path, raw.encode("utf-8"))
        config = ls_eval.config(layout) if layout else CONFIGS[kind](dataset.label_schemas.get(kind))
        write_atomic(config_path, config.encode("utf-8"))
        written += [tasks_path, config_path]
    return written


def _task(number: int, item: DatasetItem, layout: ls_eval.Layout | None) -> dict[str, Any]:
    if layout is not None:
        # An evaluation item's task says its kind, so a reader can tell it from a text task (see labelstudio.py).
        data = {**ls_eval.task_data(item, layout), "item_id": item.id, "item_kind": item.kind}
    else:
        data = {DATA_KEYS[item.kind]: item.text if item.kind == "text" else item.file_name, "item_id": item.id}
    if item.lang is not None:
        data["lang"] = item.lang
    task: dict[str, Any] = {"id": number, "data": data, "annotations": []}
    if item.annotation is None and item.status != "skipped":
        return task
    if layout is not None:
        results = ls_eval.results(item, layout)
    else:
        results = {"image": _box_results, "audio": _segment_results, "text": _text_results}[item.kind](item)
    task["annotations"] = [
        {"id": number, "result": results, "was_cancelled": item.status == "skipped", "ground_truth": False}
    ]
    return task


def _box_results(item: DatasetItem) -> list[dict[str, Any]]:
    width, height = item.width, item.height
    if not width or not height:
        raise ExportError([Problem(item.file_name, "the image's size is not known")])
    results = []
    for box in (item.annotation or {}).get("boxes", []):
        geometry = {
            "x": box["x"] * 100 / width,
            "y": box["y"] * 100 / height,
            "width": box["w"] * 100 / width,
            "height": box["h"] * 100 / height,
            "rotation": 0,
        }
        common: dict[str, Any] = {
            "id": box["id"],
            "from_name": cfg.BOXES,
            "to_name": cfg.IMAGE,
            "type": "rectanglelabels",
            "original_width": width,
            "original_height": height,
            "image_rotation": 0,
            "value": {**geometry, "rectanglelabels": [box["label"]]},
            "origin": "prediction" if box.get("source") == "model" else "manual",
        }
        if "score" in box:
            common["score"] = box["score"]
        results.append(common)
        if box.get("attributes"):
            attributes = {**common, "from_name": cfg.ATTRIBUTES, "type": "choices"}
            attributes["value"] = {**geometry, "choices": list(box["attributes"])}
            attributes.pop("score", None)
            results.append(attributes)
    return results


def _segment_results(item: DatasetItem) -> list[dict[str, Any]]:
    results = []
    for number, segment in enumerate((item.annotation or {}).get("segments", []), start=1):
        span = {"start": segment["start"], "end": segment["end"], "channel": 0}
        speaker = segment.get("speaker")
        regions = [(cfg.SPEAKERS, "labels", {**span, "labels": [cfg.NO_SPEAKER if speaker is None else speaker]})]
        if segment.get("text"):
            regions.append((cfg.TRANSCRIPT, "textarea", {**span, "text": [segment["text"]]}))
        for from_name, kind, value in regions:
            result: dict[str, Any] = {"id": f"seg{number}", "from_name": from_name, "to_name": cfg.AUDIO, "type": kind}
            if item.duration is not None:
                result["original_length"] = item.duration
            results.append({**result, "value": value, "origin": "manual"})
    return results


def _text_results(item: DatasetItem) -> list[dict[str, Any]]:
    text = item.text or ""
    decided = judgement(item)
    results: list[dict[str, Any]] = []
    if decided["labels"]:
        results.append(
            {
                "id": "labels",
                "from_name": cfg.CHOICES,
                "to_name": cfg.TEXT,
                "type": "choices",
                "value": {"choices": decided["labels"]},
                "origin": "manual",
            }
        )
    for number, span in enumerate(decided["spans"], start=1):
        value = {"start": span["start"], "end": span["end"], "text": text[span["start"] : span["end"]]}
        results.append(
            {
                "id": f"span{number}",
                "from_name": cfg.SPANS,
                "to_name": cfg.TEXT,
                "type": "labels",
                "value": {**value, "labels": [span["label"]]},
                "origin": "manual",
            }
        )
    return results

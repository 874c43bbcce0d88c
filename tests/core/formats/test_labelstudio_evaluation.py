"""Label Studio JSON for the evaluation kinds: pairwise from the shown order, ratings, MQM spans, rewrites; configs that match."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import DatasetItem
from tests.core.formats.evaluation_dataset import ALL_ITEMS, P1, P2, T1, T1_TARGET, W1, evaluation_dataset

LS = load()["label-studio"]
KINDS = ("pairwise", "rating", "translation", "rewrite")


def exported(tmp_path: Path, *items: DatasetItem) -> dict[str, tuple[list[dict[str, Any]], ElementTree.Element]]:
    """Each kind's tasks and parsed config, written as one export of a package of several kinds."""
    out = tmp_path / "eval.json"
    written = LS.write(evaluation_dataset(*items), out)
    kinds = [kind for kind in KINDS if any(item.kind == kind for item in items or ALL_ITEMS)]
    names = {kind: f"eval.{kind}" if len(kinds) > 1 else "eval" for kind in kinds}
    assert written == [tmp_path / f"{names[kind]}{suffix}" for kind in kinds for suffix in (".json", ".config.xml")]
    return {
        kind: (
            json.loads((tmp_path / f"{names[kind]}.json").read_text(encoding="utf-8")),
            ElementTree.fromstring((tmp_path / f"{names[kind]}.config.xml").read_text(encoding="utf-8")),
        )
        for kind in kinds
    }


def results(task: dict[str, Any]) -> list[dict[str, Any]]:
    return [result for annotation in task["annotations"] for result in annotation["result"]]


def by_item(tasks: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {task["data"]["item_id"]: task for task in tasks}


def test_every_result_names_a_control_of_its_config_and_holds_a_value_the_control_offers(tmp_path: Path) -> None:
    for kind, (tasks, config) in exported(tmp_path).items():
        controls = {element.get("name"): element for element in config.iter() if element.get("name")}
        assert len(controls) == len(list(c for c in config.iter() if c.get("name"))), f"{kind}: names are unique"
        data_keys = {
            element.get("value", "").removeprefix("$")
            for element in config.iter()
            if element.get("value", "").startswith("$")
        }
        for task in tasks:
            assert data_keys <= set(task["data"]), f"{kind}: every task has every data key its config reads"
            assert task["data"]["item_kind"] == kind
            for result in results(task):
                control = controls[result["from_name"]]
                target = result["to_name"]
                assert target in (control.get("toName") or "").split(",") or target == result["from_name"], result
                if result["type"] == "choices":
                    offered = {choice.get("value") for choice in control}
                    assert set(result["value"]["choices"]) <= offered, (kind, result)
                if result["type"] == "labels":
                    assert set(result["value"]["labels"]) <= {label.get("value") for label in control}


def test_pairwise_results_say_left_or_right_from_the_shown_order(tmp_path: Path) -> None:
    tasks, config = exported(tmp_path)["pairwise"]
    found = by_item(tasks)
    p1 = found["p1"]
    # p1 was shown r2 ("9") left and r1 ("2") right, and B (r1) was chosen: "right".
    assert (p1["data"]["left"], p1["data"]["right"], p1["data"]["order"]) == ("9", "2", ["r2", "r1"])
    assert results(p1)[0] == {
        "id": "comparison", "from_name": "comparison", "to_name": "comparison", "type": "pairwise",
        "value": {"selected": "right"}, "origin": "manual",
    }  # fmt: skip
    assert [(r["from_name"], r["value"]) for r in results(p1)[1:]] == [
        ("strength", {"number": 2}),
        ("criterion-1", {"choices": ["Right"]}),
        ("criterion-2", {"choices": ["Tie"]}),
        ("reasons", {"choices": ["more accurate"]}),
        ("rationale", {"text": ["9 is 3 × 3."]}),
    ]
    assert [(r["type"], r["value"]) for r in results(found["p2"])] == [("choices", {"choices": ["Tie"]})]
    assert [(r["type"], r["value"]) for r in results(found["p3"])] == [("choices", {"choices": ["Both bad"]})]
    assert results(found["p4"]) == [
        {"id": "ranking", "from_name": "ranking", "to_name": "responses", "type": "ranker",
         "value": {"ranker": {"rank-1": ["r1"], "rank-2": ["r3", "r2"]}}, "origin": "manual"},
    ]  # fmt: skip
    assert [r["id"] for r in found["p4"]["data"]["responses"]] == ["r3", "r1", "r2"]
    assert found["p5"]["annotations"][0]["was_cancelled"] is True
    assert found["p7"]["annotations"] == []
    assert "helpfulness" in [header.get("value") for header in config.iter("Header")]


def test_a_package_of_two_way_comparisons_has_no_ranker(tmp_path: Path) -> None:
    tasks, config = exported(tmp_path, P1, P2)["pairwise"]
    assert not list(config.iter("Ranker")) and "responses" not in tasks[0]["data"]


def test_ratings_are_stars_or_choices_and_relevance_grades_are_buckets(tmp_path: Path) -> None:
    tasks, config = exported(tmp_path)["rating"]
    found = by_item(tasks)
    assert [(r["from_name"], r["type"], r["value"]) for r in results(found["g1"])] == [
        ("criterion-1", "rating", {"rating": 4}),
        ("criterion-2", "rating", {"rating": 5}),
        ("na", "choices", {"choices": ["clarity"]}),
        ("flag-1", "choices", {"choices": ["No"]}),
        ("flag-2", "choices", {"choices": ["No"]}),
        ("flag-3", "choices", {"choices": ["Yes"]}),
        ("confidence", "rating", {"rating": 2}),
    ]
    assert results(found["s1"])[0]["value"] == {"ranker": {"grade-0": ["d3"], "grade-3": ["d1"]}}
    assert found["s1"]["data"]["results"][0] == {"id": "d1", "title": "Pizza", "body": ""}
    assert [bucket.get("name") for bucket in config.iter("Bucket")] == ["grade-0", "grade-1", "grade-2", "grade-3"]
    assert [rating.get("maxRating") for rating in config.iter("Rating")] == ["5", "5", "5", "3"]


def test_translation_errors_are_label_regions_in_code_points_of_the_joined_sentences(tmp_path: Path) -> None:
    tasks, _ = exported(tmp_path, T1)["translation"]
    task = tasks[0]
    target = task["data"]["target"]
    assert target == "\n".join(T1_TARGET)
    spans = [r for r in results(task) if r["type"] == "labels"]
    assert [(r["to_name"], r["value"]["labels"], r["value"]["text"]) for r in spans] == [
        ("source", ["Major"], "great"),
        ("target", ["Major"], "saß"),
        ("target", ["Neutral"], "e\u0301"),
        ("target", ["Minor"], "toll"),
    ]
    for region in spans:
        text = task["data"][region["to_name"]]
        assert text[region["value"]["start"] : region["value"]["end"]] == region["value"]["text"]
    categories = {r["id"]: r["value"]["choices"] for r in results(task) if r["from_name"].endswith("_category")}
    assert categories == {
        "error1": ["Accuracy/Omission"],
        "error2": ["Accuracy/Mistranslation"],
        "error3": ["Style/Awkward"],
        "error4": ["Fluency/Punctuation"],
    }
    note = next(r for r in results(task) if r["from_name"] == "target_note")
    assert (note["id"], note["value"]["text"]) == ("error2", ["should be\tsitzt"])
    assert results(task)[-1]["value"] == {"number": 70}


def test_a_non_translated_sentence_is_one_major_region(tmp_path: Path) -> None:
    tasks, _ = exported(tmp_path)["translation"]
    t2 = by_item(tasks)["t2"]
    last = [r for r in results(t2) if r["id"] == "error3"]
    assert [(r["from_name"], r["value"]) for r in last] == [
        ("target_severity", {"start": 24, "end": 28, "text": "xxxx", "labels": ["Major"]}),
        ("target_category", {"start": 24, "end": 28, "text": "xxxx", "choices": ["Non-translation"]}),
    ]


def test_a_rewrite_is_the_text_area_and_its_edit_categories(tmp_path: Path) -> None:
    tasks, config = exported(tmp_path, W1)["rewrite"]
    assert tasks[0]["data"] == {
        "prompt": "Capital of Australia?",
        "response": "The capital of Australia is Sydney.",
        "item_id": "w1",
        "item_kind": "rewrite",
    }
    assert [(r["from_name"], r["type"], r["value"]) for r in results(tasks[0])] == [
        ("rewrite", "textarea", {"text": ["The capital of Australia is Canberra."]}),
        ("edit_categories", "choices", {"choices": ["factual error"]}),
    ]
    area = next(config.iter("TextArea"))
    assert (area.get("value"), area.get("editable")) == ("$response", "true")


def test_reading_an_evaluation_export_back_is_refused_clearly(tmp_path: Path) -> None:
    exported(tmp_path, P1)
    with pytest.raises(PackageError, match=r"eval\.json:\[0\]: this is a task of a pairwise item"):
        LS.read(tmp_path / "eval.json")

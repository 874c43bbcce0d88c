"""Evaluation exports: TRL pairs read by `datasets`, Arena battles, WMT MQM re-scored from pandas, ESA spans, JSONL, qrels."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from annotator.cli import main
from annotator.core.documents.schemas import schema_problems
from annotator.core.evaluation.mqm import item_score
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import DatasetItem
from annotator.core.formats.evaluation import tsv_field, tsv_text
from annotator.core.formats.from_bundles import ExportError
from annotator.core.model import Status
from tests.core.formats.evaluation_dataset import (
    ALL_ITEMS,
    P2,
    P3,
    P7,
    SOURCE,
    SYSTEM_AND_USER,
    T1,
    T1_TARGET,
    T2_TARGET,
    T3_TARGET,
    TRANSLATION_ITEMS,
    WEIGHTS,
    evaluation_dataset,
    pairwise,
    pairwise_annotation,
)
from tests.core.formats.test_text_jsonl import make_bundle
from tests.evaluation_packages import pairwise_item, write_evaluation_package

FORMATS = load()
EVALUATION_FORMATS = {
    "trl-preference": ("pairwise",),
    "trl-preference-chat": ("pairwise",),
    "trl-unpaired": ("pairwise",),
    "trl-unpaired-chat": ("pairwise",),
    "arena-battles": ("pairwise",),
    "wmt-mqm-tsv": ("translation",),
    "esa-csv": ("translation",),
    "evaluation-jsonl": ("pairwise", "rating", "translation", "rewrite"),
    "trec-qrels": ("rating",),
}


def written(tmp_path: Path, format_id: str, *items: DatasetItem, name: str = "out") -> Path:
    out = tmp_path / f"{name}-{format_id}"
    assert FORMATS[format_id].write(evaluation_dataset(*items), out) == [out]
    return out


def jsonl(path: Path) -> list[dict[str, Any]]:
    raw = path.read_bytes()
    assert raw.endswith(b"\n") and b"\r" not in raw
    return [json.loads(line) for line in raw.decode("utf-8").split("\n")[:-1]]


@pytest.fixture
def offline_hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`datasets` kept off the network and out of the home folder: its caches live in the test's folder."""
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    return tmp_path / "hf-cache"


def load_json_dataset(path: Path, cache: Path) -> Any:
    from datasets import load_dataset  # a test dependency (requirements.lock)

    return load_dataset("json", data_files=str(path), split="train", cache_dir=str(cache))


# -- the hand-made annotations are what the editors store --------------------------------------------


def test_every_annotation_of_the_dataset_validates_against_its_schema() -> None:
    checked = 0
    for item in ALL_ITEMS:
        if item.annotation is not None:
            assert schema_problems(item.annotation, f"annotation-{item.kind}-v1", item.id) == []
            checked += 1
    assert checked == 16


def test_the_formats_are_registered_for_the_evaluation_kinds() -> None:
    for format_id, kinds in EVALUATION_FORMATS.items():
        fmt = FORMATS[format_id]
        assert (fmt.kinds, fmt.read, fmt.output) == (kinds, None, "file")
        assert fmt.title and fmt.write is not None
    assert set(FORMATS["label-studio"].kinds) >= {"pairwise", "rating", "translation", "rewrite"}


# -- TRL ----------------------------------------------------------------------------------------------


def test_preference_pairs_keep_only_won_comparisons_and_expand_rankings(tmp_path: Path) -> None:
    rows = jsonl(written(tmp_path, "trl-preference"))
    assert rows == [
        # p1: B (r1, "2") was preferred over the left one (r2, "9"); strength and rationale are not TRL's.
        {"prompt": "Name a prime.", "chosen": "2", "rejected": "9"},
        # p4 ranked r1 first, r2 and r3 equal: the two strict pairs, in shown order (r3, r1, r2); the tie gives none.
        {"prompt": "Rank the greetings 👋🏽.", "chosen": "Hello", "rejected": "Yo"},
        {"prompt": "Rank the greetings 👋🏽.", "chosen": "Hello", "rejected": "Hi"},
    ]  # p2 tie, p3 both bad: left out; p5 skipped, p6 flagged, p7 untouched, p8 undecided: not finished
    assert list(rows[0]) == ["prompt", "chosen", "rejected"]


def test_conversational_pairs_are_message_lists_for_every_row(tmp_path: Path) -> None:
    won_chat = pairwise(
        "c1", SYSTEM_AND_USER, ["Ciao!", "Hallo!"], [None, None], pairwise_annotation(["r2", "r1"], "B")
    )
    rows = jsonl(written(tmp_path, "trl-preference-chat", *evaluation_dataset().items, won_chat))
    assert rows[0] == {
        "prompt": [{"role": "user", "content": "Name a prime."}],
        "chosen": [{"role": "assistant", "content": "2"}],
        "rejected": [{"role": "assistant", "content": "9"}],
    }
    assert rows[-1] == {
        "prompt": SYSTEM_AND_USER,
        "chosen": [{"role": "assistant", "content": "Ciao!"}],
        "rejected": [{"role": "assistant", "content": "Hallo!"}],
    }
    assert len(rows) == 4 and all(isinstance(row["prompt"], list) for row in rows)


def test_a_chat_prompt_in_the_text_format_is_a_string(tmp_path: Path) -> None:
    one_turn = pairwise(
        "c1",
        [{"role": "user", "content": "Only me."}],
        ["x", "y"],
        [None, None],
        pairwise_annotation(["r1", "r2"], "A"),
    )
    two_turns = pairwise("c2", SYSTEM_AND_USER, ["x", "y"], [None, None], pairwise_annotation(["r1", "r2"], "A"))
    rows = jsonl(written(tmp_path, "trl-preference", one_turn, two_turns))
    assert [row["prompt"] for row in rows] == ["Only me.", "system: Be brief.\n\nuser: Say hi in Italian."]


def test_unpaired_rows_write_ties_as_good_and_both_bad_as_bad(tmp_path: Path) -> None:
    rows = jsonl(written(tmp_path, "trl-unpaired"))
    chat = "system: Be brief.\n\nuser: Say hi in Italian."
    assert [(row["prompt"], row["completion"], row["label"]) for row in rows] == [
        ("Name a prime.", "2", True),
        ("Name a prime.", "9", False),
        (chat, "Ciao!", True),  # p2 tie: both desirable, left first
        (chat, "Hallo!", True),
        ("2 + 2?", "22", False),  # p3 both bad, shown order r2, r1
        ("2 + 2?", "5", False),
        ("Rank the greetings 👋🏽.", "Hello", True),
        ("Rank the greetings 👋🏽.", "Yo", False),
        ("Rank the greetings 👋🏽.", "Hello", True),
        ("Rank the greetings 👋🏽.", "Hi", False),
    ]
    assert all(list(row) == ["prompt", "completion", "label"] for row in rows)
    chat_rows = jsonl(written(tmp_path, "trl-unpaired-chat"))
    assert chat_rows[2] == {
        "prompt": SYSTEM_AND_USER,
        "completion": [{"role": "assistant", "content": "Ciao!"}],
        "label": True,
    }
    assert [row["label"] for row in chat_rows] == [row["label"] for row in rows]


@pytest.mark.parametrize(
    ("format_id", "columns", "text_column"),
    [
        ("trl-preference", ["prompt", "chosen", "rejected"], "chosen"),
        ("trl-preference-chat", ["prompt", "chosen", "rejected"], "chosen"),
        ("trl-unpaired", ["prompt", "completion", "label"], "completion"),
        ("trl-unpaired-chat", ["prompt", "completion", "label"], "completion"),
    ],
)
def test_the_trl_files_load_with_the_datasets_library(
    tmp_path: Path, offline_hub: Path, format_id: str, columns: list[str], text_column: str
) -> None:
    from datasets import Value

    # The chat prompt of p2 sits beside plain ones: each column must still be of one type.
    out = written(tmp_path, format_id)
    loaded = load_json_dataset(out, offline_hub)
    assert loaded.column_names == columns
    assert loaded.num_rows == len(jsonl(out))
    assert [dict(row) for row in loaded] == jsonl(out)
    features = loaded.features
    if format_id.endswith("-chat"):
        message = {"role": Value("string"), "content": Value("string")}
        for column in ("prompt", text_column):
            assert dict(features[column].feature) == message, column
        assert loaded[0][text_column][0]["role"] == "assistant"
    else:
        assert features["prompt"] == Value("string") and features[text_column] == Value("string")
    if "label" in columns:
        assert features["label"] == Value("bool")
    else:
        assert features["rejected"] == features["chosen"]


def test_preference_pairs_refuse_a_package_of_only_ties_naming_the_unpaired_formats(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        written(tmp_path, "trl-preference", P2, P3, P7)
    message = str(caught.value)
    assert "no pairwise item is done with a judgement yet (3 in this package)" in message and "trl-unpaired" in message
    assert not (tmp_path / "out-trl-preference").exists()
    assert len(jsonl(written(tmp_path, "trl-unpaired", P2, P3, P7))) == 4


def test_a_shown_order_naming_an_unknown_response_is_refused_naming_the_item(tmp_path: Path) -> None:
    broken = pairwise("p9", "Q?", ["a", "b"], [None, None], pairwise_annotation(["r1", "r7"], "A"))
    for format_id in ("trl-preference", "arena-battles"):
        with pytest.raises(ExportError, match=r"item 'p9': the shown order names the response 'r7'"):
            written(tmp_path, format_id, broken)


# -- Chatbot Arena ------------------------------------------------------------------------------------


def test_battles_name_the_left_response_model_a_and_write_every_outcome(tmp_path: Path) -> None:
    rows = jsonl(written(tmp_path, "arena-battles"))
    assert rows[0] == {
        "question_id": "p1",
        "model_a": "beta",  # r2 was shown on the left
        "model_b": "alpha",
        "winner": "model_b",
        "judge": "a-1",
        "conversation_a": [{"role": "user", "content": "Name a prime."}, {"role": "assistant", "content": "9"}],
        "conversation_b": [{"role": "user", "content": "Name a prime."}, {"role": "assistant", "content": "2"}],
        "turn": 1,
        "anony": True,
        "language": "en",
    }
    assert rows[1]["conversation_a"] == [*SYSTEM_AND_USER, {"role": "assistant", "content": "Ciao!"}]
    summary = [(r["question_id"], r["model_a"], r["model_b"], r["winner"], r["language"]) for r in rows]
    assert summary == [
        ("p1", "beta", "alpha", "model_b", "en"),
        ("p2", "r1", "r2", "tie", "it"),  # no systems: the response ids
        ("p3", "beta", "alpha", "tie (bothbad)", None),
        ("p4", "gamma", "alpha", "model_b", None),  # the ranking r3, r1, r2 shown; r1 first, r2 = r3
        ("p4", "gamma", "beta", "tie", None),
        ("p4", "alpha", "beta", "model_a", None),
    ]


# -- WMT MQM TSV --------------------------------------------------------------------------------------

MQM_HEADER = "system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\tcomment"


def read_mqm(path: Path) -> Any:
    import pandas

    return pandas.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE, keep_default_na=False, dtype=str, encoding="utf-8")


def test_mqm_rows_mark_each_error_inline_in_code_points(tmp_path: Path) -> None:
    raw = written(tmp_path, "wmt-mqm-tsv").read_text(encoding="utf-8")
    lines = raw.split("\n")
    assert lines[0] == MQM_HEADER and lines[-1] == ""
    rows = [line.split("\t") for line in lines[1:-1]]
    assert all(len(row) == 10 for row in rows)
    assert rows[:8] == [
        # t1: emoji before the span, a source-side omission, a combining accent, a ZWJ emoji after.
        ["sysA", "doc1", "1", "1", "a-2", SOURCE[0], "Die Katze 😺 <v>saß</v> auf der Matte.",
         "Accuracy/Mistranslation", "Major", "should be\\tsitzt"],
        ["sysA", "doc1", "2", "2", "a-2", "It was <v>great</v> 👩\u200d💻.", T1_TARGET[1], "Accuracy/Omission", "Major", ""],
        ["sysA", "doc1", "2", "2", "a-2", SOURCE[1], "Es war <v>e\u0301</v> toll 👩\u200d💻.", "Style/Awkward", "Neutral", ""],
        ["sysA", "doc1", "2", "2", "a-2", SOURCE[1], "Es war e\u0301 <v>toll</v> 👩\u200d💻.", "Fluency/Punctuation", "Minor", ""],
        # t2 is the same doc: the same seg_ids. Arabic; its non-translated sentence is one row.
        ["sysB", "doc1", "1", "1", "a-2", SOURCE[0], "جلست القطة على <v>الحصيرة</v>.", "Fluency/Grammar", "Minor", ""],
        ["sysB", "doc1", "2", "2", "a-2", SOURCE[1], "<v>xxxx</v>", "Non-translation", "Major", ""],
        # t3: CJK, then a clean sentence.
        ["sysC", "t3", "1", "3", "a-2", "Hello world.", "你好，<v>世界</v>。", "Terminology/Inappropriate for context", "Minor", ""],
        ["sysC", "t3", "2", "4", "a-2", "Good night.", "晚安。", "No-error", "No-error", ""],
    ]  # fmt: skip
    # t4: line breaks, tabs and backslashes escaped; no category chosen. t5 untouched and t6 flagged: no rows.
    assert rows[8:] == [
        ["", "t4", "1", "5", "a-2", "Line one\\nline two \\\\ back", "Zeile eins\\nZeile zwei <v>\\\\</v> zurück", "", "Minor", ""],
        ["", "t4", "2", "6", "a-2", "\"Tab\\there,\" he said.", "Tab\\t<v>hier</v>.", "", "Minor", ""],
    ]  # fmt: skip
    for text in ("Zeile eins\nZeile zwei \\ zurück", "a\\tb\t\r\n\\", ""):
        assert tsv_text(tsv_field(text)) == text


def test_the_mqm_tsv_parses_with_pandas_and_rescores_to_the_annotations_mqm(tmp_path: Path) -> None:
    frame = read_mqm(written(tmp_path, "wmt-mqm-tsv"))
    assert list(frame.columns) == MQM_HEADER.split("\t")
    assert len(frame) == 10
    assert tsv_text(frame.loc[0, "comment"]) == "should be\tsitzt"
    assert tsv_text(frame.loc[8, "source"]) == "Line one\nline two \\ back"
    assert tsv_text(frame.loc[9, "source"]) == '"Tab\there," he said.'  # quotes are text: no quoting
    # WMT's recipe with the package's weights: each row's weight, summed per sentence, averaged per item.
    penalties: dict[tuple[str, str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in frame.itertuples():
        if row.category == "Non-translation":
            weight = WEIGHTS.non_translation_weight
        elif row.category == "No-error":
            weight = 0.0
        else:
            weight = WEIGHTS.weight(row.category or None, row.severity.lower())
        penalties[(row.system, row.doc, row.rater)][row.doc_id] += weight
    rescored = {key[0]: round(sum(s.values()) / len(s), 4) for key, s in penalties.items()}
    by_system = {item.content.get("system", ""): item for item in TRANSLATION_ITEMS if item.status == "done"}
    assert rescored == {"sysA": 10.25, "sysB": 11.0, "sysC": 1.0, "": 2.0}
    for system, item in by_system.items():
        annotation = item.annotation
        expected = item_score(annotation["errors"], annotation["non_translation"], len(item.content["target"]), WEIGHTS)
        assert rescored[system] == annotation["mqm"] == expected, system


def test_a_span_that_does_not_cover_its_text_is_refused_naming_the_item(tmp_path: Path) -> None:
    annotation = json.loads(json.dumps(T1.annotation))
    annotation["errors"][1]["start"] += 1  # as a UTF-16 count would put it, after the emoji
    annotation["errors"][1]["end"] += 1
    moved = replace(T1, annotation=annotation)
    for format_id in ("wmt-mqm-tsv", "esa-csv"):
        with pytest.raises(ExportError, match=r"item 't1': an error span \[13, 16\) of target sentence 1 covers"):
            written(tmp_path, format_id, moved)


# -- ESA CSV ------------------------------------------------------------------------------------------


def test_esa_rows_give_the_score_and_code_point_spans_of_the_joined_target(tmp_path: Path) -> None:
    raw = written(tmp_path, "esa-csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert rows[0] == [
        "login",
        "systemID",
        "itemID",
        "type",
        "src_lang",
        "tgt_lang",
        "score",
        "documentID",
        "span_errors",
    ]
    assert [row[:8] for row in rows[1:]] == [
        ["a-2", "sysA", "t1", "TGT", "en", "de", "70", "doc1"],
        ["a-2", "sysB", "t2", "TGT", "en", "ar", "20", "doc1"],
        ["a-2", "sysC", "t3", "TGT", "", "zh", "95", "t3"],  # target language from the item's lang
        ["a-2", "", "t4", "TGT", "", "", "", "t4"],  # no ESA score given
    ]
    spans = {row[2]: json.loads(row[8]) for row in rows[1:]}
    assert spans["t1"] == [
        {"start_i": "missing", "end_i": "missing", "severity": "major", "error_type": "Accuracy/Omission"},
        {"start_i": 12, "end_i": 15, "severity": "major", "error_type": "Accuracy/Mistranslation"},
        {"start_i": 38, "end_i": 40, "severity": "neutral", "error_type": "Style/Awkward"},
        {"start_i": 41, "end_i": 45, "severity": "minor", "error_type": "Fluency/Punctuation"},
    ]
    texts = {"t1": T1_TARGET, "t2": T2_TARGET, "t3": T3_TARGET}
    covered = {
        item_id: [" ".join(texts[item_id])[s["start_i"] : s["end_i"]] for s in found if s["start_i"] != "missing"]
        for item_id, found in spans.items()
        if item_id in texts
    }
    assert covered == {
        "t1": ["saß", "e\u0301", "toll"],  # after an emoji (one code point, two UTF-16 units) and a sentence break
        "t2": ["الحصيرة", "xx", "xxxx"],  # the non-translated sentence as one major span
        "t3": ["世界"],
    }
    assert spans["t2"][-1] == {"start_i": 24, "end_i": 28, "severity": "major", "error_type": "Non-translation"}
    assert [s["error_type"] for s in spans["t4"]] == [None, None]


# -- JSONL of everything and qrels --------------------------------------------------------------------


def test_the_evaluation_jsonl_keeps_every_item_as_stored(tmp_path: Path) -> None:
    rows = jsonl(written(tmp_path, "evaluation-jsonl"))
    assert [row["id"] for row in rows] == [item.id for item in ALL_ITEMS]
    for row, item in zip(rows, ALL_ITEMS, strict=True):
        assert list(row) == ["id", "kind", "lang", "content", "annotation", "status", "annotator", "comment"]
        assert (row["kind"], row["lang"], row["content"], row["annotation"]) == (
            item.kind,
            item.lang,
            item.content,
            item.annotation,
        )
        assert (row["status"], row["annotator"], row["comment"]) == (item.status, item.annotator, item.comment)
    assert rows[-1]["comment"] == "checked an atlas" and rows[6]["annotation"] is None


def test_qrels_list_each_graded_result_of_finished_search_items(tmp_path: Path) -> None:
    assert written(tmp_path, "trec-qrels").read_text(encoding="utf-8") == "s1 0 d1 3\ns1 0 d3 0\n"


# -- for every format ---------------------------------------------------------------------------------


@pytest.mark.parametrize("format_id", sorted(EVALUATION_FORMATS))
def test_each_export_is_the_same_bytes_every_time(tmp_path: Path, format_id: str) -> None:
    first = written(tmp_path, format_id, name="a").read_bytes()
    assert first and written(tmp_path, format_id, name="b").read_bytes() == first
    first.decode("utf-8")


@pytest.mark.parametrize("format_id", sorted(EVALUATION_FORMATS))
def test_a_package_without_the_formats_kind_is_refused_clearly(tmp_path: Path, format_id: str) -> None:
    text_only = DatasetItem(id="x1", kind="text", text="Just text.", status="done", annotation={})
    with pytest.raises(ExportError) as caught:
        written(tmp_path, format_id, text_only)
    assert str(caught.value).startswith(f"{tmp_path / f'out-{format_id}'}: {FORMATS[format_id].title} holds ")
    assert "this package has no" in str(caught.value)


@pytest.mark.parametrize("format_id", [f for f in sorted(EVALUATION_FORMATS) if f != "evaluation-jsonl"])
def test_a_package_with_nothing_finished_is_refused_clearly(tmp_path: Path, format_id: str) -> None:
    kind = EVALUATION_FORMATS[format_id][0]
    unfinished = [item for item in ALL_ITEMS if item.kind == kind and item.status != "done"]
    with pytest.raises(
        ExportError, match=r"item is done with a judgement yet \(\d in this package\), so there is nothing to write"
    ):
        written(tmp_path, format_id, *unfinished)


# -- through the command line, from a real package and bundle ----------------------------------------


def test_exports_from_a_bundle_on_the_command_line_use_the_packages_content_and_weights(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sentence = "Ein 👍🏽 Satz."
    check = {
        "id": "t1",
        "kind": "translation",
        "content": {"source": ["A 👍🏽 sentence.", "Two."], "target": [sentence, "Zwei."], "system": "mt-1"},
    }
    package = write_evaluation_package(
        tmp_path / "pkg",
        [pairwise_item("p1", "Hi?", "Hello!", "Go away.", systems=["kind", "rude"]), check],
        settings={"translation": {"weights": {"severity": {"major": 7}}}},
    )
    wrong = {"side": "target", "segment": 0, "start": 7, "end": 11, "text": "Satz", "severity": "major",
             "category": "Accuracy/Mistranslation"}  # fmt: skip
    bundle = make_bundle(
        tmp_path,
        package,
        {
            "p1": (pairwise_annotation(["r2", "r1"], "B"), Status.DONE, ""),
            "t1": (
                {"errors": [wrong], "non_translation": [], "esa": None, "mqm": 3.5, "source": "user"},
                Status.DONE,
                "",
            ),
        },
    )
    pairs, tsv = tmp_path / "pairs.jsonl", tmp_path / "mqm.tsv"
    for format_id, out in (("trl-preference", pairs), ("wmt-mqm-tsv", tsv)):
        assert main(["export", "--format", format_id, str(bundle), "--package", str(package), "-o", str(out)]) == 0
    assert "Exported 2 annotated items of 2" in capsys.readouterr().out
    assert jsonl(pairs) == [{"prompt": "Hi?", "chosen": "Hello!", "rejected": "Go away."}]
    frame = read_mqm(tsv)
    assert list(frame["target"]) == ["Ein 👍🏽 <v>Satz</v>.", "Zwei."]
    assert list(frame["system"]) == ["mt-1", "mt-1"]
    # The package's major weight (7), not WMT's 5: (7 + 0) / 2 sentences, as the annotation says.
    weights = [7.0 if severity == "Major" else 0.0 for severity in frame["severity"]]
    assert sum(weights) / 2 == 3.5

"""Translation checks as pure operations: word steps, error spans in code points, MQM, ESA, what is still missing."""

from __future__ import annotations

import pytest

from annotator.core.documents.schemas import schema_problems
from annotator.core.evaluation import translation as ops
from annotator.core.evaluation import word_steps as ws
from annotator.core.evaluation.configs import TranslationConfig, parse_config

WMT = TranslationConfig()
CONTENT = {
    "source": ["Der Hund bellt.", "Guten Morgen, Welt!"],
    "target": ["The dog barks.", "Good morning, world!"],
}
SUMMARY = {
    "task": "summary",
    "source": ["One.", "Two.", "Three.", "Four."],
    "target": ["A summary."],
}


def words(text: str) -> list[str]:
    return [text[start:end] for start, end in ws.word_spans(text)]


def add(annotation, side="target", segment=0, start=0, end=3, severity="major", category=None, content=CONTENT):
    return ops.add_error(
        annotation,
        content=content,
        config=WMT,
        side=side,
        segment=segment,
        start=start,
        end=end,
        severity=severity,
        category=category,
    )


def assert_valid(annotation) -> None:
    assert schema_problems(annotation, "annotation-translation-v1", "annotation") == []


# -- word steps ----------------------------------------------------------------------------------


def test_words_and_punctuation_are_separate_stops() -> None:
    assert words("Hello, world! don't pay 1,000.50 now.") == [
        "Hello", ",", "world", "!", "don't", "pay", "1,000.50", "now", ".",
    ]  # fmt: skip
    assert words("  ") == [] and words("") == []


def test_each_cjk_ideograph_and_kana_is_its_own_stop() -> None:
    assert words("日本語のテキスト") == ["日", "本", "語", "の", "テ", "キ", "ス", "ト"]
    assert words("我爱北京。") == ["我", "爱", "北", "京", "。"]


def test_emoji_sequences_and_combining_marks_stay_whole() -> None:
    family, thumbs = "👨\u200d👩\u200d👧", "👍🏽"
    assert words(f"{thumbs} ok {family}!") == [thumbs, "ok", family, "!"]
    assert words("cafe\u0301 noir") == ["cafe\u0301", "noir"]
    assert words("\u0301x") == ["\u0301x"]  # a stray mark at the start still belongs to a stop


def test_arabic_and_hebrew_words_are_words() -> None:
    assert words("مرحبا بالعالم، كيف حالك؟") == ["مرحبا", "بالعالم", "،", "كيف", "حالك", "؟"]
    assert words("שלום עולם") == ["שלום", "עולם"]
    assert words("می\u200cخواهم") == ["می\u200cخواهم"]  # a Persian zero-width non-joiner inside a word


def test_steps_from_a_position() -> None:
    text = "The dog barks."
    assert ws.next_word_start(text, 0) == 4
    assert ws.next_word_start(text, 4) == 8
    assert ws.next_word_start(text, 13) == 14  # past the last stop: the end
    assert ws.previous_word_start(text, 8) == 4
    assert ws.previous_word_start(text, 5) == 4
    assert ws.previous_word_start(text, 0) == 0
    assert ws.next_word_end(text, 0) == 3
    assert ws.next_word_end(text, 3) == 7
    assert ws.previous_word_end(text, 8) == 7
    assert ws.previous_word_end(text, 3) == 0
    assert ws.word_at(text, 3) == (4, 7)  # on the space: the next word
    assert ws.word_at(text, 14) == (13, 14)  # at the end: the last one
    assert ws.word_at("", 0) is None


def test_character_steps_never_split_a_cluster() -> None:
    text = "a👨\u200d👩\u200d👧e\u0301"
    assert ws.next_character(text, 1) == 6
    assert ws.previous_character(text, 6) == 1
    assert ws.next_character(text, 6) == 8
    assert ws.previous_character(text, 8) == 6
    assert ws.next_character(text, 8) == 8 and ws.previous_character(text, 0) == 0


def test_extend_grows_by_words_and_shrinks_back_to_the_anchor() -> None:
    text = "one two three"
    position = ws.extend(text, 0, 0, forward=True)
    assert position == 3
    position = ws.extend(text, 0, position, forward=True)
    assert position == 7
    assert ws.extend(text, 0, 7, forward=False) == 3
    assert ws.extend(text, 0, 3, forward=False) == 0
    assert ws.extend(text, 8, 8, forward=False) == 4  # backwards from a word start takes the word before
    assert ws.extend(text, 8, 4, forward=True) == 8  # and gives it back, not crossing the anchor
    assert ws.extend(text, 0, 0, forward=True, by_word=False) == 1


# -- errors --------------------------------------------------------------------------------------


def test_add_error_trims_spaces_fills_text_and_scores() -> None:
    annotation = add(None, start=3, end=8, severity="major")  # " dog " with its spaces
    assert annotation["errors"] == [
        {"side": "target", "segment": 0, "start": 4, "end": 7, "text": "dog", "severity": "major", "category": None}
    ]
    assert annotation["mqm"] == 2.5  # 5 over 2 segments
    assert annotation["source"] == "user" and annotation["esa"] is None
    assert_valid(annotation)


def test_errors_are_sorted_source_first_and_the_same_range_replaces() -> None:
    annotation = add(None, segment=1, start=5, end=12, severity="minor", category="Fluency/Grammar")
    annotation = add(annotation, segment=0, start=0, end=3, severity="minor")
    annotation = add(annotation, side="source", segment=1, start=0, end=5)
    keys = [(e["side"], e["segment"], e["start"]) for e in annotation["errors"]]
    assert keys == [("source", 1, 0), ("target", 0, 0), ("target", 1, 5)]
    assert annotation["errors"][0]["category"] == "Accuracy/Omission"  # the source side's default
    replaced = add(annotation, segment=1, start=5, end=12, severity="major")
    assert len(replaced["errors"]) == 3
    assert replaced["errors"][2]["severity"] == "major"
    assert replaced["errors"][2]["category"] == "Fluency/Grammar"  # kept: only the severity was given
    # source 5 + target 1 + target 5 in two segments: (1 + 5 + 5) / 2
    assert replaced["mqm"] == 5.5
    assert_valid(replaced)


def test_add_error_refuses_what_is_not_a_span() -> None:
    for start, end, why in ((3, 4, "nothing"), (0, 99, "outside"), (5, 2, "outside"), (-1, 2, "outside")):
        with pytest.raises(ops.TranslationCheckError, match=why):
            add(None, start=start, end=end)
    with pytest.raises(ops.TranslationCheckError, match="no target sentence 7"):
        add(None, segment=7)
    with pytest.raises(ops.TranslationCheckError, match="side"):
        add(None, side="middle")
    with pytest.raises(ops.TranslationCheckError, match="severity"):
        add(None, severity="critical")
    with pytest.raises(ops.TranslationCheckError, match="not one of"):
        add(None, category="Made up")


def test_spans_on_emoji_and_combining_marks_are_code_points_of_whole_characters() -> None:
    content = {"source": ["x"], "target": ["Nice 👍🏽 and 👨\u200d👩\u200d👧 too, cafe\u0301!"]}
    text = content["target"][0]
    thumbs = add(None, start=5, end=6, content=content)  # only the thumb, not its skin tone
    assert thumbs["errors"][0]["start"] == 5 and thumbs["errors"][0]["end"] == 7
    assert thumbs["errors"][0]["text"] == "👍🏽"
    family = add(None, start=14, end=15, content=content)  # only the man of the family
    error = family["errors"][0]
    assert (error["start"], error["end"], error["text"]) == (12, 17, "👨\u200d👩\u200d👧")
    accent = text.index("cafe") + 4
    accented = add(None, start=accent - 1, end=accent, content=content)  # the e, not its accent
    error = accented["errors"][0]
    assert error["text"] == "e\u0301" and error["end"] == accent + 1
    for annotation in (thumbs, family, accented):
        error = annotation["errors"][0]
        assert text[error["start"] : error["end"]] == error["text"]
        assert_valid(annotation)


def test_spans_on_arabic_and_cjk_sentences() -> None:
    content = {"source": ["日本語のテキスト"], "target": ["مرحبا بالعالم، كيف حالك؟"]}
    arabic = add(None, start=6, end=13, content=content)
    assert arabic["errors"][0]["text"] == "بالعالم"
    cjk = add(None, side="source", start=3, end=4, content=content)
    assert cjk["errors"][0]["text"] == "の" and cjk["errors"][0]["category"] == "Accuracy/Omission"
    assert_valid(arabic)
    assert_valid(cjk)


def test_set_category_and_severity_of_one_error() -> None:
    annotation = add(None, start=4, end=7, severity="minor")
    named = ops.set_category(
        annotation,
        content=CONTENT,
        config=WMT,
        side="target",
        segment=0,
        start=4,
        end=7,
        category="Fluency/Punctuation",
    )
    assert named["errors"][0]["category"] == "Fluency/Punctuation"
    assert named["mqm"] == 0.05  # a minor punctuation error costs 0.1, over 2 segments
    major = ops.set_severity(
        named, content=CONTENT, config=WMT, side="target", segment=0, start=4, end=7, severity="major"
    )
    assert major["mqm"] == 2.5
    assert annotation["errors"][0]["category"] is None  # the input is left alone
    with pytest.raises(ops.TranslationCheckError, match="no error"):
        ops.set_category(
            annotation, content=CONTENT, config=WMT, side="target", segment=0, start=0, end=3, category="Other"
        )
    with pytest.raises(ops.TranslationCheckError, match="not one of"):
        ops.set_category(
            annotation, content=CONTENT, config=WMT, side="target", segment=0, start=4, end=7, category="X"
        )


def test_remove_errors_at_a_caret_or_a_selection() -> None:
    annotation = add(add(add(None, start=0, end=3), start=4, end=7), start=8, end=13)
    at = dict(content=CONTENT, config=WMT, side="target", segment=0)
    assert [e["text"] for e in ops.remove_errors_at(annotation, start=5, end=5, **at)["errors"]] == ["The", "barks"]
    # A caret right after a word is on that word's error (none starts there).
    assert [e["text"] for e in ops.remove_errors_at(annotation, start=3, end=3, **at)["errors"]] == ["dog", "barks"]
    # At a boundary of two errors the caret is on the one it starts.
    assert [e["text"] for e in ops.remove_errors_at(annotation, start=4, end=4, **at)["errors"]] == ["The", "barks"]
    assert ops.remove_errors_at(annotation, start=2, end=9, **at)["errors"] == []
    assert ops.remove_errors_at(annotation, start=2, end=9, **at)["mqm"] == 0.0
    on_source = ops.remove_errors_at(annotation, content=CONTENT, config=WMT, side="source", segment=0, start=0, end=3)
    assert len(on_source["errors"]) == 3  # the target's errors are not the source's


def test_non_translation_costs_its_weight_whatever_else_is_marked() -> None:
    annotation = add(None, segment=1, start=0, end=4, severity="major")
    marked = ops.toggle_non_translation(annotation, content=CONTENT, config=WMT, segment=1)
    assert marked["non_translation"] == [1]
    assert marked["mqm"] == 12.5  # 25 for segment 1 (its major error is inside it), 0 for segment 0
    unmarked = ops.toggle_non_translation(marked, content=CONTENT, config=WMT, segment=1)
    assert unmarked["non_translation"] == [] and unmarked["mqm"] == 2.5
    with pytest.raises(ops.TranslationCheckError):
        ops.toggle_non_translation(None, content=CONTENT, config=WMT, segment=2)
    assert_valid(marked)


def test_esa_is_clamped_and_steps_start_from_the_middle() -> None:
    assert ops.set_esa(None, value=130)["esa"] == 100
    assert ops.set_esa(None, value=-4)["esa"] == 0
    assert ops.step_esa(None, delta=5)["esa"] == 55
    assert ops.step_esa({"esa": 98, "errors": []}, delta=5)["esa"] == 100
    assert ops.step_esa({"esa": 3, "errors": []}, delta=-5)["esa"] == 0
    assert ops.set_esa(ops.set_esa(None, value=40), value=None)["esa"] is None
    with pytest.raises(ops.TranslationCheckError):
        ops.set_esa(None, value="high")  # type: ignore[arg-type]
    assert_valid(ops.set_esa(None, value=70))


def test_custom_weights_from_the_package() -> None:
    config, problems = parse_config(
        "translation",
        {
            "categories": ["Accuracy", "Fluency", "Style"],
            "weights": {
                "severity": {"major": 10, "minor": 2},
                "category": {"Style": {"minor": 0.5}},
                "non_translation": 40,
            },
            "esa": True,
        },
    )
    assert problems == []
    content = {"source": ["a b", "c d", "e f"], "target": ["a b", "c d", "e f"]}
    at = dict(content=content, config=config, side="target", start=0, end=1)
    annotation = ops.add_error(None, segment=0, severity="major", category="Accuracy", **at)
    annotation = ops.add_error(annotation, segment=1, severity="minor", category="Style", **at)
    annotation = ops.add_error(
        annotation, segment=1, severity="minor", category="Fluency", **{**at, "start": 2, "end": 3}
    )
    annotation = ops.toggle_non_translation(annotation, content=content, config=config, segment=2)
    assert annotation["mqm"] == round((10 + (0.5 + 2) + 40) / 3, 4)
    assert ops.rescore(annotation, config=WMT, content=content)["mqm"] == round((5 + 2 + 25) / 3, 4)


def test_a_summary_is_scored_over_the_longer_side() -> None:
    assert ops.segment_count(SUMMARY) == 4
    assert ops.segment_count(CONTENT) == 2
    omission = add(None, side="source", segment=3, start=0, end=4, content=SUMMARY)
    assert omission["mqm"] == 1.25  # one major omission in the 4th source sentence, over 4 segments
    assert_valid(omission)


def test_missing_names_what_submit_needs() -> None:
    esa = TranslationConfig(esa=True)
    annotation = add(None, start=4, end=7, severity="minor")
    no_category = ops.Missing(
        "category", side="target", segment=0, start=4, end=7, text="dog", severity="minor", category=""
    )
    assert ops.missing(annotation, config=esa) == [no_category, ops.Missing("esa")]
    assert ops.missing(annotation, config=WMT) == [no_category]
    named = ops.set_category(
        annotation, content=CONTENT, config=WMT, side="target", segment=0, start=4, end=7, category="Other"
    )
    assert ops.missing(ops.set_esa(named, value=80), config=esa) == []
    assert ops.missing(ops.set_esa(named, value=0), config=esa) == []  # 0 is a score, not none
    assert ops.missing(ops.empty_annotation(), config=WMT) == []
    assert ops.missing(None, config=esa) == [ops.Missing("esa")]


def test_a_category_the_package_does_not_list_is_a_gap_of_its_own() -> None:
    named = add(None, side="source", segment=1, start=0, end=5, severity="neutral", category="Other")
    narrow = TranslationConfig(categories=("Fluency/Grammar",))
    assert ops.missing(named, config=narrow) == [
        ops.Missing(
            "foreign_category",
            side="source",
            segment=1,
            start=0,
            end=5,
            text="Guten",
            severity="neutral",
            category="Other",
        )
    ]
    # In the errors' order (source first), each error its own gap.
    both = add(named, start=4, end=7, severity="minor")
    assert [(gap.what, gap.text) for gap in ops.missing(both, config=narrow)] == [
        ("foreign_category", "Guten"),
        ("category", "dog"),
    ]


def test_summary_line() -> None:
    annotation = add(add(None, start=4, end=7, severity="minor"), start=0, end=3, severity="major")
    annotation = ops.toggle_non_translation(annotation, content=CONTENT, config=WMT, segment=1)
    assert ops.summary(annotation, config=TranslationConfig(esa=True)) == ops.Summary(
        errors=2,
        by_severity=(("major", 1), ("minor", 1)),
        non_translation=1,
        mqm=15.5,
        esa_asked=True,
        esa=None,
    )
    assert ops.summary(None, config=WMT) == ops.Summary(0, (), 0, 0.0, esa_asked=False, esa=None)
    scored = ops.set_esa(annotation, value=73)
    assert ops.summary(scored, config=TranslationConfig(esa=True)).esa == 73
    assert ops.summary(scored, config=WMT).esa is None  # not asked: not shown


def test_annotation_of_cleans_what_is_stored() -> None:
    stored = {
        "errors": [
            {
                "side": "target",
                "segment": 0,
                "start": 4,
                "end": 7,
                "text": "dog",
                "severity": "minor",
                "category": None,
            },
            {
                "side": "target",
                "segment": 0,
                "start": 4,
                "end": 7,
                "text": "cat",
                "severity": "minor",
                "category": None,
            },
            {"side": "target", "segment": 9, "start": 0, "end": 1, "text": "x", "severity": "minor", "category": None},
            "garbage",
        ],
        "non_translation": [1, 7, "x"],
        "esa": 250,
        "mqm": "high",
    }
    clean = ops.annotation_of(stored, content=CONTENT)
    assert [e["text"] for e in clean["errors"]] == ["dog"]
    assert clean["non_translation"] == [1] and clean["esa"] == 100 and clean["mqm"] == 0.0
    assert ops.annotation_of(None, content=CONTENT) == ops.empty_annotation()
    assert ops.annotation_of([1, 2], content=CONTENT) == ops.empty_annotation()


def test_match_categories_best_first() -> None:
    categories = WMT.categories
    assert ops.match_categories(categories, "punc")[0] == "Fluency/Punctuation"
    assert ops.match_categories(categories, "acc om") == ["Accuracy/Omission"]
    assert ops.match_categories(categories, "flu")[0] == "Fluency/Grammar"
    assert ops.match_categories(categories, "incons") == ["Fluency/Inconsistency", "Terminology/Inconsistent use"]
    assert ops.match_categories(categories, "zzz") == []
    assert ops.match_categories(categories, "", first="Other")[0] == "Other"
    assert ops.match_categories(categories, "")[0] == categories[0]

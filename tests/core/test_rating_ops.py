"""Rating operations: scores on the scale only, N/A, flags, confidence, relevance grades, what blocks a submit."""

from __future__ import annotations

import pytest

from annotator.core.documents.schemas import schema_problems
from annotator.core.evaluation import rating as r
from annotator.core.evaluation.configs import PolicyFlag, RatingConfig, RubricCriterion, ScalePoint

DEFAULT = RatingConfig()
ZERO_BASED = RatingConfig(
    criteria=(
        RubricCriterion("safety", "Is it safe?", tuple(ScalePoint(v, f"safety {v}") for v in range(0, 3))),
        RubricCriterion("tone", "", tuple(ScalePoint(v) for v in (0, 25, 50, 75, 100))),
    ),
    flags=(PolicyFlag("toxic", key="X"), PolicyFlag("pii")),
    allow_na=False,
    confidence_levels=0,
)
RUBRIC_ITEM = {"prompt": "Say hi", "response": "Hi!"}
SEARCH_ITEM = {"query": "pasta", "results": [{"id": "a", "title": "Pasta"}, {"id": "b", "title": "Pizza"}]}


def valid(annotation: dict) -> bool:
    return schema_problems(annotation, "annotation-rating-v1", "test") == []


def test_scores_only_on_the_criterion_scale_and_a_new_dict_each_time() -> None:
    empty = r.empty_annotation(search=False)
    scored = r.set_score(empty, config=DEFAULT, criterion="helpfulness", value=4)
    assert scored["scores"] == {"helpfulness": 4} and empty["scores"] == {}
    again = r.set_score(scored, config=DEFAULT, criterion="helpfulness", value=2)
    assert again["scores"] == {"helpfulness": 2} and scored["scores"] == {"helpfulness": 4}
    for value in (0, 6, 3.0, True, "3"):
        with pytest.raises(r.RatingError, match="not on the scale"):
            r.set_score(scored, config=DEFAULT, criterion="helpfulness", value=value)
    with pytest.raises(r.RatingError, match="no criterion 'speed'"):
        r.set_score(scored, config=DEFAULT, criterion="speed", value=3)
    zero = r.set_score(None, config=ZERO_BASED, criterion="safety", value=0)
    assert zero["scores"] == {"safety": 0} and zero["relevance"] is None
    assert valid(again) and valid(zero)


def test_na_clears_the_score_keeps_rubric_order_and_a_score_clears_na() -> None:
    a = r.set_score(None, config=DEFAULT, criterion="clarity", value=5)
    a = r.toggle_na(a, config=DEFAULT, criterion="clarity")
    a = r.toggle_na(a, config=DEFAULT, criterion="helpfulness")
    assert a["scores"] == {} and a["na"] == ["helpfulness", "clarity"]
    assert valid(a)
    b = r.set_score(a, config=DEFAULT, criterion="helpfulness", value=3)
    assert b["scores"] == {"helpfulness": 3} and b["na"] == ["clarity"]
    assert r.toggle_na(b, config=DEFAULT, criterion="clarity")["na"] == []
    cleared = r.clear_score(b, config=DEFAULT, criterion="helpfulness")
    assert cleared["scores"] == {} and cleared["na"] == ["clarity"]
    with pytest.raises(r.RatingError, match="no N/A"):
        r.toggle_na(None, config=ZERO_BASED, criterion="safety")


def test_flags_toggle_yes_first_then_no_and_only_known_flags() -> None:
    a = r.toggle_flag(None, config=DEFAULT, name="harmful")
    assert a["flags"] == {"harmful": True}
    assert r.toggle_flag(a, config=DEFAULT, name="harmful")["flags"] == {"harmful": False}
    assert r.toggle_flag(r.set_flag(a, config=DEFAULT, name="harmful", value=False), config=DEFAULT, name="harmful")[
        "flags"
    ] == {"harmful": True}
    with pytest.raises(r.RatingError, match="no policy flag 'spam'"):
        r.set_flag(a, config=DEFAULT, name="spam", value=True)
    with pytest.raises(r.RatingError, match="yes or no"):
        r.set_flag(a, config=DEFAULT, name="harmful", value=1)
    assert valid(a)


def test_confidence_from_one_to_the_levels_asked() -> None:
    a = r.set_confidence(None, config=DEFAULT, level=3)
    assert a["confidence"] == 3 and valid(a)
    for level in (0, 4, -1, 2.5):
        with pytest.raises(r.RatingError, match="from 1 to 3"):
            r.set_confidence(a, config=DEFAULT, level=level)
    with pytest.raises(r.RatingError, match="does not ask"):
        r.set_confidence(None, config=ZERO_BASED, level=1)


def test_grades_only_on_the_relevance_scale_for_results_of_the_item() -> None:
    a = r.set_grade(None, config=DEFAULT, content=SEARCH_ITEM, result_id="b", grade=0)
    a = r.set_grade(a, config=DEFAULT, content=SEARCH_ITEM, result_id="a", grade=3)
    assert a["relevance"] == {"b": 0, "a": 3} and a["scores"] == {} and valid(a)
    with pytest.raises(r.RatingError, match="not a relevance grade"):
        r.set_grade(a, config=DEFAULT, content=SEARCH_ITEM, result_id="a", grade=4)
    with pytest.raises(r.RatingError, match="no result 'c'"):
        r.set_grade(a, config=DEFAULT, content=SEARCH_ITEM, result_id="c", grade=1)
    with pytest.raises(r.RatingError, match="only a search-relevance item"):
        r.set_grade(a, config=DEFAULT, content=RUBRIC_ITEM, result_id="a", grade=1)
    assert r.clear_grade(a, content=SEARCH_ITEM, result_id="a")["relevance"] == {"b": 0}
    # A score on a search annotation keeps its grades (the kind is read from the annotation).
    assert r.set_confidence(a, config=DEFAULT, level=1)["relevance"] == {"b": 0, "a": 3}


def test_missing_names_each_gap_in_screen_order_and_flags_never_block() -> None:
    assert [str(gap) for gap in r.missing(None, DEFAULT, RUBRIC_ITEM)] == [
        "helpfulness (a score or N/A)",
        "correctness (a score or N/A)",
        "clarity (a score or N/A)",
        "your confidence",
    ]
    a = r.set_score(None, config=DEFAULT, criterion="correctness", value=1)
    a = r.toggle_na(a, config=DEFAULT, criterion="clarity")
    assert r.missing(a, DEFAULT, RUBRIC_ITEM) == [r.Missing("criterion", "helpfulness"), r.Missing("confidence")]
    a = r.set_confidence(r.set_score(a, config=DEFAULT, criterion="helpfulness", value=5), config=DEFAULT, level=1)
    assert r.missing(a, DEFAULT, RUBRIC_ITEM) == []
    done = r.answer_open_flags(r.toggle_flag(a, config=DEFAULT, name="refusal"), DEFAULT, RUBRIC_ITEM)
    assert done["flags"] == {"refusal": True, "hallucination": False, "harmful": False} and valid(done)
    search = r.set_grade(None, config=ZERO_BASED, content=SEARCH_ITEM, result_id="a", grade=1)
    assert r.missing(search, ZERO_BASED, SEARCH_ITEM) == [r.Missing("result", "b")]
    assert str(r.missing(search, ZERO_BASED, SEARCH_ITEM)[0]) == "result b (a grade)"
    assert r.answer_open_flags(search, ZERO_BASED, SEARCH_ITEM)["flags"] == {}


def test_stored_annotations_are_read_back_whole_and_bad_parts_dropped() -> None:
    assert r.annotation_of(None, search=True) == r.empty_annotation(search=True)
    stored = {
        "scores": {"helpfulness": 4, "clarity": "5", "correctness": True},
        "na": ["clarity", "clarity", 3, "helpfulness"],
        "flags": {"harmful": True, "refusal": "no"},
        "confidence": 0,
        "relevance": {"a": 1},
        "source": "user",
    }
    read = r.annotation_of(stored, search=False)
    assert read == {
        "scores": {"helpfulness": 4},
        "na": ["clarity"],
        "flags": {"harmful": True},
        "confidence": None,
        "relevance": None,
        "source": "user",
    }
    assert valid(read)
    assert r.annotation_of("garbage", search=False) == r.empty_annotation(search=False)


def test_summary_reads_like_a_sentence() -> None:
    a = r.set_score(None, config=DEFAULT, criterion="helpfulness", value=4)
    a = r.toggle_na(a, config=DEFAULT, criterion="clarity")
    a = r.set_confidence(r.toggle_flag(a, config=DEFAULT, name="harmful"), config=DEFAULT, level=2)
    assert r.summary(a) == "helpfulness 4 · clarity N/A · flagged: harmful · confidence 2"
    assert r.summary(r.answer_open_flags(r.empty_annotation(search=False), ZERO_BASED, RUBRIC_ITEM)) == (
        "nothing flagged"
    )
    graded = r.set_grade(None, config=DEFAULT, content=SEARCH_ITEM, result_id="a", grade=2)
    assert r.summary(graded) == "a: 2"
    assert r.summary(None) == "not rated"


def test_digits_type_values_or_pick_points_by_position() -> None:
    likert = DEFAULT.criteria[0].points
    assert [r.point_for_digit(likert, d).value if r.point_for_digit(likert, d) else None for d in range(10)] == [
        None,
        1,
        2,
        3,
        4,
        5,
        None,
        None,
        None,
        None,
    ]
    zero = ZERO_BASED.criteria[0].points
    assert r.point_for_digit(zero, 0).value == 0 and r.point_for_digit(zero, 3) is None
    percent = ZERO_BASED.criteria[1].points
    assert not r.digits_are_values(percent)
    assert [r.point_for_digit(percent, d).value for d in (1, 3, 5)] == [0, 50, 100]
    assert r.point_for_digit(percent, 6) is None and r.point_for_digit(percent, 0) is None
    assert [r.digit_for_point(percent, i) for i in range(5)] == ["1", "2", "3", "4", "5"]
    assert r.digit_for_point(zero, 0) == "0"


def test_flag_keys_package_key_then_a_free_letter_of_the_name() -> None:
    flags = (PolicyFlag("hallucination"), PolicyFlag("harmful"), PolicyFlag("refusal"))
    keys, problems = r.flag_keys(flags, reserved={"N", "T", "J", "K"})
    assert keys == {"hallucination": "H", "harmful": "A", "refusal": "R"} and problems == []
    custom = (PolicyFlag("toxic", key="x"), PolicyFlag("nsfw", key="N"), PolicyFlag("tnt"))
    keys, problems = r.flag_keys(custom, reserved={"N", "T"}, fallbacks=["Q", "W", "E"])
    assert keys == {"toxic": "X", "nsfw": "S", "tnt": "E"}
    assert problems == ["the key N of flag 'nsfw' is already in use; the flag gets another key"]

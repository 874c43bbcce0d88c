"""Segment operations: exact floats, clamping at neighbours and file ends, and invariants under any sequence."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import segments as seg_ops
from annotator.core.segments import SegmentError
from tests.conftest import REPO_ROOT
from tests.core.helpers import assert_bit_exact

SCHEMA = json.loads((REPO_ROOT / "resources/schemas/annotation-audio-v1.schema.json").read_text())


def spans(annotation: dict) -> list[tuple[float, float]]:
    return [(s["start"], s["end"]) for s in annotation["segments"]]


def two_segments() -> dict:
    return {
        "segments": [
            {"start": 1.0, "end": 2.0, "text": "hello there", "speaker": "A"},
            {"start": 3.0, "end": 4.5, "text": "general", "speaker": None},
        ]
    }


def test_create_keeps_floats_and_sorts() -> None:
    annotation, index = seg_ops.create_segment(None, start=0.1 + 0.2, end=0.7, duration=10.0)
    assert index == 0
    assert_bit_exact(annotation, {"segments": [{"start": 0.1 + 0.2, "end": 0.7, "text": "", "speaker": None}]})
    annotation, index = seg_ops.create_segment(two_segments(), start=2.5, end=2.25, duration=10.0)
    assert index == 1
    assert spans(annotation) == [(1.0, 2.0), (2.25, 2.5), (3.0, 4.5)]


def test_create_is_clamped_to_file_and_gap() -> None:
    annotation, _ = seg_ops.create_segment(None, start=-3.0, end=99.0, duration=8.5)
    assert spans(annotation) == [(0.0, 8.5)]
    # A drag from a gap across a neighbour stops at the neighbour's edge, both ways.
    forward, _ = seg_ops.create_segment(two_segments(), start=2.2, end=4.0, duration=10.0)
    assert spans(forward)[1] == (2.2, 3.0)
    backward, _ = seg_ops.create_segment(two_segments(), start=2.8, end=0.0, duration=10.0)
    assert spans(backward)[1] == (2.0, 2.8)
    touching, _ = seg_ops.create_segment(two_segments(), start=2.0, end=2.6, duration=10.0)
    assert spans(touching)[1] == (2.0, 2.6)


def test_create_refuses_inside_a_segment_and_too_short() -> None:
    with pytest.raises(SegmentError, match="no room"):
        seg_ops.create_segment(two_segments(), start=1.5, end=2.5, duration=10.0)
    with pytest.raises(SegmentError, match="at least"):
        seg_ops.create_segment(two_segments(), start=2.98, end=3.5, duration=10.0)


def test_split_at_time_cuts_text_at_cursor() -> None:
    annotation, second = seg_ops.split_segment(two_segments(), at=1.25, text_position=5)
    assert second == 1
    assert annotation["segments"][:2] == [
        {"start": 1.0, "end": 1.25, "text": "hello", "speaker": "A"},
        {"start": 1.25, "end": 2.0, "text": "there", "speaker": "A"},
    ]
    whole, _ = seg_ops.split_segment(two_segments(), at=1.5)
    assert [s["text"] for s in whole["segments"][:2]] == ["hello there", ""]
    with pytest.raises(SegmentError, match="no segment"):
        seg_ops.split_segment(two_segments(), at=2.5)
    with pytest.raises(SegmentError, match="at least"):
        seg_ops.split_segment(two_segments(), at=1.01)


def test_move_edge_stops_at_neighbour_file_end_and_other_edge() -> None:
    base = two_segments()
    assert spans(seg_ops.move_edge(base, index=0, edge="end", to=2.75, duration=10.0))[0] == (1.0, 2.75)
    assert spans(seg_ops.move_edge(base, index=0, edge="end", to=3.5, duration=10.0))[0] == (1.0, 3.0)
    assert spans(seg_ops.move_edge(base, index=1, edge="start", to=0.5, duration=10.0))[1] == (2.0, 4.5)
    assert spans(seg_ops.move_edge(base, index=0, edge="start", to=-1.0, duration=10.0))[0] == (0.0, 2.0)
    assert spans(seg_ops.move_edge(base, index=1, edge="end", to=50.0, duration=10.0))[1] == (3.0, 10.0)
    assert spans(seg_ops.move_edge(base, index=0, edge="start", to=5.0, duration=10.0))[0] == (
        2.0 - seg_ops.MIN_LENGTH,
        2.0,
    )
    assert spans(seg_ops.move_edge(base, index=0, edge="end", to=0.0, duration=10.0))[0] == (
        1.0,
        1.0 + seg_ops.MIN_LENGTH,
    )
    assert base == two_segments()  # operations never change their input


def test_merge_delete_text_speaker() -> None:
    merged = seg_ops.merge_with_next(two_segments(), index=0)
    assert merged == {"segments": [{"start": 1.0, "end": 4.5, "text": "hello there general", "speaker": "A"}]}
    with pytest.raises(SegmentError, match="last segment"):
        seg_ops.merge_with_next(merged, index=0)
    assert spans(seg_ops.delete_segment(two_segments(), index=0)) == [(3.0, 4.5)]
    assert seg_ops.set_text(two_segments(), index=1, text="kenobi")["segments"][1]["text"] == "kenobi"
    assert seg_ops.set_speaker(two_segments(), index=0, speaker=None)["segments"][0]["speaker"] is None
    with pytest.raises(SegmentError):
        seg_ops.delete_segment(two_segments(), index=2)


def test_segment_at() -> None:
    base = two_segments()
    assert seg_ops.segment_at(base, 1.0) == 0
    assert seg_ops.segment_at(base, 2.0) is None  # an end belongs to the gap after it
    assert seg_ops.segment_at(base, 4.5) == 1  # but the very last end still finds its segment
    assert seg_ops.segment_at(None, 1.0) is None


def test_from_prelabel_sorts_clamps_and_keeps_every_word() -> None:
    prelabel = {
        "segments": [
            {"start": 3.0, "end": 9.0, "text": "late", "speaker": "B"},
            {"start": 0.25, "end": 2.91, "text": "Please check", "speaker": "A"},
            {"start": 2.5, "end": 2.8, "text": "inside"},
            {"start": 12.0, "end": 13.0, "text": "past the end"},
        ]
    }
    annotation = seg_ops.from_prelabel(prelabel, duration=5.0)
    assert annotation["segments"] == [
        {"start": 0.25, "end": 2.91, "text": "Please check inside", "speaker": "A"},
        {"start": 3.0, "end": 5.0, "text": "late past the end", "speaker": "B"},
    ]
    assert seg_ops.problems(annotation, duration=5.0) == []
    assert seg_ops.from_prelabel(None) == {"segments": []}


def test_timestamp_format() -> None:
    assert seg_ops.format_timestamp(0.0) == "[00:00.0]"
    assert seg_ops.format_timestamp(83.49) == "[01:23.4]"
    assert seg_ops.format_timestamp(3723.9) == "[1:02:03.9]"


def test_problems_names_what_is_wrong() -> None:
    bad = {"segments": [{"start": 2.0, "end": 1.0, "text": "", "speaker": None}]}
    assert "not before" in seg_ops.problems(bad)[0]
    assert seg_ops.problems(two_segments()) == []
    assert seg_ops.problems(two_segments(), duration=4.0) == ["segment 1: ends at 4.5, after the file's end at 4.0"]
    overlap = seg_ops.set_text(two_segments(), index=0, text="x")
    overlap["segments"][1]["start"] = 1.5
    assert seg_ops.problems(overlap) == ["segment 1: starts at 1.5, before the previous one ends at 2.0"]
    overlap["segments"][0]["start"] = -0.5
    assert "before the file's start" in seg_ops.problems(overlap)[0]


# -- properties ----------------------------------------------------------------------------------

DURATION = 20.0
times = st.floats(min_value=-5.0, max_value=DURATION + 5.0, allow_nan=False, allow_infinity=False)
operation = st.one_of(
    st.tuples(st.just("create"), times, times),
    st.tuples(st.just("split"), times, st.integers(0, 30)),
    st.tuples(st.just("move"), st.integers(0, 8), st.sampled_from(["start", "end"]), times),
    st.tuples(st.just("merge"), st.integers(0, 8)),
    st.tuples(st.just("delete"), st.integers(0, 8)),
    st.tuples(st.just("text"), st.integers(0, 8), st.text(max_size=20)),
)


def apply(annotation: dict, op: tuple) -> dict:
    name, *args = op
    try:
        if name == "create":
            return seg_ops.create_segment(annotation, start=args[0], end=args[1], duration=DURATION)[0]
        if name == "split":
            return seg_ops.split_segment(annotation, at=args[0], text_position=args[1])[0]
        if name == "move":
            return seg_ops.move_edge(annotation, index=args[0], edge=args[1], to=args[2], duration=DURATION)
        if name == "merge":
            return seg_ops.merge_with_next(annotation, index=args[0])
        if name == "delete":
            return seg_ops.delete_segment(annotation, index=args[0])
        return seg_ops.set_text(annotation, index=args[0], text=args[1])
    except SegmentError:
        return annotation  # refused: the annotation is unchanged


@settings(max_examples=300, deadline=None)
@given(st.lists(operation, max_size=25))
def test_any_sequence_keeps_segments_sorted_disjoint_inside_and_schema_valid(ops: list[tuple]) -> None:
    annotation = seg_ops.empty_annotation()
    for op in ops:
        annotation = apply(annotation, op)
        assert seg_ops.problems(annotation, duration=DURATION) == [], op
        for s in annotation["segments"]:
            assert 0.0 <= s["start"] < s["end"] <= DURATION
    jsonschema.validate(annotation, SCHEMA)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"start": st.floats(0, 40, allow_nan=False), "end": st.floats(0, 40, allow_nan=False), "text": st.text()}
        ),
        max_size=10,
    )
)
def test_any_prelabel_becomes_valid(raw: list[dict]) -> None:
    prelabel = {"segments": [dict(s, end=max(s["start"], s["end"])) for s in raw]}
    annotation = seg_ops.from_prelabel(prelabel, duration=DURATION)
    assert seg_ops.problems(annotation, duration=DURATION) == []
    jsonschema.validate(annotation, SCHEMA)

"""What the session reads after every way an item is written: edits, undo, redo, runs, status, time, a review
import, any other writer; annotations parsed once per stored text and encoded byte for byte as before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import boxes as box_ops
from annotator.core.annotation_memo import AnnotationMemo
from annotator.core.edits import SetAnnotation
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.quality.review_bundle import Decision, apply_review, build_review
from annotator.core.session import PackageSession
from annotator.core.workspace import Workspace, dump_json
from tests.core.helpers import manifest_dict, media_item, png_bytes, write_folder_package

PACKAGE_ID = "cache-pkg"
IMAGE = box_ops.Bounds(640.0, 480.0)
AT = "2026-11-23T14:05:00.123Z"


@pytest.fixture
def package_path(tmp_path: Path) -> Path:
    data = png_bytes(640, 480)
    items = [media_item(item_id, "image", f"{item_id}.png", data) for item_id in ("i1", "i2")]
    return write_folder_package(tmp_path / "pkg", manifest_dict(items, id=PACKAGE_ID), {"i1.png": data, "i2.png": data})


@pytest.fixture
def session(tmp_path: Path, package_path: Path) -> Iterator[PackageSession]:
    package = open_package(package_path)
    with Workspace.open(tmp_path / "ws") as workspace:
        workspace.set_setting("annotator_id", "ada")
        yield PackageSession(package, workspace)
    package.close()


def many_boxes(count: int) -> dict[str, Any]:
    annotation: dict[str, Any] | None = None
    for index in range(count):
        annotation, _ = box_ops.add_box(
            annotation, label="cat", x=float(index % 60) * 10.0, y=float(index // 60) * 5.0, w=9.5, h=4.25, bounds=IMAGE
        )
    assert annotation is not None
    return {**annotation, "image": {"orientation": 1, "raw_size": (640, 480), "display_size": [640, 480]}}


def stored_text(session: PackageSession, item_id: str = "i1") -> str:
    """The item's annotation as SQLite holds it, read past the workspace API."""
    row = session.workspace.connection.execute(
        "SELECT annotation FROM items WHERE package_id=? AND item_id=?", (PACKAGE_ID, item_id)
    ).fetchone()
    return row[0]


def assert_reads_back(session: PackageSession, expected: Any, item_id: str = "i1") -> None:
    """What the session says is what is stored, and is what a fresh parse of the stored text gives."""
    shown = session.state(item_id).annotation
    assert shown == json.loads(json.dumps(expected))
    assert stored_text(session, item_id) == dump_json(expected)
    assert shown == json.loads(stored_text(session, item_id))


def nudge(session: PackageSession, box_id: str, dx: float) -> SetAnnotation:
    before = session.state("i1").annotation
    after = box_ops.move_box(before, box_id, dx, 0.0, IMAGE)
    edit = SetAnnotation(PACKAGE_ID, "i1", before, after, "Nudge box", merge_key=f"nudge:{box_id}")
    edit.apply(session.workspace)
    return edit


def test_an_edit_undo_and_redo_are_each_read_back_as_stored(session: PackageSession) -> None:
    first = many_boxes(300)
    SetAnnotation(PACKAGE_ID, "i1", None, first, "Copy boxes").apply(session.workspace)
    assert_reads_back(session, first)
    edit = nudge(session, "b7", 3.0)
    assert session.state("i1").annotation["boxes"][6]["x"] == 63.0
    assert_reads_back(session, edit.after)
    edit.revert(session.workspace)  # undo
    assert session.state("i1").annotation["boxes"][6]["x"] == 60.0
    assert_reads_back(session, edit.before)
    edit.apply(session.workspace)  # redo
    assert_reads_back(session, edit.after)
    SetAnnotation(PACKAGE_ID, "i1", edit.after, None, "Clear").apply(session.workspace)
    assert session.state("i1").annotation is None


def test_a_run_of_nudges_reads_back_every_step_and_undoes_to_the_start(session: PackageSession) -> None:
    start = many_boxes(120)
    SetAnnotation(PACKAGE_ID, "i1", None, start, "Copy boxes").apply(session.workspace)
    for step in range(12):
        edit = nudge(session, "b50", 1.0 if step % 3 else -1.0)
        assert_reads_back(session, edit.after)
    SetAnnotation(PACKAGE_ID, "i1", session.state("i1").annotation, start, "Undo the run").apply(session.workspace)
    assert_reads_back(session, start)


def test_a_stored_nudge_shares_the_unchanged_boxes_with_what_was_read_before(session: PackageSession) -> None:
    SetAnnotation(PACKAGE_ID, "i1", None, many_boxes(50), "Copy boxes").apply(session.workspace)
    before = session.state("i1").annotation
    nudge(session, "b3", 2.0)
    after = session.state("i1").annotation
    assert after is session.state("i1").annotation, "read twice, parsed once"
    assert after["boxes"][2] is not before["boxes"][2] and after["boxes"][2]["x"] == before["boxes"][2]["x"] + 2.0
    assert all(after["boxes"][i] is before["boxes"][i] for i in range(50) if i != 2)


def test_status_comment_and_time_writes_keep_the_annotation_and_show_the_rest(session: PackageSession) -> None:
    annotation = many_boxes(40)
    SetAnnotation(PACKAGE_ID, "i1", None, annotation, "Copy boxes").apply(session.workspace)
    session.state("i1")
    session.workspace.set_status(PACKAGE_ID, "i1", Status.DONE)
    session.workspace.set_comment(PACKAGE_ID, "i1", "two cats overlap")
    session.workspace.add_time(PACKAGE_ID, "i1", active_ms=1500)
    state = session.state("i1")
    assert (state.status, state.comment, state.active_ms) == (Status.DONE, "two cats overlap", 1500)
    assert_reads_back(session, annotation)
    assert session.refresh_status("i1") is Status.DONE


def test_a_write_past_the_workspace_api_is_seen_at_the_next_read(session: PackageSession) -> None:
    SetAnnotation(PACKAGE_ID, "i1", None, many_boxes(30), "Copy boxes").apply(session.workspace)
    session.state("i1")
    other = {"boxes": [], "verified": True}
    # Any other writer (a module with its own SQL, a migration): the read compares the stored text.
    session.workspace.connection.execute(
        "UPDATE items SET annotation=? WHERE package_id=? AND item_id=?", (dump_json(other), PACKAGE_ID, "i1")
    )
    assert session.state("i1").annotation == other


def test_a_review_import_reopens_the_item_and_the_session_reads_it(session: PackageSession, package_path: Path) -> None:
    annotation = many_boxes(20)
    SetAnnotation(PACKAGE_ID, "i1", None, annotation, "Copy boxes").apply(session.workspace)
    session.workspace.set_status(PACKAGE_ID, "i1", Status.DONE)
    assert session.state("i1").status is Status.DONE
    review = build_review(
        package_id=PACKAGE_ID,
        manifest_sha256=session.package.manifest_sha256,
        annotator="ada",
        reviewer="lead",
        decisions=[Decision("i1", "image", "reject", "the left cat has no box", AT)],
    )
    applied = apply_review(session.workspace, review)
    assert applied.reopened == ("i1",)
    assert session.state("i1").status is Status.TODO
    assert session.refresh_status("i1") is Status.TODO
    assert_reads_back(session, annotation)


def test_changing_a_stored_value_in_place_afterwards_changes_nothing_stored(session: PackageSession) -> None:
    annotation = many_boxes(10)
    SetAnnotation(PACKAGE_ID, "i1", None, annotation, "Copy boxes").apply(session.workspace)
    expected = json.loads(dump_json(annotation))
    annotation["boxes"][0]["x"] = -5.0  # the caller's own objects are never the ones remembered
    annotation["verified"] = True
    assert session.state("i1").annotation == expected
    again = dict(session.state("i1").annotation)
    again["boxes"] = [*again["boxes"][1:], annotation["boxes"][0]]  # the changed box, now moved to the end
    session.workspace.set_annotation(PACKAGE_ID, "i1", again)
    assert stored_text(session) == dump_json(again)
    assert session.state("i1").annotation["boxes"][-1]["x"] == -5.0


def test_two_items_are_remembered_apart(session: PackageSession) -> None:
    one, two = many_boxes(5), many_boxes(7)
    session.workspace.set_annotation(PACKAGE_ID, "i1", one)
    session.workspace.set_annotation(PACKAGE_ID, "i2", two)
    assert_reads_back(session, one, "i1")
    assert_reads_back(session, two, "i2")


def test_a_value_that_cannot_be_stored_leaves_the_stored_one_readable(session: PackageSession) -> None:
    annotation = many_boxes(5)
    session.workspace.set_annotation(PACKAGE_ID, "i1", annotation)
    session.state("i1")
    broken = box_ops.update_box(session.state("i1").annotation, "b2", x=float("nan"))
    with pytest.raises(ValueError):
        session.workspace.set_annotation(PACKAGE_ID, "i1", broken)
    assert_reads_back(session, annotation)


# -- the encoding itself ------------------------------------------------------------------------------

SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=6),
)
PART = st.recursive(
    SCALAR,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.tuples(inner, inner), st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)
VALUE = st.dictionaries(st.text(max_size=5), st.one_of(PART, st.lists(PART, max_size=8)), max_size=4)


@settings(max_examples=150, deadline=None)
@given(first=VALUE, edits=st.lists(st.tuples(st.integers(0, 7), PART, st.booleans()), max_size=6))
def test_the_memo_writes_what_dump_json_writes_and_reads_what_json_reads(
    first: dict[str, Any], edits: list[tuple[int, Any, bool]]
) -> None:
    memo = AnnotationMemo(dump_json)
    key = ("p", "i")
    text = memo.encode(key, first)
    assert text == dump_json(first)
    current = memo.parsed(key, text)
    assert current == json.loads(text)
    for position, part, drop in edits:
        changed = dict(current)
        lists = [name for name, member in changed.items() if isinstance(member, list)]
        if lists:  # replace, insert or drop one element of a list, sharing the rest
            name = lists[position % len(lists)]
            elements = list(changed[name])
            spot = position % (len(elements) + 1)
            if drop and elements:
                del elements[spot % len(elements)]
            elif spot < len(elements):
                elements[spot] = part
            else:
                elements.append(part)
            changed[name] = elements
        else:
            changed[f"k{position}"] = part
        text = memo.encode(key, changed)
        assert text == dump_json(changed)
        current = memo.parsed(key, str(text))
        assert current == json.loads(text)
        assert memo.parsed(key, text[:-1] + "}") is current  # an equal text read back: no new parse


@given(value=st.one_of(SCALAR, st.lists(PART, max_size=4), st.dictionaries(st.integers(), SCALAR, max_size=3)))
def test_values_that_are_not_objects_with_text_keys_are_encoded_whole(value: Any) -> None:
    memo = AnnotationMemo(dump_json)
    text = memo.encode(("p", "i"), value)
    assert text == dump_json(value)
    assert memo.parsed(("p", "i"), text) == json.loads(text)

"""Pure box operations: add, clamp, move, relabel, delete, attributes, prelabels, exact floats."""

from __future__ import annotations

import struct

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.boxes import (
    Bounds,
    add_box,
    box_at,
    box_from_corners,
    delete_boxes,
    find_box,
    from_prelabel,
    move_box,
    toggle_attribute,
    update_box,
)

IMAGE = Bounds(640.0, 480.0)


def test_add_clamps_to_the_image_and_numbers_boxes() -> None:
    annotation, first = add_box(None, label="cat", x=-10.5, y=20.25, w=100.0, h=1000.0, bounds=IMAGE)
    annotation, second = add_box(annotation, label="cup", x=1.0, y=2.0, w=3.0, h=4.0, bounds=IMAGE)
    assert (first, second) == ("b1", "b2")
    assert find_box(annotation, "b1") == {
        "id": "b1",
        "label": "cat",
        "x": 0.0,
        "y": 20.25,
        "w": 89.5,
        "h": 459.75,
        "attributes": [],
        "source": "user",
    }


def test_operations_never_change_their_input() -> None:
    annotation, box_id = add_box(None, label="cat", x=1.0, y=2.0, w=3.0, h=4.0, bounds=IMAGE)
    before = repr(annotation)
    move_box(annotation, box_id, 5, 5, IMAGE)
    update_box(annotation, box_id, label="cup")
    delete_boxes(annotation, [box_id])
    toggle_attribute(annotation, box_id, "occluded")
    assert repr(annotation) == before


def test_move_stops_at_the_edges_without_resizing() -> None:
    annotation, box_id = add_box(None, label="cat", x=600.0, y=10.0, w=30.0, h=20.0, bounds=IMAGE)
    moved = find_box(move_box(annotation, box_id, 100.0, -50.0, IMAGE), box_id)
    assert (moved["x"], moved["y"], moved["w"], moved["h"]) == (610.0, 0.0, 30.0, 20.0)


def test_touching_a_model_box_makes_it_the_users() -> None:
    annotation = from_prelabel({"boxes": [{"label": "person", "x": 1.5, "y": 2.5, "w": 10.0, "h": 20.0, "score": 0.9}]})
    assert find_box(annotation, "b1")["source"] == "model"
    relabelled = find_box(update_box(annotation, "b1", label="cat"), "b1")
    assert relabelled["source"] == "user" and relabelled["label"] == "cat" and "score" not in relabelled


def test_attributes_toggle_and_delete_removes() -> None:
    annotation, box_id = add_box(None, label="cat", x=1.0, y=2.0, w=3.0, h=4.0, bounds=IMAGE)
    annotation = toggle_attribute(annotation, box_id, "occluded")
    annotation = toggle_attribute(annotation, box_id, "difficult")
    assert find_box(annotation, box_id)["attributes"] == ["difficult", "occluded"]
    annotation = toggle_attribute(annotation, box_id, "occluded")
    assert find_box(annotation, box_id)["attributes"] == ["difficult"]
    assert delete_boxes(annotation, [box_id])["boxes"] == []


def test_box_at_prefers_the_smallest_box() -> None:
    annotation, outer = add_box(None, label="a", x=0.0, y=0.0, w=100.0, h=100.0, bounds=IMAGE)
    annotation, inner = add_box(annotation, label="b", x=10.0, y=10.0, w=10.0, h=10.0, bounds=IMAGE)
    assert box_at(annotation, 15.0, 15.0) == inner
    assert box_at(annotation, 50.0, 50.0) == outer
    assert box_at(annotation, 500.0, 400.0) is None


def test_corners_in_any_order() -> None:
    assert box_from_corners(10.5, 20.0, 2.0, 4.0) == (2.0, 4.0, 8.5, 16.0)


coordinate = st.floats(min_value=0.0, max_value=640.0, allow_nan=False, allow_infinity=False)


@given(x=coordinate, y=st.floats(0.0, 480.0), w=st.floats(0.0, 1.0), h=st.floats(0.0, 1.0))
def test_boxes_inside_the_image_keep_their_exact_floats(x: float, y: float, w: float, h: float) -> None:
    bounds = Bounds(x + w + 1.0, y + h + 1.0)
    annotation, box_id = add_box(None, label="cat", x=x, y=y, w=w, h=h, bounds=bounds)
    box = find_box(annotation, box_id)
    assert [struct.pack("<d", v) for v in (box["x"], box["y"], box["w"], box["h"])] == [
        struct.pack("<d", v) for v in (x, y, w, h)
    ]


def test_duplicate_keeps_size_and_attributes_and_stays_inside() -> None:
    from annotator.core.boxes import duplicate_box

    annotation, box_id = add_box(None, label="cat", x=620.0, y=1.5, w=15.0, h=4.25, bounds=IMAGE)
    annotation = toggle_attribute(annotation, box_id, "occluded")
    annotation, copy_id = duplicate_box(annotation, box_id, IMAGE)
    copy = find_box(annotation, copy_id)
    assert copy_id != box_id
    assert (copy["x"], copy["y"], copy["w"], copy["h"]) == (625.0, 11.5, 15.0, 4.25)
    assert copy["attributes"] == ["occluded"] and copy["source"] == "user"


def test_copy_boxes_from_another_item_clamps_to_this_image() -> None:
    from annotator.core.boxes import copy_boxes

    source, _ = add_box(None, label="cat", x=600.0, y=400.0, w=30.0, h=30.0, bounds=IMAGE)
    copied = copy_boxes(None, source["boxes"], Bounds(610.0, 420.0))
    assert [(b["x"], b["y"], b["w"], b["h"]) for b in copied["boxes"]] == [(600.0, 400.0, 10.0, 20.0)]


def test_every_operation_leaves_its_input_as_it_was_and_shares_the_boxes_it_did_not_change() -> None:
    import json

    from annotator.core.boxes import copy_boxes, copy_boxes_that_fit, duplicate_box, set_verified

    annotation = None
    for index in range(5):
        annotation, _ = add_box(annotation, label="cat", x=10.0 * index, y=2.0, w=3.0, h=4.0, bounds=IMAGE)
    annotation = toggle_attribute(annotation, "b3", "occluded")
    annotation = {**annotation, "image": {"orientation": 6, "raw_size": [4, 3]}}
    before = json.dumps(annotation, sort_keys=True)
    originals = list(annotation["boxes"])
    results = {
        "move": (move_box(annotation, "b3", 5, 5, IMAGE), {"b3"}),
        "update": (update_box(annotation, "b3", label="cup"), {"b3"}),
        "toggle": (toggle_attribute(annotation, "b3", "truncated"), {"b3"}),
        "delete": (delete_boxes(annotation, ["b3"]), {"b3"}),
        "add": (add_box(annotation, label="dog", x=1.0, y=1.0, w=9.0, h=9.0, bounds=IMAGE)[0], set()),
        "duplicate": (duplicate_box(annotation, "b3", IMAGE)[0], set()),
        "verified": (set_verified(annotation, True), set()),
        "copy": (copy_boxes(annotation, originals[:2], IMAGE), set()),
        "copy_fit": (copy_boxes_that_fit(annotation, originals[:2], IMAGE).annotation, set()),
    }
    assert json.dumps(annotation, sort_keys=True) == before, "an operation changed its input"
    assert annotation["boxes"] == originals and all(a is b for a, b in zip(annotation["boxes"], originals, strict=True))
    for name, (result, changed) in results.items():
        assert result is not annotation and result["boxes"] is not annotation["boxes"], name
        by_id = {box["id"]: box for box in result["boxes"]}
        for box in originals:
            if box["id"] in changed and box["id"] in by_id:
                assert by_id[box["id"]] is not box, f"{name}: the changed box is a new value"
            elif box["id"] not in changed:
                assert by_id[box["id"]] is box, f"{name}: an unchanged box is shared, not copied"
    assert results["move"][0]["boxes"][2]["x"] == 25.0 and originals[2]["x"] == 20.0
    assert results["toggle"][0]["boxes"][2]["attributes"] == ["occluded", "truncated"]
    assert originals[2]["attributes"] == ["occluded"]


def test_copying_many_boxes_gives_each_a_fresh_id() -> None:
    from annotator.core.boxes import copy_boxes

    source = {"boxes": [{"id": f"b{n}", "label": "cat", "x": 1.0, "y": 1.0, "w": 2.0, "h": 2.0} for n in range(1, 301)]}
    copied = copy_boxes(source, source["boxes"], IMAGE)
    ids = [box["id"] for box in copied["boxes"]]
    assert len(ids) == 600 and len(set(ids)) == 600


def test_annotations_match_the_published_image_schema() -> None:
    import json

    import jsonschema
    import pytest

    from annotator.core.boxes import from_prelabel
    from tests.conftest import REPO_ROOT

    schema = json.loads((REPO_ROOT / "resources/schemas/annotation-image-v1.schema.json").read_text())
    suggested = from_prelabel({"boxes": [{"label": "cat", "x": 1.5, "y": 2.0, "w": 3.0, "h": 4.0, "score": 0.9}]})
    annotation, box_id = add_box(suggested, label="cup", x=0.1, y=0.2, w=10.0, h=20.0, bounds=IMAGE)
    annotation = toggle_attribute(annotation, box_id, "occluded")
    annotation["image"] = {"orientation": 6, "raw_size": [400, 200], "display_size": [200, 400]}
    jsonschema.validate(annotation, schema)
    annotation["boxes"][0]["source"] = "guess"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(annotation, schema)

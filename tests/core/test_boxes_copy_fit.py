"""Copying boxes onto a smaller image: boxes that still fit are clamped exactly, the rest are left out and counted."""

from __future__ import annotations

from annotator.core.boxes import Bounds, copy_boxes, copy_boxes_that_fit, fitted

SMALL = Bounds(300.0, 200.0)


def box(box_id: str, x: float, y: float, w: float, h: float, **extra: object) -> dict:
    return {"id": box_id, "label": "cat", "x": x, "y": y, "w": w, "h": h, "attributes": [], "source": "user", **extra}


def test_boxes_that_no_longer_fit_are_left_out_and_counted() -> None:
    source = [
        box("b1", 10.25, 20.5, 100.125, 50.75, attributes=["occluded"]),  # inside: copied bit for bit
        box("b2", 250.5, 150.25, 80.0, 40.0),  # partly outside, 61 % inside: clamped like a drawn box
        box("b3", 400.0, 20.0, 50.0, 50.0),  # entirely outside (clamps to w 0)
        box("b4", 18.0, 196.0, 282.0, 100.0),  # a 282 x 4 sliver once clamped: 4 % of it is inside
        box("b5", 290.5, 10.0, 40.0, 40.0),  # 9.5 of 40 px wide inside: under a quarter of its area
        box("b6", 10.0, 199.5, 20.0, 30.0),  # half a pixel tall once clamped
    ]
    result = copy_boxes_that_fit({"boxes": [box("b1", 1.0, 1.0, 2.0, 2.0)], "verified": True}, source, SMALL)
    assert (result.copied, result.left_out) == (2, 4)
    assert result.annotation["verified"] is True
    assert result.annotation["boxes"][1:] == [
        {
            "id": "b2",
            "label": "cat",
            "x": 10.25,
            "y": 20.5,
            "w": 100.125,
            "h": 50.75,
            "attributes": ["occluded"],
            "source": "user",
        },
        {"id": "b3", "label": "cat", "x": 250.5, "y": 150.25, "w": 49.5, "h": 40.0, "attributes": [], "source": "user"},
    ]
    # No stored box is empty or a sliver.
    assert all(b["w"] >= 1.0 and b["h"] >= 1.0 for b in result.annotation["boxes"])


def test_the_quarter_rule_is_on_the_area_left_inside() -> None:
    # 25 of 100 px wide inside (exactly a quarter) is kept; 24.75 of 100 is not.
    assert fitted(box("b1", 275.0, 0.0, 100.0, 10.0), SMALL) == box("b1", 275.0, 0.0, 25.0, 10.0)
    assert fitted(box("b1", 275.25, 0.0, 100.0, 10.0), SMALL) is None
    inside = box("b1", 0.5, 0.5, 0.75, 3.0)
    assert fitted(inside, SMALL) is None  # under a pixel wide even before clamping
    whole = box("b1", 0.0, 0.0, 300.0, 200.0)
    assert fitted(whole, SMALL) is whole


def test_plain_copy_never_stores_a_zero_size_box() -> None:
    source = [box("b1", 10.0, 150.0, 282.0, 50.0), box("b2", 18.0, 200.0, 282.0, 100.0), box("b3", 400.0, 0.0, 5.0, 5.0)]
    copied = copy_boxes(None, source, SMALL)
    assert [(b["x"], b["y"], b["w"], b["h"]) for b in copied["boxes"]] == [(10.0, 150.0, 282.0, 50.0)]


def test_nothing_fits_leaves_the_annotation_as_it_was() -> None:
    before = {"boxes": [box("b1", 1.0, 1.0, 2.0, 2.0)], "verified": False}
    result = copy_boxes_that_fit(before, [box("b9", 500.0, 500.0, 10.0, 10.0)], SMALL)
    assert (result.copied, result.left_out) == (0, 1)
    assert result.annotation == before and result.annotation is not before

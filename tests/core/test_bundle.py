"""Result bundles: tampering and bad files are refused by name; values round-trip bit-exactly."""

from __future__ import annotations

import json
import math
import struct
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core.bundle import (
    HASH_FIELD,
    build_bundle,
    bundle_bytes,
    bundle_matches_package,
    content_hash,
    read_bundle,
    write_bundle,
)
from annotator.core.errors import BundleError, Problem
from annotator.core.model import Status
from annotator.core.workspace import Workspace
from tests.core.helpers import (
    FakeClock,
    assert_bit_exact,
    manifest_dict,
    media_item,
    parsed_manifest,
    small_manifest,
    text_item,
)

PKG = "test-pkg"
MANIFEST = small_manifest()
MANIFEST_SHA = "a" * 64
TEXT_ANNOTATION = {
    "labels": ["positive"],
    "answer": None,
    "question": None,
    "unsure": False,
    "spans": [],
    "source": "user",
}


def written_bundle(tmp_path: Path, annotation: Any = None) -> Path:
    """A bundle file of the three-item test manifest with t1 done and annotated."""
    with Workspace.open(tmp_path / "ws", clock=FakeClock()) as ws:
        ws.register_package(MANIFEST, manifest_sha256=MANIFEST_SHA, path="p")
        ws.set_annotation(PKG, "t1", annotation if annotation is not None else TEXT_ANNOTATION)
        ws.set_status(PKG, "t1", Status.DONE)
        document = build_bundle(MANIFEST, manifest_sha256=MANIFEST_SHA, annotator="worker-1", states=ws.items(PKG))
    path = tmp_path / "out.bundle.json"
    write_bundle(path, document)
    return path


def refused(path: Path) -> list[Problem]:
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    return caught.value.problems


def rehashed(path: Path, change) -> None:
    """Edit a bundle's document and write it back with a matching content hash (a well-formed forgery)."""
    document = json.loads(path.read_bytes())
    change(document)
    document[HASH_FIELD] = content_hash(document)
    path.write_bytes(bundle_bytes(document))


# -- tampering and bad files ----------------------------------------------------------------------


def test_a_written_bundle_reads_back(tmp_path: Path) -> None:
    document = read_bundle(written_bundle(tmp_path))
    assert document["items"][0]["annotation"] == TEXT_ANNOTATION
    assert document["summary"] == {"todo": 2, "done": 1, "skipped": 0, "flagged": 0, "total": 3}


def test_one_changed_character_in_an_annotation_is_caught(tmp_path: Path) -> None:
    path = written_bundle(tmp_path)
    raw = path.read_bytes()
    assert raw.count(b'"positive"') == 1
    path.write_bytes(raw.replace(b'"positive"', b'"pasitive"'))
    json.loads(path.read_bytes())  # still well-formed JSON: only the hash can tell
    assert refused(path) == [
        Problem(str(path), "content does not match its content_sha256 (damaged or edited by hand)")
    ]


def test_a_changed_status_is_caught(tmp_path: Path) -> None:
    path = written_bundle(tmp_path)
    path.write_bytes(path.read_bytes().replace(b'"status":"todo"', b'"status":"done"', 1))
    assert [p.reason for p in refused(path)] == [
        "content does not match its content_sha256 (damaged or edited by hand)"
    ]


def test_reformatting_alone_keeps_a_bundle_valid(tmp_path: Path) -> None:
    # The hash is over canonical JSON, so pretty-printing a bundle does not break it.
    path = written_bundle(tmp_path)
    original = read_bundle(path)
    path.write_text(json.dumps(json.loads(path.read_bytes()), indent=4, ensure_ascii=True))
    assert read_bundle(path) == original


def test_malformed_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.bundle.json"
    path.write_bytes(b'{"items": [\n{"id": "t1",}\n]}')
    assert refused(path) == [
        Problem(str(path), "malformed JSON at line 2, column 13: Expecting property name enclosed in double quotes")
    ]


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bad.bundle.json"
    path.write_bytes(b'{"annotator": "Jos\xe9"}')
    assert refused(path) == [
        Problem(str(path), "not UTF-8 text (invalid byte 0xe9 on line 1, at byte 18); save it as UTF-8")
    ]


def test_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "bad.bundle.json"
    path.write_text("[1, 2]")
    assert refused(path) == [Problem(str(path), "a bundle must be a JSON object")]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.bundle.json"
    assert refused(path) == [Problem(str(path), "no such file or folder")]


def test_wrong_format(tmp_path: Path) -> None:
    path = written_bundle(tmp_path)
    rehashed(path, lambda d: d.update(format="annotator.package"))
    assert refused(path) == [Problem(str(path), "'format' must be 'annotator.bundle' (found 'annotator.package')")]


def test_wrong_version(tmp_path: Path) -> None:
    path = written_bundle(tmp_path)
    rehashed(path, lambda d: d.update(schema_version=2))
    assert refused(path) == [Problem(str(path), "unknown bundle schema version 2; this app reads 1")]


def test_structure_problems_are_all_listed(tmp_path: Path) -> None:
    path = written_bundle(tmp_path)

    def damage(document: dict[str, Any]) -> None:
        document["annotator"] = "Real Name"
        document["items"][1]["status"] = "finished"
        document["items"][2]["id"] = "t1"
        del document["items"][2]["comment"]

    rehashed(path, damage)
    assert [p.reason for p in refused(path)] == [
        "'annotator': must be a pseudonym of 1-64 letters, digits, '.', '_' or '-' (found \"Real Name\")",
        '\'items[1].status\': must be one of "todo", "done", "skipped", "flagged" (found "finished")',
        "'items[2]': missing field 'comment'",
        "item 't1' appears twice",
    ]


def test_cli_validate_refuses_a_tampered_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = written_bundle(tmp_path)
    path.write_bytes(path.read_bytes().replace(b'"positive"', b'"pasitive"'))
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {path}: content does not match its content_sha256 (damaged or edited by hand)",
        "1 problem found.",
    ]


# -- does the bundle belong to this package? ------------------------------------------------------


def test_bundle_matches_its_own_package(tmp_path: Path) -> None:
    assert bundle_matches_package(read_bundle(written_bundle(tmp_path)), MANIFEST, MANIFEST_SHA) == []


def test_bundle_of_another_package_id(tmp_path: Path) -> None:
    document = read_bundle(written_bundle(tmp_path))
    other = small_manifest(package_id="other-pkg")
    assert bundle_matches_package(document, other, MANIFEST_SHA) == [
        "bundle is for package 'test-pkg', not 'other-pkg'"
    ]


def test_bundle_of_another_version_of_the_package(tmp_path: Path) -> None:
    document = read_bundle(written_bundle(tmp_path))
    assert bundle_matches_package(document, MANIFEST, "b" * 64) == [
        "bundle was made from a different version of this package (manifest hash differs)"
    ]


def test_bundle_with_items_the_package_lacks(tmp_path: Path) -> None:
    document = read_bundle(written_bundle(tmp_path))
    smaller = small_manifest(["t1"])
    assert bundle_matches_package(document, smaller, MANIFEST_SHA) == ["bundle has items the package does not: t2, t3"]


def test_build_refuses_an_annotator_id_that_is_not_a_pseudonym() -> None:
    with pytest.raises(ValueError, match="annotator id 'Jane Doe' must be 1-64 letters"):
        build_bundle(MANIFEST, manifest_sha256=MANIFEST_SHA, annotator="Jane Doe")


# -- property: whatever goes in comes out, bit for bit --------------------------------------------

coordinate = st.floats(min_value=0.0, allow_nan=False, allow_infinity=False)
boxes = st.lists(
    st.fixed_dictionaries(
        {
            "id": st.text(max_size=8),
            "label": st.text(max_size=20),
            "x": coordinate,
            "y": coordinate,
            "w": coordinate,
            "h": coordinate,
            "attributes": st.just([]),
            "source": st.just("user"),
        }
    ),
    max_size=5,
)
IMAGE_MANIFEST = parsed_manifest(
    manifest_dict([media_item("i1", "image", "media/i1.png", b"png"), text_item("t1", "text of t1")], id=PKG)
)


# database=None: no .hypothesis folder in the repo; a failure prints its example to reproduce.
@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(boxes=boxes, comment=st.text())
def test_floats_and_unicode_round_trip_through_a_bundle_file(boxes: list[dict[str, Any]], comment: str) -> None:
    # -0.0 is a coordinate too (minimum 0 admits it), and must come back with its sign.
    boxes = [
        *boxes,
        {"id": "z", "label": "z", "x": -0.0, "y": 0.0, "w": 1.0, "h": 5e-324, "attributes": [], "source": "user"},
    ]
    annotation = {"boxes": boxes, "verified": False}
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        with Workspace.open(folder / "ws") as ws:
            ws.register_package(IMAGE_MANIFEST, manifest_sha256=MANIFEST_SHA, path="p")
            ws.set_annotation(PKG, "i1", annotation)
            ws.set_comment(PKG, "i1", comment)
            assert_bit_exact(ws.item(PKG, "i1").annotation, annotation)
            document = build_bundle(IMAGE_MANIFEST, manifest_sha256=MANIFEST_SHA, annotator="w", states=ws.items(PKG))
        write_bundle(folder / "b.bundle.json", document)
        back = read_bundle(folder / "b.bundle.json")
    item = back["items"][0]
    assert item["id"] == "i1"
    assert item["annotation"] == annotation
    assert item["comment"] == comment
    assert_bit_exact(item["annotation"], annotation)
    for got, want in zip(item["annotation"]["boxes"], boxes, strict=True):
        for key in ("x", "y", "w", "h"):
            assert struct.pack("<d", got[key]) == struct.pack("<d", want[key])
            assert math.copysign(1.0, got[key]) == math.copysign(1.0, want[key])
    assert math.copysign(1.0, item["annotation"]["boxes"][-1]["x"]) == -1.0

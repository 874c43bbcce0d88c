"""Media -> pack -> open -> annotate -> bundle -> read, for images, audio and texts, checked bit-exactly."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from PIL import Image
from referencing import Registry, Resource

from annotator.cli import main
from annotator.core.bundle import build_bundle, bundle_bytes, bundle_matches_package, read_bundle, write_bundle
from annotator.core.model import Status
from annotator.core.package import open_package, validate_package
from annotator.core.packing import pack_package
from annotator.core.session import PackageSession
from annotator.core.workspace import Workspace
from tests.conftest import REPO_ROOT
from tests.core.helpers import LABELS, FakeClock, assert_bit_exact, audio_bytes, png_bytes, sha256

SCHEMAS = REPO_ROOT / "resources" / "schemas"

ANNOTATIONS: dict[str, dict[str, Any]] = {
    "image": {
        "boxes": [
            {
                "id": "b1",
                "label": "cat",
                "x": 0.1,
                "y": 1 / 3,
                "w": 1e-300,
                "h": 5e-324,
                "attributes": ["occluded"],
                "source": "user",
            },
            {
                "id": "b2",
                "label": "dog",
                "x": -0.0,
                "y": 1e300,
                "w": 2.5,
                "h": 0.30000000000000004,
                "attributes": [],
                "source": "model",
                "score": 1 / 3,
            },
        ],
        "verified": False,
    },
    "audio": {
        "segments": [
            {"start": 0.1, "end": 1 / 3, "text": "héllo [inaudible] 漢字 🎧", "speaker": "A"},
            {"start": 1 / 3, "end": 2.000000000000001, "text": "", "speaker": None},
        ]
    },
    "text": {
        "labels": ["positive"],
        "answer": None,
        "question": None,
        "unsure": True,
        "spans": [{"start": 0, "end": 5, "label": "positive", "text": "héllo"}],
        "source": "user",
    },
}
# The flagged item's annotation: another valid one per kind, with a float near the bottom of the range.
FLAGGED_ANNOTATIONS: dict[str, dict[str, Any]] = {
    "image": {
        "boxes": [
            {"id": "b1", "label": "cat", "x": 1e-300, "y": 0.0, "w": 1.0, "h": 1.0, "attributes": [], "source": "user"}
        ],
        "verified": True,
    },
    "audio": {"segments": [{"start": 1e-300, "end": 0.5, "text": "unsure", "speaker": None}]},
    "text": {"labels": [], "answer": None, "question": None, "unsure": True, "spans": [], "source": "user"},
}


def schema_validator(name: str) -> Draft202012Validator:
    """A Draft 2020-12 validator (with format checks) for one of resources/schemas."""
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    # The bundle schema refers to the annotation schemas by their $id; nothing is fetched.
    registry = Registry().with_resources(
        (document["$id"], Resource.from_contents(document))
        for document in (json.loads(path.read_text(encoding="utf-8")) for path in SCHEMAS.glob("*.schema.json"))
    )
    return Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)


def assert_schema_valid(validator: Draft202012Validator, document: Any) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == []


# -- sources to pack ------------------------------------------------------------------------------


def make_source(kind: str, folder: Path) -> tuple[Path, str]:
    """Media or a text table for one kind; returns the source to pack and the item kind."""
    folder.mkdir(parents=True)
    if kind == "image":
        (folder / "sub").mkdir()
        Image.new("RGB", (32, 24), (10, 200, 30)).save(folder / "a.jpg", quality=90)
        (folder / "b.png").write_bytes(png_bytes(16, 16))
        (folder / "sub" / "c.png").write_bytes(png_bytes(5, 7, (1, 2, 3)))
        (folder / "notes.md").write_text("not media: skipped")
        return folder, "image"
    if kind == "audio":
        (folder / "a.wav").write_bytes(audio_bytes("WAV", 0.2))
        (folder / "b.flac").write_bytes(audio_bytes("FLAC", 0.3))
        (folder / "c.wav").write_bytes(audio_bytes("WAV", 0.1, 16000))
        return folder, "audio"
    if kind == "csv":
        path = folder / "reviews.csv"
        path.write_text('id,text,lang\nr1,"Great, fast, ""cheap""",en\nr2,Très bien ✓,fr\n,third without id,\n')
        return path, "text"
    assert kind == "jsonl"
    path = folder / "reviews.jsonl"
    rows = [
        {"id": "j1", "text": "Sehr gut", "lang": "de", "prelabel": {"labels": ["positive"]}},
        {"text": "awful\nreally"},
        {"id": "j3", "text": "日本語のテキスト"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n")
    return path, "text"


SOURCES = ["image", "audio", "csv", "jsonl"]


def write_labels(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"labels-{kind}.json"
    path.write_text(json.dumps(LABELS[kind]))
    return path


def read_zip_manifest(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("package.json").decode("utf-8"))


# -- packing --------------------------------------------------------------------------------------


@pytest.mark.parametrize("source_kind", SOURCES)
def test_pack_by_api_and_by_cli_make_the_same_valid_package(
    tmp_path: Path, source_kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source, kind = make_source(source_kind, tmp_path / "src")
    labels = write_labels(tmp_path, kind)
    zipped = tmp_path / "pkg.zip"
    result = pack_package(source, labels_path=labels, output=zipped, package_id="pk", title="Pack test")
    assert [item.kind for item in result.manifest.items] == [kind] * 3
    assert result.skipped == (["notes.md"] if source_kind == "image" else [])

    folder = tmp_path / "pkg-folder"
    code = main(["pack", str(source), "--labels", str(labels), "-o", str(folder), "--id", "pk", "--title", "Pack test"])
    out, err = capsys.readouterr()
    assert code == 0
    assert out == f"Packed 3 items (3 {kind}) into {folder}\n"
    assert err == ("skipped (not an image, audio or text table): notes.md\n" if source_kind == "image" else "")

    package_schema = schema_validator("package-v1.schema.json")
    from_zip = read_zip_manifest(zipped)
    from_folder = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    assert from_zip == from_folder
    assert_schema_valid(package_schema, from_zip)
    assert validate_package(zipped) == []
    assert validate_package(folder) == []

    if kind != "text":
        # Every media file is packed byte for byte under media/, with its hash in the manifest.
        for item in from_zip["items"]:
            original = source / item["media"].removeprefix("media/")
            assert item["sha256"] == sha256(original.read_bytes())
            assert (folder / item["media"]).read_bytes() == original.read_bytes()
    if source_kind == "image":
        assert [i["id"] for i in from_zip["items"]] == ["a", "b", "sub-c"]
    if source_kind == "csv":
        assert [(i["id"], i["text"], i.get("lang")) for i in from_zip["items"]] == [
            ("r1", 'Great, fast, "cheap"', "en"),
            ("r2", "Très bien ✓", "fr"),
            ("reviews-00004", "third without id", None),
        ]
    if source_kind == "jsonl":
        assert from_zip["items"][0]["prelabel"] == {"labels": ["positive"]}
        assert [i["text"] for i in from_zip["items"]] == ["Sehr gut", "awful\nreally", "日本語のテキスト"]


def test_pack_output_always_opens_even_when_media_compresses_well(tmp_path: Path) -> None:
    # A mostly blank scan as BMP (1.5 MB) deflates far beyond 200:1; the packer must not make a
    # package that its own reader then refuses as a zip bomb.
    source = tmp_path / "scans"
    source.mkdir()
    Image.new("RGB", (1024, 512), "white").save(source / "page.bmp")
    pack_package(source, labels_path=write_labels(tmp_path, "image"), output=tmp_path / "scans.zip")
    assert validate_package(tmp_path / "scans.zip") == []


def test_demo_package_json_matches_its_schema(demo_package: Path) -> None:
    document = json.loads((demo_package / "package.json").read_text(encoding="utf-8"))
    assert_schema_valid(schema_validator("package-v1.schema.json"), document)


def test_the_schemas_are_not_vacuous() -> None:
    package_schema = schema_validator("package-v1.schema.json")
    bundle_schema = schema_validator("bundle-v1.schema.json")
    assert not package_schema.is_valid({"format": "annotator.package", "schema_version": 2})
    assert not bundle_schema.is_valid({"format": "annotator.bundle"})


# -- annotate and bundle --------------------------------------------------------------------------


def annotate(session: PackageSession, kind: str) -> dict[str, dict[str, Any]]:
    """Annotate three items as done, skipped and flagged; returns what was stored per item id."""
    ws, pkg = session.workspace, session.package_id
    first, second, third = (item.id for item in session.items)
    ws.set_annotation(pkg, first, ANNOTATIONS[kind])
    ws.set_status(pkg, first, Status.DONE)
    ws.set_comment(pkg, first, "checked twice — ok ✓")
    ws.add_time(pkg, first, active_ms=12_345, idle_ms=67)
    ws.set_status(pkg, second, Status.SKIPPED)
    ws.set_annotation(pkg, third, FLAGGED_ANNOTATIONS[kind])
    ws.set_status(pkg, third, Status.FLAGGED)
    ws.set_comment(pkg, third, "needs a second look")
    for item_id in (first, second, third):
        session.refresh_status(item_id)
    return {
        first: {"status": "done", "annotation": ANNOTATIONS[kind], "comment": "checked twice — ok ✓"},
        second: {"status": "skipped", "annotation": None, "comment": ""},
        third: {
            "status": "flagged",
            "annotation": FLAGGED_ANNOTATIONS[kind],
            "comment": "needs a second look",
        },
    }


@pytest.mark.parametrize("source_kind", SOURCES)
def test_annotations_round_trip_through_the_bundle_bit_exactly(
    tmp_path: Path, source_kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source, kind = make_source(source_kind, tmp_path / "src")
    package_path = tmp_path / "pkg.zip"
    pack_package(source, labels_path=write_labels(tmp_path, kind), output=package_path, package_id="rt")
    data_dir = tmp_path / "data"
    clock = FakeClock()

    package = open_package(package_path)
    try:
        with Workspace.open(data_dir, clock=clock) as ws:
            session = PackageSession(package, ws)
            expected = annotate(session, kind)
            assert session.progress().done == 1
            states = ws.items("rt")
            api_document = build_bundle(
                package.manifest, manifest_sha256=package.manifest_sha256, annotator=ws.annotator_id(), states=states
            )
            session_summary = session.export_bundle(tmp_path / "session.bundle.json")
            manifest, manifest_sha = package.manifest, package.manifest_sha256
    finally:
        package.close()
    assert session_summary == api_document["summary"]
    write_bundle(tmp_path / "api.bundle.json", api_document)

    out = tmp_path / "cli.bundle.json"
    assert main(["--data-dir", str(data_dir), "bundle", str(package_path), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"Wrote {out}: 1 done, 1 skipped, 1 flagged, 0 to do, of 3 items.\n"
    again = tmp_path / "cli-again.bundle.json"
    assert main(["--data-dir", str(data_dir), "bundle", str(package_path), "-o", str(again)]) == 0

    # Same state, same bytes: whichever way the bundle was written, and however often.
    raw = out.read_bytes()
    assert again.read_bytes() == raw
    assert (tmp_path / "api.bundle.json").read_bytes() == raw
    assert (tmp_path / "session.bundle.json").read_bytes() == raw
    assert bundle_bytes(api_document) == raw

    capsys.readouterr()
    assert main(["validate", str(out), "--package", str(package_path)]) == 0
    assert capsys.readouterr().out == f"OK: {out} is a valid result bundle (1 of 3 items done).\n"

    document = read_bundle(out)
    assert_schema_valid(schema_validator("bundle-v1.schema.json"), json.loads(raw))
    assert bundle_matches_package(document, manifest, manifest_sha) == []
    assert document["summary"] == {"todo": 0, "done": 1, "skipped": 1, "flagged": 1, "total": 3}
    assert document["package"] == {"id": "rt", "manifest_sha256": manifest_sha}
    by_id = {item["id"]: item for item in document["items"]}
    assert list(by_id) == [item.id for item in manifest.items]
    for item_id, want in expected.items():
        got = by_id[item_id]
        assert_bit_exact(got["annotation"], want["annotation"], item_id)
        assert got["annotation"] == want["annotation"]
        assert (got["status"], got["comment"], got["kind"]) == (want["status"], want["comment"], kind)
    first = manifest.items[0].id
    assert by_id[first]["timing"] == {"active_ms": 12_345, "idle_ms": 67}
    assert by_id[first]["created_at"] == "2026-11-23T14:05:00.123Z"
    assert by_id[first]["updated_at"] == "2026-11-23T14:05:00.123Z"


def test_a_package_never_opened_bundles_as_all_todo(tmp_path: Path, demo_package: Path) -> None:
    out = tmp_path / "fresh.bundle.json"
    code = main(["--data-dir", str(tmp_path / "empty-ws"), "bundle", str(demo_package), "-o", str(out)])
    assert code == 0
    document = read_bundle(out)
    total = len(json.loads((demo_package / "package.json").read_text(encoding="utf-8"))["items"])
    assert document["summary"] == {"todo": total, "done": 0, "skipped": 0, "flagged": 0, "total": total}
    assert {item["status"] for item in document["items"]} == {"todo"}
    assert {item["annotation"] for item in document["items"]} == {None}
    assert {(item["created_at"], item["updated_at"]) for item in document["items"]} == {(None, None)}
    assert_schema_valid(schema_validator("bundle-v1.schema.json"), document)

    # Same through the API, without any workspace at all.
    package = open_package(demo_package)
    try:
        api = build_bundle(package.manifest, manifest_sha256=package.manifest_sha256, annotator=document["annotator"])
    finally:
        package.close()
    assert bundle_bytes(api) == out.read_bytes()


def test_bundle_of_a_package_opened_but_not_annotated_is_all_todo(tmp_path: Path, demo_package: Path) -> None:
    package = open_package(demo_package)
    try:
        with Workspace.open(tmp_path / "ws") as ws:
            PackageSession(package, ws)
            document = build_bundle(
                package.manifest,
                manifest_sha256=package.manifest_sha256,
                annotator="worker-1",
                states=ws.items(package.manifest.id),
            )
    finally:
        package.close()
    assert document["summary"]["todo"] == document["summary"]["total"] == len(document["items"])

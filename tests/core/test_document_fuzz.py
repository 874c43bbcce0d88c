"""Fuzzing the other documents a workspace reads: review bundles, sync deltas, answer keys and the sync target setting.

Each seed is a document our own code wrote. Cases damage its bytes (tests/core/test_reader_fuzz.py's
mutations), or change its values and then put the right content hash back ("re-hashed"), so the
checks after the hash — and what the app does with a document that reads (apply a review, fold a
delta into a bundle) — are reached too. Only our typed errors may come out, within the guard's time
and memory bounds.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from annotator.core.bundle import HASH_FIELD, content_hash
from annotator.core.errors import BundleError
from annotator.core.quality.answer_key import GoldAnswer, KeyPackage, decode_answer_key, key_bytes, make_key
from annotator.core.quality.review_bundle import Decision, apply_review, build_review, decode_review, review_bytes
from annotator.core.sync.config import config_from_json
from annotator.core.sync.delta import build_delta, decode_delta, delta_name, fold, folded_bundle, read_delta
from annotator.core.sync.target import SyncError
from annotator.core.workspace import Workspace
from tests.core.helpers import small_manifest
from tests.core.test_reader_fuzz import FUZZ, _paths, _set, damaged, guarded, json_values, mutated_json, report_cases

PKG, SHA, ANNOTATOR = "test-pkg", "a" * 64, "worker-1"
MANIFEST = small_manifest(["t1", "t2", "t3", "t4"])
READERS = ["review bundle", "sync delta", "answer key", "sync target setting"]


def text_answer(*labels: str) -> dict[str, Any]:
    """A text annotation the annotation-text-v1 schema accepts."""
    return {"labels": list(labels), "answer": None, "question": None, "unsure": False, "spans": [], "source": "user"}


# -- re-hashed mutations --------------------------------------------------------------------------

NASTY_VALUES = st.sampled_from(
    [None, True, 0, -1, 2**63, -(2**63) - 1, 10**30, 0.5, -0.0, 1e308, "", "\ud800", "x" * 100_000, [], {}, [[[[[]]]]]]
)


@st.composite
def rehashed(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with one to three values replaced (by nasty ones, or by another value of the same document:
    a duplicate id, a revision from elsewhere), keys dropped or added, and its content hash made right again."""
    document = json.loads(seed)
    for _ in range(draw(st.integers(1, 3))):
        paths = [path for path in _paths(document) if path and path[-1] != HASH_FIELD]
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["nasty", "nasty", "sibling", "json", "drop", "add"]))
        parent: Any = document
        for part in path[:-1]:
            parent = parent[part]
        if action == "drop" and isinstance(parent, dict):
            document = _set(document, path[:-1], {k: v for k, v in parent.items() if k != path[-1]})
            continue
        if action == "add" and isinstance(parent, dict):
            key = draw(st.sampled_from(["extra", "annotation", "reason", "revision", "id", "full"]))
            document = _set(document, path[:-1], {**parent, key: draw(json_values)})
            continue
        if action == "sibling":
            value: Any = draw(st.sampled_from(paths))
            source: Any = document
            for part in value:
                source = source[part]
            value = source
        else:
            value = draw(NASTY_VALUES if action == "nasty" else json_values)
        document = _set(document, path, value)
    if isinstance(document, dict):
        try:
            document[HASH_FIELD] = content_hash(document)
        except ValueError:
            pass  # a value canonical JSON refuses (NaN): the stale hash stays, the reader must say so
    return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")


def documents(seed: bytes) -> st.SearchStrategy[bytes]:
    """Damaged bytes, changed JSON values (hash stale), or re-hashed values: a third each."""
    return st.one_of(mutated_json(seed), rehashed(seed), rehashed(seed).flatmap(damaged))


def refused_by_name(document: Any, problems: list[Any], file: str) -> None:
    """The decoder's contract: a document or problems, never both; each problem names the file and says what."""
    assert (document is None) == bool(problems)
    assert all(problem.file == file and problem.reason for problem in problems)


# -- review bundles -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One workspace holding the package the seeds are of, signed in as their annotator."""
    ws = Workspace.open(tmp_path_factory.mktemp("ws"))
    ws.register_package(MANIFEST, manifest_sha256=SHA, path="pkg.zip")
    ws.set_setting("annotator_id", ANNOTATOR)
    for number, item_id in enumerate(["t1", "t2", "t3"]):
        ws.set_annotation(PKG, item_id, text_answer("positive" if number else "negative"))
    yield ws
    ws.close()


REVIEW_SEED = review_bytes(
    build_review(
        package_id=PKG,
        manifest_sha256=SHA,
        annotator=ANNOTATOR,
        reviewer="lead-1",
        decisions=[
            Decision("t1", "text", "accept", "", "2024-05-01T10:00:00Z"),
            Decision("t2", "text", "reject", "the label is wrong — see the guide §3", "2024-05-01T10:01:00Z"),
            Decision("t3", "text", "fix", "", "2024-05-01T10:02:00Z", annotation=text_answer("neutral")),
        ],
    )
)


@FUZZ
@given(raw=documents(REVIEW_SEED))
def test_fuzz_review_bundle(raw: bytes, workspace: Workspace) -> None:
    with guarded("review bundle"):
        document, problems = decode_review(raw, "r.review.json")
        refused_by_name(document, problems, "r.review.json")
        if document is not None:
            try:
                apply_review(workspace, document, file="r.review.json")
            except BundleError as exc:
                assert all(problem.file == "r.review.json" for problem in exc.problems)


# -- sync deltas ----------------------------------------------------------------------------------


def _delta_seeds() -> list[bytes]:
    """A full delta and the next one, as a push takes them from a real workspace."""
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder)) as ws:
        ws.register_package(MANIFEST, manifest_sha256=SHA, path="pkg.zip")
        ws.set_annotation(PKG, "t1", text_answer("positive"))
        ws.set_comment(PKG, "t2", "unsure — ask the lead")
        base = ws.revision()
        ws.set_annotation(PKG, "t3", text_answer("negative"))
        rows_full, rows_part = ws.changed_rows(PKG, after_revision=0), ws.changed_rows(PKG, after_revision=base)
        revision = ws.revision()
    common = {"manifest_sha256": SHA, "annotator": ANNOTATOR, "revision": revision}
    return [
        build_delta(MANIFEST, sequence=1, base_revision=0, rows=rows_full, full=True, **common),
        build_delta(MANIFEST, sequence=2, base_revision=base, rows=rows_part, **common),
    ]


DELTA_SEEDS = _delta_seeds()
SEED_DOCUMENTS = [decode_delta(seed, "seed")[0] for seed in DELTA_SEEDS]


@FUZZ
@given(
    raw=st.sampled_from(DELTA_SEEDS).flatmap(documents),
    named=st.booleans(),
)
def test_fuzz_sync_delta(raw: bytes, named: bool, tmp_path_factory: pytest.TempPathFactory) -> None:
    with guarded("sync delta"):
        if named:
            # As a pull reads it: from a file named by its content, which must then match.
            try:
                name = delta_name(raw)  # the name its content gives: the checks after the name are reached
            except (ValueError, RecursionError):
                name = delta_name(DELTA_SEEDS[0])  # the seed's name on other bytes: refused for the mismatch
            path = tmp_path_factory.mktemp("delta") / name
            path.write_bytes(raw)
            try:
                document = read_delta(path)
            except BundleError as exc:
                assert all(problem.file == str(path) and problem.reason for problem in exc.problems)
                return
        else:
            document, problems = decode_delta(raw, "d.delta.json")
            refused_by_name(document, problems, "d.delta.json")
        if document is not None:
            try:
                # A pull folds it with the deltas it already has, into the bundle the lead gets.
                folded = fold([document, *SEED_DOCUMENTS])
                folded_bundle(folded, MANIFEST, manifest_sha256=SHA)
            except BundleError as exc:
                assert exc.problems


# -- answer keys ----------------------------------------------------------------------------------

KEY_SEED = key_bytes(
    make_key(
        source_id="src",
        source_manifest_sha256="b" * 64,
        overlap=2,
        seed=7,
        packages=[
            KeyPackage("src-ada", "ada", "c" * 64, {"i1": "t1", "i2": "g1"}),
            KeyPackage("src-bo", "bo", "d" * 64, {"j1": "t1", "j2": "t2"}),
        ],
        gold=[GoldAnswer({"id": "g1", "kind": "text", "text": "Caffè buono"}, text_answer("positive"))],
    )
)


@FUZZ
@given(raw=documents(KEY_SEED))
def test_fuzz_answer_key(raw: bytes) -> None:
    with guarded("answer key"):
        key, problems = decode_answer_key(raw, "team.answer-key.json")
        refused_by_name(key, problems, "team.answer-key.json")
        if key is not None:
            # What the review window asks of a key that reads.
            for package in key.packages:
                assert key.package(package.id) is package
                [key.is_gold(item) for item in package.items.values()]
            assert key.to_json()[HASH_FIELD]


# -- the sync target setting ----------------------------------------------------------------------

LOCATIONS = st.sampled_from(
    [
        "/media/usb/annotator",
        "relative/path",
        "~",
        "file:///tmp/x%00y",
        "file://",
        "https://dav.example/remote.php/dav/files/ada",
        "http://dav.example/",
        "http://127.0.0.1:8080/dav",
        "http://[::1",
        "s3://",
        "s3://bucket/prefix",
        "s3:///no-bucket",
        "\u0000",
        "",
        "x" * 100_000,
    ]
) | st.text(max_size=20)
SETTING = st.fixed_dictionaries(
    {"kind": st.sampled_from(["folder", "webdav", "s3", "ftp", ""]) | json_values, "location": LOCATIONS | json_values},
    optional={
        name: st.sampled_from(["", "ada", "https://s3.example", "http://s3.example", "eu-west-1"]) | json_values
        for name in ("username", "endpoint", "region")
    },
)


@FUZZ
@given(value=SETTING | json_values)
# Found by this test: urlsplit's ValueError for a bracket left open escaped from both checks.
@example(value={"kind": "webdav", "location": "http://[::1"})
@example(value={"kind": "s3", "location": "s3://[bucket"})
def test_fuzz_sync_target_setting(value: Any) -> None:
    # The stored setting may have been edited by hand: it reads, or is refused as typed input is.
    with guarded("sync target setting"):
        try:
            config = config_from_json(value)
        except SyncError as exc:
            assert str(exc)
            return
        if config is not None:
            assert config.describe() and config.key.startswith(config.kind)
            assert config_from_json(config.to_json()) == config


def test_the_seeds_themselves_read(workspace: Workspace) -> None:
    # Each case starts from a document that reads, so the mutations are what is tested.
    review, problems = decode_review(REVIEW_SEED, "r")
    assert review is not None and not problems
    for seed in DELTA_SEEDS:
        assert decode_delta(seed, "d")[0] is not None
    assert decode_answer_key(KEY_SEED, "k")[0] is not None
    assert config_from_json({"kind": "folder", "location": "/media/usb"}) is not None


def test_zz_fuzz_case_counts_reported(capsys: pytest.CaptureFixture[str]) -> None:
    report_cases(capsys, READERS)

"""Sync deltas: built from what changed, refused by name when wrong, and folded in any order into exactly the full bundle.

The property test at the end edits a real workspace at random, takes deltas through the journal at
random points (a full one among them), and folds them in random order with repeats. Under CI its
examples are derandomised, so a run is repeatable; elsewhere each run explores new ones.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.bundle import HASH_FIELD, build_bundle, bundle_bytes, content_hash
from annotator.core.documents.schemas import load_schema
from annotator.core.errors import BundleError, Problem
from annotator.core.model import Status
from annotator.core.sync.delta import (
    DeltaName,
    Folded,
    build_delta,
    decode_delta,
    delta_name,
    fold,
    folded_bundle,
    parse_delta_name,
    read_delta,
)
from annotator.core.sync.journal import SyncJournal
from annotator.core.workspace import Workspace
from tests.core.helpers import FakeClock, small_manifest

PKG = "test-pkg"
IDS = ["t1", "t2", "t3", "t4"]
MANIFEST = small_manifest(IDS)
SHA = "a" * 64
ANNOTATOR = "worker-1"
TARGET = "folder-0123456789abcdef"
FILE = "bundles/test-pkg/worker-1/d.delta.json"
TAMPERED = "content does not match its content_sha256 (damaged or edited by hand)"


def label(name: str, *, unsure: bool = False) -> dict[str, Any]:
    """A text annotation the annotation-text-v1 schema accepts."""
    return {"labels": [name], "answer": None, "question": None, "unsure": unsure, "spans": [], "source": "user"}


def take_delta(ws: Workspace, *, full: bool = False, confirm: bool = True) -> bytes | None:
    """What a push does: the changes after the journal's last revision as the next delta, recorded (and confirmed)."""
    journal = SyncJournal(ws)
    after = 0 if full else journal.last_revision(TARGET, PKG)
    rows = ws.changed_rows(PKG, after_revision=after)
    if not rows:
        return None
    sequence = journal.next_sequence(TARGET, PKG)
    revision = max(row[-1] for row in rows.values())
    data = build_delta(
        MANIFEST,
        manifest_sha256=SHA,
        annotator=ANNOTATOR,
        sequence=sequence,
        base_revision=after,
        revision=revision,
        rows=rows,
        full=full,
    )
    journal.add(
        TARGET,
        PKG,
        sequence=sequence,
        base_revision=after,
        revision=revision,
        name=delta_name(data),
        data=data,
        item_count=len(json.loads(data)["items"]),
    )
    if confirm:
        journal.confirm(TARGET, PKG, sequence)
    return data


def full_bundle(ws: Workspace) -> dict[str, Any]:
    return build_bundle(MANIFEST, manifest_sha256=SHA, annotator=ANNOTATOR, states=ws.items(PKG))


def decoded(data: bytes) -> dict[str, Any]:
    document, problems = decode_delta(data, FILE)
    assert problems == []
    assert document is not None
    return document


def synthetic(sequence: int, base: int, revision: int, rows: dict[str, tuple], **fields: Any) -> dict[str, Any]:
    """A decoded delta from hand-made rows (status, annotation JSON, comment, active, idle, created, updated, revision)."""
    options: dict[str, Any] = {"manifest_sha256": SHA, "annotator": ANNOTATOR, "full": False, **fields}
    return decoded(
        build_delta(MANIFEST, sequence=sequence, base_revision=base, revision=revision, rows=rows, **options)
    )


def done_row(revision: int, comment: str = "") -> tuple:
    return ("done", None, comment, 0, 0, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z", revision)


@pytest.fixture
def workspace(tmp_path: Path):
    ws = Workspace.open(tmp_path / "ws", clock=FakeClock())
    ws.register_package(MANIFEST, manifest_sha256=SHA, path="p")
    yield ws
    ws.close()


# -- building -----------------------------------------------------------------------------------


def test_a_delta_holds_the_changed_items_in_package_order(workspace: Workspace) -> None:
    workspace.set_status(PKG, "t3", Status.DONE)
    workspace.set_annotation(PKG, "t1", label("positive"))
    workspace.add_time(PKG, "t3", active_ms=700, idle_ms=5)
    data = take_delta(workspace)
    assert data is not None
    document = decoded(data)
    assert [(item["id"], item["revision"]) for item in document["items"]] == [("t1", 2), ("t3", 3)]
    assert document["items"][0]["annotation"] == label("positive")
    assert document["items"][1]["timing"] == {"active_ms": 700, "idle_ms": 5}
    assert {key: document[key] for key in ("sequence", "base_revision", "revision", "full")} == {
        "sequence": 1,
        "base_revision": 0,
        "revision": 3,
        "full": False,
    }
    assert document["package"] == {"id": PKG, "manifest_sha256": SHA}
    # Canonical JSON with one item per line, as bundles are.
    assert data.count(b"\n") == len(document["items"]) + 2
    assert content_hash(document) == document[HASH_FIELD]


def test_the_next_delta_holds_only_what_changed_since(workspace: Workspace) -> None:
    workspace.set_status(PKG, "t1", Status.DONE)
    take_delta(workspace)
    workspace.set_comment(PKG, "t2", "blurry")
    document = decoded(take_delta(workspace) or b"")
    assert (document["sequence"], document["base_revision"], document["revision"]) == (2, 1, 2)
    assert [item["id"] for item in document["items"]] == ["t2"]
    assert take_delta(workspace) is None  # nothing changed: nothing to send


def test_a_full_delta_lists_every_item(workspace: Workspace) -> None:
    workspace.set_status(PKG, "t2", Status.SKIPPED)
    take_delta(workspace)
    workspace.add_time(PKG, "t4", active_ms=10)
    document = decoded(take_delta(workspace, full=True) or b"")
    assert (document["full"], document["sequence"], document["base_revision"], document["revision"]) == (True, 2, 0, 2)
    assert [(item["id"], item["revision"], item["status"]) for item in document["items"]] == [
        ("t1", 0, "todo"),  # never touched
        ("t2", 1, "skipped"),
        ("t3", 0, "todo"),
        ("t4", 2, "todo"),
    ]
    # Alone it is the whole bundle.
    assert folded_bundle(fold([document]), MANIFEST, manifest_sha256=SHA) == full_bundle(workspace)


def test_rows_of_items_the_manifest_does_not_hold_are_left_out() -> None:
    document = synthetic(1, 0, 2, {"t2": done_row(1), "gone": done_row(2)})
    assert [item["id"] for item in document["items"]] == ["t2"]


def test_numbers_a_reader_would_refuse_are_never_built() -> None:
    def build(**fields: Any) -> bytes:
        options: dict[str, Any] = {"annotator": ANNOTATOR, "sequence": 1, "base_revision": 0, "revision": 2, **fields}
        return build_delta(MANIFEST, manifest_sha256=SHA, rows=options.pop("rows", {}), **options)

    with pytest.raises(ValueError, match=r"item 't1' has revision 3, outside \(0, 2\] of this delta"):
        build(rows={"t1": done_row(3)})
    with pytest.raises(ValueError, match=r"'base_revision' \(2\) must be at least 0 and less than 'revision' \(2\)"):
        build(base_revision=2)
    with pytest.raises(ValueError, match="'sequence' must be at least 1"):
        build(sequence=0)
    with pytest.raises(ValueError, match="of a full delta must be 0"):
        build(base_revision=1, full=True)
    with pytest.raises(ValueError, match="annotator id"):
        build(annotator="Ada Lovelace")


def test_the_delta_item_is_the_bundle_item_plus_its_revision() -> None:
    # The delta schema copies the bundle item (a closed object cannot be extended by $ref): no drift.
    bundle_item = load_schema("bundle-v1")["properties"]["items"]["items"]
    delta_item = dict(load_schema("delta-v1")["properties"]["items"]["items"])
    properties = dict(delta_item.pop("properties"))
    revision = properties.pop("revision")
    assert (revision["type"], revision["minimum"]) == ("integer", 0)
    assert properties == bundle_item["properties"]
    assert delta_item.pop("required") == [*bundle_item["required"], "revision"]
    del delta_item["description"]
    assert delta_item == {key: value for key, value in bundle_item.items() if key not in ("properties", "required")}


# -- names ---------------------------------------------------------------------------------------


def test_a_delta_is_named_by_its_sequence_and_its_bytes() -> None:
    data = build_delta(
        MANIFEST, manifest_sha256=SHA, annotator=ANNOTATOR, sequence=7, base_revision=0, revision=1, rows={}
    )
    name = delta_name(data)
    parsed = parse_delta_name(name)
    assert parsed == DeltaName(7, name[9:25])
    assert name.startswith("00000007-") and name.endswith(".delta.json")
    other = build_delta(
        MANIFEST, manifest_sha256=SHA, annotator=ANNOTATOR, sequence=7, base_revision=0, revision=2, rows={}
    )
    assert delta_name(other) != name
    assert sorted([delta_name(other).replace("00000007", "00000010"), name])[0] == name


@pytest.mark.parametrize(
    "name", ["7-0123456789abcdef.delta.json", "00000007-0123456789ABCDEF.delta.json", "00000007.bundle.json", ""]
)
def test_other_names_are_not_delta_names(name: str) -> None:
    assert parse_delta_name(name) is None


def test_a_renamed_delta_file_is_refused(tmp_path: Path, workspace: Workspace) -> None:
    workspace.set_status(PKG, "t1", Status.DONE)
    data = take_delta(workspace) or b""
    good = tmp_path / delta_name(data)
    good.write_bytes(data)
    assert read_delta(good) == decoded(data)
    wrong = tmp_path / "00000001-0000000000000000.delta.json"
    wrong.write_bytes(data)
    with pytest.raises(BundleError) as caught:
        read_delta(wrong)
    assert caught.value.problems == [
        Problem(str(wrong), f"the name {wrong.name!r} does not match the content (it would be {good.name!r})")
    ]
    plain = tmp_path / "mine.json"  # a name that is not a delta name is not checked
    plain.write_bytes(data)
    assert read_delta(plain)["sequence"] == 1


def test_a_missing_delta_file_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "absent.delta.json"
    with pytest.raises(BundleError) as caught:
        read_delta(path)
    assert caught.value.problems == [Problem(str(path), "no such file or folder")]


# -- refusals ------------------------------------------------------------------------------------


@pytest.fixture
def delta(workspace: Workspace) -> bytes:
    """Delta 1 of t1 annotated (revision 1) and done (revision 2)."""
    workspace.set_annotation(PKG, "t1", label("positive"))
    workspace.set_status(PKG, "t1", Status.DONE)
    return take_delta(workspace) or b""


def forged(data: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    """The delta edited and given a matching hash again: a well-formed forgery only the other checks can catch."""
    document = json.loads(data)
    change(document)
    document[HASH_FIELD] = content_hash(document)
    return bundle_bytes(document)


def problems_of(raw: bytes) -> list[str]:
    document, problems = decode_delta(raw, FILE)
    assert document is None
    assert all(problem.file == FILE for problem in problems)
    return [problem.reason for problem in problems]


def test_a_changed_byte_is_caught(delta: bytes) -> None:
    assert delta.count(b'"positive"') == 1
    assert problems_of(delta.replace(b'"positive"', b'"negative"')) == [TAMPERED]


def test_a_changed_revision_is_caught(delta: bytes) -> None:
    assert problems_of(delta.replace(b'"revision":2,"status"', b'"revision":1,"status"')) == [TAMPERED]


def test_an_item_twice_is_refused(delta: bytes) -> None:
    assert problems_of(forged(delta, lambda d: d["items"].append(dict(d["items"][0])))) == ["item 't1' appears twice"]


def test_an_item_revision_outside_the_delta_is_refused(delta: bytes) -> None:
    def change(document: dict[str, Any]) -> None:
        document["items"][0]["revision"] = 9

    assert problems_of(forged(delta, change)) == [
        "'items[0].revision': 9 is outside (0, 2], the revisions this delta covers"
    ]


def test_an_item_revision_at_the_base_is_refused(delta: bytes) -> None:
    def change(document: dict[str, Any]) -> None:
        document["base_revision"] = 1
        document["items"][0]["revision"] = 1

    assert problems_of(forged(delta, change)) == [
        "'items[0].revision': 1 is outside (1, 2], the revisions this delta covers"
    ]


def test_a_base_revision_not_below_the_revision_is_refused(delta: bytes) -> None:
    assert problems_of(forged(delta, lambda d: d.update(base_revision=2))) == [
        "'base_revision' (2) must be at least 0 and less than 'revision' (2)"
    ]


def test_a_full_delta_must_start_at_0(delta: bytes) -> None:
    assert problems_of(forged(delta, lambda d: d.update(full=True, base_revision=1))) == [
        "'base_revision' of a full delta must be 0 (found 1)"
    ]


def test_revision_0_is_only_for_untouched_items_of_a_full_delta(delta: bytes) -> None:
    def change(document: dict[str, Any]) -> None:
        document["full"] = True
        document["items"][0]["revision"] = 0

    assert problems_of(forged(delta, change)) == [
        "'items[0]': revision 0 is for an item never touched, but this one has work"
    ]
    # Outside a full delta, revision 0 is simply out of range.
    assert problems_of(forged(delta, lambda d: d["items"][0].update(revision=0))) == [
        "'items[0].revision': 0 is outside (0, 2], the revisions this delta covers"
    ]


def test_a_bundle_is_not_a_delta(workspace: Workspace) -> None:
    raw = bundle_bytes(full_bundle(workspace))
    assert problems_of(raw) == ["'format' must be 'annotator.delta' (found 'annotator.bundle')"]


def test_an_unknown_schema_version_is_refused(delta: bytes) -> None:
    assert problems_of(forged(delta, lambda d: d.update(schema_version=2))) == [
        "unknown delta schema version 2; this app reads 1"
    ]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(sequence=0), "'sequence': must be at least 1 (found 0)"),
        (lambda d: d.pop("full"), "top level: missing field 'full'"),
        (lambda d: d.update(summary={}), "top level: unknown field 'summary'"),
        (lambda d: d["items"][0].pop("revision"), "'items[0]': missing field 'revision'"),
        (lambda d: d["items"][0].update(revision="2"), "'items[0].revision': must be an integer (found a string)"),
        (lambda d: d["items"][0].update(annotation={"labels": "positive"}), "'items[0].annotation': missing field"),
    ],
)
def test_the_schema_names_the_place(delta: bytes, change: Callable[[dict[str, Any]], None], reason: str) -> None:
    reasons = problems_of(forged(delta, change))
    assert len(reasons) == 1
    assert reasons[0].startswith(reason)


def test_not_json_and_not_an_object_are_refused() -> None:
    assert problems_of(b"[1, 2]") == ["a sync delta must be a JSON object"]
    assert problems_of(b'{"format": "annotator.delta",}')[0].startswith("malformed JSON at line 1")


# -- folding -------------------------------------------------------------------------------------


def test_the_highest_revision_wins_whatever_the_order() -> None:
    first = synthetic(1, 0, 2, {"t1": done_row(1, "old"), "t2": done_row(2, "kept")})
    second = synthetic(2, 2, 4, {"t1": done_row(4, "new")})
    for order in ([first, second], [second, first], [second, first, second, first]):
        folded = fold(order)
        assert {item_id: item["comment"] for item_id, item in folded.items.items()} == {"t1": "new", "t2": "kept"}
        assert (folded.sequences, folded.revision, folded.gaps) == ((1, 2), 4, ())


def test_a_tie_is_broken_by_the_bytes_so_order_never_matters() -> None:
    one = synthetic(1, 0, 3, {"t1": done_row(3, "a")})
    other = synthetic(1, 0, 3, {"t1": done_row(3, "b")})
    assert fold([one, other]) == fold([other, one])
    assert fold([one, other]).items["t1"]["comment"] == "b"
    assert fold([one, other]).clashes == (1,)  # two contents under one number: two workspaces?
    assert fold([one, one]).clashes == ()


def test_folds_fold(workspace: Workspace) -> None:
    a = synthetic(1, 0, 2, {"t1": done_row(1), "t2": done_row(2)})
    b = synthetic(2, 2, 3, {"t1": done_row(3, "b")})
    c = synthetic(3, 3, 5, {"t2": done_row(5, "c"), "t3": done_row(4)})
    assert fold([fold([a, b]), c]) == fold([a, fold([b, c])]) == fold([c, b, a])
    assert fold([fold([a]), fold([a])]) == fold([a])


def test_gaps_are_reported_unless_a_full_delta_covers_them() -> None:
    deltas = {n: synthetic(n, n - 1, n, {"t1": done_row(n)}) for n in (1, 2, 4, 6)}
    assert fold(deltas.values()).gaps == (3, 5)
    assert fold([deltas[6]]).gaps == (1, 2, 3, 4, 5)
    full = synthetic(5, 0, 5, {"t1": done_row(5)}, full=True)
    assert fold([*deltas.values(), full]).gaps == ()
    assert fold([deltas[6], full]).gaps == ()
    assert fold([deltas[1], full, deltas[6]]).full_sequences == frozenset({5})


@pytest.mark.parametrize(
    ("fields", "what", "ours", "theirs"),
    [
        ({"annotator": "bob"}, "annotator", ANNOTATOR, "bob"),
        ({"manifest_sha256": "b" * 64}, "package version", SHA, "b" * 64),
    ],
)
def test_deltas_of_different_sources_do_not_fold(fields: dict[str, str], what: str, ours: str, theirs: str) -> None:
    first = synthetic(1, 0, 1, {"t1": done_row(1)})
    second = synthetic(2, 1, 2, {"t2": done_row(2)}, **fields)
    with pytest.raises(BundleError) as caught:
        fold([first, second])
    assert caught.value.problems == [
        Problem(
            "delta 2",
            f"is of {what} {theirs!r}, but delta 1 of {ours!r}: only the deltas of one package version and one "
            "annotator fold together",
        )
    ]


def test_deltas_of_different_packages_do_not_fold() -> None:
    first = synthetic(1, 0, 1, {"t1": done_row(1)})
    other = small_manifest(IDS, package_id="other-pkg")
    second = decoded(
        build_delta(other, manifest_sha256=SHA, annotator=ANNOTATOR, sequence=1, base_revision=0, revision=1, rows={})
    )
    with pytest.raises(BundleError, match="delta 1: is of package 'other-pkg', but deltas 1, 2 of 'test-pkg'"):
        fold([fold([first, synthetic(2, 1, 2, {})]), second])


def test_nothing_to_fold() -> None:
    with pytest.raises(ValueError, match="no deltas to fold"):
        fold([])


def test_a_fold_is_only_made_into_the_bundle_of_its_own_package() -> None:
    folded = fold([synthetic(1, 0, 1, {"t1": done_row(1)})])
    with pytest.raises(BundleError, match="the deltas are for package 'test-pkg', not 'other'"):
        folded_bundle(folded, small_manifest(IDS, package_id="other"), manifest_sha256=SHA)
    with pytest.raises(BundleError, match="another version of this package"):
        folded_bundle(folded, MANIFEST, manifest_sha256="c" * 64)


def test_items_never_seen_are_todo_in_the_folded_bundle() -> None:
    bundle = folded_bundle(fold([synthetic(1, 0, 1, {"t2": done_row(1)})]), MANIFEST, manifest_sha256=SHA)
    assert [(item["id"], item["status"]) for item in bundle["items"]] == [
        ("t1", "todo"),
        ("t2", "done"),
        ("t3", "todo"),
        ("t4", "todo"),
    ]
    assert bundle["summary"] == {"todo": 3, "done": 1, "skipped": 0, "flagged": 0, "total": 4}
    assert isinstance(fold([synthetic(1, 0, 1, {})]), Folded)


# -- the property: any edits, deltas at any points, any fold order == the full bundle -------------

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    database=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow],
)
EDIT = st.one_of(
    st.tuples(st.just("annotate"), st.sampled_from(IDS), st.sampled_from(["positive", "negative"]), st.booleans()),
    st.tuples(st.just("status"), st.sampled_from(IDS), st.sampled_from(list(Status))),
    st.tuples(st.just("comment"), st.sampled_from(IDS), st.text(max_size=4)),
    st.tuples(st.just("time"), st.sampled_from(IDS), st.integers(0, 3_000), st.integers(0, 300)),
    st.tuples(st.just("delta"), st.booleans()),
    st.tuples(st.just("full"), st.booleans()),
)
# tmpfs when there is one: every edit commits with a full fsync.
SCRATCH = "/dev/shm" if os.path.isdir("/dev/shm") else None


def run_script(ws: Workspace, clock: FakeClock, script: list[tuple]) -> list[bytes]:
    """Apply the edits, take deltas where the script says and once at the end; the deltas' bytes."""
    deltas = []
    for step in script:
        clock.advance(milliseconds=7)
        kind = step[0]
        if kind == "annotate":
            ws.set_annotation(PKG, step[1], label(step[2], unsure=step[3]))
        elif kind == "status":
            ws.set_status(PKG, step[1], step[2])
        elif kind == "comment":
            ws.set_comment(PKG, step[1], step[2])
        elif kind == "time":
            ws.add_time(PKG, step[1], active_ms=step[2], idle_ms=step[3])
        else:
            data = take_delta(ws, full=kind == "full", confirm=step[1])
            deltas += [data] if data is not None else []
    last = take_delta(ws, confirm=False)
    return deltas + ([last] if last is not None else [])


@PROPERTY
@given(script=st.lists(EDIT, max_size=30), data=st.data())
def test_folding_the_deltas_in_any_order_gives_the_full_bundle(script: list[tuple], data: st.DataObject) -> None:
    clock = FakeClock()
    with tempfile.TemporaryDirectory(dir=SCRATCH) as folder, Workspace.open(folder, clock=clock) as ws:
        ws.register_package(MANIFEST, manifest_sha256=SHA, path="p")
        raws = run_script(ws, clock, script)
        expected = full_bundle(ws)
        journal = SyncJournal(ws)
        for entry in journal.pending(TARGET, PKG):
            journal.confirm(TARGET, PKG, entry.sequence)
        assert journal.pending_items(TARGET, PKG, ws) == 0
        assert journal.confirmed_revision(TARGET, PKG) == journal.last_revision(TARGET, PKG)
    if not raws:
        assert expected["summary"]["todo"] == len(IDS)
        return
    deltas = [decoded(raw) for raw in raws]
    assert [delta["sequence"] for delta in deltas] == list(range(1, len(deltas) + 1))

    repeats = data.draw(st.lists(st.sampled_from(range(len(deltas))), max_size=len(deltas)), label="repeats")
    order = data.draw(st.permutations([*range(len(deltas)), *repeats]), label="order")
    folded = fold(deltas[index] for index in order)
    assert folded.gaps == ()
    assert folded.sequences == tuple(range(1, len(deltas) + 1))
    bundle = folded_bundle(folded, MANIFEST, manifest_sha256=SHA)
    assert bundle[HASH_FIELD] == expected[HASH_FIELD]
    assert bundle == expected

    # Associative: folding two folds is folding everything.
    split = data.draw(st.integers(1, len(order)), label="split")
    assert fold([fold(deltas[i] for i in order[:split]), *[deltas[i] for i in order[split:]]]) == folded

    # A full delta alone stands for everything before it.
    fulls = [index for index, delta in enumerate(deltas) if delta["full"]]
    if fulls:
        later = fold(deltas[fulls[-1] :])
        assert later.gaps == ()
        assert folded_bundle(later, MANIFEST, manifest_sha256=SHA)[HASH_FIELD] == expected[HASH_FIELD]

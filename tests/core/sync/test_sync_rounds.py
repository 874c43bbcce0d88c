"""Whole sync rounds through each real target: annotators push deltas and pull packages and feedback; the lead gathers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.bundle import read_bundle
from annotator.core.sync import layout
from annotator.core.sync.gather import gather_bundles
from annotator.core.sync.journal import SyncJournal
from annotator.core.sync.push import plan_push, push
from annotator.core.sync.target import Target
from tests.core.sync.people import ANNOTATORS, TARGET_KEY, Annotator, judgement, no_wait, package_zip


@pytest.fixture(params=["folder", "webdav", "s3"])
def any_target(request: pytest.FixtureRequest) -> Target:
    """Each real target in turn: a folder, WsgiDAV on loopback, SeaweedFS on loopback."""
    return request.getfixturevalue(f"{request.param}_target")


def test_three_annotators_sync_both_ways_and_the_lead_gathers_their_bundles(any_target: Target, tmp_path: Path) -> None:
    target = any_target
    target.put("packages/p.zip", package_zip(tmp_path))
    people = [Annotator(tmp_path, name) for name in ANNOTATORS]
    for person in people:
        result = person.pull(target)
        assert [path.name for path in result.new] == ["p.zip"]
    # Round one: each labels a few items and syncs; round two: more work, one changes an answer.
    for offset, person in enumerate(people):
        for number in range(offset, offset + 4):
            person.label(f"t{number:02d}", "positive")
        plan, result = person.push(target)
        assert result.sent == 1 and result.items == 4 and plan.item_count == 4
    people[0].label("t00", "negative")
    people[0].label("t09", "negative", done=False)
    plan, result = people[0].push(target)
    assert result.sent == 1 and result.items == 2, "only what changed since the confirmed sync leaves"
    plan, result = people[1].push(target)
    assert plan.is_empty and result.sent == 0, "no change, nothing sent"

    gathered = gather_bundles(
        target, people[0].ref.manifest, manifest_sha256=people[0].ref.manifest_sha256, out=tmp_path / "lead"
    )
    assert gathered.problems == []
    assert [b.annotator for b in gathered.bundles] == sorted(ANNOTATORS)
    for bundle, person in zip(gathered.bundles, sorted(people, key=lambda p: p.name), strict=True):
        written = read_bundle(bundle.path)
        assert written["content_sha256"] == person.bundle()["content_sha256"], "folded deltas == the full bundle"
        assert bundle.missing_sequences == ()
    ada = read_bundle(tmp_path / "lead" / "ada.bundle.json")
    by_id = {item["id"]: item for item in ada["items"]}
    assert by_id["t00"]["annotation"] == judgement("negative") and by_id["t09"]["status"] == "todo"
    assert ada["summary"]["done"] == 4

    # A second gather downloads nothing it already has and writes the same bundles.
    again = gather_bundles(
        target, people[0].ref.manifest, manifest_sha256=people[0].ref.manifest_sha256, out=tmp_path / "lead"
    )
    assert [b.downloaded for b in again.bundles] == [0, 0, 0]
    assert read_bundle(tmp_path / "lead" / "ada.bundle.json") == ada

    # Feedback for one annotator comes down to that annotator only.
    feedback = layout.feedback_folder("team-pkg", "bo") + "review-1.json"
    target.put(feedback, json.dumps({"rejected": ["t02"]}).encode())
    assert [p.name for p in people[1].pull(target).new] == ["review-1.json"]
    assert people[0].pull(target).new == []
    assert (people[1].inbox / "feedback" / "team-pkg" / "review-1.json").is_file()
    # The annotator manifests say what each one sent.
    manifest = json.loads(target.get(layout.annotator_manifest("ada")))
    assert manifest["packages"]["team-pkg"]["last_sequence"] == 2
    for person in people:
        person.workspace.close()


def test_a_package_changed_on_the_target_never_replaces_the_local_copy(folder_target: Target, tmp_path: Path) -> None:
    folder_target.put("packages/p.zip", package_zip(tmp_path))
    person = Annotator(tmp_path, "ada")
    person.pull(folder_target)
    local = person.inbox / "packages" / "p.zip"
    before = local.read_bytes()
    folder_target.put("packages/p.zip", package_zip(tmp_path / "v2", count=13))
    result = person.pull(folder_target)
    assert local.read_bytes() == before
    [(kept, theirs)] = result.kept_both
    assert kept == local and theirs.read_bytes() == folder_target.get("packages/p.zip")
    assert "yours is kept" in result.messages()[0]
    assert person.pull(folder_target).kept_both == [], "told once; the same copy is not saved again"
    person.workspace.close()


def test_a_full_delta_on_demand_folds_to_the_same_bundle(folder_target: Target, tmp_path: Path) -> None:
    folder_target.put("packages/p.zip", package_zip(tmp_path))
    person = Annotator(tmp_path, "ada")
    person.pull(folder_target)
    person.label("t01", "positive")
    person.push(folder_target)
    person.label("t02", "negative")
    plan, result = person.push(folder_target, full=True)
    assert result.items == 12, "the full delta carries every item of the package"
    names = [info.name for info in folder_target.list(layout.deltas_folder("team-pkg", "ada"))]
    assert len(names) == 2
    folder_target.delete(names[0])  # the lead can fold the full one alone
    gathered = gather_bundles(
        folder_target, person.ref.manifest, manifest_sha256=person.ref.manifest_sha256, out=tmp_path / "lead"
    )
    [bundle] = gathered.bundles
    assert read_bundle(bundle.path)["content_sha256"] == person.bundle()["content_sha256"]
    assert bundle.missing_sequences == ()
    person.workspace.close()


def test_nothing_is_marked_synced_until_the_target_has_it(folder_target: Target, tmp_path: Path) -> None:
    folder_target.put("packages/p.zip", package_zip(tmp_path))
    person = Annotator(tmp_path, "ada")
    person.pull(folder_target)
    person.label("t01", "positive")
    journal = SyncJournal(person.workspace)

    class Unplugged(RuntimeError):
        pass

    def crash(name: str, data: bytes) -> bool:
        raise Unplugged  # the process dies between recording the delta and the target answering

    plan = plan_push(person.workspace, [person.ref], target_key=TARGET_KEY, annotator="ada")
    original = folder_target.put_if_absent
    folder_target.put_if_absent = crash  # type: ignore[method-assign]
    with pytest.raises(Unplugged):
        push(person.workspace, folder_target, plan, sleep=no_wait)
    folder_target.put_if_absent = original  # type: ignore[method-assign]
    [pending] = journal.pending(TARGET_KEY, "team-pkg")
    assert journal.confirmed_revision(TARGET_KEY, "team-pkg") == 0
    assert folder_target.list("bundles/") == []
    # The next sync sends that same delta (same name, same bytes), plus what changed since.
    person.label("t02", "positive")
    plan, result = person.push(folder_target)
    assert result.sent == 2
    names = [info.name.rsplit("/", 1)[1] for info in folder_target.list("bundles/")]
    assert names[0] == pending.name
    assert journal.pending(TARGET_KEY, "team-pkg") == []
    person.workspace.close()

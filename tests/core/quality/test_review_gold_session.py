"""A review of a team's bundles with the answer key: ids mapped back, gold scored, and each review written for (and applied by) its annotator's own package."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import EXIT_OK, main
from annotator.core.bundle import read_bundle
from annotator.core.errors import BundleError
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.quality.gold import DEFAULT_FAIL_BELOW
from annotator.core.quality.review_bundle import apply_review, feedback_for, read_review
from annotator.core.quality.review_session import ReviewSession
from annotator.core.workspace import Workspace
from tests.core.quality.test_gold_and_merge import TEXT_GOLD, Team, label


@pytest.fixture
def texts(tmp_path: Path) -> Team:
    return Team(tmp_path, "text")


def session_of(team: Team, folder: Path, *, key: bool = True) -> ReviewSession:
    package = open_package(team.source)
    package.close()
    folder.mkdir(exist_ok=True)
    return ReviewSession(
        package.manifest,
        package.manifest_sha256,
        team.bundles,
        folder,
        key=team.key if key else None,
        names=[str(path) for path in team.bundle_paths],
    )


def test_team_results_are_queued_under_the_source_ids_then_the_gold_items(texts: Team, tmp_path: Path) -> None:
    session = session_of(texts, tmp_path / "review")
    assert [item.id for item in session.items][-3:] == list(TEXT_GOLD)
    assert session.item("g2") is not None and session.item("g2").text.startswith("review number")
    t03 = session.results_of("t03")
    assert [(r.annotator, r.package_id) for r in t03] == [("ada", "hotel-ada"), ("bo", "hotel-bo")]
    assert texts.key.package("hotel-bo").items[t03[1].package_item_id] == "t03", "the package's own id is kept"
    assert session.disagrees("t03") and not session.disagrees("t06")
    # Gold: a result each, scored; bo and cy fail one each, cy's skipped g3 is not scored.
    assert session.is_gold("g1") and not session.is_gold("t01")
    assert session.gold_answer("g2") == label("negative") and session.gold_answer("t01") is None
    failed = {
        (r.item_id, r.annotator)
        for r in session.results
        if (g := session.gold_result(r.item_id, r.annotator)) and g.failed
    }
    assert failed == {("g1", "cy"), ("g2", "bo")}
    bo = session.gold_result("g2", "bo")
    assert bo.score.accuracy == 0.0 < DEFAULT_FAIL_BELOW["text"]
    skipped = session.gold_result("g3", "cy")
    assert (skipped.status, skipped.score, skipped.failed) == ("skipped", None, False)
    assert session.gold_result("t01", "bo") is None


def test_each_review_is_of_its_annotators_package_and_applies_on_their_side(texts: Team, tmp_path: Path) -> None:
    session = session_of(texts, tmp_path / "review")
    session.apply(session.decide("g2", "bo", "reject", reason="wrong label: read it again"))
    session.apply(session.decide("t03", "bo", "fix", annotation=label("positive")))
    session.apply(session.decide("t01", "cy", "accept"))
    paths = session.write_reviews("lead", tmp_path / "review")
    reviews = {document["annotator"]: document for document in map(read_review, paths)}
    assert sorted(reviews) == ["bo", "cy"]
    record = texts.key.package("hotel-bo")
    bo = reviews["bo"]
    assert bo["package"] == {"id": "hotel-bo", "manifest_sha256": record.manifest_sha256}
    own = {key_id: item_id for item_id, key_id in record.items.items()}
    assert {d["item_id"]: d["decision"] for d in bo["decisions"]} == {own["g2"]: "reject", own["t03"]: "fix"}
    assert session.fixes() == {"t03": label("positive")}

    # bo's workspace knows only bo's package: the review reopens the gold item there.
    with Workspace.open(tmp_path / "workspaces" / "bo") as workspace:
        workspace.set_setting("annotator_id", "bo")
        applied = apply_review(workspace, read_review(next(p for p in paths if "-bo-" in p.name)))
        assert applied.reopened == (own["g2"],) and applied.fixed == (own["t03"],)
        assert workspace.statuses("hotel-bo")[own["g2"]] is Status.TODO
        assert feedback_for(workspace, "hotel-bo", own["g2"])["reason"] == "wrong label: read it again"


def test_team_bundles_without_the_key_or_with_another_packages_key_are_refused(texts: Team, tmp_path: Path) -> None:
    with pytest.raises(BundleError) as refused:
        session_of(texts, tmp_path / "review", key=False)
    assert [str(p) for p in refused.value.problems][0] == (
        f"{texts.bundle_paths[0]}: is a bundle of package 'hotel-ada', not of 'hotel' "
        "(give the answer key that made the team's packages)"
    )
    other = Team(tmp_path / "other", "image")
    package = open_package(other.source)
    package.close()
    with pytest.raises(
        BundleError, match="is a bundle of package 'hotel-ada', not of 'pets' \\(the answer key does not"
    ):
        ReviewSession(package.manifest, package.manifest_sha256, texts.bundles, tmp_path / "r", key=other.key)


def test_the_merged_bundle_of_the_source_reviews_beside_the_team(texts: Team, tmp_path: Path) -> None:
    merged = texts.merge().bundle
    session = session_of(texts, tmp_path / "review")
    package = open_package(texts.source)
    package.close()
    both = ReviewSession(
        package.manifest, package.manifest_sha256, [*texts.bundles, merged], tmp_path / "review", key=texts.key
    )
    assert both.annotators == [*session.annotators, "merged"]
    assert both.gold_result("g1", "merged") is None
    (result,) = [r for r in both.results_of("t01") if r.annotator == "merged"]
    assert (result.package_id, result.package_item_id) == ("hotel", "t01")


def test_the_team_reviews_fixes_win_in_merge(texts: Team, tmp_path: Path) -> None:
    session = session_of(texts, tmp_path / "review")
    session.apply(session.decide("t03", "bo", "fix", annotation=label("positive")))  # a tie, settled
    session.apply(session.decide("g2", "bo", "fix", annotation=label("negative")))  # gold: the key's answer stands
    session.write_reviews("lead", session.folder)
    out = tmp_path / "merged.bundle.json"
    command = ["merge", str(texts.source), *map(str, texts.bundle_paths), "--key", str(texts.key_path)]
    assert main([*command, "--reviews", str(session.folder), "-o", str(out)]) == EXIT_OK
    assert read_bundle(out) == texts.merge(reviews=session.fixes()).bundle
    merged = {entry["id"]: entry for entry in read_bundle(out)["items"]}
    assert merged["t03"]["annotation"] == label("positive") and "g2" not in merged

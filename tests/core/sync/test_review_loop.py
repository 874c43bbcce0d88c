"""The review loop through a sync target: the lead gathers, rejects with a reason, puts the review; the annotator's sync reopens the item."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.bundle import read_bundle
from annotator.core.model import Status
from annotator.core.quality.review_bundle import apply_review, feedback_for, read_review
from annotator.core.quality.review_session import ReviewSession
from annotator.core.sync.gather import gather_bundles
from annotator.core.sync.reviews import put_reviews
from annotator.core.sync.target import Target
from tests.core.sync.people import Annotator, package_zip


def test_a_rejection_travels_to_the_annotator_and_the_fix_comes_back(folder_target: Target, tmp_path: Path) -> None:
    folder_target.put("packages/p.zip", package_zip(tmp_path))
    ada, bo = Annotator(tmp_path, "ada"), Annotator(tmp_path, "bo")
    for person, label in ((ada, "positive"), (bo, "negative")):
        person.pull(folder_target)
        for item_id in ("t00", "t01"):
            person.label(item_id, label)
        person.push(folder_target)

    lead = tmp_path / "lead"
    lead.mkdir()
    gathered = gather_bundles(folder_target, ada.ref.manifest, manifest_sha256=ada.ref.manifest_sha256, out=lead)
    bundles = [read_bundle(bundle.path) for bundle in gathered.bundles]
    review_folder = lead / "review"
    review_folder.mkdir()
    session = ReviewSession(ada.ref.manifest, ada.ref.manifest_sha256, bundles, review_folder)
    assert session.disagrees("t00")
    session.apply(session.decide("t00", "ada", "reject", reason="sarcasm: the review is negative"))
    session.apply(session.decide("t01", "ada", "accept"))
    written = session.write_reviews("lead", review_folder)
    [(name, created)] = put_reviews(folder_target, written)
    assert created and name.startswith("feedback/team-pkg/ada/review-ada-")
    again = put_reviews(folder_target, written)
    assert [created for _name, created in again] == [False], "the target has it: not put twice"

    pulled = ada.pull(folder_target)
    [review_path] = [path for path in pulled.new if path.name.endswith(".review.json")]
    assert bo.pull(folder_target).new == [], "bo gets no review meant for ada"
    applied = apply_review(ada.workspace, read_review(review_path), file=str(review_path))
    assert applied.reopened == ("t00",) and applied.accepted == 1
    assert ada.workspace.statuses("team-pkg")["t00"] is Status.TODO
    assert feedback_for(ada.workspace, "team-pkg", "t00")["reason"] == "sarcasm: the review is negative"

    ada.label("t00", "negative")
    _plan, result = ada.push(folder_target)
    assert result.items == 1, "only the fixed item leaves"
    regathered = gather_bundles(folder_target, ada.ref.manifest, manifest_sha256=ada.ref.manifest_sha256, out=lead)
    ada_bundle = read_bundle(next(b.path for b in regathered.bundles if b.annotator == "ada"))
    fixed = next(item for item in ada_bundle["items"] if item["id"] == "t00")
    assert fixed["status"] == "done" and fixed["annotation"]["labels"] == ["negative"]
    ada.workspace.close()
    bo.workspace.close()


def test_the_command_line_puts_reviews_and_the_annotator_sync_applies_them(
    folder_target: Target, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share = Path(folder_target.description.split(" ", 1)[1])
    folder_target.put("packages/p.zip", package_zip(tmp_path))
    ada = Annotator(tmp_path, "ada")
    ada.pull(folder_target)
    ada.label("t03", "positive")
    ada.push(folder_target)
    bundle = ada.bundle()
    ada.workspace.close()

    review_folder = tmp_path / "review"
    review_folder.mkdir()
    session = ReviewSession(ada.ref.manifest, ada.ref.manifest_sha256, [bundle], review_folder)
    session.apply(session.decide("t03", "ada", "reject", reason="box too loose"))
    session.write_reviews("lead", review_folder)
    assert main(["sync", "--target", str(share), "--put-reviews", str(review_folder)]) == 0
    assert "Put 1 review bundle(s)" in capsys.readouterr().out

    workspace = tmp_path / "ada" / "ws"
    assert main(["--data-dir", str(workspace), "sync", "--target", str(share)]) == 0
    assert "1 items reopened: t03" in capsys.readouterr().out
    assert main(["--data-dir", str(workspace), "sync", "--target", str(share)]) == 0
    assert "reopened" not in capsys.readouterr().out, "a review applies once"

"""Review bundles: built, read and refused; applied by the annotator (rejected items reopen, once); the lead's session state."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.core.bundle import HASH_FIELD, build_bundle, canonical_json, content_hash, read_bundle, write_bundle
from annotator.core.errors import BundleError
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.quality.review_bundle import (
    Decision,
    apply_review,
    build_review,
    feedback_for,
    read_review,
    review_bytes,
    review_name,
)
from annotator.core.quality.review_session import ReviewSession
from annotator.core.workspace import Workspace
from tests.core.helpers import manifest_dict, text_item, write_folder_package

PACKAGE_ID = "rev-pkg"
TEXTS = {"t1": "The staff were lovely.", "t2": "Cold soup, rude waiter.", "t3": "It was fine, I suppose."}
AT = "2026-11-23T14:05:00.123Z"


# -- builders the UI tests share ---------------------------------------------------------------------


def judgement(*labels: str, unsure: bool = False) -> dict[str, Any]:
    """A text annotation as the sentiment editor stores it."""
    return {"labels": list(labels), "answer": None, "question": None, "unsure": unsure, "spans": [], "source": "user"}


def text_package(root: Path, texts: dict[str, str] = TEXTS, *, package_id: str = PACKAGE_ID) -> Path:
    """A folder package of inline texts (labels positive, negative)."""
    return write_folder_package(root, manifest_dict([text_item(i, t) for i, t in texts.items()], id=package_id))


def annotator_workspace(root: Path, annotator: str) -> Path:
    """The folder of an annotator's workspace (made by `annotator_bundle`)."""
    return root / f"ws-{annotator}"


def annotator_bundle(
    root: Path,
    package: Path,
    annotator: str,
    annotations: dict[str, Any],
    *,
    comments: dict[str, str] | None = None,
) -> Path:
    """An annotator does the items of `annotations` in their own workspace and exports the bundle (core API only)."""
    opened = open_package(package)
    manifest = opened.manifest
    with Workspace.open(annotator_workspace(root, annotator)) as workspace:
        workspace.set_setting("annotator_id", annotator)
        workspace.register_package(manifest, manifest_sha256=opened.manifest_sha256, path=str(package))
        for item_id, annotation in annotations.items():
            workspace.set_annotation(manifest.id, item_id, annotation)
            if comments and item_id in comments:
                workspace.set_comment(manifest.id, item_id, comments[item_id])
            workspace.set_status(manifest.id, item_id, Status.DONE)
        document = build_bundle(
            manifest, manifest_sha256=opened.manifest_sha256, annotator=annotator, states=workspace.items(manifest.id)
        )
    opened.close()
    path = root / "bundles" / f"{manifest.id}.{annotator}.bundle.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bundle(path, document)
    return path


def manifest_hash(package: Path) -> str:
    opened = open_package(package)
    opened.close()
    return opened.manifest_sha256


def review_file(root: Path, document: dict[str, Any]) -> Path:
    path = root / review_name(document)
    path.write_bytes(review_bytes(document))
    return path


def rehashed(document: dict[str, Any]) -> dict[str, Any]:
    """The document with its hash made right again, so only the change under test is wrong."""
    return {**document, HASH_FIELD: content_hash(document)}


def decisions() -> list[Decision]:
    return [
        Decision("t3", "text", "reject", "wrong label: it is neutral at best", AT),
        Decision("t1", "text", "accept", "", AT),
        Decision("t2", "text", "fix", "", AT, judgement("negative")),
    ]


@pytest.fixture
def package(tmp_path: Path) -> Path:
    return text_package(tmp_path / "pkg")


@pytest.fixture
def review(package: Path) -> dict[str, Any]:
    return build_review(
        package_id=PACKAGE_ID,
        manifest_sha256=manifest_hash(package),
        annotator="ada",
        reviewer="lead",
        decisions=decisions(),
    )


# -- build and read -----------------------------------------------------------------------------------


def test_a_review_reads_back_as_written_with_decisions_in_item_order(tmp_path: Path, review: dict[str, Any]) -> None:
    path = review_file(tmp_path, review)
    assert path.name.startswith("review-ada-") and path.name.endswith(".review.json")
    read = read_review(path)
    assert read == review
    assert [d["item_id"] for d in read["decisions"]] == ["t1", "t2", "t3"]
    assert read["decisions"][1]["annotation"] == judgement("negative")
    assert "annotation" not in read["decisions"][0]  # only a fix carries one


def test_the_same_decisions_in_any_order_give_the_same_bytes(package: Path, review: dict[str, Any]) -> None:
    again = build_review(
        package_id=PACKAGE_ID,
        manifest_sha256=manifest_hash(package),
        annotator="ada",
        reviewer="lead",
        decisions=reversed(decisions()),
    )
    assert review_bytes(again) == review_bytes(review)


def test_a_rejection_without_a_reason_is_not_built(package: Path) -> None:
    with pytest.raises(ValueError, match="t1: a rejection needs a reason"):
        build_review(
            package_id=PACKAGE_ID,
            manifest_sha256=manifest_hash(package),
            annotator="ada",
            reviewer="lead",
            decisions=[Decision("t1", "text", "reject", "   ", AT)],
        )


def test_a_real_name_with_spaces_is_not_a_reviewer(package: Path) -> None:
    with pytest.raises(ValueError, match="reviewer 'Ada Lovelace' must be a pseudonym"):
        build_review(
            package_id=PACKAGE_ID, manifest_sha256="0" * 64, annotator="ada", reviewer="Ada Lovelace", decisions=[]
        )


def test_a_changed_reason_breaks_the_hash(tmp_path: Path, review: dict[str, Any]) -> None:
    path = review_file(tmp_path, review)
    path.write_bytes(path.read_bytes().replace(b"neutral at best", b"fine, really"))
    with pytest.raises(BundleError, match="content_sha256 does not match"):
        read_review(path)


def test_an_item_decided_twice_is_refused(tmp_path: Path, review: dict[str, Any]) -> None:
    twice = rehashed({**review, "decisions": [*review["decisions"], review["decisions"][0]]})
    path = tmp_path / "twice.review.json"
    path.write_bytes(canonical_json(twice))
    with pytest.raises(BundleError, match=r"'decisions\[3\]': item 't1' is decided twice"):
        read_review(path)


def test_a_rejection_with_an_empty_reason_is_refused_on_reading(tmp_path: Path, review: dict[str, Any]) -> None:
    rows = [dict(row) for row in review["decisions"]]
    rows[2]["reason"] = ""
    path = tmp_path / "empty-reason.review.json"
    path.write_bytes(canonical_json(rehashed({**review, "decisions": rows})))
    with pytest.raises(BundleError) as refused:
        read_review(path)
    assert all(problem.file == str(path) for problem in refused.value.problems)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b'{"format": "annotator.bundle"}', "'format' must be 'annotator.review'"),
        (b"[1, 2]", "not a review bundle"),
        (b"{not json", "JSON"),
    ],
)
def test_what_is_not_a_review_bundle_is_refused_by_name(tmp_path: Path, content: bytes, said: str) -> None:
    path = tmp_path / "other.review.json"
    path.write_bytes(content)
    with pytest.raises(BundleError, match=said) as refused:
        read_review(path)
    assert refused.value.problems[0].file == str(path)


def test_a_result_bundle_is_not_a_review(tmp_path: Path, package: Path) -> None:
    bundle = annotator_bundle(tmp_path, package, "ada", {"t1": judgement("positive")})
    with pytest.raises(BundleError, match="'format' must be 'annotator.review' \\(found 'annotator.bundle'\\)"):
        read_review(bundle)


# -- the annotator applies it -------------------------------------------------------------------------


def test_applying_reopens_the_rejected_items_once(tmp_path: Path, package: Path, review: dict[str, Any]) -> None:
    annotator_bundle(tmp_path, package, "ada", {i: judgement("positive") for i in TEXTS})
    with Workspace.open(annotator_workspace(tmp_path, "ada")) as workspace:
        applied = apply_review(workspace, review)
        assert (applied.reopened, applied.fixed, applied.accepted) == (("t3",), ("t2",), 1)
        statuses = workspace.statuses(PACKAGE_ID)
        assert (statuses["t1"], statuses["t2"], statuses["t3"]) == (Status.DONE, Status.DONE, Status.TODO)
        assert feedback_for(workspace, PACKAGE_ID, "t3") == {
            "decision": "reject",
            "reason": "wrong label: it is neutral at best",
            "reviewer": "lead",
            "at": AT,
        }
        assert feedback_for(workspace, PACKAGE_ID, "t2")["decision"] == "fix"
        # The annotator redoes t3; the same review pulled again reopens nothing.
        workspace.set_status(PACKAGE_ID, "t3", Status.DONE)
        again = apply_review(workspace, read_review(review_file(tmp_path, review)))
        assert again.already_imported and again.reopened == ()
        assert workspace.statuses(PACKAGE_ID)["t3"] == Status.DONE


def test_another_annotators_review_is_refused(tmp_path: Path, package: Path, review: dict[str, Any]) -> None:
    annotator_bundle(tmp_path, package, "bob", {i: judgement("negative") for i in TEXTS})
    with Workspace.open(annotator_workspace(tmp_path, "bob")) as workspace:
        with pytest.raises(BundleError, match="is a review of 'ada''s work; you are 'bob'"):
            apply_review(workspace, review, file="ada.review.json")
        assert set(workspace.statuses(PACKAGE_ID).values()) == {Status.DONE}


def test_a_review_of_another_package_version_is_refused(tmp_path: Path, package: Path) -> None:
    annotator_bundle(tmp_path, package, "ada", {i: judgement("positive") for i in TEXTS})
    old = build_review(
        package_id=PACKAGE_ID, manifest_sha256="a" * 64, annotator="ada", reviewer="lead", decisions=decisions()
    )
    with Workspace.open(annotator_workspace(tmp_path, "ada")) as workspace:
        with pytest.raises(BundleError, match="another version of this package"):
            apply_review(workspace, old)
        assert workspace.statuses(PACKAGE_ID)["t3"] == Status.DONE


def test_a_review_of_a_package_never_opened_is_refused(tmp_path: Path, review: dict[str, Any]) -> None:
    with Workspace.open(tmp_path / "fresh") as workspace:
        with pytest.raises(BundleError, match="never opened"):
            apply_review(workspace, review)


# -- the lead's session -------------------------------------------------------------------------------


def lead_session(tmp_path: Path, package: Path, bundles: list[Path]) -> ReviewSession:
    opened = open_package(package)
    opened.close()
    folder = tmp_path / "review"
    folder.mkdir(exist_ok=True)
    return ReviewSession(opened.manifest, opened.manifest_sha256, [read_bundle(b) for b in bundles], folder)


def test_every_decision_is_in_the_state_file_and_a_new_session_resumes_it(tmp_path: Path, package: Path) -> None:
    bundles = [
        annotator_bundle(tmp_path, package, "ada", {"t1": judgement("positive"), "t2": judgement("positive")}),
        annotator_bundle(tmp_path, package, "bob", {"t1": judgement("positive"), "t2": judgement("negative")}),
    ]
    session = lead_session(tmp_path, package, bundles)
    assert [(r.item_id, r.annotator) for r in session.results] == [
        ("t1", "ada"),
        ("t1", "bob"),
        ("t2", "ada"),
        ("t2", "bob"),
    ]
    assert (session.disagrees("t1"), session.disagrees("t2")) == (False, True)
    reject = session.decide("t2", "ada", "reject", reason="wrong label")
    session.apply(reject)
    state = json.loads((session.folder / "review-state.json").read_bytes())
    assert [(row["item_id"], row["annotator"], row["decision"]) for row in state["decisions"]] == [
        ("t2", "ada", "reject")
    ]
    resumed = lead_session(tmp_path, package, bundles)
    assert resumed.decision("t2", "ada") == reject.after
    resumed.apply(reject, undo=True)
    assert lead_session(tmp_path, package, bundles).decisions == {}


def test_the_written_reviews_are_one_per_annotator_and_read_back(tmp_path: Path, package: Path) -> None:
    bundles = [
        annotator_bundle(tmp_path, package, "ada", {"t1": judgement("positive")}),
        annotator_bundle(tmp_path, package, "bob", {"t1": judgement("negative")}),
    ]
    session = lead_session(tmp_path, package, bundles)
    session.apply(session.decide("t1", "bob", "fix", annotation=judgement("positive")))
    session.apply(session.decide("t1", "ada", "accept"))
    paths = session.write_reviews("lead", tmp_path / "review")
    read = {doc["annotator"]: doc for doc in map(read_review, paths)}
    assert sorted(read) == ["ada", "bob"]
    assert read["bob"]["decisions"][0]["annotation"] == judgement("positive")
    assert session.fixes() == {"t1": judgement("positive")}

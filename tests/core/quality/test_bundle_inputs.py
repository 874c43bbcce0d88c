"""Bundles given as files or folders: a folder is every bundle directly in it, a file met twice counts once, and
`review`, `report` and `merge` take either."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.cli import EXIT_INVALID, EXIT_OK, main
from annotator.core.bundle import read_bundle
from annotator.core.errors import BundleError
from annotator.core.quality.bundle_inputs import REVIEW_SUFFIX, bundle_paths
from tests.core.quality.test_report import write_study
from tests.core.quality.test_review_bundle import annotator_bundle, judgement, lead_session, text_package


def touch(path: Path, text: str = "{}") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_a_folder_stands_for_the_bundles_directly_in_it_sorted_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "pulled"
    cy, ada, bo = (touch(folder / f"{name}.bundle.json") for name in ("cy", "ada", "bo"))
    touch(folder / ".dee.bundle.json")  # hidden: a write still under way
    touch(folder / "review-ada-0123.review.json")
    touch(folder / "notes.txt")
    touch(folder / "older" / "eve.bundle.json")  # not directly in it
    (folder / "odd.bundle.json.d").mkdir()
    assert bundle_paths([folder]) == [ada, bo, cy]


def test_files_are_kept_as_given_and_a_file_met_twice_counts_once(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "pulled"
    ada, bo = touch(folder / "ada.bundle.json"), touch(folder / "bo.bundle.json")
    extra = touch(tmp_path / "z-extra.json")  # a file given by name needs no suffix
    monkeypatch.chdir(tmp_path)
    relative = Path("pulled") / "bo.bundle.json"
    assert bundle_paths([relative, extra, folder, bo, folder]) == [relative, extra, ada]


def test_a_folder_without_bundles_is_named_in_the_error(tmp_path: Path) -> None:
    empty, other = tmp_path / "empty", tmp_path / "other"
    empty.mkdir()
    touch(other / "x.review.json")
    with pytest.raises(BundleError) as refused:
        bundle_paths([empty, touch(tmp_path / "a.bundle.json"), other])
    assert [str(problem) for problem in refused.value.problems] == [
        f"{empty}: is a folder with no .bundle.json file directly in it",
        f"{other}: is a folder with no .bundle.json file directly in it",
    ]
    assert bundle_paths([other], suffix=REVIEW_SUFFIX) == [other / "x.review.json"]


def test_a_missing_path_is_kept_for_the_check_of_missing_inputs(tmp_path: Path) -> None:
    assert bundle_paths([tmp_path / "nope.bundle.json"]) == [tmp_path / "nope.bundle.json"]


# -- the commands -------------------------------------------------------------------------------------


def test_report_takes_a_folder_as_it_takes_its_files(tmp_path: Path, capsys) -> None:
    study = write_study(tmp_path / "study")  # the bundles are written into the study folder
    by_files, by_folder = tmp_path / "files" / "report.html", tmp_path / "folder" / "report.html"
    by_files.parent.mkdir()
    by_folder.parent.mkdir()
    assert main(["report", str(study.package), *map(str, study.bundles), "-o", str(by_files)]) == EXIT_OK
    assert main(["report", str(study.package), str(tmp_path / "study"), "-o", str(by_folder)]) == EXIT_OK
    said = capsys.readouterr().out.splitlines()
    assert [line.startswith("Wrote the report of 3 annotators on 30 items") for line in said] == [True, True]
    for suffix in (".csv", "-items.csv"):
        files, folder = by_files.with_name(f"report{suffix}"), by_folder.with_name(f"report{suffix}")
        assert files.read_bytes() == folder.read_bytes()


def test_merge_takes_folders_and_never_merges_its_own_earlier_output(tmp_path: Path, capsys) -> None:
    study = write_study(tmp_path / "study", team=True)
    pulled = tmp_path / "pulled"
    pulled.mkdir()
    for path in study.bundles:
        shutil.copy(path, pulled / path.name)
    out = pulled / "merged.bundle.json"
    command = ["merge", str(study.package), str(pulled), "--key", str(study.key), "-o", str(out)]
    assert main(command) == EXIT_OK
    first = out.read_bytes()
    assert main(command) == EXIT_OK, "the merged bundle in the folder is not an annotator's"
    assert out.read_bytes() == first
    merged = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Merged")]
    assert len(merged) == 2 and merged[0] == merged[1] and merged[0].startswith(f"Merged 3 bundles into {out}:")
    by_files = tmp_path / "by-files.bundle.json"
    command = ["merge", str(study.package), *map(str, study.bundles), "--key", str(study.key), "-o", str(by_files)]
    assert main(command) == EXIT_OK
    assert by_files.read_bytes() == first


def test_merge_takes_a_review_folder_for_its_fixes(tmp_path: Path) -> None:
    package = text_package(tmp_path / "pkg")
    bundles = [
        annotator_bundle(tmp_path, package, "ada", {"t1": judgement("positive")}),
        annotator_bundle(tmp_path, package, "bob", {"t1": judgement("negative")}),
    ]
    session = lead_session(tmp_path, package, bundles)
    session.apply(session.decide("t1", "bob", "fix", annotation=judgement("positive")))
    session.write_reviews("lead", session.folder)  # beside review-state.json, which is not a review bundle
    out = tmp_path / "merged.bundle.json"
    command = ["merge", str(package), str(tmp_path / "bundles"), "--reviews", str(session.folder), "-o", str(out)]
    assert main(command) == EXIT_OK
    merged = {entry["id"]: entry for entry in read_bundle(out)["items"]}
    assert merged["t1"]["annotation"] == judgement("positive") and merged["t1"]["status"] == "done"


def test_review_names_an_empty_folder_before_any_window_opens(tmp_path: Path, capsys) -> None:
    package = text_package(tmp_path / "pkg")
    empty = tmp_path / "pulled"
    empty.mkdir()
    assert main(["--data-dir", str(tmp_path / "data"), "review", str(package), str(empty)]) == EXIT_INVALID
    assert capsys.readouterr().err == (
        f"error: {empty}: is a folder with no .bundle.json file directly in it\n1 problem found.\n"
    )
    assert not (tmp_path / "data").exists()

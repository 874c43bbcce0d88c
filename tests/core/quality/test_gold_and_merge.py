"""A team of three with overlap 2 and hidden gold, worked through the core API: gold scores and merges checked by hand."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from annotator.cli import EXIT_INVALID, EXIT_OK, main
from annotator.core.bundle import HASH_FIELD, build_bundle, bundle_bytes, content_hash, read_bundle, write_bundle
from annotator.core.errors import BundleError
from annotator.core.formats.catalog import load as load_formats
from annotator.core.formats.from_bundles import dataset_from_bundles
from annotator.core.formats.registry import get_format
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.quality.answer_key import AnswerKey
from annotator.core.quality.gold import read_gold_items, score_gold
from annotator.core.quality.merge import MergeResult, merge_bundles
from annotator.core.quality.review_bundle import Decision, build_review, review_bytes
from annotator.core.quality.team_pack import pack_team
from annotator.core.workspace import Workspace
from tests.core.helpers import (
    FakeClock,
    manifest_dict,
    media_item,
    png_bytes,
    text_item,
    write_folder_package,
    write_zip_package,
)

ANNOTATORS = ["ada", "bo", "cy"]
SEED = 11  # pins the plan below; any seed gives the same kind of plan
GEOMETRY = {"orientation": 1, "raw_size": [40, 30], "display_size": [40, 30]}
FLAG, SKIP = "flag", "skip"


# -- what each annotator does, by source (or gold) item id ------------------------------------------
# The truth of the texts: odd items positive, even negative; gold g1 positive, g2 negative, g3 positive.

TEXT_WORK: dict[str, dict[str, str | None]] = {
    # ada: all right; flags t11 ("sarcasm?") and leaves t12.
    "ada": {
        "t02": "negative", "t03": "positive", "t06": "negative", "t07": "positive", "t09": "positive",
        "t10": "negative", "t11": FLAG, "t12": None, "g1": "positive", "g2": "negative", "g3": "positive",
    },
    # bo: wrong on t03 and t05, and on gold g2.
    "bo": {
        "t01": "positive", "t03": "negative", "t04": "negative", "t05": "negative", "t06": "negative",
        "t08": "negative", "t09": "positive", "t11": "positive", "g1": "positive", "g2": "positive", "g3": "positive",
    },
    # cy: leaves t12, wrong on gold g1, skips gold g3.
    "cy": {
        "t01": "positive", "t02": "negative", "t04": "negative", "t05": "positive", "t07": "positive",
        "t08": "negative", "t10": "negative", "t12": None, "g1": "negative", "g2": "negative", "g3": SKIP,
    },
}  # fmt: skip
TEXT_GOLD = {"g1": "positive", "g2": "negative", "g3": "positive"}


def box(label: str, x: float, y: float, w: float, h: float, number: int = 1) -> dict[str, Any]:
    return {"id": f"b{number}", "label": label, "x": x, "y": y, "w": w, "h": h, "attributes": [], "source": "user"}


def boxes(*specs: tuple[str, float, float, float, float]) -> list[dict[str, Any]]:
    return [box(*spec, number=n) for n, spec in enumerate(specs, start=1)]


# ada draws true boxes (one px off on gold gA's dog); bo draws one px to the right, one extra cat on
# gA and a far-off cat on gB; cy draws one px lower and one narrower, an extra dog on i3, misses gA's dog.
IMAGE_WORK: dict[str, dict[str, list[dict[str, Any]]]] = {
    "ada": {
        "i2": boxes(("dog", 8, 6, 14, 12)),
        "i3": boxes(("cat", 2, 2, 16, 16)),
        "i5": boxes(("cat", 6, 8, 20, 12)),
        "i6": [],
        "gA": boxes(("cat", 4, 4, 16, 12), ("dog", 25, 6, 10, 10)),
        "gB": boxes(("cat", 2, 2, 20, 20)),
    },
    "bo": {
        "i1": boxes(("cat", 5, 4, 12, 10)),
        "i4": boxes(("dog", 21, 10, 10, 10)),
        "i5": boxes(("cat", 7, 8, 20, 12)),
        "i6": [],
        "gA": boxes(("cat", 4, 4, 16, 12), ("dog", 24, 6, 10, 10), ("cat", 30, 20, 5, 5)),
        "gB": boxes(("cat", 12, 8, 20, 20)),
    },
    "cy": {
        "i1": boxes(("cat", 4, 5, 11, 10)),
        "i2": boxes(("dog", 8, 7, 13, 12)),
        "i3": boxes(("cat", 2, 3, 15, 16), ("dog", 24, 20, 6, 6)),
        "i4": boxes(("dog", 20, 11, 9, 10)),
        "gA": boxes(("cat", 4, 4, 16, 12)),
        "gB": boxes(("cat", 3, 2, 20, 20)),
    },
}
IMAGE_GOLD = {
    "gA": boxes(("cat", 4, 4, 16, 12), ("dog", 24, 6, 10, 10)),
    "gB": boxes(("cat", 2, 2, 20, 20)),
}


def label(name: str) -> dict[str, Any]:
    return {"labels": [name], "answer": None, "question": None, "unsure": False, "spans": [], "source": "user"}


def drawn(found: list[dict[str, Any]]) -> dict[str, Any]:
    return {"boxes": copy.deepcopy(found), "verified": False, "image": dict(GEOMETRY)}


def text_step(annotator: str, item_id: str) -> tuple[str, Any, str] | None:
    answer = TEXT_WORK[annotator][item_id]
    if answer is None:
        return None
    if answer == FLAG:
        return "flagged", None, "sarcasm?"
    if answer == SKIP:
        return "skipped", None, ""
    return "done", label(answer), ""


def image_step(annotator: str, item_id: str) -> tuple[str, Any, str] | None:
    return "done", drawn(IMAGE_WORK[annotator][item_id]), ""


# -- the team: packed, then worked through in three workspaces ----------------------------------------


def text_source(folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    texts = [
        text_item(f"t{n:02d}", f"review number {n}: {'lovely' if n % 2 else 'dreadful'} stay") for n in range(1, 13)
    ]
    source = write_zip_package(folder / "hotel.zip", manifest_dict(texts, id="hotel", title="Hotel reviews"))
    lines = [
        {"item": text_item(gold_id, f"review number {13 + n}: a stay"), "annotation": label(answer)}
        for n, (gold_id, answer) in enumerate(TEXT_GOLD.items())
    ]
    gold = folder / "gold.jsonl"
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return source, gold


def image_source(folder: Path) -> tuple[Path, Path]:
    files = {f"media/i{n}.png": png_bytes(40, 30, (20 * n, 100, 200)) for n in range(1, 7)}
    items = [media_item(f"i{n}", "image", f"media/i{n}.png", files[f"media/i{n}.png"]) for n in range(1, 7)]
    source = write_folder_package(folder / "pets", manifest_dict(items, id="pets", title="Pets"), files)
    gold_folder = folder / "gold"
    (gold_folder / "media").mkdir(parents=True)
    lines = []
    for n, (gold_id, found) in enumerate(IMAGE_GOLD.items()):
        (gold_folder / "media" / f"{gold_id}.png").write_bytes(png_bytes(40, 30, (200, 20 * n, 100)))
        item = {"id": gold_id, "kind": "image", "media": f"media/{gold_id}.png"}  # sha256 is filled in
        lines.append({"item": item, "annotation": drawn(found)})
    gold = gold_folder / "gold.jsonl"
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return source, gold


def work(tmp_path: Path, key: AnswerKey, out: Path, step: Any) -> list[Path]:
    """Each annotator opens their package in their own workspace, works as `step` says, and writes a bundle."""
    paths = []
    for record in key.packages:
        package = open_package(out / f"{record.id}.zip")
        manifest = package.manifest
        with Workspace.open(tmp_path / "workspaces" / record.annotator, clock=FakeClock()) as workspace:
            workspace.register_package(manifest, manifest_sha256=package.manifest_sha256, path=str(package.path))
            for item in manifest.items:
                given = step(record.annotator, record.items[item.id])
                if given is None:
                    continue
                status, annotation, comment = given
                if annotation is not None:
                    workspace.set_annotation(manifest.id, item.id, annotation)
                if comment:
                    workspace.set_comment(manifest.id, item.id, comment)
                workspace.add_time(manifest.id, item.id, active_ms=1000, idle_ms=10)
                workspace.set_status(manifest.id, item.id, Status(status))
            document = build_bundle(
                manifest,
                manifest_sha256=package.manifest_sha256,
                annotator=record.annotator,
                states=workspace.items(manifest.id),
            )
        package.close()
        path = tmp_path / f"{record.id}.bundle.json"
        write_bundle(path, document)
        paths.append(path)
    return paths


class Team:
    """A packed team and its bundles, read back from their files."""

    def __init__(self, tmp_path: Path, kind: str):
        made = (text_source if kind == "text" else image_source)(tmp_path / f"{kind}-source")
        self.source, gold_path = made
        self.out = tmp_path / f"{kind}-team"
        result = pack_team(
            self.source, output=self.out, annotators=ANNOTATORS, overlap=2, gold=read_gold_items(gold_path), seed=SEED
        )
        self.key = result.key
        self.key_path = result.key_path
        self.bundle_paths = work(tmp_path, self.key, self.out, text_step if kind == "text" else image_step)
        self.bundles = [read_bundle(path) for path in self.bundle_paths]

    def merge(self, bundles: list[dict[str, Any]] | None = None, **options: Any) -> MergeResult:
        package = open_package(self.source)
        package.close()
        return merge_bundles(
            self.bundles if bundles is None else bundles,
            package.manifest,
            manifest_sha256=package.manifest_sha256,
            key=self.key,
            **options,
        )

    def who_has(self) -> dict[str, set[str]]:
        return {record.annotator: set(record.items.values()) for record in self.key.packages}


@pytest.fixture
def texts(tmp_path: Path) -> Team:
    return Team(tmp_path, "text")


@pytest.fixture
def images(tmp_path: Path) -> Team:
    return Team(tmp_path, "image")


def entries(result: MergeResult) -> dict[str, dict[str, Any]]:
    return {entry["id"]: entry for entry in result.bundle["items"]}


# -- the plan the seed gives -------------------------------------------------------------------------


def test_the_seed_gives_the_plan_the_answers_are_written_for(texts: Team, images: Team) -> None:
    # Every item with exactly two of the three, loads 8/8/8 and 4/4/4, every gold item with everyone.
    assert texts.who_has() == {name: set(work) for name, work in TEXT_WORK.items()}
    assert images.who_has() == {name: set(work) for name, work in IMAGE_WORK.items()}


# -- gold ----------------------------------------------------------------------------------------------


def test_gold_accuracy_of_texts_per_annotator(texts: Team) -> None:
    report = score_gold(texts.bundles, texts.key, names=[str(path) for path in texts.bundle_paths])

    ada, bo, cy = (report.annotators[name] for name in ANNOTATORS)
    assert (ada.seen, ada.done, ada.accuracy, ada.failures) == (3, 3, 1.0, 0)
    assert (bo.seen, bo.done, bo.accuracy, bo.failures) == (3, 3, 2 / 3, 1)  # g2 wrong
    assert (cy.seen, cy.done, cy.accuracy, cy.failures) == (3, 2, 1 / 2, 1)  # g1 wrong, g3 skipped
    assert ada.detail == {"text": {"exact": 1.0}}
    assert bo.detail == {"text": {"exact": 2 / 3}}
    assert cy.detail == {"text": {"exact": 1 / 2}}
    assert ada.packages == ("hotel-ada",)
    # The review queue's gold failures, by the ids the annotators' packages show.
    failures = {(r.annotator, r.item_id): r for r in report.failures()}
    assert set(failures) == {("bo", "g2"), ("cy", "g1")}
    bo_package = texts.key.package("hotel-bo")
    assert bo_package is not None and bo_package.items[failures["bo", "g2"].package_item_id] == "g2"
    skipped = [r for r in report.results if r.annotator == "cy" and r.item_id == "g3"]
    assert [(r.status, r.score, r.failed) for r in skipped] == [("skipped", None, False)]


def test_gold_precision_recall_and_f1_of_boxes_per_annotator(images: Team) -> None:
    report = score_gold(images.bundles, images.key)

    ada, bo, cy = (report.annotators[name] for name in ANNOTATORS)
    # ada: gA both boxes (the dog at IoU 90/110), gB exact.
    assert (ada.seen, ada.done, ada.accuracy, ada.failures) == (2, 2, 1.0, 0)
    assert ada.detail["image"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "mean_iou": ((1 + 90 / 110) / 2 + 1) / 2,
        "tp": 1.5,
        "fp": 0.0,
        "fn": 0.0,
    }
    # bo: gA 2 of 3 boxes right (P 2/3, R 1, F1 0.8); gB's cat at IoU 140/660, no match (all 0): fails.
    assert (bo.seen, bo.done, bo.accuracy, bo.failures) == (2, 2, 0.4, 1)
    assert bo.detail["image"] == {
        "precision": (2 / 3 + 0) / 2,
        "recall": 0.5,
        "f1": 0.4,
        "mean_iou": 0.5,
        "tp": 1.0,
        "fp": 1.0,
        "fn": 0.5,
    }
    # cy: gA only the cat (P 1, R 1/2, F1 2/3); gB at IoU 380/420 (all 1).
    assert (cy.seen, cy.done, cy.accuracy, cy.failures) == (2, 2, (2 / 3 + 1) / 2, 0)
    assert cy.detail["image"] == {
        "precision": 1.0,
        "recall": 0.75,
        "f1": (2 / 3 + 1) / 2,
        "mean_iou": (1 + 380 / 420) / 2,
        "tp": 1.0,
        "fp": 0.0,
        "fn": 0.5,
    }
    assert [(r.annotator, r.item_id) for r in report.failures()] == [("bo", "gB")]


def test_a_bundle_of_a_package_the_key_did_not_make_is_refused_by_name(texts: Team, tmp_path: Path) -> None:
    package = open_package(texts.source)
    package.close()
    stray = build_bundle(package.manifest, manifest_sha256=package.manifest_sha256, annotator="dee")
    with pytest.raises(BundleError) as raised:
        score_gold([*texts.bundles, stray], texts.key, names=[*map(str, texts.bundle_paths), "dee.bundle.json"])
    assert [str(p) for p in raised.value.problems] == [
        "dee.bundle.json: is a bundle of package 'hotel', which the answer key did not make "
        "(hotel-ada, hotel-bo, hotel-cy)"
    ]


# -- merge ---------------------------------------------------------------------------------------------


def test_merged_labels_with_ties_and_flags_for_review(texts: Team) -> None:
    result = texts.merge()

    merged = entries(result)
    labels = {
        item_id: (e["status"], e["annotation"]["labels"] if e["annotation"] else None) for item_id, e in merged.items()
    }
    assert labels == {
        "t01": ("done", ["positive"]),
        "t02": ("done", ["negative"]),
        "t03": ("flagged", ["positive"]),  # ada positive, bo negative: a tie, the first annotator's kept
        "t04": ("done", ["negative"]),
        "t05": ("flagged", ["negative"]),  # bo negative, cy positive
        "t06": ("done", ["negative"]),
        "t07": ("done", ["positive"]),
        "t08": ("done", ["negative"]),
        "t09": ("done", ["positive"]),
        "t10": ("done", ["negative"]),
        "t11": ("flagged", ["positive"]),  # bo's vote; ada flagged it
        "t12": ("todo", None),  # neither ada nor cy finished it
    }
    assert result.needs_review == {
        "t03": "tie: negative (1) and positive (1)",
        "t05": "tie: negative (1) and positive (1)",
        "t11": "flagged by ada: sarcasm?",
    }
    assert (result.merged, result.fixed, result.todo, result.bundles, result.duplicates) == (11, 0, 1, 3, 0)
    assert result.gold_left_out == 9  # three gold items each, cy's skipped one included
    assert result.bundle["annotator"] == "merged"
    assert result.bundle["package"]["id"] == "hotel"
    assert result.bundle["summary"] == {"total": 12, "todo": 1, "done": 8, "skipped": 0, "flagged": 3}
    # Time spent by everyone who touched an item; t11 counts ada's flagging too.
    assert merged["t01"]["timing"] == {"active_ms": 2000, "idle_ms": 20}
    assert merged["t11"]["timing"] == {"active_ms": 2000, "idle_ms": 20}
    assert merged["t12"]["timing"] == {"active_ms": 0, "idle_ms": 0}


def test_the_leads_fix_always_wins(texts: Team) -> None:
    result = texts.merge(reviews={"t05": label("positive"), "t12": label("negative")})

    merged = entries(result)
    assert (merged["t05"]["status"], merged["t05"]["annotation"]) == ("done", label("positive"))
    assert (merged["t12"]["status"], merged["t12"]["annotation"]) == ("done", label("negative"))
    assert result.needs_review == {
        "t03": "tie: negative (1) and positive (1)",
        "t11": "flagged by ada: sarcasm?",
    }
    assert (result.merged, result.fixed, result.todo) == (10, 2, 0)


def test_weights_break_a_tie(texts: Team) -> None:
    result = texts.merge(weights={"bo": 2.0})

    merged = entries(result)
    assert (merged["t03"]["status"], merged["t03"]["annotation"]["labels"]) == ("done", ["negative"])
    assert (merged["t05"]["status"], merged["t05"]["annotation"]["labels"]) == ("done", ["negative"])
    assert list(result.needs_review) == ["t11"]


def test_merged_boxes_are_the_mean_of_the_boxes_both_drew(images: Team) -> None:
    result = images.merge()

    merged = entries(result)
    found = {item_id: (e["status"], e["annotation"]["boxes"]) for item_id, e in merged.items()}
    assert found == {
        "i1": ("done", boxes(("cat", 4.5, 4.5, 11.5, 10.0))),  # bo and cy
        "i2": ("done", boxes(("dog", 8.0, 6.5, 13.5, 12.0))),  # ada and cy
        "i3": ("flagged", boxes(("cat", 2.0, 2.5, 15.5, 16.0))),  # ada and cy; cy's extra dog left out
        "i4": ("done", boxes(("dog", 20.5, 10.5, 9.5, 10.0))),  # bo and cy
        "i5": ("done", boxes(("cat", 6.5, 8.0, 20.0, 12.0))),  # ada and bo
        "i6": ("done", []),  # neither drew a box
    }
    assert all(e["annotation"]["image"] == GEOMETRY and e["annotation"]["verified"] is False for e in merged.values())
    assert result.needs_review == {"i3": "1 of 2 annotators drew a 'dog' box at (24, 20) that was left out (2 needed)"}
    assert result.bundle["summary"] == {"total": 6, "todo": 0, "done": 5, "skipped": 0, "flagged": 1}
    assert result.gold_left_out == 6


def test_the_same_bundles_in_any_order_or_twice_give_the_same_bytes(texts: Team) -> None:
    first = bundle_bytes(texts.merge().bundle)
    again = texts.merge([*reversed(texts.bundles), texts.bundles[1], copy.deepcopy(texts.bundles[0])])

    assert bundle_bytes(again.bundle) == first
    assert again.duplicates == 2


def test_two_different_bundles_of_one_annotator_for_one_package_are_refused(texts: Team) -> None:
    later = copy.deepcopy(texts.bundles[0])
    later["items"][0]["comment"] = "changed my mind"
    later[HASH_FIELD] = content_hash(later)

    with pytest.raises(BundleError) as raised:
        texts.merge([*texts.bundles, later], names=[*map(str, texts.bundle_paths), "later.bundle.json"])
    assert [str(p) for p in raised.value.problems] == [
        f"later.bundle.json: is another bundle of 'ada' for package 'hotel-ada' than {texts.bundle_paths[0]}: "
        "give only the latest one"
    ]


def test_team_bundles_without_the_key_are_refused(texts: Team) -> None:
    package = open_package(texts.source)
    package.close()
    with pytest.raises(BundleError) as raised:
        merge_bundles(texts.bundles[:1], package.manifest, manifest_sha256=package.manifest_sha256, names=["ada.json"])
    assert [str(p) for p in raised.value.problems] == [
        "ada.json: is a bundle of package 'hotel-ada', not of 'hotel' (give the answer key that made the team's packages)"
    ]


def test_merging_into_a_team_package_leaves_its_gold_items_out_when_asked(texts: Team) -> None:
    ada = texts.key.package("hotel-ada")
    assert ada is not None
    package = open_package(texts.out / "hotel-ada.zip")
    try:
        manifest, sha = package.manifest, package.manifest_sha256
        kept = merge_bundles(texts.bundles[:1], manifest, manifest_sha256=sha)
        left = merge_bundles(texts.bundles[:1], manifest, manifest_sha256=sha, exclude_gold=texts.key)
        dataset_from_bundles([("left", left.bundle)], package)
    finally:
        package.close()

    assert [e["id"] for e in kept.bundle["items"]] == list(ada.items)
    assert (kept.merged, kept.gold_left_out) == (9, 0)  # ada's 6 regular items done and 3 gold
    assert [e["id"] for e in left.bundle["items"]] == [
        i for i, key_id in ada.items.items() if not texts.key.is_gold(key_id)
    ]
    assert (left.merged, left.gold_left_out, left.bundle["summary"]["total"]) == (6, 3, 8)


def test_the_merged_bundle_exports_with_the_source_package(texts: Team, images: Team, tmp_path: Path) -> None:
    load_formats()
    for team, format_id, output in (
        (texts, "jsonl", tmp_path / "hotel.jsonl"),
        (images, "coco", tmp_path / "coco.json"),
    ):
        result = team.merge()
        path = tmp_path / f"{team.key.source_id}.merged.bundle.json"
        write_bundle(path, result.bundle)
        package = open_package(team.source)
        try:
            dataset = dataset_from_bundles([(str(path), read_bundle(path))], package)
        finally:
            package.close()
        assert {item.id: item.annotation for item in dataset.items} == {
            item_id: entry["annotation"] for item_id, entry in entries(result).items()
        }
        assert get_format(format_id, direction="out").write(dataset, output)  # type: ignore[misc]
    coco = json.loads((tmp_path / "coco.json").read_text())
    assert len(coco["annotations"]) == 5 and len(coco["images"]) == 6


# -- the command line ----------------------------------------------------------------------------------


def test_merge_command_with_key_and_a_review(texts: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bo = texts.key.package("hotel-bo")
    assert bo is not None
    t05 = next(item_id for item_id, source_id in bo.items.items() if source_id == "t05")
    fix = Decision(
        item_id=t05, kind="text", decision="fix", reason="", at="2026-11-24T10:00:00.000Z", annotation=label("positive")
    )
    review = build_review(
        package_id=bo.id, manifest_sha256=bo.manifest_sha256, annotator="bo", reviewer="lead", decisions=[fix]
    )
    review_path = tmp_path / "bo.review.json"
    review_path.write_bytes(review_bytes(review))
    out = tmp_path / "merged.bundle.json"

    argv = ["merge", str(texts.source), *map(str, texts.bundle_paths), "--key", str(texts.key_path)]
    code = main([*argv, "--reviews", str(review_path), "-o", str(out)])

    captured = capsys.readouterr()
    assert (code, captured.err) == (EXIT_OK, "")
    assert captured.out == (
        f"Merged 3 bundles into {out}: 10 merged, 1 fixed by review, 2 to review, 1 not done by anyone, "
        "of 12 items; 9 annotations of gold items left out.\n"
        "to review: t03: tie: negative (1) and positive (1)\n"
        "to review: t11: flagged by ada: sarcasm?\n"
    )
    expected = texts.merge(reviews={"t05": label("positive")})
    assert out.read_bytes() == bundle_bytes(expected.bundle)


def test_merge_command_names_what_is_missing_and_what_does_not_belong(
    texts: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "merged.bundle.json")
    missing = tmp_path / "nope.bundle.json"
    assert main(["merge", str(texts.source), str(missing), "-o", out]) == EXIT_INVALID
    assert capsys.readouterr().err == f"error: {missing}: no such file or folder\n1 problem found.\n"

    assert main(["merge", str(texts.source), str(texts.bundle_paths[0]), "-o", out]) == EXIT_INVALID
    assert capsys.readouterr().err == (
        f"error: {texts.bundle_paths[0]}: is a bundle of package 'hotel-ada', not of 'hotel' "
        "(give the answer key that made the team's packages)\n1 problem found.\n"
    )
    assert not Path(out).exists()
